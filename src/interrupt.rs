//! Ctrl-C for the commands that wind down instead of stopping at once.

use std::sync::atomic::{AtomicBool, Ordering};

/// Ctrl-C, for the commands that wind down instead of stopping at once: a command
/// [`Interrupt::arm`]s it when it starts writing; Ctrl-C then [`Interrupt::fire`]s it, and
/// the command starts no new request, lets those in flight finish, reports and exits 130.
#[derive(Debug, Default)]
pub(crate) struct Interrupt {
    armed: AtomicBool,
    fired: AtomicBool,
    notify: tokio::sync::Notify,
}

impl Interrupt {
    /// From now on, Ctrl-C asks the command to wind down instead of ending the process.
    pub(crate) fn arm(&self) {
        self.armed.store(true, Ordering::SeqCst);
    }

    pub(crate) fn armed(&self) -> bool {
        self.armed.load(Ordering::SeqCst)
    }

    pub(crate) fn fire(&self) {
        self.fired.store(true, Ordering::SeqCst);
        self.notify.notify_waiters();
    }

    pub(crate) fn fired(&self) -> bool {
        self.fired.load(Ordering::SeqCst)
    }

    /// Returns once fired.
    pub(crate) async fn wait(&self) {
        loop {
            let notified = self.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.fired() {
                return;
            }
            notified.await;
        }
    }
}
