//! Small DOM helpers for components: focus moves and reading form controls.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::{Event, InputEvent, NodeRef, TargetCast};

/// What an event happened on, kept to let go of its focus later.
pub type Target = web_sys::EventTarget;

/// Moves keyboard focus inside `node`: to the first match of the first selector
/// in the comma list that matches anything (so `"input:checked, input"` prefers
/// the checked input, unlike `querySelector`, which goes by document order).
pub fn focus_first(node: &NodeRef, selector: &str) {
    let Some(root) = node.cast::<Element>() else {
        return;
    };
    let target = selector
        .split(',')
        .find_map(|one| root.query_selector(one.trim()).ok().flatten())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    if let Some(el) = target {
        let _ = el.focus();
    }
}

/// Focuses the first match of `selector` inside `node`, and brings the
/// screen it heads (its closest `[data-reveal]`: a question card with its
/// progress, the result's hero) to the top of the visible area when either
/// is not wholly in view: the reader sees the new question, not only its
/// answers, and screen readers read it first. The browser's own scroll on
/// focus is held back, since it puts the element wherever it likes (often
/// the bottom edge).
pub fn focus_and_reveal(node: &NodeRef, selector: &str) {
    let Some(el) = node
        .cast::<Element>()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let still = web_sys::FocusOptions::new();
    still.set_prevent_scroll(true);
    let _ = el.focus_with_options(&still);
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let screen = el.closest("[data-reveal]").ok().flatten();
    let (rect, top) = (
        el.get_bounding_client_rect(),
        screen
            .as_ref()
            .map_or(0.0, |s| s.get_bounding_client_rect().top()),
    );
    if rect.top() < 0.0 || rect.bottom() > height || top < 0.0 {
        let to_top = web_sys::ScrollIntoViewOptions::new();
        to_top.set_block(web_sys::ScrollLogicalPosition::Start);
        match &screen {
            Some(screen) => screen.scroll_into_view_with_scroll_into_view_options(&to_top),
            None => el.scroll_into_view_with_scroll_into_view_options(&to_top),
        }
    }
}

/// The selected index of the `<select>` an event came from.
pub fn selected_index(event: &Event) -> Option<usize> {
    let select = event.target_dyn_into::<HtmlSelectElement>()?;
    usize::try_from(select.selected_index()).ok()
}

/// The current text of the `<input>` an event came from.
pub fn input_text(event: &InputEvent) -> String {
    event
        .target_dyn_into::<HtmlInputElement>()
        .map(|input| input.value())
        .unwrap_or_default()
}

/// Whether the event came from a checked radio or checkbox: the browser's
/// own state at the moment of the event, which a screen drawn before the
/// last choice (the scheduler yields to the browser between renders on a
/// slow machine) does not know yet.
pub fn from_checked(event: &Event) -> bool {
    event
        .target_dyn_into::<HtmlInputElement>()
        .is_some_and(|input| input.checked())
}

/// Clicks the element behind `node` (opens a hidden file picker from a button).
pub fn click(node: &NodeRef) {
    if let Some(el) = node.cast::<HtmlElement>() {
        el.click();
    }
}

/// Clicks the first element matching `selector` inside `node` (a file
/// picker another part of the widget holds).
pub fn click_in(node: &NodeRef, selector: &str) {
    if let Some(el) = node
        .cast::<Element>()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        el.click();
    }
}

/// Opens the `<details>` behind `node`.
pub fn open_details(node: &NodeRef) {
    if let Some(el) = node.cast::<Element>() {
        let _ = el.set_attribute("open", "");
    }
}

/// Focuses the element behind `node` and, for a text box, selects its text.
pub fn focus_and_select(node: &NodeRef) {
    if let Some(el) = node.cast::<HtmlElement>() {
        let _ = el.focus();
    }
    // By tag, not `cast`: the node may be a button, and a wrong cast is not caught here.
    match node.get() {
        Some(n) if n.node_name() == "TEXTAREA" => {
            n.unchecked_into::<web_sys::HtmlTextAreaElement>().select();
        }
        Some(n) if n.node_name() == "INPUT" => n.unchecked_into::<HtmlInputElement>().select(),
        _ => {}
    }
}

/// The page's address without its fragment: what a share link is built on.
pub fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    without_fragment(&href)
}

/// Which page a share link opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareTarget {
    /// The page the widget is on.
    ThisPage,
    /// The page around the frame the widget is in (same site, so readable).
    HostPage,
    /// The widget's own page beside the iframe page: the page around the
    /// frame belongs to another site, and its address cannot be read.
    Standalone,
}

/// The page around this one when it is shown in a frame; `None` at the top.
pub(super) fn framing_page(window: &web_sys::Window) -> Option<web_sys::Window> {
    window
        .top()
        .ok()
        .flatten()
        .filter(|top| !js_sys::Object::is(top, window))
}

/// The address a share link is built on (no fragment), and which page that is.
pub fn share_address() -> (String, ShareTarget) {
    let Some(window) = web_sys::window() else {
        return (String::new(), ShareTarget::ThisPage);
    };
    let Some(top) = framing_page(&window) else {
        return (page_address(), ShareTarget::ThisPage);
    };
    // Another site's page throws when its address is read.
    if let Ok(href) = top.location().href() {
        return (without_fragment(&href), ShareTarget::HostPage);
    }
    let iframe_page = window
        .document()
        .and_then(|d| d.document_element())
        .is_some_and(|html| {
            html.class_name()
                .split_ascii_whitespace()
                .any(|c| c == "embed")
        });
    let here = page_address();
    match web_sys::Url::new_with_base("./", &here) {
        Ok(url) if iframe_page => (url.href(), ShareTarget::Standalone),
        _ => (here, ShareTarget::ThisPage),
    }
}

fn without_fragment(href: &str) -> String {
    href.split('#').next().unwrap_or_default().to_owned()
}

/// Runs `heard` with the new share code whenever the page's address changes
/// to one with a `#share=` fragment (a reader following a link to the page
/// they already have open); the listener goes with the returned value.
pub fn on_share_link(heard: impl Fn(String) + 'static) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "hashchange",
        move |_| {
            if let Some(code) = share_code() {
                heard(code);
            }
        },
    ))
}

/// The page's path and query (`/course/week-3`, `?lang=en`): a widget
/// without a `storage-key` saves under the path.
pub fn page_path() -> (String, String) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return (String::new(), String::new());
    };
    (
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
    )
}

/// The share code in the page's address (the text after `#share=`), if any.
pub fn share_code() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.strip_prefix("#share=").map(str::to_owned)
}

/// Takes focus off the element that has it in the document or shadow root
/// that `target` is in. Called before a screen is replaced: a focused
/// element that is removed makes the browser lay out the half-updated
/// widget there and then (about 10 ms when the result appears), and the new
/// screen takes focus once drawn anyway.
pub fn let_go_of_focus(target: Option<web_sys::EventTarget>) {
    let Some(root) = target
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .map(|node| node.get_root_node())
    else {
        return;
    };
    let active = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => root
            .dyn_ref::<web_sys::Document>()
            .and_then(web_sys::Document::active_element),
    };
    if let Some(el) = active.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let _ = el.blur();
    }
}

/// Takes every radio button under `root` out of its group, before the
/// widget's elements are removed. Chromium keeps the buttons of a named
/// radio group in a shadow root alive for as long as that root lives,
/// detached or not, and everything around them with them: a host that
/// mounted and destroyed the calculator on one element 200 times kept 200
/// copies of it. Without a name, a removed button is free to go.
pub fn release_radios(root: &Element) {
    let Ok(radios) = root.query_selector_all("input[type=radio][name]") else {
        return;
    };
    for i in 0..radios.length() {
        if let Some(radio) = radios.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            let _ = radio.remove_attribute("name");
        }
    }
}

/// A new `<tag>` element of this page's document.
///
/// # Panics
/// Never on a page: only without a window or document, where no widget runs.
pub fn element(tag: &str) -> Element {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element(tag).ok())
        .expect("a document")
}

/// Work to do once, `ms` milliseconds from now; dropped before then, it
/// never runs (a newer choice replaces an older one's pause).
pub struct Later(#[allow(dead_code)] gloo_timers::callback::Timeout);

/// Runs `work` once after `ms` milliseconds, unless the returned value is dropped first.
pub fn later(ms: u32, work: impl FnOnce() + 'static) -> Later {
    Later(gloo_timers::callback::Timeout::new(ms, work))
}

/// Opens the browser's print dialog (where "Save as PDF" is one of the printers).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Focuses the element with id `id` inside `node` (ids are the widget's own).
pub fn focus_id(node: &NodeRef, id: &str) {
    if let Some(el) = node
        .cast::<Element>()
        .and_then(|root| {
            root.query_selector(&format!("[id=\"{id}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
