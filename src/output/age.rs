//! AGE as kubectl prints it (apimachinery's `duration.HumanDuration`). `now` is always
//! passed in, so AGE is testable; the calendar arithmetic lives in `crate::time`.

use std::time::Duration;

/// apimachinery `HumanDuration`: `90s`, `5m10s`, `150m`, `3h5m`, `30h`, `5d3h`, `400d`, `2y10d`.
pub(crate) fn human_duration(d: Duration) -> String {
    let secs = d.as_secs() as i64;
    // Go: `if seconds < -1 { return "<invalid>" } else if seconds < 0 { return "0s" }`; a
    // Duration cannot be negative, so only the positive branches remain.
    if secs < 60 * 2 {
        return format!("{secs}s");
    }
    let minutes = secs / 60;
    if minutes < 10 {
        let s = secs % 60;
        if s == 0 {
            return format!("{minutes}m");
        }
        return format!("{minutes}m{s}s");
    }
    if minutes < 60 * 3 {
        return format!("{minutes}m");
    }
    let hours = secs / 3600;
    if hours < 8 {
        let m = minutes % 60;
        if m == 0 {
            return format!("{hours}h");
        }
        return format!("{hours}h{m}m");
    }
    if hours < 48 {
        return format!("{hours}h");
    }
    if hours < 24 * 8 {
        let h = hours % 24;
        if h == 0 {
            return format!("{}d", hours / 24);
        }
        return format!("{}d{h}h", hours / 24);
    }
    if hours < 24 * 365 * 2 {
        return format!("{}d", hours / 24);
    }
    if hours < 24 * 365 * 8 {
        let dy = (hours / 24) % 365;
        if dy == 0 {
            return format!("{}y", hours / 24 / 365);
        }
        return format!("{}y{dy}d", hours / 24 / 365);
    }
    format!("{}y", hours / 24 / 365)
}

/// AGE of an object created at `created` (RFC 3339, as in `metadata.creationTimestamp`)
/// seen at `now` (seconds since the epoch). `<unknown>` when the timestamp is missing or bad.
pub(crate) fn age(created: Option<&str>, now: i64) -> String {
    match created.and_then(crate::time::parse_rfc3339) {
        Some(t) if now >= t => human_duration(Duration::from_secs((now - t) as u64)),
        Some(_) => "0s".to_string(),
        None => "<unknown>".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hd(secs: u64) -> String {
        human_duration(Duration::from_secs(secs))
    }

    #[test]
    fn human_duration_matches_apimachinery() {
        // The table from apimachinery's duration_test.go, plus the examples.
        let cases = [
            (0, "0s"),
            (1, "1s"),
            (90, "90s"),
            (119, "119s"),
            (120, "2m"),
            (310, "5m10s"),
            (599, "9m59s"),
            (600, "10m"),
            (150 * 60, "150m"),
            (179 * 60 + 59, "179m"),
            (3 * 3600, "3h"),
            (3 * 3600 + 5 * 60, "3h5m"),
            (8 * 3600 - 1, "7h59m"),
            (8 * 3600, "8h"),
            (30 * 3600, "30h"),
            (47 * 3600 + 59 * 60, "47h"),
            (48 * 3600, "2d"),
            (5 * 86400 + 3 * 3600, "5d3h"),
            (8 * 86400, "8d"),
            (400 * 86400, "400d"),
            (729 * 86400, "729d"),
            (730 * 86400, "2y"),
            (740 * 86400, "2y10d"),
            (8 * 365 * 86400, "8y"),
            (20 * 365 * 86400, "20y"),
        ];
        for (secs, want) in cases {
            assert_eq!(hd(secs), want, "{secs}s");
        }
    }

    #[test]
    fn age_uses_now() {
        assert_eq!(
            age(
                Some("2024-01-01T00:00:00Z"),
                crate::time::parse_rfc3339("2024-01-01T00:05:10Z").unwrap()
            ),
            "5m10s"
        );
        assert_eq!(age(None, 0), "<unknown>");
    }
}
