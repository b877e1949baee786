//! Text from the server made safe for a terminal.
//!
//! Object names (a Role's name may hold any character but `/` and `%`), annotation values
//! and table cells can carry control characters, ANSI escape sequences (which can recolour,
//! retitle or clear the terminal, or hide text) and bidirectional-text marks (which reorder
//! what is shown: `evil\u{202e}gnp.exe` reads `evilexe.png`). When stdout is a terminal,
//! the printers of names and tables pass every piece of server text through
//! [`for_terminal`], which writes those characters as visible escapes:
//!
//! - `^[` for ESC, as kubectl's tables write it (so a terminal shows the same text
//!   for a table and for `-o name`);
//! - `\t`, `\n`, `\r` for tab, newline and carriage return;
//! - `\xNN` (two lower-case hex digits) for the other C0 controls and DEL (BEL is `\x07`);
//! - `\u{NN}` for the C1 controls U+0080–U+009F, and `\u{NNNN}` for the bidi marks U+061C,
//!   U+200E, U+200F, U+202A–U+202E and U+2066–U+2069, and for U+2028/U+2029 (line and
//!   paragraph separators).
//!
//! A backslash is left as it is, so ordinary text reads the same. When stdout is not a
//! terminal (a pipe, a file), scripts get what kubectl prints: table cells (tables,
//! custom columns, `get -w`) with kubectl's own `printers.EscapeTerminal` applied (ESC as
//! `^[`, CR as `\r`, nothing else), and everything else (`-o name`, JSON, YAML,
//! JSONPath) as the exact bytes.

use std::borrow::Cow;
use std::io::IsTerminal;
use std::sync::OnceLock;

/// Whether stdout is a terminal (checked once).
pub(crate) fn enabled() -> bool {
    static TTY: OnceLock<bool> = OnceLock::new();
    *TTY.get_or_init(|| std::io::stdout().is_terminal())
}

/// `text` as it may be written to stdout: escaped when stdout is a terminal.
pub(crate) fn for_terminal(text: &str) -> Cow<'_, str> {
    if enabled() { escape(text) } else { Cow::Borrowed(text) }
}

/// A table cell as it may be written to stdout: [`escape`]d on a terminal, else with
/// kubectl's escaping of table cells ([`kubectl_table`]).
pub(crate) fn table_cell(text: &str) -> Cow<'_, str> {
    if enabled() { escape(text) } else { kubectl_table(text) }
}

/// kubectl's `printers.EscapeTerminal`, which its table printers apply to every cell
/// whatever the output: ESC becomes `^[` and CR `\r`.
pub(crate) fn kubectl_table(text: &str) -> Cow<'_, str> {
    if text.contains(['\u{1b}', '\r']) {
        Cow::Owned(text.replace('\u{1b}', "^[").replace('\r', "\\r"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether `c` must not reach a terminal as it is.
fn dangerous(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with control characters and bidi marks written as visible escapes (see the
/// module's documentation); borrowed when there is nothing to escape.
pub(crate) fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(dangerous) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\u{1b}' => out.push_str("^["),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if dangerous(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(escape("web-7d4b9-x"), Cow::Borrowed(_)));
        assert!(matches!(escape("ünïcødé 日本 C:\\dir"), Cow::Borrowed(_)));
    }

    #[test]
    fn ansi_sequences_become_visible() {
        assert_eq!(escape("a\x1b[31mred\x1b[0m"), "a^[[31mred^[[0m");
        assert_eq!(escape("\x1b]0;title\x07"), "^[]0;title\\x07");
        assert_eq!(escape("x\u{7f}\u{0}"), "x\\x7f\\x00");
        assert_eq!(escape("\u{9b}2J"), "\\u{9b}2J");
    }

    #[test]
    fn layout_characters_are_escaped() {
        assert_eq!(escape("a\tb\nc\rd"), "a\\tb\\nc\\rd");
        assert_eq!(escape("a\u{2028}b"), "a\\u{2028}b");
    }

    #[test]
    fn kubectl_escapes_only_esc_and_cr_in_tables() {
        assert_eq!(kubectl_table("a\x1b[1m\r\n\x07\u{202e}"), "a^[[1m\\r\n\x07\u{202e}");
        assert!(matches!(kubectl_table("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn bidi_marks_are_escaped() {
        assert_eq!(escape("evil\u{202e}gnp.exe"), "evil\\u{202e}gnp.exe");
        for c in [
            '\u{200e}', '\u{200f}', '\u{202a}', '\u{202d}', '\u{2066}', '\u{2069}', '\u{61c}',
        ] {
            let s = c.to_string();
            assert_eq!(escape(&s), format!("\\u{{{:x}}}", c as u32));
        }
        // Not marks: a zero-width joiner (emoji sequences) and the characters around the ranges.
        assert_eq!(
            escape("\u{200d}\u{2065}\u{206a}\u{2029}x"),
            "\u{200d}\u{2065}\u{206a}\\u{2029}x"
        );
    }
}
