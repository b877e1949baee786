//! Reading manifests: files, directories (`-R` recurses), stdin (`-`), multi-document YAML,
//! JSON streams and `kind: List` expansion, with every bad-input check done before anything
//! is sent.
//!
//! Every document of every input is parsed; all problems are collected, each naming the
//! file, the document number and the line (and column, for syntax errors), so a caller can
//! report them all and send nothing. Used by `create -f` and `delete -f`.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::selector::Selector;

/// The API server's request body limit (`MaxRequestBodyBytes`, 3 MiB).
pub(crate) const MAX_OBJECT_BYTES: usize = 3 * 1024 * 1024;

/// The extensions a directory is searched for, as kubectl's.
const EXTENSIONS: [&str; 3] = ["json", "yaml", "yml"];

/// How the source is named in messages when it is stdin (kubectl's word).
pub(crate) const STDIN: &str = "STDIN";

/// One object read from an input.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Manifest {
    /// The object: a JSON object with `apiVersion`, `kind` and `metadata.name` or
    /// `metadata.generateName` (checked).
    pub(crate) object: Value,
    /// The file as named on the command line (joined with the directory for directory
    /// entries), or `STDIN`.
    pub(crate) source: String,
    /// 1-based number of the document in its source (empty documents are not counted).
    pub(crate) document: usize,
    /// 1-based line of the source where the document starts.
    pub(crate) line: usize,
    /// 0-based position in the `items` of a `List` document, when expanded from one.
    pub(crate) item: Option<usize>,
    /// The document's text when its source is JSON (validation tells `1.0` from `1` and
    /// finds repeated label keys there, as kubectl does); `None` for YAML.
    pub(crate) json: Option<std::sync::Arc<str>>,
}

impl Manifest {
    pub(crate) fn api_version(&self) -> &str {
        self.object
            .get("apiVersion")
            .and_then(Value::as_str)
            .unwrap_or_default()
    }

    pub(crate) fn kind(&self) -> &str {
        self.object.get("kind").and_then(Value::as_str).unwrap_or_default()
    }

    /// `metadata.name` (empty when only `generateName` is set).
    pub(crate) fn name(&self) -> &str {
        self.object
            .pointer("/metadata/name")
            .and_then(Value::as_str)
            .unwrap_or_default()
    }

    /// `metadata.namespace`, if set and not empty.
    pub(crate) fn namespace(&self) -> Option<&str> {
        self.object
            .pointer("/metadata/namespace")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    }

    /// `(group, version)` of `apiVersion` (`("", "v1")` for the core group).
    pub(crate) fn group_version(&self) -> (&str, &str) {
        split_api_version(self.api_version())
    }

    /// `metadata.labels` (a value that is not a string as its JSON text).
    pub(crate) fn labels(&self) -> BTreeMap<String, String> {
        self.object
            .pointer("/metadata/labels")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .map(|(k, v)| {
                        (
                            k.clone(),
                            v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The namespace the object goes to: its own, else `default` (`-n` or the context's);
    /// none for cluster-scoped kinds. With an explicit `-n` that its own namespace
    /// contradicts, also kubectl's error for it.
    pub(crate) fn target_namespace(
        &self,
        namespaced: bool,
        default: &str,
        explicit: bool,
    ) -> (Option<String>, Option<String>) {
        if !namespaced {
            return (None, None);
        }
        match self.namespace() {
            Some(ns) if explicit && ns != default => (
                Some(ns.to_string()),
                Some(format!(
                    "the namespace from the provided object \"{ns}\" does not match the namespace \"{default}\". You must pass '--namespace={ns}' to perform this operation."
                )),
            ),
            Some(ns) => (Some(ns.to_string()), None),
            None => (Some(default.to_string()), None),
        }
    }

    /// kubectl's error for a kind the server does not serve.
    pub(crate) fn mapping_error(&self) -> String {
        format!(
            "resource mapping not found for name: \"{}\" namespace: \"{}\" from \"{}\": no matches for kind \"{}\" in version \"{}\"\nensure CRDs are installed first",
            self.name(),
            self.namespace().unwrap_or_default(),
            self.source,
            self.kind(),
            self.api_version()
        )
    }
}

/// The `-f` inputs of `create` and `delete`: paths, `-R`, and the `-l` that the objects
/// read must match.
#[derive(Debug, Clone, Default)]
pub(crate) struct Inputs {
    pub(crate) paths: Vec<String>,
    pub(crate) recursive: bool,
    pub(crate) selector: Option<Selector>,
}

impl Inputs {
    /// Every object of the inputs that the selector matches, in input order; or every
    /// problem found (see [`read_manifests`]).
    pub(crate) fn read(&self, stdin: &mut dyn Read) -> Result<Vec<Manifest>, ManifestErrors> {
        let manifests = read_manifests(&self.paths, self.recursive, stdin)?;
        Ok(match &self.selector {
            Some(sel) => manifests.into_iter().filter(|m| sel.matches(&m.labels())).collect(),
            None => manifests,
        })
    }
}

/// `apps/v1` -> `("apps", "v1")`, `v1` -> `("", "v1")`.
pub(crate) fn split_api_version(api_version: &str) -> (&str, &str) {
    match api_version.split_once('/') {
        Some((g, v)) => (g, v),
        None => ("", api_version),
    }
}

/// One problem with the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ManifestError {
    /// A path that cannot be read, or a directory without manifests: the whole message.
    Path(String),
    /// A document that is not valid YAML/JSON (or not text at all).
    Parse {
        source: String,
        document: usize,
        line: usize,
        column: usize,
        message: String,
    },
    /// A document that parses but is not a Kubernetes object kctl can send.
    Invalid {
        source: String,
        document: usize,
        line: usize,
        item: Option<usize>,
        message: String,
    },
}

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ManifestError::Path(m) => f.write_str(m),
            ManifestError::Parse {
                source,
                document,
                line,
                column,
                message,
            } => write!(
                f,
                "error parsing {source}: document {document}, line {line}, column {column}: {message}"
            ),
            ManifestError::Invalid {
                source,
                document,
                line,
                item,
                message,
            } => {
                write!(f, "error validating \"{source}\": document {document}")?;
                if let Some(i) = item {
                    write!(f, ", item {i}")?;
                }
                write!(f, " (line {line}): {message}")
            }
        }
    }
}

/// Every problem found in the inputs, in input order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ManifestErrors(pub Vec<ManifestError>);

impl fmt::Display for ManifestErrors {
    /// One `error: ...` line per problem.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "error: {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ManifestErrors {}

/// Read every manifest named by `paths` (`-` reads `stdin`; directories are searched for
/// `.json`, `.yaml` and `.yml` files, recursively with `recursive`). Either every object,
/// in input order, or every problem found.
pub(crate) fn read_manifests(
    paths: &[String],
    recursive: bool,
    stdin: &mut dyn Read,
) -> Result<Vec<Manifest>, ManifestErrors> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut stdin_read = false;
    for p in paths {
        if p == "-" {
            if stdin_read {
                continue;
            }
            stdin_read = true;
            let mut bytes = Vec::new();
            if let Err(e) = stdin.read_to_end(&mut bytes) {
                errors.push(ManifestError::Path(format!("error reading {STDIN}: {e}")));
                continue;
            }
            parse_source(STDIN, &bytes, &mut out, &mut errors);
            continue;
        }
        if p.starts_with("http://") || p.starts_with("https://") {
            errors.push(ManifestError::Path(format!(
                "reading manifests from URLs is not supported: {p:?}; download the file first"
            )));
            continue;
        }
        let path = Path::new(p);
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(ManifestError::Path(format!("the path \"{p}\" does not exist")));
                continue;
            }
            Err(e) => {
                errors.push(ManifestError::Path(format!("error reading {p}: {e}")));
                continue;
            }
        };
        let files = if meta.is_dir() {
            let mut files = Vec::new();
            if let Err(e) = walk(path, recursive, &mut files) {
                errors.push(ManifestError::Path(format!("error reading {p}: {e}")));
                continue;
            }
            if files.is_empty() {
                errors.push(ManifestError::Path(format!(
                    "error reading [{p}]: recognized file extensions are [.json .yaml .yml]"
                )));
                continue;
            }
            files
        } else {
            vec![path.to_path_buf()]
        };
        for f in files {
            let name = f.display().to_string();
            match std::fs::read(&f) {
                Ok(bytes) => parse_source(&name, &bytes, &mut out, &mut errors),
                Err(e) => errors.push(ManifestError::Path(format!("error reading {name}: {e}"))),
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(ManifestErrors(errors))
    }
}

/// The manifest files under `dir`, in lexical order (kubectl's `filepath.Walk` order).
fn walk(dir: &Path, recursive: bool, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<(String, PathBuf)> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| (e.file_name().to_string_lossy().into_owned(), e.path())))
        .collect::<std::io::Result<_>>()?;
    entries.sort();
    for (_, path) in entries {
        // Follow symlinks as kubectl does for the files it finds.
        let Ok(meta) = std::fs::metadata(&path) else { continue };
        if meta.is_dir() {
            if recursive {
                walk(&path, recursive, out)?;
            }
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// 1-based (line, column) of byte `offset` in `bytes` (column counts characters).
fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before.iter().rposition(|&b| b == b'\n').map(|p| p + 1).unwrap_or(0);
    let col = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, col)
}

/// Parse one source (a file or stdin) into `out`, or push its problems into `errors`.
pub(crate) fn parse_source(source: &str, bytes: &[u8], out: &mut Vec<Manifest>, errors: &mut Vec<ManifestError>) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let parse_error = |offset: usize, message: String| {
        let (line, column) = line_col(bytes, offset);
        ManifestError::Parse {
            source: source.to_string(),
            document: 1 + count_separators(&bytes[..offset]),
            line,
            column,
            message,
        }
    };
    // Binary input first: one clear line instead of a YAML error about control characters.
    if let Some(pos) = bytes
        .iter()
        .position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r') || b == 0x7f)
    {
        errors.push(parse_error(
            pos,
            format!(
                "binary data (control byte 0x{:02x}): not a YAML or JSON manifest",
                bytes[pos]
            ),
        ));
        return;
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            errors.push(parse_error(
                e.valid_up_to(),
                "invalid UTF-8: manifests must be UTF-8 text".to_string(),
            ));
            return;
        }
    };
    if text.trim_start().starts_with('{') {
        parse_json_stream(source, text, out, errors);
    } else {
        parse_yaml_stream(source, text, out, errors);
    }
}

/// Documents separated before `bytes` ends: the number of separator lines in it.
fn count_separators(bytes: &[u8]) -> usize {
    let text = String::from_utf8_lossy(bytes);
    text.lines().filter(|l| is_separator(l)).count()
}

/// A YAML document separator line: `---`, then nothing but blanks or a comment.
fn is_separator(line: &str) -> bool {
    line.strip_prefix("---")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '#', '\r']))
}

/// Whether a chunk of YAML holds nothing but blank lines, comments and markers.
fn is_blank_yaml(text: &str) -> bool {
    text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "..." || is_separator(t)
    })
}

fn yaml_options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            // A manifest never needs more; an alias bomb stops here, quickly.
            max_aliases: 10_000,
            max_nodes: 1_000_000,
            max_depth: 256,
            max_total_scalar_bytes: 64 * 1024 * 1024,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 200_000,
            max_replay_stack_depth: 32,
        },
        // YAML 1.1 as sigs.k8s.io/yaml reads it: `0644` is octal (file modes).
        legacy_octal_numbers: true,
        with_snippet: false,
    }
}

/// Split YAML text into documents as kubectl does (on `---` lines), keeping each
/// document's first line, and parse each on its own so every broken one is reported.
fn parse_yaml_stream(source: &str, text: &str, out: &mut Vec<Manifest>, errors: &mut Vec<ManifestError>) {
    let mut chunks: Vec<(usize, &str)> = Vec::new();
    let mut start = 0usize;
    let mut start_line = 1usize;
    let mut offset = 0usize;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if is_separator(line.trim_end_matches(['\n', '\r'])) && offset > start {
            chunks.push((start_line, &text[start..offset]));
            start = offset;
            start_line = i + 1;
        }
        offset += line.len();
    }
    chunks.push((start_line, &text[start..]));
    let mut document = 0usize;
    for (line, chunk) in chunks {
        if is_blank_yaml(chunk) {
            continue;
        }
        document += 1;
        // The line of the document's first content, for messages.
        let content_line = line
            + chunk
                .lines()
                .take_while(|l| {
                    let t = l.trim();
                    t.is_empty() || t.starts_with('#') || is_separator(t)
                })
                .count();
        match serde_saphyr::from_str_with_options::<Value>(chunk, yaml_options()) {
            Ok(Value::Null) => {}
            Ok(v) => accept(source, (document, content_line), v, None, out, errors),
            Err(e) => {
                let (l, c) = e
                    .location()
                    .map(|loc| (loc.line() as usize, loc.column() as usize))
                    .unwrap_or((1, 1));
                let message = match &e {
                    serde_saphyr::Error::DuplicateMappingKey { key, .. } => {
                        duplicate_key_message(chunk, key.as_deref(), (l, c), line)
                    }
                    _ => yaml_message(&e),
                };
                errors.push(ManifestError::Parse {
                    source: source.to_string(),
                    document,
                    line: line + l.saturating_sub(1),
                    column: c.max(1),
                    message,
                });
            }
        }
    }
}

/// The text of a YAML error without its location (which is relative to the document).
fn yaml_message(e: &serde_saphyr::Error) -> String {
    let text = e.without_snippet().to_string();
    let first = text.lines().next().unwrap_or_default().trim();
    // serde-saphyr appends ` at line L, column C`; kctl gives the file's own numbers instead.
    let first = match first.rfind(" at line ") {
        Some(i) => &first[..i],
        None => first,
    };
    first.trim_end_matches(':').to_string()
}

/// A key repeated in a mapping: which, and where it first appeared (`at` is the repeat's
/// line and column in `chunk`, which starts at line `first_line` of the file).
fn duplicate_key_message(chunk: &str, key: Option<&str>, at: (usize, usize), first_line: usize) -> String {
    let Some(key) = key else {
        return "duplicate key in a mapping".to_string();
    };
    let quoted = serde_json::to_string(key).unwrap_or_else(|_| key.to_string());
    match first_occurrence(chunk, key, at) {
        Some((l, c)) => format!(
            "duplicate key {quoted} (first at line {}, column {c})",
            first_line + l - 1
        ),
        None => format!("duplicate key {quoted}"),
    }
}

/// Where `key` first appears in the mapping of its repeat at `(line, column)` (1-based, in
/// `chunk`): earlier on the same line (flow style), or at the same column on an earlier line
/// of the same block mapping.
fn first_occurrence(chunk: &str, key: &str, (line, column): (usize, usize)) -> Option<(usize, usize)> {
    let lines: Vec<&str> = chunk.lines().collect();
    let col = column.checked_sub(1)?;
    let key_at = |text: &str, at: usize| {
        let Some((byte, _)) = text.char_indices().nth(at) else {
            return false;
        };
        let rest = &text[byte..];
        [key.to_string(), format!("\"{key}\""), format!("'{key}'")]
            .iter()
            .any(|k| {
                rest.strip_prefix(k.as_str())
                    .is_some_and(|after| after.trim_start().starts_with(':'))
            })
    };
    let text = lines.get(line.checked_sub(1)?)?;
    let chars: Vec<char> = text.chars().collect();
    for at in 0..col.min(chars.len()) {
        let before = chars[..at].iter().rev().find(|c| !c.is_whitespace());
        if matches!(before, Some('{' | ',')) && key_at(text, at) {
            return Some((line, at + 1));
        }
    }
    for l in (1..line).rev() {
        let text = lines[l - 1];
        let trimmed = text.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if key_at(text, col) {
            return Some((l, column));
        }
        if text.len() - trimmed.len() < col {
            return None;
        }
    }
    None
}

/// A stream of JSON objects (kubectl accepts several, one after another).
fn parse_json_stream(source: &str, text: &str, out: &mut Vec<Manifest>, errors: &mut Vec<ManifestError>) {
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    let mut document = 0usize;
    // The line of each document's start, counted incrementally (not from the file's start
    // for every document, which is quadratic on a stream of many objects).
    let (mut counted_to, mut line) = (0usize, 1usize);
    loop {
        let offset = stream.byte_offset();
        let rest = &text[offset..];
        let start = offset + (rest.len() - rest.trim_start().len());
        line += text.as_bytes()[counted_to..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted_to = start;
        match stream.next() {
            None => break,
            Some(Ok(v)) => {
                document += 1;
                let json = std::sync::Arc::from(&text[start..stream.byte_offset()]);
                accept(source, (document, line), v, Some(json), out, errors);
            }
            Some(Err(e)) => {
                errors.push(ManifestError::Parse {
                    source: source.to_string(),
                    document: document + 1,
                    line: e.line(),
                    column: e.column(),
                    message: json_message(&e),
                });
                break;
            }
        }
    }
}

fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Check one parsed document and add its objects (a List's items) to `out`.
fn accept(
    source: &str,
    (document, line): (usize, usize),
    v: Value,
    json: Option<std::sync::Arc<str>>,
    out: &mut Vec<Manifest>,
    errors: &mut Vec<ManifestError>,
) {
    let invalid = |item: Option<usize>, message: String| ManifestError::Invalid {
        source: source.to_string(),
        document,
        line,
        item,
        message,
    };
    let is_list = v
        .get("kind")
        .and_then(Value::as_str)
        .is_some_and(|k| k.ends_with("List"))
        && v.get("items").is_some_and(Value::is_array);
    let items: Vec<(Option<usize>, Value)> = if is_list {
        match v {
            Value::Object(mut m) => match m.remove("items") {
                Some(Value::Array(items)) => items.into_iter().enumerate().map(|(i, v)| (Some(i), v)).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    } else {
        vec![(None, v)]
    };
    for (item, object) in items {
        match check_object(&object) {
            Ok(()) => out.push(Manifest {
                object,
                source: source.to_string(),
                document,
                line,
                item,
                json: json.clone(),
            }),
            Err(message) => errors.push(invalid(item, message)),
        }
    }
}

/// What every object needs before it can be sent.
fn check_object(v: &Value) -> Result<(), String> {
    let Some(obj) = v.as_object() else {
        return Err(format!(
            "not a Kubernetes object: expected a mapping, found {}",
            type_name(v)
        ));
    };
    let nonempty_str = |key: &str| obj.get(key).and_then(Value::as_str).is_some_and(|s| !s.is_empty());
    if !nonempty_str("apiVersion") {
        return Err("apiVersion not set".into());
    }
    if !nonempty_str("kind") {
        return Err("kind not set".into());
    }
    let meta = obj.get("metadata");
    if meta.is_some_and(|m| !m.is_object() && !m.is_null()) {
        return Err("metadata must be a mapping".into());
    }
    let meta_str = |key: &str| {
        meta.and_then(|m| m.get(key))
            .and_then(Value::as_str)
            .is_some_and(|s| !s.is_empty())
    };
    if !meta_str("name") && !meta_str("generateName") {
        return Err("metadata.name not set (and no metadata.generateName)".into());
    }
    let size = serde_json::to_vec(v).map(|b| b.len()).unwrap_or(0);
    if size > MAX_OBJECT_BYTES {
        return Err(format!(
            "the object is {size} bytes as JSON, over the API server's request limit of {MAX_OBJECT_BYTES} bytes (3 MiB)"
        ));
    }
    Ok(())
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a sequence",
        Value::Object(_) => "a mapping",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Vec<Manifest>, Vec<ManifestError>) {
        let mut out = Vec::new();
        let mut errors = Vec::new();
        parse_source("f.yaml", text.as_bytes(), &mut out, &mut errors);
        (out, errors)
    }

    const CM: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n";

    #[test]
    fn duplicate_keys_say_which_and_where() {
        let (_, errors) = parse("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: {x: 1}\n  name: b\n");
        let text = errors[0].to_string();
        assert_eq!(
            text,
            "error parsing f.yaml: document 1, line 6, column 3: duplicate key \"name\" (first at line 4, column 3)"
        );
        let (_, errors) = parse("---\napiVersion: v1\nkind: List\nitems:\n- kind: A\n  kind: B\n");
        assert_eq!(
            errors[0].to_string(),
            "error parsing f.yaml: document 1, line 6, column 3: duplicate key \"kind\" (first at line 5, column 3)"
        );
        let (_, errors) = parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, \"name\": b}\n");
        assert_eq!(
            errors[0].to_string(),
            "error parsing f.yaml: document 1, line 3, column 21: duplicate key \"name\" (first at line 3, column 12)"
        );
        assert!(!text.contains("DuplicateKeyPolicy"));
    }

    #[test]
    fn multi_document_yaml() {
        let text = format!(
            "# leading comment\n---\n{CM}---\n---\n{}\n...\n",
            CM.replace("name: a", "name: b")
        );
        let (out, errors) = parse(&text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(out.len(), 2);
        assert_eq!((out[0].name(), out[0].document, out[0].line), ("a", 1, 3));
        assert_eq!((out[1].name(), out[1].document, out[1].line), ("b", 2, 9));
        assert_eq!(out[1].kind(), "ConfigMap");
        assert_eq!(out[1].group_version(), ("", "v1"));
    }

    #[test]
    fn every_broken_document_is_reported_with_its_line() {
        let text = format!("{CM}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [bad\n---\n{CM}---\nx: : :\n");
        let (_, errors) = parse(&text);
        assert_eq!(errors.len(), 2, "{errors:?}");
        match &errors[0] {
            ManifestError::Parse {
                document, line, column, ..
            } => {
                assert_eq!(*document, 2);
                assert!((8..=9).contains(line), "line {line}");
                assert!(*column >= 1);
            }
            other => panic!("{other:?}"),
        }
        match &errors[1] {
            ManifestError::Parse { document, line, .. } => {
                assert_eq!(*document, 4);
                assert_eq!(*line, 16);
            }
            other => panic!("{other:?}"),
        }
        let text = errors[0].to_string();
        assert!(text.starts_with("error parsing f.yaml: document 2, line "), "{text}");
        assert!(!text.contains("at line"), "{text}");
    }

    #[test]
    fn json_objects_and_lists() {
        let text = r#"{"apiVersion":"v1","kind":"List","items":[
            {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}},
            {"apiVersion":"v1","kind":"Secret","metadata":{"name":"b"}}]}
            {"apiVersion":"v1","kind":"ConfigMap","metadata":{"generateName":"g-"}}"#;
        let (out, errors) = parse(text);
        assert!(errors.is_empty(), "{errors:?}");
        let names: Vec<_> = out.iter().map(|m| (m.kind(), m.name(), m.document, m.item)).collect();
        assert_eq!(
            names,
            [
                ("ConfigMap", "a", 1, Some(0)),
                ("Secret", "b", 1, Some(1)),
                ("ConfigMap", "", 2, None)
            ]
        );
        assert_eq!(out[2].line, 4);
    }

    #[test]
    fn yaml_lists_expand() {
        let text = "apiVersion: v1\nkind: ConfigMapList\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: x}\n- kind: ConfigMap\n  metadata: {name: y}\n";
        let (out, errors) = parse(text);
        assert_eq!(out.len(), 1);
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].to_string(),
            "error validating \"f.yaml\": document 1, item 1 (line 1): apiVersion not set"
        );
    }

    #[test]
    fn missing_fields() {
        let cases = [
            ("kind: ConfigMap\nmetadata: {name: x}\n", "apiVersion not set"),
            ("apiVersion: v1\nmetadata: {name: x}\n", "kind not set"),
            (
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {labels: {a: b}}\n",
                "metadata.name not set (and no metadata.generateName)",
            ),
            (
                "apiVersion: v1\nkind: ConfigMap\n",
                "metadata.name not set (and no metadata.generateName)",
            ),
            (
                "- a\n- b\n",
                "not a Kubernetes object: expected a mapping, found a sequence",
            ),
        ];
        for (text, want) in cases {
            let (out, errors) = parse(text);
            assert!(out.is_empty());
            assert_eq!(errors.len(), 1, "{text}");
            assert!(errors[0].to_string().ends_with(want), "{} vs {want}", errors[0]);
        }
    }

    #[test]
    fn binary_and_invalid_utf8() {
        let (_, errors) = parse("apiVersion: v1\nkind: \u{0}x\n");
        assert_eq!(errors.len(), 1);
        assert!(
            matches!(&errors[0], ManifestError::Parse { line: 2, column: 7, message, .. } if message.contains("binary"))
        );
        let mut errors = Vec::new();
        parse_source(
            "u.yaml",
            b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bad\xff\n",
            &mut Vec::new(),
            &mut errors,
        );
        assert_eq!(
            errors[0].to_string(),
            "error parsing u.yaml: document 1, line 4, column 12: invalid UTF-8: manifests must be UTF-8 text"
        );
    }

    #[test]
    fn alias_bomb_is_bounded() {
        let mut text =
            String::from("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\na0: &a0 [x,x,x,x,x,x,x,x,x,x]\n");
        for i in 1..10 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p},*a{p}]\n"
            ));
        }
        let start = std::time::Instant::now();
        let (out, errors) = parse(&text);
        assert!(out.is_empty());
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(start.elapsed() < std::time::Duration::from_secs(10));
    }

    #[test]
    fn oversized_object() {
        let big = "x".repeat(MAX_OBJECT_BYTES + 10);
        let text = format!("{CM}data:\n  big: {big}\n");
        let (out, errors) = parse(&text);
        assert!(out.is_empty());
        assert!(
            errors[0].to_string().contains("over the API server's request limit"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn yaml_1_1_octal_and_empty_input() {
        let (out, _) = parse(&format!("{CM}mode: 0644\n"));
        assert_eq!(out[0].object["mode"], 420);
        let (out, errors) = parse("# nothing\n---\n\n");
        assert!(out.is_empty() && errors.is_empty());
    }

    #[test]
    fn files_directories_and_stdin() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("b.yaml"), CM).unwrap();
        std::fs::write(
            d.join("a.json"),
            r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"j"}}"#,
        )
        .unwrap();
        std::fs::write(d.join("notes.txt"), "ignored").unwrap();
        std::fs::create_dir(d.join("sub")).unwrap();
        std::fs::write(d.join("sub/c.yml"), CM.replace("name: a", "name: c")).unwrap();
        std::fs::create_dir(d.join("empty")).unwrap();
        let ds = d.display().to_string();
        let names = |r: Vec<Manifest>| r.into_iter().map(|m| m.name().to_string()).collect::<Vec<_>>();
        let flat = read_manifests(std::slice::from_ref(&ds), false, &mut std::io::empty()).unwrap();
        assert_eq!(names(flat), ["j", "a"]);
        let deep = read_manifests(
            &[ds.clone(), "-".into()],
            true,
            &mut CM.replace("a\n", "s\n").as_bytes(),
        )
        .unwrap();
        assert_eq!(deep.last().map(|m| m.source.as_str()), Some(STDIN));
        assert_eq!(names(deep), ["j", "a", "c", "s"]);
        let err = read_manifests(
            &[format!("{ds}/empty"), format!("{ds}/none.yaml")],
            false,
            &mut std::io::empty(),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "error: error reading [{ds}/empty]: recognized file extensions are [.json .yaml .yml]\nerror: the path \"{ds}/none.yaml\" does not exist"
            )
        );
    }
}
