//! Saved progress: what the widget keeps on the reader's device between visits
//! (the guide's answers and screen, the calculator's scenarios, the profile form
//! as typed), its versioned format, and the rule that stops two writers from
//! overwriting each other's newer work.
//!
//! Pure: `browser::saving` moves the text in and out of storage; this module
//! decides what the text means and whether a write may go ahead.
//!
//! # Format (version 1)
//! ```json
//! {"format":"skillpath-progress","version":1,
//!  "stamp":"18c2f07a9be4d31.4",
//!  "progress":{"guide":{…},"income":{…},"profile":{…}}}
//! ```
//! The version sits in the value, not in the key, so that an older widget
//! finds a newer widget's progress under the same key, recognises it, and
//! leaves it alone. Values are checked again when they are put back (a saved
//! value can be edited by hand like any other input).

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The value of `format` in every saved state.
pub const FORMAT: &str = "skillpath-progress";
/// The format version this code writes; it reads this one and every older one.
pub const VERSION: u32 = 1;
/// Where every key the widget writes starts.
pub const KEY_PREFIX: &str = "skillpath:";
/// The longest saved text read back, in bytes (browsers give a site about 5 MB).
pub const MAX_SAVED: usize = 1 << 20;

/// Who wrote a saved state, and how many times: checked before every write.
/// Stored as one text, `writer.seq` (a struct of its own would cost the
/// download another serde visitor).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Stamp {
    /// A random name given to each running widget (no dot in it).
    pub writer: String,
    /// Counts that widget's writes.
    pub seq: u32,
}

impl From<Stamp> for String {
    fn from(stamp: Stamp) -> String {
        format!("{}.{}", stamp.writer, stamp.seq)
    }
}

impl TryFrom<String> for Stamp {
    type Error = &'static str;

    fn try_from(text: String) -> Result<Stamp, &'static str> {
        let (writer, seq) = text.rsplit_once('.').ok_or("no dot")?;
        Ok(Stamp {
            writer: writer.to_owned(),
            seq: seq.parse().map_err(|_| "no count")?,
        })
    }
}

/// A number exactly as typed, with the last accepted value behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryPart {
    /// What the field showed.
    pub text: String,
    /// The last value the field accepted, in hundredths.
    pub value: u64,
}

/// The guide's part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuidePart {
    /// Question id and chosen answer id, in question order.
    pub answers: Vec<(String, String)>,
    /// `review`, `result`, or the id of the question on show.
    pub screen: String,
}

/// One calculator scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioPart {
    /// The name field as typed.
    pub name_text: String,
    /// The last name it accepted.
    pub name: String,
    /// Hourly rate.
    pub rate: EntryPart,
    /// Hours per week.
    pub hours: EntryPart,
    /// Working weeks per year.
    pub weeks: EntryPart,
}

/// The calculator's part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncomePart {
    /// The scenarios, in the order shown.
    pub scenarios: Vec<ScenarioPart>,
    /// Position of the scenario in the editor.
    pub selected: usize,
    /// The inverse's target annual income, in cents.
    pub target: EntryPart,
    /// `rate`, `hours` or `weeks`: what the inverse solves for.
    pub solve_for: String,
}

/// One work-sample row, as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SamplePart {
    /// Title.
    pub title: String,
    /// The kind's id in the profile file (`benchmark`, `report`, …).
    pub kind: String,
    /// Link.
    pub link: String,
}

/// The profile form's part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfilePart {
    /// Headline as typed.
    pub headline: String,
    /// Domains, strengths, credentials and tools.
    pub lists: [Vec<String>; 4],
    /// The four lists' inputs, not yet added.
    pub drafts: [String; 4],
    /// Hours per week.
    pub hours: EntryPart,
    /// Whether the reader typed the hours (they then stop following the scenario).
    pub hours_typed: bool,
    /// Time zone as typed.
    pub timezone: String,
    /// Work-sample rows.
    pub samples: Vec<SamplePart>,
    /// Filled from an imported file.
    pub imported: bool,
    /// Changed since it was last downloaded or copied.
    pub dirty: bool,
}

/// Everything the widget keeps between visits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// The decision guide.
    pub guide: GuidePart,
    /// The income calculator.
    pub income: IncomePart,
    /// The skill profile.
    pub profile: ProfilePart,
}

impl Progress {
    /// What a "Resume" offer says about it, for a guide of `questions` questions.
    pub fn summary(&self, questions: usize) -> String {
        let answered = self.guide.answers.len().min(questions);
        let mut parts = vec![match self.guide.screen.as_str() {
            "result" if answered == questions => "your guide result".to_owned(),
            _ => format!("{answered} of {questions} guide answers"),
        }];
        match self.income.scenarios.len() {
            1 => parts.push("1 income scenario".to_owned()),
            n => parts.push(format!("{n} income scenarios")),
        }
        let p = &self.profile;
        if !p.headline.trim().is_empty() || p.lists.iter().any(|l| !l.is_empty()) {
            parts.push("a skill profile draft".to_owned());
        }
        let last = parts.pop().unwrap_or_default();
        if parts.is_empty() {
            last
        } else {
            format!("{} and {last}", parts.join(", "))
        }
    }
}

/// A saved state as written: the format, its version, the stamp and the progress.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope<P> {
    format: String,
    version: u32,
    stamp: Stamp,
    progress: P,
}

impl<'a> Envelope<&'a Progress> {
    /// The value to store for `progress`, written by `stamp`.
    pub fn new(progress: &'a Progress, stamp: Stamp) -> Self {
        Envelope {
            format: FORMAT.to_owned(),
            version: VERSION,
            stamp,
            progress,
        }
    }
}

/// The fields every version has; read first to pick the reader.
#[derive(Deserialize)]
struct Head {
    format: String,
    version: u32,
    #[serde(default)]
    stamp: Option<Stamp>,
}

/// Why a saved value could not be read. It is then kept aside, not overwritten.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Unreadable {
    /// Larger than [`MAX_SAVED`].
    #[error("it is larger than anything this widget writes")]
    TooLarge,
    /// Not JSON.
    #[error("it is not valid JSON (line {line}, column {column})")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// JSON, but not a Skillpath saved state (or its first fields are broken).
    #[error("it is not progress Skillpath saved")]
    Foreign,
    /// A Skillpath saved state with a missing, unknown or wrongly shaped
    /// field (line and column of the first).
    #[error("a field is not as Skillpath writes it (line {line}, column {column})")]
    Shape {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
}

/// What a key held when the widget opened it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    /// Nothing saved.
    Nothing,
    /// Saved progress this version reads (migrated if it was older).
    Found {
        /// The progress.
        progress: Box<Progress>,
        /// Who wrote it last.
        stamp: Stamp,
    },
    /// A saved state written by a newer version of Skillpath: left untouched.
    Newer(u32),
    /// Something that cannot be read back.
    Unreadable(Unreadable),
}

/// Reads what a key held.
pub fn open(raw: Option<&str>) -> Opened {
    let Some(raw) = raw else {
        return Opened::Nothing;
    };
    if raw.len() > MAX_SAVED {
        return Opened::Unreadable(Unreadable::TooLarge);
    }
    let head = match serde_json::from_str::<Head>(raw) {
        Ok(head) => head,
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Opened::Unreadable(Unreadable::Json {
                line: e.line(),
                column: e.column(),
            });
        }
        Err(_) => return Opened::Unreadable(Unreadable::Foreign),
    };
    if head.format != FORMAT || head.version == 0 {
        return Opened::Unreadable(Unreadable::Foreign);
    }
    if head.version > VERSION {
        return Opened::Newer(head.version);
    }
    match migrate(head.version, raw) {
        Ok((progress, stamp)) => Opened::Found {
            progress: Box::new(progress),
            stamp,
        },
        Err(e) => Opened::Unreadable(e),
    }
}

/// Reads version `version` (at most [`VERSION`]) and brings it up to date.
/// Each future version adds one step here that turns the one before it into
/// itself; the frozen samples in `tests/progress.rs` keep every step honest.
fn migrate(version: u32, raw: &str) -> Result<(Progress, Stamp), Unreadable> {
    debug_assert!((1..=VERSION).contains(&version));
    // No field path (serde_path_to_error, as the profile import uses): a
    // reader cannot mend a saved state by hand, and it would cost the
    // download a copy of every visitor below.
    let env: Envelope<Progress> = serde_json::from_str(raw).map_err(|e| Unreadable::Shape {
        line: e.line(),
        column: e.column(),
    })?;
    Ok((env.progress, env.stamp))
}

/// The stamp of a stored value: `None` for a value with none (unreadable, or
/// not ours).
pub fn stamp_of(raw: &str) -> Option<Stamp> {
    serde_json::from_str::<Head>(raw).ok()?.stamp
}

/// Whether a write may replace what the key holds now (`current`), given the
/// stamp this widget last read or wrote there (`known`, `None` if it found the
/// key empty). Anything else means another tab or widget wrote (or removed)
/// it since: a write would silently overwrite newer work.
pub fn may_write(known: Option<&Stamp>, current: Option<&str>) -> bool {
    match (known, current) {
        (None, None) => true,
        (Some(known), Some(raw)) => stamp_of(raw).as_ref() == Some(known),
        _ => false,
    }
}

/// What a `storage-key` option may be: 1 to [`MAX_KEY`] characters, none of them a
/// control character.
pub const MAX_KEY: usize = 100;

/// Why a `storage-key` option was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum KeyError {
    /// Longer than [`MAX_KEY`] characters.
    #[error("is longer than 100 characters")]
    TooLong,
    /// Holds a control character.
    #[error("holds a control character")]
    Control,
}

/// The storage key for a `storage-key` option (trimmed; blank means none).
///
/// # Errors
/// [`KeyError`] when the option cannot name a key.
pub fn named_key(option: &str) -> Result<Option<String>, KeyError> {
    let name = option.trim();
    if name.is_empty() {
        Ok(None)
    } else if name.chars().nth(MAX_KEY).is_some() {
        Err(KeyError::TooLong)
    } else if name.chars().any(char::is_control) {
        Err(KeyError::Control)
    } else {
        Ok(Some(format!("{KEY_PREFIX}{name}")))
    }
}

/// The storage key of a widget without a `storage-key`: its page (path and
/// query, so two differently set-up frames of one page differ) and its place
/// among such widgets on the page (1 for the first).
pub fn page_key(path_and_query: &str, nth: u32) -> String {
    format!("{KEY_PREFIX}page:{path_and_query}#{nth}")
}

/// Where an unreadable value under `key` is kept aside.
pub fn aside_key(key: &str) -> String {
    format!("{key}:unreadable")
}

/// Why a widget does not save on this device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Off {
    /// The browser refuses storage here (blocked, disabled, a private mode).
    Blocked,
    /// The site's storage is full.
    Full,
    /// The key holds progress from a newer Skillpath, left untouched.
    Newer(u32),
    /// Another widget on this page saves under the same key.
    Shared,
    /// The reader asked to forget their data.
    Forgotten,
}

impl Off {
    /// What the widget says about it, once.
    pub fn message(&self) -> String {
        const LASTS: &str = "Your work here lasts until you leave the page; \
                             Download JSON in the skill profile still keeps a copy.";
        match self {
            Off::Blocked => format!(
                "This browser does not let the page keep data, so your progress cannot be saved here. {LASTS}"
            ),
            Off::Full => format!(
                "This browser's storage for the site is full, so your latest changes are not saved on this device. {LASTS}"
            ),
            Off::Newer(v) => format!(
                "Progress on this device was saved by a newer version of Skillpath (format {v}); \
                 this page runs an older one, so it leaves that progress untouched and does not save. {LASTS}"
            ),
            Off::Shared => format!(
                "Another Skillpath on this page saves its progress under the same storage key, \
                 so this one is sharing that saved progress and does not overwrite it. {LASTS}"
            ),
            Off::Forgotten => "Your saved progress is removed from this device, and nothing more \
                               is saved during this visit. What is on screen stays until you leave the page."
                .to_owned(),
        }
    }
}

/// What another tab or widget did to the key since this widget last read or wrote it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elsewhere {
    /// Saved newer progress there.
    Written,
    /// Removed it ("Forget my data" in another tab).
    Removed,
}

/// Whether the widget saves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Saves as the reader works.
    On,
    /// Does not save, for this reason.
    Off(Off),
    /// Waits for the reader: the key changed elsewhere, and saving now would
    /// overwrite that change.
    Changed(Elsewhere),
}

/// What the widget shows about saving.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveView {
    /// Whether it saves.
    pub mode: Mode,
    /// Saved progress found on opening, until the reader resumes or starts
    /// over; nothing is written meanwhile.
    pub offer: Option<std::rc::Rc<Progress>>,
    /// Why an unreadable saved value was put aside (it can be downloaded).
    pub aside: Option<Unreadable>,
    /// Whether this visit has saved anything yet.
    pub saved: bool,
}

impl SaveView {
    /// Saving, with nothing found.
    pub fn on() -> Self {
        SaveView {
            mode: Mode::On,
            offer: None,
            aside: None,
            saved: false,
        }
    }

    /// Whether a write may happen now.
    pub fn writes(&self) -> bool {
        self.mode == Mode::On && self.offer.is_none()
    }
}

/// What opening a key means for the widget: its first view, the stamp it
/// found (writes are checked against it), and whether the value it found
/// must be kept aside before anything else is written there.
pub fn start(opened: Opened, shared: bool) -> (SaveView, Option<Stamp>, bool) {
    let mut view = SaveView::on();
    if shared {
        view.mode = Mode::Off(Off::Shared);
    }
    match opened {
        Opened::Nothing => (view, None, false),
        Opened::Found { progress, stamp } => {
            view.offer = Some(std::rc::Rc::new(*progress));
            (view, Some(stamp), false)
        }
        Opened::Newer(v) => {
            if !shared {
                view.mode = Mode::Off(Off::Newer(v));
            }
            (view, None, false)
        }
        Opened::Unreadable(why) => {
            view.aside = Some(why);
            (view, None, !shared)
        }
    }
}
