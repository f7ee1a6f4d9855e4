//! The decision guide: its questions, the optional review, and the result.

mod about;
mod advice;
mod closeness_list;
mod guide_view;
mod hero;
mod map;
mod next_step;
mod progress;
mod question_card;
mod result_view;
mod review;
mod shapes;
mod share;
mod why_list;

pub use guide_view::{GuideView, Sharing, guide_view};
pub use shapes::{name as outcome_name, name_in_text as outcome_name_in_text};

use yew::prelude::*;

/// A catalogue text with markup in it: each `{name}` in `text` that `parts`
/// names becomes that part's markup (a name in bold, a title as a citation),
/// so a translation may put the marked words anywhere in its sentence.
fn marked(text: &str, parts: &[(&str, Html)]) -> Html {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        let Some((_, part)) = parts.iter().find(|(n, _)| *n == &after[..end]) else {
            // Not a part: written as it stands.
            out.push(html! { { rest[..start + end + 2].to_owned() } });
            rest = &after[end + 1..];
            continue;
        };
        if start > 0 {
            out.push(html! { { rest[..start].to_owned() } });
        }
        out.push(part.clone());
        rest = &after[end + 1..];
    }
    if !rest.is_empty() {
        out.push(html! { { rest.to_owned() } });
    }
    html! { <>{ for out }</> }
}

#[cfg(test)]
mod tests {
    use super::{outcome_name, outcome_name_in_text};
    use crate::content;
    use crate::domain::guide::Outcome;
    use crate::domain::share::ShareError;

    #[test]
    fn the_catalogue_names_each_outcome_as_the_domain_does() {
        let words = content::english();
        for outcome in Outcome::ALL {
            assert_eq!(outcome_name(outcome, &words), outcome.name());
            assert_eq!(
                outcome_name_in_text(outcome, &words),
                outcome.name_in_text()
            );
        }
    }

    #[test]
    fn a_broken_link_is_told_in_english_as_its_display_says() {
        let words = content::english();
        for e in [
            ShareError::Empty,
            ShareError::TooLong,
            ShareError::Characters,
            ShareError::Check,
            ShareError::Newer,
            ShareError::Version,
            ShareError::OldGuide,
            ShareError::OtherGuide,
            ShareError::Answers,
            ShareError::Scenario,
        ] {
            assert_eq!(e.say(&words), e.to_string());
        }
    }
}
