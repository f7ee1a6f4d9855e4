//! Saved progress: the format round-trips, the frozen v1 sample still reads,
//! a newer or unreadable value is recognised and never taken for progress,
//! hand-edited values are checked again, and the write rule never lets one
//! writer replace another's newer work.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::money;

use std::rc::Rc;

use proptest::prelude::*;
use rstest::rstest;
use skillpath::domain::number::{DecimalMark, Field, Hundredths};
use skillpath::domain::profile::ListKind;
use skillpath::domain::profile::document::{ImportError, Incoming, read_data_file};
use skillpath::domain::progress::{
    self, Envelope, KeyError, KeyName, Mode, Off, Opened, Progress, SaveView, Stamp, Unreadable,
};
use skillpath::state::calculator::{CalcAction, Calculator};
use skillpath::state::profile::{FormAction, ProfileForm};
use skillpath::state::{self, Action, AppState, Screen};

const V1: &str = include_str!("fixtures/progress-v1.json");

fn guide() -> Rc<skillpath::domain::guide::Guide> {
    Rc::new(skillpath::content::guide().unwrap())
}

fn stamp(writer: &str, seq: u32) -> Stamp {
    Stamp {
        writer: writer.into(),
        seq,
    }
}

fn write(progress: &Progress, stamp: Stamp) -> String {
    serde_json::to_string(&Envelope::new(progress, stamp)).unwrap()
}

fn found(raw: &str) -> (Progress, Stamp) {
    match progress::open(Some(raw)) {
        Opened::Found { progress, stamp } => (*progress, stamp),
        other => panic!("expected progress, got {other:?}"),
    }
}

/// A widget's three states after some typing, good and bad.
fn worked() -> (AppState, Calculator, ProfileForm) {
    let mut guide_state = Rc::new(AppState::new(guide()));
    for q in 0..5 {
        guide_state = yew::Reducible::reduce(
            guide_state,
            Action::Choose {
                question: q,
                choice: q % 2,
            }
            .into(),
        );
        guide_state = yew::Reducible::reduce(guide_state, Action::Next.into());
    }
    let mut calc = Calculator::new(money(DecimalMark::Dot));
    calc.apply(CalcAction::Add(calc.selected().values()));
    let id = calc.selected().id;
    calc.apply(CalcAction::Rename {
        id,
        text: "Weekends".into(),
    });
    calc.apply(CalcAction::Edit {
        id,
        field: Field::Rate,
        text: "55.5".into(),
    });
    calc.apply(CalcAction::Edit {
        id,
        field: Field::Hours,
        text: "12,5".into(),
    });
    calc.apply(CalcAction::Target("abc".into()));
    calc.apply(CalcAction::SolveFor(Field::Weeks));
    let mut form = ProfileForm::new(
        Hundredths::new(2000),
        "Europe/Lisbon",
        money(DecimalMark::Dot),
    );
    form.apply(FormAction::Headline("Prompt evaluation, mostly".into()));
    form.apply(FormAction::Draft(
        ListKind::Tools,
        "Python, SQL, half-typ".into(),
    ));
    form.apply(FormAction::Hours("200".into()));
    form.apply(FormAction::AddSample);
    form.apply(FormAction::Title(1, "Red-team plan".into()));
    form.apply(FormAction::Link(1, "not a link".into()));
    ((*guide_state).clone(), calc, form)
}

#[test]
fn saved_progress_comes_back_exactly_as_the_reader_left_it() {
    let (guide_state, calc, form) = worked();
    let saved = state::progress(&guide_state, &calc, &form);
    let raw = write(&saved, stamp("a", 1));
    let (read, read_stamp) = found(&raw);
    assert_eq!(read, saved);
    assert_eq!(read_stamp, stamp("a", 1));

    let back = AppState::restore(guide(), &read.guide);
    assert_eq!(back.answers, guide_state.answers);
    assert_eq!(back.screen, Screen::Question(5));
    assert_eq!(back.screen, guide_state.screen);
    let calc_back = Calculator::restore(&read.income, money(DecimalMark::Dot));
    assert_eq!(calc_back.part(), calc.part());
    assert_eq!(calc_back.selected().name.value, "Weekends");
    assert!(
        calc_back.selected().hours.error.is_some(),
        "bad text keeps its message"
    );
    assert_eq!(calc_back.selected().hours.text, "12,5");
    assert_eq!(calc_back.target.text, "abc");
    assert_eq!(calc_back.solve_for, Field::Weeks);
    let form_back = ProfileForm::restore(&read.profile, money(DecimalMark::Dot));
    assert_eq!(form_back.part(), form.part());
    assert_eq!(form_back.drafts[ListKind::Tools.index()].text, "half-typ");
    assert_eq!(form_back.hours.text, "200");
    assert!(form_back.hours.error.is_some());
    assert_eq!(form_back.profile(), form.profile());
}

#[test]
fn the_frozen_v1_sample_still_reads() {
    let (progress, stamp_read) = found(V1);
    assert_eq!(stamp_read, stamp("18c2f07a9be4d31", 7));
    let g = guide();
    // Saved with the guide's first edition: seven answers, of which the two
    // whose question and choice are unchanged (career stage, credentials)
    // carry over; the five others are counted, not silently dropped.
    assert_eq!(progress.guide.fit(&g), (2, 5));
    let back = AppState::restore(Rc::clone(&g), &progress.guide);
    assert_eq!(back.answers.answered(), 2);
    assert_eq!(back.left_behind, 5);
    assert_eq!(back.screen, Screen::Question(7), "at deep-domains, as left");

    let calc = Calculator::restore(&progress.income, money(DecimalMark::Dot));
    assert_eq!(calc.scenarios().len(), 2);
    let evenings = calc.selected();
    assert_eq!(evenings.name.value, "Evenings only");
    assert_eq!(
        evenings.name.text, "Evenings only ",
        "typed text, trailing space and all"
    );
    assert_eq!(evenings.rate.value, Hundredths::new(4250));
    assert_eq!(
        evenings.hours.text, "1O",
        "the typo stays, with its message"
    );
    assert!(evenings.hours.error.is_some());
    assert_eq!(evenings.hours.value, Hundredths::new(1200));
    assert_eq!(calc.solve_for, Field::Hours);

    let form = ProfileForm::restore(&progress.profile, money(DecimalMark::Dot));
    assert_eq!(form.headline, "Evaluation lead for clinical NLP");
    assert_eq!(
        form.lists[ListKind::Strengths.index()],
        ["Rubric design", "Error analysis"]
    );
    assert_eq!(form.drafts[ListKind::Domains.index()].text, "Law");
    assert_eq!(form.timezone, "Europe/Berlin");
    assert_eq!(form.samples.len(), 1);
    assert!(form.dirty);
    assert_eq!(
        progress.summary(&g),
        "2 of 12 guide answers (5 more from an earlier edition of the guide), 2 income scenarios and a skill profile draft"
    );
}

#[test]
fn a_newer_version_is_recognised_and_left_alone() {
    let newer = V1.replace("\"version\":1", "\"version\":2");
    assert_eq!(progress::open(Some(&newer)), Opened::Newer(2));
    // Even one whose shape this version cannot read.
    let odd = r#"{"format":"skillpath-progress","version":9,"everything":"changed"}"#;
    assert_eq!(progress::open(Some(odd)), Opened::Newer(9));
    let (view, known, aside) = progress::start(progress::open(Some(odd)), false);
    assert_eq!(view.mode, Mode::Off(Off::Newer(9)));
    assert!(!view.writes());
    assert_eq!(
        (known, aside),
        (None, false),
        "never put aside, never written over"
    );
}

#[test]
fn import_takes_saved_progress_back_and_says_why_when_it_cannot() {
    let (progress, _) = found(V1);
    assert_eq!(read_data_file(V1), Ok(Incoming::Progress(progress)));

    let newer = V1.replace("\"version\":1", "\"version\":2");
    let refused = read_data_file(&newer).unwrap_err();
    assert_eq!(refused, ImportError::NewerProgress(2));
    assert_eq!(
        refused.to_string(),
        "This file holds progress saved by a newer Skillpath (format version 2); this one reads version 1."
    );
    let damaged = r#"{"format":"skillpath-progress","version":1,"stamp":"a.1"}"#;
    assert_eq!(
        read_data_file(damaged).unwrap_err().to_string(),
        "This file holds Skillpath progress, but a field is not as Skillpath writes it (line 1, column 57)."
    );
    // Anything else is the profile reader's to judge.
    assert!(matches!(
        read_data_file("hello"),
        Err(ImportError::NotJson(_))
    ));
    assert!(matches!(
        read_data_file(r#"{"theme":"dark"}"#),
        Err(ImportError::Foreign(_))
    ));
}

#[rstest]
#[case::not_json("{\"format\":", Unreadable::Json { line: 1, column: 10 })]
#[case::text("hello", Unreadable::Json { line: 1, column: 1 })]
#[case::another_app(r#"{"theme":"dark"}"#, Unreadable::Foreign)]
#[case::other_format(r#"{"format":"skill-profile","version":1}"#, Unreadable::Foreign)]
#[case::version_zero(r#"{"format":"skillpath-progress","version":0}"#, Unreadable::Foreign)]
#[case::negative(r#"{"format":"skillpath-progress","version":-1}"#, Unreadable::Foreign)]
#[case::no_progress(
    r#"{"format":"skillpath-progress","version":1,"stamp":"a.1"}"#,
    Unreadable::Shape { line: 1, column: 57 }
)]
fn unreadable_values_say_why(#[case] raw: &str, #[case] why: Unreadable) {
    assert_eq!(progress::open(Some(raw)), Opened::Unreadable(why));
}

#[test]
fn hand_edits_of_the_wrong_shape_are_unreadable_not_half_read() {
    for (from, to) in [
        ("\"value\":3000", "\"value\":-3000"),
        ("\"selected\":1", "\"selected\":1.5"),
        ("\"dirty\":true", "\"dirty\":true,\"extra\":1"),
        ("[\"Python\"]]", "[\"Python\"],[]]"),
    ] {
        let edited = V1.replacen(from, to, 1);
        assert_ne!(edited, V1, "{from}");
        assert!(
            matches!(
                progress::open(Some(&edited)),
                Opened::Unreadable(Unreadable::Shape { .. })
            ),
            "{to}"
        );
    }
    let garbled = V1.replace("\"18c2f07a9be4d31.7\"", "7");
    assert_eq!(
        progress::open(Some(&garbled)),
        Opened::Unreadable(Unreadable::Foreign),
        "a broken stamp: not taken for progress"
    );
    let huge = V1.replacen(
        "\"Law\"",
        &format!("\"{}\"", "x".repeat(progress::MAX_SAVED)),
        1,
    );
    assert_eq!(
        progress::open(Some(&huge)),
        Opened::Unreadable(Unreadable::TooLarge)
    );
}

#[test]
fn values_edited_past_their_limits_fall_back_and_keep_their_text() {
    let edited = V1
        .replace("\"value\":4250", "\"value\":999999999999")
        .replace("\"text\":\"42.5\"", "\"text\":\"lots\"")
        .replace("\"selected\":1", "\"selected\":40")
        .replace("\"solve_for\":\"hours\"", "\"solve_for\":\"moons\"")
        .replace("[\"Python\"]", "[\"Python\",\"python\",\"   \"]")
        .replace("\"kind\":\"rubric\"", "\"kind\":\"poem\"")
        .replace("\"screen\":\"deep-domains\"", "\"screen\":\"result\"");
    let (progress, _) = found(&edited);
    let calc = Calculator::restore(&progress.income, money(DecimalMark::Dot));
    let s = calc.selected();
    assert_eq!(
        s.name.value, "Evenings only",
        "selected past the end: the last one"
    );
    assert_eq!(s.rate.text, "lots");
    assert!(s.rate.error.is_some());
    assert_eq!(s.rate.value, Hundredths::new(3500), "the fresh plan's rate");
    assert_eq!(
        calc.solve_for,
        Field::Rate,
        "an unknown field keeps the default"
    );

    let form = ProfileForm::restore(&progress.profile, money(DecimalMark::Dot));
    assert_eq!(form.lists[ListKind::Tools.index()], ["Python"]);
    assert_eq!(
        form.drafts[ListKind::Tools.index()].text,
        "python,    ,  dbt",
        "refused items go back into the input, nothing is dropped"
    );
    assert_eq!(
        form.samples[0].1.kind,
        skillpath::domain::profile::SampleKind::Other
    );

    let back = AppState::restore(guide(), &progress.guide);
    assert_eq!(
        back.screen,
        Screen::Question(0),
        "no result without every answer: the first open question"
    );
}

#[test]
fn an_empty_scenario_list_keeps_the_fresh_calculator() {
    let (from, to) = (
        V1.find("\"scenarios\":[").unwrap(),
        V1.find("],\"selected\"").unwrap(),
    );
    let edited = V1.replace(&V1[from..=to], "\"scenarios\":[]");
    let (progress, _) = found(&edited);
    let calc = Calculator::restore(&progress.income, money(DecimalMark::Dot));
    assert_eq!(calc.scenarios().len(), 3);
    assert_eq!(calc.selected().name.value, "My plan");
}

#[test]
fn a_comma_locale_reads_dot_texts_as_typed_not_silently_converted() {
    let (progress, _) = found(V1);
    let calc = Calculator::restore(&progress.income, money(DecimalMark::Comma));
    let s = calc.selected();
    assert_eq!(s.rate.text, "42.5");
    assert!(s.rate.error.is_some(), "the other mark gets its message");
    assert_eq!(s.rate.value, Hundredths::new(4250), "the saved value stays");
}

#[rstest]
#[case::empty_and_never_wrote(None, None, true)]
#[case::ours(Some(("me", 3)), Some(("me", 3)), true)]
#[case::another_tab_wrote(Some(("me", 3)), Some(("you", 1)), false)]
#[case::we_wrote_again_elsewhere(Some(("me", 3)), Some(("me", 4)), false)]
#[case::removed_elsewhere(Some(("me", 3)), None, false)]
#[case::appeared_elsewhere(None, Some(("you", 1)), false)]
fn a_write_goes_ahead_only_over_what_this_widget_last_saw(
    #[case] known: Option<(&str, u32)>,
    #[case] current: Option<(&str, u32)>,
    #[case] allowed: bool,
) {
    let (progress, _) = found(V1);
    let current = current.map(|(w, n)| write(&progress, stamp(w, n)));
    let known = known.map(|(w, n)| stamp(w, n));
    assert_eq!(
        progress::may_write(known.as_ref(), current.as_deref()),
        allowed
    );
}

#[test]
fn an_unreadable_value_is_never_written_over_unseen() {
    assert!(!progress::may_write(None, Some("garbage")));
    assert!(!progress::may_write(Some(&stamp("me", 1)), Some("garbage")));
}

#[test]
fn opening_sets_the_first_view() {
    let (progress, s) = found(V1);
    let (view, known, aside) = progress::start(progress::open(Some(V1)), false);
    assert_eq!(view.offer.as_deref(), Some(&progress));
    assert!(
        !view.writes(),
        "nothing is written until the reader chooses"
    );
    assert_eq!((known, aside), (Some(s), false));

    let (view, known, aside) = progress::start(Opened::Nothing, false);
    assert_eq!((view, known, aside), (SaveView::on(), None, false));

    let (view, _, aside) = progress::start(progress::open(Some("{")), false);
    assert!(
        view.aside.is_some() && aside,
        "kept aside, then saving goes on"
    );
    assert!(view.writes());

    let (view, _, aside) = progress::start(progress::open(Some("{")), true);
    assert_eq!(view.mode, Mode::Off(Off::Shared));
    assert!(!aside, "the widget that holds the key deals with it");

    let (view, _, _) = progress::start(progress::open(Some(V1)), true);
    assert!(view.offer.is_some(), "a sharer may still resume");
    assert_eq!(view.mode, Mode::Off(Off::Shared), "but never writes");
}

#[test]
fn every_reason_not_to_save_says_download_still_works_or_why() {
    for off in [Off::Blocked, Off::Full, Off::Newer(3), Off::Shared] {
        assert!(off.message().contains("Download JSON"), "{off:?}");
    }
    assert!(Off::Shared.message().contains("sharing"));
    assert!(Off::Newer(3).message().contains("newer version"));
    assert!(Off::Forgotten.message().contains("removed"));
}

#[rstest]
#[case("", Ok(None))]
#[case("   ", Ok(None))]
#[case(" course-a ", Ok(Some("skillpath:course-a".to_owned())))]
#[case("<b>week 3</b> ✓", Ok(Some("skillpath:<b>week 3</b> ✓".to_owned())))]
#[case("tab\there", Err(KeyError::Control))]
fn storage_key_option(#[case] given: &str, #[case] want: Result<Option<String>, KeyError>) {
    assert_eq!(progress::named_key(given), want);
}

#[test]
fn storage_keys_are_bounded_and_per_page_otherwise() {
    assert_eq!(
        progress::named_key(&"k".repeat(101)),
        Err(KeyError::TooLong)
    );
    assert!(progress::named_key(&"k".repeat(100)).is_ok());
    let page = KeyName::Page {
        path: "/embed.html".to_owned(),
        query: "?sections=guide&utm_source=mail".to_owned(),
    };
    assert_eq!(page.key(2), "skillpath.page:/embed.html#2", "no query");
    assert_eq!(
        page.moves(2),
        [
            (
                "skillpath:page:/embed.html?sections=guide&utm_source=mail#2:unreadable".to_owned(),
                "skillpath.aside:skillpath.page:/embed.html#2".to_owned()
            ),
            (
                "skillpath:page:/embed.html?sections=guide&utm_source=mail#2".to_owned(),
                "skillpath.page:/embed.html#2".to_owned()
            )
        ]
    );
    assert_eq!(
        progress::aside_key("skillpath:x"),
        "skillpath.aside:skillpath:x"
    );
}

proptest! {
    /// Whatever a host names, its key is none of the widget's own: not the
    /// probe, not a page's key, not a value kept aside.
    #[test]
    fn no_host_name_meets_the_widgets_own_keys(name in "\\PC{1,100}", path in "/\\PC{0,20}", slot in 1u32..50) {
        if let Ok(Some(named)) = KeyName::named(&name) {
            let key = named.key(1);
            let page = KeyName::Page { path, query: String::new() }.key(slot);
            prop_assert_ne!(&key, &progress::probe_key());
            prop_assert_ne!(&key, &page);
            prop_assert_ne!(&key, &progress::aside_key(&page));
            prop_assert!(!key.starts_with(progress::OWN_PREFIX));
        }
    }
}

#[rstest]
#[case::fresh(0, 3, false, "0 of 12 guide answers and 3 income scenarios")]
#[case::one_scenario(2, 1, false, "2 of 12 guide answers and 1 income scenario")]
#[case::with_profile(
    12,
    3,
    true,
    "12 of 12 guide answers, 3 income scenarios and a skill profile draft"
)]
fn summaries(
    #[case] answered: usize,
    #[case] scenarios: usize,
    #[case] profile: bool,
    #[case] said: &str,
) {
    let (mut p, _) = found(V1);
    let g = skillpath::content::guide().unwrap();
    p.guide.answers = g
        .questions()
        .iter()
        .take(answered)
        .map(|q| (q.id.to_string(), q.choices[0].id.to_string()))
        .collect();
    p.guide.screen = "review".into();
    p.income.scenarios.truncate(1);
    let first = p.income.scenarios[0].clone();
    p.income.scenarios.resize(scenarios, first);
    if !profile {
        p.profile.headline.clear();
        p.profile.lists = Default::default();
    }
    assert_eq!(p.summary(&g), said);
    p.guide.screen = "result".into();
    if answered == 12 {
        assert!(p.summary(&g).starts_with("your guide result"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever the reader types into the calculator and the form comes back
    /// character for character, with the same values and messages.
    #[test]
    fn any_typing_round_trips(
        texts in proptest::collection::vec(any::<String>(), 6),
        mark in prop_oneof![Just(DecimalMark::Dot), Just(DecimalMark::Comma)],
    ) {
        let mut calc = Calculator::new(money(mark));
        let id = calc.selected().id;
        calc.apply(CalcAction::Rename { id, text: texts[0].clone() });
        calc.apply(CalcAction::Edit { id, field: Field::Rate, text: texts[1].clone() });
        calc.apply(CalcAction::Target(texts[2].clone()));
        let mut form = ProfileForm::new(Hundredths::new(1000), "", money(mark));
        form.apply(FormAction::Headline(texts[3].clone()));
        form.apply(FormAction::Hours(texts[4].clone()));
        form.apply(FormAction::Timezone(texts[5].clone()));
        let g = AppState::new(guide());
        let saved = state::progress(&g, &calc, &form);
        let (read, _) = found(&write(&saved, stamp("w", 1)));
        prop_assert_eq!(&read, &saved);
        let calc_back = Calculator::restore(&read.income, money(mark));
        prop_assert_eq!(calc_back.part(), calc.part());
        prop_assert_eq!(calc_back.selected(), calc.selected());
        prop_assert_eq!(&calc_back.target, &calc.target);
        let form_back = ProfileForm::restore(&read.profile, money(mark));
        prop_assert_eq!(form_back.part(), form.part());
    }

    /// No stored text, however broken, makes reading panic.
    #[test]
    fn any_stored_text_opens_without_panicking(raw in any::<String>()) {
        let _ = progress::open(Some(&raw));
        let _ = progress::stamp_of(&raw);
        prop_assert!(!progress::may_write(None, Some(&raw)));
    }

    /// Edits inside a real saved state never panic either.
    #[test]
    fn any_edit_of_a_saved_state_opens_without_panicking(at in 0..V1.len(), cut in 0usize..40, insert in ".{0,8}") {
        let mut edited = V1.to_owned();
        let at = (0..=at).rev().find(|i| edited.is_char_boundary(*i)).unwrap_or(0);
        let end = (at + cut).min(edited.len());
        let end = (end..=edited.len()).find(|i| edited.is_char_boundary(*i)).unwrap_or(edited.len());
        edited.replace_range(at..end, &insert);
        if let Opened::Found { progress, .. } = progress::open(Some(&edited)) {
            let _ = Calculator::restore(&progress.income, money(DecimalMark::Dot));
            let _ = ProfileForm::restore(&progress.profile, money(DecimalMark::Dot));
            let _ = AppState::restore(guide(), &progress.guide);
        }
    }
}

/// The largest progress a reader can make: every field holds a 1 MB paste of
/// the text that takes most room in JSON (a control character, six bytes).
/// What is saved is cut per field, stays under the size the reader accepts,
/// and opens again.
#[test]
fn a_form_full_of_pastes_saves_under_the_limit_and_opens() {
    let paste = "\u{1}".repeat(1_000_000);
    let mut calc = Calculator::new(money(DecimalMark::Dot));
    for _ in 0..6 {
        calc.apply(CalcAction::Add(skillpath::domain::income::Values::new(
            100, 100, 100,
        )));
    }
    let ids: Vec<u32> = calc.scenarios().iter().map(|s| s.id).collect();
    for id in ids {
        calc.apply(CalcAction::Rename {
            id,
            text: paste.clone(),
        });
        for field in [Field::Rate, Field::Hours, Field::Weeks] {
            calc.apply(CalcAction::Edit {
                id,
                field,
                text: paste.clone(),
            });
        }
    }
    calc.apply(CalcAction::Target(paste.clone()));
    let mut form = ProfileForm::new(Hundredths::new(1000), "", money(DecimalMark::Dot));
    form.apply(FormAction::Headline(paste.clone()));
    form.apply(FormAction::Hours(paste.clone()));
    form.apply(FormAction::Timezone(paste.clone()));
    for kind in ListKind::ALL {
        form.apply(FormAction::Draft(kind, paste.clone()));
    }
    for _ in 0..40 {
        form.apply(FormAction::AddSample);
    }
    for id in form.samples.iter().map(|s| s.0).collect::<Vec<_>>() {
        form.apply(FormAction::Title(id, paste.clone()));
        form.apply(FormAction::Link(id, paste.clone()));
    }
    let saved = state::progress(&AppState::new(guide()), &calc, &form);
    let raw = write(&saved, stamp("w", 1));
    assert!(raw.len() < progress::MAX_SAVED, "{} bytes", raw.len());
    let (read, _) = found(&raw);
    assert_eq!(read, saved);
    assert_eq!(read.profile.headline.chars().count(), progress::MAX_TYPED);
}
