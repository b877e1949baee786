//! The bodies of kctl's fuzz targets (`fuzz/fuzz_targets/*.rs`), here so that both the
//! libFuzzer targets and a plain `cargo test` replay of the kept corpus (`fuzz/corpus/`)
//! run the very same code. Not part of kctl's interface.
//!
//! Each function takes the fuzzer's bytes and must return without panicking, quickly and in
//! bounded memory, whatever the bytes are. Where a target needs two inputs (a template and
//! the JSON it runs on, a selector and the labels it matches), they are split at the first
//! NUL byte; without one, the second input is a fixed sample object.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::output::columns::{CustomColumns, parse_quantity, sort_order};
use crate::output::jsonpath::{JsonPath, execution_error, relaxed};

/// A target's name and body.
pub type Target = (&'static str, fn(&[u8]));

/// Every target, by its name in `fuzz/fuzz_targets/` and `fuzz/corpus/`.
pub const TARGETS: [Target; 9] = [
    ("manifest", manifest),
    ("selector", selector),
    ("jsonpath", jsonpath),
    ("gotemplate", gotemplate),
    ("columns", columns),
    ("sort_by", sort_by),
    ("duration", duration),
    ("kubeconfig", kubeconfig),
    ("validate", validate),
];

/// `create -f` validation: an OpenAPI v2 document and, after a NUL byte, the object to check
/// (JSON; without one, a sample Deployment with errors): both syntaxes, kubectl's messages,
/// field-validation detection, duplicate label keys, and up to 64 definitions decoded.
pub fn validate(data: &[u8]) {
    crate::resource::validate::fuzz_validate(data);
}

/// A `kind: List` of two Pods: the data the templates run on when the input brings none.
pub fn sample() -> Value {
    serde_json::json!({
        "apiVersion": "v1",
        "kind": "List",
        "metadata": {"resourceVersion": ""},
        "items": [
            {
                "apiVersion": "v1",
                "kind": "Pod",
                "metadata": {
                    "name": "web-1",
                    "namespace": "default",
                    "labels": {"app": "web", "tier": "fe", "app.kubernetes.io/name": "web"},
                    "annotations": {"note": "a\tb\nc", "empty": ""},
                    "creationTimestamp": "2024-01-02T03:04:05Z",
                    "ownerReferences": [{"kind": "ReplicaSet", "name": "web-abc", "controller": true}]
                },
                "spec": {
                    "priority": 0,
                    "containers": [
                        {"name": "app", "image": "nginx:1.25", "ports": [{"containerPort": 80, "protocol": "TCP"}],
                         "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}}},
                        {"name": "sidecar", "image": "busybox", "args": ["sleep", "3600"],
                         "resources": {"requests": {"cpu": "1", "memory": "1Gi"}}}
                    ]
                },
                "status": {"phase": "Pending", "ready": false, "restarts": 3, "score": 1.5, "gone": null}
            },
            {
                "apiVersion": "v1",
                "kind": "Pod",
                "metadata": {"name": "db-0", "labels": {"app": "db"}, "creationTimestamp": "2023-12-31T23:59:59Z"},
                "spec": {"priority": -10, "containers": [{"name": "db", "image": "postgres:16",
                         "resources": {"requests": {"cpu": "250m"}}}]},
                "status": {"phase": "Running", "ready": true, "restarts": 0, "score": -2e3}
            }
        ]
    })
}

/// `(first, Some(second))` split at the first NUL, or `(data, None)`.
fn split_nul(data: &[u8]) -> (&[u8], Option<&[u8]>) {
    match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    }
}

/// The JSON after the NUL if it parses, else the sample.
fn data_or_sample(rest: Option<&[u8]>) -> Value {
    rest.and_then(|r| serde_json::from_slice(r).ok()).unwrap_or_else(sample)
}

/// `create -f -`: the whole manifest reader on stdin (YAML documents, JSON streams, Lists).
pub fn manifest(data: &[u8]) {
    let mut stdin = data;
    match crate::resource::manifest::read_manifests(&["-".to_string()], false, &mut stdin) {
        Ok(manifests) => {
            for m in &manifests {
                assert!(m.document >= 1 && m.line >= 1, "bad position in {m:?}");
                assert!(
                    !m.api_version().is_empty() && !m.kind().is_empty(),
                    "unchecked object {m:?}"
                );
                let _ = (m.name(), m.namespace(), m.group_version());
            }
        }
        Err(errors) => {
            assert!(!errors.0.is_empty());
            let _ = errors.to_string();
        }
    }
}

/// `create -f ... -l SELECTOR`: the label selector parsed and matched locally. The labels
/// after the NUL are `key=value` lines.
pub fn selector(data: &[u8]) {
    let (sel, rest) = split_nul(data);
    let Ok(sel) = std::str::from_utf8(sel) else { return };
    let labels: BTreeMap<String, String> = match rest {
        Some(r) => String::from_utf8_lossy(r)
            .lines()
            .map(|l| match l.split_once('=') {
                Some((k, v)) => (k.to_string(), v.to_string()),
                None => (l.to_string(), String::new()),
            })
            .collect(),
        None => [
            ("app", "web"),
            ("tier", "fe"),
            ("app.kubernetes.io/name", "web"),
            ("empty", ""),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect(),
    };
    match crate::resource::selector::Selector::parse(sel) {
        Ok(s) => {
            let _ = s.matches(&labels);
            let _ = s.matches(&BTreeMap::new());
        }
        Err(e) => {
            let _ = e.render();
        }
    }
}

/// `-o jsonpath=TEMPLATE` and `-o jsonpath-as-json=TEMPLATE`: parsed, then run on the JSON
/// after the NUL (or the sample) with and without missing keys allowed.
pub fn jsonpath(data: &[u8]) {
    let (template, rest) = split_nul(data);
    let Ok(template) = std::str::from_utf8(template) else {
        return;
    };
    let value = data_or_sample(rest);
    if let Ok(jp) = JsonPath::parse(template) {
        for (allow, as_json) in [(false, false), (true, false), (true, true)] {
            let jp = jp.clone().allow_missing_keys(allow).json_output(as_json);
            let mut out = Vec::new();
            if let Err(crate::output::jsonpath::ExecError::Template(e)) = jp.execute(&mut out, &value) {
                let _ = execution_error(template, &e, &value);
            }
            // A template whose output is large (a few hundred bytes of `{range}`s can print
            // megabytes, in time proportional to it) is run once: the time limit is per input.
            if out.len() > 64 * 1024 {
                break;
            }
        }
    }
    // The path of a custom column or `--sort-by`, made into a template.
    if let Ok(t) = relaxed(template) {
        let _ = JsonPath::parse(&t).map(|jp| jp.allow_missing_keys(true).find_results(&value).map(|r| r.len()));
    }
}

/// `-o go-template=TEMPLATE`: parsed, then run on the JSON after the NUL (or a sample List)
/// with missing keys allowed and not, and page by page when the template allows it; its
/// errors formatted as kubectl prints them. Runs are bounded in steps, depth and output.
pub fn gotemplate(data: &[u8]) {
    crate::output::gotemplate::fuzz_gotemplate(data);
}

/// `-o custom-columns=SPEC` and `-o custom-columns-file=FILE` (the same text as a file),
/// each row made for the items of the JSON after the NUL (or the sample), then printed.
pub fn columns(data: &[u8]) {
    let (spec, rest) = split_nul(data);
    let Ok(spec) = std::str::from_utf8(spec) else { return };
    let value = data_or_sample(rest);
    let objects: Vec<Value> = match value.get("items").and_then(Value::as_array) {
        Some(items) => items.clone(),
        None => vec![value],
    };
    for (i, cols) in [
        CustomColumns::from_spec(spec, false),
        CustomColumns::from_template(spec, true),
    ]
    .into_iter()
    .enumerate()
    {
        let Ok(cols) = cols else { continue };
        let _ = cols.header();
        for obj in &objects {
            let _ = cols.row(obj);
        }
        let mut out = Vec::new();
        let _ = cols.print(&mut out, &objects);
        if i == 0 {
            let _ = crate::output::columns::tabwrite(spec);
        }
    }
}

/// `--sort-by=FIELD` over the items of the JSON after the NUL (or the sample), and the
/// quantity parser its comparisons use.
pub fn sort_by(data: &[u8]) {
    let (field, rest) = split_nul(data);
    let Ok(field) = std::str::from_utf8(field) else { return };
    let _ = parse_quantity(field);
    let value = data_or_sample(rest);
    let items: Vec<&Value> = match value.get("items").and_then(Value::as_array) {
        Some(items) => items.iter().collect(),
        None => match value.as_array() {
            Some(a) => a.iter().collect(),
            None => vec![&value],
        },
    };
    if let Ok(order) = sort_order(&items, field) {
        let mut seen = order.clone();
        seen.sort_unstable();
        assert!(seen.into_iter().eq(0..items.len()), "not a permutation: {order:?}");
    }
}

/// `--request-timeout=DURATION`.
pub fn duration(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let _ = crate::time::parse_duration(s);
}

/// A kubeconfig file's text, as kube's reader (which kctl uses) parses it.
pub fn kubeconfig(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Ok(cfg) = kube::config::Kubeconfig::from_yaml(s) {
        let _ = cfg.clone().merge(cfg);
    }
}

/// A tiny xorshift generator: the smoke run needs no crate and is reproducible from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Tokens the parsers care about, spliced in by [`mutate`] (libFuzzer finds them by itself).
const DICTIONARY: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"(",
    b")",
    b"..",
    b"[?(@.",
    b")]",
    b"==",
    b"!=",
    b"<=",
    b">",
    b"[*]",
    b"[-1:]",
    b"[::-1]",
    b"{range ",
    b"{{",
    b"}}",
    b"{{- ",
    b" -}}",
    b"{{range .items}}",
    b"{{end}}",
    b"{{else}}",
    b"{{if ",
    b"{{with ",
    b"{{define \"t\"}}",
    b"{{template \"t\" .}}",
    b" | ",
    b"$x := ",
    b"printf \"%-5.2v %q %x\" ",
    b"index . \"a\" 0",
    b"base64decode",
    b"{end}",
    b"{\"\\n\"}",
    b"'",
    b"\"",
    b"\\",
    b",",
    b":",
    b"\0",
    b"9223372036854775807",
    b"-9223372036854775808",
    b"1e400",
    b" in (",
    b" notin (",
    b"!",
    b"=",
    b"---\n",
    b"...\n",
    b"- ",
    b": ",
    b"&a ",
    b"*a",
    b"!!binary ",
    b"? ",
    b"|\n",
    b"kind: List\nitems:\n",
    b"\"$ref\":\"#/definitions/",
    b"\"x-kubernetes-group-version-kind\":[{\"group\":\"\",\"version\":\"v1\",\"kind\":\"",
    b"\"type\":\"object\"",
    b"\"additionalProperties\":",
    b"\"required\":[",
    b"\"fieldValidation\"",
    b"null",
    b"apiVersion: v1\n",
    b"metadata:\n  name: x\n",
    b"\n",
    b"\t",
    b"\r",
    b"#",
    b"\xEF\xBB\xBF",
    b"\xC3\xA9",
    b"\xB5s",
    b"\xC2\xB5s",
    b"h",
    b"ms",
    b".5",
];

/// Change `data` by a few random edits: bit flips, byte inserts, deletes, duplicated
/// ranges, dictionary tokens, and splices from another input of `pool`.
fn mutate(rng: &mut Rng, data: &mut Vec<u8>, pool: &[Vec<u8>]) {
    for _ in 0..1 + rng.below(4) {
        let len = data.len();
        match rng.below(7) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(len + 1);
                data.insert(i, rng.next() as u8);
            }
            2 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(16));
                data.drain(i..i + n);
            }
            3 if len > 0 => {
                let i = rng.below(len);
                let n = 1 + rng.below((len - i).min(64));
                let chunk = data[i..i + n].to_vec();
                let at = rng.below(data.len() + 1);
                data.splice(at..at, chunk);
            }
            4 | 5 => {
                let token = DICTIONARY[rng.below(DICTIONARY.len())];
                let at = rng.below(len + 1);
                data.splice(at..at, token.iter().copied());
            }
            _ if !pool.is_empty() => {
                let other = &pool[rng.below(pool.len())];
                let from = rng.below(other.len() + 1);
                let n = rng.below(other.len() - from + 1);
                let at = rng.below(len + 1);
                data.splice(at..at, other[from..from + n].iter().copied());
            }
            _ => {}
        }
    }
    data.truncate(4096);
}

/// The kept corpus of one target: `fuzz/corpus/<target>/`, in name order.
pub fn corpus(target: &str) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("corpus entry").path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let data = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, data)
        })
        .collect()
}

/// What a smoke run found.
#[derive(Debug, Default)]
pub struct SmokeReport {
    pub runs: usize,
    /// The slowest input and its time.
    pub slowest: std::time::Duration,
    /// Inputs that panicked or ran over `limit`, saved under `fuzz/artifacts/<target>/`.
    pub failures: Vec<String>,
}

/// A coverage-blind mutation fuzzer for CI, where libFuzzer is too costly to build: `runs`
/// inputs derived from `target`'s kept corpus (seeded with `seed`), each checked for a
/// panic and for taking longer than `limit`.
pub fn smoke(target: &str, run: fn(&[u8]), runs: usize, seed: u64, limit: std::time::Duration) -> SmokeReport {
    let pool: Vec<Vec<u8>> = corpus(target).into_iter().map(|(_, d)| d).collect();
    let mut rng = Rng(seed | 1);
    let mut report = SmokeReport::default();
    let mut input = Vec::new();
    for i in 0..runs {
        if i % 8 == 0 || input.is_empty() {
            input = pool.get(rng.below(pool.len())).cloned().unwrap_or_default();
        }
        mutate(&mut rng, &mut input, &pool);
        let start = std::time::Instant::now();
        let ok = std::panic::catch_unwind(|| run(&input)).is_ok();
        let took = start.elapsed();
        report.runs += 1;
        report.slowest = report.slowest.max(took);
        if !ok || took > limit {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fuzz/artifacts")
                .join(target);
            let kind = if ok { "slow" } else { "crash" };
            let path = dir.join(format!("{kind}-{seed:x}-{i}"));
            let saved = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, &input));
            report.failures.push(match saved {
                Ok(()) => format!("{kind} ({took:?}): {}", path.display()),
                Err(e) => format!("{kind} ({took:?}): {input:?} (not saved: {e})"),
            });
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file of the kept corpus (`fuzz/corpus/<target>/`) through every target (not
    /// only its own): what the libFuzzer targets start from, here without libFuzzer.
    #[test]
    fn corpus_replays_through_every_target() {
        let mut files = 0;
        for (name, _) in TARGETS {
            let inputs = corpus(name);
            assert!(!inputs.is_empty(), "empty corpus for {name}");
            for (path, data) in inputs {
                for (target, run) in TARGETS {
                    let ok = std::panic::catch_unwind(|| run(&data));
                    assert!(ok.is_ok(), "{target} panicked on {}", path.display());
                }
                files += 1;
            }
        }
        assert!(files >= TARGETS.len());
    }

    /// `scripts/fuzz-smoke`: a short coverage-blind fuzzing run per target
    /// (`KCTL_FUZZ_RUNS` inputs each, default 20000; `KCTL_FUZZ_SEED` to replay a run;
    /// `KCTL_FUZZ_TARGETS` to run some targets only).
    #[test]
    #[ignore = "run by scripts/fuzz-smoke"]
    fn smoke_run() {
        let runs = std::env::var("KCTL_FUZZ_RUNS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(20_000);
        let seed = std::env::var("KCTL_FUZZ_SEED")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(1)
            });
        // `KCTL_FUZZ_TARGETS=validate,manifest`: only these targets.
        let only = std::env::var("KCTL_FUZZ_TARGETS").unwrap_or_default();
        let mut failures = Vec::new();
        for (name, run) in TARGETS {
            if !only.is_empty() && !only.split(',').any(|t| t == name) {
                continue;
            }
            let start = std::time::Instant::now();
            let r = smoke(name, run, runs, seed, std::time::Duration::from_secs(1));
            eprintln!(
                "fuzz-smoke: {name}: {} runs in {:.1?} (slowest input {:.1?}), seed {seed}, {} failures",
                r.runs,
                start.elapsed(),
                r.slowest,
                r.failures.len()
            );
            assert_eq!(r.runs, runs);
            failures.extend(r.failures.into_iter().map(|f| format!("{name}: {f}")));
        }
        assert!(failures.is_empty(), "fuzz-smoke failures:\n{}", failures.join("\n"));
    }
}
