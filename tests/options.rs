//! The `sections` option: which parts of the widget show.
#![cfg(not(target_arch = "wasm32"))]

use rstest::rstest;
use skillpath::domain::options::{Section, Sections};

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
