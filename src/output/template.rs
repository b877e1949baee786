//! `-o jsonpath=...`, `-o go-template=...` and `-o custom-columns=...` templates, parsed
//! from the `-o` value (or read from the file it names) with kubectl's errors.

use std::io::Write;

use serde_json::Value;

use super::columns::CustomColumns;
use super::gotemplate::{self, Options, Paged};
use super::jsonpath::JsonPath;
use super::spec::OutputSpec;
use crate::error::{Error, Result};

/// A `-o jsonpath=...`, `-o go-template=...` or `-o custom-columns=...` template, parsed.
pub(crate) enum Template {
    /// The template's text (for error messages) and the parsed template.
    JsonPath(String, JsonPath),
    GoTemplate(GoTemplate),
    Columns(CustomColumns),
}

/// A parsed `-o go-template` and how it runs (`--allow-missing-template-keys`).
#[derive(Debug, Clone)]
pub(crate) struct GoTemplate {
    template: gotemplate::Template,
    opts: Options,
}

/// Why a go-template printed nothing more.
#[derive(Debug)]
pub(crate) enum GoTemplateError {
    Io(std::io::Error),
    /// The template failed on the data; kubectl's debug block is on stdout already (see
    /// [`GoTemplate::error`] for the error line).
    Template(gotemplate::ExecError),
}

impl GoTemplate {
    /// Parse `text` with kubectl's error.
    pub(crate) fn parse(text: &str, allow_missing_keys: bool) -> Result<GoTemplate> {
        let template = gotemplate::Template::parse(text).map_err(|e| {
            let msg = gotemplate::parse_error_message(text, &e);
            Error::Plain(msg.strip_suffix('\n').unwrap_or(&msg).to_string())
        })?;
        Ok(GoTemplate {
            template,
            opts: Options {
                allow_missing_keys,
                ..Options::default()
            },
        })
    }

    pub(crate) fn text(&self) -> &str {
        self.template.text()
    }

    pub(crate) fn options(&self) -> &Options {
        &self.opts
    }

    /// The template split to run page by page, when its shape allows.
    pub(crate) fn paged(&self) -> Option<Paged> {
        self.template.paged()
    }

    /// Run on `data` and write the output. On failure, what was printed before it, then
    /// kubectl's debug block with `data`, go out as kubectl prints them, on `out`.
    pub(crate) fn print(&self, out: &mut dyn Write, data: &Value) -> std::result::Result<(), GoTemplateError> {
        self.print_with(out, data, &gotemplate::go_json)
    }

    /// [`GoTemplate::print`], with `raw` encoding the data for the debug block as kubectl
    /// did (`json.Marshal` of a typed object keeps its Go field order).
    pub(crate) fn print_with(
        &self,
        out: &mut dyn Write,
        data: &Value,
        raw: &dyn Fn(&Value) -> String,
    ) -> std::result::Result<(), GoTemplateError> {
        let mut buf = Vec::new();
        let run = self.template.execute(&mut buf, data, &self.opts);
        if let Err(e) = &run {
            buf.extend_from_slice(gotemplate::exec_error_stdout_raw(self.text(), e, data, &raw(data)).as_bytes());
        }
        out.write_all(&buf).map_err(GoTemplateError::Io)?;
        run.map_err(GoTemplateError::Template)
    }

    /// kubectl's error line for an execution error (`error: error executing template ...`).
    pub(crate) fn error(&self, e: &gotemplate::ExecError) -> Error {
        Error::Plain(format!("error: {}", gotemplate::exec_error_text(self.text(), e)))
    }

    /// The same for an object of `get -w`'s first list, which kubectl reports as an object it
    /// could not output.
    pub(crate) fn output_error(&self, e: &gotemplate::ExecError) -> Error {
        Error::Plain(format!(
            "error: unable to output the provided object: {}",
            gotemplate::exec_error_text(self.text(), e)
        ))
    }

    /// kubectl's debug block for an execution error on `data`.
    pub(crate) fn debug_block(&self, e: &gotemplate::ExecError, data: &Value) -> String {
        gotemplate::exec_error_stdout(self.text(), e, data)
    }
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
        let go_template =
            |text: &str| GoTemplate::parse(text, allow_missing_keys).map(|t| Some(Template::GoTemplate(t)));
        match output {
            None | Some(Output::Simple(_)) => Ok(None),
            Some(Output::GoTemplate(text)) => go_template(text),
            Some(Output::GoTemplateFile(path)) => go_template(&read(path, "--template")?),
            Some(Output::NoTemplate(_)) => Err(Error::Usage("template format specified but no template given".into())),
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
