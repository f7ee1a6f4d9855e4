//! The profile file's shape as serde types: exactly what `serde_json` writes
//! and reads, field for field, in the schema's order
//! (`www/schema/skill-profile.v1.schema.json`).
//!
//! These types hold the file as it is; [`super::document`] turns them into
//! checked domain values and back, and [`super::import`] maps serde's errors
//! onto sentences for the reader.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, MapAccess, Unexpected, Visitor, value::MapAccessDeserializer};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

/// The whole file (format version 1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileFile {
    /// Names the schema; `schema/skill-profile.v1.schema.json` or an absolute URL ending so.
    #[serde(rename = "$schema")]
    pub schema: String,
    pub version: u64,
    /// When the file was made, in UTC.
    pub generated_at: String,
    /// One line about the reader.
    pub headline: String,
    /// Fields the reader knows.
    pub domains: Vec<String>,
    /// What the reader is good at.
    pub strengths: Vec<String>,
    /// Degrees, certificates, licences.
    pub credentials: Vec<String>,
    /// Software and languages.
    pub tools: Vec<String>,
    /// Hours a week and time zone.
    pub availability: Object<AvailabilityPart>,
    /// Work to show.
    pub work_samples: Vec<Object<SamplePart>>,
    /// The guide's result, once every question is answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guide: Option<Object<GuidePart>>,
    /// The chosen income scenario.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub income: Option<Object<IncomePart>>,
}

/// `availability`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AvailabilityPart {
    /// Hours a week, 0–168.
    pub hours_per_week: Amount,
    /// As the reader writes it; may be empty.
    pub timezone: String,
}

/// One of `work_samples`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SamplePart {
    /// What it is called.
    pub title: String,
    /// `rubric`, `benchmark`, … (see [`super::SampleKind`]).
    #[serde(rename = "type")]
    pub kind: String,
    /// Where to see it; absent when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// `guide`: the scored result and the answers that led to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuidePart {
    /// The nearest outcome's id (`t-shaped`).
    pub outcome: String,
    /// Breadth, depth and depth across fields (0–100), and pillars (0–3).
    pub scores: Object<ScoresPart>,
    /// Closeness (0–100) to every outcome.
    pub closeness: Object<ClosenessPart>,
    /// Question id → choice id, in question order.
    pub answers: AnswerMap,
}

/// `guide.scores`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoresPart {
    /// 0–100.
    pub breadth: Amount,
    /// 0–100.
    pub depth: Amount,
    /// 0–3.
    pub pillars: Amount,
    /// 0–100: depth in several fields rather than one. Files written before
    /// the guide asked about it have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Amount>,
}

/// `guide.closeness`, one field per outcome in [`crate::domain::guide::Outcome::ALL`] order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "one field per outcome, named by it")]
pub struct ClosenessPart {
    pub generalist: Amount,
    pub specialist: Amount,
    #[serde(rename = "t-shaped")]
    pub t_shaped: Amount,
    #[serde(rename = "pi-shaped")]
    pub pi_shaped: Amount,
    #[serde(rename = "comb-shaped")]
    pub comb_shaped: Amount,
}

/// `income`: the chosen scenario, with its result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncomePart {
    /// The scenario's name.
    pub scenario: String,
    pub rate: Amount,
    pub hours_per_week: Amount,
    pub weeks_per_year: Amount,
    /// rate × hours × weeks, rounded half up to the cent.
    pub annual: Amount,
    /// ISO 4217 code.
    pub currency: String,
}

/// A JSON number kept as its own text, so amounts are read and written
/// exactly, with no binary floating point on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Amount(String);

/// Why a number cannot be read as hundredths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Below zero.
    Negative,
    /// Above the maximum (or absurdly large).
    TooLarge,
    /// More than two decimals.
    TooPrecise,
}

impl Amount {
    /// A number written from hundredths: 3755 → `37.55`, 1500 → `15`, 150 → `1.5`.
    pub fn from_hundredths(n: u64) -> Self {
        let (whole, cents) = (n / 100, n % 100);
        Amount(match cents {
            0 => whole.to_string(),
            c if c % 10 == 0 => format!("{whole}.{}", c / 10),
            c => format!("{whole}.{c:02}"),
        })
    }

    /// A whole number.
    pub fn whole(n: u64) -> Self {
        Amount(n.to_string())
    }

    /// The number's text, as it stands in the file.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number in hundredths, if it is 0 to `max` hundredths with at most
    /// two decimals. Any JSON spelling is read exactly: `1.5e1` is 15, `-0` is
    /// 0, `1.230` is 1.23, `1e999` is too large and `1e-3` too precise.
    ///
    /// # Errors
    /// The [`NumberError`] that applies.
    pub fn hundredths(&self, max: u64) -> Result<u64, NumberError> {
        hundredths(&self.0, max)
    }
}

/// Reads JSON number text (as `serde_json` checked it) as hundredths; see
/// [`Amount::hundredths`]. Text that is not a JSON number counts as too large.
fn hundredths(number: &str, max: u64) -> Result<u64, NumberError> {
    let (negative, body) = match number.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, number),
    };
    let (mantissa, exponent) = body.split_once(['e', 'E']).unwrap_or((body, ""));
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits = Vec::with_capacity(whole.len() + fraction.len());
    for b in whole.bytes().chain(fraction.bytes()) {
        if !b.is_ascii_digit() {
            return Err(NumberError::TooLarge);
        }
        digits.push(u64::from(b - b'0'));
    }
    if digits.iter().all(|d| *d == 0) {
        return Ok(0);
    }
    if negative {
        return Err(NumberError::Negative);
    }
    let (minus, exp_digits) = match exponent.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, exponent.trim_start_matches('+')),
    };
    // Saturating: an exponent of a million digits is as good as infinite.
    let exp = exp_digits.bytes().fold(0i64, |n, b| {
        n.saturating_mul(10)
            .saturating_add(i64::from(b.wrapping_sub(b'0')))
    });
    let exp = if minus { -exp } else { exp };
    // Index into `digits` just after the hundredths digit.
    let cut = i64::try_from(whole.len())
        .unwrap_or(i64::MAX)
        .saturating_add(exp)
        .saturating_add(2);
    if cut > 40 {
        return Err(NumberError::TooLarge);
    }
    let kept = usize::try_from(cut.max(0)).unwrap_or(0);
    if digits.iter().skip(kept).any(|d| *d != 0) {
        return Err(NumberError::TooPrecise);
    }
    let mut n: u64 = 0;
    for i in 0..kept {
        let d = digits.get(i).copied().unwrap_or(0);
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d))
            .ok_or(NumberError::TooLarge)?;
    }
    if n > max {
        return Err(NumberError::TooLarge);
    }
    Ok(n)
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Written as the number's own text; always a valid JSON number.
        let raw = RawValue::from_string(self.0.clone()).map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        let text = raw.get();
        let found = match text.as_bytes().first() {
            Some(b'"') => Unexpected::Str("text"),
            Some(b'n') => Unexpected::Unit,
            Some(b't' | b'f') => Unexpected::Bool(text.starts_with('t')),
            Some(b'[') => Unexpected::Seq,
            Some(b'{') => Unexpected::Map,
            _ => return Ok(Amount(text.to_owned())),
        };
        Err(de::Error::invalid_type(found, &"a number"))
    }
}

/// A JSON object of type `T`, and nothing else: serde's derived structs also
/// accept a list of their fields in order, which a profile file must not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Object<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Fields<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map))
            }
        }
        deserializer
            .deserialize_map(Fields(PhantomData))
            .map(Object)
    }
}

/// `guide.answers`: question id → choice id, in the file's order. A key given
/// twice is refused (`serde_json`'s own maps would keep the last one silently).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnswerMap(pub Vec<(String, String)>);

impl Serialize for AnswerMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (question, choice) in &self.0 {
            map.serialize_entry(question, choice)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for AnswerMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pairs;
        impl<'de> Visitor<'de> for Pairs {
            type Value = AnswerMap;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnswerMap, A::Error> {
                let mut out: Vec<(String, String)> = Vec::new();
                while let Some(question) = map.next_key::<String>()? {
                    if out.iter().any(|(q, _)| *q == question) {
                        // Worded as serde words a repeated struct field, so the
                        // reader gets the same sentence for both.
                        return Err(de::Error::custom(format_args!(
                            "duplicate field `{question}`"
                        )));
                    }
                    let choice = map.next_value::<String>()?;
                    out.push((question, choice));
                }
                Ok(AnswerMap(out))
            }
        }
        deserializer.deserialize_map(Pairs)
    }
}
