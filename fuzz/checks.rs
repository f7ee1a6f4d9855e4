//! What must hold for any input to the three readers of outside text. The
//! fuzz targets call these for every input they make; `tests/fuzz_corpus.rs`
//! replays the committed corpus through them on the stable toolchain.

use std::sync::LazyLock;

use skillpath::content;
use skillpath::domain::guide::{Answers, Guide};
use skillpath::domain::profile::import::import;
use skillpath::domain::progress::{self, Envelope, Opened};
use skillpath::domain::share;

static GUIDE: LazyLock<Guide> = LazyLock::new(|| content::guide().expect("the guide's content"));

/// Any bytes as a profile file: no panic, and whatever is accepted is written
/// back to a file that reads as the same document.
pub fn profile_import(data: &[u8]) {
    // The widget reads a file as UTF-8 text (the browser replaces bad bytes).
    let text = String::from_utf8_lossy(data);
    if let Ok(read) = import(&text) {
        let again = import(&read.document.to_json()).expect("a written file reads back");
        assert_eq!(again.document, read.document);
        assert!(
            again.ignored.is_empty(),
            "a written file has no unknown field"
        );
    }
}

/// Any text as a saved value: no panic, and whatever is accepted is stored
/// again as a value that opens to the same progress.
pub fn progress_open(data: &[u8]) {
    // localStorage holds strings: only valid text ever reaches the reader.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Opened::Found { progress, stamp } = progress::open(Some(text)) {
        let stored = serde_json::to_string(&Envelope::new(&progress, stamp.clone()))
            .expect("progress serialises");
        match progress::open(Some(&stored)) {
            Opened::Found {
                progress: again,
                stamp: same,
            } => {
                assert_eq!(again, progress);
                assert_eq!(same, stamp);
            }
            other => panic!("a stored value did not open again: {other:?}"),
        }
    }
}

/// Any text after `#share=`: no panic, and every code accepted is the very
/// code the widget writes for what it holds.
pub fn share_decode(data: &[u8]) {
    let code = String::from_utf8_lossy(data);
    if let Ok(shared) = share::decode(&GUIDE, &code) {
        let answers = Answers::from_choices(shared.answers.iter().copied().map(Some).collect());
        let written = share::encode(&GUIDE, &answers, shared.values);
        assert_eq!(written.as_deref(), Some(code.trim()), "one code per result");
    }
}
