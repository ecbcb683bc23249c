//! The txt parser on arbitrary bytes, decoded as ingest decodes a file: no panic, output
//! bounded by the input (see format.rs).
#![no_main]

#[path = "format.rs"]
mod format;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| format::check("txt", bytes));
