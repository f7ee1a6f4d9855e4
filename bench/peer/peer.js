// The peer: what a course author would build with SurveyJS instead of
// Skillpath. The guide's questions, one per page (model.js, written
// by bench/run.mjs from src/content/questions.json), and the calculator: rate,
// hours and weeks, with E = r × h × w as an expression updated while typing.
const guide = new Survey.Model(window.PEER_GUIDE);
SurveyUI.renderSurvey(guide, document.getElementById("guide"));

const income = new Survey.Model({
  textUpdateMode: "onTyping",
  showNavigationButtons: false,
  elements: [
    { type: "text", name: "rate", title: "Hourly rate", inputType: "number", defaultValue: 35, min: 0, max: 100000 },
    { type: "text", name: "hours", title: "Hours per week", inputType: "number", defaultValue: 20, min: 0, max: 168 },
    { type: "text", name: "weeks", title: "Weeks per year", inputType: "number", defaultValue: 46, min: 0, max: 52 },
    { type: "expression", name: "annual", title: "Annual income", expression: "{rate} * {hours} * {weeks}", displayStyle: "currency", currency: "USD" },
  ],
});
SurveyUI.renderSurvey(income, document.getElementById("income"));
