//! What to do with the result: where it wins, skills, risks, a plan and the rate band.

use yew::prelude::*;

use crate::domain::guide::{Guide, GuideResult, Text};
use crate::domain::words::{Key, Words};

fn list(items: &[Text]) -> Html {
    html! { <ul class="sp-list">{ for items.iter().map(|i| html! { <li>{ &**i }</li> }) }</ul> }
}

/// "US$20–35 an hour".
fn rate_band(words: &Words, min: u32, max: u32) -> String {
    words.fill(
        Key::GuideAdviceRateBand,
        &[
            // US dollars, as each language writes them ("US$", "$ US").
            ("currency", words.get(Key::GuideAdviceRateCurrency)),
            ("min", &min.to_string()),
            ("max", &max.to_string()),
        ],
    )
}

/// The practical half of the result screen.
pub fn advice(guide: &Guide, r: &GuideResult, words: &Words) -> Html {
    let t = guide.text(r.outcome);
    html! {
        <>
            <section class="sp-block">
                <h3 part="heading">{ words.get(Key::GuideAdviceWins) }</h3>
                <div class="sp-columns">
                    <div><h4>{ words.get(Key::GuideAdviceTasks) }</h4>{ list(&t.tasks) }</div>
                    <div><h4>{ words.get(Key::GuideAdviceRoles) }</h4>{ list(&t.roles) }</div>
                </div>
            </section>
            <section class="sp-block">
                <h3 part="heading">{ words.get(Key::GuideAdvicePlan) }</h3>
                <ol class="sp-plan">{ for t.plan.iter().map(|s| html! { <li>{ &**s }</li> }) }</ol>
                // Each note names its career stage in its first words.
                <p class="sp-note">{ t.stage_notes.for_stage(r.stage) }</p>
                <p class="sp-note">{ guide.credential_note(r.credentials) }</p>
            </section>
            <section class="sp-block">
                <h3 part="heading">{ words.get(Key::GuideAdviceSkills) }</h3>
                { list(&t.skills) }
            </section>
            <section class="sp-block">
                <h3 part="heading">{ words.get(Key::GuideAdviceRate) }</h3>
                <p class="sp-rate">{ rate_band(words, t.rate.min, t.rate.max) }</p>
                <p class="sp-muted">{ &*t.rate.note }</p>
            </section>
            <section class="sp-block">
                <h3 part="heading">{ words.get(Key::GuideAdviceRisks) }</h3>
                <ul class="sp-risks">
                    { for t.risks.iter().map(|x| html! {
                        <li><p class="sp-risks__risk">{ &*x.risk }</p><p class="sp-risks__fix">{ &*x.mitigation }</p></li>
                    }) }
                </ul>
            </section>
        </>
    }
}
