//! Turns the guide's JSON content into static Rust data at compile time, so the
//! widget ships no JSON parser for it. The JSON files stay the source of truth;
//! the domain checks the result when the widget starts (see `src/content`), and a
//! native test checks that this static data equals the files parsed at run time.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

use serde_json::Value;

const QUESTIONS: &str = "src/content/questions.json";
const OUTCOMES: &str = "src/content/outcomes.json";

/// Outcome ids in the domain's order, with their enum variants.
const KNOWN: [(&str, &str); 5] = [
    ("generalist", "Generalist"),
    ("specialist", "Specialist"),
    ("t-shaped", "TShaped"),
    ("pi-shaped", "PiShaped"),
    ("comb-shaped", "CombShaped"),
];

fn main() {
    println!("cargo:rerun-if-changed={QUESTIONS}");
    println!("cargo:rerun-if-changed={OUTCOMES}");
    let mut out = String::from("GuideParts {\n");
    write_questions(&mut out, &read(QUESTIONS));
    write_outcomes(&mut out, &read(OUTCOMES));
    out.push_str("}\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("guide_parts.rs");
    fs::write(dest, out).expect("write generated content");
}

fn write_questions(out: &mut String, questions: &Value) {
    out.push_str("    questions: Cow::Borrowed(&[\n");
    for (i, q) in array(questions, "questions", QUESTIONS).iter().enumerate() {
        let at = format!("{QUESTIONS}: question {}", i + 1);
        let _ = writeln!(
            *out,
            "        Question {{ id: {}, prompt: {}, topic: {}, hint: {}, choices: Cow::Borrowed(&[",
            text(q, "id", &at),
            text(q, "prompt", &at),
            text(q, "topic", &at),
            q.get("hint").map_or_else(
                || "Cow::Borrowed(\"\")".to_owned(),
                |_| text(q, "hint", &at)
            ),
        );
        for (j, c) in array(q, "choices", &at).iter().enumerate() {
            let at = format!("{at}, choice {}", j + 1);
            let e = c
                .get("effect")
                .unwrap_or_else(|| fail(&at, "has no \"effect\""));
            let _ = writeln!(
                *out,
                "            Choice {{ id: {}, label: {}, effect: Effect {{ breadth: {}, depth: {}, pillars: {}, stage: {}, credentials: {} }} }},",
                text(c, "id", &at),
                text(c, "label", &at),
                e.get("breadth").and_then(Value::as_i64).unwrap_or(0),
                e.get("depth").and_then(Value::as_i64).unwrap_or(0),
                e.get("pillars")
                    .and_then(Value::as_u64)
                    .map_or("None".to_owned(), |p| format!("Some({p})")),
                variant(e, "stage", "Stage", &at),
                variant(e, "credentials", "Credentials", &at),
            );
        }
        out.push_str("        ]) },\n");
    }
    out.push_str("    ]),\n");
}

fn write_outcomes(out: &mut String, outcomes: &Value) {
    let notes = outcomes
        .get("credential_notes")
        .unwrap_or_else(|| fail(OUTCOMES, "has no \"credential_notes\""));
    let _ = writeln!(
        *out,
        "    disclaimer: {},\n    credential_notes: CredentialNotes {{ none: {}, some: {}, strong: {} }},\n    outcomes: Cow::Borrowed(&[",
        text(outcomes, "disclaimer", OUTCOMES),
        text(notes, "none", OUTCOMES),
        text(notes, "some", OUTCOMES),
        text(notes, "strong", OUTCOMES),
    );
    let map = outcomes
        .get("outcomes")
        .and_then(Value::as_object)
        .unwrap_or_else(|| fail(OUTCOMES, "has no \"outcomes\" object"));
    if let Some(unknown) = map.keys().find(|k| !KNOWN.iter().any(|(id, _)| id == k)) {
        fail(OUTCOMES, &format!("names an unknown outcome \"{unknown}\""));
    }
    // In the domain's outcome order; a missing outcome is left for the load check to name.
    for (key, variant) in KNOWN {
        let Some(t) = map.get(key) else { continue };
        let at = format!("{OUTCOMES}: outcome \"{key}\"");
        let mut risks = String::new();
        for r in array(t, "risks", &at) {
            let _ = write!(
                risks,
                "Risk {{ risk: {}, mitigation: {} }}, ",
                text(r, "risk", &at),
                text(r, "mitigation", &at)
            );
        }
        let stage = t
            .get("stage_notes")
            .unwrap_or_else(|| fail(&at, "has no \"stage_notes\""));
        let rate = t
            .get("rate")
            .unwrap_or_else(|| fail(&at, "has no \"rate\""));
        let _ = writeln!(
            *out,
            "        (Outcome::{variant}, OutcomeText {{ tagline: {}, summary: {}, tasks: {}, roles: {}, skills: {}, risks: Cow::Borrowed(&[{risks}]), plan: {}, stage_notes: StageNotes {{ early: {}, mid: {}, senior: {} }}, rate: RateBand {{ min: {}, max: {}, note: {} }} }}),",
            text(t, "tagline", &at),
            text(t, "summary", &at),
            texts(t, "tasks", &at),
            texts(t, "roles", &at),
            texts(t, "skills", &at),
            texts(t, "plan", &at),
            text(stage, "early", &at),
            text(stage, "mid", &at),
            text(stage, "senior", &at),
            rate.get("min")
                .and_then(Value::as_u64)
                .unwrap_or_else(|| fail(&at, "rate has no whole \"min\"")),
            rate.get("max")
                .and_then(Value::as_u64)
                .unwrap_or_else(|| fail(&at, "rate has no whole \"max\"")),
            text(rate, "note", &at),
        );
    }
    out.push_str("    ]),\n");
}

fn fail(at: &str, what: &str) -> ! {
    panic!("{at} {what}");
}

fn read(path: &str) -> Value {
    let raw =
        fs::read_to_string(path).unwrap_or_else(|e| fail(path, &format!("cannot be read: {e}")));
    serde_json::from_str(&raw).unwrap_or_else(|e| fail(path, &format!("is not valid JSON: {e}")))
}

fn array<'a>(v: &'a Value, key: &str, at: &str) -> &'a Vec<Value> {
    v.get(key)
        .and_then(Value::as_array)
        .unwrap_or_else(|| fail(at, &format!("has no \"{key}\" list")))
}

/// A string field as a `Cow::Borrowed` literal (Debug formatting of a str is a valid Rust literal).
fn text(v: &Value, key: &str, at: &str) -> String {
    let s = v
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_else(|| fail(at, &format!("has no \"{key}\" text")));
    format!("Cow::Borrowed({s:?})")
}

fn texts(v: &Value, key: &str, at: &str) -> String {
    let items: Vec<String> = array(v, key, at)
        .iter()
        .map(|i| {
            format!(
                "Cow::Borrowed({:?})",
                i.as_str()
                    .unwrap_or_else(|| fail(at, &format!("has a non-text item in \"{key}\"")))
            )
        })
        .collect();
    format!("Cow::Borrowed(&[{}])", items.join(", "))
}

fn variant(effect: &Value, key: &str, ty: &str, at: &str) -> String {
    match effect.get(key).map(|v| {
        v.as_str()
            .unwrap_or_else(|| fail(at, &format!("has a non-text \"{key}\"")))
    }) {
        None => "None".to_owned(),
        Some("early") => format!("Some({ty}::Early)"),
        Some("mid") => format!("Some({ty}::Mid)"),
        Some("senior") => format!("Some({ty}::Senior)"),
        Some("none") => format!("Some({ty}::None)"),
        Some("some") => format!("Some({ty}::Some)"),
        Some("strong") => format!("Some({ty}::Strong)"),
        Some(other) => fail(at, &format!("has an unknown {key} \"{other}\"")),
    }
}
