#!/usr/bin/env bash
# Fuzzes the three readers of outside text (profile import, saved progress,
# share codes) with cargo-fuzz, which needs a nightly toolchain.
#
#   ./scripts/fuzz.sh              brief: a fixed number of runs per target from
#                                  the committed corpus (what the tests run)
#   ./scripts/fuzz.sh 600          each target for 600 seconds
#   ./scripts/fuzz.sh 600 share_decode   one target
#
# New inputs go to target/fuzz-corpus/<target> (not committed); a crash is
# written to fuzz/artifacts/<target>/ and fails the run. Without nightly or
# cargo-fuzz it says so and stops with success: `tests/fuzz_corpus.rs` still
# replays the committed corpus on the stable toolchain.
source "$(dirname "$0")/lib.sh"

TARGETS=(profile_import progress_open share_decode)
RUNS=200000

if ! rustup run nightly rustc --version >/dev/null 2>&1 || ! cargo fuzz --version >/dev/null 2>&1; then
  echo "Fuzzing skipped: it needs a nightly toolchain and cargo-fuzz (scripts/setup.sh installs cargo-fuzz where nightly exists)."
  exit 0
fi

seconds="${1:-}"
if [ $# -ge 2 ]; then TARGETS=("${@:2}"); fi

cd fuzz
for target in "${TARGETS[@]}"; do
  scratch="$ROOT/target/fuzz-corpus/$target"
  mkdir -p "$scratch" "artifacts/$target"
  dict=()
  if [ -f "$target.dict" ]; then dict=("-dict=$target.dict"); fi
  if [ -n "$seconds" ]; then limit=("-max_total_time=$seconds"); else limit=("-runs=$RUNS" "-seed=1"); fi
  step "Fuzz $target (${limit[0]#-})"
  log="$ROOT/target/fuzz-$target.log"
  if ! cargo +nightly fuzz run -O "$target" "$scratch" "corpus/$target" -- \
    "${limit[@]}" "${dict[@]}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="artifacts/$target/" -print_final_stats=1 >"$log" 2>&1; then
    grep -v '^#[0-9]' "$log" | tail -40
    echo "fuzz $target failed: the input is in fuzz/artifacts/$target/" >&2
    exit 1
  fi
  grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)|^INFO: (seed|Loaded)' "$log"
done
