//! What the widget says when the reader's language could not load: once, in
//! English (the language it then shows), with a way to try again.

use yew::prelude::*;

use crate::domain::words::{Key, Lang, Words};

/// The language asked for, which could not load, and how to try again
/// (`None` where the loader offers no way: the offline file carries every
/// language, so there it cannot fail for the network).
#[derive(Clone, PartialEq)]
pub struct LangTrouble {
    /// The language asked for.
    pub lang: Lang,
    /// Fetches the language's file again.
    pub retry: Option<Callback<()>>,
}

/// The notice, above the chapters.
pub fn lang_notice(trouble: &LangTrouble, words: &Words) -> Html {
    // In English, with the language's own name beside it, so that a reader
    // who reads no English still finds their language named.
    let language = format!("{} ({})", trouble.lang.english_name(), trouble.lang.name());
    html! {
        <div class="sp-note sp-lang-note" role="status">
            <p>{ words.fill(Key::LangFailed, &[("language", &language)]) }</p>
            if let Some(retry) = &trouble.retry {
                <button type="button" class="sp-button sp-button--quiet" part="secondary-button"
                    onclick={retry.reform(|_: MouseEvent| ())}>{ words.get(Key::LangRetry) }</button>
            }
        </div>
    }
}
