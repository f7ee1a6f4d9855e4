#!/usr/bin/env bash
# Installs what is missing, then runs every check: format, lints, native tests,
# brief fuzzing, browser tests, the release build, the size budget and the
# end-to-end tests.
source "$(dirname "$0")/lib.sh"
"$ROOT/scripts/setup.sh"
remap_paths

step "Format"
cargo fmt --check

step "Lints (native and wasm)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --tests -- -D warnings

step "Native tests: domain, content, properties, reducer"
cargo test

step "Fuzzing: the three readers of outside text, briefly, from the committed corpus"
"$ROOT/scripts/fuzz.sh"

step "Browser tests: wasm-bindgen-test in headless Chromium"
# The runner gives each test binary 20 s in the browser by default; the saving
# suite's 14 tests take about that on two busy cores, so allow more.
WASM_BINDGEN_TEST_TIMEOUT=120 CHROMEDRIVER="$CHROMEDRIVER" cargo test --target wasm32-unknown-unknown --test 'browser_*'

step "Release build"
trunk build --release

step "Size budget"
node scripts/size.mjs dist

step "End-to-end tests: the built site in Chromium"
node --test --test-concurrency=1 tests/e2e/
