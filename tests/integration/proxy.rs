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
    /// Held directions: (both, server-to-client only).
    paused: Mutex<(bool, bool)>,
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
                for (from, to, answers) in [
                    (client.try_clone(), upstream.try_clone(), false),
                    (upstream.try_clone(), client.try_clone(), true),
                ] {
                    let (Ok(from), Ok(to)) = (from, to) else { continue };
                    let st = st.clone();
                    thread::spawn(move || pump(st, from, to, generation, answers));
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
        self.state.paused.lock().unwrap().0 = true;
    }

    /// Hold only the server's answers: requests still reach the server (and take effect),
    /// the client hears nothing until [`Proxy::resume`] or [`Proxy::cut`].
    pub fn pause_responses(&self) {
        self.state.paused.lock().unwrap().1 = true;
    }

    /// Release everything held by [`Proxy::pause`] and [`Proxy::pause_responses`].
    pub fn resume(&self) {
        *self.state.paused.lock().unwrap() = (false, false);
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
        kubeconfig
            .lines()
            .map(|l| match l.split_once("server:") {
                Some((indent, _)) if indent.trim().is_empty() => format!("{indent}server: {}", self.url()),
                _ => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
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
/// `answers`: this pump carries the server's bytes to the client.
fn pump(st: Arc<State>, mut from: TcpStream, mut to: TcpStream, generation: u64, answers: bool) {
    let mut buf = [0u8; 16 * 1024];
    let _ = from.set_read_timeout(Some(Duration::from_millis(200)));
    let held = |p: &(bool, bool)| p.0 || (answers && p.1);
    loop {
        {
            let mut paused = st.paused.lock().unwrap();
            while held(&paused) && st.generation.load(Ordering::SeqCst) == generation {
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
                while held(&paused) && st.generation.load(Ordering::SeqCst) == generation {
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

    proxy.pause_responses();
    w.write_all(b"three\n").unwrap();
    r.get_ref().set_read_timeout(Some(Duration::from_millis(500))).unwrap();
    line.clear();
    assert!(r.read_line(&mut line).is_err(), "answers are held, got {line:?}");
    proxy.resume();
    r.get_ref().set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    line.clear();
    r.read_line(&mut line).unwrap();
    assert_eq!(line, "three\n");

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
