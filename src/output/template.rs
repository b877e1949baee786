//! `-o jsonpath=...` and `-o custom-columns=...` templates, parsed from the `-o` value (or
//! read from the file it names) with kubectl's errors.

use super::columns::CustomColumns;
use super::jsonpath::JsonPath;
use super::spec::OutputSpec;
use crate::error::{Error, Result};

/// A `-o jsonpath=...` or `-o custom-columns=...` template, parsed.
pub(crate) enum Template {
    /// The template's text (for error messages) and the parsed template.
    JsonPath(String, JsonPath),
    Columns(CustomColumns),
}

impl Template {
    /// The template an `-o` value asks for (`None` for the plain formats), with kubectl's
    /// errors for a template that does not parse or a file that cannot be read.
    pub(crate) fn from_output(
        output: Option<&OutputSpec>,
        allow_missing_keys: bool,
        no_headers: bool,
    ) -> Result<Option<Template>> {
        use OutputSpec as Output;
        let jsonpath = |text: String, as_json: bool| -> Result<Option<Template>> {
            let jp = JsonPath::parse(&text)
                .map_err(|e| Error::Plain(format!("error: error parsing jsonpath {text}, {e}")))?
                .allow_missing_keys(allow_missing_keys)
                .json_output(as_json);
            Ok(Some(Template::JsonPath(text, jp)))
        };
        let read = |path: &str, what: &str| {
            std::fs::read_to_string(path)
                .map_err(|e| Error::Plain(format!("error: error reading {what} {path}, {}", open_error(path, &e))))
        };
        match output {
            None | Some(Output::Simple(_)) => Ok(None),
            Some(Output::JsonPath { template, as_json }) => jsonpath(template.clone(), *as_json),
            Some(Output::JsonPathFile(path)) => jsonpath(read(path, "--template")?, false),
            Some(Output::CustomColumns(spec)) => CustomColumns::from_spec(spec, no_headers)
                .map(|c| Some(Template::Columns(c)))
                .map_err(Error::Usage),
            Some(Output::CustomColumnsFile(path)) => CustomColumns::from_template(&read(path, "template")?, no_headers)
                .map(|c| Some(Template::Columns(c)))
                .map_err(Error::Usage),
            Some(Output::Invalid(msg)) => Err(Error::Usage(msg.clone())),
        }
    }
}

/// Go's `os.Open` error text for a file that cannot be read.
fn open_error(path: &str, e: &std::io::Error) -> String {
    format!("open {path}: {}", crate::error::io_text(e))
}
