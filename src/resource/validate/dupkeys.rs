//! kubectl's `NoDoubleKeySchema`: a repeated key in `metadata.labels` or
//! `metadata.annotations` of the document's JSON text. kubectl runs it on the JSON it
//! validates, which for a YAML document is go-yaml's conversion (repeats already merged), so
//! it only ever fires for documents written in JSON.
//!
//! It follows `validateNoDuplicateKeys` token for token (exponent-io/jsonpath's decoder): seek
//! to the first point where the path of the last key read is `metadata`, `labels`, then read
//! tokens up to the first `}`, noting every object key read on the way.

/// The texts (`duplicate key: K`) for `labels` then `annotations`; empty when none, or when
/// the text is not JSON.
pub(crate) fn duplicate_keys(json: &str) -> Vec<String> {
    if serde_json::from_str::<serde::de::IgnoredAny>(json).is_err() {
        return Vec::new();
    }
    ["labels", "annotations"]
        .iter()
        .filter_map(|field| duplicate_in(json, field))
        .collect()
}

#[derive(Debug)]
enum Token {
    Open,
    Close(u8),
    Key(String),
    Value,
}

fn duplicate_in(json: &str, field: &str) -> Option<String> {
    let mut tokens = Tokens {
        b: json.as_bytes(),
        at: 0,
        stack: Vec::new(),
    };
    // Seek: the path is (metadata, FIELD) right after the key FIELD is read in the root
    // object's `metadata` object.
    loop {
        let t = tokens.next()?;
        if let Token::Key(k) = &t
            && k == field
            && tokens.stack.len() == 2
            && tokens.stack[0].1.as_deref() == Some("metadata")
        {
            break;
        }
    }
    let mut seen: Vec<String> = Vec::new();
    loop {
        match tokens.next()? {
            Token::Close(b'}') => return None,
            Token::Key(k) => {
                if seen.contains(&k) {
                    return Some(format!("duplicate key: {k}"));
                }
                seen.push(k);
            }
            _ => {}
        }
    }
}

/// A JSON tokenizer that tells keys from values. `stack`: per open container, its kind and
/// (objects) the last key read.
struct Tokens<'a> {
    b: &'a [u8],
    at: usize,
    stack: Vec<(u8, Option<String>, bool)>,
}

impl Tokens<'_> {
    fn next(&mut self) -> Option<Token> {
        while self
            .b
            .get(self.at)
            .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b',' | b':'))
        {
            self.at += 1;
        }
        let c = *self.b.get(self.at)?;
        match c {
            b'{' | b'[' => {
                self.at += 1;
                self.value_read();
                self.stack.push((c, None, true));
                Some(Token::Open)
            }
            b'}' | b']' => {
                self.at += 1;
                self.stack.pop();
                Some(Token::Close(c))
            }
            b'"' => {
                let start = self.at;
                self.at += 1;
                while let Some(&d) = self.b.get(self.at) {
                    self.at += 1;
                    match d {
                        b'\\' => self.at += 1,
                        b'"' => break,
                        _ => {}
                    }
                }
                let raw = std::str::from_utf8(self.b.get(start..self.at)?).ok()?;
                if let Some((b'{', key, expecting_key @ true)) = self.stack.last_mut() {
                    let k: String = serde_json::from_str(raw).ok()?;
                    *key = Some(k.clone());
                    *expecting_key = false;
                    return Some(Token::Key(k));
                }
                self.value_read();
                Some(Token::Value)
            }
            _ => {
                while self.b.get(self.at).is_some_and(|d| !b" \t\n\r,:{}[]\"".contains(d)) {
                    self.at += 1;
                }
                self.value_read();
                Some(Token::Value)
            }
        }
    }

    /// After a value in an object, the next string is a key again.
    fn value_read(&mut self) {
        if let Some((b'{', _, expecting_key)) = self.stack.last_mut() {
            *expecting_key = true;
        }
    }
}
