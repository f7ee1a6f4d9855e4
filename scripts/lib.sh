# Shared by the scripts in this folder: paths, versions and small helpers.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
# The wasm-bindgen CLI must match the crate exactly; read it from Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Keep build-machine paths out of the shipped wasm (panic locations); it is smaller too.
# Each registry's source folder becomes plain "crates/"; call again once setup has
# populated the registry (a brand-new machine has none before it).
remap_paths() {
  RUSTFLAGS="--remap-path-prefix=$ROOT=skillpath"
  local index
  for index in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
    if [ -d "$index" ]; then RUSTFLAGS="$RUSTFLAGS --remap-path-prefix=${index%/}=crates"; fi
  done
  export RUSTFLAGS
}
remap_paths
export CHROMIUM CHROMEDRIVER

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
