//! What `-o` asks for, parsed once from the command line (no clap types here): the plain
//! formats and kubectl's templates, with kubectl's message for a format it does not know.

/// The `-o` formats that need no template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OutputFormat {
    Wide,
    Yaml,
    Json,
    Name,
}

/// `get`'s `-o`: the plain formats and kubectl's templates. Anything parses; a value kubectl
/// would reject becomes [`OutputSpec::Invalid`] with kubectl's message, reported at run time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum OutputSpec {
    Simple(OutputFormat),
    /// `jsonpath=` or `jsonpath-as-json=` (`as_json`).
    JsonPath {
        template: String,
        as_json: bool,
    },
    JsonPathFile(String),
    CustomColumns(String),
    CustomColumnsFile(String),
    Invalid(String),
}

const OUTPUT_FORMATS: &str = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml";

impl OutputSpec {
    pub(crate) fn parse(s: &str) -> OutputSpec {
        let (name, value) = match s.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (s, None),
        };
        let no_template = || OutputSpec::Invalid("template format specified but no template given".into());
        match (name, value) {
            ("wide", None) => OutputSpec::Simple(OutputFormat::Wide),
            ("yaml", None) => OutputSpec::Simple(OutputFormat::Yaml),
            ("json", None) => OutputSpec::Simple(OutputFormat::Json),
            ("name", None) => OutputSpec::Simple(OutputFormat::Name),
            ("jsonpath" | "jsonpath-as-json" | "jsonpath-file", None) => no_template(),
            ("jsonpath" | "jsonpath-as-json" | "jsonpath-file", Some(v)) if v.is_empty() => no_template(),
            ("jsonpath", Some(v)) => OutputSpec::JsonPath {
                template: v,
                as_json: false,
            },
            ("jsonpath-as-json", Some(v)) => OutputSpec::JsonPath {
                template: v,
                as_json: true,
            },
            ("jsonpath-file", Some(v)) => OutputSpec::JsonPathFile(v),
            ("custom-columns", v) => OutputSpec::CustomColumns(v.unwrap_or_default()),
            ("custom-columns-file", v) => OutputSpec::CustomColumnsFile(v.unwrap_or_default()),
            _ => OutputSpec::Invalid(format!(
                "unable to match a printer suitable for the output format \"{s}\", allowed formats are: {OUTPUT_FORMATS}"
            )),
        }
    }

    /// The plain format, if this is one.
    pub(crate) fn simple(&self) -> Option<OutputFormat> {
        match self {
            OutputSpec::Simple(f) => Some(*f),
            _ => None,
        }
    }
}
