//! Who took part: short articles written for these tests (their own names, countries and
//! phrasings) for the people rules of extraction. Two people who share a given name, a
//! surname or a title stay two; ranks, titles, days and section words are no one; one-word
//! names and "Mr X" resolve to the full name; "his counterpart" and an unnamed office
//! holder are people of a country; sports fixtures, film titles, companies and groups are
//! no meeting of people; one subject meeting a list meets each; a group on the other side
//! is no meeting of the subject's own side.

use attache::testing::{Article, FactStore, MeetingFact, Status, extract};
use jiff::civil::date;

fn article(id: &str, paragraphs: &[&str]) -> Article {
    Article {
        id: id.to_string(),
        title: id.to_string(),
        url: None,
        published: Some(date(2024, 5, 14)),
        meta: Default::default(),
        paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
    }
}

fn names<'a>(store: &'a FactStore, f: &'a MeetingFact) -> Vec<&'a str> {
    let mut v: Vec<&str> = f.participants.iter().map(|k| store.name(k)).collect();
    v.sort();
    v
}

/// Every fact's participants by name, sorted.
fn all(store: &FactStore) -> Vec<Vec<&str>> {
    let mut v: Vec<Vec<&str>> = store.facts.iter().map(|f| names(store, f)).collect();
    v.sort();
    v
}

fn has(store: &FactStore, people: &[&str]) -> bool {
    let mut want = people.to_vec();
    want.sort();
    all(store).contains(&want)
}

#[test]
fn two_people_who_share_a_given_name_stay_two() {
    let s = extract(&[article(
        "manaus.txt",
        &[
            "Brazilian Foreign Minister Paulo Teixeira met Paulo Morales, the governor of Amazonas, in Manaus on Tuesday.",
            "Teixeira later held talks with Chilean envoy Rosa Vega.",
        ],
    )]);
    assert!(
        has(&s, &["Paulo Morales", "Paulo Teixeira"]),
        "{:?}",
        all(&s)
    );
    assert!(has(&s, &["Paulo Teixeira", "Rosa Vega"]), "{:?}", all(&s));
    assert!(s.people.iter().all(|p| p.name != "Paulo"), "{:?}", s.people);
}

#[test]
fn a_surname_or_a_given_name_alone_joins_no_one_of_two() {
    let s = extract(&[
        article(
            "a.txt",
            &["Peruvian Trade Minister Ana Teixeira met Luis Quispe in Lima on Monday."],
        ),
        article(
            "b.txt",
            &["Brazilian Senator Paulo Teixeira met Tomas Berg in Quito on Monday."],
        ),
        article(
            "c.txt",
            &["Minister Teixeira met Ilse Marten in Vienna on Friday."],
        ),
    ]);
    let teixeiras: Vec<&str> = s
        .people
        .iter()
        .filter(|p| p.name.contains("Teixeira"))
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(teixeiras.len(), 3, "{teixeiras:?}");
    // Must not: a surname joins the one full name it can belong to.
    let s = extract(&[
        article(
            "a.txt",
            &["Kenyan envoy Amara Wanjiku met Luis Quispe in Lima on Monday."],
        ),
        article(
            "b.txt",
            &["Minister Wanjiku met Tomas Berg in Oslo on Friday."],
        ),
    ]);
    assert!(has(&s, &["Amara Wanjiku", "Tomas Berg"]), "{:?}", all(&s));
}

#[test]
fn president_and_spouse_of_one_surname_are_two() {
    let s = extract(&[article(
        "rome.txt",
        &[
            "President Okafor and Amina Okafor arrived in Rome on Monday.",
            "Okafor will meet Italian Prime Minister Carlo Bellini on Friday.",
        ],
    )]);
    assert!(has(&s, &["Carlo Bellini", "Okafor"]), "{:?}", all(&s));
    assert!(
        !has(&s, &["Amina Okafor", "Carlo Bellini"]),
        "{:?}",
        all(&s)
    );
}

#[test]
fn ranks_titles_days_and_sections_are_no_one() {
    let s = extract(&[article(
        "abuja.txt",
        &[
            "Lieutenant General Viktor Dranov met Brig Amara Kone and Gen Musa Idris in Abuja on Monday.",
            "Today's meeting between Rosa Vega and Luis Quispe was cordial.",
            "Sport Business Photo Also Read",
        ],
    )]);
    for p in &s.people {
        for bad in ["Gen", "Brig", "Lieutenant", "Today", "Sport", "Photo"] {
            assert!(
                !p.name.split(' ').any(|w| w.starts_with(bad)),
                "{}: {:?}",
                p.name,
                all(&s)
            );
        }
    }
    assert!(has(&s, &["Amara Kone", "Viktor Dranov"]), "{:?}", all(&s));
    assert!(has(&s, &["Musa Idris", "Viktor Dranov"]), "{:?}", all(&s));
    assert!(has(&s, &["Luis Quispe", "Rosa Vega"]), "{:?}", all(&s));
}

#[test]
fn i_with_a_verb_run_into_it_is_no_one() {
    // Must handle: the contractions of "I" as speakers meeting someone.
    for p in [
        "\"I've spoken to Sir Tomas Berglund and he understands the situation,\" the winger said.",
        "\"I'll meet Rosa Vega on Monday to talk it through,\" the manager said.",
    ] {
        let s = extract(&[article("x.txt", &[p])]);
        assert!(
            !s.people.iter().any(|p| p.name.starts_with('I')),
            "{p}: {:?}",
            all(&s)
        );
    }
    // Must not: a name that begins with "I" is still a name.
    let s = extract(&[article(
        "y.txt",
        &["Ivo Sandor met Rosa Vega in Lima on Monday."],
    )]);
    assert!(has(&s, &["Ivo Sandor", "Rosa Vega"]), "{:?}", all(&s));
}

#[test]
fn one_word_names_and_mr_resolve_to_the_full_name() {
    let s = extract(&[article(
        "brasilia.txt",
        &[
            "Brazilian President Luiz Inacio Lula da Silva received Argentine Foreign Minister Alberto Rivas on Monday.",
            "Lula later met Mr Rivas again over dinner, and Ms Soto met Rivas.",
            "Chilean envoy Carla Soto attended.",
        ],
    )]);
    assert!(
        s.facts
            .iter()
            .all(|f| names(&s, f).iter().all(|n| *n != "Lula" && *n != "Rivas")),
        "{:?}",
        all(&s)
    );
    assert!(
        has(&s, &["Alberto Rivas", "Luiz Inacio Lula da Silva"]),
        "{:?}",
        all(&s)
    );
    assert!(has(&s, &["Alberto Rivas", "Carla Soto"]), "{:?}", all(&s));
}

#[test]
fn his_counterpart_is_the_office_holder_of_that_country() {
    let s = extract(&[article(
        "kampala.txt",
        &[
            "Kenyan Foreign Minister Amara Wanjiku met his Ugandan counterpart in Kampala on Monday.",
            "Ugandan Foreign Minister Joseph Okello said the talks were frank.",
        ],
    )]);
    assert!(
        has(&s, &["Amara Wanjiku", "Joseph Okello"]),
        "{:?}",
        all(&s)
    );
}

#[test]
fn an_unnamed_office_holder_is_a_participant_by_office_and_country() {
    let s = extract(&[article(
        "ankara.txt",
        &["Turkish Trade Minister Selim Aydin met the Greek ambassador in Ankara on Monday."],
    )]);
    let f = s.facts.first().expect("a meeting");
    assert!(
        f.participants.iter().any(|k| k == "ambassador@greece"),
        "{:?}",
        f.participants
    );
    // "Chile's ambassador to Lima": the post's place is not the person's country.
    let s = extract(&[article(
        "lima.txt",
        &[
            "Chile's ambassador to Lima Rosa Vega met Peruvian Foreign Minister Luis Quispe on Monday.",
        ],
    )]);
    let vega = s
        .people
        .iter()
        .find(|p| p.name == "Rosa Vega")
        .expect("Vega");
    assert_eq!(vega.country.as_deref(), Some("Chile"));
    // Must not: an office holder who only wrote is no meeting.
    let s = extract(&[article(
        "ankara2.txt",
        &["Aydin said the Greek ambassador had sent a letter."],
    )]);
    assert!(s.facts.is_empty(), "{:?}", all(&s));
}

#[test]
fn sports_fixtures_and_film_titles_are_no_meetings() {
    let s = extract(&[article(
        "open.txt",
        &[
            "Top seed Ana Ruiz will meet Lena Holt in the quarter-finals after a 6-3 6-4 win.",
            "Striker Tomas Berg met Jonas Arkwright's cross at the far post and scored.",
            "The comedy Meet the Parents, starring Carla Soto and Pieter Vos, topped the chart.",
        ],
    )]);
    assert!(s.facts.is_empty(), "{:?}", all(&s));
    // Must not: a sports minister meeting a football chairman is a meeting.
    let s = extract(&[article(
        "stadium.txt",
        &[
            "Sports Minister Ana Ruiz met FA chairman Tomas Berg in London to discuss the new stadium.",
        ],
    )]);
    assert!(has(&s, &["Ana Ruiz", "Tomas Berg"]), "{:?}", all(&s));
}

#[test]
fn a_list_is_met_one_by_one_and_a_group_is_no_party() {
    let s = extract(&[article(
        "vienna.txt",
        &[
            "Nigerian Finance Minister Chidi Okafor met Austrian Finance Minister Ilse Marten and Zentralbank Governor Pieter Vos in Vienna on Monday.",
        ],
    )]);
    assert!(has(&s, &["Chidi Okafor", "Ilse Marten"]), "{:?}", all(&s));
    assert!(has(&s, &["Chidi Okafor", "Pieter Vos"]), "{:?}", all(&s));
    assert!(!has(&s, &["Ilse Marten", "Pieter Vos"]), "{:?}", all(&s));
    // Two on one side meeting a group meet no one.
    let s = extract(&[article(
        "banks.txt",
        &[
            "Finance Minister Ilse Marten and Governor Pieter Vos held talks with the creditor banks on Tuesday.",
        ],
    )]);
    assert!(s.facts.is_empty(), "{:?}", all(&s));
    // "In talks with X, A and B ...": one meeting of the three.
    let s = extract(&[article(
        "santiago.txt",
        &[
            "In talks with Chilean Trade Minister Rosa Vega on Monday, Ilse Marten and Finance Minister Pieter Vos pressed for lower tariffs.",
        ],
    )]);
    assert!(
        has(&s, &["Ilse Marten", "Pieter Vos", "Rosa Vega"]),
        "{:?}",
        all(&s)
    );
    // "met House leaders, including Congressman X": the named one of the group.
    let s = extract(&[article(
        "hill.txt",
        &[
            "Japanese envoy Kenji Sato also met Senate leaders, including Senator Mary Olsen, on Tuesday.",
        ],
    )]);
    assert_eq!(all(&s), [["Kenji Sato", "Mary Olsen"]]);
}

#[test]
fn a_one_word_subject_is_a_name_but_a_company_or_group_meets_no_one() {
    let s = extract(&[article(
        "oslo.txt",
        &[
            "Okafor hopes to meet Norwegian Prime Minister Erik Lindqvist in Oslo next month, his office said.",
            "A spokesman for Okafor said no date had been fixed.",
        ],
    )]);
    let f = s.facts.first().expect("a meeting");
    assert_eq!(names(&s, f), ["Erik Lindqvist", "Okafor"]);
    assert_eq!(f.status, Status::Proposed);
    for p in [
        "Parents who met Prime Minister Erik Lindqvist on Tuesday were invited back.",
        "Veltrana Holdings said it held talks with Zentral Capital Partners on Monday.",
        "Akron Marten on Thursday night met with Ohio governor Jane Rix.",
    ] {
        let s = extract(&[article("x.txt", &[p])]);
        assert!(s.facts.is_empty(), "{p}: {:?}", all(&s));
    }
}

#[test]
fn a_lone_family_name_joins_across_articles_but_a_given_name_never() {
    let s = extract(&[
        article(
            "a.txt",
            &["Chinese Defence Minister Wu Tao met Luis Quispe in Lima on Monday."],
        ),
        article(
            "b.txt",
            &["Chinese envoy Wu met Tomas Berg in Oslo on Friday."],
        ),
    ]);
    assert!(has(&s, &["Tomas Berg", "Wu Tao"]), "{:?}", all(&s));
    // Must not: a given name alone is many people's.
    let s = extract(&[
        article(
            "a.txt",
            &["Mexican President Miguel Herrera met Luis Quispe in Lima on Monday."],
        ),
        article(
            "b.txt",
            &["Mexican envoy Miguel met Tomas Berg in Oslo on Friday."],
        ),
    ]);
    assert!(!has(&s, &["Miguel Herrera", "Tomas Berg"]), "{:?}", all(&s));
}

#[test]
fn the_object_of_with_follows_it_and_her_can_be_the_object() {
    let s = extract(&[article(
        "x.txt",
        &[
            "In a meeting with exporters on Monday, Agriculture Secretary Ana Ruiz refused to comment.",
        ],
    )]);
    assert!(s.facts.is_empty(), "{:?}", all(&s));
    let s = extract(&[article(
        "oslo.txt",
        &[
            "German Chancellor Ilse Marten arrived in Oslo on Monday.",
            "Prime Minister Erik Lindqvist held talks with her on Tuesday.",
        ],
    )]);
    assert!(has(&s, &["Erik Lindqvist", "Ilse Marten"]), "{:?}", all(&s));
    // Must not: "her" before a noun is a possessive, not the one met.
    let s = extract(&[article(
        "oslo2.txt",
        &[
            "German Chancellor Ilse Marten arrived in Oslo on Monday.",
            "Prime Minister Erik Lindqvist met her husband on Tuesday.",
        ],
    )]);
    assert!(
        !has(&s, &["Erik Lindqvist", "Ilse Marten"]),
        "{:?}",
        all(&s)
    );
}

#[test]
fn a_name_inside_a_who_clause_is_not_the_subject() {
    let s = extract(&[article(
        "who.txt",
        &[
            "Two local councillors who back Senator Ana Kone met party agent Luis Mora in Tulcan on Tuesday.",
            "Minister Tomas Berg, who replaced Rosa Quispe in May, met Mayor Ines Moreau on Friday.",
        ],
    )]);
    let people = all(&s);
    assert!(
        !people.iter().any(|p| p.contains(&"Ana Kone")),
        "{people:?}"
    );
    assert!(
        !people.iter().any(|p| p.contains(&"Rosa Quispe")),
        "{people:?}"
    );
    // Must still: the subject before "who" meets the object.
    assert!(has(&s, &["Tomas Berg", "Ines Moreau"]), "{people:?}");
}

#[test]
fn they_after_a_noun_of_meeting_are_the_two_the_sentence_names() {
    // Must handle: "they" of "a meeting they had" are the speaker and the one he tells
    // of, not a pair named in an earlier paragraph.
    let s = extract(&[article(
        "quito.txt",
        &[
            "Governor Rosa Quispe and other governors on Monday urged President Tomas Berg to take charge of the talks.",
            "Finance Minister Luis Mora said Development Fund chief Ana Kone had backed his plan at a meeting they held on Monday night.",
        ],
    )]);
    let people = all(&s);
    assert!(has(&s, &["Luis Mora", "Ana Kone"]), "{people:?}");
    assert!(
        !people.iter().any(|p| p.contains(&"Rosa Quispe")),
        "{people:?}"
    );
    // Must not: one person named before "they" leaves them to the pair of the sentence
    // before.
    let s = extract(&[article(
        "lima.txt",
        &[
            "President Tomas Berg received Governor Rosa Quispe in Lima on Monday.",
            "Aide Ines Moreau said the meeting they had was cordial.",
        ],
    )]);
    let people = all(&s);
    assert!(
        !people.iter().any(|p| p.contains(&"Ines Moreau")),
        "{people:?}"
    );
}
