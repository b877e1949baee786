//! kctl's one integration-test binary (one link on 2 cores). Tests that need a cluster get
//! the shared real control plane from `cluster::cluster()`, each in its own namespace.
mod api_resources;
mod architecture;
mod cache;
mod cli;
mod cluster;
mod complete;
mod completions;
mod config;
mod create;
mod delete;
mod dropin;
mod faults;
mod generators;
mod get;
mod gotemplate;
mod interrupt;
mod output;
mod proxy;
mod resolution;
mod security;
mod validate;
mod wait;
mod watch;
