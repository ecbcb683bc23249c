//! The date finder on arbitrary text, with an anchor date taken from the first four bytes
//! when they make one: no panic, every mention a span of the text.
#![no_main]

use jiff::civil::Date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let (anchor, rest) = match bytes {
        [0, rest @ ..] => (None, rest),
        [y0, y1, m, d, rest @ ..] => {
            let year = i16::from_le_bytes([*y0, *y1]).rem_euclid(10_000);
            (Date::new(year, (*m % 13) as i8, (*d % 32) as i8).ok(), rest)
        }
        _ => (None, bytes),
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let found = attache::testing::find_dates(text, anchor);
    for m in &found {
        assert!(m.start < m.end && m.end <= text.len());
        assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
    }
});
