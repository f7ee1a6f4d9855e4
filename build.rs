//! Turns the guide's JSON content into static Rust data at compile time, so the
//! widget ships no JSON parser for it. The JSON files stay the source of truth
//! and are read with the very serde types the widget uses
//! (`src/domain/guide/data.rs`); the domain checks the result when the widget
//! starts (see `src/content`), and a native test checks that this static data
//! equals the files parsed at run time.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

#[allow(
    dead_code,
    clippy::trivially_copy_pass_by_ref,
    reason = "the widget's module, whose public API the widget uses and lints"
)]
#[path = "src/domain/guide/data.rs"]
mod data;

#[allow(
    dead_code,
    reason = "the widget's module, whose public API the widget uses and lints"
)]
#[path = "src/domain/words/catalogue.rs"]
mod catalogue;

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
    write_interface();
}

/// English's interface texts: every file in this folder, merged (a key in
/// two files stops the build).
const UI_EN: &str = "src/content/ui/en";
/// The other languages' interface texts, one file per language.
const UI_LANGS: &str = "src/content/lang/ui";
/// The languages besides English, each of which must have a catalogue.
const LANGS: [&str; 4] = ["es", "de", "fr", "ar"];

/// Turns a key (`question_next`) into its variant's name (`QuestionNext`).
fn variant_name(key: &str) -> String {
    key.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

fn entries(path: &Path) -> BTreeMap<String, catalogue::Entry> {
    let path = path.display().to_string();
    println!("cargo:rerun-if-changed={path}");
    read(&path)
}

/// Writes the [`Key`] enum and English's texts, and checks every other
/// language's catalogue against English.
fn write_interface() {
    println!("cargo:rerun-if-changed={UI_EN}");
    println!("cargo:rerun-if-changed={UI_LANGS}");
    println!("cargo:rerun-if-changed=src/domain/words/catalogue.rs");
    let mut files: Vec<_> = fs::read_dir(UI_EN)
        .unwrap_or_else(|e| panic!("{UI_EN} cannot be read: {e}"))
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut english = BTreeMap::new();
    for file in &files {
        for (key, entry) in entries(file) {
            let good = !key.is_empty()
                && key
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                && key.as_bytes()[0].is_ascii_lowercase();
            assert!(
                good,
                "{}: the key {key:?} is not snake_case",
                file.display()
            );
            let twice = english.insert(key.clone(), entry).is_some();
            assert!(
                !twice,
                "{}: the key {key:?} is in two English files",
                file.display()
            );
        }
    }
    let names: Vec<&str> = english.keys().map(String::as_str).collect();
    let mut texts = Vec::with_capacity(english.len());
    let (mut keys, mut en) = (String::new(), String::new());
    for (key, entry) in &english {
        let (text, shown) = match entry {
            catalogue::Entry::One(t) => {
                assert!(!t.trim().is_empty(), "English's {key:?} is empty");
                (
                    catalogue::Text::One(t.clone().into()),
                    format!("Text::One(Cow::Borrowed({t:?}))"),
                )
            }
            catalogue::Entry::Plural(forms) => {
                let mut read = Vec::new();
                let mut shown = Vec::new();
                for (name, t) in forms {
                    let c = catalogue::Category::named(name)
                        .unwrap_or_else(|| panic!("English's {key:?} has a plural form {name:?}"));
                    read.push((c, t.clone().into()));
                    shown.push(format!(
                        "(crate::domain::words::Category::{c:?}, Cow::Borrowed({t:?}))"
                    ));
                }
                assert!(
                    forms.contains_key("other"),
                    "English's {key:?} has no other form"
                );
                (
                    catalogue::Text::Plural(read.into()),
                    format!("Text::Plural(Cow::Borrowed(&[{}]))", shown.join(", ")),
                )
            }
        };
        let doc = text.form(catalogue::Category::Other).replace('\n', " ");
        let _ = writeln!(keys, "    /// {doc}\n    {},", variant_name(key));
        let _ = writeln!(en, "    {shown},");
        texts.push(text);
    }
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);
    let count = names.len();
    let generated = format!(
        "/// An interface text, by its key in `src/content/ui/en/*.json`; each\n\
         /// variant's documentation is its English text.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n\
         #[repr(u16)]\n\
         #[allow(clippy::doc_markdown, reason = \"each variant's documentation is its English text, as written\")]\n\
         pub enum Key {{\n{keys}}}\n\n\
         /// How many interface texts there are.\n\
         pub const KEY_COUNT: usize = {count};\n\n\
         /// The keys' names, in the order of [`Key`]'s variants (sorted).\n\
         pub const KEY_NAMES: [&str; {count}] = {names:?};\n"
    );
    fs::write(out.join("ui_keys.rs"), generated).expect("write the interface keys");
    fs::write(out.join("ui_en.rs"), format!("[\n{en}]\n")).expect("write English's texts");

    for lang in LANGS {
        let path = Path::new(UI_LANGS).join(format!("{lang}.json"));
        assert!(
            path.exists(),
            "{}: the {lang} catalogue is missing",
            path.display()
        );
        if let Err(e) = catalogue::read(lang, &names, &texts, entries(&path)) {
            panic!("{}: {e}", path.display());
        }
    }
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
