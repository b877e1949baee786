//! The layering rules of ARCHITECTURE.md, checked on the source: `resource/` and `output/`
//! never see clap (`crate::cli`) or call back up into `cmd/` or `settings`, `resource/` never
//! imports `output/`, and no file of `src/` imports a file that imports it back.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/`, by its path relative to `src/` (`resource/http.rs`).
fn sources() -> BTreeMap<String, String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path
                    .strip_prefix(root)
                    .expect("under src")
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read_to_string(&path).expect("a source file is readable"));
            }
        }
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    walk(&root, &root, &mut out);
    out
}

/// The module path of a file: `resource/http.rs` → `[resource, http]`, `output/mod.rs` →
/// `[output]`, `lib.rs` → `[]`.
fn module_of(file: &str) -> Vec<String> {
    let stem = file.trim_end_matches(".rs");
    let mut parts: Vec<String> = stem.split('/').map(String::from).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// Source without comments and string literals, so that paths in docs and messages do not count.
fn code_only(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
        } else if b[i] == b'r' && matches!(b.get(i + 1), Some(b'#' | b'"')) && (i == 0 || !is_ident(b[i - 1])) {
            // Raw string r"..." / r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&b'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&b'"') {
                out.push(b[i] as char);
                i += 1;
                continue;
            }
            j += 1;
            let close: Vec<u8> = std::iter::once(b'"').chain(std::iter::repeat_n(b'#', hashes)).collect();
            while j < b.len() && !b[j..].starts_with(&close) {
                j += 1;
            }
            i = j + close.len();
            out.push_str("\"\"");
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if b[i] == b'\'' && b.get(i + 2) == Some(&b'\'') {
            // A char literal such as '"' or '{'.
            i += 3;
        } else if b[i] == b'\'' && b.get(i + 1) == Some(&b'\\') {
            // An escaped char literal: '\n', '\'', '\u{1F600}'.
            i += 2;
            while i < b.len() && b[i] != b'\'' {
                i += 1;
            }
            i += 1;
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    out
}

/// Code without inline `mod name { ... }` blocks (the unit tests): their `super` is the
/// file's own module, and test imports are not part of the layering.
fn without_inline_modules(code: &str) -> String {
    let b = code.as_bytes();
    let mut out = String::with_capacity(code.len());
    let mut i = 0;
    while i < b.len() {
        if let Some(p) = find_word(&code[i..], "mod") {
            let start = i + p;
            let after = &code[start + 3..];
            let name_len = after.trim_start().bytes().take_while(|c| is_ident(*c)).count();
            let ws = after.len() - after.trim_start().len();
            let rest = after[ws + name_len..].trim_start();
            if name_len > 0 && rest.starts_with('{') {
                out.push_str(&code[i..start]);
                let mut j = code.len() - rest.len() + 1;
                let mut depth = 1;
                while j < b.len() && depth > 0 {
                    match b[j] {
                        b'{' => depth += 1,
                        b'}' => depth -= 1,
                        _ => {}
                    }
                    j += 1;
                }
                i = j;
            } else {
                out.push_str(&code[i..start + 3]);
                i = start + 3;
            }
        } else {
            out.push_str(&code[i..]);
            break;
        }
    }
    out
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The paths a file names: `use` trees expanded (`use a::{b, c::d}` → `a::b`, `a::c::d`) and
/// paths in code (`crate::x::y(...)`), as module-path segments.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    // `use` declarations.
    let mut rest = code;
    while let Some(pos) = find_word(rest, "use") {
        let after = &rest[pos + 3..];
        let end = after.find(';').unwrap_or(after.len());
        expand_use(after[..end].trim(), &mut Vec::new(), &mut out);
        rest = &after[end..];
    }
    // Paths in expressions and types: `crate::x::y(...)`, `super::X`, `child::f()`.
    let b = code.as_bytes();
    let mut i = 0;
    while let Some(p) = code[i..].find("::") {
        let sep = i + p;
        i = sep + 2;
        let mut start = sep;
        while start > 0 && is_ident(b[start - 1]) {
            start -= 1;
        }
        if start == sep || (start > 0 && b[start - 1] == b':') {
            continue;
        }
        let mut end = sep;
        while end < b.len() && (is_ident(b[end]) || b[end] == b':') {
            end += 1;
        }
        out.push(
            code[start..end]
                .split("::")
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect(),
        );
        i = end.max(i);
    }
    out
}

fn find_word(s: &str, word: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(p) = s[from..].find(word) {
        let i = from + p;
        let before_ok = i == 0 || !is_ident(b[i - 1]);
        let after_ok = b.get(i + word.len()).is_some_and(|c| c.is_ascii_whitespace());
        if before_ok && after_ok {
            return Some(i);
        }
        from = i + word.len();
    }
    None
}

/// Expand one `use` tree into its paths.
fn expand_use(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let head = &tree[..open];
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let base: Vec<String> = head
            .split("::")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        let n = prefix.len();
        prefix.extend(base);
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand_use(&inner[start..i], prefix, out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        expand_use(&inner[start..], prefix, out);
        prefix.truncate(n);
    } else if !tree.is_empty() {
        let name = tree.split(" as ").next().unwrap_or(tree);
        let mut path = prefix.clone();
        path.extend(
            name.split("::")
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from),
        );
        out.push(path);
    }
}

/// The file a path leads to: the longest prefix of the resolved module path that is a file.
fn target(
    path: &[String],
    here: &[String],
    children: &BTreeSet<String>,
    modules: &BTreeMap<Vec<String>, String>,
) -> Option<String> {
    let mut abs: Vec<String> = match path.first().map(String::as_str) {
        Some("crate") => Vec::new(),
        Some("super") => here[..here.len().saturating_sub(1)].to_vec(),
        Some("self") => here.to_vec(),
        Some(first) if children.contains(first) => {
            let mut v = here.to_vec();
            v.push(first.to_string());
            v
        }
        _ => return None,
    };
    let mut rest = &path[1..];
    if path.first().map(String::as_str) == Some("super") {
        // `super::super::x`
        while rest.first().map(String::as_str) == Some("super") {
            abs.pop();
            rest = &rest[1..];
        }
    }
    let mut best = modules.get(&abs).cloned();
    for seg in rest {
        abs.push(seg.clone());
        match modules.get(&abs) {
            Some(f) => best = Some(f.clone()),
            None => break,
        }
    }
    best
}

/// Which files each file imports (itself and its own parent declaring `mod` excluded).
fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = sources();
    let modules: BTreeMap<Vec<String>, String> = files
        .keys()
        .filter(|f| f.as_str() != "main.rs")
        .map(|f| (module_of(f), f.clone()))
        .collect();
    let mut graph = BTreeMap::new();
    for (file, src) in &files {
        if file == "main.rs" {
            continue;
        }
        let here = module_of(file);
        let code = without_inline_modules(&code_only(src));
        let children: BTreeSet<String> = modules
            .keys()
            .filter(|m| m.len() == here.len() + 1 && m.starts_with(&here))
            .map(|m| m.last().cloned().unwrap_or_default())
            .collect();
        let mut deps = BTreeSet::new();
        for p in paths(&code) {
            if let Some(t) = target(&p, &here, &children, &modules)
                && &t != file
            {
                deps.insert(t);
            }
        }
        graph.insert(file.clone(), deps);
    }
    graph
}

/// Lines of files under `dir` that name `needle` in code (comments and strings aside).
fn naming(dir: &str, needle: &str) -> Vec<String> {
    sources()
        .into_iter()
        .filter(|(f, _)| f.starts_with(dir))
        .flat_map(|(f, src)| {
            let code = code_only(&src);
            code.lines()
                .filter(|l| l.contains(needle))
                .map(|l| format!("{f}: {}", l.trim()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn lower_layers_never_see_clap_nor_call_up() {
    for dir in ["resource/", "output/"] {
        for upper in ["crate::cli", "crate::cmd", "crate::settings"] {
            let found = naming(dir, upper);
            assert!(
                found.is_empty(),
                "src/{dir} must not use {upper}:\n{}",
                found.join("\n")
            );
        }
    }
    let found = naming("resource/", "crate::output");
    assert!(
        found.is_empty(),
        "src/resource must not use src/output:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_two_files_import_each_other() {
    let graph = import_graph();
    let mut cycles = Vec::new();
    for (a, deps) in &graph {
        for b in deps {
            if a < b && graph.get(b).is_some_and(|d| d.contains(a)) {
                cycles.push(format!("{a} <-> {b}"));
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "files that import each other:\n{}",
        cycles.join("\n")
    );
}

#[test]
fn the_import_reader_sees_imports() {
    // The checks above are only as good as the reader: it must see each form of import.
    let graph = import_graph();
    let deps = |f: &str| graph.get(f).cloned().unwrap_or_default();
    assert!(deps("lib.rs").contains("cli.rs"), "{:?}", deps("lib.rs"));
    assert!(
        deps("settings.rs").contains("resource/config.rs"),
        "{:?}",
        deps("settings.rs")
    );
    assert!(deps("cmd/mod.rs").contains("interrupt.rs"), "{:?}", deps("cmd/mod.rs"));
    // A path through a child module in an expression (`cmd::get::run(...)` in lib.rs).
    assert!(deps("lib.rs").contains("cmd/get/mod.rs"), "{:?}", deps("lib.rs"));
    let mut out = Vec::new();
    expand_use("a::{b, c::{d, e as f}}", &mut Vec::new(), &mut out);
    assert_eq!(out, [vec!["a", "b"], vec!["a", "c", "d"], vec!["a", "c", "e"]]);
    assert_eq!(
        code_only("let x = \"crate::cli\"; // crate::cli\nlet y = 1;"),
        "let x = \"\"; \nlet y = 1;"
    );
    assert_eq!(
        without_inline_modules("a\nmod tests {\n use super::*; { }\n}\nb mod x;"),
        "a\n\nb mod x;"
    );
}
