//! What the profile suggests: a headline and strengths for each guide outcome,
//! and domains worth deepening, all from the sources.

use crate::domain::guide::Outcome;

/// What the profile suggests for each guide outcome: a headline and strengths
/// from the sources' descriptions of that profile.
pub fn suggestions(outcome: Outcome) -> (&'static str, &'static [&'static str]) {
    match outcome {
        Outcome::Generalist => (
            "AI generalist: reasoning evaluation and prompt design across domains",
            &["reasoning evaluation", "prompt design", "rubric writing"],
        ),
        Outcome::Specialist => (
            "Domain specialist for expert-level AI evaluation",
            &[
                "standards-based review",
                "ground-truth datasets",
                "adversarial testing",
            ],
        ),
        Outcome::TShaped => (
            "T-shaped AI evaluator with one deep domain",
            &[
                "reasoning evaluation",
                "domain benchmarks",
                "rubric writing",
            ],
        ),
        Outcome::PiShaped => (
            "π-shaped evaluator working where two fields meet",
            &[
                "cross-field evaluation design",
                "ground-truth datasets",
                "rubric calibration",
            ],
        ),
        Outcome::CombShaped => (
            "Comb-shaped AI trainer across several domains",
            &[
                "cross-domain quality assurance",
                "rubric calibration",
                "triage of hard cases",
            ],
        ),
    }
}

/// Domains the sources name as worth deepening, offered as one-click suggestions.
pub const SUGGESTED_DOMAINS: [&str; 6] = [
    "finance",
    "healthcare",
    "law",
    "software engineering",
    "security",
    "mathematics",
];
