//! The question parser on arbitrary text against a small hand-made fact store: no panic.
#![no_main]

use std::sync::OnceLock;

use attache::testing::{FactStore, StoreBuilder};
use libfuzzer_sys::fuzz_target;

fn facts() -> &'static FactStore {
    static FACTS: OnceLock<FactStore> = OnceLock::new();
    FACTS.get_or_init(|| {
        StoreBuilder::new()
            .person("Ada Brandt")
            .role("Foreign Minister")
            .country("Germany")
            .person("Kofi Mensah")
            .meeting(&["ada brandt", "kofi mensah"])
            .place("Accra")
            .build()
    })
}

fuzz_target!(|question: &str| {
    let parsed = attache::testing::parse_question(facts(), question);
    assert!(!parsed.is_empty());
});
