//! Share codes: round trips for any finished guide, and typed refusals for
//! everything else a link could carry.
#![cfg(not(target_arch = "wasm32"))]

use std::borrow::Cow;
use std::sync::LazyLock;

use proptest::prelude::*;
use rstest::rstest;
use skillpath::domain::guide::QuestionsFile;
use skillpath::domain::guide::{Answers, Guide, GuideParts};
use skillpath::domain::income::Values;
use skillpath::domain::number::{MAX_HOURS, MAX_RATE, MAX_WEEKS};
use skillpath::domain::share::{MAX_LEN, RETIRED, ShareError, Shared, decode, encode, fingerprint};

static GUIDE: LazyLock<Guide> = LazyLock::new(|| skillpath::content::guide().unwrap());

fn choices(picks: &[usize]) -> Answers {
    Answers::from_choices(picks.iter().copied().map(Some).collect())
}

/// A fixed finished guide: the first choice everywhere but the last question.
fn sample() -> Vec<usize> {
    let mut picks = vec![0; GUIDE.questions().len()];
    *picks.last_mut().unwrap() = 1;
    picks
}

fn code(values: Option<Values>) -> String {
    encode(&GUIDE, &choices(&sample()), values).unwrap()
}

fn any_picks() -> impl Strategy<Value = Vec<usize>> {
    GUIDE
        .questions()
        .iter()
        .map(|q| 0..q.choices.len())
        .collect::<Vec<_>>()
}

fn any_values() -> impl Strategy<Value = Option<Values>> {
    proptest::option::of(
        (0..=MAX_RATE * 100, 0..=MAX_HOURS * 100, 0..=MAX_WEEKS * 100)
            .prop_map(|(r, h, w)| Values::new(r, h, w)),
    )
}

#[test]
fn a_code_is_short_lower_case_and_versioned() {
    let plain = code(None);
    assert_eq!(plain.len(), 1 + 2 + GUIDE.questions().len() + 1);
    assert!(plain.starts_with('1'));
    let with = code(Some(Values::new(4200, 1500, 4600)));
    assert!(with.len() <= MAX_LEN, "{with}");
    assert!(
        with.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_')
    );
    assert_eq!(
        decode(&GUIDE, &with).unwrap(),
        Shared {
            answers: sample(),
            values: Some(Values::new(4200, 1500, 4600)),
        }
    );
}

#[test]
fn an_unfinished_guide_has_no_code() {
    let mut partial: Vec<Option<usize>> = sample().into_iter().map(Some).collect();
    partial[3] = None;
    assert_eq!(encode(&GUIDE, &Answers::from_choices(partial), None), None);
}

/// `body` with the check character that fits it (found by trying all 37), so
/// a test can aim past the check at the validation behind it.
fn resigned(body: &str) -> String {
    "0123456789abcdefghijklmnopqrstuvwxyz_"
        .chars()
        .map(|c| format!("{body}{c}"))
        .find(|c| decode(&GUIDE, c) != Err(ShareError::Check))
        .unwrap()
}

#[rstest]
#[case::empty("", ShareError::Empty)]
#[case::spaces("   ", ShareError::Empty)]
#[case::upper_case("1ABC", ShareError::Characters)]
#[case::script("<script>", ShareError::Characters)]
#[case::emoji("1🙂", ShareError::Characters)]
#[case::query_like("1a&b=c", ShareError::Characters)]
#[case::newer("9abcdef", ShareError::Newer)]
#[case::not_a_version("xabcdef", ShareError::Version)]
#[case::long(
    "10000000000000000000000000000000000000000000000000",
    ShareError::TooLong
)]
fn malformed_codes_are_refused_before_reading(#[case] text: &str, #[case] why: ShareError) {
    assert_eq!(decode(&GUIDE, text), Err(why));
}

#[test]
fn a_damaged_code_fails_its_check() {
    let good = code(Some(Values::new(3000, 2000, 4600)));
    let cut = &good[..good.len() - 3];
    assert_eq!(decode(&GUIDE, cut), Err(ShareError::Check));
    let mut swapped: Vec<u8> = good.clone().into_bytes();
    swapped.swap(4, 5);
    if swapped != good.as_bytes() {
        assert_eq!(
            decode(&GUIDE, std::str::from_utf8(&swapped).unwrap()),
            Err(ShareError::Check)
        );
    }
}

#[test]
fn codes_with_a_correct_check_are_still_validated() {
    let good = code(None);
    let body = &good[..good.len() - 1];
    let n = GUIDE.questions().len();
    // Another guide's fingerprint.
    let other = format!("1zz{}", &body[3..]);
    assert_eq!(
        decode(&GUIDE, &resigned(&other)),
        Err(ShareError::OtherGuide)
    );
    // One answer too few, one too many.
    assert_eq!(
        decode(&GUIDE, &resigned(&body[..body.len() - 1])),
        Err(ShareError::Answers)
    );
    assert_eq!(
        decode(&GUIDE, &resigned(&format!("{body}0"))),
        Err(ShareError::Answers)
    );
    // A choice the question does not have ("z" = 35).
    let mut wrong = body.to_owned();
    wrong.replace_range(3..4, "z");
    assert_eq!(decode(&GUIDE, &resigned(&wrong)), Err(ShareError::Answers));
    assert_eq!(body.len(), 3 + n);
    // Scenario parts: missing, extra, empty, leading zero, over the limits.
    for bad in [
        ".1",
        ".1.2",
        ".1.2.3.4",
        "..1.2",
        ".01.1.1",
        ".zzzzzzzzz.1.1",
    ] {
        assert_eq!(
            decode(&GUIDE, &resigned(&format!("{body}{bad}"))),
            Err(ShareError::Scenario),
            "{bad}"
        );
    }
    let base36 = |mut n: u64| {
        let mut s = String::new();
        loop {
            s.insert(
                0,
                char::from(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]),
            );
            n /= 36;
            if n == 0 {
                break s;
            }
        }
    };
    let over = |r, h, w| resigned(&format!("{body}.{}.{}.{}", base36(r), base36(h), base36(w)));
    assert!(
        decode(
            &GUIDE,
            &over(MAX_RATE * 100, MAX_HOURS * 100, MAX_WEEKS * 100)
        )
        .is_ok()
    );
    assert_eq!(
        decode(&GUIDE, &over(MAX_RATE * 100 + 1, 0, 0)),
        Err(ShareError::Scenario)
    );
    assert_eq!(
        decode(&GUIDE, &over(0, MAX_HOURS * 100 + 1, 0)),
        Err(ShareError::Scenario)
    );
    assert_eq!(
        decode(&GUIDE, &over(0, 0, MAX_WEEKS * 100 + 1)),
        Err(ShareError::Scenario)
    );
}

#[test]
fn a_code_made_for_other_questions_is_refused() {
    let parts = skillpath::content::PARTS.clone();
    let mut questions = parts.questions.to_vec();
    questions.swap(0, 1);
    let other = Guide::from_checked_parts(GuideParts {
        questions: Cow::Owned(questions),
        ..parts
    });
    let picks = vec![0; other.questions().len()];
    let theirs = encode(&other, &choices(&picks), None).unwrap();
    assert_eq!(decode(&GUIDE, &theirs), Err(ShareError::OtherGuide));
}

/// The guide's first edition (fourteen questions), as it was shipped.
fn first_edition() -> Guide {
    let QuestionsFile { questions } =
        serde_json::from_str(include_str!("fixtures/questions-first-edition.json")).unwrap();
    Guide::from_checked_parts(GuideParts {
        questions: Cow::Owned(questions),
        ..skillpath::content::PARTS.clone()
    })
}

#[test]
fn a_link_from_the_first_edition_says_the_guide_has_changed() {
    let old = first_edition();
    assert_eq!(old.questions().len(), 14);
    assert_eq!(RETIRED[0], fingerprint(&old));
    // A link a reader of the first edition shared: every answer, a scenario.
    let theirs = encode(
        &old,
        &choices(&[0; 14]),
        Some(Values::new(3000, 2000, 4600)),
    )
    .unwrap();
    assert_eq!(decode(&GUIDE, &theirs), Err(ShareError::OldGuide));
    assert_eq!(
        ShareError::OldGuide.to_string(),
        "The shared link was made with an earlier edition of the guide, whose questions have changed since, so its result cannot be shown again."
    );
}

#[test]
fn the_shipped_guide_has_a_fingerprint_of_its_own() {
    assert!(!RETIRED.contains(&fingerprint(&GUIDE)));
    // And links it makes open as they were made.
    let mine = code(None);
    assert!(decode(&GUIDE, &mine).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn encode_then_decode_gives_back_the_answers_and_scenario(picks in any_picks(), values in any_values()) {
        let code = encode(&GUIDE, &choices(&picks), values).unwrap();
        prop_assert!(code.len() <= MAX_LEN);
        prop_assert_eq!(decode(&GUIDE, &code), Ok(Shared { answers: picks, values }));
    }

    #[test]
    fn changing_any_one_character_is_noticed(picks in any_picks(), values in any_values(), at in any::<prop::sample::Index>(), to in 0usize..37) {
        let code = encode(&GUIDE, &choices(&picks), values).unwrap();
        let i = at.index(code.len() - 1); // a body character
        let symbol = b"0123456789abcdefghijklmnopqrstuvwxyz."[to];
        prop_assume!(code.as_bytes()[i] != symbol);
        let mut bytes = code.into_bytes();
        bytes[i] = symbol;
        prop_assert!(decode(&GUIDE, std::str::from_utf8(&bytes).unwrap()).is_err());
    }

    #[test]
    fn decoding_never_panics(text in ".{0,40}") {
        let _ = decode(&GUIDE, &text);
    }

    #[test]
    fn decoding_code_like_text_never_panics(text in "[0-9a-z._]{0,40}") {
        if let Ok(shared) = decode(&GUIDE, &text) {
            prop_assert_eq!(shared.answers.len(), GUIDE.questions().len());
        }
    }
}
