//! `kctl get`, one way: [`plan`] resolves the arguments into requests, [`fetch`] gets
//! their pages (or named objects) and hands each to the sink as it arrives, [`print`]
//! picks the sink for `-o` and ends the run as kubectl does. `-w` hands over to `watch`.

mod fetch;
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
    let cluster = cx.connect().await?;
    if let Some(watch) = opts.watch {
        super::watch::run_get(&cluster, opts, watch, cx.out).await?;
        return Ok(ExitStatus::Success);
    }
    let now = cx.now();
    let failed = get(&cluster, opts, cx.out, now).await?;
    Ok(if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// Plan, fetch, print; whether server errors were reported.
async fn get(cluster: &Cluster, opts: &GetOptions, out: &mut dyn Write, now: i64) -> Result<bool> {
    let plan = plan::plan(cluster, &opts.selection).await?;
    let mut sink = print::sink(&opts.print, &plan)?;
    let mut errors = fetch::DeferredErrors::new(opts.ignore_not_found);
    let fetched = fetch::fetch(cluster, &plan, sink.as_mut(), &mut errors, out, now).await;
    print::finish(fetched, sink.as_mut(), &plan, &errors, opts.ignore_not_found, out)
}
