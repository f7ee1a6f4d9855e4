//! The page author's part: which next step a result shows, and what an
//! option's text and link must be to be used (text stays text; only http
//! and https links are drawn); and `skillpath-step`'s place for each screen.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rstest::rstest;
use skillpath::domain::author::{
    Author, MAX_TEXT, NextStep, Refused, Slotted, Step, link, next_step, outcome_named, slot_names,
    text,
};
use skillpath::domain::guide::Outcome;
use skillpath::domain::profile::Rule;

#[rstest]
#[case::https("https://example.org/courses", Ok("https://example.org/courses"))]
#[case::http_any_case("HTTP://Example.org", Ok("HTTP://Example.org"))]
#[case::spaces_around("  https://example.org/a?b=1#c  ", Ok("https://example.org/a?b=1#c"))]
#[case::javascript("javascript:alert(1)", Err(Refused::Link(Rule::Scheme)))]
#[case::javascript_split("java\tscript:alert(1)", Err(Refused::Link(Rule::Scheme)))]
#[case::javascript_entity("jav&#x09;ascript:alert(1)", Err(Refused::Link(Rule::Scheme)))]
#[case::data(
    "data:text/html,<script>alert(1)</script>",
    Err(Refused::Link(Rule::Scheme))
)]
#[case::vbscript("vbscript:msgbox", Err(Refused::Link(Rule::Scheme)))]
#[case::relative("/courses", Err(Refused::Link(Rule::Scheme)))]
#[case::protocol_relative("//evil.example/x", Err(Refused::Link(Rule::Scheme)))]
#[case::backslashes("https:\\\\evil.example", Err(Refused::Link(Rule::Scheme)))]
#[case::no_site("https:///path", Err(Refused::Link(Rule::Link)))]
#[case::user_info("https://example.org@evil.example/", Err(Refused::Link(Rule::Link)))]
#[case::space_inside("https://exa mple.org", Err(Refused::Link(Rule::Link)))]
#[case::markup(
    "https://example.org/\"><img/src=x/onerror=alert(1)>",
    Err(Refused::Markup)
)]
#[case::quote("https://example.org/'x'", Err(Refused::Markup))]
#[case::blank("   ", Err(Refused::Link(Rule::Scheme)))]
fn links(#[case] given: &str, #[case] expected: Result<&str, Refused>) {
    assert_eq!(link(given).as_deref().map_err(|e| *e), expected);
}

#[test]
fn a_ten_kilobyte_link_is_refused() {
    let long = format!("https://example.org/{}", "a".repeat(10_000));
    assert_eq!(link(&long), Err(Refused::Link(Rule::TooLong(2000))));
}

#[rstest]
#[case::plain("  Browse the courses  ", Ok("Browse the courses"))]
#[case::markup_stays_text(
    "<b>Join</b> <script>x()</script>",
    Ok("<b>Join</b> <script>x()</script>")
)]
#[case::line_breaks_become_spaces("Join\nthe\tcourse", Ok("Join the course"))]
#[case::blank(" \n ", Err(Refused::Blank))]
fn texts(#[case] given: &str, #[case] expected: Result<&str, Refused>) {
    assert_eq!(text(given).as_deref().map_err(|e| *e), expected);
}

#[test]
fn text_is_refused_whole_past_the_limit() {
    assert!(text(&"é".repeat(MAX_TEXT)).is_ok());
    assert_eq!(text(&"é".repeat(MAX_TEXT + 1)), Err(Refused::TooLong));
    assert_eq!(text(&"x".repeat(10_240)), Err(Refused::TooLong));
}

#[test]
fn a_next_step_needs_words_and_draws_only_a_good_link() {
    let step = |t: Option<&str>, h: Option<&str>| next_step(t, h);
    assert_eq!(
        step(Some("Browse"), Some("https://example.org")),
        (
            Some(NextStep {
                text: "Browse".into(),
                href: Some("https://example.org".into())
            }),
            vec![]
        )
    );
    // A refused link leaves the words, without a link, and is reported.
    assert_eq!(
        step(Some("Browse"), Some("javascript:alert(1)")),
        (
            Some(NextStep {
                text: "Browse".into(),
                href: None
            }),
            vec![Refused::Link(Rule::Scheme)]
        )
    );
    // A link alone shows its address.
    assert_eq!(
        step(None, Some("https://example.org")).0,
        Some(NextStep {
            text: "https://example.org".into(),
            href: Some("https://example.org".into())
        })
    );
    // Too much text: nothing at all.
    let long = "x".repeat(MAX_TEXT + 1);
    assert_eq!(
        step(Some(&long), Some("https://example.org")),
        (None, vec![Refused::TooLong])
    );
    assert_eq!(step(None, None), (None, vec![]));
    assert_eq!(
        step(Some("  "), Some("data:x")),
        (None, vec![Refused::Link(Rule::Scheme)])
    );
}

fn given(text: &str) -> NextStep {
    NextStep {
        text: text.into(),
        href: None,
    }
}

fn slot(name: &str) -> Slotted {
    Slotted {
        name: name.into(),
        links: vec![],
    }
}

fn which(author: &Author, outcome: Outcome) -> Option<String> {
    author.step(outcome).map(|s| match s {
        Step::Slot(name, _) => format!("slot {name}"),
        Step::Given(g) => format!("option {}", g.text),
    })
}

#[test]
fn the_outcome_s_own_next_step_wins_then_slots_over_options() {
    let all = Author {
        intro: None,
        slots: vec![slot("next-step"), slot("next-step-t-shaped")],
        next_step: Some(given("general")),
        by_outcome: vec![(Outcome::Specialist, given("deep"))],
    };
    assert_eq!(
        which(&all, Outcome::TShaped).as_deref(),
        Some("slot next-step-t-shaped")
    );
    assert_eq!(
        which(&all, Outcome::Specialist).as_deref(),
        Some("option deep")
    );
    assert_eq!(
        which(&all, Outcome::Generalist).as_deref(),
        Some("slot next-step")
    );
    let options_only = Author {
        slots: vec![],
        ..all.clone()
    };
    assert_eq!(
        which(&options_only, Outcome::Generalist).as_deref(),
        Some("option general")
    );
    assert_eq!(which(&Author::default(), Outcome::PiShaped), None);
    let intro_only = Author {
        slots: vec![slot("intro")],
        ..Author::default()
    };
    assert_eq!(
        which(&intro_only, Outcome::PiShaped),
        None,
        "an intro is no next step"
    );
}

#[test]
fn slot_names_cover_every_outcome() {
    let names: Vec<String> = slot_names().collect();
    assert_eq!(
        names,
        [
            "intro",
            "next-step",
            "next-step-generalist",
            "next-step-specialist",
            "next-step-t-shaped",
            "next-step-pi-shaped",
            "next-step-comb-shaped"
        ]
    );
    for o in Outcome::ALL {
        assert_eq!(outcome_named(&o.id().to_uppercase()), Some(o));
    }
    assert_eq!(outcome_named("hybrid"), None);
}

proptest! {
    /// Whatever a host passes, a link that is drawn starts with http(s)://
    /// and holds no markup, space or control character.
    #[test]
    fn a_drawn_link_is_always_plain_http(given in "\\PC{0,80}", prefix in prop::sample::select(vec!["", "https://", "http://", "HtTpS://", "javascript:", " "])) {
        let href = format!("{prefix}{given}");
        if let Ok(drawn) = link(&href) {
            let lower = drawn.to_ascii_lowercase();
            prop_assert!(lower.starts_with("https://") || lower.starts_with("http://"));
            prop_assert!(!drawn.contains(['<', '>', '"', '\'', '\\', '`']));
            prop_assert!(!drawn.chars().any(|c| c.is_whitespace() || c.is_control()));
        }
    }

    /// An accepted text is never longer than the limit, and has no control characters.
    #[test]
    fn an_accepted_text_is_one_bounded_line(given in "\\PC{0,600}|[\\x00-\\x1f a-z]{0,40}") {
        if let Ok(shown) = text(&given) {
            prop_assert!(shown.chars().count() <= MAX_TEXT);
            prop_assert!(!shown.chars().any(char::is_control));
        }
    }
}

/// `skillpath-step`'s section, screen, index and total for each screen.
#[test]
fn each_screen_has_its_place() {
    use skillpath::domain::options::Section;
    use skillpath::state::{self, AppState, Screen};
    let guide = std::rc::Rc::new(skillpath::content::guide().expect("the shipped guide"));
    let n = u32::try_from(guide.questions().len()).unwrap();
    let mut at = AppState::new(guide);
    let place = |at: &AppState, chapter| {
        let s = state::step(at, chapter);
        (s.section, s.screen, s.index, s.total)
    };
    assert_eq!(place(&at, Section::Guide), ("guide", "question", 1, n + 1));
    at.screen = Screen::Question(3);
    assert_eq!(place(&at, Section::Guide), ("guide", "question", 4, n + 1));
    at.screen = Screen::Review;
    assert_eq!(
        place(&at, Section::Guide),
        ("guide", "review", n + 1, n + 1)
    );
    at.screen = Screen::Result;
    assert_eq!(
        place(&at, Section::Guide),
        ("guide", "result", n + 1, n + 1)
    );
    // Another chapter on show: its own screen, whatever the guide's.
    assert_eq!(place(&at, Section::Income), ("income", "calculator", 1, 1));
    assert_eq!(place(&at, Section::Profile), ("profile", "plan", 1, 1));
    let json = serde_json::to_string(&state::step(&at, Section::Guide)).unwrap();
    assert_eq!(
        json,
        format!(
            r#"{{"section":"guide","screen":"result","index":{},"total":{}}}"#,
            n + 1,
            n + 1
        )
    );
}
