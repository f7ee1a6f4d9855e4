#!/usr/bin/env bash
# Installs whatever Skillpath's build and tests need and is not there yet.
# Safe to run again: each step checks first, so a warm machine takes seconds.
source "$(dirname "$0")/lib.sh"

step "Rust: wasm target, rustfmt, clippy"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed | grep -q '^clippy' || rustup component add clippy

step "Trunk $TRUNK_VERSION"
if ! trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

step "wasm-bindgen CLI $WASM_BINDGEN_VERSION (same version as the crate)"
if ! wasm-bindgen --version 2>/dev/null | grep -qF "$WASM_BINDGEN_VERSION" \
  || ! have wasm-bindgen-test-runner; then
  # Not --locked: one of its locked dependency versions is not in the registry.
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

step "cargo-fuzz (only where a nightly toolchain is installed; see scripts/fuzz.sh)"
if rustup toolchain list | grep -q "^nightly"; then
  cargo fuzz --version >/dev/null 2>&1 || cargo install --locked cargo-fuzz
else
  echo "No nightly toolchain: fuzzing is skipped, and the tests replay the fuzz corpus on stable."
fi

step "Chromium, ChromeDriver and pdftoppm (system packages; no browser download)"
if [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ] || ! have pdftoppm; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver poppler-utils
fi

step "Node.js and the npm dev tools (wasm-opt, playwright-core, axe-core)"
if ! have node || ! have npm; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

step "Tools ready"
printf '  %s\n' "$(trunk --version)" "$(wasm-bindgen --version)" "$(wasm-opt --version)" \
  "$("$CHROMIUM" --version 2>/dev/null)" "node $(node --version)"
