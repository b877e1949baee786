//! Whole-engine tests: streaming against whole-list runs, the fuzz body, limits.

use super::*;

fn run(t: &str, data: &Value) -> Result<String, String> {
    let t = Template::parse(t).map_err(|e| e.0)?;
    let mut out = Vec::new();
    t.execute(&mut out, data, &Options::default()).map_err(|e| e.0)?;
    Ok(String::from_utf8(out).unwrap())
}

fn list(n: usize) -> Value {
    let items: Vec<Value> = (0..n)
        .map(|i| serde_json::json!({"metadata": {"name": format!("p{i}")}, "status": {"phase": if i % 3 == 0 {"Running"} else {"Pending"}}}))
        .collect();
    serde_json::json!({"apiVersion": "v1", "kind": "List", "items": items})
}

fn paged(t: &str, data: &Value) -> Option<Result<String, String>> {
    let p = Template::parse(t).unwrap().paged()?;
    let opts = Options::default();
    let mut out = Vec::new();
    p.head(&mut out);
    let items = data["items"].as_array().cloned().unwrap_or_default();
    for (i, it) in items.iter().enumerate() {
        match p.item(&mut out, i, it, &opts) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Some(Err(e.0)),
        }
    }
    if let Err(e) = p.tail(&mut out, items.len(), &opts) {
        return Some(Err(e.0));
    }
    Some(Ok(String::from_utf8(out).unwrap()))
}

#[test]
fn streaming_matches_whole_list() {
    let streamable = [
        r#"{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}"#,
        r#"NAME{{"\n"}}{{range $i, $p := .items}}{{$i}} {{$p.metadata.name}} {{.status.phase}}{{"\n"}}{{end}}done"#,
        r#"{{range .items}}{{if eq .status.phase "Pending"}}{{continue}}{{end}}{{.metadata.name}} {{end}}"#,
        r#"{{range .items}}{{if eq .metadata.name "p4"}}{{break}}{{end}}{{.metadata.name}} {{end}}tail"#,
        r#"{{define "row"}}{{.metadata.name}};{{end}}{{range .items}}{{template "row" .}}{{end}}"#,
        r#"{{range .items}}x{{else}}none{{end}}!"#,
        r#"{{range .items}}{{.nope.x}}{{end}}"#,
        r#"{{range .items}}{{len .metadata.name.x}}{{end}}"#,
    ];
    for n in [0, 1, 7] {
        let data = list(n);
        for t in streamable {
            let whole = run(t, &data);
            assert_eq!(paged(t, &data), Some(whole), "{t} with {n} items");
        }
    }
    for t in [
        r#"{{range .items}}{{$.kind}}{{end}}"#,
        r#"{{.kind}}{{range .items}}x{{end}}"#,
        r#"{{range .items}}x{{end}}{{range .items}}y{{end}}"#,
        r#"{{$x := 1}}{{range .items}}x{{end}}"#,
        r#"{{range .metadata}}x{{end}}"#,
        r#"{{range $x = .items}}x{{end}}"#,
    ] {
        assert!(Template::parse(t).unwrap().paged().is_none(), "{t}");
    }
}

#[test]
fn step_budget_stops_runaway_templates() {
    let t =
        Template::parse(r#"{{range .l}}{{range $.l}}{{range $.l}}{{range $.l}}x{{end}}{{end}}{{end}}{{end}}"#).unwrap();
    let opts = Options {
        max_steps: 10_000,
        ..Options::default()
    };
    let l: Vec<u32> = (0..100).collect();
    let err = t
        .execute(&mut Vec::new(), &serde_json::json!({ "l": l }), &opts)
        .unwrap_err()
        .0;
    assert!(err.contains("evaluation stopped after 10000 steps"), "{err}");
}

#[test]
fn deep_recursion_is_bounded_by_stack() {
    let t = Template::parse(r#"{{define "r"}}x{{template "r" .}}{{end}}{{template "r" .}}"#).unwrap();
    let mut out = Vec::new();
    let err = t
        .execute(&mut out, &serde_json::json!({}), &Options::default())
        .unwrap_err()
        .0;
    assert!(err.ends_with("exceeded maximum template depth (100000)"), "{err}");
    assert!(!out.is_empty());
}

#[test]
fn output_limit() {
    let t = Template::parse(r#"{{range .items}}{{.metadata.name}}{{end}}"#).unwrap();
    let opts = Options {
        max_output: 10,
        ..Options::default()
    };
    assert!(t.execute(&mut Vec::new(), &list(20), &opts).is_err());
}

#[test]
fn nesting_limit() {
    let deep = format!("{}1{}", "(".repeat(500), ")".repeat(500));
    let err = Template::parse(&format!("{{{{{deep}}}}}")).unwrap_err().0;
    assert_eq!(err, "template: output:1: nesting too deep");
}

/// A quick stable-Rust fuzz loop: random and mutated templates and data through the fuzz
/// body; must not panic or hang. (GT_FUZZ_ITERS sets the count.)
#[test]
fn fuzz_loop() {
    let iters: u64 = std::env::var("GT_FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_000);
    let seeds: Vec<&str> = vec![
        r#"{{range $i, $e := .items}}{{$i}}:{{$e.metadata.name}}{{"\n"}}{{end}}"#,
        r#"{{if and .a (eq .b 1)}}{{printf "%5.2f|%-3s|%x" .n .s .l}}{{else if .c}}{{index .m "k" 0}}{{end}}"#,
        r#"{{define "x"}}{{.}}{{template "x" .}}{{end}}{{block "y" .}}{{slice .l 1 2}}{{end}}"#,
        r#"{{with $x := .data.p | base64decode}}{{$x | html | js | urlquery}}{{else with .z}}{{exists . "a" 1}}{{end}}"#,
        r#"{{- /* c */ -}}{{range .items}}{{if eq .metadata.name "b"}}{{break}}{{end}}{{continue}}{{end}}"#,
        r#"{{print 1 2.5 'a' 0x1F 1e3 nil true}}{{println (len .items) (not .x)}}{{lt 1 2}}{{call .f}}"#,
    ];
    let tokens = [
        "{{",
        "}}",
        "{{-",
        "-}}",
        ".",
        ".items",
        ".metadata.name",
        "$",
        "$x",
        ":=",
        "=",
        "|",
        "(",
        ")",
        " ",
        "\"s\"",
        "`r`",
        "'c'",
        "1",
        "-2",
        "1.5e3",
        "0x1F",
        "nil",
        "true",
        "range",
        "if",
        "else",
        "end",
        "with",
        "define",
        "template",
        "block",
        "break",
        "continue",
        "and",
        "or",
        "not",
        "len",
        "index",
        "slice",
        "print",
        "printf",
        "\"%v %d %5.2f %x %q %T %!\"",
        "println",
        "eq",
        "ne",
        "lt",
        "le",
        "gt",
        "ge",
        "html",
        "js",
        "urlquery",
        "call",
        "exists",
        "base64decode",
        ",",
        "/*",
        "*/",
        "\n",
        "é",
        "\"x\"",
        "$e",
        "$i",
    ];
    let datas = [
        r#"{"items":[{"metadata":{"name":"a"}},{"metadata":{"name":"b"}},null,3,"s"],"a":1,"b":1.0,"n":2.5,"s":"str","l":[1,2,3],"m":{"k":[null]}}"#,
        r#"{"a":null,"items":{"x":{"y":1}},"data":{"p":"aGVsbG8="}}"#,
        "[1,2]",
        "\"just a string\"",
        "null",
        "not json",
    ];
    let mut rng: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let start = std::time::Instant::now();
    let mut slowest = std::time::Duration::ZERO;
    for i in 0..iters {
        let mut t: Vec<u8> = if next() % 3 == 0 {
            Vec::new()
        } else {
            seeds[(next() % seeds.len() as u64) as usize].as_bytes().to_vec()
        };
        for _ in 0..(next() % 8) {
            let pos = if t.is_empty() {
                0
            } else {
                (next() % (t.len() as u64 + 1)) as usize
            };
            match next() % 4 {
                0 | 1 => {
                    let tok = tokens[(next() % tokens.len() as u64) as usize].as_bytes();
                    t.splice(pos..pos, tok.iter().copied());
                }
                2 if !t.is_empty() => {
                    let end = (pos + 1 + (next() % 6) as usize).min(t.len());
                    t.drain(pos.min(t.len() - 1)..end);
                }
                _ => {
                    if !t.is_empty() {
                        let p = pos.min(t.len() - 1);
                        t[p] = (next() % 128) as u8;
                    }
                }
            }
        }
        t.push(0);
        t.extend_from_slice(datas[(next() % datas.len() as u64) as usize].as_bytes());
        let s = std::time::Instant::now();
        fuzz_gotemplate(&t);
        let d = s.elapsed();
        if d > slowest {
            slowest = d;
        }
        assert!(
            d < std::time::Duration::from_secs(2),
            "input {i} took {d:?}: {:?}",
            String::from_utf8_lossy(&t)
        );
    }
    eprintln!("fuzz: {iters} inputs in {:?}, slowest {slowest:?}", start.elapsed());
}

/// Every case kubectl v1.32.4 printed (`kubectl.jsonl` beside this file: 361 templates run
/// by `kubectl label --local -f OBJECT --overwrite gt=1 -o go-template=...` on a sample
/// object, 36 by `kubectl get` on the test cluster's lists, with and without
/// `--chunk-size=1` and `--allow-missing-template-keys=false`): the engine prints the same
/// stdout, stderr and exit status, byte for byte.
#[test]
fn kubectl_fixtures() {
    let text = include_str!("kubectl.jsonl");
    let (mut n, mut bad) = (0, Vec::new());
    for line in text.lines() {
        let fx: Value = serde_json::from_str(line).unwrap();
        let template = fx["template"].as_str().unwrap();
        let allow = fx["allow_missing_keys"].as_bool().unwrap();
        let (stdout, stderr, exit) = kubectl_run(template, &fx["input"], allow);
        n += 1;
        if String::from_utf8_lossy(&stdout) != fx["stdout"].as_str().unwrap()
            || stderr != fx["stderr"].as_str().unwrap()
            || i64::from(exit) != fx["exit"].as_i64().unwrap()
        {
            bad.push(format!(
                "{}: {template:?}\n  got stdout {:?}\n  got stderr {stderr:?}",
                fx["name"],
                String::from_utf8_lossy(&stdout)
            ));
        }
    }
    assert_eq!(n, 397, "fixtures missing");
    assert!(bad.is_empty(), "{} of {n} differ:\n{}", bad.len(), bad.join("\n"));
}
