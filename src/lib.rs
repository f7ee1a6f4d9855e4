//! Skillpath: a career-decision widget that runs entirely in the reader's browser.
//!
//! `domain` is pure and holds every rule; `content` is the guide as data;
//! `state` is the reducer; `components` render it; `browser` alone touches the page.

pub mod browser;
pub mod components;
pub mod content;
pub mod domain;
pub mod hooks;
pub mod state;

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
