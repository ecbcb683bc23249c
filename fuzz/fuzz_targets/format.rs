//! Shared by the ingest targets: one format's parser on arbitrary bytes, decoded as ingest
//! decodes a file; no panic, output bounded by the input.

/// Output bytes allowed per input byte (decoding and cleaning grow text a little).
const GROWTH: usize = 4;

/// Runs the parser of `ext` on `bytes` and checks the bound.
pub fn check(ext: &str, bytes: &[u8]) {
    let Some(text) = attache::testing::decode(bytes) else {
        return;
    };
    let out = attache::testing::parse_format(ext, &text);
    let total: usize = out
        .iter()
        .map(|(t, ps)| {
            t.as_ref().map_or(0, String::len) + ps.iter().map(String::len).sum::<usize>()
        })
        .sum();
    assert!(
        total <= GROWTH * text.len() + 64,
        "output {total} bytes from {}",
        text.len()
    );
}
