//! The language a widget shows, from what the loader hands over: it fetches
//! the language's file (in parallel with the wasm) and passes
//! `{ lang, text }` once it arrived, or `{ lang, error }` when it could not,
//! with `retry()`, which fetches it again (past the HTTP cache) and resolves
//! to a new such object. English needs no file.

use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

use crate::browser::locale::{plural, warn};
use crate::components::{LangTrouble, Shared};
use crate::content;
use crate::domain::guide::Guide;
use crate::domain::words::{Lang, Words, file};

/// The guide and the interface in the language in force, and the trouble,
/// if its file could not be used (the widget then shows English and says so).
pub struct Chosen {
    /// The guide, in the language's words.
    pub guide: Shared<Guide>,
    /// The interface texts.
    pub words: Shared<Words>,
    /// Set when the language asked for could not load.
    pub trouble: Option<(Lang, Option<js_sys::Function>)>,
}

fn field(value: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// The language `lang` from the loader's `handed` value; `english` is the
/// shipped English guide, used as it is for English and whenever the file
/// cannot be used.
pub fn choose(lang: Lang, handed: &JsValue, english: &Shared<Guide>) -> Chosen {
    let english_words = || Shared::new(content::english().with_plural(plural));
    if lang == Lang::En {
        return Chosen {
            guide: english.clone(),
            words: english_words(),
            trouble: None,
        };
    }
    let retry = field(handed, "retry").dyn_into::<js_sys::Function>().ok();
    let read = match field(handed, "text").as_string() {
        Some(text) => {
            file::read(lang, &text, &content::UI_EN, &content::PARTS).map_err(|e| e.to_string())
        }
        None => Err(field(handed, "error")
            .as_string()
            .unwrap_or_else(|| "the loader did not fetch it".to_owned())),
    };
    match read {
        Ok((guide, words)) => Chosen {
            guide: Shared::new(guide),
            words: Shared::new(words.with_plural(plural)),
            trouble: None,
        },
        Err(e) => {
            warn(&format!(
                "the {} texts could not be used ({e}); showing English.",
                lang.code()
            ));
            Chosen {
                guide: english.clone(),
                words: english_words(),
                trouble: Some((lang, retry)),
            }
        }
    }
}

/// What the widget says when `lang` could not load: its "Try again" calls
/// the loader's `retry`, which fetches the file again (past the HTTP cache)
/// and hands the result to [`Widget::update`](super::Widget::update).
pub fn trouble(lang: Lang, retry: Option<js_sys::Function>) -> LangTrouble {
    LangTrouble {
        lang,
        retry: retry.map(|retry| {
            Callback::from(move |()| {
                let _ = retry.call0(&JsValue::NULL);
            })
        }),
    }
}
