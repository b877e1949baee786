//! The discovery cache: TTL, a corrupt file, an unwritable folder.

use crate::cluster::{Env, cluster, run};

fn requests(stderr: &str) -> usize {
    stderr.lines().filter(|l| l.contains(" GET https://")).count()
}

fn cache_file(env: &Env) -> std::path::PathBuf {
    let host = cluster().server().trim_start_matches("https://").replace(':', "_");
    env.cache_dir().join(host).join("resources.json")
}

#[test]
fn cache_is_private_and_holds_no_credentials() {
    let env = Env::new();
    assert_eq!(run(env.kctl(&["get", "ns", "default", "-v", "6"])).2, 0);
    let file = cache_file(&env);
    let text = std::fs::read_to_string(&file).expect("cache written");
    assert!(!text.contains(cluster().token()));
    assert!(text.contains("\"plural\":\"pods\""));
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(
        std::fs::metadata(file.parent().unwrap()).unwrap().permissions().mode() & 0o777,
        0o700
    );
}

#[test]
fn stale_cache_is_refreshed() {
    let env = Env::new();
    assert_eq!(run(env.kctl(&["get", "ns", "default"])).2, 0);
    let file = cache_file(&env);
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let fetched = v["fetched_at"].as_u64().unwrap();
    // Five hours old: still fresh.
    v["fetched_at"] = (fetched - 5 * 3600).into();
    std::fs::write(&file, serde_json::to_vec(&v).unwrap()).unwrap();
    let (_, err, code) = run(env.kctl(&["get", "ns", "default", "-v", "6"]));
    assert_eq!((code, requests(&err)), (0, 1), "{err}");
    // Six hours old: rediscovered.
    v["fetched_at"] = (fetched - 6 * 3600 - 1).into();
    std::fs::write(&file, serde_json::to_vec(&v).unwrap()).unwrap();
    let (_, err, code) = run(env.kctl(&["get", "ns", "default", "-v", "6"]));
    assert_eq!(code, 0);
    assert!(requests(&err) > 2, "{err}");
    assert!(err.contains("/apis 200 OK"), "{err}");
}

#[test]
fn corrupt_cache_still_works_with_one_warning() {
    let env = Env::new();
    assert_eq!(run(env.kctl(&["get", "ns", "default"])).2, 0);
    std::fs::write(cache_file(&env), b"{\"format\": 2, garbage").unwrap();
    let (out, err, code) = run(env.kctl(&["get", "ns", "default", "-o", "name"]));
    assert_eq!((out.as_str(), code), ("namespace/default\n", 0));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("warning: ignoring corrupt discovery cache"), "{err}");
    // Rewritten: the next run is quiet.
    let (_, err, code) = run(env.kctl(&["get", "ns", "default", "-o", "name"]));
    assert_eq!((err.as_str(), code), ("", 0));
}

#[test]
fn unwritable_cache_dir_still_works_with_one_warning() {
    let env = Env::new();
    // A file where the cache folder should be: nothing can be created below it.
    std::fs::create_dir_all(env.home.path().join(".cache")).unwrap();
    std::fs::write(env.home.path().join(".cache/kctl"), b"not a folder").unwrap();
    let (out, err, code) = run(env.kctl(&["get", "ns", "default", "-o", "name"]));
    assert_eq!((out.as_str(), code), ("namespace/default\n", 0));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("warning: cannot write the discovery cache"), "{err}");
}
