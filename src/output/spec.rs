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
    /// `go-template=` or `template=`.
    GoTemplate(String),
    /// `go-template-file=` or `templatefile=`.
    GoTemplateFile(String),
    /// A template format without its template (`-o jsonpath`, `-o go-template`): `--template`
    /// may give it (see [`OutputSpec::with_template`]), else it is kubectl's error.
    NoTemplate(String),
    CustomColumns(String),
    CustomColumnsFile(String),
    Invalid(String),
}

/// The formats that take a template (`jsonpath=...`, `go-template=...`), as a pattern.
macro_rules! template_names {
    () => {
        "jsonpath"
            | "jsonpath-as-json"
            | "jsonpath-file"
            | "go-template"
            | "go-template-file"
            | "template"
            | "templatefile"
    };
}

const NO_TEMPLATE: &str = "template format specified but no template given";

const OUTPUT_FORMATS: &str = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml";

impl OutputSpec {
    pub(crate) fn parse(s: &str) -> OutputSpec {
        let (name, value) = match s.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (s, None),
        };
        let no_template = || OutputSpec::Invalid(NO_TEMPLATE.into());
        match (name, value) {
            ("wide", None) => OutputSpec::Simple(OutputFormat::Wide),
            ("yaml", None) => OutputSpec::Simple(OutputFormat::Yaml),
            ("json", None) => OutputSpec::Simple(OutputFormat::Json),
            ("name", None) => OutputSpec::Simple(OutputFormat::Name),
            (template_names!(), None) => OutputSpec::NoTemplate(name.to_string()),
            (template_names!(), Some(v)) if v.is_empty() => no_template(),
            ("jsonpath", Some(v)) => OutputSpec::JsonPath {
                template: v,
                as_json: false,
            },
            ("jsonpath-as-json", Some(v)) => OutputSpec::JsonPath {
                template: v,
                as_json: true,
            },
            ("jsonpath-file", Some(v)) => OutputSpec::JsonPathFile(v),
            ("go-template" | "template", Some(v)) => OutputSpec::GoTemplate(v),
            ("go-template-file" | "templatefile", Some(v)) => OutputSpec::GoTemplateFile(v),
            ("custom-columns", v) => OutputSpec::CustomColumns(v.unwrap_or_default()),
            ("custom-columns-file", v) => OutputSpec::CustomColumnsFile(v.unwrap_or_default()),
            _ => OutputSpec::Invalid(format!(
                "unable to match a printer suitable for the output format \"{s}\", allowed formats are: {OUTPUT_FORMATS}"
            )),
        }
    }

    /// `-o` with kubectl's `--template`: a template given by `--template` makes `-o` default to
    /// `go-template` and fills a template format named without one (`-o jsonpath
    /// --template=...`); a template format that has its own (`-o go-template=X --template=Y`)
    /// then matches no printer. The other formats ignore it. Without a template, a template
    /// format without one is kubectl's error.
    pub(crate) fn with_template(output: Option<OutputSpec>, template: Option<&str>) -> Option<OutputSpec> {
        let template = template.filter(|t| !t.is_empty());
        let Some(t) = template else {
            return output.map(|o| match o {
                OutputSpec::NoTemplate(_) => OutputSpec::Invalid(NO_TEMPLATE.into()),
                other => other,
            });
        };
        let given = |name: &str, value: &str| OutputSpec::parse(&format!("{name}={value}"));
        let unmatched = |shown: String| {
            OutputSpec::Invalid(format!(
                "unable to match a printer suitable for the output format \"{shown}\", allowed formats are: {OUTPUT_FORMATS}"
            ))
        };
        Some(match output {
            None => OutputSpec::GoTemplate(t.to_string()),
            Some(OutputSpec::NoTemplate(name)) => given(&name, t),
            Some(OutputSpec::JsonPath { template, as_json }) => {
                let name = if as_json { "jsonpath-as-json" } else { "jsonpath" };
                unmatched(format!("{name}={template}"))
            }
            Some(OutputSpec::JsonPathFile(f)) => unmatched(format!("jsonpath-file={f}")),
            Some(OutputSpec::GoTemplate(v)) => unmatched(format!("go-template={v}")),
            Some(OutputSpec::GoTemplateFile(f)) => unmatched(format!("go-template-file={f}")),
            Some(other) => other,
        })
    }

    /// The plain format, if this is one.
    pub(crate) fn simple(&self) -> Option<OutputFormat> {
        match self {
            OutputSpec::Simple(f) => Some(*f),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(output: Option<&str>, template: Option<&str>) -> Option<OutputSpec> {
        OutputSpec::with_template(output.map(OutputSpec::parse), template)
    }

    #[test]
    fn go_template_formats_and_aliases() {
        let t = "{{.kind}}";
        assert_eq!(
            OutputSpec::parse("go-template={{.kind}}"),
            OutputSpec::GoTemplate(t.into())
        );
        assert_eq!(
            OutputSpec::parse("template={{.kind}}"),
            OutputSpec::GoTemplate(t.into())
        );
        assert_eq!(
            OutputSpec::parse("go-template-file=f"),
            OutputSpec::GoTemplateFile("f".into())
        );
        assert_eq!(
            OutputSpec::parse("templatefile=f"),
            OutputSpec::GoTemplateFile("f".into())
        );
        for bare in ["go-template", "template", "templatefile=", "jsonpath", "go-template="] {
            assert_eq!(
                with(Some(bare), None),
                Some(OutputSpec::Invalid(NO_TEMPLATE.into())),
                "{bare}"
            );
        }
    }

    #[test]
    fn the_template_flag_as_kubectl_reads_it() {
        let t = Some("{{.kind}}");
        assert_eq!(with(None, t), Some(OutputSpec::GoTemplate("{{.kind}}".into())));
        assert_eq!(with(None, Some("")), None);
        assert_eq!(
            with(Some("template"), t),
            Some(OutputSpec::GoTemplate("{{.kind}}".into()))
        );
        assert_eq!(
            with(Some("templatefile"), Some("f")),
            Some(OutputSpec::GoTemplateFile("f".into()))
        );
        assert_eq!(
            with(Some("jsonpath"), Some("{.a}")),
            Some(OutputSpec::JsonPath {
                template: "{.a}".into(),
                as_json: false
            })
        );
        assert_eq!(with(Some("json"), t), Some(OutputSpec::Simple(OutputFormat::Json)));
        assert_eq!(with(Some("wide"), t), Some(OutputSpec::Simple(OutputFormat::Wide)));
        match with(Some("go-template={{.a}}"), t) {
            Some(OutputSpec::Invalid(msg)) => assert!(
                msg.starts_with("unable to match a printer suitable for the output format \"go-template={{.a}}\""),
                "{msg}"
            ),
            other => panic!("{other:?}"),
        }
    }
}
