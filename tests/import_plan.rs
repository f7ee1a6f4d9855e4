//! Planning an import before anything changes: which of the reader's work a
//! file replaces (answers, scenarios, profile), the question asked, the
//! state afterwards, and the state to undo to.

mod support;

use std::rc::Rc;

use skillpath::content;
use skillpath::domain::guide::{Answers, score};
use skillpath::domain::income::Values;
use skillpath::domain::number::{Currency, DecimalMark, Hundredths};
use skillpath::domain::profile::Profile;
use skillpath::domain::profile::document::{
    Document, GuideSnapshot, IncomeSnapshot, read_data_file,
};
use skillpath::state::import::{Part, plan};
use skillpath::state::{Action, AppState, CalcAction, Calculator, FormAction, ProfileForm};
use yew::Reducible;

fn guide_with(choice: usize) -> AppState {
    let guide = Rc::new(content::guide().expect("content"));
    let n = guide.questions().len();
    AppState::with_answers(guide, (0..n).map(|q| (q, choice)))
}

fn fresh() -> (AppState, Calculator, ProfileForm) {
    let money = support::money(DecimalMark::Dot);
    (
        AppState::new(Rc::new(content::guide().expect("content"))),
        Calculator::new(Rc::clone(&money)),
        ProfileForm::new(Hundredths::new(2000), "UTC", money),
    )
}

/// A profile file whose answers all pick `choice`, with a scenario "Specialist".
fn profile_file(choice: usize) -> String {
    let guide = content::guide().expect("content");
    let answers = Answers::from_choices(vec![Some(choice); guide.questions().len()]);
    let result = score(&guide, &answers).expect("complete");
    Document {
        generated_at: "2026-12-01T10:00:00.000Z".into(),
        profile: Profile {
            headline: "From the file".into(),
            lists: Default::default(),
            hours: Hundredths::new(1500),
            timezone: "UTC".into(),
            samples: Vec::new(),
        },
        guide: Some(GuideSnapshot::new(&guide, &answers, &result)),
        income: Some(IncomeSnapshot::new(
            "Specialist",
            Values::new(9900, 1500, 4600),
            Currency::USD,
        )),
    }
    .to_json()
}

#[test]
fn over_a_fresh_widget_nothing_is_asked() {
    let (guide, calc, form) = fresh();
    let incoming = read_data_file(&profile_file(0)).expect("reads");
    let plan = plan("mine.json", &incoming, &guide, &calc, &form, Currency::USD);
    assert_eq!(plan.replaces, []);
    assert_eq!(plan.after.profile.headline, "From the file");
    assert_eq!(plan.after.guide.screen, "result");
    assert!(plan.done.starts_with("Imported mine.json: your profile, your guide answers and the scenario “Specialist” are back."), "{}", plan.done);
}

#[test]
fn a_finished_guide_and_edited_scenarios_are_named_before_they_are_replaced() {
    let (_, mut calc, form) = fresh();
    let guide = guide_with(2);
    let id = calc.selected().id;
    calc.apply(CalcAction::Edit {
        id,
        field: skillpath::domain::number::Field::Rate,
        text: "61".into(),
    });
    let incoming = read_data_file(&profile_file(0)).expect("reads");
    let plan = plan("mine.json", &incoming, &guide, &calc, &form, Currency::USD);
    assert_eq!(plan.replaces, [Part::Answers, Part::Scenarios]);
    assert_eq!(
        plan.question(),
        "Importing mine.json will replace your guide answers and your income scenarios. Import it anyway? You can undo it afterwards."
    );
    assert_ne!(plan.after.guide.answers, plan.before.guide.answers);
    // Undo goes back to exactly what the reader had.
    let (g, c, f) = fresh();
    let g = Rc::new(g).reduce(skillpath::state::GuideAction::Replace(
        plan.before.guide.clone(),
    ));
    let mut c = c;
    c.apply(CalcAction::Resume(Box::new(plan.before.income.clone())));
    let mut f = f;
    f.apply(FormAction::Resume(Box::new(plan.before.profile.clone())));
    assert_eq!(skillpath::state::progress(&g, &c, &f), plan.before);
}

#[test]
fn the_same_answers_are_not_a_replacement_and_typed_profile_text_is() {
    let (_, calc, mut form) = fresh();
    let guide = guide_with(0);
    form.apply(FormAction::Headline("My own words".into()));
    let incoming = read_data_file(&profile_file(0)).expect("reads");
    let plan = plan("mine.json", &incoming, &guide, &calc, &form, Currency::USD);
    assert_eq!(plan.replaces, [Part::Profile]);
}

#[test]
fn a_saved_progress_file_names_the_scenario_it_would_delete() {
    let (guide, mut calc, form) = fresh();
    let progress_file = include_str!("fixtures/progress-v1.json");
    calc.apply(CalcAction::Add(Values::new(5000, 1000, 40)));
    let guide = Rc::new(guide).reduce(
        Action::Choose {
            question: 0,
            choice: 1,
        }
        .into(),
    );
    let incoming = read_data_file(progress_file).expect("reads");
    let plan = plan(
        "progress.json",
        &incoming,
        &guide,
        &calc,
        &form,
        Currency::USD,
    );
    assert!(
        plan.replaces.contains(&Part::Scenarios),
        "{:?}",
        plan.replaces
    );
    assert_eq!(
        plan.before.income.scenarios.len(),
        4,
        "undo keeps the added one"
    );
}

#[test]
fn imports_undo_one_by_one_and_never_drop_work_done_since() {
    use skillpath::state::import::Imports;
    let (guide, calc, mut form) = fresh();
    form.apply(FormAction::Headline("My own words".into()));
    let incoming = read_data_file(&profile_file(0)).expect("reads");
    let first = plan("mine.json", &incoming, &guide, &calc, &form, Currency::USD);
    let before = first.before.clone();
    let mut imports = Imports::default();
    assert!(!imports.any());
    let step = imports.import(first.clone());
    assert_eq!(step.put, first.after);
    assert_eq!(
        step.keep,
        Some(before.clone()),
        "the typed headline is kept aside"
    );
    assert!(imports.any());

    // Nothing changed since: undo puts back what was there, keeps nothing new.
    let undo = imports.undo(first.after.clone()).expect("one to undo");
    assert_eq!(undo.put, before);
    assert_eq!(undo.keep, None);
    assert!(
        undo.said.starts_with("The import of mine.json is undone"),
        "{}",
        undo.said
    );
    assert!(!imports.any());
    assert_eq!(imports.undo(before.clone()), None, "nothing left to undo");

    // Work done after the import is kept aside by its undo.
    imports.import(first.clone());
    let mut since = first.after.clone();
    since.profile.headline = "Edited after the import".into();
    let undo = imports.undo(since.clone()).expect("one to undo");
    assert_eq!(undo.put, before);
    assert_eq!(undo.keep, Some(since));
}

#[test]
fn an_import_over_a_fresh_widget_keeps_nothing_aside() {
    use skillpath::state::import::Imports;
    let (guide, calc, form) = fresh();
    let incoming = read_data_file(&profile_file(1)).expect("reads");
    let mut imports = Imports::default();
    let step = imports.import(plan(
        "mine.json",
        &incoming,
        &guide,
        &calc,
        &form,
        Currency::USD,
    ));
    assert_eq!(step.keep, None);
}
