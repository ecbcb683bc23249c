//! Small corpora written for the Discord tests (our own sentences, names and places), and
//! the engine config over them.

use std::path::Path;

use attache::config::Config;

/// A question the ferry article answers.
pub const FERRY_QUESTION: &str = "When did Ingrid Solberg meet Tomas Varga in Bergen?";

/// Title of the ferry article.
pub const FERRY_TITLE: &str = "Solberg and Varga agree to study a ferry link";

const ARTICLES: &[(&str, &str)] = &[
    (
        "ferry-link.txt",
        "---\ntitle: Solberg and Varga agree to study a ferry link\n\
url: https://example.org/news/ferry-link\n---\n\
Norwegian Trade Minister Ingrid Solberg met Hungarian Foreign Minister Tomas Varga in Bergen \
on Thursday, 13 April 2023. The two ministers agreed to study a ferry link between their ports.\n\n\
Solberg called the talks in Bergen \"frank and useful\". Varga said a working group would report \
by the autumn.\n\n\
The previous meeting between Solberg and Varga took place in Budapest in March 2021, during a \
trade fair on river shipping.\n",
    ),
    (
        "harbour-rally.txt",
        "---\ntitle: Harbour workers rally at the Bergen ferry terminal\n---\n\
Harbour workers rallied outside the Bergen ferry terminal on Friday. A banner addressed to \
@everyone and @here demanded better pay, and leaflets tagged <@&123456789012345678> and \
<@123456789012345678>.\n\n\
Union leader Mats Kvale said the ferry link plan must protect local jobs at the terminal.\n",
    ),
    (
        "lagos-visit.txt",
        "---\ntitle: Okafor hosts Ferreira for port talks in Lagos\n---\n\
Nigerian Transport Minister Amara Okafor received Brazilian Ports Secretary Lucas Ferreira in \
Lagos on 2 June 2022. They discussed dredging the Apapa channel and training pilots.\n\n\
Ferreira invited Okafor to visit Santos next year.\n",
    ),
];

/// Writes the articles under `dir`.
pub fn write_corpus(dir: &Path) {
    std::fs::create_dir_all(dir).expect("corpus dir");
    for (name, text) in ARTICLES {
        std::fs::write(dir.join(name), text).expect("write article");
    }
}

/// A config over `corpus` with its index in `index`, independent of config files.
pub fn config(corpus: &Path, index: &Path) -> Config {
    let mut c = Config::default();
    c.corpus.dirs = vec![corpus.to_path_buf()];
    c.index.dir = index.to_path_buf();
    c.index.writer_memory_mb = 20;
    c
}
