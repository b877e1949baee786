//! Reading the server's JSON: Go encodes a nil slice or map without `omitempty` as `null`
//! (an empty Table's `"rows": null`, an empty list's `"items": null`), so every field the
//! server may send as `null` is read through [`null_as_default`]. Below every layer.

use serde::{Deserialize, Deserializer};

/// `null` (or an absent field, with `#[serde(default)]`) reads as the type's empty value.
pub(crate) fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct T {
        #[serde(default, deserialize_with = "null_as_default")]
        rows: Vec<u8>,
    }

    #[test]
    fn null_absent_and_present() {
        for (text, want) in [
            (r#"{"rows":null}"#, vec![]),
            (r#"{}"#, vec![]),
            (r#"{"rows":[1,2]}"#, vec![1, 2]),
        ] {
            let t: T = serde_json::from_str(text).unwrap();
            assert_eq!(t.rows, want, "{text}");
        }
    }
}
