//! [`Widget`]: one running widget, which `skillpath.js` creates for each
//! `<skill-path>` element and each `mount()` call, and updates or destroys as
//! the host page changes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, AttrValue, Html, Properties, component, html, use_effect_with, use_state};

use super::MountError;
use super::host::Host;
use super::language;
use super::options::Options;
use crate::browser::crash::{self, Watched};
use crate::browser::dom;
use crate::browser::locale::warn;
use crate::components::{App, AppProps, Shared};
use crate::content;
use crate::domain::guide::Guide;
use crate::domain::words::Lang;

/// Counts mounted instances, only to give each a distinct id prefix.
static INSTANCES: AtomicU32 = AtomicU32::new(0);

thread_local! {
    /// Yew roots whose widget was destroyed, each an element and the app
    /// rendering nothing into it, for the next widget to take.
    ///
    /// Yew never removes the event listeners it puts on a root element (by
    /// design: its roots are meant to live as long as the page), so a root
    /// per widget leaked its listeners, their closures and the root itself
    /// on every destroy. Reused, the roots a page ever holds are as many as
    /// the widgets it shows at once.
    static PARKED: RefCell<Vec<(Element, AppHandle<Shell>)>> = const { RefCell::new(Vec::new()) };
}

/// The root component of a Yew root: the widget while it runs, nothing
/// while the root is parked.
#[derive(Clone, PartialEq, Properties)]
pub struct ShellProps {
    app: Option<AppProps>,
}

/// Renders [`App`], keyed by its instance so that a parked root taken by
/// another widget starts it afresh.
///
/// A share link followed on the page already open (the address's fragment
/// changes to `#share=…`) starts the widget again on that result, as
/// opening the link would: it is down for one task first, so that it saves
/// what the reader had and frees its storage key before it starts again
/// (and offers that progress back).
#[component]
fn Shell(props: &ShellProps) -> Html {
    let followed = use_state(|| None::<(AttrValue, AttrValue)>);
    let down = use_state(|| false);
    {
        let (followed, down) = (followed.setter(), down.setter());
        let running = props.app.as_ref().map(|app| app.instance.clone());
        use_effect_with(running, move |running| {
            let listener = running.clone().and_then(|instance| {
                dom::on_share_link(move |code| {
                    down.set(true);
                    followed.set(Some((instance.clone(), code.into())));
                })
            });
            move || drop(listener)
        });
    }
    {
        let up = down.setter();
        use_effect_with(*down, move |down| {
            let timer = down.then(|| Timeout::new(0, move || up.set(false)));
            move || drop(timer)
        });
    }
    match &props.app {
        Some(app) if !*down => {
            let mut app = app.clone();
            if let Some((instance, code)) = &*followed
                && *instance == app.instance
            {
                app.shared = Some(code.clone());
            }
            let key = app.instance.to_string();
            html! { <App {key} ..app /> }
        }
        _ => Html::default(),
    }
}

/// One running widget. JS keeps it and calls [`Widget::update`] when the
/// host's options change and [`Widget::destroy`] when the host goes away.
#[wasm_bindgen]
pub struct Widget {
    root: Element,
    /// The Yew root inside `root`, and whether it is (or is about to be) there.
    inner: Element,
    shown: Rc<Cell<bool>>,
    handle: Option<AppHandle<Shell>>,
    props: AppProps,
    /// The shipped English guide, for switching back and for falling back.
    english: Shared<Guide>,
    options: Options,
    /// Known to the panic hook, which would replace it with a way out.
    watched: Option<Watched>,
}

#[wasm_bindgen]
impl Widget {
    /// Renders the widget into `root` (an element of the host's shadow root),
    /// dispatching its events on `host`, with `options` (see [`Options`]).
    ///
    /// # Errors
    /// The guide content is broken; `root` then shows that message as an alert.
    /// `words` is what the loader fetched for the language (see
    /// [`language::choose`]); nothing for English.
    #[wasm_bindgen(constructor)]
    pub fn new(
        root: Element,
        host: Element,
        options: JsValue,
        words: JsValue,
    ) -> Result<Widget, JsError> {
        Self::start(root, Host::new(host), &Options::from_js(options), &words)
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// Applies new options; the reader's answers, scenarios and profile stay.
    /// Only values that changed are warned about again.
    /// `words`, when given, is the loader's new fetch for the language (a
    /// changed `lang`, or "Try again" after a failed one).
    pub fn update(&mut self, options: JsValue, words: JsValue) {
        let options = Options::from_js(options);
        let old = &self.options;
        set_theme(&self.root, options.theme(options.theme != old.theme));
        let lang = options.lang(options.lang != old.lang);
        // Another language comes with its file (the loader fetches it, then
        // calls again); English needs none.
        let chosen = (!words.is_undefined()
            || (lang == Lang::En && lang != self.props.words.lang()))
        .then(|| language::choose(lang, &words, &self.english));
        let money = if options.locale == old.locale && options.currency == old.currency {
            self.props.money.clone()
        } else {
            let money = options.money(options.currency != old.currency);
            if **self.props.money == money {
                self.props.money.clone()
            } else {
                Shared::new(money)
            }
        };
        if options.storage_key != old.storage_key {
            warn(
                "storage-key is read when the widget starts; the change applies on the next load.",
            );
        }
        let author = if (
            &options.intro,
            &options.next_step,
            &options.by_outcome,
            &options.slots,
        ) == (&old.intro, &old.next_step, &old.by_outcome, &old.slots)
        {
            Rc::clone(&self.props.author)
        } else {
            Rc::new(options.author(true))
        };
        let mut props = AppProps {
            author,
            money,
            sections: options.sections(options.sections != old.sections),
            ..self.props.clone()
        };
        if let Some(chosen) = chosen {
            if let Some(watched) = &self.watched {
                watched.speak(&chosen.words);
            }
            props.guide = chosen.guide;
            props.words = chosen.words;
            props.trouble = chosen.trouble.map(|(l, r)| language::trouble(l, r));
        }
        self.options = options;
        if props != self.props
            && let Some(handle) = self.handle.as_mut()
        {
            handle.update(ShellProps {
                app: Some(props.clone()),
            });
            self.props = props;
        }
    }

    /// Removes the widget and everything it listens to; its root is left
    /// empty, and its Yew root parked for the next widget.
    pub fn destroy(&mut self) {
        dom::release_radios(&self.root);
        self.shown.set(false);
        if let Some(mut handle) = self.handle.take() {
            handle.update(ShellProps { app: None });
            self.inner.remove();
            PARKED.with_borrow_mut(|parked| parked.push((self.inner.clone(), handle)));
        }
        self.watched = None;
        self.root.set_text_content(None);
    }
}

fn set_theme(root: &Element, theme: Option<&str>) {
    let _ = match theme {
        Some(theme) => root.set_attribute("data-theme", theme),
        None => root.remove_attribute("data-theme"),
    };
}

impl Widget {
    /// Renders the widget into `root` with `options`, its events going to `host`.
    ///
    /// # Errors
    /// [`MountError::Content`] when the guide content is broken.
    pub fn start(
        root: Element,
        host: Host,
        options: &Options,
        words: &JsValue,
    ) -> Result<Widget, MountError> {
        let guide = match content::guide() {
            Ok(guide) => guide,
            Err(e) => {
                let error = MountError::from(e);
                root.set_text_content(Some(&error.say(&content::english())));
                let _ = root.set_attribute("role", "alert");
                return Err(error);
            }
        };
        root.set_text_content(None);
        set_theme(&root, options.theme(true));
        let n = INSTANCES.fetch_add(1, Ordering::Relaxed) + 1;
        let english = Shared::new(guide);
        let chosen = language::choose(options.lang(true), words, &english);
        let props = AppProps {
            author: Rc::new(options.author(true)),
            guide: chosen.guide,
            money: Shared::new(options.money(true)),
            instance: format!("sp{n}").into(),
            sections: options.sections(true),
            on_event: host.sender(),
            shared: dom::share_code().map(AttrValue::from),
            storage_key: options.storage_key(),
            words: chosen.words,
            trouble: chosen.trouble.map(|(l, r)| language::trouble(l, r)),
        };
        let watched = crash::watch(&root, &props.instance, &props.words);
        let shell = ShellProps {
            app: Some(props.clone()),
        };
        let (inner, handle) = if let Some((inner, mut handle)) = PARKED.with_borrow_mut(Vec::pop) {
            handle.update(shell);
            (inner, handle)
        } else {
            let inner = dom::element("div");
            let handle = yew::Renderer::<Shell>::with_root_and_props(inner.clone(), shell).render();
            (inner, handle)
        };
        // In the page once Yew has drawn into it (its work is queued first),
        // so that `root` holds nothing until the widget shows.
        let shown = Rc::new(Cell::new(true));
        {
            let (root, inner, shown) = (root.clone(), inner.clone(), Rc::clone(&shown));
            wasm_bindgen_futures::spawn_local(async move {
                if shown.get() {
                    let _ = root.append_child(&inner);
                }
            });
        }
        Ok(Widget {
            root,
            inner,
            shown,
            handle: Some(handle),
            props,
            english,
            options: options.clone(),
            watched: Some(watched),
        })
    }
}
