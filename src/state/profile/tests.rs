//! The profile chapter's messages read from the catalogue say, in English,
//! exactly what the English-only texts (`Display`, the wordless methods) say.

use std::rc::Rc;

use crate::content;
use crate::domain::guide::{Answers, score};
use crate::domain::income::Values;
use crate::domain::number::{Currency, DecimalMark, Hundredths, MoneyFormat};
use crate::domain::profile::document::{
    Document, Foreign, GuideSnapshot, ImportError, IncomeSnapshot, Incoming, ParseError, Syntax,
    Why, import, read_data_file,
};
use crate::domain::profile::{MAX_LINK, Profile, Rule, SampleKind, WorkSample};
use crate::domain::progress::Unreadable;
use crate::state::import::{Imports, plan, plan_in};
use crate::state::{AppState, Calculator, ProfileForm};

const RULES: [Rule; 10] = [
    Rule::Required,
    Rule::TooLong(120),
    Rule::TooMany(20),
    Rule::Duplicate,
    Rule::Control,
    Rule::Spaces,
    Rule::Scheme,
    Rule::Link,
    Rule::Pending,
    Rule::Hours,
];

fn every_error() -> Vec<ImportError> {
    let invalid = |why| ImportError::Invalid {
        path: "work_samples[0].link".into(),
        why,
    };
    let mut all = vec![
        ImportError::TooBig(1_000_001),
        ImportError::Empty,
        ImportError::Unreadable,
        ImportError::Foreign(Foreign::NotObject("a list")),
        ImportError::Foreign(Foreign::NotObject("true or false")),
        ImportError::Foreign(Foreign::NoSchema),
        ImportError::Foreign(Foreign::OtherSchema),
        ImportError::Foreign(Foreign::NoVersion),
        ImportError::Newer(2),
        ImportError::NewerProgress(9),
        ImportError::DamagedProgress(Unreadable::TooLarge),
        ImportError::DamagedProgress(Unreadable::Json { line: 2, column: 7 }),
        ImportError::DamagedProgress(Unreadable::Foreign),
        ImportError::DamagedProgress(Unreadable::Shape { line: 3, column: 1 }),
    ];
    for what in [
        Syntax::End,
        Syntax::Unexpected('}'),
        Syntax::Number,
        Syntax::Escape,
        Syntax::Control,
        Syntax::TooDeep,
        Syntax::Trailing,
    ] {
        all.push(ImportError::NotJson(ParseError {
            what,
            line: 3,
            column: 1,
        }));
    }
    let types = [
        "text",
        "a number",
        "true or false",
        "null",
        "a list",
        "an object",
    ];
    for expected in types {
        for found in types {
            all.push(invalid(Why::Type { expected, found }));
        }
    }
    all.extend(RULES.map(|rule| invalid(Why::Rule(rule))));
    all.extend(
        [
            Why::Missing,
            Why::Repeated,
            Why::Range(168),
            Why::Precision,
            Why::NotWhole,
            Why::OneOf("1"),
            Why::NotAnOutcome,
            Why::NotASampleKind,
            Why::NotACurrency,
            Why::Mismatch,
            Why::Timestamp,
        ]
        .map(invalid),
    );
    all
}

#[test]
fn import_refusals_say_in_english_what_they_display() {
    let english = content::english();
    for e in every_error() {
        assert_eq!(e.say(&english), e.to_string(), "{e:?}");
    }
}

#[test]
fn broken_rules_say_in_english_what_they_display() {
    let english = content::english();
    for rule in RULES {
        assert_eq!(
            rule.say(&english, "The headline"),
            format!("The headline {rule}."),
            "{rule:?}"
        );
    }
    assert_eq!(
        Rule::TooLong(MAX_LINK).say(&english, "link"),
        "link is longer than 2000 characters."
    );
}

fn document() -> Document {
    let guide = content::guide().expect("content");
    let answers = Answers::from_choices(vec![Some(0); guide.questions().len()]);
    let result = score(&guide, &answers).expect("complete");
    let mut snapshot = GuideSnapshot::new(&guide, &answers, &result);
    snapshot.answers.push(("not-a-question".into(), "x".into()));
    Document {
        generated_at: "2026-11-22T10:00:00.000Z".into(),
        profile: Profile {
            headline: "Quant researcher".into(),
            lists: [
                vec!["finance".into(), "risk".into()],
                vec!["reasoning evaluation".into()],
                vec!["MSc Statistics".into()],
                vec!["python".into(), "numpy".into()],
            ],
            hours: Hundredths::new(1500),
            timezone: "UTC-5".into(),
            samples: SampleKind::ALL
                .map(|kind| WorkSample {
                    title: format!("A {}", kind.id()),
                    kind,
                    link: String::new(),
                })
                .into(),
        },
        guide: Some(snapshot),
        income: Some(IncomeSnapshot::new(
            "Side work",
            Values::new(4200, 1500, 4600),
            Currency::parse("EUR").expect("a currency"),
        )),
    }
}

#[test]
fn the_pasted_text_and_the_json_resume_read_the_same_in_english() {
    let english = content::english();
    let doc = document();
    assert_eq!(
        doc.profile.plain_text_in(&english),
        doc.profile.plain_text()
    );
    assert_eq!(doc.json_resume_in(&english), doc.json_resume());
}

#[test]
fn the_ignored_fields_note_reads_the_same_in_english() {
    let english = content::english();
    let json = document().to_json();
    for extra in [0, 1, 5, 6, 7, 60] {
        let mut v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        for i in 0..extra {
            v[format!("x{i}")] = serde_json::json!(1);
        }
        v["k".repeat(if extra == 1 { 300 } else { 3 })] = serde_json::json!(1);
        v["evil\u{202e}txt"] = serde_json::json!(1);
        let imported = import(&v.to_string()).expect("imports");
        assert_eq!(imported.ignored_note_in(&english), imported.ignored_note());
    }
    let clean = import(&json).expect("imports");
    assert_eq!(clean.ignored_note_in(&english), None);
}

#[test]
fn an_import_with_notes_says_them_as_before() {
    let money = Rc::new(MoneyFormat {
        mark: DecimalMark::Dot,
        ..MoneyFormat::default()
    });
    let guide = AppState::new(Rc::new(content::guide().expect("content")));
    let calc = Calculator::new(Rc::clone(&money));
    let form = ProfileForm::new(Hundredths::new(2000), "UTC", money);
    let mut v: serde_json::Value = serde_json::from_str(&document().to_json()).expect("JSON");
    v["extra"] = serde_json::json!(1);
    let incoming = read_data_file(&v.to_string()).expect("reads");
    assert!(matches!(incoming, Incoming::Profile(_)));
    let planned = plan("mine.json", &incoming, &guide, &calc, &form, Currency::USD);
    assert_eq!(
        planned.done,
        "Imported mine.json: your profile, your guide answers and the scenario “Side work” are back. \
         1 answer belongs to a question this guide does not ask and was left out. \
         Its amounts were in EUR; they are shown here as USD without conversion. \
         Fields this version does not know were ignored: \"extra\"."
    );
    assert_eq!(
        plan_in(
            &content::english(),
            "mine.json",
            &incoming,
            &guide,
            &calc,
            &form,
            Currency::USD
        ),
        planned
    );
    let mut imports = Imports::default();
    imports.import(planned.clone());
    let undo = imports.undo(planned.after.clone()).expect("one to undo");
    assert_eq!(
        undo.said,
        "The import of mine.json is undone: your guide answers, your income scenarios and your skill profile are as they were before."
    );
}
