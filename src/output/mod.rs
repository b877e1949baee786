//! Renderers: everything that writes to stdout lives here. Commands fetch what a
//! [`sink::Sink`] wants and hand it pages and objects as they arrive; sinks write to a
//! `&mut dyn Write`. This file only declares the modules: each item lives in a leaf file,
//! so imports between them flow one way.
pub(crate) mod age;
pub(crate) mod columns;
pub(crate) mod escape;
pub(crate) mod gotemplate;
pub(crate) mod json;
pub(crate) mod jsonpath;
pub(crate) mod list;
pub(crate) mod objects;
pub(crate) mod page;
pub(crate) mod sink;
pub(crate) mod sort;
pub(crate) mod spec;
pub(crate) mod table;
pub(crate) mod table_printer;
pub(crate) mod template;
pub(crate) mod template_sinks;
pub(crate) mod watch;
pub(crate) mod yaml;

pub(crate) use template::Template;
