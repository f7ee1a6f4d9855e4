//! Native tests of the income maths: exact figures, rounding, limits, parsing, the inverse.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rstest::rstest;
use skillpath::domain::income::{SolveError, Solved, income, solve};
use skillpath::domain::number::{Cents, DecimalMark, Field, Hundredths, InputError};

fn h(v: u64) -> Hundredths {
    Hundredths::new(v)
}

/// The annual income a solved value gives back with the two others, in exact
/// cents rounded half up: how the tests check an inverse.
fn annual_with(solved: Solved, a: Hundredths, b: Hundredths) -> Cents {
    // solved is in billionths of a unit, a and b in hundredths: the product
    // outgrows a u64, so this divides in 128 bits.
    let exact = u128::from(solved.nanos()) * u128::from(a.get()) * u128::from(b.get());
    let scale = u128::from(Solved::SCALE) / 100 * 10_000;
    Cents(u64::try_from((exact + scale / 2) / scale).unwrap_or(u64::MAX))
}

#[rstest]
#[case::generalist_seed(3000, 2000, 4600, 2_760_000)]
#[case::specialist_seed(4200, 1500, 4600, 2_898_000)]
#[case::rounds_half_up(3755, 1750, 4500, 2_957_063)] // 29,570.625 → 29,570.63
#[case::tenths_no_float_artefact(10, 20, 100, 2)] // 0.1 × 0.2 × 1 = 0.02
#[case::zero_rate(0, 4000, 5200, 0)]
#[case::everything_at_its_limit(10_000_000, 16_800, 5_200, 87_360_000_000)]
fn annual_income_is_exact(#[case] r: u64, #[case] hours: u64, #[case] w: u64, #[case] cents: u64) {
    assert_eq!(income(h(r), h(hours), h(w)).annual, Cents(cents));
}

#[test]
fn weekly_and_monthly_beside_the_annual_figure() {
    let i = income(h(3000), h(2000), h(4600));
    assert_eq!(i.weekly, Cents(60_000)); // 30 × 20 = 600.00
    assert_eq!(i.monthly, Cents(230_000)); // 27,600 / 12 = 2,300.00
    let odd = income(h(3755), h(1750), h(4500));
    assert_eq!(odd.weekly, Cents(65_713)); // 657.125 → 657.13
    assert_eq!(odd.monthly, Cents(246_422)); // 2,464.21875 → 2,464.22
}

#[rstest]
#[case::whole("42", Field::Rate, DecimalMark::Dot, 4200)]
#[case::two_decimals("37.55", Field::Rate, DecimalMark::Dot, 3755)]
#[case::one_decimal("17.5", Field::Hours, DecimalMark::Dot, 1750)]
#[case::leading_mark(".5", Field::Hours, DecimalMark::Dot, 50)]
#[case::trailing_mark("5.", Field::Hours, DecimalMark::Dot, 500)]
#[case::spaces_around("  46 ", Field::Weeks, DecimalMark::Dot, 4600)]
#[case::leading_zeros("007", Field::Weeks, DecimalMark::Dot, 700)]
#[case::comma_locale("1,5", Field::Hours, DecimalMark::Comma, 150)]
#[case::hours_limit("168", Field::Hours, DecimalMark::Dot, 16_800)]
#[case::weeks_limit("52", Field::Weeks, DecimalMark::Dot, 5_200)]
#[case::rate_limit("100000", Field::Rate, DecimalMark::Dot, 10_000_000)]
#[case::arabic_indic("٣٥", Field::Rate, DecimalMark::Dot, 3500)]
#[case::arabic_decimal("١٢٫٥", Field::Hours, DecimalMark::Dot, 1250)]
#[case::arabic_decimal_comma_locale("١٢٫٥", Field::Hours, DecimalMark::Comma, 1250)]
#[case::extended_arabic_indic("۴۶", Field::Weeks, DecimalMark::Dot, 4600)]
#[case::arabic_digits_ascii_mark("٣٧.٥٥", Field::Rate, DecimalMark::Dot, 3755)]
fn accepted_inputs(
    #[case] input: &str,
    #[case] field: Field,
    #[case] mark: DecimalMark,
    #[case] hundredths: u64,
) {
    assert_eq!(Hundredths::parse(input, field, mark), Ok(h(hundredths)));
}

#[rstest]
#[case::empty("", DecimalMark::Dot, InputError::Empty)]
#[case::blank("   ", DecimalMark::Dot, InputError::Empty)]
#[case::minus("-", DecimalMark::Dot, InputError::Negative)]
#[case::negative("-5", DecimalMark::Dot, InputError::Negative)]
#[case::letters("abc", DecimalMark::Dot, InputError::NotANumber(DecimalMark::Dot))]
#[case::nan("NaN", DecimalMark::Dot, InputError::NotANumber(DecimalMark::Dot))]
#[case::inf("inf", DecimalMark::Dot, InputError::NotANumber(DecimalMark::Dot))]
#[case::exponent("1e999", DecimalMark::Dot, InputError::NotANumber(DecimalMark::Dot))]
#[case::hex("0x10", DecimalMark::Dot, InputError::NotANumber(DecimalMark::Dot))]
#[case::plus("+5", DecimalMark::Dot, InputError::NotANumber(DecimalMark::Dot))]
#[case::lone_mark(".", DecimalMark::Dot, InputError::NotANumber(DecimalMark::Dot))]
#[case::comma_in_dot_locale(
    "1,5",
    DecimalMark::Dot,
    InputError::WrongDecimalMark(DecimalMark::Dot)
)]
#[case::dot_in_comma_locale(
    "1.5",
    DecimalMark::Comma,
    InputError::WrongDecimalMark(DecimalMark::Comma)
)]
#[case::grouped_comma_locale(
    "1.000,50",
    DecimalMark::Comma,
    InputError::Grouping(DecimalMark::Comma)
)]
#[case::grouped_dot_locale("1,000.50", DecimalMark::Dot, InputError::Grouping(DecimalMark::Dot))]
#[case::grouped_space("1 000", DecimalMark::Dot, InputError::Grouping(DecimalMark::Dot))]
#[case::two_marks("1.2.3", DecimalMark::Dot, InputError::Grouping(DecimalMark::Dot))]
#[case::three_decimals("1.234", DecimalMark::Dot, InputError::TooManyDecimals)]
#[case::huge(
    "99999999999999999999",
    DecimalMark::Dot,
    InputError::TooLarge(Field::Rate)
)]
#[case::absurd_rate("100000.01", DecimalMark::Dot, InputError::TooLarge(Field::Rate))]
#[case::arabic_thousands_as_ascii_comma(
    "١٬٠٠٠",
    DecimalMark::Dot,
    InputError::WrongDecimalMark(DecimalMark::Dot)
)]
#[case::arabic_three_decimals("١٫٢٣٤", DecimalMark::Dot, InputError::TooManyDecimals)]
#[case::devanagari("३५", DecimalMark::Dot, InputError::NotANumber(DecimalMark::Dot))]
#[case::fullwidth("３５", DecimalMark::Dot, InputError::NotANumber(DecimalMark::Dot))]
fn rejected_rate_inputs(
    #[case] input: &str,
    #[case] mark: DecimalMark,
    #[case] expected: InputError,
) {
    assert_eq!(Hundredths::parse(input, Field::Rate, mark), Err(expected));
}

#[rstest]
#[case::hours(Field::Hours, "168.01", "A week has at most 168 hours.")]
#[case::weeks(Field::Weeks, "53", "A year has at most 52 working weeks here.")]
fn limits_name_the_field(#[case] field: Field, #[case] input: &str, #[case] message: &str) {
    let err = Hundredths::parse(input, field, DecimalMark::Dot).unwrap_err();
    assert_eq!(err, InputError::TooLarge(field));
    assert_eq!(err.to_string(), message);
}

#[test]
fn messages_use_the_locale_decimal_mark() {
    assert_eq!(
        InputError::WrongDecimalMark(DecimalMark::Comma).to_string(),
        "Use \",\" for decimals here, for example 37,50."
    );
    assert_eq!(
        InputError::Grouping(DecimalMark::Dot).to_string(),
        "Leave out thousands separators: type 1000.50, not 1 000.50."
    );
}

#[test]
fn the_inverse_solves_each_unknown() {
    // 27,600 a year at 20 h × 46 weeks needs exactly 30 an hour.
    let rate = solve(Cents(2_760_000), Field::Rate, h(2000), h(4600)).unwrap();
    assert_eq!(rate.ceil_hundredths(), h(3000));
    // 28,980 at 42 an hour × 46 weeks needs 15 hours.
    let hours = solve(Cents(2_898_000), Field::Hours, h(4200), h(4600)).unwrap();
    assert_eq!(hours.ceil_hundredths(), h(1500));
    // 30,000 at 30 an hour × 20 hours needs 50 weeks.
    let weeks = solve(Cents(3_000_000), Field::Weeks, h(3000), h(2000)).unwrap();
    assert_eq!(weeks.ceil_hundredths(), h(5000));
    // 50,000 at 20 h × 46 w needs 54.347826…/h, shown rounded up as 54.35.
    let odd = solve(Cents(5_000_000), Field::Rate, h(2000), h(4600)).unwrap();
    assert_eq!(odd.ceil_hundredths(), h(5435));
}

#[rstest]
#[case::hours_beyond_a_week(Field::Hours)]
#[case::weeks_beyond_a_year(Field::Weeks)]
fn unreachable_targets_are_said_plainly(#[case] unknown: Field) {
    // At 30 an hour and 40 (hours or weeks), a million a year is out of reach.
    let err = solve(Cents(100_000_000), unknown, h(3000), h(4000)).unwrap_err();
    assert_eq!(err, SolveError::Unreachable(unknown));
    assert!(err.to_string().contains("cannot be reached"));
}

#[test]
fn a_zero_factor_cannot_reach_a_positive_target() {
    assert_eq!(
        solve(Cents(100), Field::Rate, h(0), h(4600)),
        Err(SolveError::ZeroFactor)
    );
    assert_eq!(
        solve(Cents(0), Field::Rate, h(0), h(4600)).map(skillpath::domain::income::Solved::nanos),
        Ok(0)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    #[test]
    fn annual_is_exactly_r_h_w(r in 0u64..=10_000_000, hours in 0u64..=16_800, w in 0u64..=5_200) {
        // Exact rational: r cents × (hours/100) × (w/100), rounded half up.
        let exact = u128::from(r) * u128::from(hours) * u128::from(w);
        let expected = (exact + 5_000) / 10_000;
        prop_assert_eq!(u128::from(income(h(r), h(hours), h(w)).annual.0), expected);
    }

    #[test]
    fn solving_then_multiplying_back_gives_the_target_within_a_cent(
        target in 1u64..=5_000_000_000, a in 1u64..=16_800, b in 1u64..=5_200,
    ) {
        if let Ok(rate) = solve(Cents(target), Field::Rate, h(a), h(b)) {
            let back = annual_with(rate, h(a), h(b)).0;
            prop_assert!(back.abs_diff(target) <= 1, "target {} back {}", target, back);
        }
        if let Ok(hours) = solve(Cents(target), Field::Hours, h(a.min(10_000_000)), h(b)) {
            let back = annual_with(hours, h(a), h(b)).0;
            prop_assert!(back.abs_diff(target) <= 1, "target {} back {}", target, back);
        }
    }

    #[test]
    fn parsing_never_panics_and_accepts_only_what_it_can_print_back(s in "\\PC{0,24}") {
        if let Ok(v) = Hundredths::parse(&s, Field::Rate, DecimalMark::Dot) {
            prop_assert!(v.get() <= 10_000_000);
            let printed = format!("{}.{:02}", v.get() / 100, v.get() % 100);
            prop_assert_eq!(Hundredths::parse(&printed, Field::Rate, DecimalMark::Dot), Ok(v));
        }
    }
}

#[test]
fn presets_reproduce_the_seed_examples() {
    let figures: Vec<u64> = skillpath::domain::income::PRESETS
        .iter()
        .map(|p| income(p.rate, p.hours, p.weeks).annual.0)
        .collect();
    assert_eq!(figures, vec![2_760_000, 2_898_000]);
}

#[rstest]
#[case::below(2499, skillpath::domain::income::BandPosition::Below)]
#[case::lower_edge(2500, skillpath::domain::income::BandPosition::Within)]
#[case::upper_edge(4500, skillpath::domain::income::BandPosition::Within)]
#[case::above(4501, skillpath::domain::income::BandPosition::Above)]
fn rates_are_placed_against_the_overall_band(
    #[case] rate: u64,
    #[case] expected: skillpath::domain::income::BandPosition,
) {
    assert_eq!(skillpath::domain::income::band_position(h(rate)), expected);
}
