//! Which sections of the widget show: the `sections` option, a space-separated
//! subset of `guide income profile`. Read leniently: unknown names are
//! reported and skipped, and with no known name left every section shows.

/// One part of the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The decision guide (`guide`).
    Guide = 1,
    /// The income calculator (`income`).
    Income = 2,
    /// The skill-profile form (`profile`).
    Profile = 4,
}

impl Section {
    /// Every section, in the order the widget shows them.
    pub const ALL: [Section; 3] = [Section::Guide, Section::Income, Section::Profile];

    /// The name the option uses.
    pub fn id(self) -> &'static str {
        match self {
            Section::Guide => "guide",
            Section::Income => "income",
            Section::Profile => "profile",
        }
    }
}

/// A set of sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections(u8);

impl Sections {
    /// All three: the default.
    pub const ALL: Sections = Sections(7);

    /// Whether `section` is in the set.
    pub fn has(self, section: Section) -> bool {
        self.0 & section as u8 != 0
    }

    /// `section` when it is in the set, else the set's first section: the
    /// chapter a widget shows when the one asked for is not there.
    pub fn clamp(self, section: Section) -> Section {
        if self.has(section) {
            return section;
        }
        Section::ALL
            .into_iter()
            .find(|s| self.has(*s))
            .unwrap_or(Section::Guide)
    }

    /// The sections in the set, in the order the widget shows them.
    pub fn each(self) -> impl Iterator<Item = Section> {
        Section::ALL.into_iter().filter(move |s| self.has(*s))
    }

    /// The section after `section` in the set, if any: the chapter offered next.
    pub fn after(self, section: Section) -> Option<Section> {
        self.each().find(|s| (*s as u8) > (section as u8))
    }

    /// Reads the option's text. Returns the set and the words that name no
    /// section (in order); case does not matter, and a blank text or one with
    /// no known name means all sections.
    pub fn parse(text: &str) -> (Sections, Vec<&str>) {
        let mut bits = 0;
        let mut unknown = Vec::new();
        for word in text.split_ascii_whitespace() {
            match Section::ALL
                .into_iter()
                .find(|s| s.id().eq_ignore_ascii_case(word))
            {
                Some(s) => bits |= s as u8,
                None => unknown.push(word),
            }
        }
        let set = if bits == 0 {
            Sections::ALL
        } else {
            Sections(bits)
        };
        (set, unknown)
    }
}

/// How many characters of a host's value a warning quotes.
pub const QUOTED: usize = 40;

/// A host's option value as a console warning quotes it: Rust's own quoting
/// (`Debug`: quotes, backslashes, control, direction and invisible characters
/// escaped as `\u{…}`), cut after [`QUOTED`] characters with the full length
/// given, so a 10 KB value or a right-to-left override cannot flood or garble
/// the console.
pub fn quoted(value: &str) -> String {
    let shown: String = value.chars().take(QUOTED).collect();
    let count = value.chars().count();
    if count > QUOTED {
        format!("{shown:?}… ({count} characters)")
    } else {
        format!("{shown:?}")
    }
}

/// The unknown words of a `sections` value as one warning quotes them: the
/// first three, then how many more.
pub fn quoted_words(words: &[&str]) -> String {
    let shown: Vec<String> = words.iter().take(3).map(|w| quoted(w)).collect();
    match words.len() {
        n if n > 3 => format!("{} and {} more", shown.join(", "), n - 3),
        _ => shown.join(", "),
    }
}

impl Default for Sections {
    fn default() -> Self {
        Sections::ALL
    }
}
