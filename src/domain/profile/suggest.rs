//! What the profile suggests: a headline and strengths for each guide outcome,
//! and domains worth deepening, all from the sources. They are the reader's
//! words once taken, so they come in the reader's language (catalogue keys).

use crate::domain::guide::Outcome;
use crate::domain::words::Key;

/// What the profile suggests for each guide outcome: a headline and strengths
/// from the sources' descriptions of that profile.
pub fn suggestions(outcome: Outcome) -> (Key, [Key; 3]) {
    match outcome {
        Outcome::Generalist => (
            Key::ProfileSuggestGeneralistHeadline,
            [
                Key::ProfileSuggestReasoningEvaluation,
                Key::ProfileSuggestPromptDesign,
                Key::ProfileSuggestRubricWriting,
            ],
        ),
        Outcome::Specialist => (
            Key::ProfileSuggestSpecialistHeadline,
            [
                Key::ProfileSuggestStandardsReview,
                Key::ProfileSuggestGroundTruth,
                Key::ProfileSuggestAdversarialTesting,
            ],
        ),
        Outcome::TShaped => (
            Key::ProfileSuggestTShapedHeadline,
            [
                Key::ProfileSuggestReasoningEvaluation,
                Key::ProfileSuggestDomainBenchmarks,
                Key::ProfileSuggestRubricWriting,
            ],
        ),
        Outcome::PiShaped => (
            Key::ProfileSuggestPiShapedHeadline,
            [
                Key::ProfileSuggestCrossFieldDesign,
                Key::ProfileSuggestGroundTruth,
                Key::ProfileSuggestRubricCalibration,
            ],
        ),
        Outcome::CombShaped => (
            Key::ProfileSuggestCombShapedHeadline,
            [
                Key::ProfileSuggestCrossDomainQa,
                Key::ProfileSuggestRubricCalibration,
                Key::ProfileSuggestHardCases,
            ],
        ),
    }
}

/// Domains the sources name as worth deepening, offered as one-click suggestions.
pub const SUGGESTED_DOMAINS: [Key; 6] = [
    Key::ProfileDomainFinance,
    Key::ProfileDomainHealthcare,
    Key::ProfileDomainLaw,
    Key::ProfileDomainSoftware,
    Key::ProfileDomainSecurity,
    Key::ProfileDomainMathematics,
];
