//! Skillpath: a career-decision widget that runs entirely in the reader's browser.
//!
//! From the bottom up: `domain` is pure and holds every rule; `content` is the
//! guide as data; `state` holds the reducers; `components` render them, with
//! `hooks` and the `browser` helpers; `embed` is the entry point on top, the
//! only module that starts the root component.

pub mod browser;
pub mod components;
pub mod content;
pub mod domain;
pub mod embed;
pub mod hooks;
pub mod state;

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
