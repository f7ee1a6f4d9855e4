//! Reading a profile file back: each part of the serde types in
//! [`crate::domain::profile::file`] checked into domain values, every refusal
//! naming the field's path.

use super::{Document, GuideSnapshot, IncomeSnapshot};
use crate::domain::guide::{Dimensions, Outcome};
use crate::domain::income::{MAX_NAME, Values};
use crate::domain::number::{Currency, Field, Hundredths, MAX_HOURS, MAX_TARGET};
use crate::domain::profile::file::{
    Amount, GuidePart, IncomePart, NumberError, Object, ProfileFile, SamplePart,
};
use crate::domain::profile::import::{ImportError, Why, invalid};
use crate::domain::profile::{
    MAX_HEADLINE, MAX_ITEM, MAX_ITEMS, MAX_LINK, MAX_SAMPLES, MAX_TIMEZONE, MAX_TITLE, Profile,
    SampleKind, WorkSample, check_count, check_item, check_link, check_text,
};

/// The field at `path` is a single line of at most `max` characters.
fn line(path: &str, text: String, max: usize, required: bool) -> Result<String, ImportError> {
    check_text(&text, max, required).map_err(|rule| invalid(path, Why::Rule(rule)))?;
    Ok(text)
}

/// The amount at `path`, in hundredths, from 0 to `max` whole units.
fn amount(path: &str, n: &Amount, max: u64) -> Result<u64, ImportError> {
    n.hundredths(max.saturating_mul(100))
        .map_err(|e| match e {
            NumberError::TooPrecise => Why::Precision,
            NumberError::Negative | NumberError::TooLarge => Why::Range(max),
        })
        .map_err(|why| invalid(path, why))
}

/// The whole number at `path`, from 0 to `max`.
fn whole(path: &str, n: &Amount, max: u8) -> Result<u8, ImportError> {
    let n = amount(path, n, max.into())?;
    if n % 100 == 0 {
        Ok(u8::try_from(n / 100).unwrap_or(max))
    } else {
        Err(invalid(path, Why::NotWhole))
    }
}

fn list(key: &str, items: Vec<String>) -> Result<Vec<String>, ImportError> {
    check_count(items.len(), MAX_ITEMS).map_err(|rule| invalid(key, Why::Rule(rule)))?;
    let mut out: Vec<String> = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let path = format!("{key}[{i}]");
        let item = line(&path, item, MAX_ITEM, true)?;
        check_item(&item, &out).map_err(|rule| invalid(&path, Why::Rule(rule)))?;
        out.push(item);
    }
    Ok(out)
}

fn samples(parts: Vec<Object<SamplePart>>) -> Result<Vec<WorkSample>, ImportError> {
    check_count(parts.len(), MAX_SAMPLES)
        .map_err(|rule| invalid("work_samples", Why::Rule(rule)))?;
    parts
        .into_iter()
        .enumerate()
        .map(|(i, Object(part))| {
            let at = |field: &str| format!("work_samples[{i}].{field}");
            let title = line(&at("title"), part.title, MAX_TITLE, true)?;
            let kind = SampleKind::from_id(&part.kind)
                .ok_or_else(|| invalid(at("type"), Why::NotASampleKind))?;
            let link = line(&at("link"), part.link.unwrap_or_default(), MAX_LINK, false)?;
            check_link(&link).map_err(|rule| invalid(at("link"), Why::Rule(rule)))?;
            Ok(WorkSample { title, kind, link })
        })
        .collect()
}

impl TryFrom<GuidePart> for GuideSnapshot {
    type Error = ImportError;

    fn try_from(part: GuidePart) -> Result<Self, ImportError> {
        let outcome = Outcome::ALL
            .into_iter()
            .find(|o| o.id() == part.outcome)
            .ok_or_else(|| invalid("guide.outcome", Why::NotAnOutcome))?;
        let scores = part.scores.0;
        let dimensions = Dimensions {
            breadth: whole("guide.scores.breadth", &scores.breadth, 100)?,
            depth: whole("guide.scores.depth", &scores.depth, 100)?,
            pillars: whole("guide.scores.pillars", &scores.pillars, 3)?,
            // A file from before the guide asked about it: the guide scores
            // the answers again when they are put back, so nothing reads this 0.
            fields: match &scores.fields {
                Some(n) => whole("guide.scores.fields", n, 100)?,
                None => 0,
            },
        };
        let near = part.closeness.0;
        let mut closeness = [0; 5];
        let given = [
            &near.generalist,
            &near.specialist,
            &near.t_shaped,
            &near.pi_shaped,
            &near.comb_shaped,
        ];
        for ((slot, outcome), n) in closeness.iter_mut().zip(Outcome::ALL).zip(given) {
            *slot = whole(&format!("guide.closeness.{}", outcome.id()), n, 100)?;
        }
        let answers = part
            .answers
            .0
            .into_iter()
            .map(|(question, choice)| {
                let path = format!("guide.answers.{question}");
                check_text(&question, MAX_ITEM, true)
                    .map_err(|rule| invalid(&path, Why::Rule(rule)))?;
                Ok((question, line(&path, choice, MAX_ITEM, true)?))
            })
            .collect::<Result<_, ImportError>>()?;
        Ok(GuideSnapshot {
            outcome,
            dimensions,
            closeness,
            answers,
        })
    }
}

impl TryFrom<IncomePart> for IncomeSnapshot {
    type Error = ImportError;

    fn try_from(part: IncomePart) -> Result<Self, ImportError> {
        let scenario = line("income.scenario", part.scenario, MAX_NAME, true)?;
        let values = Values::new(
            amount("income.rate", &part.rate, Field::Rate.max())?,
            amount(
                "income.hours_per_week",
                &part.hours_per_week,
                Field::Hours.max(),
            )?,
            amount(
                "income.weeks_per_year",
                &part.weeks_per_year,
                Field::Weeks.max(),
            )?,
        );
        let annual = amount("income.annual", &part.annual, MAX_TARGET)?;
        if annual != values.income().annual.0 {
            return Err(invalid("income.annual", Why::Mismatch));
        }
        let currency = Currency::parse(&part.currency)
            .ok()
            .filter(|c| c.code() == part.currency)
            .ok_or_else(|| invalid("income.currency", Why::NotACurrency))?;
        Ok(IncomeSnapshot {
            scenario,
            values,
            currency,
        })
    }
}

impl TryFrom<ProfileFile> for Document {
    type Error = ImportError;

    /// Checks every rule the schema states, naming the field that breaks one.
    fn try_from(file: ProfileFile) -> Result<Self, ImportError> {
        let generated_at = line("generated_at", file.generated_at, 40, true)?;
        if !is_timestamp(&generated_at) {
            return Err(invalid("generated_at", Why::Timestamp));
        }
        let headline = line("headline", file.headline, MAX_HEADLINE, true)?;
        let lists = [
            list("domains", file.domains)?,
            list("strengths", file.strengths)?,
            list("credentials", file.credentials)?,
            list("tools", file.tools)?,
        ];
        let availability = file.availability.0;
        let hours = amount(
            "availability.hours_per_week",
            &availability.hours_per_week,
            MAX_HOURS,
        )?;
        let timezone = line(
            "availability.timezone",
            availability.timezone,
            MAX_TIMEZONE,
            false,
        )?;
        let samples = samples(file.work_samples)?;
        Ok(Document {
            generated_at,
            profile: Profile {
                headline,
                lists,
                hours: Hundredths::new(hours),
                timezone,
                samples,
            },
            guide: file.guide.map(|g| g.0.try_into()).transpose()?,
            income: file.income.map(|i| i.0.try_into()).transpose()?,
        })
    }
}

/// Whether `text` is a UTC date and time as browsers write it:
/// `2026-11-22T10:00:00Z`, optionally with 1–9 decimals of a second.
pub fn is_timestamp(text: &str) -> bool {
    let b = text.as_bytes();
    // The length first: the shape below indexes the first 19 bytes.
    if b.len() < 20 {
        return false;
    }
    let shape = (0..19).all(|i| match i {
        4 | 7 => b[i] == b'-',
        10 => b[i] == b'T',
        13 | 16 => b[i] == b':',
        _ => b[i].is_ascii_digit(),
    });
    if !shape || b[b.len() - 1] != b'Z' {
        return false;
    }
    let fraction = &b[19..b.len() - 1];
    fraction.is_empty()
        || (fraction[0] == b'.'
            && (2..=10).contains(&fraction.len())
            && fraction[1..].iter().all(u8::is_ascii_digit))
}
