//! The picture of a result, drawn in the browser on a canvas: the shape
//! large in the outcome's colour, the outcome's name, its one-line summary
//! and the closest other shape, in the widget's own colours. Nothing is
//! fetched or sent: the PNG is made here and only leaves by the reader's
//! own download or share.

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, CanvasRenderingContext2d, Element, HtmlCanvasElement, Path2d};

/// The picture's side, in pixels: square, as phones and social sites show best.
pub const SIDE: u32 = 1080;
const MARGIN: f64 = 72.0;

/// What the picture says.
pub struct Card<'a> {
    /// The line above the name ("You lean").
    pub lean: &'a str,
    /// The outcome's name, largest.
    pub name: &'a str,
    /// Its one-line summary.
    pub tagline: &'a str,
    /// "A clear lead over π-shaped" (or how close the next shape is), if there is one.
    pub near: Option<&'a str>,
    /// The line at the foot ("Skillpath · exploration, not a verdict").
    pub foot: &'a str,
    /// The shape as an SVG path in a 100 × 84 box.
    pub shape: &'a str,
}

/// The colours and font the widget shows the result in, read from the page
/// as the browser resolved them (themes, the host's accent, light or dark).
struct Look {
    background: String,
    ink: String,
    muted: String,
    outcome: String,
    font: String,
}

fn computed(el: &Element, property: &str) -> String {
    web_sys::window()
        .and_then(|w| w.get_computed_style(el).ok().flatten())
        .and_then(|s| s.get_property_value(property).ok())
        .unwrap_or_default()
}

impl Look {
    /// Read from the result's hero: its shape's fill, its title's colour,
    /// and the widget's own background behind it.
    fn of(hero: &Element) -> Look {
        let find = |selector: &str| hero.query_selector(selector).ok().flatten();
        let pick = |selector: &str, property: &str, default: &str| {
            find(selector)
                .map(|el| computed(&el, property))
                .filter(|v| !v.is_empty() && v != "rgba(0, 0, 0, 0)")
                .unwrap_or_else(|| default.to_owned())
        };
        let card = hero.closest(".sp").ok().flatten();
        Look {
            background: card
                .map(|c| computed(&c, "background-color"))
                .filter(|v| !v.is_empty() && v != "rgba(0, 0, 0, 0)")
                .unwrap_or_else(|| "#ffffff".to_owned()),
            ink: pick(".sp-hero__name", "color", "#1b1f2a"),
            muted: pick(".sp-hero__near", "color", "#545b6e"),
            outcome: pick(".sp-hero__shape path", "fill", "#4b3fd1"),
            font: computed(hero, "font-family"),
        }
    }
}

/// Lines of at most `width` pixels in `ctx`'s font, broken at spaces; at
/// most `max` lines, the last cut with an ellipsis when the text goes on.
fn wrap(ctx: &CanvasRenderingContext2d, text: &str, width: f64, max: usize) -> Vec<String> {
    let fits = |line: &str| ctx.measure_text(line).is_ok_and(|m| m.width() <= width);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let longer = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if fits(&longer) || line.is_empty() {
            line = longer;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && !fits(&format!("{last}…")) {
                last.pop();
            }
            last.push('…');
        }
    }
    lines
}

/// Draws `card` on a new canvas in the look of the result's hero around
/// `inside` (an element of the hero) and encodes it as a PNG.
///
/// # Errors
/// Whatever the browser throws: no hero, no canvas, no 2D context, encoding refused.
pub async fn draw(card: &Card<'_>, inside: &yew::NodeRef) -> Result<Blob, JsValue> {
    let hero = inside
        .cast::<Element>()
        .and_then(|el| el.closest(".sp-hero").ok().flatten())
        .ok_or_else(|| JsValue::from_str("no result on screen"))?;
    let look = Look::of(&hero);
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.unchecked_into();
    canvas.set_width(SIDE);
    canvas.set_height(SIDE);
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2D context"))?
        .unchecked_into();
    let side = f64::from(SIDE);
    let width = side - 2.0 * MARGIN;
    let font = |weight: u16, px: u16| format!("{weight} {px}px {}", look.font);

    // The page, then a band of the outcome's colour with the shape cut out
    // of it in the page's colour.
    ctx.set_fill_style_str(&look.background);
    ctx.fill_rect(0.0, 0.0, side, side);
    let band = 560.0;
    ctx.set_fill_style_str(&look.outcome);
    ctx.fill_rect(0.0, 0.0, side, band);
    ctx.save();
    // The 100 × 84 box, 4.4 times over, centred in the band.
    let scale = 4.4;
    ctx.translate(
        (side - 100.0 * scale) / 2.0,
        (band - 84.0 * scale) / 2.0 + 10.0,
    )?;
    ctx.scale(scale, scale)?;
    ctx.set_fill_style_str(&look.background);
    ctx.fill_with_path_2d(&Path2d::new_with_path_string(card.shape)?);
    ctx.restore();

    ctx.set_text_baseline("alphabetic");
    ctx.set_fill_style_str(&look.muted);
    ctx.set_font(&font(600, 40));
    ctx.fill_text(card.lean, MARGIN, band + 86.0)?;
    ctx.set_fill_style_str(&look.ink);
    ctx.set_font(&font(800, 108));
    let name = wrap(&ctx, card.name, width, 1);
    ctx.fill_text(
        name.first().map_or("", String::as_str),
        MARGIN,
        band + 200.0,
    )?;
    ctx.set_font(&font(500, 42));
    let mut y = band + 270.0;
    for line in wrap(&ctx, card.tagline, width, 2) {
        ctx.fill_text(&line, MARGIN, y)?;
        y += 54.0;
    }
    if let Some(near) = card.near {
        ctx.set_fill_style_str(&look.muted);
        ctx.set_font(&font(600, 36));
        ctx.fill_text(near, MARGIN, y + 14.0)?;
    }
    ctx.set_fill_style_str(&look.muted);
    ctx.set_font(&font(500, 28));
    ctx.fill_text(card.foot, MARGIN, side - 48.0)?;

    let png = Promise::new(&mut |resolve, reject| {
        if canvas.to_blob_with_type(&resolve, "image/png").is_err() {
            let _ = reject.call0(&JsValue::NULL);
        }
    });
    JsFuture::from(png)
        .await?
        .dyn_into::<Blob>()
        .map_err(|_| JsValue::from_str("the browser did not encode the picture"))
}
