//! A small, strict JSON reader and writer for the skill-profile file.
//!
//! The widget needs JSON only for one document, so it carries this instead of a
//! general serialisation framework (much smaller in the wasm). Numbers keep the
//! text they were written with: the profile reads them as exact hundredths and
//! never goes through floating point.
//!
//! Reading is strict: RFC 8259 grammar, no comments or trailing commas, a key
//! may appear only once per object, strings must be valid Unicode (no lone
//! surrogates), nesting deeper than [`MAX_DEPTH`] is refused before it can
//! exhaust the stack. A leading byte-order mark is skipped.

use std::fmt::Write as _;

use thiserror::Error;

/// The deepest nesting of arrays and objects accepted.
pub const MAX_DEPTH: usize = 32;

/// A JSON value. Objects keep their keys in the order written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A number, exactly as written (checked against JSON's grammar).
    Number(String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, keys in order.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// What kind of value this is, for messages ("a number", "text", …).
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::String(_) => "text",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }

    /// A string value.
    pub fn str(text: &str) -> Value {
        Value::String(text.to_owned())
    }

    /// An array of strings.
    pub fn strings(items: &[String]) -> Value {
        Value::Array(items.iter().map(|s| Value::String(s.clone())).collect())
    }

    /// An unsigned integer.
    pub fn uint(n: u64) -> Value {
        Value::Number(n.to_string())
    }

    /// The value as indented JSON text (two spaces), ending without a newline.
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out
    }

    fn write(&self, out: &mut String, indent: usize) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(n),
            Value::String(s) => write_string(out, s),
            Value::Array(items) if items.is_empty() => out.push_str("[]"),
            Value::Object(fields) if fields.is_empty() => out.push_str("{}"),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    separator(out, i, indent + 1);
                    item.write(out, indent + 1);
                }
                newline(out, indent);
                out.push(']');
            }
            Value::Object(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    separator(out, i, indent + 1);
                    write_string(out, key);
                    out.push_str(": ");
                    value.write(out, indent + 1);
                }
                newline(out, indent);
                out.push('}');
            }
        }
    }
}

fn separator(out: &mut String, i: usize, indent: usize) {
    if i > 0 {
        out.push(',');
    }
    newline(out, indent);
}

fn newline(out: &mut String, indent: usize) {
    out.push('\n');
    for _ in 0..indent {
        out.push_str("  ");
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Why a text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Syntax {
    /// The text has nothing but spaces.
    #[error("the file is empty")]
    Empty,
    /// The text ended in the middle of a value.
    #[error("the file ends too early")]
    End,
    /// A character that cannot start or continue a value here.
    #[error("unexpected “{0}”")]
    Unexpected(char),
    /// A number that breaks JSON's grammar (`01`, `1.`, `+1`, `.5`).
    #[error("a number is badly written")]
    Number,
    /// A backslash escape JSON does not have, or a broken `\u` escape.
    #[error("a string has a bad escape")]
    Escape,
    /// A raw control character (such as a line break) inside a string.
    #[error("a string contains a raw control character")]
    Control,
    /// Nested deeper than [`MAX_DEPTH`].
    #[error("lists and objects are nested more than {MAX_DEPTH} levels deep")]
    TooDeep,
    /// The same key twice in one object.
    #[error("the key “{0}” appears twice in one object")]
    DuplicateKey(String),
    /// More text after the value.
    #[error("there is more text after the end of the JSON")]
    Trailing,
}

/// A [`Syntax`] problem and where it is (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{what} (line {line}, column {column})")]
pub struct ParseError {
    /// The problem.
    pub what: Syntax,
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

/// Reads one JSON value from `text`.
///
/// # Errors
/// The first [`Syntax`] problem, with its line and column.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser { text, at: 0 };
    p.space();
    if p.at == text.len() {
        return Err(p.fail_at(Syntax::Empty, 0));
    }
    let value = p.value(0)?;
    p.space();
    if p.at < text.len() {
        return Err(p.fail(Syntax::Trailing));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl Parser<'_> {
    fn fail(&self, what: Syntax) -> ParseError {
        self.fail_at(what, self.at)
    }

    fn fail_at(&self, what: Syntax, at: usize) -> ParseError {
        let before = &self.text[..at];
        let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        // A fold, not `count()`: the specialised counter costs wasm size for no gain here.
        let column = before[start..].chars().fold(1, |n, _| n + 1);
        ParseError { what, line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn unexpected(&self) -> ParseError {
        match self.text[self.at..].chars().next() {
            Some(c) => self.fail(Syntax::Unexpected(c)),
            None => self.fail(Syntax::End),
        }
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let hit = self.peek() == Some(byte);
        if hit {
            self.at += 1;
        }
        hit
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, ParseError> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.unexpected())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.unexpected()),
        }
    }

    fn enter(&mut self, depth: usize) -> Result<(), ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.fail(Syntax::TooDeep));
        }
        self.at += 1;
        self.space();
        Ok(())
    }

    fn array(&mut self, depth: usize) -> Result<Value, ParseError> {
        self.enter(depth)?;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.space();
            if self.eat(b']') {
                return Ok(Value::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.unexpected());
            }
            self.space();
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, ParseError> {
        self.enter(depth)?;
        let mut fields: Vec<(String, Value)> = Vec::new();
        if self.eat(b'}') {
            return Ok(Value::Object(fields));
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.unexpected());
            }
            let key_at = self.at;
            let key = self.string()?;
            if fields.iter().any(|(k, _)| *k == key) {
                return Err(self.fail_at(Syntax::DuplicateKey(key), key_at));
            }
            self.space();
            if !self.eat(b':') {
                return Err(self.unexpected());
            }
            self.space();
            let value = self.value(depth)?;
            fields.push((key, value));
            self.space();
            if self.eat(b'}') {
                return Ok(Value::Object(fields));
            }
            if !self.eat(b',') {
                return Err(self.unexpected());
            }
            self.space();
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.at;
        self.eat(b'-');
        let lead = self.peek();
        let whole = self.digits();
        let ok = whole > 0
            && !(lead == Some(b'0') && whole > 1)
            && (!self.eat(b'.') || self.digits() > 0)
            && (!(self.eat(b'e') || self.eat(b'E')) || {
                let _ = self.eat(b'+') || self.eat(b'-');
                self.digits() > 0
            });
        if ok {
            Ok(Value::Number(self.text[start..self.at].to_owned()))
        } else {
            Err(self.fail_at(Syntax::Number, start))
        }
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits = self.text.get(self.at..self.at + 4).unwrap_or("");
        let ok = digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_hexdigit());
        match u32::from_str_radix(digits, 16) {
            Ok(n) if ok => {
                self.at += 4;
                Ok(n)
            }
            _ => Err(self.fail(Syntax::Escape)),
        }
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.at..];
            let Some(c) = rest.chars().next() else {
                return Err(self.fail(Syntax::End));
            };
            match c {
                '"' => {
                    self.at += 1;
                    return Ok(out);
                }
                '\\' => {
                    self.at += 1;
                    let escape = self.peek();
                    self.at += 1;
                    let c = match escape {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode()?,
                        _ => {
                            self.at -= 1;
                            return Err(self.fail(Syntax::Escape));
                        }
                    };
                    out.push(c);
                }
                c if u32::from(c) < 0x20 => return Err(self.fail(Syntax::Control)),
                c => {
                    out.push(c);
                    self.at += c.len_utf8();
                }
            }
        }
    }

    /// After `\u`: one code point, joining a surrogate pair; a lone surrogate is refused.
    fn unicode(&mut self) -> Result<char, ParseError> {
        let high = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&high) {
            if !self.text[self.at..].starts_with("\\u") {
                return Err(self.fail(Syntax::Escape));
            }
            self.at += 2;
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(self.fail(Syntax::Escape));
            }
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        char::from_u32(code).ok_or_else(|| self.fail(Syntax::Escape))
    }
}

/// Why a JSON number cannot be read as an amount with at most two decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum NumberError {
    /// Below zero.
    #[error("must not be negative")]
    Negative,
    /// More than two decimals.
    #[error("has more than two decimals")]
    TooPrecise,
    /// Larger than the limit.
    #[error("is too large")]
    TooLarge,
}

/// A JSON number (as written, already grammar-checked) as a count of
/// hundredths: `"37.55"` → 3755, `"1.5e1"` → 1500. Exact; no floating point.
///
/// # Errors
/// [`NumberError`] when negative, with more than two decimals, or above `max`
/// hundredths (`1e999` is simply too large).
pub fn hundredths(number: &str, max: u64) -> Result<u64, NumberError> {
    let (negative, body) = match number.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, number),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: Vec<u64> = whole
        .bytes()
        .chain(fraction.bytes())
        .map(|b| u64::from(b - b'0'))
        .collect();
    if digits.iter().all(|d| *d == 0) {
        return Ok(0);
    }
    if negative {
        return Err(NumberError::Negative);
    }
    // Saturating: an exponent of a million digits is as good as infinite.
    let exp = exponent
        .trim_start_matches('+')
        .bytes()
        .skip(usize::from(exponent.starts_with('-')))
        .fold(0i64, |n, b| {
            n.saturating_mul(10).saturating_add(i64::from(b - b'0'))
        });
    let exp = if exponent.starts_with('-') { -exp } else { exp };
    // Index into `digits` just after the hundredths digit.
    let cut = i64::try_from(whole.len())
        .unwrap_or(i64::MAX)
        .saturating_add(exp)
        .saturating_add(2);
    if cut > 40 {
        return Err(NumberError::TooLarge);
    }
    let kept = usize::try_from(cut.max(0)).unwrap_or(0);
    if digits.iter().skip(kept).any(|d| *d != 0) {
        return Err(NumberError::TooPrecise);
    }
    let mut n: u64 = 0;
    for i in 0..kept {
        let d = digits.get(i).copied().unwrap_or(0);
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d))
            .ok_or(NumberError::TooLarge)?;
    }
    if n > max {
        return Err(NumberError::TooLarge);
    }
    Ok(n)
}

/// Hundredths written as a JSON number: 3755 → `37.55`, 1500 → `15`, 150 → `1.5`.
pub fn number_from_hundredths(n: u64) -> Value {
    let (whole, cents) = (n / 100, n % 100);
    Value::Number(match cents {
        0 => whole.to_string(),
        c if c % 10 == 0 => format!("{whole}.{}", c / 10),
        c => format!("{whole}.{c:02}"),
    })
}
