//! The template sinks: `-o jsonpath` over the whole list ([`JsonPathSink`]) or page by page
//! ([`PagedJsonPathSink`], when the template's shape allows), `-o go-template` likewise
//! ([`GoTemplateSink`], [`PagedGoTemplateSink`]), and `-o custom-columns` ([`ColumnsSink`]).

use std::io::Write;

use serde_json::{Value, json};

use super::columns::{ColumnsError, CustomColumns, Rows};
use super::gotemplate::{ExecError as GoExecError, Paged as GoPaged};
use super::jsonpath::{ExecError, JsonPath, Paged, execution_error};
use super::page::ObjectPage;
use super::sink::{Flow, Sink, SinkError, SinkResult, Wants};
use super::template::{GoTemplate, GoTemplateError};
use crate::error::{Error, Result};
use crate::resource::ApiResourceInfo;

/// What kubectl hands a template: the object itself when one was named, else a `List`.
fn as_printed(mut items: Vec<Value>, single: bool) -> Value {
    if single && items.len() == 1 {
        return items.pop().unwrap_or_default();
    }
    json!({
        "apiVersion": "v1",
        "items": items,
        "kind": "List",
        "metadata": {"resourceVersion": ""},
    })
}

/// kubectl's message for a JSONPath that failed on `data`; the server errors come first.
fn jsonpath_failed(template: &str, e: &str, data: &Value) -> SinkError {
    SinkError::Template {
        error: Error::Plain(execution_error(template, e, data)),
        errors_first: true,
    }
}

/// `-o jsonpath=...` run once over every object.
pub(crate) struct JsonPathSink {
    /// The template's text, for error messages.
    template: String,
    jp: JsonPath,
    single: bool,
    items: Vec<Value>,
}

impl JsonPathSink {
    pub(crate) fn new(template: String, jp: JsonPath, single: bool) -> Self {
        JsonPathSink {
            template,
            jp,
            single,
            items: Vec::new(),
        }
    }
}

impl Sink for JsonPathSink {
    fn wants(&self) -> Wants {
        Wants::Objects
    }

    fn object(&mut self, _out: &mut dyn Write, obj: Value, _res: &ApiResourceInfo) -> SinkResult<Flow> {
        self.items.push(obj);
        Ok(Flow::Continue)
    }

    fn found(&self) -> usize {
        self.items.len()
    }

    fn finish(&mut self, out: &mut dyn Write) -> SinkResult<()> {
        let data = as_printed(std::mem::take(&mut self.items), self.single);
        match self.jp.execute(out, &data) {
            Ok(()) => Ok(()),
            Err(ExecError::Io(e)) => Err(e.into()),
            Err(ExecError::Template(e)) => Err(jsonpath_failed(&self.template, &e, &data)),
        }
    }
}

/// `-o jsonpath` page by page, one object at a time (see [`Paged`]): the text before the
/// section goes out with the first page's output, each page's output as soon as it is
/// computed, the text after at the end. A template error stops at the page where it
/// happened: the pages before it were printed (kubectl, holding the whole list, prints
/// nothing), and the error shows that page's list.
pub(crate) struct PagedJsonPathSink {
    template: String,
    paged: Paged,
    /// The text before the section, not printed yet.
    head: Option<Vec<u8>>,
    /// Whether a page printed results (`{.items[*].x}` joins pages with a space).
    printed: bool,
    found: usize,
}

impl PagedJsonPathSink {
    /// The head is computed at once: an error in it is reported before anything is fetched.
    pub(crate) fn new(template: String, paged: Paged) -> Result<Self> {
        let head = paged.head().map_err(Error::Plain)?;
        Ok(PagedJsonPathSink {
            template,
            paged,
            head: Some(head),
            printed: false,
            found: 0,
        })
    }
}

impl Sink for PagedJsonPathSink {
    fn wants(&self) -> Wants {
        Wants::Objects
    }

    fn object_page(&mut self, out: &mut dyn Write, page: &ObjectPage<'_>) -> SinkResult<Flow> {
        if page.is_empty() {
            return Ok(Flow::Continue);
        }
        // One object at a time (the section reads nothing else); the page's text goes out
        // only when all of it worked, so a failing page prints nothing.
        let mut text = self.head.clone().unwrap_or_default();
        let mut flow = Flow::Continue;
        for obj in page.objects() {
            let one = json!({ "items": [obj?] });
            match self.paged.page(&mut text, &one, &mut self.printed) {
                Ok(true) => {}
                Ok(false) => {
                    flow = Flow::Stop;
                    break;
                }
                Err(e) => {
                    let data = as_printed(page.objects().collect::<Result<_>>()?, false);
                    return Err(jsonpath_failed(&self.template, &e, &data));
                }
            }
        }
        self.head = None;
        self.found += page.len();
        out.write_all(&text)?;
        out.flush()?;
        Ok(flow)
    }

    fn found(&self) -> usize {
        self.found
    }

    /// Nothing found: the template runs once on an empty list, as kubectl's would.
    fn finish(&mut self, out: &mut dyn Write) -> SinkResult<()> {
        if let Some(mut text) = self.head.take() {
            let data = as_printed(Vec::new(), false);
            if let Err(e) = self.paged.page(&mut text, &data, &mut self.printed) {
                return Err(jsonpath_failed(&self.template, &e, &data));
            }
            out.write_all(&text)?;
        }
        out.write_all(&self.paged.tail().map_err(Error::Plain)?)?;
        Ok(())
    }
}

/// A go-template's failure: kubectl's debug block is printed; its error line comes after
/// the server errors met so far.
fn go_template_failed(template: &GoTemplate, e: GoTemplateError) -> SinkError {
    match e {
        GoTemplateError::Io(e) => e.into(),
        GoTemplateError::Template(e) => SinkError::Template {
            error: template.error(&e),
            errors_first: true,
        },
    }
}

/// `-o go-template=...` run once over every object (the list kubectl builds, or the one
/// object named).
pub(crate) struct GoTemplateSink {
    template: GoTemplate,
    single: bool,
    items: Vec<Value>,
}

impl GoTemplateSink {
    pub(crate) fn new(template: GoTemplate, single: bool) -> Self {
        GoTemplateSink {
            template,
            single,
            items: Vec::new(),
        }
    }
}

impl Sink for GoTemplateSink {
    fn wants(&self) -> Wants {
        Wants::Objects
    }

    fn object(&mut self, _out: &mut dyn Write, obj: Value, _res: &ApiResourceInfo) -> SinkResult<Flow> {
        self.items.push(obj);
        Ok(Flow::Continue)
    }

    fn found(&self) -> usize {
        self.items.len()
    }

    fn finish(&mut self, out: &mut dyn Write) -> SinkResult<()> {
        let data = as_printed(std::mem::take(&mut self.items), self.single);
        let template = &self.template;
        template.print(out, &data).map_err(|e| go_template_failed(template, e))
    }
}

/// `-o go-template` page by page, one object at a time (see [`GoPaged`]): the text before
/// the range goes out with the first page, each page's output as soon as it is computed,
/// the `{{else}}` and the text after at the end; memory holds one page. An execution error
/// prints the failing page's output up to the error, then kubectl's debug block with that
/// page's list (kubectl, holding the whole list, shows all of it; with one page the output
/// is the same).
pub(crate) struct PagedGoTemplateSink {
    template: GoTemplate,
    paged: GoPaged,
    /// The text before the range, not printed yet.
    head: Option<Vec<u8>>,
    found: usize,
    /// The range hit `{{break}}`: later objects print nothing.
    stopped: bool,
}

impl PagedGoTemplateSink {
    pub(crate) fn new(template: GoTemplate, paged: GoPaged) -> Self {
        let mut head = Vec::new();
        paged.head(&mut head);
        PagedGoTemplateSink {
            template,
            paged,
            head: Some(head),
            found: 0,
            stopped: false,
        }
    }

    /// Print `text`, then the debug block of `e` on `data`; the error to report.
    fn fail(&self, out: &mut dyn Write, mut text: Vec<u8>, e: &GoExecError, data: &Value) -> SinkError {
        text.extend_from_slice(self.template.debug_block(e, data).as_bytes());
        if let Err(io) = out.write_all(&text) {
            return io.into();
        }
        SinkError::Template {
            error: self.template.error(e),
            errors_first: true,
        }
    }
}

impl Sink for PagedGoTemplateSink {
    fn wants(&self) -> Wants {
        Wants::Objects
    }

    fn object_page(&mut self, out: &mut dyn Write, page: &ObjectPage<'_>) -> SinkResult<Flow> {
        if page.is_empty() || self.stopped {
            self.found += page.len();
            return Ok(Flow::Continue);
        }
        let mut text = self.head.take().unwrap_or_default();
        for (i, obj) in page.objects().enumerate() {
            let obj = obj?;
            match self
                .paged
                .item(&mut text, self.found + i, &obj, self.template.options())
            {
                Ok(true) => {}
                Ok(false) => {
                    self.stopped = true;
                    break;
                }
                Err(e) => {
                    let data = as_printed(page.objects().collect::<Result<_>>()?, false);
                    return Err(self.fail(out, text, &e, &data));
                }
            }
        }
        self.found += page.len();
        out.write_all(&text)?;
        out.flush()?;
        Ok(if self.stopped { Flow::Stop } else { Flow::Continue })
    }

    fn found(&self) -> usize {
        self.found
    }

    /// The `{{else}}` when nothing was found, and the text after the range.
    fn finish(&mut self, out: &mut dyn Write) -> SinkResult<()> {
        let mut text = self.head.take().unwrap_or_default();
        if let Err(e) = self.paged.tail(&mut text, self.found, self.template.options()) {
            return Err(self.fail(out, text, &e, &as_printed(Vec::new(), false)));
        }
        out.write_all(&text)?;
        Ok(())
    }
}

/// `-o custom-columns=...`: each object's row text is kept, not the object, until the
/// table can be laid out.
pub(crate) struct ColumnsSink {
    rows: Rows,
}

impl ColumnsSink {
    pub(crate) fn new(columns: CustomColumns) -> Self {
        ColumnsSink {
            rows: Rows::new(columns),
        }
    }
}

impl Sink for ColumnsSink {
    fn wants(&self) -> Wants {
        Wants::Objects
    }

    fn object(&mut self, _out: &mut dyn Write, obj: Value, _res: &ApiResourceInfo) -> SinkResult<Flow> {
        self.rows.add(&obj);
        Ok(Flow::Continue)
    }

    fn found(&self) -> usize {
        self.rows.count
    }

    fn finish(&mut self, out: &mut dyn Write) -> SinkResult<()> {
        match self.rows.print(out) {
            Ok(()) => Ok(()),
            Err(ColumnsError::Io(e)) => Err(e.into()),
            Err(ColumnsError::Template(e)) => Err(SinkError::Template {
                error: Error::Usage(e),
                errors_first: false,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::page::pods;

    const PAGE1: &[u8] = br#"{"items":[{"metadata":{"name":"a"}},{"metadata":{"name":"b"}}]}"#;
    const PAGE2: &[u8] = br#"{"items":[{"metadata":{"name":"c"}}]}"#;
    const EMPTY: &[u8] = br#"{"items":[]}"#;

    /// Feed pages as the fetch step does; the output after each page, and at the end.
    fn feed(sink: &mut dyn Sink, pages: &[&[u8]]) -> (Vec<String>, SinkResult<()>) {
        let res = pods();
        let mut out = Vec::new();
        let mut seen = Vec::new();
        sink.begin_type(&res);
        for body in pages {
            let page = ObjectPage::list(body, &res).unwrap();
            let flow = sink.object_page(&mut out, &page);
            seen.push(String::from_utf8(std::mem::take(&mut out)).unwrap());
            if flow.unwrap() == Flow::Stop {
                break;
            }
        }
        sink.end_type(&mut out).unwrap();
        let end = sink.finish(&mut out);
        seen.push(String::from_utf8(out).unwrap());
        (seen, end)
    }

    fn paged(template: &str) -> PagedJsonPathSink {
        let jp = JsonPath::parse(template).unwrap().allow_missing_keys(true);
        PagedJsonPathSink::new(template.into(), jp.paged().expect("pages")).unwrap()
    }

    #[test]
    fn paged_jsonpath_prints_each_page_as_it_comes() {
        let mut sink = paged(r#"<{range .items[*]}{.metadata.name};{end}>"#);
        let (seen, end) = feed(&mut sink, &[PAGE1, EMPTY, PAGE2]);
        end.unwrap();
        assert_eq!(seen, ["<a;b;", "", "c;", ">"]);
        assert_eq!(sink.found(), 3);
    }

    #[test]
    fn paged_jsonpath_joins_pages_with_a_space_and_runs_once_when_empty() {
        let mut sink = paged("{.items[*].metadata.name}");
        let (seen, _) = feed(&mut sink, &[PAGE1, PAGE2]);
        assert_eq!(seen.concat(), "a b c");
        let mut empty = paged("[{.items[*].metadata.name}]");
        let (seen, end) = feed(&mut empty, &[EMPTY]);
        end.unwrap();
        assert_eq!(seen.concat(), "[]");
    }

    #[test]
    fn gathered_jsonpath_sees_the_list_or_the_one_object() {
        let jp = JsonPath::parse("{.kind} {.items[*].metadata.name}").unwrap();
        let mut sink = JsonPathSink::new(String::new(), jp, false);
        let (seen, end) = feed(&mut sink, &[PAGE1, PAGE2]);
        end.unwrap();
        assert_eq!(seen.concat(), "List a b c");
        let jp = JsonPath::parse("{.metadata.name}").unwrap();
        let mut single = JsonPathSink::new(String::new(), jp, true);
        let (seen, _) = feed(&mut single, &[PAGE2]);
        assert_eq!(seen.concat(), "c");
    }

    #[test]
    fn a_failing_template_asks_for_the_errors_first() {
        let jp = JsonPath::parse("{.items[0].x}").unwrap().allow_missing_keys(false);
        let mut sink = JsonPathSink::new("{.items[0].x}".into(), jp, false);
        let (_, end) = feed(&mut sink, &[PAGE1]);
        assert!(matches!(end, Err(SinkError::Template { errors_first: true, .. })));
    }

    fn go(template: &str, allow_missing_keys: bool) -> GoTemplate {
        GoTemplate::parse(template, allow_missing_keys).unwrap()
    }

    fn paged_go(template: &str) -> PagedGoTemplateSink {
        let t = go(template, true);
        let paged = t.paged().expect("pages");
        PagedGoTemplateSink::new(t, paged)
    }

    #[test]
    fn paged_go_template_prints_each_page_as_it_comes() {
        let mut sink = paged_go(r#"<{{range $i, $p := .items}}{{$i}}{{.metadata.name}};{{end}}>"#);
        let (seen, end) = feed(&mut sink, &[PAGE1, EMPTY, PAGE2]);
        end.unwrap();
        assert_eq!(seen, ["<0a;1b;", "", "2c;", ">"]);
        assert_eq!(sink.found(), 3);
        let mut empty = paged_go(r#"[{{range .items}}x{{else}}none{{end}}]"#);
        let (seen, end) = feed(&mut empty, &[EMPTY]);
        end.unwrap();
        assert_eq!(seen.concat(), "[none]");
        let mut stop = paged_go(r#"{{range .items}}{{.metadata.name}}{{break}}{{end}}."#);
        let (seen, end) = feed(&mut stop, &[PAGE1, PAGE2]);
        end.unwrap();
        assert_eq!(seen, ["a", "."]);
    }

    #[test]
    fn go_templates_that_need_the_list_do_not_page() {
        for t in [
            "{{.kind}}",
            "{{range .items}}{{$.kind}}{{end}}",
            "{{range .items}}{{end}}{{range .items}}{{end}}",
            "{{index .items 0}}",
        ] {
            assert!(go(t, true).paged().is_none(), "{t}");
        }
    }

    #[test]
    fn gathered_go_template_sees_the_list_or_the_one_object() {
        let mut sink = GoTemplateSink::new(go("{{.kind}} {{range .items}}{{.metadata.name}}{{end}}", true), false);
        let (seen, end) = feed(&mut sink, &[PAGE1, PAGE2]);
        end.unwrap();
        assert_eq!(seen.concat(), "List abc");
        let mut single = GoTemplateSink::new(go("{{.metadata.name}} {{.kind}}", true), true);
        let (seen, _) = feed(&mut single, &[PAGE2]);
        assert_eq!(seen.concat(), "c Pod");
    }

    #[test]
    fn a_failing_go_template_prints_kubectls_debug_block() {
        let mut sink = GoTemplateSink::new(go("{{.kind}}{{.nope}}", false), false);
        let (seen, end) = feed(&mut sink, &[PAGE1]);
        let out = seen.concat();
        assert!(out.starts_with("ListError executing template: "), "{out}");
        assert!(out.contains("\tobject given to template engine was:\n"), "{out}");
        match end {
            Err(SinkError::Template {
                error,
                errors_first: true,
            }) => assert!(
                error
                    .render()
                    .starts_with("error: error executing template \"{{.kind}}{{.nope}}\": template: output:1:"),
                "{}",
                error.render()
            ),
            other => panic!("{other:?}"),
        }
        // Streamed: the pages before were printed; the block shows the failing page's list.
        let t = go("{{range .items}}{{.metadata.name}}{{.x}}{{end}}", false);
        let paged = t.paged().unwrap();
        let mut sink = PagedGoTemplateSink::new(t, paged);
        let res = pods();
        let mut out = Vec::new();
        let page = ObjectPage::list(PAGE1, &res).unwrap();
        let err = sink.object_page(&mut out, &page).expect_err("fails");
        assert!(matches!(err, SinkError::Template { errors_first: true, .. }));
        let out = String::from_utf8(out).unwrap();
        assert!(out.starts_with("aError executing template: "), "{out}");
        let raw = concat!(
            "\traw data was:\n\t\t",
            r#"{"apiVersion":"v1","items":[{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a"}},"#,
            r#"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"b"}}],"kind":"List","metadata":{"resourceVersion":""}}"#
        );
        assert!(out.contains(raw), "{out}");
    }

    #[test]
    fn custom_columns_keep_rows_as_text() {
        let cc = CustomColumns::from_spec("NAME:.metadata.name", false).unwrap();
        let mut sink = ColumnsSink::new(cc);
        let (seen, end) = feed(&mut sink, &[PAGE1, PAGE2]);
        end.unwrap();
        assert_eq!(seen.concat(), "NAME\na\nb\nc\n");
        assert_eq!(sink.found(), 3);
        let bad = CustomColumns::from_spec("A:.metadata.name,B:.a[x]", false).unwrap();
        let (_, end) = feed(&mut ColumnsSink::new(bad), &[PAGE1]);
        assert!(matches!(
            end,
            Err(SinkError::Template {
                errors_first: false,
                ..
            })
        ));
    }
}
