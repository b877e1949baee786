//! A TCP proxy for tests: forwards 127.0.0.1:<port> to a target address byte for byte (TLS
//! passes through untouched) and can hold traffic, cut every connection, or refuse new ones,
//! to make a client meet a stalled, dropped or unreachable server.
//!
//! ```ignore
//! let proxy = Proxy::start("127.0.0.1:6443");
//! let kubeconfig = proxy.kubeconfig(original_kubeconfig_text); // server rewritten to the proxy
//! proxy.pause();   // bytes stop flowing both ways (connections stay open)
//! proxy.resume();  // held bytes flow again
//! proxy.cut();     // close every open connection now (new ones are accepted)
//! proxy.refuse(true); // close new connections at once
//! ```

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

#[derive(Default)]
struct State {
    paused: Mutex<bool>,
    resumed: Condvar,
    refuse: AtomicBool,
    /// Bumped by `cut`: connections from an older generation close.
    generation: AtomicU64,
    /// Open connections (client and upstream sockets), for `cut`.
    open: Mutex<Vec<(u64, TcpStream, TcpStream)>>,
    accepted: AtomicUsize,
    stop: AtomicBool,
}

/// A running proxy; stops accepting when dropped.
pub struct Proxy {
    pub port: u16,
    state: Arc<State>,
}

impl Proxy {
    /// Listen on a free port of 127.0.0.1 and forward to `target` (`host:port`).
    pub fn start(target: &str) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(State::default());
        let st = state.clone();
        let target = target.to_string();
        thread::spawn(move || {
            for client in listener.incoming() {
                if st.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(client) = client else { continue };
                st.accepted.fetch_add(1, Ordering::SeqCst);
                if st.refuse.load(Ordering::SeqCst) {
                    let _ = client.shutdown(Shutdown::Both);
                    continue;
                }
                let Ok(upstream) = TcpStream::connect(&target) else {
                    let _ = client.shutdown(Shutdown::Both);
                    continue;
                };
                let _ = client.set_nodelay(true);
                let _ = upstream.set_nodelay(true);
                let generation = st.generation.load(Ordering::SeqCst);
                if let (Ok(c), Ok(u)) = (client.try_clone(), upstream.try_clone()) {
                    st.open.lock().unwrap().push((generation, c, u));
                }
                for (from, to) in [
                    (client.try_clone(), upstream.try_clone()),
                    (upstream.try_clone(), client.try_clone()),
                ] {
                    let (Ok(from), Ok(to)) = (from, to) else { continue };
                    let st = st.clone();
                    thread::spawn(move || pump(st, from, to, generation));
                }
            }
        });
        Proxy { port, state }
    }

    /// `https://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("https://127.0.0.1:{}", self.port)
    }

    /// Hold all traffic (both directions) until [`Proxy::resume`]; connections stay open.
    pub fn pause(&self) {
        *self.state.paused.lock().unwrap() = true;
    }

    pub fn resume(&self) {
        *self.state.paused.lock().unwrap() = false;
        self.state.resumed.notify_all();
    }

    /// Close every connection open now (clients see their connection drop).
    pub fn cut(&self) {
        self.state.generation.fetch_add(1, Ordering::SeqCst);
        let open = std::mem::take(&mut *self.state.open.lock().unwrap());
        for (_, c, u) in open {
            let _ = c.shutdown(Shutdown::Both);
            let _ = u.shutdown(Shutdown::Both);
        }
        // Pumps blocked on a pause wake up and notice the new generation.
        self.state.resumed.notify_all();
    }

    /// Close new connections at once (an unreachable server), or accept them again.
    pub fn refuse(&self, on: bool) {
        self.state.refuse.store(on, Ordering::SeqCst);
    }

    /// Connections accepted so far.
    pub fn accepted(&self) -> usize {
        self.state.accepted.load(Ordering::SeqCst)
    }

    /// `kubeconfig` text with every `server:` pointed at this proxy. The TLS certificate of
    /// the test cluster is valid for 127.0.0.1, so nothing else changes.
    pub fn kubeconfig(&self, kubeconfig: &str) -> String {
        point_at(kubeconfig, &self.url())
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.state.stop.store(true, Ordering::SeqCst);
        self.resume();
        self.cut();
        // Wake the accept loop so it sees `stop`.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// Copy `from` to `to` until either side closes, the proxy cuts this generation, or it stops.
fn pump(st: Arc<State>, mut from: TcpStream, mut to: TcpStream, generation: u64) {
    let mut buf = [0u8; 16 * 1024];
    let _ = from.set_read_timeout(Some(Duration::from_millis(200)));
    loop {
        {
            let mut paused = st.paused.lock().unwrap();
            while *paused && st.generation.load(Ordering::SeqCst) == generation {
                paused = st.resumed.wait(paused).unwrap();
            }
        }
        if st.generation.load(Ordering::SeqCst) != generation || st.stop.load(Ordering::SeqCst) {
            break;
        }
        match from.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                // Bytes read just before a pause are held until the resume.
                let mut paused = st.paused.lock().unwrap();
                while *paused && st.generation.load(Ordering::SeqCst) == generation {
                    paused = st.resumed.wait(paused).unwrap();
                }
                drop(paused);
                if st.generation.load(Ordering::SeqCst) != generation || to.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
            Err(_) => break,
        }
    }
    let _ = from.shutdown(Shutdown::Both);
    let _ = to.shutdown(Shutdown::Both);
}

#[test]
fn proxy_forwards_pauses_and_cuts() {
    use std::io::BufRead;
    // An echo server stands in for the apiserver.
    let echo = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = echo.local_addr().unwrap().to_string();
    thread::spawn(move || {
        for s in echo.incoming().flatten() {
            thread::spawn(move || {
                let mut r = std::io::BufReader::new(s.try_clone().unwrap());
                let mut w = s;
                let mut line = String::new();
                while r.read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
                    if w.write_all(line.as_bytes()).is_err() {
                        break;
                    }
                    line.clear();
                }
            });
        }
    });
    let proxy = Proxy::start(&addr);
    let c = TcpStream::connect(("127.0.0.1", proxy.port)).unwrap();
    c.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut r = std::io::BufReader::new(c.try_clone().unwrap());
    let mut w = c;
    let mut line = String::new();
    w.write_all(b"one\n").unwrap();
    r.read_line(&mut line).unwrap();
    assert_eq!(line, "one\n");

    proxy.pause();
    w.write_all(b"two\n").unwrap();
    r.get_ref().set_read_timeout(Some(Duration::from_millis(500))).unwrap();
    line.clear();
    assert!(
        r.read_line(&mut line).is_err(),
        "nothing may pass while paused, got {line:?}"
    );
    proxy.resume();
    r.get_ref().set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    line.clear();
    r.read_line(&mut line).unwrap();
    assert_eq!(line, "two\n");

    proxy.cut();
    line.clear();
    assert_eq!(r.read_line(&mut line).unwrap_or(0), 0, "a cut connection ends");

    proxy.refuse(true);
    let c2 = TcpStream::connect(("127.0.0.1", proxy.port)).unwrap();
    c2.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut buf = [0u8; 4];
    assert_eq!((&c2).read(&mut buf).unwrap_or(0), 0, "a refused connection closes");
    proxy.refuse(false);
    assert!(proxy.accepted() >= 2);
}

// ---------------------------------------------------------------------------------------
// An HTTP-aware proxy, for faults a byte pump cannot make: answers of the proxy's own
// (429 with Retry-After, 503) and cuts or stalls at a chosen point of a chosen answer.
//
// Why TLS termination (and not kube-apiserver's plain `--insecure-port`): kctl then talks to
// it exactly as to a real server (https, the test cluster's CA, the admin token), so its real
// code path is exercised, and it works on the shared cluster with nothing restarted. The proxy
// presents kube-apiserver's own certificate (signed by the test CA, valid for 127.0.0.1) and
// speaks TLS upstream, trusting the test CA; the Authorization header passes through. Each
// connection carries one request (`Connection: close` both ways), so every request is seen.

use std::path::Path;

/// What the proxy does with a request that matches a [`Rule`].
#[derive(Clone, Debug)]
pub enum Action {
    /// Answer with this status (a `Status` body, `Connection: close`) and, if set, a
    /// `Retry-After` of that many seconds; the request never reaches kube-apiserver.
    Answer(u16, Option<u64>),
    /// Forward the request; pass on the first N bytes of the answer (headers included), then
    /// close the connection.
    CutAnswerAfter(usize),
    /// Forward the request; pass on the first N bytes of the answer, then hold the connection
    /// open without another byte until the proxy is dropped.
    StallAnswerAfter(usize),
    /// Forward the request and let kube-apiserver finish it, then close the client's connection
    /// without a byte of the answer (the request took effect; the client cannot know).
    DropAnswer,
}

/// Requests with `method` (any when empty) whose path (query included) contains `path`, the
/// first `times` of them.
struct Rule {
    method: String,
    path: String,
    times: usize,
    action: Action,
}

#[derive(Default)]
struct HttpState {
    rules: Mutex<Vec<Rule>>,
    /// (method, path) of every request received, in order.
    seen: Mutex<Vec<(String, String)>>,
    stop: AtomicBool,
}

/// A TLS-terminating HTTP/1.1 proxy in front of the test cluster; stops when dropped.
pub struct HttpProxy {
    pub port: u16,
    state: Arc<HttpState>,
}

impl HttpProxy {
    /// Listen on a free port of 127.0.0.1 and forward to the kube-apiserver at `upstream`
    /// (`host:port`) of the test cluster in `cluster_dir` (its `pki/` gives the certificates).
    pub fn start(upstream: &str, cluster_dir: &Path) -> HttpProxy {
        use rustls::pki_types::pem::PemObject;
        use rustls::pki_types::{CertificateDer, PrivateKeyDer};
        let pki = cluster_dir.join("pki");
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(pki.join("apiserver.crt"))
            .expect("apiserver.crt")
            .collect::<Result<_, _>>()
            .expect("apiserver.crt");
        let key = PrivateKeyDer::from_pem_file(pki.join("apiserver.key")).expect("apiserver.key");
        let server = rustls::ServerConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .expect("server config");
        let mut roots = rustls::RootCertStore::empty();
        for ca in CertificateDer::pem_file_iter(pki.join("ca.crt")).expect("ca.crt") {
            roots.add(ca.expect("ca.crt")).unwrap();
        }
        let client = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth();
        let (server, client) = (Arc::new(server), Arc::new(client));

        let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(HttpState::default());
        let st = state.clone();
        let upstream = upstream.to_string();
        thread::spawn(move || {
            for tcp in listener.incoming() {
                if st.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(tcp) = tcp else { continue };
                let (st, server, client, upstream) = (st.clone(), server.clone(), client.clone(), upstream.clone());
                thread::spawn(move || {
                    let _ = serve(&st, tcp, server, client, &upstream);
                });
            }
        });
        HttpProxy { port, state }
    }

    /// `https://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("https://127.0.0.1:{}", self.port)
    }

    /// Do `action` with the first `times` requests of `method` ("" for any) whose path
    /// contains `path`. Rules are tried in the order they were added.
    pub fn rule(&self, method: &str, path: &str, times: usize, action: Action) {
        self.state.rules.lock().unwrap().push(Rule {
            method: method.to_string(),
            path: path.to_string(),
            times,
            action,
        });
    }

    /// Every request received so far: (method, path with query).
    pub fn seen(&self) -> Vec<(String, String)> {
        self.state.seen.lock().unwrap().clone()
    }

    /// How many requests of `method` had a path containing `path`.
    pub fn count(&self, method: &str, path: &str) -> usize {
        self.seen()
            .iter()
            .filter(|(m, p)| m == method && p.contains(path))
            .count()
    }

    /// `kubeconfig` text with every `server:` pointed at this proxy.
    pub fn kubeconfig(&self, kubeconfig: &str) -> String {
        point_at(kubeconfig, &self.url())
    }
}

impl Drop for HttpProxy {
    fn drop(&mut self) {
        self.state.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn point_at(kubeconfig: &str, url: &str) -> String {
    kubeconfig
        .lines()
        .map(|l| match l.split_once("server:") {
            Some((indent, _)) if indent.trim().is_empty() => format!("{indent}server: {url}"),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

type Tls<C> = rustls::StreamOwned<C, TcpStream>;

/// One client connection: one request, then close.
fn serve(
    st: &HttpState,
    tcp: TcpStream,
    server: Arc<rustls::ServerConfig>,
    client: Arc<rustls::ClientConfig>,
    upstream: &str,
) -> std::io::Result<()> {
    tcp.set_read_timeout(Some(Duration::from_secs(30)))?;
    let conn = rustls::ServerConnection::new(server).map_err(std::io::Error::other)?;
    let mut down: Tls<rustls::ServerConnection> = rustls::StreamOwned::new(conn, tcp);
    let Some((head, body)) = read_request(&mut down)? else {
        return Ok(());
    };
    let mut lines = head.split("\r\n");
    let request_line = lines.next().unwrap_or_default().to_string();
    let mut parts = request_line.split(' ');
    let method = parts.next().unwrap_or_default().to_string();
    let path = parts.next().unwrap_or_default().to_string();
    st.seen.lock().unwrap().push((method.clone(), path.clone()));
    let action = {
        let mut rules = st.rules.lock().unwrap();
        rules
            .iter_mut()
            .find(|r| r.times > 0 && (r.method.is_empty() || r.method == method) && path.contains(&r.path))
            .map(|r| {
                r.times -= 1;
                r.action.clone()
            })
    };
    if let Some(Action::Answer(code, retry_after)) = action {
        let reason = match code {
            429 => "TooManyRequests",
            500 => "InternalError",
            502 => "BadGateway",
            503 => "ServiceUnavailable",
            504 => "Timeout",
            _ => "",
        };
        let body = format!(
            r#"{{"kind":"Status","apiVersion":"v1","metadata":{{}},"status":"Failure","message":"injected by the test proxy ({code})","reason":"{reason}","code":{code}}}"#
        );
        let retry = retry_after.map(|s| format!("Retry-After: {s}\r\n")).unwrap_or_default();
        let answer = format!(
            "HTTP/1.1 {code} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{retry}Connection: close\r\n\r\n{body}",
            body.len()
        );
        down.write_all(answer.as_bytes())?;
        return close(down);
    }

    // Forward, one request per connection.
    let mut out = request_line + "\r\n";
    for l in lines.filter(|l| !l.is_empty()) {
        if !l.to_ascii_lowercase().starts_with("connection:") {
            out.push_str(l);
            out.push_str("\r\n");
        }
    }
    out.push_str("Connection: close\r\n\r\n");
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let conn = rustls::ClientConnection::new(client, name).map_err(std::io::Error::other)?;
    let tcp = TcpStream::connect(upstream)?;
    tcp.set_read_timeout(Some(Duration::from_secs(120)))?;
    let mut up: Tls<rustls::ClientConnection> = rustls::StreamOwned::new(conn, tcp);
    up.write_all(out.as_bytes())?;
    up.write_all(&body)?;
    up.flush()?;
    let limit = match action {
        Some(Action::CutAnswerAfter(n) | Action::StallAnswerAfter(n)) => n,
        Some(Action::DropAnswer) => 0,
        _ => usize::MAX,
    };
    let mut passed = 0;
    let mut buf = [0u8; 16 * 1024];
    loop {
        let n = match up.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let take = n.min(limit - passed);
        if take > 0 {
            down.write_all(&buf[..take])?;
            down.flush()?;
            passed += take;
        }
        if passed == limit && !matches!(action, Some(Action::DropAnswer)) {
            break;
        }
    }
    if let Some(Action::StallAnswerAfter(_)) = action {
        while !st.stop.load(Ordering::SeqCst) {
            thread::sleep(Duration::from_millis(100));
        }
    }
    if let Some(Action::CutAnswerAfter(_) | Action::DropAnswer) = action {
        // An abrupt end, as a dropped connection looks: no TLS close_notify.
        let _ = down.sock.shutdown(Shutdown::Both);
        return Ok(());
    }
    close(down)
}

/// The request's head (as text) and body (by Content-Length); `None` if the client left.
fn read_request(s: &mut impl Read) -> std::io::Result<Option<(String, Vec<u8>)>> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        match s.read(&mut chunk) {
            Ok(0) => return Ok(None),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
            Err(e) => return Err(e),
        }
    };
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let mut body = buf[end + 4..].to_vec();
    let length = head
        .split("\r\n")
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse::<usize>().ok())
        .unwrap_or(0);
    while body.len() < length {
        match s.read(&mut chunk)? {
            0 => break,
            n => body.extend_from_slice(&chunk[..n]),
        }
    }
    Ok(Some((head, body)))
}

/// A clean end: TLS close_notify, then the socket.
fn close(mut s: Tls<rustls::ServerConnection>) -> std::io::Result<()> {
    s.conn.send_close_notify();
    let _ = s.flush();
    let _ = s.sock.shutdown(Shutdown::Both);
    Ok(())
}
