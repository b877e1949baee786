//! Every way kubectl lets a user name a type, against the real cluster's discovery.

use crate::cluster::{Ns, crd_ready, run};

fn names(ns: &Ns, args: &[&str]) -> String {
    let mut full = vec!["-n", ns.name.as_str(), "get"];
    full.extend_from_slice(args);
    full.extend_from_slice(&["-o", "name"]);
    let (out, err, code) = run(ns.env.kctl(&full));
    assert_eq!(code, 0, "kctl {full:?}: {err}");
    out
}

#[test]
fn every_name_form_resolves() {
    let ns = Ns::new("resolve");
    crate::cluster::kubectl_ok(&ns.env, &["-n", &ns.name, "create", "configmap", "one"]);
    crate::cluster::kubectl_ok(
        &ns.env,
        &["-n", &ns.name, "create", "deployment", "web", "--image=nginx"],
    );
    crd_ready(&ns.env);
    crate::cluster::kubectl_apply(
        &ns.env,
        &ns.name,
        "apiVersion: test.kctl.io/v1\nkind: Widget\nmetadata:\n  name: w1\nspec: {size: 1}\n",
    );
    for form in [
        "configmaps",
        "configmap",
        "cm",
        "ConfigMap",
        "CONFIGMAPS",
        "configmaps.v1.",
        "cm.v1.",
        "ConfigMap.v1.",
    ] {
        assert_eq!(names(&ns, &[form, "one"]), "configmap/one\n", "{form}");
    }
    for form in [
        "deployments",
        "deployment",
        "deploy",
        "Deployment",
        "deployments.apps",
        "deploy.apps",
        "deployments.v1.apps",
        "Deployment.v1.apps",
    ] {
        assert_eq!(names(&ns, &[form]), "deployment.apps/web\n", "{form}");
    }
    for form in [
        "widgets",
        "widget",
        "wdg",
        "Widget",
        "widgets.test.kctl.io",
        "widgets.v1.test.kctl.io",
        "kctltest",
    ] {
        assert_eq!(names(&ns, &[form]), "widget.test.kctl.io/w1\n", "{form}");
    }
    assert_eq!(
        names(&ns, &["cm/one", "deploy/web"]),
        "configmap/one\ndeployment.apps/web\n"
    );
    let both = names(&ns, &["cm,deploy"]);
    assert!(
        both.contains("configmap/one\n") && both.ends_with("deployment.apps/web\n"),
        "{both}"
    );
    assert_eq!(names(&ns, &["cm", "one"]), "configmap/one\n");
    // v1.20 serves CronJob only as batch/v1beta1: the preferred version is found.
    assert_eq!(names(&ns, &["cronjobs"]), "");
    let (_, err, code) = run(ns.env.kctl(&["get", "cronjobs.v1.batch"]));
    assert_eq!(code, 1);
    assert_eq!(err, "error: the server doesn't have a resource type \"cronjobs\"\n");
    let (_, err, code) = run(ns.env.kctl(&["get", "pods", "pod/x"]));
    assert_eq!(code, 1);
    assert!(
        err.starts_with("error: there is no need to specify a resource type"),
        "{err}"
    );
}

#[test]
fn a_new_crd_is_found_with_a_warm_cache() {
    let ns = Ns::new("newcrd");
    // Warm the cache.
    assert_eq!(run(ns.env.kctl(&["-n", &ns.name, "get", "pods"])).2, 0);
    let plural = format!("gadgets{}", ns.name.replace('-', ""));
    let crd = format!(
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: {plural}.test.kctl.io\nspec:\n  group: test.kctl.io\n  scope: Namespaced\n  names: {{plural: {plural}, singular: g{plural}, kind: G{plural}}}\n  versions:\n  - name: v1\n    served: true\n    storage: true\n    schema:\n      openAPIV3Schema: {{type: object, x-kubernetes-preserve-unknown-fields: true}}\n"
    );
    crate::cluster::kubectl_apply(&ns.env, &ns.name, &crd);
    crate::cluster::kubectl_ok(
        &ns.env,
        &[
            "wait",
            "--for=condition=Established",
            &format!("crd/{plural}.test.kctl.io"),
            "--timeout=60s",
        ],
    );
    let (out, err, code) = run(ns.env.kctl(&["-n", &ns.name, "get", &plural]));
    assert_eq!((out.as_str(), code), ("", 0), "{err}");
    assert_eq!(err, format!("No resources found in {} namespace.\n", ns.name));
    let _ = ns
        .env
        .kubectl(&["delete", "crd", &format!("{plural}.test.kctl.io"), "--wait=false"])
        .output();
}
