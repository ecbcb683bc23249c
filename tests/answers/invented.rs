//! The answerer through its API on the invented articles (see `common::invented`): missing
//! dates, planned meetings, pairs that never met, off-topic and hostile questions, "who"
//! lists and typos. Follow-ups are in the conversation tests.

use attache::testing::AnswerKind;

use crate::common::invented::{ask, conv};

#[test]
fn missing_dates_are_said_and_planned_meetings_not_confirmed() {
    let mut c = conv();
    let t = ask(
        &mut c,
        "When did Okafor and Brandt meet at the Coral Bay summit?",
    )
    .text();
    assert!(t.contains("don't say when"), "{t}");
    assert!(!t.contains("2021") && !t.contains("2019"), "{t}");
    let t = ask(&mut c, "Did Mira Okafor meet Ana Sorel?").text();
    assert!(t.contains("don't confirm"), "{t}");
    // A yes/no question of a meeting only planned opens with a no.
    assert!(t.starts_with("Not yet"), "{t}");
    let t = ask(&mut c, "When did Okafor last meet Ana Sorel?").text();
    assert!(t.contains("don't confirm"), "{t}");
}

#[test]
fn unknown_pairs_and_off_topic_questions_are_not_guessed() {
    let mut c = conv();
    let a = ask(&mut c, "When did Pavel Dusek and Ines Carvalho last meet?");
    assert_eq!(a.kind, AnswerKind::NotFound);
    assert!(
        a.text()
            .contains("don't record a meeting between Pavel Dusek and Ines Carvalho")
    );
    assert!(
        !a.text().chars().any(|ch| ch.is_ascii_digit()),
        "{}",
        a.text()
    );
    // One known person and one unknown surname: not "Okafor's latest meeting".
    let a = ask(&mut c, "When did Okafor meet Lindgren?");
    assert!(
        a.text()
            .contains("don't record a meeting between Mira Okafor and Lindgren"),
        "{}",
        a.text()
    );
    assert!(!a.text().contains("2021"), "{}", a.text());
    // An institution is not a person: no "meeting between the Harbour Council and ...".
    let a = ask(&mut c, "When did the Harbour Council meet?");
    assert!(!a.text().contains("meeting between"), "{}", a.text());
    let a = ask(&mut c, "What is the capital of Peru?");
    assert_eq!(a.kind, AnswerKind::NotFound);
    assert!(a.text().contains("couldn't find anything"), "{}", a.text());
    let a = ask(&mut c, "When did Okafor and Brandt meet in 2024?");
    assert!(a.text().contains("don't record a meeting"), "{}", a.text());
}

#[test]
fn who_lists_and_typos() {
    let mut c = conv();
    let t = ask(&mut c, "Whom has Mira Okafor met?").text();
    assert!(t.contains("Jonas Brandt") && t.contains("June 2019"), "{t}");
    let t = ask(&mut c, "who is jonas brandtt").text();
    assert!(
        t.contains("Fisheries Minister") && t.contains("Veloria"),
        "{t}"
    );
    let t = ask(&mut c, "Okafor Brandt meeting date?").text();
    assert!(t.contains("2 March 2021"), "{t}");
}

#[test]
fn hostile_input_never_panics() {
    let mut c = conv();
    for q in [
        "",
        "?",
        "title:x AND (\" OR * ~ ^",
        "🤝🤝",
        "متى التقى الوزيران؟",
        &"why ".repeat(1000),
    ] {
        let a = ask(&mut c, q);
        assert!(!a.text().is_empty());
    }
}
