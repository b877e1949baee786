//! `-o go-template` (and `go-template-file`, `template`, `templatefile`, `--template`) beside
//! `/usr/bin/kubectl` on the same objects: byte-identical stdout and stderr, same exit
//! status, on `get` (whole list and page by page with `--chunk-size=1`), `get -w` and
//! `create --dry-run`.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::mpsc::channel;
use std::time::Duration;

use crate::cluster::{Env, Ns, fixture, kubectl_apply, same_as_kubectl};

/// A namespace holding `fixtures/gotemplate/objects.yaml`: three pods (labels with dots,
/// an annotation with tabs, quotes, HTML and non-ASCII text), a ConfigMap, a Secret and a
/// Service.
fn ns() -> &'static Ns {
    static NS: OnceLock<Ns> = OnceLock::new();
    NS.get_or_init(|| {
        let ns = Ns::new("gotmpl");
        let text = std::fs::read_to_string(fixture("gotemplate/objects.yaml")).unwrap();
        kubectl_apply(&ns.env, &ns.name, &text);
        ns
    })
}

fn file(name: &str) -> String {
    fixture(&format!("gotemplate/{name}")).to_str().unwrap().to_string()
}

/// `kctl -n NS get ARGS` and `kubectl -n NS get ARGS` print the same bytes.
fn check(args: &[&str]) {
    let ns = ns();
    let mut full = vec!["-n", ns.name.as_str(), "get"];
    full.extend_from_slice(args);
    same_as_kubectl(&ns.env, &full, false);
}

/// `check`, and again with one object a page.
fn check_paged(args: &[&str]) {
    check(args);
    check(&[args, &["--chunk-size=1"][..]].concat());
}

fn gt(t: &str) -> String {
    format!("go-template={t}")
}

/// Templates over the pods' list: those that read `.items` one at a time run page by
/// page; the others over the whole list. Each is run whole and with `--chunk-size=1`.
const LIST_TEMPLATES: &[&str] = &[
    r#"{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}"#,
    r#"{{range .items}}{{.metadata.name}} {{.status.phase}}{{"\n"}}{{end}}"#,
    r#"names:{{range $i, $p := .items}}{{$i}}={{$p.metadata.name}};{{end}}."#,
    r#"{{range .items}}{{if eq .metadata.name "p-b"}}{{break}}{{end}}{{.metadata.name}} {{end}}after"#,
    r#"{{range .items}}{{if eq .metadata.name "p-a"}}{{continue}}{{end}}{{.metadata.name}} {{end}}"#,
    r#"{{range .items}}{{index .metadata.labels "app.kubernetes.io/name"}}|{{end}}"#,
    r#"{{range .items}}{{printf "%s\t%d\n" .metadata.name (len .spec.containers)}}{{end}}"#,
    r#"{{range .items}}{{range .spec.containers}}{{.name}}:{{.image}} {{end}}{{"\n"}}{{end}}"#,
    r#"{{range .items}}{{with .metadata.annotations}}{{.note}}{{else}}-{{end}}{{"\n"}}{{end}}"#,
    r#"{{define "n"}}<{{.metadata.name}}>{{end}}{{range .items}}{{template "n" .}}{{end}}"#,
    r#"{{range .items}}{{.metadata.labels}}{{"\n"}}{{end}}"#,
    r#"{{range .items}}{{.spec.containers}}{{"\n"}}{{end}}"#,
    r#"{{range .items}}{{.spec.priority}} {{.spec.nope}} {{.spec.terminationGracePeriodSeconds}}{{"\n"}}{{end}}"#,
    r#"{{range .items}}{{.metadata.name | printf "%q"}} {{.metadata.name | len}} {{end}}"#,
    r#"{{range .items}}{{if and .metadata.labels.app (ne .metadata.labels.app "db")}}{{.metadata.name}}{{end}}{{end}}"#,
    r#"{{range .items}}{{if or (eq .metadata.name "p-a" "p-c") false}}{{.metadata.name}} {{end}}{{end}}"#,
    r#"{{range .items}}{{$n := .metadata.name}}{{range .spec.containers}}{{$n}}/{{.name}} {{end}}{{end}}"#,
    "{{range .items}}{{- .metadata.name -}}  ,  \n {{- end}}",
    r#"{{/* a comment */}}{{range .items}}{{.kind}}/{{.apiVersion}} {{end}}"#,
    r#"{{range .items}}{{html .metadata.annotations.note}}|{{js .metadata.annotations.note}}|{{urlquery .metadata.annotations.note}}{{"\n"}}{{end}}"#,
    r#"{{range .items}}{{slice .metadata.name 0 1}}{{println .metadata.name 1 2.5}}{{end}}"#,
    r#"{{range .items}}{{print .metadata.name 1 true}} {{exists . "metadata" "labels" "app"}} {{lt (len .spec.containers) 2}}{{"\n"}}{{end}}"#,
    r#"{{range .items}}{{printf "%-6s|%5.1f|%05d|%x|%X|%o|%t|%c|%U|%e|%g|%v|%+v" .metadata.name 2.5 42 255 255 8 true 65 9731 1234.5 0.000012 .spec.priority .metadata.labels}}{{"\n"}}{{end}}"#,
    r#"{{range .items}}{{printf "%d %s|" .metadata.name}}{{printf "%.2f %T" .spec.terminationGracePeriodSeconds .spec.terminationGracePeriodSeconds}}{{"\n"}}{{end}}"#,
    r#"{{range .items}}{{len .metadata.managedFields}} {{(index .metadata.managedFields 0).manager}}{{"\n"}}{{end}}"#,
    r#"{{.kind}} {{len .items}} {{.metadata}}"#,
    r#"{{(index .items 0).metadata.name}} {{with index .items 1}}{{.metadata.name}}{{end}}"#,
    r#"{{range .items}}{{$.kind}}:{{.metadata.name}} {{end}}"#,
    r#"{{range $k, $v := (index .items 0).metadata.labels}}{{$k}}={{$v}};{{end}}"#,
    r#"{{$x := 1}}{{$x = 2}}{{$x}} {{if not .items}}none{{else if .kind}}k{{else}}?{{end}} {{block "b" .}}default {{.kind}}{{end}}"#,
    r#"{{with $x := .kind}}{{$x}}{{end}} {{ge 3 2}} {{le 1.5 2.0}} {{gt "b" "a"}} {{not 0}} {{and 1 0}} {{or 0 ""}}"#,
    r#"{{range .items}}{{.metadata.name}}{{else}}none{{end}}"#,
];

#[test]
fn list_templates_match_kubectl() {
    for t in LIST_TEMPLATES {
        check_paged(&["pods", "-o", &gt(t)]);
    }
}

#[test]
fn objects_kinds_and_selections_match_kubectl() {
    let names = r#"{{range .items}}{{.kind}}/{{.metadata.name}} {{end}}"#;
    let cases: &[&[&str]] = &[
        // Nothing selected: `{{else}}`, and the text around the range.
        &[
            "pods",
            "-l",
            "nope=1",
            "-o",
            &gt(r#"<{{range .items}}x{{else}}none{{end}}>"#),
        ],
        &[
            "pods",
            "-l",
            "nope=1",
            "-o",
            &gt(r#"{{range .items}}{{.metadata.name}}{{end}}"#),
        ],
        &[
            "pods",
            "-l",
            "app=web",
            "-o",
            &gt(r#"{{range .items}}{{.metadata.name}}{{else}}none{{end}}!"#),
        ],
        // Several types in one List, sorted, named objects.
        &["pods,services,configmaps", "-o", &gt(names)],
        &["pods", "--sort-by=.metadata.name", "-o", &gt(names)],
        &["pods", "--sort-by={.spec.containers[0].image}", "-o", &gt(names)],
        &["pods", "p-c", "p-a", "-o", &gt(names)],
        // One object named: the template sees the object itself.
        &[
            "pod",
            "p-a",
            "-o",
            &gt(r#"{{.metadata.name}} {{.spec.containers | len}} {{.kind}}"#),
        ],
        &[
            "pod/p-b",
            "-o",
            &gt(r#"{{range .spec.containers}}{{.resources}}{{end}}"#),
        ],
        &[
            "configmap",
            "cm-special",
            "-o",
            &gt(r#"{{.data}} {{.metadata.annotations.multi}}"#),
        ],
        &[
            "secret",
            "s",
            "-o",
            &gt(r#"{{.data.password | base64decode}}|{{base64decode .data.bad}}"#),
        ],
        &[
            "service",
            "web",
            "-o",
            &gt(r#"{{range .spec.ports}}{{.name}}={{.port}}->{{.targetPort}} {{end}}"#),
        ],
        &[
            "services",
            "-o",
            &gt(r#"{{range .items}}{{range .spec.ports}}{{printf "%d/%s " .port .protocol}}{{end}}{{end}}"#),
        ],
        // Missing keys allowed (the default) print `<no value>`.
        &[
            "pod",
            "p-c",
            "-o",
            &gt(r#"{{.nope}} {{.metadata.labels.app}} {{.spec.containers}}"#),
        ],
        &["pods", "-o", &gt(r#"{{.items}}"#)],
        // A missing object with a template: kubectl's error after the others.
        &["pods", "p-a", "nope", "-o", &gt(names)],
        &["pod", "nope", "-o", &gt(r#"{{.metadata.name}}"#)],
        &["pod", "nope", "--ignore-not-found", "-o", &gt(r#"{{.metadata.name}}"#)],
        &["pods", "--allow-missing-template-keys=false", "-o", &gt(names)],
    ];
    for args in cases {
        check_paged(args);
    }
}

#[test]
fn flags_and_aliases_match_kubectl() {
    let t = r#"{{range .items}}{{.metadata.name}};{{end}}"#;
    let template_flag = format!("--template={t}");
    let file_flag = format!("--template={}", file("names.tmpl"));
    let cases: Vec<Vec<String>> = vec![
        vec!["-o".into(), format!("template={t}")],
        vec!["-o".into(), format!("go-template-file={}", file("names.tmpl"))],
        vec!["-o".into(), format!("templatefile={}", file("names.tmpl"))],
        vec!["-o".into(), "go-template-file=/nonexistent/t.tmpl".into()],
        vec!["-o".into(), "templatefile=".into()],
        vec!["-o".into(), "go-template".into()],
        vec!["-o".into(), "go-template=".into()],
        vec!["-o".into(), "template".into()],
        vec![template_flag.clone()],
        vec!["-o".into(), "go-template".into(), template_flag.clone()],
        vec!["-o".into(), "template".into(), template_flag.clone()],
        vec!["-o".into(), "go-template-file".into(), file_flag.clone()],
        vec![
            "-o".into(),
            "jsonpath".into(),
            "--template={.items[*].metadata.name}".into(),
        ],
        vec!["-o".into(), "go-template={{.kind}}".into(), template_flag.clone()],
        vec!["-o".into(), "name".into(), template_flag.clone()],
        vec!["-o".into(), "json".into(), template_flag.clone()],
        vec!["-o".into(), "wide".into(), template_flag.clone()],
        vec!["--template=".into()],
        vec!["-o".into(), "go-templates={{.kind}}".into()],
    ];
    for c in &cases {
        let mut args = vec!["pods"];
        args.extend(c.iter().map(String::as_str));
        check_paged(&args);
    }
}

/// kubectl's errors: parse errors on stderr; execution errors with the partial output and
/// kubectl's debug block on stdout; exit 1.
#[test]
fn errors_match_kubectl() {
    let strict = "--allow-missing-template-keys=false";
    // Whole-list templates: the same with one object a page.
    let whole: &[&[&str]] = &[
        &["pods", "-o", &gt(r#"{{.metadata.name"#)],
        &["pods", "-o", &gt(r#"{{range .items}}x"#)],
        &["pods", "-o", &gt(r#"{{nofunc .}}"#)],
        &["pods", "-o", &gt(r#"{{end}}"#)],
        &["pods", "-o", &gt(r#"{{range .items}}{{else}}{{else}}{{end}}"#)],
        &["pods", "-o", &gt(r#"{{$x}}"#)],
        &["pods", "-o", &gt(r#"{{.kind}} {{index .items 10}}"#)],
        &["pods", "-o", &gt(r#"{{.items.x}}"#)],
        &["pods", "-o", &gt(r#"{{template "nope"}}"#)],
        &["pods", "-o", &gt(r#"a{{len 3}}"#)],
        &["pods", "-o", &gt(r#"{{call .kind}}"#)],
        &["pods", "-o", &gt(r#"{{eq 1 1.5}} {{eq .kind 1}}"#)],
        &["pods", "-o", &gt(r#"{{.kind}}{{.nope}}"#), strict],
        &["pods", "-o", &gt(r#"{{slice .kind 3 1}}"#)],
        &["pod", "p-a", "-o", &gt(r#"{{.metadata.name}} {{.spec.nope.deeper}}"#)],
        &["pod", "p-a", "-o", &gt(r#"{{.metadata.name}} {{.spec.nope}}"#), strict],
        &[
            "secret",
            "s",
            "-o",
            &gt(r#"{{.data.password | base64decode | base64decode}}"#),
        ],
        &[
            "pods",
            "-o",
            &gt(r#"{{range .items}}{{$.kind}} {{.metadata.name.x}}{{end}}"#),
        ],
    ];
    for args in whole {
        check_paged(args);
    }
    // Templates that run page by page, failing on the last object: with one page the same
    // output as kubectl (with several pages, kctl's debug block shows the failing page's
    // list, as for -o jsonpath: see the README).
    let streamed: &[&[&str]] = &[
        &[
            "pods",
            "-o",
            &gt(r#"{{range .items}}{{.metadata.name}}:{{.metadata.labels.app}} {{end}}"#),
            strict,
        ],
        &[
            "pods",
            "-o",
            &gt(r#"{{range .items}}{{.metadata.name}} {{.metadata.name.x}}{{end}}"#),
        ],
        &[
            "pods",
            "-o",
            &gt(r#"{{range .items}}{{index .spec.containers 1}}{{end}}"#),
        ],
    ];
    for args in streamed {
        check(args);
    }
}

/// `get -w`: the first list (bounded: the lines kubectl prints for it), then kctl and
/// kubectl killed; a template that fails ends both at once.
#[test]
fn get_watch_matches_kubectl() {
    let ns = ns();
    let n = ns.name.as_str();
    let bounded: &[(&[&str], usize)] = &[
        (
            &[
                "get",
                "pods",
                "-w",
                "-o",
                &gt(r#"{{.metadata.name}} {{.kind}}{{"\n"}}"#),
            ],
            3,
        ),
        (
            &[
                "get",
                "pod",
                "p-a",
                "-w",
                "-o",
                &gt(r#"{{.metadata.name}} {{len .spec.containers}}{{"\n"}}"#),
            ],
            1,
        ),
        (
            &[
                "get",
                "pods",
                "-w",
                "--output-watch-events",
                "-o",
                &gt(r#"{{.type}} {{.object.metadata.name}}{{"\n"}}"#),
            ],
            3,
        ),
        (&["get", "pods", "-w", r#"--template={{.metadata.name}}{{"\n"}}"#], 3),
        (
            &[
                "get",
                "pods",
                "-w",
                "-o",
                &gt(r#"{{.metadata.name}} {{len .metadata.managedFields}}{{"\n"}}"#),
            ],
            3,
        ),
        (
            &["get", "services", "-w", "-o", "template={{.metadata.name}}{{\"\\n\"}}"],
            1,
        ),
    ];
    for (args, lines) in bounded {
        let mut full = vec!["-n", n];
        full.extend_from_slice(args);
        let k = first_lines(ns.env.kubectl(&full), *lines);
        let c = first_lines(ns.env.kctl(&full), *lines);
        assert_eq!(c, k, "kctl {full:?} differs from kubectl");
    }
    let ending: &[&[&str]] = &[
        &[
            "get",
            "pods",
            "-w",
            "-o",
            &gt(r#"{{.metadata.name}} {{.metadata.name.x}}"#),
        ],
        &["get", "pods", "-w", "-o", &gt(r#"{{.metadata.name"#)],
        &["get", "pods", "-w", "-o", "go-template"],
        &[
            "get",
            "pod",
            "p-b",
            "-w",
            "-o",
            &gt(r#"{{.nope}}"#),
            "--allow-missing-template-keys=false",
        ],
    ];
    for args in ending {
        let mut full = vec!["-n", n];
        full.extend_from_slice(args);
        same_as_kubectl(&ns.env, &full, false);
    }
}

/// The first `n` stdout lines of a command that does not end by itself; then it is killed.
fn first_lines(mut cmd: Command, n: usize) -> Vec<String> {
    cmd.stdout(Stdio::piped()).stderr(Stdio::null()).stdin(Stdio::null());
    let mut child = cmd.spawn().expect("spawn");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    while lines.len() < n {
        match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(l) => lines.push(l),
            Err(_) => break,
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    lines
}

#[test]
fn create_matches_kubectl() {
    let env = Env::new();
    let cm = ["create", "configmap", "x", "--from-literal=a=b", "--dry-run=client"];
    let t = r#"--template={{.metadata.name}} {{.data}}{{"\n"}}"#;
    let tf = format!("templatefile={}", file("create.tmpl"));
    let gtf = format!("go-template-file={}", file("create.tmpl"));
    let outputs: Vec<Vec<&str>> = vec![
        vec![
            "-o",
            r#"go-template={{.metadata.name}} {{.data}} {{.kind}}/{{.apiVersion}}"#,
        ],
        vec!["-o", r#"template={{.metadata}}"#],
        vec!["-o", tf.as_str()],
        vec!["-o", gtf.as_str()],
        vec![t],
        vec!["-o", "go-template", t],
        vec!["-o", "go-template"],
        vec!["-o", "go-template="],
        vec!["-o", "jsonpath", "--template={.metadata.name}"],
        vec!["-o", r#"go-template={{.metadata.name}} {{.metadata.name.x}}"#],
        vec!["-o", r#"go-template={{.metadata.name"#],
        vec!["-o", r#"go-template={{.nope}}"#, "--allow-missing-template-keys=false"],
        vec!["-o", r#"go-template={{.nope}}|{{.metadata.creationTimestamp}}"#],
    ];
    for o in &outputs {
        let mut args = cm.to_vec();
        args.extend(o.iter());
        same_as_kubectl(&env, &args, false);
    }
    same_as_kubectl(
        &env,
        &[
            "create",
            "deployment",
            "web",
            "--image=nginx",
            "--replicas=3",
            "--dry-run=client",
            "-o",
            r#"go-template={{.spec.replicas}} {{printf "%T" .spec.replicas}} {{.spec.template.spec.containers}} {{.spec.selector.matchLabels}}"#,
        ],
        false,
    );
    same_as_kubectl(
        &env,
        &[
            "create",
            "secret",
            "generic",
            "s",
            "--from-literal=p=hello",
            "--dry-run=client",
            "-o",
            r#"go-template={{.data.p | base64decode}} {{.type}}"#,
        ],
        false,
    );
    // The server's answer, managedFields included (a server-side dry run creates nothing).
    let ns = ns();
    same_as_kubectl(
        &ns.env,
        &[
            "-n",
            &ns.name,
            "create",
            "configmap",
            "y",
            "--from-literal=k=v",
            "--dry-run=server",
            "-o",
            r#"go-template={{.metadata.name}} {{len .metadata.managedFields}} {{(index .metadata.managedFields 0).operation}}"#,
        ],
        false,
    );
}
