//! Native tests of the skill profile: reading JSON (syntax errors with their
//! position, exact numbers), every validation rule, import errors, export → import → export identity, the JSON
//! Resume mapping, the form reducer, and the shipped JSON Schema.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::money;

use std::sync::LazyLock;

use proptest::prelude::*;
use rstest::rstest;
use serde_json::json;
use skillpath::content;
use skillpath::domain::guide::{Answers, Dimensions, Outcome, score};
use skillpath::domain::income::Values;
use skillpath::domain::number::Currency;
use skillpath::domain::number::{DecimalMark, Hundredths};
use skillpath::domain::profile::document::{
    Amount, Document, Foreign, GuideSnapshot, ImportError, Imported, IncomeSnapshot,
    MAX_FILE_BYTES, MAX_IGNORED, ParseError, SCHEMA, Syntax, Why, check_size, import, is_timestamp,
};
use skillpath::domain::profile::file::NumberError;
use skillpath::domain::profile::{
    ListKind, MAX_ITEMS, Profile, Rule, SampleKind, WorkSample, check_item, check_link, check_text,
};
use skillpath::state::profile::{FormAction, ProfileForm};

const SCHEMA_FILE: &str = include_str!("../www/schema/skill-profile.v1.schema.json");

static VALIDATOR: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    let schema: serde_json::Value = serde_json::from_str(SCHEMA_FILE).expect("schema is JSON");
    jsonschema::draft202012::new(&schema).expect("schema is a valid draft 2020-12 schema")
});

fn schema_errors(text: &str) -> Vec<String> {
    let doc: serde_json::Value = serde_json::from_str(text).expect("export is JSON");
    VALIDATOR
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// The seed's own example profile, with a finished guide and a scenario.
fn seed_document() -> Document {
    let guide = content::guide().expect("content");
    let answers = Answers::from_choices(vec![Some(0); guide.questions().len()]);
    let result = score(&guide, &answers).expect("complete");
    Document {
        generated_at: "2026-11-22T10:00:00.000Z".into(),
        profile: Profile {
            headline: "Quant researcher with evaluation design experience".into(),
            lists: [
                vec!["finance".into(), "statistics".into(), "risk".into()],
                vec![
                    "reasoning evaluation".into(),
                    "benchmarking".into(),
                    "prompt design".into(),
                ],
                vec!["MSc Statistics".into(), "CFA Level II".into()],
                vec!["python".into(), "numpy".into(), "pandas".into()],
            ],
            hours: Hundredths::new(1500),
            timezone: "UTC-5".into(),
            samples: vec![WorkSample {
                title: "Stress-testing LLM reasoning on risk scenarios".into(),
                kind: SampleKind::Benchmark,
                link: "https://example.org/risk-benchmark".into(),
            }],
        },
        guide: Some(GuideSnapshot::new(&guide, &answers, &result)),
        income: Some(IncomeSnapshot::new(
            "Specialist",
            Values::new(4200, 1500, 4600),
            Currency::USD,
        )),
    }
}

fn seed_json() -> serde_json::Value {
    serde_json::from_str(&seed_document().to_json()).expect("JSON")
}

/// Imports the seed document after `edit` changed it.
fn import_edited(edit: impl FnOnce(&mut serde_json::Value)) -> Result<Vec<String>, ImportError> {
    let mut doc = seed_json();
    edit(&mut doc);
    import(&serde_json::to_string_pretty(&doc).expect("text")).map(|i| i.ignored)
}

/// Imports the seed document after `edit` changed it, written compactly.
fn import_whole(edit: impl FnOnce(&mut serde_json::Value)) -> Imported {
    let mut doc = seed_json();
    edit(&mut doc);
    import(&serde_json::to_string(&doc).expect("text")).expect("imports")
}

fn invalid(path: &str, why: Why) -> ImportError {
    ImportError::Invalid {
        path: path.into(),
        why,
    }
}

// ---------------------------------------------------------------- reading JSON

#[test]
fn escapes_and_a_byte_order_mark_read_as_text() {
    let text = seed_document().to_json().replace(
        "Quant researcher",
        r"Quant \u00e9\ud83d\ude00 \\ \/ researcher",
    );
    let back = import(&format!("\u{feff}{text}")).expect("valid");
    assert_eq!(
        back.document.profile.headline,
        "Quant é😀 \\ / researcher with evaluation design experience"
    );
}

/// The syntax error `import` reports for `text`.
fn syntax(text: &str) -> ParseError {
    match import(text) {
        Err(ImportError::NotJson(e)) => e,
        other => panic!("{text:?} gave {other:?}"),
    }
}

#[rstest]
#[case("{", Syntax::End, 1, 1)]
#[case("[1,]", Syntax::Unexpected(']'), 1, 4)]
#[case("\"tab\there\"", Syntax::Control, 1, 4)]
#[case(r#""\x""#, Syntax::Escape, 1, 3)]
#[case("01", Syntax::Number, 1, 2)]
#[case("1.", Syntax::Number, 1, 2)]
#[case("-", Syntax::Number, 1, 1)]
#[case("1.x", Syntax::Number, 1, 3)]
#[case("NaN", Syntax::Unexpected('N'), 1, 1)]
#[case("Infinity", Syntax::Unexpected('I'), 1, 1)]
#[case("{} x", Syntax::Trailing, 1, 4)]
#[case("{'a': 1}", Syntax::Unexpected('\''), 1, 2)]
#[case("tru", Syntax::End, 1, 3)]
fn refuses_bad_json(
    #[case] text: &str,
    #[case] what: Syntax,
    #[case] line: usize,
    #[case] column: usize,
) {
    let e = syntax(text);
    assert_eq!((e.what, e.line, e.column), (what, line, column), "{text}");
}

#[test]
fn lone_surrogates_in_a_field_are_refused_with_their_position() {
    let text = seed_document()
        .to_json()
        .replace("Quant researcher", r"Quant \ud800 researcher");
    let e = syntax(&text);
    assert_eq!((e.what, e.line), (Syntax::Escape, 5));
}

#[rstest]
#[case("")]
#[case("   \n ")]
#[case("\u{feff}")]
fn blank_files_are_empty(#[case] text: &str) {
    assert_eq!(import(text), Err(ImportError::Empty));
}

#[test]
fn nesting_ten_thousand_deep_is_refused_without_overflowing_the_stack() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(syntax(&deep).what, Syntax::TooDeep);
    let objects = "{\"a\":".repeat(10_000);
    assert_eq!(syntax(&objects).what, Syntax::TooDeep);
    // Deep nesting inside a field that is ignored is refused all the same.
    let mut doc = seed_json();
    doc["extra"] = json!(null);
    let text = doc.to_string().replace(
        "\"extra\":null",
        &format!("\"extra\":{}{}", "[".repeat(5_000), "]".repeat(5_000)),
    );
    assert_eq!(syntax(&text).what, Syntax::TooDeep);
    // 100 levels are fine (in an ignored field).
    let text = doc.to_string().replace(
        "\"extra\":null",
        &format!("\"extra\":{}{}", "[".repeat(100), "]".repeat(100)),
    );
    assert_eq!(
        import(&text).map(|i| i.ignored),
        Ok(vec!["extra".to_owned()])
    );
}

#[test]
fn repeated_keys_are_refused() {
    let text = seed_document().to_json().replacen(
        "\"headline\":",
        "\"headline\": \"first\",\n  \"headline\":",
        1,
    );
    assert_eq!(
        import(&text).unwrap_err().to_string(),
        "headline appears twice."
    );
    let text =
        seed_document()
            .to_json()
            .replacen("\"energy\":", "\"energy\": \"x\", \"energy\":", 1);
    assert_eq!(
        import(&text).unwrap_err().to_string(),
        "guide.answers.energy appears twice."
    );
}

#[rstest]
#[case("37.55", Ok(3755))]
#[case("15", Ok(1500))]
#[case("0", Ok(0))]
#[case("-0", Ok(0))]
#[case("-0.0e5", Ok(0))]
#[case("1.5e1", Ok(1500))]
#[case("1E-2", Ok(1))]
#[case("1.230", Ok(123))]
#[case("168", Ok(16_800))]
#[case("168.01", Err(NumberError::TooLarge))]
#[case("1e999", Err(NumberError::TooLarge))]
#[case("1e99999999999999999999", Err(NumberError::TooLarge))]
#[case("99999999999999999999999", Err(NumberError::TooLarge))]
#[case("-5", Err(NumberError::Negative))]
#[case("0.001", Err(NumberError::TooPrecise))]
#[case("1e-3", Err(NumberError::TooPrecise))]
#[case("1e-99999999999999999999", Err(NumberError::TooPrecise))]
fn reads_numbers_exactly(#[case] text: &str, #[case] expected: Result<u64, NumberError>) {
    let amount: Amount = serde_json::from_str(text).expect("a JSON number");
    assert_eq!(amount.hundredths(16_800), expected);
}

#[rstest]
#[case(3755, "37.55")]
#[case(1500, "15")]
#[case(150, "1.5")]
#[case(5, "0.05")]
#[case(0, "0")]
fn writes_numbers_without_noise(#[case] n: u64, #[case] text: &str) {
    assert_eq!(Amount::from_hundredths(n).as_str(), text);
    assert_eq!(
        serde_json::to_string(&Amount::from_hundredths(n)).unwrap(),
        text
    );
}

proptest! {
    #[test]
    fn import_never_panics_on_any_text(text in ".{0,64}") {
        let _ = import(&text);
    }

    #[test]
    fn import_never_panics_on_json_shaped_text(text in "[\\[\\]{}\":,0-9a-z.eE+\\\\ -]{0,64}") {
        let _ = import(&text);
    }
}

// ---------------------------------------------------------------- rules

#[rstest]
#[case("https://example.org", Ok(()))]
#[case("http://example.org/a?b=c#d", Ok(()))]
#[case("HTTPS://Example.org/Work", Ok(()))]
#[case("https://例え.jp/作品", Ok(()))]
#[case("https://127.0.0.1:8080/x", Ok(()))]
#[case("", Ok(()))]
#[case("javascript:alert(1)", Err(Rule::Scheme))]
#[case("JaVaScRiPt:alert(1)", Err(Rule::Scheme))]
#[case("java\tscript:alert(1)", Err(Rule::Scheme))]
#[case("data:text/html,<script>alert(1)</script>", Err(Rule::Scheme))]
#[case("vbscript:msgbox(1)", Err(Rule::Scheme))]
#[case("ftp://example.org", Err(Rule::Scheme))]
#[case("//example.org", Err(Rule::Scheme))]
#[case("example.org", Err(Rule::Scheme))]
#[case(" https://example.org", Err(Rule::Spaces))]
#[case("https://", Err(Rule::Link))]
#[case("https:///path", Err(Rule::Link))]
#[case("https://user@evil.example", Err(Rule::Link))]
#[case("https://exa mple.org", Err(Rule::Link))]
#[case("https://example.org/a\nb", Err(Rule::Link))]
#[case("https://.", Err(Rule::Link))]
fn links_are_http_or_https_only(#[case] link: &str, #[case] expected: Result<(), Rule>) {
    assert_eq!(check_link(link), expected, "{link:?}");
}

#[test]
fn overlong_links_are_refused() {
    let link = format!("https://example.org/{}", "a".repeat(2000));
    assert_eq!(check_link(&link), Err(Rule::TooLong(2000)));
}

#[rstest]
#[case("Quant researcher", 120, true, Ok(()))]
#[case("", 120, false, Ok(()))]
#[case("", 120, true, Err(Rule::Required))]
#[case("   ", 120, true, Err(Rule::Required))]
#[case(" padded", 120, true, Err(Rule::Spaces))]
#[case("two\nlines", 120, true, Err(Rule::Control))]
#[case("tab\there", 120, true, Err(Rule::Control))]
#[case("<script>alert(1)</script>", 120, true, Ok(()))]
#[case("\"><img src=x onerror=alert(1)>", 120, true, Ok(()))]
#[case("\u{202e}evil", 120, true, Ok(()))]
#[case("zero\u{200b}width", 120, true, Ok(()))]
#[case("🙂🙂🙂", 3, true, Ok(()))]
#[case("🙂🙂🙂🙂", 3, true, Err(Rule::TooLong(3)))]
fn text_rules(
    #[case] text: &str,
    #[case] max: usize,
    #[case] required: bool,
    #[case] expected: Result<(), Rule>,
) {
    assert_eq!(check_text(text, max, required), expected, "{text:?}");
}

#[test]
fn a_megabyte_name_is_refused_by_length() {
    let huge = "x".repeat(1_000_000);
    assert_eq!(check_text(&huge, 120, true), Err(Rule::TooLong(120)));
}

#[rstest]
#[case("  python ", &[], Ok("python"))]
#[case("Python", &["python"], Err(Rule::Duplicate))]
#[case("", &[], Err(Rule::Required))]
#[case(&"a".repeat(81), &[], Err(Rule::TooLong(80)))]
fn item_rules(#[case] item: &str, #[case] earlier: &[&str], #[case] expected: Result<&str, Rule>) {
    let earlier: Vec<String> = earlier.iter().map(|s| (*s).to_owned()).collect();
    assert_eq!(check_item(item, &earlier), expected);
}

#[test]
fn profile_problems_name_each_field_by_path() {
    let mut doc = seed_document();
    doc.profile.headline = String::new();
    doc.profile.lists[3] = (0..=MAX_ITEMS).map(|i| format!("tool {i}")).collect();
    doc.profile.samples[0].link = "javascript:alert(1)".into();
    doc.profile.samples[0].title = "x".repeat(121);
    let found: Vec<String> = doc
        .profile
        .problems()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        [
            "headline: needs some text",
            "tools: holds more than 20",
            "work_samples[0].title: is longer than 120 characters",
            "work_samples[0].link: is not a link: only links starting with http:// or https:// are accepted",
        ]
    );
    assert!(seed_document().profile.problems().is_empty());
}

#[rstest]
#[case("2026-11-22T10:00:00Z", true)]
#[case("2026-11-22T10:00:00.000Z", true)]
#[case("2026-11-22T10:00:00.123456789Z", true)]
#[case("2026-11-22T10:00:00.Z", false)]
#[case("2026-11-22 10:00:00Z", false)]
#[case("2026-11-22T10:00:00+01:00", false)]
#[case("yesterday", false)]
#[case::cut_after_the_minutes("2026-11-22T10:00", false)]
#[case::cut_in_the_seconds("2026-11-22T10:00:0", false)]
#[case::empty("", false)]
fn timestamps(#[case] text: &str, #[case] ok: bool) {
    assert_eq!(is_timestamp(text), ok);
}

proptest! {
    /// Any prefix of a timestamp, and any text at all, is read without a
    /// panic (the fuzzer found `2026-11-22T10:00`, which indexed past its end).
    #[test]
    fn any_text_is_checked_as_a_timestamp_without_panicking(cut in 0usize..=24, text in any::<String>()) {
        let full = "2026-11-22T10:00:00.000Z";
        prop_assert_eq!(is_timestamp(&full[..cut]), cut == 24);
        let _ = is_timestamp(&text);
    }
}

// ---------------------------------------------------------------- export

#[test]
fn the_seed_profile_exports_as_documented() {
    let doc = seed_json();
    assert_eq!(doc["$schema"], SCHEMA);
    assert_eq!(doc["version"], 1);
    assert_eq!(
        doc["availability"],
        json!({"hours_per_week": 15, "timezone": "UTC-5"})
    );
    assert_eq!(
        doc["work_samples"][0],
        json!({"title": "Stress-testing LLM reasoning on risk scenarios", "type": "benchmark", "link": "https://example.org/risk-benchmark"})
    );
    assert_eq!(
        doc["income"],
        json!({"scenario": "Specialist", "rate": 42, "hours_per_week": 15, "weeks_per_year": 46, "annual": 28980, "currency": "USD"})
    );
    let guide = &doc["guide"];
    assert!(Outcome::ALL.iter().any(|o| guide["outcome"] == o.id()));
    assert_eq!(
        guide["closeness"].as_object().map(serde_json::Map::len),
        Some(5)
    );
    assert_eq!(
        guide["answers"].as_object().map(serde_json::Map::len),
        Some(content::guide().unwrap().questions().len())
    );
    let keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 12);
    assert!(schema_errors(&seed_document().to_json()).is_empty());
    assert_eq!(
        seed_document().file_name("skill-profile"),
        "skill-profile-2026-11-22.json"
    );
}

#[test]
fn the_guide_part_carries_the_scored_result() {
    let guide = content::guide().expect("content");
    let answers = Answers::from_choices(vec![Some(1); guide.questions().len()]);
    let result = score(&guide, &answers).expect("complete");
    let snap = GuideSnapshot::new(&guide, &answers, &result);
    assert_eq!(snap.outcome, result.outcome);
    assert_eq!(snap.dimensions, result.dimensions);
    assert_eq!(snap.closeness, result.closeness.map(|c| c.percent));
    let (back, missed) = snap.answers_for(&guide);
    assert_eq!(missed, 0);
    assert_eq!(back.len(), guide.questions().len());
    assert!(back.iter().all(|(_, c)| *c == 1));
}

#[test]
fn scenario_names_become_single_lines() {
    let snap = IncomeSnapshot::new(" My\tplan ", Values::new(3500, 2000, 4600), Currency::USD);
    assert_eq!(snap.scenario, "My plan");
}

#[test]
fn json_resume_mapping() {
    let resume: serde_json::Value =
        serde_json::from_str(&seed_document().json_resume().to_json()).expect("JSON");
    assert_eq!(
        resume["basics"]["label"],
        "Quant researcher with evaluation design experience"
    );
    assert_eq!(
        resume["skills"],
        json!([
            {"name": "reasoning evaluation"},
            {"name": "benchmarking"},
            {"name": "prompt design"},
            {"name": "Tools", "keywords": ["python", "numpy", "pandas"]}
        ])
    );
    assert_eq!(
        resume["certificates"],
        json!([{"name": "MSc Statistics"}, {"name": "CFA Level II"}])
    );
    assert_eq!(
        resume["projects"],
        json!([{"name": "Stress-testing LLM reasoning on risk scenarios", "description": "Benchmark", "url": "https://example.org/risk-benchmark"}])
    );
    let extra = &resume["meta"]["skillpath"];
    assert_eq!(extra["domains"], json!(["finance", "statistics", "risk"]));
    assert_eq!(extra["income"]["annual"], 28980);
    assert_eq!(extra["availability"]["timezone"], "UTC-5");
    assert!(extra["guide"]["outcome"].is_string());
    assert_eq!(resume["meta"]["lastModified"], "2026-11-22T10:00:00.000Z");
    // Only the keys JSON Resume defines at the top level.
    let mut keys: Vec<&String> = resume.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "$schema",
            "basics",
            "certificates",
            "meta",
            "projects",
            "skills"
        ]
    );
}

// ---------------------------------------------------------------- import

#[test]
fn an_export_imports_back_unchanged() {
    let doc = seed_document();
    let back = import(&doc.to_json()).expect("valid");
    assert_eq!(back.document, doc);
    assert!(back.ignored.is_empty());
}

#[test]
fn sizes_are_checked_before_reading() {
    assert_eq!(check_size(0), Err(ImportError::Empty));
    assert_eq!(check_size(MAX_FILE_BYTES), Ok(()));
    assert_eq!(
        check_size(MAX_FILE_BYTES + 1),
        Err(ImportError::TooBig(1_000_001))
    );
    let huge = format!("\"{}\"", "x".repeat(1_000_000));
    assert_eq!(import(&huge), Err(ImportError::TooBig(1_000_002)));
}

#[rstest]
#[case("", ImportError::Empty)]
#[case("  \n", ImportError::Empty)]
#[case("[]", ImportError::Foreign(Foreign::NotObject("a list")))]
#[case("\"profile\"", ImportError::Foreign(Foreign::NotObject("text")))]
#[case("{}", ImportError::Foreign(Foreign::NoSchema))]
#[case(
    r#"{"$schema": "https://json-schema.org/draft/2020-12/schema"}"#,
    ImportError::Foreign(Foreign::OtherSchema)
)]
#[case(r#"{"$schema": 1}"#, ImportError::Foreign(Foreign::OtherSchema))]
#[case(
    r#"{"$schema": "schema/skill-profile.v1.schema.json"}"#,
    ImportError::Foreign(Foreign::NoVersion)
)]
#[case(
    r#"{"$schema": "schema/skill-profile.v1.schema.json", "version": 2}"#,
    ImportError::Newer(2)
)]
#[case(
    r#"{"$schema": "schema/skill-profile.v3.schema.json", "version": 1}"#,
    ImportError::Newer(3)
)]
#[case(
    r#"{"$schema": "schema/skill-profile.v1.schema.json", "version": 0}"#,
    invalid("version", Why::OneOf("1"))
)]
#[case(r#"{"$schema": "schema/skill-profile.v1.schema.json", "version": "1"}"#, invalid("version", Why::Type { expected: "a number", found: "text" }))]
fn refuses_other_documents(#[case] text: &str, #[case] expected: ImportError) {
    assert_eq!(import(text), Err(expected));
}

#[test]
fn refuses_broken_json_with_its_position() {
    let e = import("{\n  \"headline\": \"x\",\n}").unwrap_err();
    assert_eq!(
        e.to_string(),
        "The file is not JSON: unexpected “}” (line 3, column 1)."
    );
    let deep = "[".repeat(10_000);
    assert!(matches!(import(&deep), Err(ImportError::NotJson(e)) if e.what == Syntax::TooDeep));
    assert_eq!(
        import("{\"a\": tru").unwrap_err().to_string(),
        "The file is not JSON: the file ends too early (line 1, column 9)."
    );
}

type J = serde_json::Value;
type Edit = fn(&mut J);

#[rstest]
#[case::headline_type(|d: &mut J| d["headline"] = json!(5), "headline should be text, not a number.")]
#[case::headline_missing(|d: &mut J| { d.as_object_mut().unwrap().remove("headline"); }, "headline is missing.")]
#[case::headline_long(|d: &mut J| d["headline"] = json!("x".repeat(121)), "headline is longer than 120 characters.")]
#[case::headline_mb(|d: &mut J| d["headline"] = json!("x".repeat(900_000)), "headline is longer than 120 characters.")]
#[case::headline_lines(|d: &mut J| d["headline"] = json!("a\nb"), "headline contains a line break or another control character.")]
#[case::nan_string(|d: &mut J| d["availability"]["hours_per_week"] = json!("NaN"), "availability.hours_per_week should be a number, not text.")]
#[case::infinity_string(|d: &mut J| d["availability"]["hours_per_week"] = json!("Infinity"), "availability.hours_per_week should be a number, not text.")]
#[case::hours_high(|d: &mut J| d["availability"]["hours_per_week"] = json!(169), "availability.hours_per_week is out of range (0 to 168).")]
#[case::hours_negative(|d: &mut J| d["availability"]["hours_per_week"] = json!(-1), "availability.hours_per_week is out of range (0 to 168).")]
#[case::hours_precise(|d: &mut J| d["availability"]["hours_per_week"] = json!(1.005), "availability.hours_per_week has more than two decimals.")]
#[case::hours_null(|d: &mut J| d["availability"]["hours_per_week"] = json!(null), "availability.hours_per_week should be a number, not null.")]
#[case::availability_list(|d: &mut J| d["availability"] = json!([]), "availability should be an object, not a list.")]
#[case::domains_text(|d: &mut J| d["domains"] = json!("finance"), "domains should be a list, not text.")]
#[case::domains_many(|d: &mut J| d["domains"] = json!((0..21).map(|i| i.to_string()).collect::<Vec<_>>()), "domains holds more than 20.")]
#[case::domains_number(|d: &mut J| d["domains"][1] = json!(7), "domains[1] should be text, not a number.")]
#[case::domains_repeat(|d: &mut J| d["domains"][1] = json!("FINANCE"), "domains[1] is already in the list.")]
#[case::tools_empty(|d: &mut J| d["tools"][0] = json!(""), "tools[0] needs some text.")]
#[case::sample_type(|d: &mut J| d["work_samples"][0]["type"] = json!("video"), "work_samples[0].type should be one of: rubric, benchmark, adversarial-test-plan, report, code, article, other.")]
#[case::sample_js(|d: &mut J| d["work_samples"][0]["link"] = json!("JaVaScRiPt:alert(1)"), "work_samples[0].link is not a link: only links starting with http:// or https:// are accepted.")]
#[case::sample_data(|d: &mut J| d["work_samples"][0]["link"] = json!("data:text/html,x"), "work_samples[0].link is not a link: only links starting with http:// or https:// are accepted.")]
#[case::sample_title(|d: &mut J| { d["work_samples"][0].as_object_mut().unwrap().remove("title"); }, "work_samples[0].title is missing.")]
#[case::sample_kind(|d: &mut J| d["work_samples"][0] = json!("x"), "work_samples[0] should be an object, not text.")]
#[case::samples_many(|d: &mut J| d["work_samples"] = json!(vec![json!({"title": "t", "type": "code"}); 21]), "work_samples holds more than 20.")]
#[case::outcome(|d: &mut J| d["guide"]["outcome"] = json!("wizard"), "guide.outcome should be one of: generalist, specialist, t-shaped, pi-shaped, comb-shaped.")]
#[case::breadth(|d: &mut J| d["guide"]["scores"]["breadth"] = json!(101), "guide.scores.breadth is out of range (0 to 100).")]
#[case::pillars(|d: &mut J| d["guide"]["scores"]["pillars"] = json!(1.5), "guide.scores.pillars should be a whole number.")]
#[case::closeness(|d: &mut J| { d["guide"]["closeness"].as_object_mut().unwrap().remove("t-shaped"); }, "guide.closeness.t-shaped is missing.")]
#[case::answers(|d: &mut J| d["guide"]["answers"]["energy"] = json!(3), "guide.answers.energy should be text, not a number.")]
#[case::rate(|d: &mut J| d["income"]["rate"] = json!(1e300), "income.rate is out of range (0 to 100000).")]
#[case::weeks(|d: &mut J| d["income"]["weeks_per_year"] = json!(53), "income.weeks_per_year is out of range (0 to 52).")]
#[case::annual(|d: &mut J| d["income"]["annual"] = json!(99999), "income.annual does not equal rate × hours per week × weeks per year.")]
#[case::currency(|d: &mut J| d["income"]["currency"] = json!("usd"), "income.currency should be one of: a three-letter code such as USD.")]
#[case::date(|d: &mut J| d["generated_at"] = json!("yesterday"), "generated_at should be a date and time like 2026-11-22T10:00:00Z.")]
fn import_errors_name_the_field(#[case] edit: Edit, #[case] message: &str) {
    let e = import_edited(edit).expect_err("refused");
    assert_eq!(e.to_string(), message);
}

#[test]
fn unknown_fields_are_ignored_and_listed() {
    let ignored = import_edited(|d| {
        d["favourite_colour"] = json!("blue");
        d["availability"]["days"] = json!(["mon"]);
        d["work_samples"][0]["stars"] = json!(5);
        d["guide"]["extra"] = json!(null);
    })
    .expect("imports");
    assert_eq!(
        ignored,
        [
            "availability.days",
            "work_samples[0].stars",
            "guide.extra",
            "favourite_colour"
        ]
    );
}

#[test]
fn optional_parts_may_be_absent() {
    let back = import_edited(|d| {
        let o = d.as_object_mut().unwrap();
        o.remove("guide");
        o.remove("income");
        d["work_samples"][0].as_object_mut().unwrap().remove("link");
    });
    assert_eq!(back, Ok(vec![]));
}

#[test]
fn absolute_schema_urls_are_accepted() {
    let back = import_edited(|d| {
        d["$schema"] =
            json!("https://widgets.example.org/skillpath/schema/skill-profile.v1.schema.json");
    });
    assert_eq!(back, Ok(vec![]));
}

#[test]
fn hostile_text_survives_as_plain_text() {
    let hostile = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "\u{202e}gnp.exe",
        "zero\u{200b}width\u{200d}joiner",
        "👩‍💻 emoji 🙂",
    ];
    let mut doc = seed_document();
    doc.profile.lists[1] = hostile.iter().map(|s| (*s).to_owned()).collect();
    doc.profile.headline = hostile[1].to_owned();
    let back = import(&doc.to_json()).expect("valid");
    assert_eq!(back.document, doc);
    assert!(schema_errors(&doc.to_json()).is_empty());
}

// ---------------------------------------------------------------- properties

fn line(max: usize) -> impl Strategy<Value = String> {
    // Letters, digits, punctuation, non-ASCII and emoji; spaces only inside.
    let pattern = format!(
        "[a-zA-Z0-9éßøπλ漢字🙂<>&\"'/\\\\-][a-zA-Z0-9 éßøπλ漢字🙂<>&\"'/\\\\-]{{0,{}}}",
        max - 1
    );
    proptest::string::string_regex(&pattern)
        .expect("valid pattern")
        .prop_map(|s| s.trim_end().to_owned())
}

fn items() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(line(30), 0..6).prop_map(|v| {
        let mut out: Vec<String> = Vec::new();
        for s in v {
            if !out.iter().any(|e| e.eq_ignore_ascii_case(&s)) {
                out.push(s);
            }
        }
        out
    })
}

fn sample() -> impl Strategy<Value = WorkSample> {
    (
        line(60),
        prop::sample::select(SampleKind::ALL.to_vec()),
        prop_oneof![
            Just(String::new()),
            "[a-z0-9]{1,12}".prop_map(|p| format!("https://example.org/{p}"))
        ],
    )
        .prop_map(|(title, kind, link)| WorkSample { title, kind, link })
}

fn document() -> impl Strategy<Value = Document> {
    let guide = content::guide().expect("content");
    let n = guide.questions().len();
    let answers = prop::collection::vec(0usize..2, n);
    (
        line(100),
        [items(), items(), items(), items()],
        0u64..=16_800,
        prop_oneof![Just(String::new()), line(40)],
        prop::collection::vec(sample(), 0..4),
        prop::option::of(answers),
        prop::option::of((line(40), 0u64..=10_000_000, 0u64..=16_800, 0u64..=5200)),
    )
        .prop_map(
            move |(headline, lists, hours, timezone, samples, answers, income)| {
                let guide_part = answers.map(|a| {
                    let answers = Answers::from_choices(a.into_iter().map(Some).collect());
                    let result = score(&guide, &answers).expect("complete");
                    GuideSnapshot::new(&guide, &answers, &result)
                });
                Document {
                    generated_at: "2026-01-02T03:04:05Z".into(),
                    profile: Profile {
                        headline,
                        lists,
                        hours: Hundredths::new(hours),
                        timezone,
                        samples,
                    },
                    guide: guide_part,
                    income: income.map(|(name, r, h, w)| {
                        IncomeSnapshot::new(&name, Values::new(r, h, w), Currency::USD)
                    }),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn export_import_export_is_identical(doc in document()) {
        prop_assert!(doc.profile.problems().is_empty(), "{:?}", doc.profile.problems());
        let first = doc.to_json();
        let back = import(&first).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(back.ignored.is_empty());
        prop_assert_eq!(&back.document, &doc);
        prop_assert_eq!(back.document.to_json(), first);
    }

    #[test]
    fn every_export_follows_the_shipped_schema(doc in document()) {
        let errors = schema_errors(&doc.to_json());
        prop_assert!(errors.is_empty(), "{:?}", errors);
        let resume = doc.json_resume().to_json();
        prop_assert!(serde_json::from_str::<serde_json::Value>(&resume).is_ok());
    }

    #[test]
    fn import_never_panics_on_edited_exports(doc in document(), cut in 0usize..2000) {
        let text = doc.to_json();
        let cut = text.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(text.len());
        let _ = import(&text[..cut]);
    }
}

#[test]
fn the_schema_refuses_what_import_refuses() {
    let bad: [Edit; 6] = [
        |d| d["version"] = json!(2),
        |d| d["headline"] = json!(""),
        |d| d["work_samples"][0]["link"] = json!("javascript:alert(1)"),
        |d| d["availability"]["hours_per_week"] = json!(169),
        |d| d["domains"] = json!(["a", "a"]),
        |d| d["guide"]["outcome"] = json!("wizard"),
    ];
    for edit in bad {
        let mut doc = seed_json();
        edit(&mut doc);
        let text = doc.to_string();
        assert!(!schema_errors(&text).is_empty(), "schema accepted {text}");
        assert!(import(&text).is_err(), "import accepted {text}");
    }
}

// ---------------------------------------------------------------- form

fn form() -> ProfileForm {
    ProfileForm::new(
        Hundredths::new(2000),
        "Europe/Berlin",
        money(DecimalMark::Dot),
    )
}

#[test]
fn commas_add_items_and_keep_the_rest_in_the_input() {
    let mut f = form();
    f.apply(FormAction::Draft(
        ListKind::Tools,
        "python, numpy,pan".into(),
    ));
    assert_eq!(f.lists[3], ["python", "numpy"]);
    assert_eq!(f.drafts[3].text, "pan");
    f.apply(FormAction::Draft(ListKind::Tools, "pandas".into()));
    f.apply(FormAction::Commit(ListKind::Tools));
    assert_eq!(f.lists[3], ["python", "numpy", "pandas"]);
    assert_eq!(f.drafts[3].text, "");
    assert!(f.dirty);
    // The Arabic comma an Arabic keyboard types separates items too.
    f.apply(FormAction::Draft(
        ListKind::Domains,
        "القانون، المالية".into(),
    ));
    assert_eq!(f.lists[0], ["القانون"]);
    assert_eq!(f.drafts[0].text, "المالية");
}

#[test]
fn a_refused_item_stays_in_the_input_with_its_reason() {
    let mut f = form();
    f.apply(FormAction::Draft(
        ListKind::Tools,
        "python, PYTHON, r,".into(),
    ));
    assert_eq!(f.lists[3], ["python"]);
    assert_eq!(f.drafts[3].text, "PYTHON, r,");
    assert_eq!(f.drafts[3].error, Some(Rule::Duplicate));
    let long = "x".repeat(81);
    f.apply(FormAction::Draft(ListKind::Domains, long.clone()));
    f.apply(FormAction::Commit(ListKind::Domains));
    assert_eq!(f.drafts[0].text, long);
    assert_eq!(f.drafts[0].error, Some(Rule::TooLong(80)));
    assert!(f.lists[0].is_empty());
}

#[test]
fn lists_stop_at_twenty() {
    let mut f = form();
    for i in 0..MAX_ITEMS {
        f.apply(FormAction::Draft(ListKind::Domains, format!("d{i},")));
    }
    f.apply(FormAction::Draft(ListKind::Domains, "one more".into()));
    f.apply(FormAction::Commit(ListKind::Domains));
    assert_eq!(f.lists[0].len(), MAX_ITEMS);
    assert_eq!(f.drafts[0].error, Some(Rule::TooMany(20)));
    assert_eq!(f.drafts[0].text, "one more");
}

#[test]
fn backspace_moves_the_last_item_back_into_the_input() {
    let mut f = form();
    f.apply(FormAction::Draft(ListKind::Tools, "python,numpy,".into()));
    f.apply(FormAction::Pop(ListKind::Tools));
    assert_eq!(f.lists[3], ["python"]);
    assert_eq!(f.drafts[3].text, "numpy");
    // Not while the input has text.
    f.apply(FormAction::Pop(ListKind::Tools));
    assert_eq!(f.lists[3], ["python"]);
    f.apply(FormAction::Remove(ListKind::Tools, 0));
    assert!(f.lists[3].is_empty());
}

#[test]
fn pending_text_and_bad_fields_block_the_export() {
    let mut f = form();
    f.apply(FormAction::outcome(
        Outcome::TShaped,
        &skillpath::content::english(),
    ));
    assert!(f.problems().is_empty());
    f.apply(FormAction::Draft(ListKind::Tools, "python".into()));
    f.apply(FormAction::Hours("169".into()));
    f.apply(FormAction::AddSample);
    let paths: Vec<String> = f.problems().iter().map(|p| p.path.clone()).collect();
    assert_eq!(
        paths,
        [
            "work_samples[0].title",
            "tools",
            "availability.hours_per_week"
        ]
    );
    assert_eq!(f.hours.text, "169");
    assert_eq!(f.hours.value, Hundredths::new(2000));
    assert_eq!(f.sample_problems(1), (Some(Rule::Required), None));
    f.apply(FormAction::Link(1, "javascript:alert(1)".into()));
    assert_eq!(f.sample_problems(1).1, Some(Rule::Scheme));
}

#[test]
fn the_outcome_fills_only_empty_fields() {
    let mut f = form();
    f.apply(FormAction::outcome(
        Outcome::Specialist,
        &skillpath::content::english(),
    ));
    assert_eq!(
        f.headline,
        "Domain specialist for expert-level AI evaluation"
    );
    assert_eq!(f.lists[1].len(), 3);
    assert!(!f.dirty);
    f.apply(FormAction::Headline("Mine".into()));
    f.apply(FormAction::outcome(
        Outcome::Generalist,
        &skillpath::content::english(),
    ));
    assert_eq!(f.headline, "Mine");
    assert_eq!(f.lists[1][0], "standards-based review");
}

#[test]
fn hours_follow_the_scenario_until_typed() {
    let mut f = form();
    assert_eq!(f.hours.text, "20");
    f.apply(FormAction::ScenarioHours(Hundredths::new(1550)));
    assert_eq!(f.hours.text, "15.5");
    f.apply(FormAction::Hours("12".into()));
    f.apply(FormAction::ScenarioHours(Hundredths::new(3000)));
    assert_eq!(f.hours.value, Hundredths::new(1200));
}

#[test]
fn loading_replaces_everything_and_is_not_an_edit() {
    let mut f = form();
    f.apply(FormAction::Headline("draft".into()));
    f.apply(FormAction::Draft(ListKind::Tools, "half".into()));
    let doc = seed_document();
    f.apply(FormAction::Load(doc.profile.clone()));
    assert_eq!(f.profile(), doc.profile);
    assert_eq!(f.drafts[3].text, "");
    assert!(!f.dirty);
    assert_eq!(f.hours.text, "15");
    f.apply(FormAction::Title(1, "  Renamed  ".into()));
    assert_eq!(f.profile().samples[0].title, "Renamed");
    f.apply(FormAction::Kind(1, SampleKind::Rubric));
    f.apply(FormAction::RemoveSample(1));
    assert!(f.samples.is_empty());
    assert!(f.dirty);
    f.apply(FormAction::Saved);
    assert!(!f.dirty);
}

#[test]
fn an_imported_profile_keeps_its_empty_fields_when_the_result_shows() {
    let mut f = form();
    let mut profile = seed_document().profile;
    profile.lists[1].clear();
    f.apply(FormAction::Load(profile.clone()));
    f.apply(FormAction::outcome(
        Outcome::Specialist,
        &skillpath::content::english(),
    ));
    assert_eq!(f.profile(), profile);
}

#[test]
fn samples_stop_at_twenty() {
    let mut f = form();
    for _ in 0..25 {
        f.apply(FormAction::AddSample);
    }
    assert_eq!(f.samples.len(), 20);
    assert!(!f.can_add_sample());
}

#[test]
fn dimensions_are_plain_numbers_in_the_file() {
    let mut doc = seed_document();
    if let Some(g) = doc.guide.as_mut() {
        g.dimensions = Dimensions {
            breadth: 100,
            depth: 0,
            pillars: 3,
            fields: 85,
        };
    }
    let v: serde_json::Value = serde_json::from_str(&doc.to_json()).expect("JSON");
    assert_eq!(
        v["guide"]["scores"],
        json!({"breadth": 100, "depth": 0, "pillars": 3, "fields": 85})
    );
}

#[test]
fn unknown_fields_make_one_short_plain_line_however_many_or_long() {
    let many = import_whole(|d| {
        for i in 0..60_000 {
            d[format!("x{i}")] = json!(1);
        }
    });
    assert_eq!(many.ignored_count, 60_000);
    assert!(many.ignored.len() <= MAX_IGNORED);
    let note = many.ignored_note().expect("a note");
    assert!(note.ends_with("and 59995 more."), "{note}");
    assert!(note.chars().count() < 200, "{note}");

    let long = import_whole(|d| d["k".repeat(900_000)] = json!(1));
    let note = long.ignored_note().expect("a note");
    assert!(note.chars().count() < 200, "{note}");
    assert!(note.contains("characters)"), "says it was cut: {note}");

    let turned = import_whole(|d| d["evil\u{202e}txt.exe\u{0007}"] = json!(1));
    let note = turned.ignored_note().expect("a note");
    assert!(
        !note.contains('\u{202e}') && !note.contains('\u{7}'),
        "{note}"
    );
    assert!(note.contains("\\u{202e}"), "{note}");

    let clean = import_whole(|_| {});
    assert_eq!(clean.ignored_note(), None);
}

#[test]
fn the_text_to_paste_reads_in_order_with_links_written_out() {
    let text = seed_document().profile.plain_text();
    assert_eq!(
        text,
        "Quant researcher with evaluation design experience\n\
         Strengths: reasoning evaluation, benchmarking, prompt design\n\
         Domains: finance, statistics, risk\n\
         Tools: python, numpy, pandas\n\
         Credentials: MSc Statistics, CFA Level II\n\
         Work samples:\n\
         - Stress-testing LLM reasoning on risk scenarios (https://example.org/risk-benchmark)"
    );
    let empty = Profile {
        headline: String::new(),
        lists: Default::default(),
        hours: Hundredths::new(0),
        timezone: String::new(),
        samples: Vec::new(),
    };
    assert_eq!(empty.plain_text(), "", "empty parts are left out");
}

#[test]
fn problems_show_once_a_field_is_left_or_saving_is_tried_and_cost_no_work() {
    let mut form = ProfileForm::new(Hundredths::new(2000), "UTC", money(DecimalMark::Dot));
    assert!(
        !form.shows("headline"),
        "a fresh form greets without errors"
    );
    form.apply(FormAction::Leave("headline".into()));
    assert!(form.shows("headline"));
    assert!(!form.shows("timezone"));
    assert!(!form.dirty, "leaving a field is not an edit");
    form.apply(FormAction::Try);
    assert!(form.tried());
    assert!(form.shows("timezone"), "trying to save shows every problem");
    assert!(!form.dirty);
}
