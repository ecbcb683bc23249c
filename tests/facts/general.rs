//! Short articles written for these tests (their own names, places, date styles and
//! phrasings) showing the extraction rules are general: hosted/received/held talks,
//! phone calls, planned and speculated meetings, recalled meetings with "then-" holders,
//! unnamed counterparts, non-meetings ("met expectations", "the meeting room"), quotes,
//! and merging one meeting told by two articles.

use attache::testing::extract;
use attache::testing::fold;
use attache::testing::{Channel, Status};
use jiff::civil::date;

use crate::written::{article, find};

#[test]
fn hosted_meeting_with_outcome_quote_and_planned_meeting() {
    let a = article(
        "nairobi.txt",
        Some(date(2025, 3, 5)),
        &[
            "NAIROBI, March 5 - Kenyan President Amara Wanjiku hosted Peruvian Foreign Minister Luis Quispe in Nairobi on Tuesday, March 4, 2025.",
            "The two leaders agreed to open direct flights between their capitals. \"It was a warm and frank exchange of views,\" Wanjiku told Quispe.",
            "Wanjiku will meet Chilean President Tomas Rivera in Santiago next week.",
            "Coffee exports met expectations this year, officials said. Reporters waited outside the meeting room.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Amara Wanjiku", "Luis Quispe");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    let f = m[0];
    assert_eq!(f.status, Status::Held);
    assert_eq!(f.date.and_then(|d| d.iso()).as_deref(), Some("2025-03-04"));
    assert_eq!(f.place.as_ref().map(|p| p.name.as_str()), Some("Nairobi"));
    assert_eq!(
        f.place.as_ref().and_then(|p| p.country.as_deref()),
        Some("Kenya")
    );
    assert!(f.outcomes.iter().any(|c| c.text.contains("direct flights")));
    let q = f.quotes.first().expect("quote");
    assert_eq!(
        q.speaker.as_deref().map(|k| s.name(k)),
        Some("Amara Wanjiku")
    );
    assert_eq!(
        q.addressee.as_deref().map(|k| s.name(k)),
        Some("Luis Quispe")
    );
    let planned = find(&s, "Amara Wanjiku", "Tomas Rivera");
    assert_eq!(planned.len(), 1, "{:#?}", s.facts);
    assert_eq!(planned[0].status, Status::Planned);
    let held = s.facts.iter().filter(|f| f.status == Status::Held).count();
    assert_eq!(held, 1, "{:#?}", s.facts);
    let quispe = s
        .people
        .iter()
        .find(|p| p.name == "Luis Quispe")
        .expect("Quispe");
    assert_eq!(quispe.country.as_deref(), Some("Peru"));
    assert_eq!(
        quispe.roles.first().map(String::as_str),
        Some("Foreign Minister")
    );
}

#[test]
fn phone_call_and_recalled_meeting() {
    let a = article(
        "call.txt",
        Some(date(2024, 2, 9)),
        &[
            "Norwegian Prime Minister Ingrid Solberg spoke by phone with Canadian Prime Minister Mark Tremblay on Thursday, her office said.",
            "The leaders discussed Arctic shipping routes. Their last meeting was in Oslo in June 2022.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Ingrid Solberg", "Mark Tremblay");
    assert_eq!(m.len(), 2, "{:#?}", s.facts);
    let call = m
        .iter()
        .find(|f| f.channel == Channel::Phone)
        .expect("call");
    assert_eq!(
        call.date.and_then(|d| d.iso()).as_deref(),
        Some("2024-02-08")
    );
    assert!(call.outcomes.iter().any(|c| c.text.contains("Arctic")));
    let past = m.iter().find(|f| f.recalled).expect("recalled meeting");
    assert_ne!(past.channel, Channel::Phone);
    assert_eq!(past.date.and_then(|d| d.iso()).as_deref(), Some("2022-06"));
    assert_eq!(past.place.as_ref().map(|p| p.name.as_str()), Some("Oslo"));
}

#[test]
fn a_last_interaction_recalled_is_a_meeting() {
    // Must handle: "interacted with" a person, recalled with its year and town.
    let a = article(
        "summit.txt",
        Some(date(2024, 10, 23)),
        &[
            "Prime Minister Arvind Desai met President Li Wenhao in Kazan on Wednesday.",
            "The last time Desai interacted with Li was in 2019 in Chennai, a few months before the border standoff.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Arvind Desai", "Li Wenhao");
    let past = m.iter().find(|f| f.recalled).expect("recalled meeting");
    assert_eq!(past.date.and_then(|d| d.iso()).as_deref(), Some("2019"));
    // Must not: things that interact are no people meeting.
    let b = article(
        "markets.txt",
        Some(date(1987, 3, 2)),
        &["Dealers said the dollar interacted with the yen in thin trade on Monday."],
    );
    assert!(extract(&[b]).facts.is_empty());
}

#[test]
fn one_meeting_told_by_two_articles_is_one_fact() {
    let a = article(
        "a.txt",
        None,
        &[
            "Brazilian President João Mendes received Argentine President Camila Ortíz in Brasília on 12 August 2024.",
        ],
    );
    let b = article(
        "b.txt",
        Some(date(2024, 8, 13)),
        &[
            "Argentine President Camila Ortiz and her Brazilian counterpart Joao Mendes held talks in Brasilia on Monday, agreeing to cut tariffs on steel.",
        ],
    );
    let s = extract(&[a, b]);
    assert_eq!(s.facts.len(), 1, "{:#?}", s.facts);
    let f = &s.facts[0];
    assert_eq!(f.date.and_then(|d| d.iso()).as_deref(), Some("2024-08-12"));
    assert_eq!(f.evidence.len(), 2);
    assert!(f.outcomes.iter().any(|c| c.text.contains("tariffs")));
    // Diacritics folded: one person each.
    assert_eq!(s.people.len(), 2, "{:#?}", s.people);
}

#[test]
fn non_meetings_give_no_facts() {
    let a = article(
        "none.txt",
        None,
        &[
            "The budget plan of Finance Minister Hugo Brandt met with criticism from unions.",
            "The committee met the deadline on Friday. Demand for steel met forecasts.",
        ],
    );
    assert!(extract(&[a]).facts.is_empty());
}

#[test]
fn unnamed_counterparts_one_meeting_per_country() {
    let a = article(
        "nordic.txt",
        None,
        &[
            "In Reykjavik, Danish Defence Minister Karen Holm held bilateral meetings with her counterparts from Sweden, Finland and Estonia.",
        ],
    );
    let s = extract(&[a]);
    assert_eq!(s.facts.len(), 3, "{:#?}", s.facts);
    let mut keys: Vec<&str> = s
        .facts
        .iter()
        .flat_map(|f| f.participants.iter().map(String::as_str))
        .filter(|k| k.contains('@'))
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "defence-minister@estonia",
            "defence-minister@finland",
            "defence-minister@sweden"
        ]
    );
    assert!(s.facts.iter().all(|f| {
        f.place
            .as_ref()
            .is_some_and(|p| fold(&p.name) == "Reykjavik")
    }));
}

#[test]
fn recalled_counterpart_is_the_then_holder() {
    let a = article(
        "vienna.txt",
        Some(date(2023, 10, 3)),
        &[
            "Austrian Foreign Minister Lena Huber met her Hungarian counterpart Zoltan Kiss in Vienna on Monday.",
            "The previous meeting between Huber and her Hungarian counterpart took place in Budapest in May 2021. The then-Hungarian Foreign Minister Peter Varga was the host.",
        ],
    );
    let s = extract(&[a]);
    let now = find(&s, "Lena Huber", "Zoltan Kiss");
    assert_eq!(now.len(), 1, "{:#?}", s.facts);
    assert_eq!(
        now[0].date.and_then(|d| d.iso()).as_deref(),
        Some("2023-10-02")
    );
    let then = find(&s, "Lena Huber", "Peter Varga");
    assert_eq!(then.len(), 1, "{:#?}", s.facts);
    assert!(then[0].recalled);
    assert_eq!(
        then[0].date.and_then(|d| d.iso()).as_deref(),
        Some("2021-05")
    );
    assert_eq!(
        then[0].place.as_ref().map(|p| p.name.as_str()),
        Some("Budapest")
    );
}

#[test]
fn speculated_meeting_is_uncertain_not_held() {
    let a = article(
        "rome.txt",
        Some(date(2024, 5, 6)),
        &[
            "Irish Taoiseach aide Sean Murphy arrived in Rome on Monday.",
            "There is speculation that Murphy could meet with Italian Prime Minister Giulia Conti later this week, but nothing is confirmed.",
        ],
    );
    let s = extract(&[a]);
    assert!(
        s.facts.iter().all(|f| f.status == Status::Uncertain),
        "{:#?}",
        s.facts
    );
    assert_eq!(
        find(&s, "Sean Murphy", "Giulia Conti").len(),
        1,
        "{:#?}",
        s.facts
    );
}

#[test]
fn abbreviated_titles_year_only_recall_and_calls_without_place() {
    let a = article(
        "muscat.txt",
        Some(date(2022, 9, 14)),
        &[
            "Mr. Tomas Berg met Mr. Karim bin Nasser, the Omani trade minister, in Muscat on Tuesday.",
            "The last time the two men met was in 2017 at the G20 summit in Hamburg.",
            "Berg later spoke by phone with Chilean Foreign Minister Rosa Ibarra, the ministry said.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Karim bin Nasser", "Tomas Berg");
    assert_eq!(m.len(), 2, "{:#?}", s.facts);
    let now = m.iter().find(|f| !f.recalled).expect("news meeting");
    assert_eq!(
        now.date.and_then(|d| d.iso()).as_deref(),
        Some("2022-09-13")
    );
    assert_eq!(now.place.as_ref().map(|p| p.name.as_str()), Some("Muscat"));
    let past = m.iter().find(|f| f.recalled).expect("recalled meeting");
    assert_eq!(past.date.and_then(|d| d.iso()).as_deref(), Some("2017"));
    assert_eq!(
        past.place.as_ref().map(|p| p.name.as_str()),
        Some("Hamburg")
    );
    assert!(past.occasion.as_deref().is_some_and(|o| o.contains("G20")));
    let call = find(&s, "Rosa Ibarra", "Tomas Berg");
    assert_eq!(call.len(), 1, "{:#?}", s.facts);
    assert_eq!(call[0].channel, Channel::Phone);
    assert!(call[0].place.is_none());
}

#[test]
fn held_a_bilateral_meeting_and_the_two_last_met() {
    let a = article(
        "geneva.txt",
        Some(date(2021, 6, 17)),
        &[
            "Swiss President Anna Keller and Kenyan President Amara Wanjiku held a bilateral meeting in Geneva on Wednesday.",
            "The two last met in Nairobi in March 2019.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Amara Wanjiku", "Anna Keller");
    assert_eq!(m.len(), 2, "{:#?}", s.facts);
    assert!(m.iter().any(|f| !f.recalled
        && f.date.and_then(|d| d.iso()).as_deref() == Some("2021-06-16")
        && f.place.as_ref().is_some_and(|p| p.name == "Geneva")));
    assert!(m.iter().any(|f| f.recalled
        && f.date.and_then(|d| d.iso()).as_deref() == Some("2019-03")
        && f.place.as_ref().is_some_and(|p| p.name == "Nairobi")));
}

#[test]
fn the_capital_is_the_dateline_place() {
    let a = article(
        "lima.txt",
        Some(date(2023, 4, 12)),
        &[
            "LIMA, April 12 - Peruvian Foreign Minister Luis Quispe received Kenyan President Amara Wanjiku in the capital on Tuesday.",
        ],
    );
    let s = extract(&[a]);
    assert_eq!(s.facts.len(), 1, "{:#?}", s.facts);
    assert_eq!(
        s.facts[0].place.as_ref().map(|p| p.to_string()).as_deref(),
        Some("Lima, Peru")
    );
}

#[test]
fn talk_over_the_telephone_is_a_call_and_named_things_are_not_people() {
    let a = article(
        "call2.txt",
        Some(date(2019, 3, 8)),
        &[
            "Danish Foreign Minister Karen Holm said she talked with Peruvian Foreign Minister Luis Quispe over the telephone on Thursday.",
            "Quispe later received the Anna Lind award in Stockholm.",
        ],
    );
    let s = extract(&[a]);
    assert_eq!(s.facts.len(), 1, "{:#?}", s.facts);
    assert_eq!(s.facts[0].channel, Channel::Phone);
    assert!(s.people.iter().all(|p| p.name != "Anna Lind"));
}

#[test]
fn unnamed_counterpart_joins_the_named_holder_of_another_article() {
    let a = article(
        "nordic.txt",
        None,
        &[
            "In Reykjavik, Danish Defence Minister Karen Holm held bilateral meetings with her counterparts from Sweden, Finland and Estonia.",
        ],
    );
    let b = article(
        "nordic2.txt",
        Some(date(2023, 5, 9)),
        &[
            "Danish Defence Minister Karen Holm met Swedish Defence Minister Erik Lund in Reykjavik on Monday.",
        ],
    );
    let s = extract(&[a, b]);
    assert_eq!(s.facts.len(), 3, "{:#?}", s.facts);
    let m = find(&s, "Erik Lund", "Karen Holm");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].evidence.len(), 2);
    assert!(s.people.iter().all(|p| p.key != "defence-minister@sweden"));
}

#[test]
fn sources_that_disagree_on_the_date_are_kept_side_by_side() {
    let a = article(
        "x.txt",
        None,
        &[
            "Kenyan President Amara Wanjiku met Peruvian President Luis Quispe in Nairobi on 4 March 2025 on the sidelines of the Africa Trade Forum.",
        ],
    );
    let b = article(
        "y.txt",
        None,
        &[
            "Peruvian President Luis Quispe met Kenyan President Amara Wanjiku in Nairobi on 5 March 2025 on the sidelines of the Africa Trade Forum.",
        ],
    );
    let s = extract(&[a, b]);
    assert_eq!(s.facts.len(), 1, "{:#?}", s.facts);
    let c = &s.facts[0].conflicts;
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].field.to_string(), "date");
    assert_eq!(c[0].claims.len(), 2);
    assert_ne!(
        c[0].claims[0].evidence.article,
        c[0].claims[1].evidence.article
    );
}

#[test]
fn a_phone_call_from_someone_is_a_call() {
    let a = article(
        "call3.txt",
        Some(date(2022, 11, 3)),
        &[
            "Peruvian President Luis Quispe received a phone call from Kenyan President Amara Wanjiku on Wednesday, his office said.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Amara Wanjiku", "Luis Quispe");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    assert_eq!(m[0].channel, Channel::Phone);
    assert_eq!(
        m[0].date.and_then(|d| d.iso()).as_deref(),
        Some("2022-11-02")
    );
}

#[test]
fn title_case_headline() {
    let a = article(
        "headline.txt",
        None,
        &["Kenyan President Amara Wanjiku Meets Peruvian President Luis Quispe In Nairobi"],
    );
    let s = extract(&[a]);
    assert_eq!(s.facts.len(), 1, "{:#?}", s.facts);
    assert_eq!(
        find(&s, "Amara Wanjiku", "Luis Quispe").len(),
        1,
        "{:#?}",
        s.people
    );
}

#[test]
fn a_denied_meeting_is_none_and_a_refused_one_is_called_off() {
    let a = article(
        "no.txt",
        Some(date(2023, 3, 3)),
        &[
            "Kenyan President Amara Wanjiku and Peruvian President Luis Quispe did not meet in Lima.",
            "Wanjiku also refused to meet Chilean President Tomas Rivera.",
            "During a meeting in Quito on Monday, Danish Defence Minister Karen Holm and her Korean counterpart Park Min-jun agreed to share radar data.",
        ],
    );
    let s = extract(&[a]);
    assert_eq!(s.facts.len(), 2, "{:#?}", s.facts);
    assert!(find(&s, "Amara Wanjiku", "Luis Quispe").is_empty());
    let refused = find(&s, "Amara Wanjiku", "Tomas Rivera");
    assert_eq!(refused.len(), 1, "{:#?}", s.facts);
    assert_eq!(refused[0].status, Status::Cancelled);
    assert_eq!(
        find(&s, "Karen Holm", "Park Min-jun").len(),
        1,
        "{:#?}",
        s.facts
    );
}

#[test]
fn odd_text_never_panics() {
    let texts = [
        "İSTANBUL — THEN-İNDİAN Minister Ünal Çelik met Ødegaard “in Oslo. He said \"no",
        "\"\"\"“”‘’ met met met talks between and and , , (( )) Mr. Dr. Gen.",
        "then-İ then- former- Gen Gen. Gen Ab Cd met Ef Gh on Friday (10) in the capital.",
        "😀 President 😀 Ab met 😀 Cd 😀 in 😀.",
        "",
        "met",
        "A. B. C. D. E. met F. G. H. I.",
    ];
    for t in texts {
        let a = article("odd.txt", Some(date(2024, 1, 1)), &[t, t]);
        let _ = extract(&[a]);
    }
    // Deterministic word salad from the extractor's own vocabulary.
    let words = [
        "met",
        "with",
        "and",
        "the",
        "his",
        "Chinese",
        "counterpart",
        "President",
        "Ab",
        "Cd",
        "Ef",
        "talks",
        "between",
        "of",
        "in",
        "Lima",
        "on",
        "Friday",
        "(10)",
        ",",
        "\"",
        "“",
        "”",
        ".",
        "Mr.",
        "Gen",
        "then-Indian",
        "Minister",
        "they",
        "the two",
        "last",
        "meeting",
        "summit",
        "by",
        "phone",
        "hosted",
        "counterparts",
        "from",
        "Peru",
        "Chile",
        "will",
        "not",
        "İ",
        "Ünal",
        "’s",
        "—",
        "|",
        "11th",
        "Plus",
        "(",
        ")",
        "said",
        "told",
        "that",
        "its",
    ];
    let mut seed: u64 = 42;
    let mut next = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    for _ in 0..300 {
        let n = 3 + next() % 30;
        let text: Vec<&str> = (0..n).map(|_| words[next() % words.len()]).collect();
        let text = text.join(" ");
        let a = article("salad.txt", Some(date(2024, 1, 1)), &[&text, &text]);
        let _ = extract(&[a]);
    }
}

#[test]
fn the_meeting_sentence_after_gives_date_and_place() {
    let a = article(
        "after.txt",
        Some(date(2021, 9, 30)),
        &[
            "Kenyan President Amara Wanjiku met Peruvian President Luis Quispe. The meeting took place on Tuesday in Lima.",
        ],
    );
    let s = extract(&[a]);
    assert_eq!(s.facts.len(), 1, "{:#?}", s.facts);
    let f = &s.facts[0];
    assert_eq!(f.date.and_then(|d| d.iso()).as_deref(), Some("2021-09-28"));
    assert_eq!(f.place.as_ref().map(|p| p.name.as_str()), Some("Lima"));
    assert_eq!(f.evidence.len(), 2);
}

#[test]
fn a_middle_initial_is_the_same_person_across_articles() {
    let a = article(
        "a.txt",
        Some(date(2021, 6, 4)),
        &["Premier Harold J Wexley met Chilean President Rosa Aguirre in Valparaiso on Thursday."],
    );
    let b = article(
        "b.txt",
        Some(date(2021, 9, 9)),
        &["Premier Harold Wexley hosted Peruvian President Luis Quispe in Lima on Monday."],
    );
    let s = extract(&[a, b]);
    let wexley: Vec<&str> = s
        .people
        .iter()
        .filter(|p| p.name.contains("Wexley"))
        .map(|p| p.key.as_str())
        .collect();
    assert_eq!(wexley.len(), 1, "{:#?}", s.people);
    assert_eq!(s.facts.len(), 2, "{:#?}", s.facts);
    assert!(
        s.facts
            .iter()
            .all(|f| f.participants.contains(&wexley[0].to_string()))
    );
}

#[test]
fn an_honorific_is_not_the_office_of_unnamed_counterparts() {
    let a = article(
        "calls.txt",
        Some(date(2022, 1, 12)),
        &[
            "Mr Dunmore chaired the cabinet on Tuesday.",
            "He also spoke on the telephone to Canadian Prime Minister Ada Ferrow, and the presidents of Chile and Peru.",
        ],
    );
    let s = extract(&[a]);
    for p in &s.people {
        assert!(
            !p.name.starts_with("the Mr ") && !p.name.starts_with("the Presidents"),
            "{:#?}",
            s.people
        );
    }
}

#[test]
fn names_of_things_are_not_people() {
    let a = article(
        "radio.txt",
        Some(date(2019, 3, 2)),
        &[
            "Rob Tanner is one of the hosts of The Velvet Hour, a late-night show on local radio.",
            "The trio met at school and formed the band Silver Mice, later renamed Copper Lane.",
            "Chief executive Ann Marlow declined to comment on reports that the group held merger talks with US bank Corvell Partners.",
        ],
    );
    let s = extract(&[a]);
    for p in &s.people {
        for thing in [
            "Velvet Hour",
            "Silver Mice",
            "Copper Lane",
            "Corvell Partners",
        ] {
            assert!(!p.name.contains(thing), "{:#?}", s.people);
        }
    }
}

#[test]
fn they_after_a_sentence_naming_two_people_is_that_pair() {
    let a = article(
        "quito.txt",
        Some(date(2026, 8, 18)),
        &[
            "PRESIDENT Ana Kone and her Chilean counterpart, President Tomas Berg, have agreed to cut tariffs on copper.",
            "The two heads of state reached the agreement on Sunday when they held talks on the sidelines of the Andean summit in Quito, Ecuador.",
            "The talks were the second between the two leaders in three months. They last held talks in Lima in May, when President Berg paid a state visit to Peru.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Ana Kone", "Tomas Berg");
    assert_eq!(m.len(), 2, "{:#?}", s.facts);
    assert!(
        m.iter()
            .any(|f| f.date.and_then(|d| d.iso()).as_deref() == Some("2026-08-16"))
    );
    assert!(
        m.iter()
            .any(|f| f.place.as_ref().is_some_and(|p| p.name == "Lima"))
    );
    // Must not: one person named is no pair for "they".
    let b = article(
        "solo.txt",
        Some(date(2026, 8, 18)),
        &[
            "President Ana Kone praised the copper deal on Monday.",
            "They held talks in Quito on Sunday.",
        ],
    );
    assert!(extract(&[b]).facts.is_empty());
}

#[test]
fn a_town_the_gazetteer_does_not_know_is_the_place_after_in() {
    let place_of = |sentence: &str| {
        let s = extract(&[article("t.txt", Some(date(2026, 3, 20)), &[sentence])]);
        let m = find(&s, "Ana Kone", "Tomas Berg");
        assert_eq!(m.len(), 1, "{sentence}: {:#?}", s.facts);
        m[0].place.as_ref().map(|p| p.name.clone())
    };
    assert_eq!(
        place_of("Minister Ana Kone met Minister Tomas Berg for about two hours in Desaguadero, which straddles the frontier.").as_deref(),
        Some("Desaguadero")
    );
    assert_eq!(
        place_of(
            "Minister Ana Kone and Minister Tomas Berg held talks in Puerto Maldonado on Monday."
        )
        .as_deref(),
        Some("Puerto Maldonado")
    );
    // A second word that could be a surname is still the town's.
    assert_eq!(
        place_of("Minister Ana Kone and Minister Tomas Berg met for three hours in Villa Hayes, officials said.").as_deref(),
        Some("Villa Hayes")
    );
    // Must not: a month, a feast or a possessive after "in" is no place.
    assert_eq!(
        place_of("Minister Ana Kone met Minister Tomas Berg in March to discuss tariffs."),
        None
    );
    assert_eq!(
        place_of("Minister Ana Kone met Minister Tomas Berg in Ramadan."),
        None
    );
    assert_eq!(
        place_of("Minister Ana Kone met Minister Tomas Berg in Mora's office."),
        None
    );
}

#[test]
fn a_place_name_given_someone_as_surname_names_them_later() {
    let a = article(
        "aydin.txt",
        Some(date(2025, 11, 12)),
        &[
            "Greek Foreign Minister Nikos Andreadis praised Turkish Foreign Minister Kemal Aydın for his patience.",
            "Andreadis and Aydın last met in New York in September.",
            "Andreadis later toured a factory in Aydın.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Kemal Aydın", "Nikos Andreadis");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    assert_eq!(
        m[0].place.as_ref().map(|p| p.name.as_str()),
        Some("New York City")
    );
}

#[test]
fn the_summit_is_the_summit_the_article_names() {
    let a = article(
        "andean.txt",
        Some(date(2026, 5, 11)),
        &[
            "President Ana Kone held talks with President Tomas Berg on the sidelines of the Andean Community Summit in Quito on Sunday.",
            "Also on the sidelines of the summit, Kone held talks with Chilean President Luis Mora.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Ana Kone", "Luis Mora");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    assert_eq!(m[0].occasion.as_deref(), Some("Andean Community Summit"));
    assert_eq!(m[0].place.as_ref().map(|p| p.name.as_str()), Some("Quito"));
    // Must not: with no summit named, "the summit" names none.
    let b = article(
        "plain.txt",
        Some(date(2026, 5, 11)),
        &[
            "On the sidelines of the summit, President Ana Kone held talks with President Luis Mora.",
        ],
    );
    let s = extract(&[b]);
    assert!(
        find(&s, "Ana Kone", "Luis Mora")
            .iter()
            .all(|f| f.occasion.is_none())
    );
}

#[test]
fn an_event_the_meeting_comes_before_or_after_is_not_its_occasion() {
    let told = |sentence: &str| {
        let a = article("ahead.txt", Some(date(2026, 5, 11)), &[sentence]);
        let s = extract(&[a]);
        let m = find(&s, "Ana Kone", "Tomas Berg");
        assert_eq!(m.len(), 1, "{sentence}: {:#?}", s.facts);
        m[0].occasion.clone()
    };
    for s in [
        "President Ana Kone met President Tomas Berg in Quito on Sunday ahead of the Andean Community Summit.",
        "President Ana Kone will hold talks with President Tomas Berg in Quito in the run-up to the G20 summit.",
        "President Ana Kone met President Tomas Berg in Quito after the Andean Community Summit.",
    ] {
        assert_eq!(told(s), None, "{s}");
    }
    // Must not: the meeting held at the event.
    assert_eq!(
        told(
            "President Ana Kone met President Tomas Berg at the Andean Community Summit in Quito on Sunday."
        )
        .as_deref(),
        Some("Andean Community Summit")
    );
}

#[test]
fn received_by_and_the_conclave() {
    let a = article(
        "conclave.txt",
        Some(date(2026, 6, 27)),
        &[
            "Defence Minister Ana Kone held talks with Defence Minister Luis Mora in Tashkent on Thursday on the sidelines of the Regional Defence Ministers' Meeting.",
            "The two last met in November on the sidelines of the Pacific Security Forum in Suva.",
            "Apart from Mora, Kone also held a bilateral meeting with Chilean Defence Minister Tomas Berg on the sidelines of the conclave.",
            "Kone was also received by President Rosa Diaz, who praised the talks.",
        ],
    );
    let s = extract(&[a]);
    let berg = find(&s, "Ana Kone", "Tomas Berg");
    assert_eq!(berg.len(), 1, "{:#?}", s.facts);
    assert_eq!(
        berg[0].occasion.as_deref(),
        Some("Regional Defence Ministers' Meeting")
    );
    assert_eq!(
        berg[0].place.as_ref().map(|p| p.name.as_str()),
        Some("Tashkent")
    );
    assert_eq!(find(&s, "Ana Kone", "Rosa Diaz").len(), 1, "{:#?}", s.facts);
    // Must not: a passive with no person after "by" is no meeting.
    let b = article(
        "dinner.txt",
        Some(date(2026, 6, 27)),
        &[
            "Minister Ana Kone was hosted by the family of a fallen soldier.",
            "A proposal from Kone was received by Finance Minister Luis Mora on Friday.",
        ],
    );
    assert!(extract(&[b]).facts.is_empty());
}

#[test]
fn the_pair_is_the_last_two_people_named_when_no_sentence_named_both() {
    let a = article(
        "pair.txt",
        None,
        &[
            "Mayor Ana Kone said a new tram line would give local people more say.",
            "But campaigner Tomas Berg said the region did not want it.",
            "The pair met on the platform at Oslo station as Kone toured the region.",
        ],
    );
    let s = extract(&[a]);
    assert_eq!(
        find(&s, "Ana Kone", "Tomas Berg").len(),
        1,
        "{:#?}",
        s.facts
    );
    // Must not: one person named before "the pair" is no pair.
    let b = article(
        "solo-pair.txt",
        None,
        &[
            "Mayor Ana Kone said a new tram line would give local people more say.",
            "The pair met on the platform at Oslo station.",
        ],
    );
    assert!(extract(&[b]).facts.is_empty());
}

#[test]
fn another_meeting_of_the_same_visit_and_a_later_plan_in_its_sentence() {
    let a = article(
        "accra.txt",
        Some(date(2025, 5, 7)),
        &[
            "ACCRA, May 7 - Ghanaian Foreign Minister Yaw Boateng held talks with Togolese Foreign Minister Edem Kpodar in Accra on Tuesday.",
            "Kpodar was also received by President Kwame Asante, who said he would pay a state visit to Togo in the autumn.",
            "Boateng also met Nigerian envoy Musa Bello on Wednesday and said he would travel to Abuja in July.",
            "Boateng will meet Bello again in Lagos in September.",
        ],
    );
    let s = extract(&[a]);
    let iso = |f: &attache::testing::MeetingFact| f.date.and_then(|d| d.iso());
    let place = |f: &attache::testing::MeetingFact| f.place.as_ref().map(|p| p.name.clone());
    let received = find(&s, "Edem Kpodar", "Kwame Asante");
    assert_eq!(received.len(), 1, "{:#?}", s.facts);
    // The visit's day and town, not the state visit he would pay.
    assert_eq!(place(received[0]).as_deref(), Some("Accra"));
    assert_eq!(iso(received[0]).as_deref(), Some("2025-05-06"));
    let bello = find(&s, "Musa Bello", "Yaw Boateng");
    let held = bello
        .iter()
        .find(|f| f.status == Status::Held)
        .expect("held");
    assert_eq!(iso(held).as_deref(), Some("2025-05-07"));
    assert_ne!(place(held).as_deref(), Some("Abuja"));
    // Must still: a planned meeting keeps its own place and month.
    let planned = bello
        .iter()
        .find(|f| f.status != Status::Held)
        .expect("planned");
    assert_eq!(place(planned).as_deref(), Some("Lagos"));
    assert_eq!(iso(planned).as_deref(), Some("2025-09"));
}

#[test]
fn two_subjects_during_talks_met_and_one_subject_did_not() {
    let a = article(
        "targets.txt",
        Some(date(1991, 6, 4)),
        &[
            "OSLO, June 4 - Prime Minister Ana Kone said she and President Tomas Berg had agreed new trade targets during talks earlier today.",
            "Chancellor Lena Holm criticised the plan during talks with reporters.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Ana Kone", "Tomas Berg");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    assert_eq!(
        m[0].date.and_then(|d| d.iso()).as_deref(),
        Some("1991-06-04")
    );
    // Must not: one subject "during talks" meets no one.
    assert!(
        s.facts
            .iter()
            .all(|f| !f.participants.iter().any(|p| p.contains("holm"))),
        "{:#?}",
        s.facts
    );
}

#[test]
fn who_reports_what_the_other_said_at_a_meeting_was_at_it() {
    // Must handle: the reporter of what the other expressed or promised "during a meeting"
    // or "at a meeting" took part in it, with its time and (deictic) place.
    let a = article(
        "credits.txt",
        Some(date(2026, 2, 10)),
        &[
            "QUITO, Feb 10 - Separately, Finance Minister Rosa Ortiz said Swedish Trade Minister Anders Lind promised new export credits during a meeting here yesterday.",
            "Deputy Minister Pablo Mena told reporters that Norwegian envoy Kari Holm voiced concern over fishing quotas at a meeting in Guayaquil on Friday.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Anders Lind", "Rosa Ortiz");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    assert_eq!(
        m[0].date.and_then(|d| d.iso()).as_deref(),
        Some("2026-02-09")
    );
    assert_eq!(m[0].place.as_ref().map(|p| p.name.as_str()), Some("Quito"));
    let m = find(&s, "Kari Holm", "Pablo Mena");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    assert_eq!(
        m[0].place.as_ref().map(|p| p.name.as_str()),
        Some("Guayaquil")
    );
    // Must not: what befell the other at a meeting says nothing of the reporter's presence.
    let b = article(
        "ill.txt",
        Some(date(2026, 2, 10)),
        &[
            "Finance Minister Rosa Ortiz said Swedish Trade Minister Anders Lind fell ill during a meeting in Quito.",
        ],
    );
    let s = extract(&[b]);
    assert!(
        find(&s, "Anders Lind", "Rosa Ortiz").is_empty(),
        "{:#?}",
        s.facts
    );
}

#[test]
fn a_place_before_the_meeting_noun_is_where_it_was() {
    // Must handle: "The Downing Street talks", "their Geneva talks" place the meeting in
    // focus; must not: a city before another noun ("the Geneva office") places nothing.
    for (n, next, want) in [
        (
            1,
            "The Downing Street talks covered trade, officials said.",
            "10 Downing Street",
        ),
        (2, "Their Geneva talks lasted two hours.", "Geneva"),
    ] {
        let a = article(
            "modifier.txt",
            Some(date(2026, 6, 3)),
            &[
                "President Ana Kone met Prime Minister Tomas Berg to talk about fishing quotas.",
                next,
            ],
        );
        let s = extract(&[a]);
        let m = find(&s, "Ana Kone", "Tomas Berg");
        assert_eq!(m.len(), 1, "{n}: {:#?}", s.facts);
        assert_eq!(
            m[0].place.as_ref().map(|p| p.name.as_str()),
            Some(want),
            "{n}"
        );
    }
    let b = article(
        "office.txt",
        Some(date(2026, 6, 3)),
        &[
            "President Ana Kone met Prime Minister Tomas Berg to talk about fishing quotas.",
            "The Geneva office said the talks went well.",
        ],
    );
    let s = extract(&[b]);
    let m = find(&s, "Ana Kone", "Tomas Berg");
    assert!(m.iter().all(|f| f.place.is_none()), "{m:#?}");
}

#[test]
fn an_outcome_dated_before_the_meeting_belongs_to_another_event() {
    let a = article(
        "ferries.txt",
        Some(date(2026, 4, 9)),
        &[
            "Foreign Minister Helga Brandvold met her Estonian counterpart Kalev Saar in Tallinn on Tuesday to discuss winter ferry routes.",
            "In February, Ms Brandvold and the Latvian transport chief Ilze Ozola agreed to set up a joint ferry safety board.",
            "The two ministers also agreed to share ice-breaker schedules and to open a night route in May.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Helga Brandvold", "Kalev Saar");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    let said = |w: &str| m[0].outcomes.iter().any(|c| c.text.contains(w));
    assert!(!said("safety board"), "{:#?}", m[0].outcomes);
    // Must still: an outcome dated after the meeting (what they agreed to do in May).
    assert!(said("ice-breaker"), "{:#?}", m[0].outcomes);
}

#[test]
fn companies_named_by_their_trade_are_not_people() {
    let a = article(
        "merger.txt",
        Some(date(2026, 5, 2)),
        &[
            "Executives of Halvard Tobacco and Brisco Petroleum met in Oslo on Friday to discuss a merger.",
            "Chief executive Lena Marsh of Halvard Tobacco met Energy Minister Pavel Orlov in Oslo on Thursday.",
        ],
    );
    let s = extract(&[a]);
    let named = |n: &str| s.people.iter().any(|p| p.name.contains(n));
    assert!(!named("Tobacco") && !named("Petroleum"), "{:#?}", s.people);
    // Must still: the people of the same article and their meeting.
    assert_eq!(
        find(&s, "Lena Marsh", "Pavel Orlov").len(),
        1,
        "{:#?}",
        s.facts
    );
}

#[test]
fn a_bodys_people_are_not_the_person_told_before() {
    let a = article(
        "bourse.txt",
        Some(date(2026, 5, 2)),
        &[
            "\"The bid must add value,\" said Karl Benning, a fund manager at Olsen Capital. Since then its board has held talks with exchange chief Mara Lindqvist.",
            "Ola Brekke, a trader, said prices would rise. He has since held talks with Finance Minister Eva Holm.",
            "Mayor Tove Lunde met union leaders on Saturday. The five unions which met Minister Eva Holm want the rules withdrawn.",
        ],
    );
    let s = extract(&[a]);
    assert!(
        find(&s, "Karl Benning", "Mara Lindqvist").is_empty(),
        "{:#?}",
        s.facts
    );
    assert!(
        find(&s, "Tove Lunde", "Eva Holm").is_empty(),
        "{:#?}",
        s.facts
    );
    // Must still: "he" after a sentence about one person is that person.
    assert_eq!(
        find(&s, "Ola Brekke", "Eva Holm").len(),
        1,
        "{:#?}",
        s.facts
    );
}

#[test]
fn a_body_and_its_acronym_may_stand_between_with_and_the_title() {
    let a = article(
        "ports.txt",
        Some(date(2026, 5, 2)),
        &[
            "Trade minister Anna Reid told reporters she was unhappy with the port's answer.",
            "She described her meeting with Oslo port authority (OPA) head Lars Dahl, in which she demanded more berths, as \"frank\".",
            "Reid also held talks with union members who later criticised mayor Ivar Sand.",
        ],
    );
    let s = extract(&[a]);
    assert_eq!(
        find(&s, "Anna Reid", "Lars Dahl").len(),
        1,
        "{:#?}",
        s.facts
    );
    // Must not: words of another clause ("union members who later criticised") are no body.
    assert!(
        find(&s, "Anna Reid", "Ivar Sand").is_empty(),
        "{:#?}",
        s.facts
    );
}

#[test]
fn a_date_and_place_in_a_relative_clause_about_a_person_are_not_the_meetings() {
    let a = article(
        "debt.txt",
        Some(date(2025, 6, 2)),
        &[
            "Economy Minister Karl Osei, who leaves for Vienna on Tuesday, met President Lina Mbeki to discuss the debt.",
            "Foreign Minister Ivo Brand, who met Mbeki in Lagos on Friday, said the talks went well.",
        ],
    );
    let s = extract(&[a]);
    let aside = find(&s, "Karl Osei", "Lina Mbeki");
    assert_eq!(aside.len(), 1, "{:#?}", s.facts);
    assert!(aside[0].date.is_none(), "{:#?}", aside[0]);
    assert!(aside[0].place.is_none(), "{:#?}", aside[0]);
    // The clause that tells the meeting keeps its own date and place.
    let own = find(&s, "Ivo Brand", "Lina Mbeki");
    assert_eq!(own.len(), 1, "{:#?}", s.facts);
    assert!(own[0].date.is_some(), "{:#?}", own[0]);
    assert_eq!(
        own[0].place.as_ref().map(|p| p.name.as_str()),
        Some("Lagos")
    );
}

#[test]
fn a_leader_of_a_country_is_the_one_a_description_of_that_country_names() {
    let a = article(
        "state-visit.txt",
        Some(date(2025, 6, 2)),
        &[
            "King Hamad of Bahrain begins a four-day state visit to Britain on Tuesday.",
            "The Bahraini leader will hold talks with Prime Minister Helen Marsh during the visit.",
            "President Ana Ruiz of Chile arrived in Paris on Monday.",
            "The Chilean leader met Prime Minister Anne Morel on Tuesday.",
            "The Omani leader will also meet Marsh next month.",
        ],
    );
    let s = extract(&[a]);
    assert_eq!(find(&s, "Hamad", "Helen Marsh").len(), 1, "{:#?}", s.facts);
    assert_eq!(
        find(&s, "Ana Ruiz", "Anne Morel").len(),
        1,
        "{:#?}",
        s.facts
    );
    // A leader of another country is not King Hamad.
    assert!(
        s.facts.iter().all(|f| !(f.participants.len() == 2
            && f.participants.iter().any(|k| s.name(k) == "Hamad")
            && f.status == Status::Planned
            && f.evidence.iter().any(|e| e.sentence.contains("Omani")))),
        "{:#?}",
        s.facts
    );
}

#[test]
fn a_list_of_people_met_keeps_titles_in_lower_case_and_a_closing_and_others() {
    let a = article(
        "oecd.txt",
        Some(date(2025, 6, 2)),
        &[
            "OECD Secretary General Hans Weber spent three days in Peru this week.",
            "He met President Rosa Paredes, Foreign Minister Luis Quispe, central bank governor Ana Torres and other senior officials.",
            "Trade Minister Jon Pale met Finance Minister Ada Rusk and deputy trade minister Lea Moss in Accra on Monday.",
        ],
    );
    let s = extract(&[a]);
    for other in ["Rosa Paredes", "Luis Quispe", "Ana Torres"] {
        assert_eq!(
            find(&s, "Hans Weber", other).len(),
            1,
            "{other}: {:#?}",
            s.facts
        );
    }
    for other in ["Ada Rusk", "Lea Moss"] {
        assert_eq!(
            find(&s, "Jon Pale", other).len(),
            1,
            "{other}: {:#?}",
            s.facts
        );
    }
    // A clause after a comma is no list: "the man said" names nobody met.
    assert!(
        find(&s, "Hans Weber", "Jon Pale").is_empty(),
        "{:#?}",
        s.facts
    );
}

#[test]
fn a_list_of_people_met_may_describe_each_after_the_name() {
    let a = article(
        "strike.txt",
        Some(date(2025, 6, 2)),
        &[
            "Labour minister Carla Mendes met with Jon Oduya, the veteran secretary general of the Dockers Union (DU) and Eva Lund, the port workers' leader, at the ministry, he said.",
            "Trade Minister Jon Pale met Ada Rusk, the head of the Coastal Bank, and Lea Moss, its chief economist, in Accra on Monday.",
            "Finance Minister Tom Berg met Ines Kahn, the governor who had worked with Rui Sousa for years.",
        ],
    );
    let s = extract(&[a]);
    for (one, other) in [
        ("Carla Mendes", "Jon Oduya"),
        ("Carla Mendes", "Eva Lund"),
        ("Jon Pale", "Ada Rusk"),
        ("Jon Pale", "Lea Moss"),
        ("Tom Berg", "Ines Kahn"),
    ] {
        assert_eq!(
            find(&s, one, other).len(),
            1,
            "{one}, {other}: {:#?}",
            s.facts
        );
    }
    // Must not: a name inside a clause of the description is no one met.
    assert!(
        find(&s, "Tom Berg", "Rui Sousa").is_empty(),
        "{:#?}",
        s.facts
    );
}

#[test]
fn here_is_where_the_report_was_filed() {
    let a = article(
        "visit.txt",
        Some(date(2025, 6, 4)),
        &[
            "QUITO, June 4 - Peruvian Energy Minister Rosa Quispe is expected here on Friday for talks with her Ecuadorean counterpart Luis Vera.",
            "Quispe will also meet Chilean Energy Minister Jose Soto next month, she said.",
        ],
    );
    let s = extract(&[a]);
    let planned = find(&s, "Rosa Quispe", "Luis Vera");
    assert_eq!(planned.len(), 1, "{:#?}", s.facts);
    assert_eq!(
        planned[0].place.as_ref().map(|p| p.name.as_str()),
        Some("Quito")
    );
    // Without "here", a plan is not placed where the report was filed.
    let other = find(&s, "Rosa Quispe", "Jose Soto");
    assert_eq!(other.len(), 1, "{:#?}", s.facts);
    assert!(other[0].place.is_none(), "{:#?}", other[0]);
}

#[test]
fn had_spoken_by_telephone_and_a_demonym_before_a_lower_case_title() {
    let a = article(
        "silver.txt",
        Some(date(2025, 6, 4)),
        &[
            "President Rosa Paredes had recently spoken by telephone with Chilean President Luis Vera, her minister said.",
            "Peruvian central bank president Ana Torres and Chilean central bank head Jon Pale met in Santiago on Monday.",
            "The spoken word still matters, Paredes told students.",
        ],
    );
    let s = extract(&[a]);
    let call = find(&s, "Rosa Paredes", "Luis Vera");
    assert_eq!(call.len(), 1, "{:#?}", s.facts);
    assert_eq!(call[0].channel, Channel::Phone);
    assert_eq!(
        find(&s, "Ana Torres", "Jon Pale").len(),
        1,
        "{:#?}",
        s.facts
    );
    assert_eq!(s.facts.len(), 2, "{:#?}", s.facts);
}

#[test]
fn participants_listed_after_were_and_titles_with_a_tail_or_a_body() {
    let a = article(
        "commission.txt",
        Some(date(2025, 3, 5)),
        &[
            "Taking part in the talks at an undisclosed location were the Dutch U.N. Representative, Ambassador Pieter Smit, and the director-general of the Slovenian Economy Ministry, Ana Kranjc.",
            "Attending the meeting in Lisbon on Tuesday were Finance Minister Joao Reis and the governor of the central bank, Rita Matos.",
            "The fund was agreed during talks between Trade Minister Lars Holm and Latvian minister without portfolio Inga Berzina.",
            "The talks were cordial and were held at Norway's request, Holm said.",
        ],
    );
    let s = extract(&[a]);
    assert_eq!(
        find(&s, "Pieter Smit", "Ana Kranjc").len(),
        1,
        "{:#?}",
        s.facts
    );
    let lisbon = find(&s, "Joao Reis", "Rita Matos");
    assert_eq!(lisbon.len(), 1, "{:#?}", s.facts);
    assert_eq!(
        lisbon[0].place.as_ref().map(|p| p.name.as_str()),
        Some("Lisbon")
    );
    let fund = find(&s, "Lars Holm", "Inga Berzina");
    assert_eq!(fund.len(), 1, "{:#?}", s.facts);
    // "at Norway's request" says whose, not where.
    assert!(fund[0].place.is_none(), "{:#?}", fund[0]);
    assert_eq!(s.facts.len(), 3, "{:#?}", s.facts);
}

#[test]
fn the_place_before_where_is_the_meetings() {
    // Must handle: ", where he met" places the meeting at the place just before it,
    // whatever preposition stands before that place.
    let a = article(
        "reykjavik.txt",
        Some(date(2024, 5, 10)),
        &[
            "Premier Ivar Brekkan is in Reykjavik on his way home from Ottawa, where he met Canadian Fisheries Minister Joan Pelletier on Thursday.",
            "Envoy Mara Lind flew from Lusaka to Nairobi, where she met President Amos Kirui.",
            "Pavel Sork met Lene Aas in Lima, where the two leaders signed a water treaty.",
        ],
    );
    let s = extract(&[a]);
    let place = |x: &str, y: &str| {
        let m = find(&s, x, y);
        assert_eq!(m.len(), 1, "{x} {y}: {:#?}", s.facts);
        m[0].place.as_ref().map(|p| p.name.clone())
    };
    assert_eq!(
        place("Ivar Brekkan", "Joan Pelletier").as_deref(),
        Some("Ottawa")
    );
    assert_eq!(place("Mara Lind", "Amos Kirui").as_deref(), Some("Nairobi"));
    // Must not: a meeting told before ", where" keeps its own place.
    assert_eq!(place("Pavel Sork", "Lene Aas").as_deref(), Some("Lima"));
}

#[test]
fn the_country_of_an_envoys_post_is_not_the_meetings_place() {
    // Must: "talks with the ambassador to X" and "met envoy to X", the meeting left
    // where the dateline puts it.
    let a = article(
        "quito.txt",
        Some(date(2002, 9, 3)),
        &[
            "QUITO, Sept 3 - President Elena Ruiz spoke to reporters after talks with Ecuador's ambassador to Chile Mateo Vidal on Monday.",
            "Foreign Minister Tomas Arce met the envoy to Brazil, Ines Mora, on Tuesday.",
        ],
    );
    let s = extract(&[a]);
    for (x, y) in [("Elena Ruiz", "Mateo Vidal"), ("Tomas Arce", "Ines Mora")] {
        let m = find(&s, x, y);
        assert_eq!(m.len(), 1, "{x}-{y}: {:#?}", s.facts);
        let place = m[0].place.as_ref().map(|p| p.name.as_str());
        assert_ne!(place, Some("Chile"), "{:#?}", m[0]);
        assert_ne!(place, Some("Brazil"), "{:#?}", m[0]);
    }
    // Must not: a trip "to" a place is still where the meeting was.
    let b = article(
        "lima2.txt",
        Some(date(2002, 9, 3)),
        &["President Elena Ruiz travelled to Lima for talks with President Mateo Vidal on Monday."],
    );
    let s = extract(&[b]);
    let m = find(&s, "Elena Ruiz", "Mateo Vidal");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    assert_eq!(m[0].place.as_ref().map(|p| p.name.as_str()), Some("Lima"));
}

#[test]
fn two_people_agreeing_after_talks_met() {
    // Must: two named subjects who agreed or signed something "after talks" / "following
    // talks" in a place met there.
    let a = article(
        "tallinn.txt",
        Some(date(1999, 9, 14)),
        &[
            "Finnish Foreign Minister Eino Lahti and Estonian Foreign Minister Kalev Tamm agreed to open a ferry link after talks in Helsinki on Monday.",
            "Trade Minister Ana Sol and Farm Minister Piet Varga signed a grain accord following talks in Bergen.",
            // Must not: talks after which nobody named did anything.
            "Grain prices rose after talks in Geneva on Monday.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Eino Lahti", "Kalev Tamm");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    assert_eq!(
        m[0].place.as_ref().map(|p| p.name.as_str()),
        Some("Helsinki")
    );
    assert_eq!(find(&s, "Ana Sol", "Piet Varga").len(), 1, "{:#?}", s.facts);
    assert_eq!(s.facts.len(), 2, "{:#?}", s.facts);
}

#[test]
fn a_title_alone_is_the_one_in_focus_who_holds_it() {
    // "the Emir" is the Emir named in apposition after a form of address, not the
    // leader of the same class he met before.
    let a = article(
        "emir.txt",
        Some(date(1998, 6, 9)),
        &[
            "Premier Nuala Brennock received the Emir of Tavora, Sheikh Omar Osgood, on Monday for talks on shipping.",
            "Earlier the Emir had stopped at the palace for a courtesy call on President Ilse Dornbach.",
        ],
    );
    let s = extract(&[a]);
    assert_eq!(
        find(&s, "Omar Osgood", "Ilse Dornbach").len(),
        1,
        "{:#?}",
        s.facts
    );
    // Must not: the premier, who is no emir, made the call.
    assert!(
        find(&s, "Nuala Brennock", "Ilse Dornbach").is_empty(),
        "{:#?}",
        s.facts
    );
}

#[test]
fn a_place_after_coming_back_from_it_is_not_where_they_met() {
    let a = article(
        "return.txt",
        Some(date(1991, 4, 9)),
        &[
            "Former trade minister Kenji Arakawa made the proposal at a meeting with Prime Minister Taro Ushida soon after returning from a visit to Lisbon.",
            "Farm minister Ilse Brandvik met Prime Minister Taro Ushida in Osaka on Monday after returning from Madrid.",
            "On his return from Madrid, Arakawa met trade envoy Pia Lorentz in Kobe on Tuesday.",
        ],
    );
    let s = extract(&[a]);
    let place = |x: &str, y: &str| {
        let m = find(&s, x, y);
        assert_eq!(m.len(), 1, "{:#?}", s.facts);
        m[0].place.as_ref().map(|p| p.name.clone())
    };
    assert_eq!(place("Kenji Arakawa", "Taro Ushida"), None);
    assert_eq!(
        place("Ilse Brandvik", "Taro Ushida").as_deref(),
        Some("Osaka")
    );
    // Must not: the place of a meeting after the return told before it.
    assert_eq!(
        place("Kenji Arakawa", "Pia Lorentz").as_deref(),
        Some("Kobe")
    );
}

#[test]
fn a_name_in_a_relative_clause_after_the_one_met_is_no_participant() {
    let a = article(
        "relative.txt",
        Some(date(1992, 5, 14)),
        &[
            "Senate leaders held meetings with former trade minister Kenji Arakawa, who was in the capital preparing the visit of Prime Minister Taro Ushida.",
            "Senator Ruth Calder met Kenji Arakawa, who praised Prime Minister Taro Ushida, and Mika Sorensen.",
            "In talks with Mika Sorensen, who arrived on Monday, Taro Ushida urged restraint.",
        ],
    );
    let s = extract(&[a]);
    assert!(
        find(&s, "Kenji Arakawa", "Taro Ushida").is_empty(),
        "{:#?}",
        s.facts
    );
    assert!(
        find(&s, "Ruth Calder", "Taro Ushida").is_empty(),
        "{:#?}",
        s.facts
    );
    assert_eq!(
        find(&s, "Ruth Calder", "Kenji Arakawa").len(),
        1,
        "{:#?}",
        s.facts
    );
    // Must not: the subject after the relative clause is still the one who met.
    assert_eq!(
        find(&s, "Mika Sorensen", "Taro Ushida").len(),
        1,
        "{:#?}",
        s.facts
    );
}
