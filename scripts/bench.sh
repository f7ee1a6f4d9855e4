#!/usr/bin/env bash
# The benchmark against the peer (see bench/run.mjs): builds the release site,
# installs the peer's SurveyJS packages into bench/node_modules, prints every
# figure with ours ÷ peer and a pass or fail line per target, and writes the
# table to bench/results/latest.md with the wasm's size breakdown beside it.
#
#   ./scripts/bench.sh              7 cold loads of each, alternately
#   RUNS=3 ./scripts/bench.sh       fewer, for a quick look
#   ./scripts/bench.sh --no-build   measure the dist/ already built
source "$(dirname "$0")/lib.sh"
"$ROOT/scripts/setup.sh" >/dev/null

if [ "${1:-}" != "--no-build" ]; then
  step "Release build"
  trunk build --release
fi

step "The peer's packages (SurveyJS)"
if [ ! -f bench/node_modules/.package-lock.json ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  npm ci --prefix bench --no-audit --no-fund
fi

step "Size breakdown of the wasm (twiggy, on the shipped build's steps with names kept)"
mkdir -p bench/results target/bench
# What Trunk does to the cargo output, keeping the function names twiggy reads.
wasm-bindgen --target web --keep-debug --out-dir target/bench/bindgen target/wasm32-unknown-unknown/release/skillpath.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  target/bench/bindgen/skillpath_bg.wasm -o target/bench/named.wasm
if have twiggy; then
  node bench/breakdown.mjs target/bench/named.wasm > bench/results/wasm-breakdown.md
  head -30 bench/results/wasm-breakdown.md
else
  echo "twiggy is not installed (cargo install twiggy): no breakdown this time."
fi

step "Cold loads, ours and the peer's"
node bench/run.mjs
