//! Loading and checking the guide's content files (JSON embedded at compile time).

mod error;

pub use error::ContentError;

use std::borrow::Cow;

use super::{
    Credentials, Guide, GuideParts, Outcome, OutcomeText, OutcomesFile, Question, QuestionsFile,
    Text, reach,
};

/// The fewest questions a guide may ask.
pub const MIN_QUESTIONS: usize = 10;
/// The most questions a guide may ask.
pub const MAX_QUESTIONS: usize = 14;
/// The fewest choices one question may offer.
pub const MIN_CHOICES: usize = 2;
/// The most choices one question may offer.
pub const MAX_CHOICES: usize = 6;
/// The highest pillar count ("three or more").
pub const MAX_PILLARS: u8 = 3;

fn check_id(id: &str) -> Result<(), ContentError> {
    let ok = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(ContentError::BadId { id: id.to_owned() })
    }
}

fn check_text(text: &str, place: impl FnOnce() -> String) -> Result<(), ContentError> {
    if text.trim().is_empty() {
        Err(ContentError::EmptyText { place: place() })
    } else {
        Ok(())
    }
}

fn check_list(items: &[Text], place: &str) -> Result<(), ContentError> {
    if items.is_empty() {
        return Err(ContentError::EmptyText {
            place: place.to_owned(),
        });
    }
    items
        .iter()
        .try_for_each(|item| check_text(item, || format!("an item of {place}")))
}

fn check_question(q: &Question) -> Result<(), ContentError> {
    check_id(&q.id)?;
    check_text(&q.prompt, || format!("question \"{}\" prompt", q.id))?;
    check_text(&q.topic, || format!("question \"{}\" topic", q.id))?;
    if !(MIN_CHOICES..=MAX_CHOICES).contains(&q.choices.len()) {
        return Err(ContentError::ChoiceCount {
            question: q.id.to_string(),
            found: q.choices.len(),
        });
    }
    for (i, c) in q.choices.iter().enumerate() {
        check_id(&c.id)?;
        if q.choices[..i].iter().any(|earlier| earlier.id == c.id) {
            return Err(ContentError::DuplicateChoice {
                question: q.id.to_string(),
                choice: c.id.to_string(),
            });
        }
        check_text(&c.label, || {
            format!("choice \"{}\" of question \"{}\" label", c.id, q.id)
        })?;
        if c.effect.is_empty() {
            return Err(ContentError::NoEffect {
                question: q.id.to_string(),
                choice: c.id.to_string(),
            });
        }
        if let Some(found) = c.effect.pillars.filter(|p| *p > MAX_PILLARS) {
            return Err(ContentError::TooManyPillars {
                question: q.id.to_string(),
                choice: c.id.to_string(),
                found,
            });
        }
    }
    Ok(())
}

/// Checks that exactly one question sets a setting, on every one of its choices.
fn check_setting(
    questions: &[Question],
    setting: &'static str,
    is_set: impl Fn(&super::Effect) -> bool,
) -> Result<(), ContentError> {
    let mut setters = questions
        .iter()
        .filter(|q| q.choices.iter().any(|c| is_set(&c.effect)));
    match (setters.next(), setters.next()) {
        (Some(q), None) if q.choices.iter().all(|c| is_set(&c.effect)) => Ok(()),
        _ => Err(ContentError::Setting { setting }),
    }
}

/// Sum over questions of the lowest and highest value `pick` takes.
fn span(questions: &[Question], pick: impl Fn(&super::Effect) -> i8) -> (i32, i32) {
    questions.iter().fold((0, 0), |(lo, hi), q| {
        let values = q.choices.iter().map(|c| i32::from(pick(&c.effect)));
        (
            lo + values.clone().min().unwrap_or(0),
            hi + values.max().unwrap_or(0),
        )
    })
}

fn check_outcome(outcome: Outcome, t: &OutcomeText) -> Result<(), ContentError> {
    let id = outcome.id();
    check_text(&t.definition, || format!("the definition of \"{id}\""))?;
    check_text(&t.tagline, || format!("the tagline of \"{id}\""))?;
    check_text(&t.summary, || format!("the summary of \"{id}\""))?;
    check_list(&t.tasks, &format!("the tasks of \"{id}\""))?;
    check_list(&t.roles, &format!("the roles of \"{id}\""))?;
    check_list(&t.skills, &format!("the skills of \"{id}\""))?;
    check_list(&t.plan, &format!("the plan of \"{id}\""))?;
    if t.risks.is_empty() {
        return Err(ContentError::EmptyText {
            place: format!("the risks of \"{id}\""),
        });
    }
    for r in t.risks.iter() {
        check_text(&r.risk, || format!("a risk of \"{id}\""))?;
        check_text(&r.mitigation, || format!("a mitigation of \"{id}\""))?;
    }
    for (stage, note) in [
        ("early", &t.stage_notes.early),
        ("mid", &t.stage_notes.mid),
        ("senior", &t.stage_notes.senior),
    ] {
        check_text(note, || format!("the {stage} note of \"{id}\""))?;
    }
    check_text(&t.rate.note, || format!("the rate note of \"{id}\""))?;
    if t.rate.min == 0 || t.rate.min > t.rate.max {
        return Err(ContentError::RateBand(outcome));
    }
    Ok(())
}

impl Guide {
    /// Parses and checks both content files.
    ///
    /// # Errors
    /// As [`Guide::from_parts`], plus [`ContentError::Syntax`] with the line and
    /// column when a file is not JSON of the expected shape.
    pub fn from_json(questions_json: &str, outcomes_json: &str) -> Result<Guide, ContentError> {
        let QuestionsFile { questions } =
            serde_json::from_str(questions_json).map_err(|e| ContentError::Syntax {
                file: "questions.json",
                message: e.to_string(),
            })?;
        let outcomes: OutcomesFile =
            serde_json::from_str(outcomes_json).map_err(|e| ContentError::Syntax {
                file: "outcomes.json",
                message: e.to_string(),
            })?;
        Guide::from_parts(GuideParts {
            questions: Cow::Owned(questions),
            disclaimer: outcomes.disclaimer,
            sources: outcomes.sources,
            glossary: outcomes.glossary,
            credential_notes: outcomes.credential_notes,
            outcomes: Cow::Owned(outcomes.outcomes.into_iter().collect()),
        })
    }

    /// Checks content and turns it into a guide.
    ///
    /// # Errors
    /// The first problem found, named so that an author can fix it: a count out
    /// of range, a repeated or malformed id, blank text, a choice that maps to no
    /// dimension, a missing outcome text, or an outcome that no set of answers
    /// can reach.
    pub fn from_parts(parts: GuideParts) -> Result<Guide, ContentError> {
        let guide = Self::check_parts(parts)?;
        let reached = reach::reachable_outcomes(&guide);
        if let Some(missing) = Outcome::ALL
            .into_iter()
            .find(|o| !reached.iter().any(|(r, _)| r == o))
        {
            return Err(ContentError::Unreachable(missing));
        }
        Ok(guide)
    }

    /// Builds a guide from content known to pass [`Guide::from_parts`], without
    /// checking it again: the shipped content, which a native test and every
    /// debug build check. Release builds use it to leave the checks (and their
    /// messages) out of the download.
    pub fn from_checked_parts(parts: GuideParts) -> Guide {
        let breadth_span = span(&parts.questions, |e| e.breadth);
        let depth_span = span(&parts.questions, |e| e.depth);
        let fields_span = span(&parts.questions, |e| e.fields);
        Guide {
            questions: parts.questions,
            texts: parts.outcomes,
            disclaimer: parts.disclaimer,
            sources: parts.sources,
            glossary: parts.glossary,
            credential_notes: parts.credential_notes,
            breadth_span,
            depth_span,
            fields_span,
        }
    }

    fn check_parts(parts: GuideParts) -> Result<Guide, ContentError> {
        let GuideParts {
            questions,
            disclaimer,
            sources,
            glossary,
            credential_notes,
            outcomes,
        } = parts;
        if !(MIN_QUESTIONS..=MAX_QUESTIONS).contains(&questions.len()) {
            return Err(ContentError::QuestionCount {
                found: questions.len(),
            });
        }
        for (i, q) in questions.iter().enumerate() {
            check_question(q)?;
            if questions[..i].iter().any(|earlier| earlier.id == q.id) {
                return Err(ContentError::DuplicateQuestion {
                    id: q.id.to_string(),
                });
            }
        }
        check_setting(&questions, "pillars", |e| e.pillars.is_some())?;
        check_setting(&questions, "stage", |e| e.stage.is_some())?;
        check_setting(&questions, "credentials", |e| e.credentials.is_some())?;

        let breadth_span = span(&questions, |e| e.breadth);
        let depth_span = span(&questions, |e| e.depth);
        if breadth_span.0 == breadth_span.1 {
            return Err(ContentError::FlatDimension {
                dimension: "breadth",
            });
        }
        if depth_span.0 == depth_span.1 {
            return Err(ContentError::FlatDimension { dimension: "depth" });
        }
        let fields_span = span(&questions, |e| e.fields);
        if fields_span.0 == fields_span.1 {
            return Err(ContentError::FlatDimension {
                dimension: "fields",
            });
        }
        if sources.is_empty() {
            return Err(ContentError::EmptyText {
                place: "the list of sources".to_owned(),
            });
        }
        for s in sources.iter() {
            check_text(&s.publisher, || "a source's publisher".to_owned())?;
            check_text(&s.title, || format!("the title of {}", s.publisher))?;
            check_text(&s.used_for, || format!("what {} is used for", s.publisher))?;
        }
        for t in glossary.iter() {
            check_text(&t.term, || "a glossary term".to_owned())?;
            check_text(&t.definition, || format!("the definition of {}", t.term))?;
        }

        check_text(&disclaimer, || "the disclaimer".to_owned())?;
        for (name, note) in [
            ("none", &credential_notes.none),
            ("some", &credential_notes.some),
            ("strong", &credential_notes.strong),
        ] {
            check_text(note, || format!("the credential note \"{name}\""))?;
        }
        for outcome in Outcome::ALL {
            let text = outcomes
                .iter()
                .find_map(|(o, t)| (*o == outcome).then_some(t))
                .ok_or(ContentError::MissingOutcome(outcome))?;
            check_outcome(outcome, text)?;
        }

        Ok(Guide {
            questions,
            texts: outcomes,
            disclaimer,
            sources,
            glossary,
            credential_notes,
            breadth_span,
            depth_span,
            fields_span,
        })
    }

    /// What the guide says about holding these credentials.
    pub fn credential_note(&self, credentials: Credentials) -> &str {
        match credentials {
            Credentials::None => &self.credential_notes.none,
            Credentials::Some => &self.credential_notes.some,
            Credentials::Strong => &self.credential_notes.strong,
        }
    }
}
