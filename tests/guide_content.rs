//! Content validation: a broken content file is rejected with a message naming the problem.
#![cfg(not(target_arch = "wasm32"))]

use rstest::rstest;
use serde_json::{Value, json};
use skillpath::content::{OUTCOMES_JSON, QUESTIONS_JSON};
use skillpath::domain::guide::{ContentError, Guide, Outcome};

fn shipped() -> (Value, Value) {
    (
        serde_json::from_str(QUESTIONS_JSON).unwrap(),
        serde_json::from_str(OUTCOMES_JSON).unwrap(),
    )
}

fn load(q: &Value, o: &Value) -> Result<Guide, ContentError> {
    Guide::from_json(&q.to_string(), &o.to_string())
}

fn question<'a>(q: &'a mut Value, id: &str) -> &'a mut Value {
    q["questions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|x| x["id"] == id)
        .unwrap()
}

#[test]
fn the_shipped_content_is_valid() {
    let g = skillpath::content::guide().expect("valid");
    assert_eq!(g.questions().len(), 12);
}

#[test]
fn the_compiled_in_content_equals_the_json_files() {
    // build.rs turns the JSON into static data; parsing the files at run time
    // (with unknown fields rejected) must give exactly the same guide.
    let parsed = Guide::from_json(QUESTIONS_JSON, OUTCOMES_JSON).expect("valid");
    assert!(
        skillpath::content::guide().unwrap() == parsed,
        "build.rs output differs from the JSON files"
    );
}

type Break = fn(&mut Value, &mut Value);

#[rstest]
#[case::duplicate_question(
    |q: &mut Value, _: &mut Value| { question(q, "portfolio")["id"] = json!("energy"); },
    ContentError::DuplicateQuestion { id: "energy".into() },
    "the question id \"energy\" is used more than once"
)]
#[case::duplicate_choice(
    |q: &mut Value, _: &mut Value| { question(q, "energy")["choices"][0]["id"] = json!("new-things"); },
    ContentError::DuplicateChoice { question: "energy".into(), choice: "new-things".into() },
    "question \"energy\" has the choice id \"new-things\" more than once"
)]
#[case::choice_without_effect(
    |q: &mut Value, _: &mut Value| { question(q, "ambiguity")["choices"][0]["effect"] = json!({}); },
    ContentError::NoEffect { question: "ambiguity".into(), choice: "shape-it".into() },
    "choice \"shape-it\" of question \"ambiguity\" does not map to any dimension"
)]
#[case::too_few_questions(
    |q: &mut Value, _: &mut Value| { let a = q["questions"].as_array_mut().unwrap(); a.truncate(9); },
    ContentError::QuestionCount { found: 9 },
    "the guide has 9 questions; it needs between 10 and 14"
)]
#[case::one_choice_only(
    |q: &mut Value, _: &mut Value| { question(q, "working-day")["choices"].as_array_mut().unwrap().truncate(1); },
    ContentError::ChoiceCount { question: "working-day".into(), found: 1 },
    "question \"working-day\" has 1 choices; it needs between 2 and 6"
)]
#[case::bad_id(
    |q: &mut Value, _: &mut Value| { question(q, "energy")["id"] = json!("Energy Level"); },
    ContentError::BadId { id: "Energy Level".into() },
    "\"Energy Level\" is not a valid id: use lowercase letters, digits and '-'"
)]
#[case::blank_prompt(
    |q: &mut Value, _: &mut Value| { question(q, "energy")["prompt"] = json!("   "); },
    ContentError::EmptyText { place: "question \"energy\" prompt".into() },
    "question \"energy\" prompt is empty"
)]
#[case::five_pillars(
    |q: &mut Value, _: &mut Value| { question(q, "deep-domains")["choices"][3]["effect"] = json!({ "pillars": 5 }); },
    ContentError::TooManyPillars { question: "deep-domains".into(), choice: "three-plus".into(), found: 5 },
    "choice \"three-plus\" of question \"deep-domains\" sets 5 pillars; the most is 3"
)]
#[case::stage_set_twice(
    |q: &mut Value, _: &mut Value| { question(q, "energy")["choices"][0]["effect"]["stage"] = json!("mid"); },
    ContentError::Setting { setting: "stage" },
    "stage must be set by exactly one question, on every one of its choices"
)]
#[case::missing_outcome(
    |_: &mut Value, o: &mut Value| { o["outcomes"].as_object_mut().unwrap().remove("pi-shaped"); },
    ContentError::MissingOutcome(Outcome::PiShaped),
    "the outcome \"pi-shaped\" has no text"
)]
#[case::empty_risk_list(
    |_: &mut Value, o: &mut Value| { o["outcomes"]["specialist"]["risks"] = json!([]); },
    ContentError::EmptyText { place: "the risks of \"specialist\"".into() },
    "the risks of \"specialist\" is empty"
)]
#[case::upside_down_rate(
    |_: &mut Value, o: &mut Value| { o["outcomes"]["generalist"]["rate"]["min"] = json!(50); },
    ContentError::RateBand(Outcome::Generalist),
    "the rate band of \"generalist\" must have 0 < min <= max"
)]
#[case::comb_unreachable(
    |q: &mut Value, _: &mut Value| {
        // With at most one deep field, no answer set is comb-shaped.
        question(q, "deep-domains")["choices"].as_array_mut().unwrap().truncate(2);
    },
    ContentError::Unreachable(Outcome::CombShaped),
    "no set of answers leads to the outcome \"comb-shaped\""
)]
#[case::flat_depth(
    |q: &mut Value, _: &mut Value| {
        for item in q["questions"].as_array_mut().unwrap() {
            for c in item["choices"].as_array_mut().unwrap() {
                c["effect"].as_object_mut().unwrap().remove("depth");
                if c["effect"].as_object().unwrap().is_empty() {
                    c["effect"] = json!({ "breadth": 1 });
                }
            }
        }
    },
    ContentError::FlatDimension { dimension: "depth" },
    "no answer changes depth, so it cannot be scored"
)]
fn broken_content_is_rejected_with_a_named_problem(
    #[case] breaker: Break,
    #[case] expected: ContentError,
    #[case] message: &str,
) {
    let (mut q, mut o) = shipped();
    breaker(&mut q, &mut o);
    let Err(err) = load(&q, &o) else {
        panic!("broken content must be rejected");
    };
    assert_eq!(err, expected);
    assert_eq!(err.to_string(), message);
}

#[rstest]
#[case::not_json_questions("{ \"questions\": [", OUTCOMES_JSON, "questions.json")]
#[case::not_json_outcomes(QUESTIONS_JSON, "[1, 2", "outcomes.json")]
#[case::unknown_field(
    &QUESTIONS_JSON.replacen("\"topic\"", "\"colour\": \"red\", \"topic\"", 1),
    OUTCOMES_JSON,
    "questions.json"
)]
fn unreadable_files_name_the_file_and_position(
    #[case] questions: &str,
    #[case] outcomes: &str,
    #[case] file: &str,
) {
    let Err(err) = Guide::from_json(questions, outcomes) else {
        panic!("unreadable content must be rejected");
    };
    let text = err.to_string();
    assert!(
        text.starts_with(&format!("{file} could not be read:")),
        "{text}"
    );
    assert!(
        text.contains("line"),
        "the message points at a line: {text}"
    );
}
