//! The generators kctl added for issue #16 (`role`, `clusterrole`, `rolebinding`,
//! `clusterrolebinding`, `quota`, `poddisruptionbudget`, `priorityclass`, `ingress`,
//! `secret docker-registry`, `token`), side by side with kubectl, and impersonation.

use crate::cluster::{Env, Ns, cluster, kubectl_ok, run, same_as_kubectl};

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// Each generator with at least three flag combinations, and the bad values kubectl names.
fn cases(dir: &std::path::Path) -> Vec<Vec<String>> {
    let dcj = dir.join("config.json");
    std::fs::write(&dcj, "{\"auths\":{\"reg.io\":{\"auth\":\"dTpw\"}}}\n").unwrap();
    let dcj = dcj.display().to_string();
    let mut out: Vec<Vec<String>> = [
        // role
        &["role", "r1", "--verb=get", "--verb=list", "--resource=pods"][..],
        &[
            "role",
            "r2",
            "--verb=get,watch,get",
            "--resource=po,deploy/scale,rs.apps",
            "--resource=pods/status",
        ],
        &[
            "role",
            "r3",
            "--verb=*",
            "--resource=Deployment",
            "--resource-name=a",
            "--resource-name=b",
        ],
        &["role", "r4", "--verb=get,frob", "--resource=secrets"],
        &["role", "r5", "--resource=pods"],
        &["role", "r6", "--verb=get"],
        &["role", "r7", "--verb=use", "--resource=pods"],
        &["role", "r8", "--verb=get", "--resource=.apps"],
        // clusterrole
        &["clusterrole", "cr1", "--verb=get,list", "--resource=nodes,namespaces"],
        &[
            "clusterrole",
            "cr2",
            "--verb=get",
            "--non-resource-url=/logs/*,/healthz",
        ],
        &["clusterrole", "cr3", "--aggregation-rule=rbac.example.com/agg=true,b=c"],
        &[
            "clusterrole",
            "cr4",
            "--verb=get",
            "--resource=pods",
            "--non-resource-url=/x",
        ],
        &["clusterrole", "cr5", "--verb=list", "--non-resource-url=/x"],
        &["clusterrole", "cr6", "--verb=get", "--non-resource-url=x"],
        &["clusterrole", "cr7", "--verb=get", "--non-resource-url=/a*b"],
        &["clusterrole", "cr8", "--aggregation-rule=a=b", "--verb=get"],
        &["clusterrole", "cr9", "--verb=get"],
        // rolebinding
        &[
            "rolebinding",
            "rb1",
            "--role=r",
            "--user=a",
            "--user=b",
            "--group=g",
            "--serviceaccount=ns:sa",
        ],
        &["rolebinding", "rb2", "--clusterrole=view"],
        &[
            "rolebinding",
            "rb3",
            "--clusterrole=edit",
            "--serviceaccount=default:x",
            "--group=devs",
        ],
        &["rolebinding", "rb4", "--role=a", "--clusterrole=b"],
        &["rolebinding", "rb5", "--role=r", "--serviceaccount=bad"],
        // clusterrolebinding
        &["clusterrolebinding", "crb1", "--clusterrole=view", "--user=u1"],
        &[
            "clusterrolebinding",
            "crb2",
            "--clusterrole=edit",
            "--group=g1",
            "--group=g2",
        ],
        &[
            "clusterrolebinding",
            "crb3",
            "--clusterrole=admin",
            "--serviceaccount=kube-system:x",
            "--user=u",
        ],
        &[
            "clusterrolebinding",
            "crb4",
            "--clusterrole=admin",
            "--serviceaccount=a:b:c",
        ],
        // quota
        &["quota", "q1", "--hard=cpu=1000m,memory=1024Mi,pods=10"],
        &[
            "quota",
            "q2",
            "--hard=requests.cpu=1.5,limits.memory=1.5Gi",
            "--scopes=BestEffort,NotTerminating",
        ],
        &["quota", "q3"],
        &["quota", "q4", "--hard=cpu"],
        &["quota", "q5", "--hard=cpu=abc"],
        &["quota", "q6", "--scopes=a,,b"],
        &["resourcequota", "q7", "--hard=pods=2e3,services=500m"],
        // poddisruptionbudget
        &["poddisruptionbudget", "p1", "--selector=app=x", "--min-available=50%"],
        &[
            "pdb",
            "p2",
            "--selector=app=x,tier in (b, a),!gone",
            "--max-unavailable=1",
        ],
        &["pdb", "p3", "--selector=app=x"],
        &["pdb", "p4", "--min-available=1"],
        &[
            "pdb",
            "p5",
            "--selector=app=x",
            "--min-available=1",
            "--max-unavailable=2",
        ],
        &["pdb", "p6", "--selector=app=x", "--min-available=1Gi"],
        // priorityclass
        &[
            "priorityclass",
            "pc1",
            "--value=10",
            "--description=hello",
            "--global-default",
            "--preemption-policy=Never",
        ],
        &["pc", "pc2"],
        &["pc", "pc3", "--value=-5", "--preemption-policy=PreemptLowerPriority"],
        // ingress
        &[
            "ingress",
            "i1",
            "--rule=foo.com/bar=svc1:8080,tls=my-cert",
            "--rule=foo.com/*=svc:http,tls",
            "--rule=/x*=s:1",
            "--class=nginx",
            "--default-backend=d:80",
            "--annotation=a=b=c",
        ],
        &[
            "ing",
            "i2",
            "--rule=a.com/=s:p,tls=x",
            "--rule=b.com/=s:p,tls=x",
            "--rule=a.com/y=s:p,tls=z",
        ],
        &["ingress", "i3", "--default-backend=d:http", "--annotation=e="],
        &["ingress", "i4"],
        &["ingress", "i5", "--rule=foo"],
        &["ingress", "i6", "--default-backend=abc"],
        &["ingress", "i7", "--rule=a/=s:p", "--annotation=c"],
        // secret docker-registry
        &[
            "secret",
            "docker-registry",
            "d1",
            "--docker-server=reg.io",
            "--docker-username=u",
            "--docker-password=p",
            "--docker-email=e@x",
        ],
        &[
            "secret",
            "docker-registry",
            "d2",
            "--docker-username=u<&>",
            "--docker-password=p",
        ],
        &["secret", "docker-registry", "d3", "--docker-username=u"],
        &["secret", "docker-registry", "d4", "--from-file=/nonexistent.json"],
    ]
    .iter()
    .map(|c| strings(c))
    .collect();
    out.push(strings(&[
        "secret",
        "docker-registry",
        "d5",
        &format!("--from-file={dcj}"),
    ]));
    out.push(strings(&[
        "secret",
        "docker-registry",
        "d6",
        &format!("--from-file=other={dcj}"),
    ]));
    out.push(strings(&[
        "secret",
        "docker-registry",
        "d7",
        &format!("--from-file={dcj},{dcj}"),
    ]));
    out
}

/// Acceptance: each new generator's `--dry-run=client` output (`-o yaml|json|name`, the
/// result line, `--save-config`, `-n`) and errors are kubectl's, byte for byte.
#[test]
fn new_generators_match_kubectl_dry_run() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    for case in cases(dir.path()) {
        for extra in [
            &["--dry-run=client", "-o", "yaml"][..],
            &["--dry-run=client", "-o", "json"],
            &["--dry-run=client", "-o", "name"],
            &["--dry-run=client"],
            &["--dry-run=client", "-o", "json", "--save-config", "-n", "other"],
        ] {
            let mut args: Vec<&str> = vec!["create"];
            args.extend(case.iter().map(String::as_str));
            args.extend_from_slice(extra);
            same_as_kubectl(&env, &args, false);
        }
    }
}

/// Against the server: the same result lines and errors as kubectl (`AlreadyExists` the
/// second time), the objects made in one namespace one after the other.
#[test]
fn new_generators_create_like_kubectl() {
    let ns = Ns::new("gencr");
    let n = ns.name.as_str();
    let dir = tempfile::tempdir().unwrap();
    for mut case in cases(dir.path()) {
        // PodDisruptionBudgets: a v1.20 server has them only as policy/v1beta1 (below).
        if case[0] == "pdb" || case[0] == "poddisruptionbudget" {
            continue;
        }
        // Cluster-wide names get the namespace's, so that runs do not meet.
        let cluster_scoped = matches!(
            case[0].as_str(),
            "clusterrole" | "clusterrolebinding" | "pc" | "priorityclass"
        );
        if cluster_scoped {
            case[1] = format!("{n}-{}", case[1]);
        }
        let mut args: Vec<&str> = vec!["-n", n, "create"];
        args.extend(case.iter().map(String::as_str));
        let (kind, name) = if case[0] == "secret" {
            ("secret".to_string(), case[2].clone())
        } else {
            (case[0].clone(), case[1].clone())
        };
        let mut outcomes = Vec::new();
        for tool in ["kubectl", "kctl", "kubectl", "kctl"] {
            let cmd = if tool == "kubectl" {
                ns.env.kubectl(&args)
            } else {
                ns.env.kctl(&args)
            };
            outcomes.push(run(cmd));
            if outcomes.len() == 1 {
                // kctl creates it afresh; then both meet the object kctl made.
                let _ = run(ns
                    .env
                    .kubectl(&["-n", n, "delete", &kind, &name, "--wait=true", "--ignore-not-found"]));
            }
        }
        // The second time, both meet the object kctl made (AlreadyExists).
        assert_eq!(outcomes[1], outcomes[0], "first create: {args:?}");
        assert_eq!(outcomes[3], outcomes[2], "second create: {args:?}");
        let _ = run(ns
            .env
            .kubectl(&["-n", n, "delete", &kind, &name, "--wait=false", "--ignore-not-found"]));
    }
    // kubectl 1.32 sends policy/v1, which a v1.20 server does not serve; kctl uses the
    // served version.
    let (out, err, code) = run(ns
        .env
        .kctl(&["-n", n, "create", "pdb", "p1", "--selector=app=x", "--min-available=1"]));
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        ("poddisruptionbudget.policy/p1 created\n", "", 0)
    );
    let got = kubectl_ok(
        &ns.env,
        &[
            "-n",
            n,
            "get",
            "pdb",
            "p1",
            "-o",
            "jsonpath={.spec.minAvailable} {.spec.selector.matchLabels.app}",
        ],
    );
    assert_eq!(got, "1 x");
}

/// `create token`: the token alone (no newline when piped), never in a log; errors as kubectl's.
#[test]
fn create_token_prints_only_the_token() {
    let ns = Ns::new("gentok");
    let n = ns.name.as_str();
    kubectl_ok(&ns.env, &["-n", n, "create", "serviceaccount", "robot"]);
    let (out, err, code) = run(ns.env.kctl(&["-n", n, "create", "token", "robot", "--duration=10m"]));
    assert_eq!((err.as_str(), code), ("", 0));
    assert!(!out.is_empty() && !out.ends_with('\n') && !out.contains(' '), "{out}");
    // The token works: a TokenReview-free check, it authenticates as the service account.
    let (_, err, _) = run(ns.env.kctl(&["-n", n, "get", "pods", "--token", &out]));
    assert!(!err.contains("Unauthorized"), "{err}");
    let (aud, err, code) = run(ns.env.kctl(&[
        "-n",
        n,
        "create",
        "token",
        "robot",
        "--audience=a",
        "--audience=b",
        "-o",
        "jsonpath={.spec.audiences}",
    ]));
    assert_eq!((aud.as_str(), err.as_str(), code), ("[\"a\",\"b\"]", "", 0));
    // -v 9 logs the requests and answers, never the token.
    let (tok, err, code) = run(ns.env.kctl(&["-n", n, "create", "token", "robot", "-v", "9"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Response Body"), "{err}");
    assert!(!err.contains(&tok), "the token reached the log:\n{err}");
    // -o prints the TokenRequest.
    let (json, _, code) = run(ns.env.kctl(&[
        "-n",
        n,
        "create",
        "token",
        "robot",
        "-o",
        "jsonpath={.kind} {.spec.audiences}",
    ]));
    let (kjson, _, _) = run(ns.env.kubectl(&[
        "-n",
        n,
        "create",
        "token",
        "robot",
        "-o",
        "jsonpath={.kind} {.spec.audiences}",
    ]));
    assert_eq!((json.as_str(), code), (kjson.as_str(), 0));
    assert!(json.starts_with("TokenRequest "), "{json}");
    for bad in [
        &["create", "token", "nope"][..],
        &["create", "token", "robot", "--bound-object-kind=Foo"],
        &["create", "token", "robot", "--bound-object-kind=Pod"],
        &["create", "token", "robot", "--bound-object-name=x"],
        &["create", "token", "robot", "--duration=1500ms"],
        &["create", "token", "robot", "--audience="],
    ] {
        let mut args = vec!["-n", n];
        args.extend_from_slice(bad);
        same_as_kubectl(&ns.env, &args, false);
    }
}

/// `--as`, `--as-group`, `--as-uid` and the kubeconfig's `as`: the server answers for the
/// impersonated user, as it does for kubectl.
#[test]
fn impersonation_as_kubectl() {
    let ns = Ns::new("genas");
    let n = ns.name.as_str();
    for args in [
        &["get", "pods", "-n", n, "--as=limited"][..],
        &["get", "pods", "-n", n, "--as=limited", "--as-group=kctl-limited"],
        &[
            "get",
            "pods",
            "-n",
            n,
            "--as=system:serviceaccount:x:y",
            "--as-uid=1234",
        ],
        &[
            "get",
            "pods",
            "-n",
            n,
            "--as=limited",
            "--as-group=system:masters",
            "-o",
            "name",
        ],
        &["get", "pods", "-n", n, "--as-group=system:masters"],
        &["get", "pods", "-n", n, "--as-uid=1"],
        &["--context=limited", "get", "pods", "-n", n, "--as=admin"],
        &["create", "configmap", "x", "-n", n, "--as=limited"],
    ] {
        same_as_kubectl(&ns.env, args, false);
    }
    // The kubeconfig's `as` and `as-groups`.
    let text = std::fs::read_to_string(cluster().kubeconfig()).unwrap();
    for (name, user) in [
        ("as", "    as: limited\n"),
        ("as-groups", "    as-groups: [system:masters]\n"),
    ] {
        let edited = text.replacen(
            "- name: admin\n  user:\n",
            &format!("- name: admin\n  user:\n{user}"),
            1,
        );
        assert_ne!(edited, text, "the test kubeconfig changed shape");
        let path = ns.env.home.path().join(name);
        std::fs::write(&path, edited).unwrap();
        let p = path.display().to_string();
        let args = ["--kubeconfig", p.as_str(), "get", "pods", "-n", n];
        let (ko, ke, kc) = run(ns.env.kubectl(&args));
        let (co, ce, cc) = run(ns.env.kctl(&args));
        assert_eq!(kc, cc, "{name}: kubectl {ke} / kctl {ce}");
        assert_eq!(co, ko, "{name}");
        if name == "as" {
            assert_eq!(ce, ke, "{name}");
        } else {
            // kubectl's words, then the file and the field.
            assert!(ce.starts_with(ke.trim_end()), "{name}: {ce} / {ke}");
            assert!(ce.contains(&p) && ce.contains("as-groups"), "{ce}");
        }
    }
}
