//! What to do with the result: where it wins, skills, risks, a plan and the rate band.

use yew::prelude::*;

use crate::domain::guide::{Guide, GuideResult, Text};

fn list(items: &[Text]) -> Html {
    html! { <ul class="sp-list">{ for items.iter().map(|i| html! { <li>{ &**i }</li> }) }</ul> }
}

/// The practical half of the result screen.
pub fn advice(guide: &Guide, r: &GuideResult) -> Html {
    let t = guide.text(r.outcome);
    html! {
        <>
            <section class="sp-block">
                <h3>{ "Where this profile wins" }</h3>
                <div class="sp-columns">
                    <div><h4>{ "Typical tasks" }</h4>{ list(&t.tasks) }</div>
                    <div><h4>{ "Typical roles" }</h4>{ list(&t.roles) }</div>
                </div>
            </section>
            <section class="sp-block">
                <h3>{ "Your next 60–90 days" }</h3>
                <ol class="sp-plan">{ for t.plan.iter().map(|s| html! { <li>{ &**s }</li> }) }</ol>
                // Each note names its career stage in its first words.
                <p class="sp-note">{ t.stage_notes.for_stage(r.stage) }</p>
                <p class="sp-note">{ guide.credential_note(r.credentials) }</p>
            </section>
            <section class="sp-block">
                <h3>{ "Skills to build" }</h3>
                { list(&t.skills) }
            </section>
            <section class="sp-block">
                <h3>{ "Typical rate" }</h3>
                <p class="sp-rate">{ format!("US${}–{} an hour", t.rate.min, t.rate.max) }</p>
                <p class="sp-muted">{ &*t.rate.note }</p>
            </section>
            <section class="sp-block">
                <h3>{ "Risks, and how to handle them" }</h3>
                <ul class="sp-risks">
                    { for t.risks.iter().map(|x| html! {
                        <li><p class="sp-risks__risk">{ &*x.risk }</p><p class="sp-risks__fix">{ &*x.mitigation }</p></li>
                    }) }
                </ul>
            </section>
        </>
    }
}
