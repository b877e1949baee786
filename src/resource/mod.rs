//! The resource layer: config, discovery, resolution and API calls.
pub(crate) mod api;
pub(crate) mod config;
pub(crate) mod credentials;
pub(crate) mod discovery;
pub(crate) mod http;
pub(crate) mod info;
pub(crate) mod lines;
pub(crate) mod lookup;
pub(crate) mod manifest;
pub(crate) mod openapi;
pub(crate) mod redact;
pub(crate) mod request;
pub(crate) mod resolve;
pub(crate) mod selector;
pub(crate) mod validate;
pub(crate) mod wait;
pub(crate) mod warnings;
pub(crate) mod watch;
pub(crate) mod write;

pub(crate) use config::Cluster;
pub(crate) use info::ApiResourceInfo;
pub(crate) use lookup::resolve_types;
