//! The guide's words in another language: a file that mirrors the English
//! content's texts by id (`src/content/lang/guide/<code>.json`), laid over the
//! guide's structure, which stays in one place (ids, effects, bands).
//!
//! The widget itself reads a language's guide words as one list of texts in
//! the guide's own order ([`texts`], [`lay_texts`]): the build writes that
//! list from the file by id, so the wasm carries no reader for the keyed
//! file's many shapes (measured: about 45 KB gzip).

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Deserialize;

use crate::domain::guide::{
    CredentialNotes, GuideParts, Outcome, OutcomeText, Risk, StageNotes, Term, Text,
};

/// One language's words for the guide.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideWords {
    /// Each question's words, by question id.
    pub questions: BTreeMap<String, QuestionWords>,
    /// The result's words.
    pub outcomes: OutcomesWords,
}

/// A question's words.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionWords {
    /// The short name.
    pub topic: Text,
    /// The question.
    pub prompt: Text,
    /// The line of context, if the question has one.
    #[serde(default)]
    pub hint: Text,
    /// Each choice's label, by choice id.
    pub choices: BTreeMap<String, Text>,
}

/// The result's words.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomesWords {
    /// Shown on every result.
    pub disclaimer: Text,
    /// The sources' titles (as published) and what the guide takes from each, in order.
    pub sources: Vec<SourceWords>,
    /// The glossary, in order.
    pub glossary: Vec<Term>,
    /// Notes per level of credentials.
    pub credential_notes: CredentialNotes,
    /// Each outcome's words.
    pub outcomes: BTreeMap<Outcome, OutcomeWords>,
}

/// A source's words.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceWords {
    /// Its title, as published.
    pub title: Text,
    /// What the guide takes from it.
    pub used_for: Text,
}

/// A rate band's words.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateWords {
    /// What the band means and where it comes from.
    pub note: Text,
}

/// One outcome's words.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeWords {
    /// The one-line definition.
    pub definition: Text,
    /// The line under the name.
    pub tagline: Text,
    /// The paragraph.
    pub summary: Text,
    /// Typical tasks.
    pub tasks: Vec<Text>,
    /// Typical roles.
    pub roles: Vec<Text>,
    /// Skills to build next.
    pub skills: Vec<Text>,
    /// Risks and mitigations.
    pub risks: Vec<Risk>,
    /// The plan.
    pub plan: Vec<Text>,
    /// Per career stage.
    pub stage_notes: StageNotes,
    /// The rate band's note.
    pub rate: RateWords,
}

/// Where a language's guide words do not fit the guide: a path such as
/// `questions/energy/choices/steady` or `outcomes/generalist/plan`.
#[derive(Debug, PartialEq, Eq)]
pub struct Misfit(pub String);

fn list<T: Clone>(path: &str, english: &[T], given: Vec<T>) -> Result<Cow<'static, [T]>, Misfit>
where
    [T]: ToOwned<Owned = Vec<T>>,
{
    if given.len() == english.len() {
        Ok(Cow::Owned(given))
    } else {
        Err(Misfit(path.to_owned()))
    }
}

impl GuideWords {
    /// `parts` with these words in place of English's.
    ///
    /// # Errors
    /// The first [`Misfit`]: a question, choice or outcome missing or extra,
    /// or a list of another length than English's.
    pub fn lay_over(self, parts: &GuideParts) -> Result<GuideParts, Misfit> {
        let mut parts = parts.clone();
        let GuideWords {
            mut questions,
            outcomes,
        } = self;
        let mut laid = Vec::with_capacity(parts.questions.len());
        for question in parts.questions.iter() {
            let id = &*question.id;
            let mut words = questions
                .remove(id)
                .ok_or_else(|| Misfit(format!("questions/{id}")))?;
            let mut q = question.clone();
            q.topic = words.topic;
            q.prompt = words.prompt;
            if question.hint.is_empty() != words.hint.is_empty() {
                return Err(Misfit(format!("questions/{id}/hint")));
            }
            q.hint = words.hint;
            let mut choices = q.choices.to_vec();
            for choice in &mut choices {
                choice.label = words
                    .choices
                    .remove(&*choice.id)
                    .ok_or_else(|| Misfit(format!("questions/{id}/choices/{}", choice.id)))?;
            }
            if let Some(extra) = words.choices.into_keys().next() {
                return Err(Misfit(format!("questions/{id}/choices/{extra}")));
            }
            q.choices = Cow::Owned(choices);
            laid.push(q);
        }
        if let Some(extra) = questions.into_keys().next() {
            return Err(Misfit(format!("questions/{extra}")));
        }
        parts.questions = Cow::Owned(laid);

        let OutcomesWords {
            disclaimer,
            sources,
            glossary,
            credential_notes,
            outcomes: mut texts,
        } = outcomes;
        parts.disclaimer = disclaimer;
        if sources.len() != parts.sources.len() {
            return Err(Misfit("outcomes/sources".to_owned()));
        }
        let mut laid_sources = parts.sources.to_vec();
        for (source, words) in laid_sources.iter_mut().zip(sources) {
            source.title = words.title;
            source.used_for = words.used_for;
        }
        parts.sources = Cow::Owned(laid_sources);
        parts.glossary = list("outcomes/glossary", &parts.glossary, glossary)?;
        parts.credential_notes = credential_notes;
        let mut laid_outcomes = Vec::with_capacity(parts.outcomes.len());
        for (outcome, english) in parts.outcomes.iter() {
            let path = format!("outcomes/outcomes/{}", outcome.id());
            let words = texts.remove(outcome).ok_or_else(|| Misfit(path.clone()))?;
            let text = OutcomeText {
                definition: words.definition,
                tagline: words.tagline,
                summary: words.summary,
                tasks: list(&format!("{path}/tasks"), &english.tasks, words.tasks)?,
                roles: list(&format!("{path}/roles"), &english.roles, words.roles)?,
                skills: list(&format!("{path}/skills"), &english.skills, words.skills)?,
                risks: list(&format!("{path}/risks"), &english.risks, words.risks)?,
                plan: list(&format!("{path}/plan"), &english.plan, words.plan)?,
                stage_notes: words.stage_notes,
                rate: crate::domain::guide::RateBand {
                    note: words.rate.note,
                    ..english.rate.clone()
                },
            };
            laid_outcomes.push((*outcome, text));
        }
        parts.outcomes = Cow::Owned(laid_outcomes);
        Ok(parts)
    }
}

/// Calls `f` on every text of `parts` a language translates, in one fixed
/// order: each question's topic, prompt, hint (when it has one) and choice
/// labels; the disclaimer; each source's title and use; the glossary; the
/// credential notes; and each outcome's texts, field by field.
fn each_text(parts: &mut GuideParts, f: &mut dyn FnMut(&mut Text)) {
    for q in parts.questions.to_mut() {
        f(&mut q.topic);
        f(&mut q.prompt);
        if !q.hint.is_empty() {
            f(&mut q.hint);
        }
        for c in q.choices.to_mut() {
            f(&mut c.label);
        }
    }
    f(&mut parts.disclaimer);
    for s in parts.sources.to_mut() {
        f(&mut s.title);
        f(&mut s.used_for);
    }
    for t in parts.glossary.to_mut() {
        f(&mut t.term);
        f(&mut t.definition);
    }
    let notes = &mut parts.credential_notes;
    for n in [&mut notes.none, &mut notes.some, &mut notes.strong] {
        f(n);
    }
    for (_, t) in parts.outcomes.to_mut() {
        for one in [&mut t.definition, &mut t.tagline, &mut t.summary] {
            f(one);
        }
        for list in [&mut t.tasks, &mut t.roles, &mut t.skills] {
            list.to_mut().iter_mut().for_each(&mut *f);
        }
        for r in t.risks.to_mut() {
            f(&mut r.risk);
            f(&mut r.mitigation);
        }
        t.plan.to_mut().iter_mut().for_each(&mut *f);
        let notes = &mut t.stage_notes;
        for n in [&mut notes.early, &mut notes.mid, &mut notes.senior] {
            f(n);
        }
        f(&mut t.rate.note);
    }
}

/// Every text of `parts` a language translates, in the order [`lay_texts`]
/// reads them.
pub fn texts(parts: &GuideParts) -> Vec<String> {
    let mut parts = parts.clone();
    let mut out = Vec::new();
    each_text(&mut parts, &mut |t| out.push(t.to_string()));
    out
}

/// `parts` with `texts` (as [`texts`] lists them) in place of its own.
///
/// # Errors
/// A [`Misfit`] when there are more or fewer texts than the guide has, or
/// one is blank.
pub fn lay_texts(parts: &GuideParts, texts: Vec<String>) -> Result<GuideParts, Misfit> {
    let mut parts = parts.clone();
    let mut count = 0;
    each_text(&mut parts, &mut |_| count += 1);
    if texts.len() != count {
        return Err(Misfit(format!(
            "{} texts where the guide has {count}",
            texts.len()
        )));
    }
    if let Some(at) = texts.iter().position(|t| t.trim().is_empty()) {
        return Err(Misfit(format!("text {at} is blank")));
    }
    let mut given = texts.into_iter();
    each_text(&mut parts, &mut |t| {
        if let Some(text) = given.next() {
            *t = Cow::Owned(text);
        }
    });
    Ok(parts)
}
