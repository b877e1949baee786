//! Issue #16, item 17: `kctl api-resources` and `kctl api-versions` beside kubectl's.

use crate::cluster::{Env, run, same_as_kubectl};

#[test]
fn api_resources_match_kubectl() {
    let env = Env::new();
    for args in [
        &["api-resources"][..],
        &["api-resources", "-o", "wide"],
        &["api-resources", "-o", "name"],
        &["api-resources", "--verbs=list", "-o", "name"],
        &["api-resources", "--verbs=list,watch", "--verbs=delete"],
        &["api-resources", "--namespaced=false"],
        &["api-resources", "--namespaced=true", "-o", "wide"],
        &["api-resources", "--namespaced"],
        &["api-resources", "--api-group=apps"],
        &["api-resources", "--api-group="],
        &["api-resources", "--api-group=batch", "-o", "wide"],
        &["api-resources", "--sort-by=name"],
        &["api-resources", "--sort-by=kind", "-o", "wide"],
        &["api-resources", "--sort-by=name", "-o", "name"],
        &["api-resources", "--no-headers"],
        &["api-resources", "--no-headers", "-o", "wide"],
        &["api-resources", "--categories=all"],
        &["api-resources", "--cached"],
        &["api-resources", "-o", "yaml"],
        &["api-resources", "--sort-by=group"],
        &["api-versions"],
    ] {
        same_as_kubectl(&env, args, false);
    }
}

/// `kctl get` with no type points at `kctl api-resources`, which exists.
#[test]
fn get_without_a_type_points_at_api_resources() {
    let env = Env::new();
    let (_, err, code) = run(env.kctl(&["get"]));
    assert_eq!(code, 1);
    assert!(err.contains("Use \"kctl api-resources\""), "{err}");
    let (out, err, code) = run(env.kctl(&["api-resources", "--verbs=list", "-o", "name"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.lines().any(|l| l == "pods"), "{out}");
}
