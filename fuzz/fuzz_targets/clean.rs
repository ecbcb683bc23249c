//! The cleaner on arbitrary text: no panic, bounded, idempotent, trimmed, single-spaced.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let once = attache::testing::clean(text);
    assert!(once.len() <= 4 * text.len() + 64);
    assert_eq!(
        attache::testing::clean(&once),
        once,
        "cleaning is idempotent"
    );
    assert_eq!(once.trim(), once);
    assert!(!once.contains("  "));
});
