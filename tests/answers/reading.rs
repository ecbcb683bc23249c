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
