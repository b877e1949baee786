//! `kctl get`, one way: [`plan`] resolves the arguments into requests, [`fetch`] gets
//! their pages (or named objects) and hands each to the sink as it arrives, [`print`]
//! picks the sink for `-o` and ends the run as kubectl does. `-w` hands over to `watch`.

mod fetch;
mod files;
pub(crate) mod options;
pub(crate) mod plan;
mod print;

use std::io::Write;

use options::GetOptions;

use crate::error::Result;
use crate::resource::Cluster;
use crate::status::ExitStatus;

/// `kctl get`.
pub(crate) async fn run(opts: &GetOptions, cx: &mut super::Context<'_>) -> Result<ExitStatus> {
    if opts.watch.is_some() && opts.files.is_some() {
        return Err(crate::error::Error::Usage(
            "-f cannot be combined with --watch or --watch-only in kctl; name the type and objects instead".into(),
        ));
    }
    let cluster = cx.connect().await?;
    if let Some(watch) = opts.watch {
        super::watch::run_get(&cluster, opts, watch, cx.out).await?;
        return Ok(ExitStatus::Success);
    }
    let now = cx.now();
    let explicit_ns = cx.namespace_flag().is_some();
    let failed = get(&cluster, opts, cx.out, now, explicit_ns).await?;
    Ok(if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// Plan, fetch, print; whether server errors were reported.
async fn get(cluster: &Cluster, opts: &GetOptions, out: &mut dyn Write, now: i64, explicit_ns: bool) -> Result<bool> {
    let plan = match &opts.files {
        Some(files) => match files::plan(cluster, files, &opts.selection, explicit_ns).await? {
            Some(plan) => plan,
            None => return Ok(true),
        },
        None => plan::plan(cluster, &opts.selection).await?,
    };
    let mut sink = print::sink(&opts.print, &plan)?;
    let mut errors = fetch::DeferredErrors::new(opts.ignore_not_found);
    let fetched = fetch::fetch(
        cluster,
        &plan,
        sink.as_mut(),
        &mut errors,
        out,
        now,
        opts.print.client_print,
    )
    .await;
    print::finish(fetched, sink.as_mut(), &plan, &errors, opts.ignore_not_found, out)
}
