//! Typed errors, and the one place that turns them into the lines kubectl prints.

use kube::core::Status;

/// What can go wrong inside kctl. `main` prints it with [`Error::render`] and exits 1.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    /// The API server answered with a failure `Status`.
    #[error("{}", render_status(.0))]
    Api(Box<Status>),

    /// A type name that discovery does not know, even after a fresh discovery.
    #[error("the server doesn't have a resource type \"{0}\"")]
    UnknownResource(String),

    /// The command line is wrong; the message says how.
    #[error("{0}")]
    Usage(String),

    /// A usage error printed as it is, with kubectl's own layout.
    #[error("{0}")]
    Plain(String),

    /// The kubeconfig (or the flags that override it) cannot be used.
    #[error("{0}")]
    Config(String),

    /// The server could not be reached, did not speak TLS/HTTP as expected, or the answer
    /// was lost; the kind says which, for decisions, and the message for the user.
    #[error("{0}")]
    Connection(ConnectionError),

    /// The server rejected the credentials (401); the text names the server and what to check.
    #[error("You must be logged in to the server (Unauthorized): {0}")]
    Unauthorized(String),

    /// The server sent something kctl cannot read.
    #[error("{0}")]
    Decode(String),

    /// Writing the output failed (a closed pipe is not a failure: see `main`).
    #[error("writing output: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// The text printed on stderr, with kubectl's prefix: `Error from server ...` for
    /// API failures, `error: ...` for the rest.
    pub(crate) fn render(&self) -> String {
        match self {
            Error::Api(status) if status.code == 401 => {
                "error: You must be logged in to the server (Unauthorized)".to_string()
            }
            Error::Unauthorized(_) => format!("error: {self}"),
            Error::Api(_) => self.to_string(),
            Error::Connection(c) => c.message.clone(),
            Error::Decode(msg) | Error::Plain(msg) => msg.clone(),
            other => format!("error: {other}"),
        }
    }

    /// The HTTP status code of an API failure.
    pub(crate) fn code(&self) -> Option<u16> {
        match self {
            Error::Api(s) => Some(s.code),
            Error::Unauthorized(_) => Some(401),
            _ => None,
        }
    }

    pub(crate) fn is_not_found(&self) -> bool {
        self.code() == Some(404)
    }

    /// A connection error of `kind`.
    pub(crate) fn connection(kind: ConnectionKind, message: String) -> Error {
        Error::Connection(ConnectionError { kind, message })
    }

    /// The kind of a connection error.
    pub(crate) fn connection_kind(&self) -> Option<ConnectionKind> {
        match self {
            Error::Connection(c) => Some(c.kind),
            _ => None,
        }
    }
}

/// A failure below HTTP (or a lost answer): what happened, set once where it happened, and
/// the line printed for it.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub(crate) struct ConnectionError {
    pub(crate) kind: ConnectionKind,
    pub(crate) message: String,
}

/// What went wrong with a connection. Retry and outcome decisions match on this, never on
/// the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ConnectionKind {
    /// The server refused the connection: the request certainly never reached it.
    Refused,
    /// The TLS handshake failed: the certificate did not verify, or the peer broke it off.
    Tls,
    /// The server's host name does not resolve.
    Dns,
    /// No answer in time (the connect timeout, or `--request-timeout` on a read).
    Timeout,
    /// The connection broke after a read was sent, before the whole answer arrived.
    Reset,
    /// A write was sent and no answer came (cut, reset, timed out, interrupted): it may or
    /// may not have been applied.
    OutcomeUnknown,
    /// A write whose answer was lost, and whose outcome kctl then checked (the message says
    /// what it found).
    AnswerLost,
    /// Anything else below HTTP.
    Other,
}

/// What a transport error is, read once from its source chain by [`classify_transport`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Transport {
    pub(crate) kind: ConnectionKind,
    /// The connection could not be made, so the request was not written (hyper-util's
    /// `Connect` and `Canceled` client errors).
    pub(crate) not_sent: bool,
    /// rustls rejected the peer (its certificate or its protocol): asking again cannot help.
    pub(crate) tls_rejected: bool,
}

/// kubectl's `Error from server (Reason): message`.
fn render_status(status: &Status) -> String {
    let mut out = String::from("Error from server");
    if !status.reason.is_empty() {
        out.push_str(&format!(" ({})", status.reason));
    }
    out.push_str(": ");
    if status.message.is_empty() {
        out.push_str(&format!(
            "an error on the server ({}) has prevented the request from succeeding",
            status.code
        ));
    } else {
        out.push_str(&status.message);
    }
    out
}

/// Where the cluster's connection settings came from, for messages that say what to check.
#[derive(Debug, Clone, Default)]
pub(crate) struct Origin {
    /// The server URL.
    pub(crate) server: String,
    /// Where the trusted CA comes from (a file, or the kubeconfig's inline data).
    pub(crate) ca: Option<String>,
    /// The kubeconfig user and file whose credentials are sent.
    pub(crate) user: Option<String>,
    /// The selected user's exec plugin: `FILE: user "NAME"` and its command, for its
    /// failures when it is run again to refresh an expired credential.
    pub(crate) exec: Option<(String, Option<String>)>,
}

/// Turn a kube client error into a typed one, naming the server for connection problems.
pub(crate) fn from_kube(err: kube::Error, origin: &Origin) -> Error {
    match err {
        kube::Error::Api(status) => Error::Api(status),
        kube::Error::SerdeError(e) => {
            Error::Decode(format!("error: cannot decode the response of {}: {e}", origin.server))
        }
        other => match find_auth_error(&other) {
            // An exec plugin run again to refresh its credential: never kube's text for it,
            // which holds the plugin's stdout.
            Some(auth) => {
                let (whose, program) = match &origin.exec {
                    Some((whose, program)) => (whose.as_str(), program.as_deref()),
                    None => (origin.user.as_deref().unwrap_or("the credentials"), None),
                };
                auth_failure(auth, whose, program)
            }
            None => connection_error(classify_transport(&other).kind, &other, origin),
        },
    }
}

/// kube's authentication error (an exec plugin's failure) inside `err`, if that is what it is.
fn find_auth_error<'e>(err: &'e (dyn std::error::Error + 'static)) -> Option<&'e kube::client::AuthError> {
    let mut cur = Some(err);
    while let Some(e) = cur {
        if let Some(auth) = e.downcast_ref::<kube::client::AuthError>() {
            return Some(auth);
        }
        cur = e.source();
    }
    None
}

/// Whether a kube error is the failure of the credentials (an exec plugin) rather than of
/// the connection: final, never retried.
pub(crate) fn is_auth_failure(err: &kube::Error) -> bool {
    find_auth_error(err).is_some()
}

/// The 401 error: the server, and the credentials to check.
pub(crate) fn unauthorized(origin: &Origin) -> Error {
    let what = origin
        .user
        .as_deref()
        .unwrap_or("the token or client certificate you passed");
    Error::Unauthorized(format!("{} rejected the credentials; check {what}", origin.server))
}

/// Every error of `err`'s source chain, those that `io::Error`s wrap included (their
/// `source()` skips the wrapped error itself, and rustls' certificate errors live there).
fn chain<'e>(err: &'e (dyn std::error::Error + 'static)) -> Vec<&'e (dyn std::error::Error + 'static)> {
    let mut out = Vec::new();
    let mut todo = vec![err];
    while let Some(e) = todo.pop() {
        out.push(e);
        if let Some(inner) = e.downcast_ref::<std::io::Error>().and_then(|io| io.get_ref()) {
            todo.push(inner);
        }
        if let Some(next) = e.source() {
            todo.push(next);
        }
    }
    out
}

/// What a transport error (below HTTP) is: from the types of its source chain where the
/// libraries give them (`io::ErrorKind`, `rustls::Error`, tokio's `Elapsed`), else from the
/// words of hyper-util and of the system's resolver, which have no types. The only place in
/// kctl that reads an error's text to decide anything.
pub(crate) fn classify_transport(err: &(dyn std::error::Error + 'static)) -> Transport {
    let errors = chain(err);
    let io_kind = |k: std::io::ErrorKind| {
        errors
            .iter()
            .any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == k))
    };
    let texts: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let lower = texts.join(": ").to_lowercase();
    let said = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    let tls_rejected = errors.iter().any(|e| e.is::<rustls::Error>());
    let timed_out =
        io_kind(std::io::ErrorKind::TimedOut) || errors.iter().any(|e| e.is::<tokio::time::error::Elapsed>());
    let kind = if timed_out {
        ConnectionKind::Timeout
    } else if io_kind(std::io::ErrorKind::ConnectionRefused) || said(&["connection refused"]) {
        ConnectionKind::Refused
    } else if said(&["certificate", "tls", "handshake"]) {
        ConnectionKind::Tls
    } else if said(&["timed out", "elapsed", "deadline"]) {
        ConnectionKind::Timeout
    } else if said(&["dns", "resolve", "lookup"]) {
        ConnectionKind::Dns
    } else if io_kind(std::io::ErrorKind::ConnectionReset) || io_kind(std::io::ErrorKind::BrokenPipe) {
        ConnectionKind::Reset
    } else {
        ConnectionKind::Other
    };
    // hyper-util's client errors print their kind: `client error (Connect)`. Connect and
    // Canceled (a fresh connection closed before the request was written) mean that
    // nothing was sent; SendRequest means it may have been.
    let not_sent = texts
        .iter()
        .any(|t| t == "client error (Connect)" || t == "client error (Canceled)");
    Transport {
        kind,
        not_sent,
        tls_rejected,
    }
}

/// The error for a failure below HTTP of `kind`: one line naming the server and what to check.
pub(crate) fn connection_error(
    kind: ConnectionKind,
    err: &(dyn std::error::Error + 'static),
    origin: &Origin,
) -> Error {
    let server = origin.server.as_str();
    let host = server
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/');
    let message = match kind {
        ConnectionKind::Refused => {
            format!("The connection to the server {host} was refused - did you specify the right host or port?")
        }
        ConnectionKind::Tls => {
            let ca = origin
                .ca
                .as_deref()
                .unwrap_or("the system's trusted roots (no certificate-authority is set)");
            format!(
                "Unable to connect to the server {server}: TLS verification failed ({}); the CA used was {ca}: check the cluster's certificate-authority in the kubeconfig or pass --certificate-authority",
                innermost(err)
            )
        }
        ConnectionKind::Timeout => format!(
            "Unable to connect to the server {server}: the request timed out; check the server address and --request-timeout"
        ),
        ConnectionKind::Dns => format!(
            "Unable to connect to the server {server}: the host name does not resolve ({})",
            innermost(err)
        ),
        _ => format!("Unable to connect to the server {server}: {}", innermost(err)),
    };
    Error::connection(kind, message)
}

/// Every message in an error's source chain, joined with `: `.
pub(crate) fn chain_text(err: &(dyn std::error::Error + 'static)) -> String {
    let mut out = err.to_string();
    let mut cur = err.source();
    while let Some(e) = cur {
        out.push_str(": ");
        out.push_str(&e.to_string());
        cur = e.source();
    }
    out
}

/// The deepest cause, which is usually the useful one.
pub(crate) fn innermost(err: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = err;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

/// A NotFound status for `resource "name"`, as the server words it.
pub(crate) fn not_found(plural: &str, group: &str, name: &str) -> Error {
    let what = if group.is_empty() {
        plural.to_string()
    } else {
        format!("{plural}.{group}")
    };
    Error::Api(Box::new(Status {
        status: Some(kube::core::response::StatusSummary::Failure),
        code: 404,
        message: format!("{what} \"{name}\" not found"),
        reason: "NotFound".into(),
        ..Default::default()
    }))
}

/// The failure of an exec credential plugin (or another kube auth error), for the user:
/// the plugin's stderr as it wrote it, then one line naming the plugin. Its stdout (the
/// credential, or part of it) is never shown.
pub(crate) fn auth_failure(err: &kube::client::AuthError, whose: &str, program: Option<&str>) -> Error {
    use kube::client::AuthError as A;
    let line = match err {
        A::AuthExecStart(e) => format!(
            "getting credentials: exec: fork/exec {}: {}: {whose}: cannot run the exec plugin: {}",
            program.unwrap_or("the exec plugin"),
            io_text(e),
            io_text(e)
        ),
        A::AuthExecRun { out, .. } => {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let stderr = stderr.trim_end();
            let code = out
                .status
                .code()
                .map_or_else(|| "was killed by a signal".to_string(), |c| format!("exit code {c}"));
            let words = match &program {
                Some(p) => format!("getting credentials: exec: executable {p} failed with {code}"),
                None => format!("getting credentials: exec: the exec plugin failed with {code}"),
            };
            let shown = program.map_or_else(|| "the exec plugin".to_string(), |p| format!("exec plugin {p}"));
            let line = format!("error: {words}: {whose}: {shown} failed with {code}");
            return Error::Plain(if stderr.is_empty() {
                line
            } else {
                format!("{stderr}\n{line}")
            });
        }
        A::AuthExecParse(_) => format!(
            "getting credentials: decoding stdout: couldn't get version/kind; json parse error: {whose}: the exec plugin did not print an ExecCredential (JSON with a status); its output is not shown, as it may hold a credential"
        ),
        A::ExecPluginFailed => {
            format!("getting credentials: {whose}: the exec plugin printed an ExecCredential without a status")
        }
        A::MalformedTokenExpirationDate(_) => {
            format!(
                "getting credentials: {whose}: the exec plugin's status.expirationTimestamp is not an RFC 3339 time"
            )
        }
        A::ExecMissingClusterInfo => {
            format!("getting credentials: {whose}: exec.provideClusterInfo is true but the cluster has no server")
        }
        A::InvalidBearerToken(_) => {
            format!("getting credentials: {whose}: the token holds characters not allowed in an HTTP header")
        }
        other => format!("getting credentials: {whose}: {other}"),
    };
    Error::Config(line)
}

/// Go's `os` error text for a file that cannot be read (`no such file or directory`,
/// `permission denied`, `is a directory`...), without Rust's `(os error N)`.
pub(crate) fn io_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => {
            let t = e.to_string();
            t.split(" (os error").next().unwrap_or(&t).to_lowercase()
        }
    }
}

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Error as IoError, ErrorKind};

    /// An error with a message and a cause, as hyper-util's client errors are.
    #[derive(Debug)]
    struct Wrapped(&'static str, Box<dyn std::error::Error + Send + Sync + 'static>);

    impl std::fmt::Display for Wrapped {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.0)
        }
    }

    impl std::error::Error for Wrapped {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&*self.1)
        }
    }

    fn connect(cause: impl std::error::Error + Send + Sync + 'static) -> Wrapped {
        Wrapped("client error (Connect)", Box::new(cause))
    }

    #[test]
    fn transport_kinds_come_from_the_types_of_the_chain() {
        let t = classify_transport(&connect(IoError::from(ErrorKind::ConnectionRefused)));
        assert_eq!(
            (t.kind, t.not_sent, t.tls_rejected),
            (ConnectionKind::Refused, true, false)
        );

        // rustls' certificate error lives inside an io::Error (not its `source()`).
        let bad_cert = rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
        let t = classify_transport(&connect(IoError::new(ErrorKind::InvalidData, bad_cert)));
        assert_eq!((t.kind, t.not_sent, t.tls_rejected), (ConnectionKind::Tls, true, true));

        let t = classify_transport(&Wrapped(
            "client error (SendRequest)",
            Box::new(IoError::from(ErrorKind::TimedOut)),
        ));
        assert_eq!((t.kind, t.not_sent), (ConnectionKind::Timeout, false));

        let t = classify_transport(&Wrapped(
            "client error (SendRequest)",
            Box::new(IoError::from(ErrorKind::ConnectionReset)),
        ));
        assert_eq!((t.kind, t.not_sent), (ConnectionKind::Reset, false));

        // hyper-util's resolver errors have no type: its words are read, here only.
        let dns = Wrapped(
            "dns error",
            Box::new(IoError::other(
                "failed to lookup address information: Name or service not known",
            )),
        );
        let t = classify_transport(&connect(dns));
        assert_eq!((t.kind, t.not_sent, t.tls_rejected), (ConnectionKind::Dns, true, false));

        let t = classify_transport(&connect(IoError::new(ErrorKind::UnexpectedEof, "tls handshake eof")));
        assert_eq!(
            (t.kind, t.tls_rejected),
            (ConnectionKind::Tls, false),
            "broken off, not rejected"
        );

        let t = classify_transport(&IoError::other("something else"));
        assert_eq!((t.kind, t.not_sent), (ConnectionKind::Other, false));
    }

    #[test]
    fn connection_messages_by_kind() {
        let origin = Origin {
            server: "https://127.0.0.1:6443".into(),
            ca: Some("/tmp/ca.crt".into()),
            ..Default::default()
        };
        let cause = IoError::other("deep cause");
        let msg = |kind| match connection_error(kind, &cause, &origin) {
            Error::Connection(c) => {
                assert_eq!(c.kind, kind);
                c.message
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(
            msg(ConnectionKind::Refused),
            "The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?"
        );
        assert_eq!(
            msg(ConnectionKind::Tls),
            "Unable to connect to the server https://127.0.0.1:6443: TLS verification failed (deep cause); the CA used was /tmp/ca.crt: check the cluster's certificate-authority in the kubeconfig or pass --certificate-authority"
        );
        assert_eq!(
            msg(ConnectionKind::Dns),
            "Unable to connect to the server https://127.0.0.1:6443: the host name does not resolve (deep cause)"
        );
        assert_eq!(
            msg(ConnectionKind::Other),
            "Unable to connect to the server https://127.0.0.1:6443: deep cause"
        );
        // Rendered as it is, whatever the kind.
        let e = Error::connection(ConnectionKind::Reset, "as it is".into());
        assert_eq!(e.render(), "as it is");
        assert_eq!(e.connection_kind(), Some(ConnectionKind::Reset));
        assert_eq!(Error::Usage("x".into()).connection_kind(), None);
    }
}
