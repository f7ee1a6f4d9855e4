//! Turns the guide's JSON content into static Rust data at compile time, so the
//! widget ships no JSON parser for it. The JSON files stay the source of truth
//! and are read with the very serde types the widget uses
//! (`src/domain/guide/data.rs`); the domain checks the result when the widget
//! starts (see `src/content`), and a native test checks that this static data
//! equals the files parsed at run time.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

#[allow(
    dead_code,
    clippy::trivially_copy_pass_by_ref,
    reason = "the widget's module, whose public API the widget uses and lints"
)]
#[path = "src/domain/guide/data.rs"]
mod data;

use data::{Choice, Effect, OutcomeText, OutcomesFile, Question, QuestionsFile};

const QUESTIONS: &str = "src/content/questions.json";
const OUTCOMES: &str = "src/content/outcomes.json";

fn main() {
    println!("cargo:rerun-if-changed={QUESTIONS}");
    println!("cargo:rerun-if-changed={OUTCOMES}");
    println!("cargo:rerun-if-changed=src/domain/guide/data.rs");
    let QuestionsFile { questions } = read(QUESTIONS);
    let outcomes: OutcomesFile = read(OUTCOMES);
    let mut out = String::from("GuideParts {\n");
    write_questions(&mut out, &questions);
    write_outcomes(&mut out, &outcomes);
    out.push_str("}\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("guide_parts.rs");
    fs::write(dest, out).expect("write generated content");
}

/// Reads a content file with its serde type; a broken file stops the build
/// with `serde_json`'s message, which names the line and column.
fn read<T: serde::de::DeserializeOwned>(path: &str) -> T {
    let raw = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path} cannot be read: {e}"));
    serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{path} could not be read: {e}"))
}

/// A string as a `Cow::Borrowed` literal (Debug formatting of a str is a valid Rust literal).
fn text(s: &str) -> String {
    format!("Cow::Borrowed({s:?})")
}

fn texts(items: &[data::Text]) -> String {
    let items: Vec<String> = items.iter().map(|s| text(s)).collect();
    format!("Cow::Borrowed(&[{}])", items.join(", "))
}

/// `Some(Type::Variant)` or `None`; the enums' Debug names are their variants.
fn variant<T: std::fmt::Debug>(ty: &str, value: Option<T>) -> String {
    value.map_or_else(|| "None".to_owned(), |v| format!("Some({ty}::{v:?})"))
}

fn effect(e: Effect) -> String {
    format!(
        "Effect {{ breadth: {}, depth: {}, fields: {}, pillars: {:?}, stage: {}, credentials: {} }}",
        e.breadth,
        e.depth,
        e.fields,
        e.pillars,
        variant("Stage", e.stage),
        variant("Credentials", e.credentials),
    )
}

fn choice(c: &Choice) -> String {
    format!(
        "Choice {{ id: {}, label: {}, effect: {} }}",
        text(&c.id),
        text(&c.label),
        effect(c.effect)
    )
}

fn write_questions(out: &mut String, questions: &[Question]) {
    out.push_str("    questions: Cow::Borrowed(&[\n");
    for q in questions {
        let choices: Vec<String> = q.choices.iter().map(choice).collect();
        let _ = writeln!(
            *out,
            "        Question {{ id: {}, prompt: {}, topic: {}, hint: {}, choices: Cow::Borrowed(&[{}]) }},",
            text(&q.id),
            text(&q.prompt),
            text(&q.topic),
            text(&q.hint),
            choices.join(", "),
        );
    }
    out.push_str("    ]),\n");
}

fn outcome_text(t: &OutcomeText) -> String {
    let risks: Vec<String> = t
        .risks
        .iter()
        .map(|r| {
            format!(
                "Risk {{ risk: {}, mitigation: {} }}",
                text(&r.risk),
                text(&r.mitigation)
            )
        })
        .collect();
    format!(
        "OutcomeText {{ definition: {}, tagline: {}, summary: {}, tasks: {}, roles: {}, skills: {}, risks: Cow::Borrowed(&[{}]), plan: {}, stage_notes: StageNotes {{ early: {}, mid: {}, senior: {} }}, rate: RateBand {{ min: {}, max: {}, note: {} }} }}",
        text(&t.definition),
        text(&t.tagline),
        text(&t.summary),
        texts(&t.tasks),
        texts(&t.roles),
        texts(&t.skills),
        risks.join(", "),
        texts(&t.plan),
        text(&t.stage_notes.early),
        text(&t.stage_notes.mid),
        text(&t.stage_notes.senior),
        t.rate.min,
        t.rate.max,
        text(&t.rate.note),
    )
}

fn write_outcomes(out: &mut String, file: &OutcomesFile) {
    let notes = &file.credential_notes;
    let _ = writeln!(
        *out,
        "    disclaimer: {},\n    credential_notes: CredentialNotes {{ none: {}, some: {}, strong: {} }},",
        text(&file.disclaimer),
        text(&notes.none),
        text(&notes.some),
        text(&notes.strong),
    );
    let sources: Vec<String> = file
        .sources
        .iter()
        .map(|s| {
            format!(
                "Source {{ publisher: {}, title: {}, used_for: {} }}",
                text(&s.publisher),
                text(&s.title),
                text(&s.used_for)
            )
        })
        .collect();
    let terms: Vec<String> = file
        .glossary
        .iter()
        .map(|t| {
            format!(
                "Term {{ term: {}, definition: {} }}",
                text(&t.term),
                text(&t.definition)
            )
        })
        .collect();
    let _ = writeln!(
        *out,
        "    sources: Cow::Borrowed(&[{}]),\n    glossary: Cow::Borrowed(&[{}]),",
        sources.join(", "),
        terms.join(", ")
    );
    out.push_str("    outcomes: Cow::Borrowed(&[\n");
    // The map is ordered as the domain orders outcomes; a missing outcome is
    // left for the load check to name.
    for (outcome, t) in &file.outcomes {
        let _ = writeln!(*out, "        (Outcome::{outcome:?}, {}),", outcome_text(t));
    }
    out.push_str("    ]),\n");
}
