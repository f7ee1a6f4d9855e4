//! The calculator's state and locale formatting: scenarios, last-valid values,
//! the inverse, chart axes, and amounts written the way a locale writes them.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::money;

use proptest::prelude::*;
use rstest::rstest;
use skillpath::domain::guide::{Outcome, RateBand};
use skillpath::domain::income::SolveError;
use skillpath::domain::income::{MAX_SCENARIOS, NameError, Values, check_name, outcome_values};
use skillpath::domain::number::{Cents, DecimalMark, Field, Hundredths, InputError, MAX_TARGET};
use skillpath::domain::number::{Currency, CurrencyError, MoneyFormat, quantity};
use skillpath::state::calculator::{CalcAction, Calculator};

fn german() -> MoneyFormat {
    MoneyFormat {
        currency: Currency::parse("EUR").unwrap(),
        prefix: String::new(),
        suffix: "\u{a0}€".into(),
        group: ".".into(),
        mark: DecimalMark::Comma,
        ..MoneyFormat::default()
    }
}

fn indian() -> MoneyFormat {
    MoneyFormat {
        currency: Currency::parse("INR").unwrap(),
        prefix: "₹".into(),
        secondary: 2,
        ..MoneyFormat::default()
    }
}

fn yen() -> MoneyFormat {
    MoneyFormat {
        currency: Currency::parse("JPY").unwrap(),
        prefix: "¥".into(),
        decimals: 0,
        ..MoneyFormat::default()
    }
}

#[rstest]
#[case::seed_generalist(MoneyFormat::default(), 2_760_000, "$27,600")]
#[case::seed_specialist(MoneyFormat::default(), 2_898_000, "$28,980")]
#[case::half_up_example(MoneyFormat::default(), 2_957_063, "$29,570.63")]
#[case::small(MoneyFormat::default(), 5, "$0.05")]
#[case::zero(MoneyFormat::default(), 0, "$0")]
#[case::millions(MoneyFormat::default(), 87_360_000_000, "$873,600,000")]
#[case::german(german(), 2_760_000, "27.600\u{a0}€")]
#[case::german_small(german(), 99_999, "999,99\u{a0}€")]
#[case::indian_lakh(indian(), 123_456_789, "₹12,34,567.89")]
#[case::indian_crore(indian(), 1_234_567_800, "₹1,23,45,678")]
#[case::yen_rounds_half_up(yen(), 2_957_050, "¥29,571")]
#[case::yen_rounds_down(yen(), 2_957_049, "¥29,570")]
fn money_is_written_in_the_locale(
    #[case] format: MoneyFormat,
    #[case] cents: u64,
    #[case] expected: &str,
) {
    assert_eq!(format.money(Cents(cents)), expected);
}

#[test]
fn three_decimal_currencies_pad_the_exact_cents() {
    let dinar = MoneyFormat {
        decimals: 3,
        ..MoneyFormat::default()
    };
    assert_eq!(dinar.amount(Cents(123_456)), "1,234.560");
}

#[test]
fn no_grouping_when_the_locale_has_none() {
    let plain = MoneyFormat {
        primary: 0,
        ..MoneyFormat::default()
    };
    assert_eq!(plain.amount(Cents(2_760_000)), "27600.00");
}

#[test]
fn differences_carry_a_sign() {
    let f = MoneyFormat::default();
    assert_eq!(f.difference(Cents(2_760_000), Cents(2_898_000)), "+$1,380");
    assert_eq!(
        f.difference(Cents(2_898_000), Cents(2_760_000)),
        "\u{2212}$1,380"
    );
    assert_eq!(f.difference(Cents(5), Cents(5)), "+$0");
    assert_eq!(
        f.difference(Cents(0), Cents(150)),
        "+$1.50",
        "cents show when they matter"
    );
}

#[rstest]
#[case::whole(MoneyFormat::default(), 2_760_000, "$27,600.00")]
#[case::cents(MoneyFormat::default(), 2_957_063, "$29,570.63")]
#[case::german(german(), 2_760_000, "27.600,00\u{a0}€")]
#[case::yen(yen(), 2_957_050, "¥29,571")]
fn exact_amounts_keep_every_decimal(
    #[case] format: MoneyFormat,
    #[case] cents: u64,
    #[case] expected: &str,
) {
    assert_eq!(format.exact(Cents(cents)), expected);
}

#[rstest]
#[case("usd", "USD")]
#[case(" eur ", "EUR")]
#[case("JPY", "JPY")]
fn currency_codes_are_read_case_blind(#[case] input: &str, #[case] code: &str) {
    assert_eq!(Currency::parse(input).unwrap().code(), code);
}

#[rstest]
#[case("")]
#[case("US")]
#[case("USDX")]
#[case("U$D")]
#[case("€UR")]
#[case("12A")]
fn bad_currency_codes_are_refused(#[case] input: &str) {
    assert_eq!(Currency::parse(input), Err(CurrencyError));
}

#[rstest]
#[case(3755, DecimalMark::Dot, "37.55")]
#[case(1750, DecimalMark::Dot, "17.5")]
#[case(4600, DecimalMark::Dot, "46")]
#[case(3755, DecimalMark::Comma, "37,55")]
#[case(5, DecimalMark::Comma, "0,05")]
fn quantities_are_written_for_input_fields(
    #[case] hundredths: u64,
    #[case] mark: DecimalMark,
    #[case] text: &str,
) {
    assert_eq!(quantity(Hundredths::new(hundredths), mark), text);
}

proptest! {
    #[test]
    fn a_quantity_reads_back_as_itself(v in 0u64..=16_800, comma in any::<bool>()) {
        let mark = if comma { DecimalMark::Comma } else { DecimalMark::Dot };
        let text = quantity(Hundredths::new(v), mark);
        prop_assert_eq!(Hundredths::parse(&text, Field::Hours, mark), Ok(Hundredths::new(v)));
    }

    /// Whatever is typed, the results come from the last accepted values and
    /// nothing panics.
    #[test]
    fn bad_text_never_replaces_the_last_valid_value(texts in prop::collection::vec("\\PC{0,12}", 1..20)) {
        let mut calc = Calculator::new(money(DecimalMark::Dot));
        let id = calc.selected().id;
        let mut expected = calc.selected().values().rate;
        for text in texts {
            let parsed = Hundredths::parse(&text, Field::Rate, DecimalMark::Dot);
            calc.apply(CalcAction::Edit { id, field: Field::Rate, text: text.clone() });
            if let Ok(v) = parsed { expected = v; }
            prop_assert_eq!(calc.selected().rate.value, expected);
            prop_assert_eq!(&calc.selected().rate.text, &text);
            prop_assert_eq!(calc.selected().rate.error, parsed.err());
        }
    }
}

#[test]
fn starts_with_the_seed_examples_and_my_plan_selected() {
    let calc = Calculator::new(money(DecimalMark::Dot));
    let names: Vec<_> = calc
        .scenarios()
        .iter()
        .map(|s| s.name.value.as_str())
        .collect();
    assert_eq!(names, ["Generalist", "Specialist", "My plan"]);
    let annual: Vec<_> = calc.scenarios().iter().map(|s| s.income().annual).collect();
    assert_eq!(
        annual,
        [Cents(2_760_000), Cents(2_898_000), Cents(3_220_000)]
    );
    assert_eq!(calc.selected().name.value, "My plan");
    assert_eq!(calc.selected().rate.text, "35");
}

fn edit(calc: &mut Calculator, field: Field, text: &str) {
    let id = calc.selected().id;
    calc.apply(CalcAction::Edit {
        id,
        field,
        text: text.into(),
    });
}

#[test]
fn typing_the_half_up_example_gives_its_exact_figure() {
    let mut calc = Calculator::new(money(DecimalMark::Dot));
    edit(&mut calc, Field::Rate, "37.55");
    edit(&mut calc, Field::Hours, "17.5");
    edit(&mut calc, Field::Weeks, "45");
    assert_eq!(calc.selected().income().annual, Cents(2_957_063));
    assert!(!calc.selected().has_errors());
}

#[rstest]
#[case::dash("-", InputError::Negative)]
#[case::letters("abc", InputError::NotANumber(DecimalMark::Dot))]
#[case::nan("NaN", InputError::NotANumber(DecimalMark::Dot))]
#[case::hours_above_a_week("169", InputError::TooLarge(Field::Hours))]
fn a_bad_field_keeps_the_last_result(#[case] text: &str, #[case] error: InputError) {
    let mut calc = Calculator::new(money(DecimalMark::Dot));
    let before = calc.selected().income();
    edit(&mut calc, Field::Hours, text);
    assert_eq!(calc.selected().hours.error, Some(error));
    assert_eq!(calc.selected().hours.text, text, "what was typed stays");
    assert_eq!(calc.selected().income(), before);
    assert!(calc.selected().has_errors());
    edit(&mut calc, Field::Hours, "25");
    assert_eq!(calc.selected().hours.error, None);
    assert_eq!(calc.selected().income().annual, Cents(4_025_000));
}

#[test]
fn comma_locales_read_and_rewrite_with_a_comma() {
    let mut calc = Calculator::new(money(DecimalMark::Comma));
    edit(&mut calc, Field::Rate, "37,55");
    assert_eq!(calc.selected().rate.value, Hundredths::new(3755));
    edit(&mut calc, Field::Rate, "1.000,50");
    assert_eq!(
        calc.selected().rate.error,
        Some(InputError::Grouping(DecimalMark::Comma))
    );
    edit(&mut calc, Field::Hours, "17.5");
    assert_eq!(
        calc.selected().hours.error,
        Some(InputError::WrongDecimalMark(DecimalMark::Comma))
    );
    assert_eq!(
        calc.selected().hours.text,
        "17.5",
        "a bad text is kept as typed"
    );
}

#[test]
fn add_rename_duplicate_remove_and_select() {
    let mut calc = Calculator::new(money(DecimalMark::Dot));
    calc.apply(CalcAction::Add(Values::new(4000, 1000, 4800)));
    let added = calc.selected().clone();
    assert_eq!(added.name.value, "Scenario 4");
    assert_eq!(added.income().annual, Cents(1_920_000));
    assert_eq!(calc.scenarios().len(), 4);

    calc.apply(CalcAction::Rename {
        id: added.id,
        text: "  Weekend work ".into(),
    });
    assert_eq!(calc.selected().name.value, "Weekend work");
    calc.apply(CalcAction::Rename {
        id: added.id,
        text: "   ".into(),
    });
    assert_eq!(calc.selected().name.error, Some(NameError::Empty));
    assert_eq!(
        calc.selected().name.value,
        "Weekend work",
        "the last valid name stays"
    );

    calc.apply(CalcAction::Duplicate(added.id));
    assert_eq!(calc.selected().name.value, "Weekend work (copy)");
    assert_eq!(
        calc.scenarios()[4].id,
        calc.selected().id,
        "placed after it"
    );
    assert_eq!(calc.selected().values(), added.values());

    calc.apply(CalcAction::Select(1));
    assert_eq!(calc.selected().name.value, "Generalist");
    calc.apply(CalcAction::Remove(1));
    assert_eq!(
        calc.selected().name.value,
        "Specialist",
        "the next one is selected"
    );
    assert_eq!(calc.scenarios().len(), 4);
}

#[test]
fn scenarios_are_capped_and_one_always_stays() {
    let mut calc = Calculator::new(money(DecimalMark::Dot));
    for _ in 0..10 {
        calc.apply(CalcAction::Add(Values::new(100, 100, 100)));
    }
    assert_eq!(calc.scenarios().len(), MAX_SCENARIOS);
    assert!(!calc.can_add());
    let id = calc.selected().id;
    calc.apply(CalcAction::Duplicate(id));
    assert_eq!(calc.scenarios().len(), MAX_SCENARIOS);
    let ids: Vec<u32> = calc.scenarios().iter().map(|s| s.id).collect();
    for id in ids {
        calc.apply(CalcAction::Remove(id));
    }
    assert_eq!(calc.scenarios().len(), 1);
    assert!(!calc.can_remove());
    let names: std::collections::HashSet<_> = calc.scenarios().iter().map(|s| s.id).collect();
    assert_eq!(names.len(), 1);
}

#[test]
fn names_are_checked() {
    assert_eq!(check_name(" Plan B "), Ok("Plan B".into()));
    assert_eq!(check_name(""), Err(NameError::Empty));
    assert_eq!(check_name(&"é".repeat(40)), Ok("é".repeat(40)));
    assert_eq!(check_name(&"é".repeat(41)), Err(NameError::TooLong));
    assert_eq!(check_name("Plan\tB"), Err(NameError::Control));
    assert_eq!(check_name("Plan\u{0}"), Err(NameError::Control));
    assert_eq!(
        check_name("\u{202e}Plan 👩\u{200d}💻"),
        Ok("\u{202e}Plan 👩\u{200d}💻".into())
    );
    assert_eq!(
        NameError::TooLong.to_string(),
        "Keep the name to 40 characters or fewer."
    );
}

#[test]
fn duplicating_a_long_name_stays_within_the_limit() {
    let mut calc = Calculator::new(money(DecimalMark::Dot));
    let id = calc.selected().id;
    calc.apply(CalcAction::Rename {
        id,
        text: "x".repeat(40),
    });
    calc.apply(CalcAction::Duplicate(id));
    let name = &calc.selected().name.value;
    assert_eq!(name.chars().count(), 40);
    assert!(name.ends_with(" (copy)"));
}

#[test]
fn the_inverse_uses_the_selected_scenario_and_can_be_applied() {
    let mut calc = Calculator::new(money(DecimalMark::Dot));
    assert!(!calc.has_target(), "no target until the reader sets one");
    assert_eq!(calc.solution(), Err(SolveError::NoTarget));
    calc.apply(CalcAction::Target("40000".into()));
    // My plan: 35 × 20 × 46; a 40,000 target at 20 h × 46 w needs 43.478…/h.
    let solved = calc.solution().unwrap();
    assert_eq!(solved.ceil_hundredths(), Hundredths::new(4348));
    calc.apply(CalcAction::UseSolution);
    assert_eq!(calc.selected().rate.text, "43.48");
    assert!(calc.selected().income().annual >= Cents(4_000_000));

    calc.apply(CalcAction::SolveFor(Field::Hours));
    calc.apply(CalcAction::Target("1000000".into()));
    assert_eq!(
        calc.solution(),
        Err(SolveError::Unreachable(Field::Hours)),
        "a million a year at 43.48/h would need more than 168 hours a week"
    );
    calc.apply(CalcAction::UseSolution);
    assert_eq!(calc.selected().rate.text, "43.48", "nothing applied");
}

#[rstest]
#[case::zero("0", InputError::ZeroTarget)]
#[case::huge("873600000.01", InputError::TargetTooLarge)]
#[case::exp("1e999", InputError::NotANumber(DecimalMark::Dot))]
#[case::negative("-5", InputError::Negative)]
fn bad_targets_keep_the_last_one(#[case] text: &str, #[case] error: InputError) {
    let mut calc = Calculator::new(money(DecimalMark::Dot));
    calc.apply(CalcAction::Target("40000".into()));
    calc.apply(CalcAction::Target(text.into()));
    assert_eq!(calc.target.error, Some(error));
    assert_eq!(calc.target.value, Cents(4_000_000));
}

#[test]
fn emptying_the_target_takes_it_away() {
    let mut calc = Calculator::new(money(DecimalMark::Dot));
    calc.apply(CalcAction::Target("40000".into()));
    assert!(calc.has_target());
    calc.apply(CalcAction::Target("  ".into()));
    assert_eq!(calc.target.error, None, "an empty target is not a mistake");
    assert!(!calc.has_target());
    assert_eq!(calc.solution(), Err(SolveError::NoTarget));
}

#[test]
fn the_largest_target_is_exactly_reachable() {
    assert_eq!(
        Cents::parse_target("873600000", DecimalMark::Dot),
        Ok(Cents(MAX_TARGET * 100))
    );
}

fn band(min: u32, max: u32) -> RateBand {
    RateBand {
        min,
        max,
        note: "".into(),
    }
}

#[rstest]
#[case::generalist(Outcome::Generalist, band(25, 40), Values::new(3000, 2000, 4600))]
#[case::specialist(Outcome::Specialist, band(35, 45), Values::new(4200, 1500, 4600))]
#[case::t_shaped(Outcome::TShaped, band(32, 42), Values::new(3700, 2000, 4600))]
#[case::pi_shaped(Outcome::PiShaped, band(25, 45), Values::new(3500, 2000, 4600))]
#[case::odd_band(Outcome::CombShaped, band(25, 40), Values::new(3250, 2000, 4600))]
fn each_outcome_has_a_matching_preset(
    #[case] outcome: Outcome,
    #[case] band: RateBand,
    #[case] values: Values,
) {
    assert_eq!(outcome_values(outcome, &band), values);
}

#[test]
fn restoring_a_scenario_fills_the_one_of_that_name_or_adds_it() {
    let mut calc = Calculator::new(money(DecimalMark::Dot));
    calc.apply(CalcAction::Restore {
        name: " Specialist ".into(),
        values: Values::new(5000, 1000, 4000),
    });
    assert_eq!(calc.scenarios().len(), 3);
    assert_eq!(calc.selected().name.value, "Specialist");
    assert_eq!(calc.selected().values(), Values::new(5000, 1000, 4000));
    calc.apply(CalcAction::Restore {
        name: "Imported plan".into(),
        values: Values::new(4200, 1500, 4600),
    });
    assert_eq!(calc.scenarios().len(), 4);
    assert_eq!(calc.selected().name.value, "Imported plan");
    assert_eq!(calc.selected().income().annual, Cents(2_898_000));
    // A name the calculator would refuse changes nothing.
    let before = calc.clone();
    calc.apply(CalcAction::Restore {
        name: "   ".into(),
        values: Values::new(1, 1, 1),
    });
    assert_eq!(calc, before);
    // Full: the selected scenario takes the name and values.
    for _ in 0..5 {
        calc.apply(CalcAction::Add(Values::new(100, 100, 100)));
    }
    let id = calc.selected().id;
    calc.apply(CalcAction::Restore {
        name: "Seventh".into(),
        values: Values::new(200, 200, 200),
    });
    assert_eq!(calc.scenarios().len(), 6);
    assert_eq!(calc.selected().id, id);
    assert_eq!(calc.selected().name.value, "Seventh");
}
