//! The `sections` option: which parts of the widget show; and how a warning
//! quotes whatever a host page sets.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rstest::rstest;
use skillpath::domain::options::{QUOTED, Section, Sections, quoted, quoted_words};

fn shown(s: Sections) -> Vec<&'static str> {
    Section::ALL
        .into_iter()
        .filter(|x| s.has(*x))
        .map(Section::id)
        .collect()
}

#[rstest]
#[case::one("guide", &["guide"], &[])]
#[case::two("income guide", &["guide", "income"], &[])]
#[case::all("guide income profile", &["guide", "income", "profile"], &[])]
#[case::case_and_spaces("  Income\tGUIDE \n", &["guide", "income"], &[])]
#[case::repeated("income income", &["income"], &[])]
#[case::unknown_skipped("income quiz", &["income"], &["quiz"])]
#[case::comma_is_not_a_separator("guide,income", &["guide", "income", "profile"], &["guide,income"])]
#[case::blank("", &["guide", "income", "profile"], &[])]
#[case::only_unknown("chart table", &["guide", "income", "profile"], &["chart", "table"])]
fn sections_parse(#[case] text: &str, #[case] expected: &[&str], #[case] unknown: &[&str]) {
    let (sections, bad) = Sections::parse(text);
    assert_eq!(shown(sections), expected);
    assert_eq!(bad, unknown);
}

#[test]
fn the_default_is_every_section() {
    assert_eq!(Sections::default(), Sections::ALL);
    assert_eq!(shown(Sections::ALL), ["guide", "income", "profile"]);
}

#[rstest]
#[case::plain("dark", r#""dark""#)]
#[case::markup("<img src=x onerror=alert(1)>", r#""<img src=x onerror=alert(1)>""#)]
#[case::quotes_and_backslash(r#"a"b\c"#, r#""a\"b\\c""#)]
#[case::right_to_left_override("en\u{202e}GB", r#""en\u{202e}GB""#)]
#[case::zero_width_joiner("👩\u{200d}👧", r#""👩\u{200d}👧""#)]
#[case::control("a\u{7}\nb", r#""a\u{7}\nb""#)]
#[case::byte_order_mark("\u{feff}EUR", r#""\u{feff}EUR""#)]
#[case::accents_stay("Zürich", r#""Zürich""#)]
fn a_warning_quotes_values_inertly(#[case] value: &str, #[case] expected: &str) {
    assert_eq!(quoted(value), expected);
}

#[test]
fn a_long_value_is_cut_with_its_length() {
    let value = "x".repeat(10_240);
    assert_eq!(
        quoted(&value),
        format!("\"{}\"… (10240 characters)", "x".repeat(QUOTED))
    );
}

#[rstest]
#[case::one(&["quiz"], r#""quiz""#)]
#[case::three(&["a", "b", "c"], r#""a", "b", "c""#)]
#[case::many(&["a", "b", "c", "d", "e"], r#""a", "b", "c" and 2 more"#)]
fn unknown_sections_are_named_once(#[case] words: &[&str], #[case] expected: &str) {
    assert_eq!(quoted_words(words), expected);
}

proptest! {
    /// Whatever a page sets, the quote is one short line without control or
    /// direction characters.
    #[test]
    fn any_value_quotes_to_one_short_clean_line(value in any::<String>()) {
        let q = quoted(&value);
        prop_assert!(q.chars().count() <= QUOTED * 10 + 40);
        let hidden = |c: char| {
            c.is_control()
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        };
        prop_assert!(!q.chars().any(hidden), "{}", q);
    }
}

#[test]
fn the_chapter_shown_is_one_the_host_allowed() {
    let (income, _) = Sections::parse("income profile");
    assert_eq!(income.clamp(Section::Guide), Section::Income);
    assert_eq!(income.clamp(Section::Profile), Section::Profile);
    assert_eq!(Sections::ALL.clamp(Section::Income), Section::Income);
    assert_eq!(
        income.each().collect::<Vec<_>>(),
        [Section::Income, Section::Profile]
    );
}

#[rstest]
#[case::all_from_guide("", Section::Guide, Some(Section::Income))]
#[case::all_from_income("", Section::Income, Some(Section::Profile))]
#[case::all_from_profile("", Section::Profile, None)]
#[case::skips_a_missing_one("guide profile", Section::Guide, Some(Section::Profile))]
#[case::guide_alone("guide", Section::Guide, None)]
fn the_chapter_offered_next(
    #[case] text: &str,
    #[case] from: Section,
    #[case] next: Option<Section>,
) {
    assert_eq!(Sections::parse(text).0.after(from), next);
}
