//! The page author's own part of the widget: the introduction under its
//! heading, and the next step shown on the result, for every outcome or for
//! one. Each comes either from the host's light DOM (children with
//! `slot="intro"`, `slot="next-step"`, `slot="next-step-<outcome>"`, which the
//! widget only places) or from options (`mount()`, the iframe page's
//! address), which are text and an http(s) link, checked here: text is shown
//! as text, never read as markup, and a link that is not http(s) is not drawn.
//!
//! Which next step a result shows, first found wins: the slot for its
//! outcome, the option for its outcome, the general slot, the general option.

use crate::domain::guide::Outcome;
use crate::domain::profile::{Rule, check_link};

/// The most characters an intro or a next step's text may have; a longer
/// value is refused whole (10 KB pasted by mistake, or on purpose).
pub const MAX_TEXT: usize = 500;

/// The most links of a slot the print view writes out.
pub const MAX_PRINTED_LINKS: usize = 5;

/// A next step given as an option: its words and, when accepted, its link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// What the reader reads (the link's text, when there is a link).
    pub text: String,
    /// An http or https link, checked.
    pub href: Option<String>,
}

/// A link inside slotted content, as the print view writes it out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintedLink {
    /// The link's text, as the reader sees it (may be empty).
    pub text: String,
    /// Where it goes: an http or https address.
    pub href: String,
}

/// Where a next step comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// A slot of the host's, by name, with its links for the print view.
    Slot(String, Vec<PrintedLink>),
    /// An option's text and link.
    Given(NextStep),
}

/// One of the slots the widget offers a host, with what it holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Slotted {
    /// The slot's name, one of [`slot_names`].
    pub name: String,
    /// The http(s) links inside it, for the print view.
    pub links: Vec<PrintedLink>,
}

/// Everything of the author's a widget shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Author {
    /// The introduction as text (an option), when there is no intro slot.
    pub intro: Option<String>,
    /// The host's element children in the widget's slots.
    pub slots: Vec<Slotted>,
    /// The general next step, as an option.
    pub next_step: Option<NextStep>,
    /// Next steps for one outcome each, as options.
    pub by_outcome: Vec<(Outcome, NextStep)>,
}

/// The slot names the widget offers: `intro`, `next-step`, then
/// `next-step-<outcome>` for every outcome.
pub fn slot_names() -> impl Iterator<Item = String> {
    ["intro".to_owned(), "next-step".to_owned()]
        .into_iter()
        .chain(Outcome::ALL.iter().map(|o| outcome_slot(*o)))
}

/// The slot of one outcome's next step: `next-step-t-shaped`.
pub fn outcome_slot(outcome: Outcome) -> String {
    format!("next-step-{}", outcome.id())
}

impl Author {
    /// Whether the host fills the slot `name`.
    pub fn has_slot(&self, name: &str) -> bool {
        self.slots.iter().any(|s| s.name == name)
    }

    fn slot(&self, name: &str) -> Option<Step> {
        self.slots
            .iter()
            .find(|s| s.name == name)
            .map(|s| Step::Slot(s.name.clone(), s.links.clone()))
    }

    /// The next step a result for `outcome` shows, if the author gave one.
    pub fn step(&self, outcome: Outcome) -> Option<Step> {
        let given = |step: Option<&NextStep>| step.cloned().map(Step::Given);
        self.slot(&outcome_slot(outcome))
            .or_else(|| {
                given(
                    self.by_outcome
                        .iter()
                        .find(|(o, _)| *o == outcome)
                        .map(|(_, s)| s),
                )
            })
            .or_else(|| self.slot("next-step"))
            .or_else(|| given(self.next_step.as_ref()))
    }
}

/// Why an author's value was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    /// The text is longer than [`MAX_TEXT`] characters.
    #[error("is longer than {MAX_TEXT} characters; ignored")]
    TooLong,
    /// The text is blank.
    #[error("has no text; ignored")]
    Blank,
    /// The link is not an http or https link (the text still shows).
    #[error("link {0}; no link is drawn")]
    Link(Rule),
    /// The link holds characters of markup (`<`, `>`, quotes, backslash).
    #[error("link holds markup characters; no link is drawn")]
    Markup,
}

/// An author's text (an intro, a next step's words): trimmed, and refused
/// when blank or longer than [`MAX_TEXT`]. Markup in it stays text.
///
/// # Errors
/// [`Refused::Blank`] or [`Refused::TooLong`].
pub fn text(given: &str) -> Result<String, Refused> {
    let text = given.trim();
    if text.is_empty() {
        return Err(Refused::Blank);
    }
    if text.chars().nth(MAX_TEXT).is_some() {
        return Err(Refused::TooLong);
    }
    // Line breaks and other controls become spaces: it is one line of text.
    Ok(text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect())
}

/// An author's link: an absolute http or https address (the profile's own
/// rule, [`check_link`]) with no markup characters in it.
///
/// # Errors
/// [`Refused::Link`] or [`Refused::Markup`].
pub fn link(given: &str) -> Result<String, Refused> {
    let href = given.trim();
    if href.is_empty() {
        return Err(Refused::Link(Rule::Scheme));
    }
    check_link(href).map_err(Refused::Link)?;
    if href.contains(['<', '>', '"', '\'', '\\', '`']) {
        return Err(Refused::Markup);
    }
    Ok(href.to_owned())
}

/// A next step from an option's text and link. The text is needed (a link
/// alone shows its address); a refused link leaves the text without one.
/// Returns the step, if any, and what was refused, to be warned about.
pub fn next_step(text_given: Option<&str>, href: Option<&str>) -> (Option<NextStep>, Vec<Refused>) {
    let mut refused = Vec::new();
    let href = href
        .filter(|h| !h.trim().is_empty())
        .and_then(|h| link(h).map_err(|e| refused.push(e)).ok());
    let words = match text_given.filter(|t| !t.trim().is_empty()) {
        Some(t) => match text(t) {
            Ok(t) => Some(t),
            Err(e) => {
                refused.push(e);
                return (None, refused);
            }
        },
        None => href.clone(),
    };
    (words.map(|text| NextStep { text, href }), refused)
}

/// The outcome a `nextStepByOutcome` key or `next-step-<outcome>` name
/// stands for: its id (`t-shaped`), any case.
pub fn outcome_named(name: &str) -> Option<Outcome> {
    Outcome::ALL
        .into_iter()
        .find(|o| o.id().eq_ignore_ascii_case(name.trim()))
}
