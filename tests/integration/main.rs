//! kctl's one integration-test binary (one link on 2 cores). Tests that need a cluster get
//! the shared real control plane from `cluster::cluster()`, each in its own namespace.
mod cache;
mod cli;
mod cluster;
mod completions;
mod config;
mod get;
mod resolution;
