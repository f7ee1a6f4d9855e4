//! The fuzz targets' committed corpus, replayed on the stable toolchain:
//! every input there (and every crash ever saved, once fixed) goes through the
//! same checks the fuzzer runs (`fuzz/checks.rs`). `scripts/fuzz.sh` runs the
//! fuzzer itself where a nightly toolchain is installed.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::fs;
use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut count = 0;
    for folder in [
        root.join("corpus").join(target),
        root.join("regressions").join(target),
    ] {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("corpus entry").path();
            let data = fs::read(&path).expect("corpus file");
            let outcome = std::panic::catch_unwind(|| check(&data));
            assert!(outcome.is_ok(), "{} fails its check", path.display());
            count += 1;
        }
    }
    assert!(count > 0, "no corpus for {target}");
}

#[test]
fn profile_import_corpus() {
    replay("profile_import", checks::profile_import);
}

#[test]
fn progress_open_corpus() {
    replay("progress_open", checks::progress_open);
}

#[test]
fn share_decode_corpus() {
    replay("share_decode", checks::share_decode);
}
