//! What the reader is given to read, over the word-overlap retriever: the article the
//! search points at most is read whole, so a sentence sharing no word with the question
//! still answers it.

use std::time::Duration;

use attache::config::AnswerConfig;
use attache::testing::{Conversation, StoreBuilder, answer};

use crate::common::retriever::{Paragraph, WordOverlap};

fn paragraph(article: &str, title: &str, text: &str) -> Paragraph {
    Paragraph {
        article: article.into(),
        title: title.into(),
        text: text.into(),
    }
}

/// One report whose answering paragraph (4) holds none of the question's words and is no
/// neighbour of its two hits (1 and 2), and other reports that hit on a word or two.
fn retriever() -> WordOverlap {
    let title = "Nordic presidium to visit Turku";
    let mut paragraphs = vec![
        paragraph(
            "turku.txt",
            title,
            "Finnish Prime Minister Aino Salmi has invited the presidium for talks in Turku next month, diplomats said.",
        ),
        paragraph(
            "turku.txt",
            title,
            "The presidium will spend two days in Turku in May and meet the senior members of the Finnish cabinet.",
        ),
        paragraph(
            "turku.txt",
            title,
            "Such a visit to one member's government has never happened before, officials said.",
        ),
        paragraph(
            "turku.txt",
            title,
            "Diplomats said the agenda would now be taken up by plans to cut the shared research budget and by herring quotas.",
        ),
        paragraph(
            "turku.txt",
            title,
            "Salmi wrote twice to complain that the quotas would ruin the fishermen of the Baltic coast.",
        ),
    ];
    for (i, text) in [
        "The Finnish cabinet approved a new rail budget on Monday.",
        "Turku harbour reopened after the storm.",
        "The Finnish cabinet will debate the herring ban in June.",
    ]
    .iter()
    .enumerate()
    {
        paragraphs.push(paragraph(&format!("other{i}.txt"), "News in brief", text));
    }
    WordOverlap {
        paragraphs,
        articles: 4,
    }
}

#[test]
fn the_article_the_search_points_at_is_read_whole() {
    let facts = StoreBuilder::new().build();
    let cfg = AnswerConfig::default();
    let mut conv = Conversation::new(Duration::from_secs(600));
    let text = answer(
        &facts,
        &retriever(),
        &cfg,
        &mut conv,
        "What will the presidium's Turku meeting with the Finnish cabinet focus on?",
    )
    .text();
    assert!(text.contains("research budget"), "{text}");
    // Must not: a report the search found once is not read whole.
    assert!(!text.contains("rail budget"), "{text}");
}

/// A rare name among common words: twenty reports of unions that would not budge, and one
/// report naming Dalby whose answering paragraph holds none of the question's other words.
fn drowned_name() -> WordOverlap {
    let title = "Hauliers still far from a deal";
    let mut paragraphs = vec![
        paragraph(
            "dalby.txt",
            title,
            "Road hauliers will see the transport ministry again on Thursday over fuel duty.",
        ),
        paragraph(
            "dalby.txt",
            title,
            "\"If the duty is not cut, we will block the motorways on Monday,\" Dalby said.",
        ),
    ];
    for i in 0..20 {
        paragraphs.push(paragraph(
            &format!("other{i}.txt"),
            "Strike news",
            "The union is threatening more strikes and will not budge, its leaders said.",
        ));
    }
    WordOverlap {
        paragraphs,
        articles: 21,
    }
}

#[test]
fn a_rare_name_drowned_by_common_words_is_searched_alone() {
    let facts = StoreBuilder::new().build();
    let cfg = AnswerConfig::default();
    let mut conv = Conversation::new(Duration::from_secs(600));
    let text = answer(
        &facts,
        &drowned_name(),
        &cfg,
        &mut conv,
        "What is Dalby threatening if the union won't budge?",
    )
    .text();
    assert!(text.contains("block the motorways"), "{text}");
    // Must not: the unions' paragraphs, which never name him.
    assert!(!text.contains("more strikes"), "{text}");
}

/// A meeting told by a short corrected report (copy.txt) and the story's first version
/// (first.txt), which names most of its people and holds what was heard there, but was
/// never read as a meeting.
fn two_versions() -> WordOverlap {
    let copy = "Corrected - Halden growth outlook cut";
    let first = "Halden growth seen between one and two pct";
    WordOverlap {
        paragraphs: vec![
            paragraph(
                "copy.txt",
                copy,
                "Governor Ines Halvik met Treasurer Per Rustad and economist Lars Engstad in Halden on Wednesday to review the growth outlook.",
            ),
            paragraph(
                "first.txt",
                first,
                "Growth will be between one and two pct, a spokesman said, citing Halvik, Rustad and Engstad.",
            ),
            paragraph(
                "first.txt",
                first,
                "Engstad also warned that unemployment would stay near four pct this year.",
            ),
            paragraph(
                "other.txt",
                "Jobs report",
                "Unemployment in the capital fell to three pct, Engstad's deputy said.",
            ),
        ],
        articles: 3,
    }
}

#[test]
fn another_version_of_the_meetings_report_tells_what_its_own_lacks() {
    let facts = StoreBuilder::new()
        .person("Ines Halvik")
        .person("Per Rustad")
        .person("Lars Engstad")
        .meeting(&["ines halvik", "per rustad", "lars engstad"])
        .evidence(
            "copy.txt",
            1,
            "Governor Ines Halvik met Treasurer Per Rustad and economist Lars Engstad in Halden on Wednesday to review the growth outlook.",
        )
        .build();
    let cfg = AnswerConfig::default();
    let mut conv = Conversation::new(Duration::from_secs(600));
    let text = answer(
        &facts,
        &two_versions(),
        &cfg,
        &mut conv,
        "What were Halvik, Rustad and Engstad told about unemployment?",
    )
    .text();
    // Must handle: the first version, naming most of the meeting's people, is read.
    assert!(text.contains("four pct"), "{text}");
    // Must not: a report naming one of them only.
    assert!(!text.contains("three pct"), "{text}");
}
