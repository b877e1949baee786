//! `kctl api-resources` and `kctl api-versions`, as kubectl prints them, from discovery
//! (fresh unless `--cached`, as kubectl's).
//!
//! kubectl lists `ServerPreferredResources`: each group-resource once, in the group's
//! preferred version when it serves it, else in the first version that does; resources
//! without verbs are left out. Rows are sorted (stably) by group, name or kind, then name.

use std::collections::BTreeSet;
use std::io::Write;

use crate::error::Result;
use crate::output::table::write_rows;
use crate::resource::ApiResourceInfo;
use crate::resource::discovery::{self, Discovery};
use crate::status::ExitStatus;

/// `kctl api-resources`, typed.
#[derive(Debug, Clone, Default)]
pub(crate) struct ApiResourcesOptions {
    pub(crate) output: ResourcesOutput,
    /// `--api-group` when given (`""` is the core group).
    pub(crate) api_group: Option<String>,
    /// `--namespaced` when given.
    pub(crate) namespaced: Option<bool>,
    /// `--verbs`: every one must be supported.
    pub(crate) verbs: Vec<String>,
    /// `--categories`: the resource must be in every one.
    pub(crate) categories: Vec<String>,
    pub(crate) sort_by: SortBy,
    pub(crate) no_headers: bool,
    /// `--cached`: a fresh discovery cache is good enough.
    pub(crate) cached: bool,
}

/// `-o` of `api-resources`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum ResourcesOutput {
    #[default]
    Table,
    Wide,
    Name,
}

/// `--sort-by` of `api-resources` (default: by group).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum SortBy {
    #[default]
    Group,
    Name,
    Kind,
}

/// `kctl api-resources`.
pub(crate) async fn run(opts: &ApiResourcesOptions, cx: &mut super::Context<'_>) -> Result<ExitStatus> {
    let cluster = cx.connect().await?;
    let (disco, _) = discovery::load(&cluster, !opts.cached).await?;
    write_resources(cx.out, &disco, opts)?;
    Ok(ExitStatus::Success)
}

/// `kctl api-versions`: every group-version, sorted.
pub(crate) async fn run_versions(cx: &mut super::Context<'_>) -> Result<ExitStatus> {
    let cluster = cx.connect().await?;
    let (disco, _) = discovery::load(&cluster, true).await?;
    write_versions(cx.out, &disco)?;
    Ok(ExitStatus::Success)
}

fn write_versions(out: &mut dyn Write, disco: &Discovery) -> std::io::Result<()> {
    let versions: BTreeSet<String> = disco.resources.iter().map(ApiResourceInfo::api_version).collect();
    for v in versions {
        writeln!(out, "{v}")?;
    }
    Ok(())
}

/// kubectl's `ServerPreferredResources`: one entry per group-resource, the preferred
/// version's when it has one (discovery lists each group's preferred version first).
fn preferred_resources(disco: &Discovery) -> Vec<&ApiResourceInfo> {
    let mut seen: BTreeSet<(&str, &str)> = BTreeSet::new();
    disco
        .resources
        .iter()
        .filter(|r| seen.insert((r.group.as_str(), r.plural.as_str())))
        .collect()
}

fn selected<'d>(disco: &'d Discovery, opts: &ApiResourcesOptions) -> Vec<&'d ApiResourceInfo> {
    let mut rows: Vec<&ApiResourceInfo> = preferred_resources(disco)
        .into_iter()
        .filter(|r| !r.verbs.is_empty())
        .filter(|r| opts.api_group.as_deref().is_none_or(|g| r.group == g))
        .filter(|r| opts.namespaced.is_none_or(|n| r.namespaced == n))
        .filter(|r| opts.verbs.iter().all(|v| r.verbs.contains(v)))
        .filter(|r| opts.categories.iter().all(|c| r.categories.contains(c)))
        .collect();
    // Stable, as Go's sort.Stable: ties keep discovery's group order.
    rows.sort_by(|a, b| {
        sort_key(a, opts.sort_by)
            .cmp(sort_key(b, opts.sort_by))
            .then_with(|| a.plural.cmp(&b.plural))
    });
    rows
}

fn sort_key(r: &ApiResourceInfo, by: SortBy) -> &str {
    match by {
        SortBy::Group => &r.group,
        SortBy::Name => &r.plural,
        SortBy::Kind => &r.kind,
    }
}

fn write_resources(out: &mut dyn Write, disco: &Discovery, opts: &ApiResourcesOptions) -> std::io::Result<()> {
    let rows = selected(disco, opts);
    if opts.output == ResourcesOutput::Name {
        for r in rows {
            writeln!(out, "{}", r.group_resource())?;
        }
        return Ok(());
    }
    let wide = opts.output == ResourcesOutput::Wide;
    let mut table: Vec<Vec<String>> = Vec::with_capacity(rows.len() + 1);
    if !opts.no_headers {
        let mut header = vec!["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"];
        if wide {
            header.extend(["VERBS", "CATEGORIES"]);
        }
        table.push(header.into_iter().map(String::from).collect());
    }
    for r in rows {
        let mut row = vec![
            r.plural.clone(),
            r.short_names.join(","),
            r.api_version(),
            r.namespaced.to_string(),
            r.kind.clone(),
        ];
        if wide {
            row.push(r.verbs.join(","));
            row.push(r.categories.join(","));
        }
        table.push(row);
    }
    write_rows(out, &table)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(group: &str, version: &str, plural: &str, kind: &str, preferred: bool) -> ApiResourceInfo {
        ApiResourceInfo {
            group: group.into(),
            version: version.into(),
            plural: plural.into(),
            singular: kind.to_lowercase(),
            kind: kind.into(),
            short_names: if plural == "pods" { vec!["po".into()] } else { vec![] },
            categories: if plural == "pods" { vec!["all".into()] } else { vec![] },
            verbs: if plural == "bindings" {
                vec!["create".into()]
            } else {
                vec!["get".into(), "list".into()]
            },
            namespaced: kind != "Namespace",
            preferred,
        }
    }

    fn disco() -> Discovery {
        Discovery {
            format: 1,
            server: "s".into(),
            fetched_at: 0,
            resources: vec![
                res("", "v1", "pods", "Pod", true),
                res("", "v1", "events", "Event", true),
                res("", "v1", "namespaces", "Namespace", true),
                res("", "v1", "bindings", "Binding", true),
                res("events.k8s.io", "v1", "events", "Event", true),
                res("batch", "v1", "jobs", "Job", true),
                res("batch", "v1beta1", "cronjobs", "CronJob", false),
                res("batch", "v1beta1", "jobs", "Job", false),
            ],
        }
    }

    fn text(opts: &ApiResourcesOptions) -> String {
        let mut out = Vec::new();
        write_resources(&mut out, &disco(), opts).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn sorted_by_group_then_name_each_resource_once() {
        assert_eq!(
            text(&ApiResourcesOptions::default()),
            "NAME         SHORTNAMES   APIVERSION         NAMESPACED   KIND\n\
             bindings                  v1                 true         Binding\n\
             events                    v1                 true         Event\n\
             namespaces                v1                 false        Namespace\n\
             pods         po           v1                 true         Pod\n\
             cronjobs                  batch/v1beta1      true         CronJob\n\
             jobs                      batch/v1           true         Job\n\
             events                    events.k8s.io/v1   true         Event\n"
        );
    }

    #[test]
    fn names_filters_and_sorting() {
        let name = ApiResourcesOptions {
            output: ResourcesOutput::Name,
            verbs: vec!["list".into()],
            ..Default::default()
        };
        assert_eq!(
            text(&name),
            "events\nnamespaces\npods\ncronjobs.batch\njobs.batch\nevents.events.k8s.io\n"
        );
        let by_kind = ApiResourcesOptions {
            output: ResourcesOutput::Name,
            sort_by: SortBy::Kind,
            namespaced: Some(true),
            ..Default::default()
        };
        assert_eq!(
            text(&by_kind),
            "bindings\ncronjobs.batch\nevents\nevents.events.k8s.io\njobs.batch\npods\n"
        );
        let core = ApiResourcesOptions {
            output: ResourcesOutput::Wide,
            api_group: Some(String::new()),
            categories: vec!["all".into()],
            no_headers: true,
            ..Default::default()
        };
        assert_eq!(text(&core), "pods   po    v1    true   Pod   get,list   all\n");
    }

    #[test]
    fn versions_sorted_once_each() {
        let mut out = Vec::new();
        write_versions(&mut out, &disco()).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "batch/v1\nbatch/v1beta1\nevents.k8s.io/v1\nv1\n"
        );
    }
}
