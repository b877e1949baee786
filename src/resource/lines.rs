//! A streamed answer (a watch) read line by line, never buffered whole.

use std::time::Duration;

use http_body_util::BodyExt;
use kube::client::Body;

/// The lines of a watch answer: one JSON `WatchEvent` each.
pub(crate) struct Lines {
    body: Body,
    buf: Vec<u8>,
    /// How much of `buf` is known to hold no newline.
    scanned: usize,
    done: bool,
    /// A stream that sends nothing for this long is lost.
    idle: Duration,
}

impl Lines {
    pub(crate) fn new(body: Body, idle: Duration) -> Lines {
        Lines {
            body,
            buf: Vec::new(),
            scanned: 0,
            done: false,
            idle,
        }
    }

    /// The next complete line (blank ones skipped); `Ok(None)` when the server ended the
    /// stream; `Err` (the words for a log) when it broke or stayed silent too long.
    pub(crate) async fn next_line(&mut self) -> std::result::Result<Option<Vec<u8>>, String> {
        loop {
            if let Some(pos) = self.buf[self.scanned..].iter().position(|&b| b == b'\n') {
                let rest = self.buf.split_off(self.scanned + pos + 1);
                self.scanned = 0;
                let mut line = std::mem::replace(&mut self.buf, rest);
                line.pop();
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                return Ok(Some(line));
            }
            self.scanned = self.buf.len();
            if self.done {
                if self.buf.iter().all(u8::is_ascii_whitespace) {
                    return Ok(None);
                }
                self.scanned = 0;
                return Ok(Some(std::mem::take(&mut self.buf)));
            }
            match tokio::time::timeout(self.idle, self.body.frame()).await {
                Err(_) => return Err(format!("nothing received for {}s", self.idle.as_secs())),
                Ok(None) => self.done = true,
                Ok(Some(Err(e))) => return Err(crate::error::chain_text(&e)),
                Ok(Some(Ok(frame))) => {
                    if let Ok(data) = frame.into_data() {
                        self.buf.extend_from_slice(&data);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn lines_split_on_newlines() {
        let body = Body::from(b"{\"a\":1}\n\n{\"b\":2}\n{\"cut".to_vec());
        let mut lines = Lines::new(body, Duration::from_secs(1));
        assert_eq!(lines.next_line().await.unwrap().unwrap(), b"{\"a\":1}");
        assert_eq!(lines.next_line().await.unwrap().unwrap(), b"{\"b\":2}");
        assert_eq!(lines.next_line().await.unwrap().unwrap(), b"{\"cut");
        assert_eq!(lines.next_line().await.unwrap(), None);
    }
}
