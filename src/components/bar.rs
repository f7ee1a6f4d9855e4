//! A horizontal bar drawn as SVG, so no inline style is needed (strict CSP).

use yew::prelude::*;

/// A decorative bar filled to `percent` (0–100); the number it shows must also
/// be given as text nearby. `strong` marks the highlighted bar.
pub fn bar(percent: u8, strong: bool) -> Html {
    let width = percent.min(100).to_string();
    // A data attribute, not a computed class: any non-literal class goes through
    // Yew's `Classes` set, which costs the download a few kilobytes.
    html! {
        <svg class="sp-bar" data-strong={strong.then_some("true")} viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="sp-bar__track" width="100" height="8" rx="4" />
            <rect class="sp-bar__fill" width={width} height="8" rx="4" />
        </svg>
    }
}
