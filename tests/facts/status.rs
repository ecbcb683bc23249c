//! Short articles written for these tests (their own names, places and date styles) for
//! what a meeting is: its status (held, planned, proposed, postponed, called off,
//! uncertain), its channel (in person, phone, video, written), meetings an article only
//! recalls, counts ("their third meeting") and dates against a dateline.

use attache::testing::extract;
use attache::testing::{Channel, MeetingFact, Status};
use jiff::civil::date;

use crate::written::{article, find};

fn iso(f: &MeetingFact) -> Option<String> {
    f.date.and_then(|d| d.iso())
}

fn place(f: &MeetingFact) -> Option<&str> {
    f.place.as_ref().map(|p| p.name.as_str())
}

#[test]
fn a_postponed_summit_is_never_the_held_one() {
    let a = article(
        "riga.txt",
        Some(date(2026, 4, 10)),
        &[
            "RIGA, April 10 (Balticwire) - A summit between Latvian President Ilze Kalnina and Icelandic Prime Minister Bjarni Olafsson planned for next week in Riga has been postponed, both governments said on Friday.",
            "Kalnina and Olafsson spoke by telephone on Thursday and agreed to reschedule the meeting.",
            "The two leaders met in Reykjavik in May 2025 to sign a fisheries pact.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Bjarni Olafsson", "Ilze Kalnina");
    assert_eq!(m.len(), 3, "{:#?}", s.facts);
    let summit = m
        .iter()
        .find(|f| f.status == Status::Postponed)
        .expect("postponed summit");
    assert_eq!(place(summit), Some("Riga"));
    // "next week" from Friday 10 April 2026: 13-19 April; never the dateline's Friday.
    assert_eq!(iso(summit).as_deref(), Some("2026-04"));
    let call = m
        .iter()
        .find(|f| f.channel == Channel::Phone)
        .expect("call");
    assert_eq!(call.status, Status::Held);
    assert_eq!(iso(call).as_deref(), Some("2026-04-09"));
    assert!(call.place.is_none(), "a call has no place: {call:#?}");
    let past = m.iter().find(|f| f.recalled).expect("recalled meeting");
    assert_eq!(past.status, Status::Held);
    assert_eq!(iso(past).as_deref(), Some("2025-05"));
}

#[test]
fn called_off_refused_and_denied_meetings() {
    let a = article(
        "dakar.txt",
        Some(date(2022, 8, 3)),
        &[
            "Senegalese Foreign Minister Awa Ndiaye did not meet Moroccan Foreign Minister Karim Alaoui in Rabat last month as had been planned.",
            "Alaoui also declined to meet Mauritanian envoy Sidi Ould Baba.",
            "Ndiaye and Gambian President Lamin Jallow did not meet.",
            "Talks between Ndiaye and Malian Prime Minister Oumar Traore were called off on Tuesday.",
        ],
    );
    let s = extract(&[a]);
    let planned = find(&s, "Awa Ndiaye", "Karim Alaoui");
    assert_eq!(planned.len(), 1, "{:#?}", s.facts);
    assert_eq!(planned[0].status, Status::Cancelled);
    assert_eq!(place(planned[0]), Some("Rabat"));
    assert_eq!(iso(planned[0]).as_deref(), Some("2022-07"));
    let refused = find(&s, "Karim Alaoui", "Sidi Ould Baba");
    assert_eq!(refused.len(), 1, "{:#?}", s.facts);
    assert_eq!(refused[0].status, Status::Cancelled);
    assert!(find(&s, "Awa Ndiaye", "Lamin Jallow").is_empty());
    let off = find(&s, "Awa Ndiaye", "Oumar Traore");
    assert_eq!(off.len(), 1, "{:#?}", s.facts);
    assert_eq!(off[0].status, Status::Cancelled);
}

#[test]
fn planned_proposed_and_uncertain_meetings() {
    let a = article(
        "hanoi.txt",
        Some(date(2027, 1, 12)),
        &[
            "Vietnamese Prime Minister Tran Van Long is expected to hold talks with Thai Prime Minister Somchai Wongsa in Bangkok next month.",
            "Long also hopes to meet Cambodian Prime Minister Sok Vanna before the end of the year.",
            "Long may meet Lao President Khamla Sisouk on the sidelines, a diplomat said.",
            "Long reportedly met Chinese envoy Zhao Lei in Hanoi on Sunday.",
            "The foreign ministry on Monday sidestepped questions about a potential meeting between Long and Burmese leader Min Thant.",
        ],
    );
    let s = extract(&[a]);
    let want = [
        ("Somchai Wongsa", Status::Planned),
        ("Sok Vanna", Status::Proposed),
        ("Khamla Sisouk", Status::Uncertain),
        ("Zhao Lei", Status::Uncertain),
        ("Min Thant", Status::Uncertain),
    ];
    for (other, status) in want {
        let m = find(&s, "Tran Van Long", other);
        assert_eq!(m.len(), 1, "{other}: {:#?}", s.facts);
        assert_eq!(m[0].status, status, "{other}");
    }
    let thai = find(&s, "Tran Van Long", "Somchai Wongsa");
    assert_eq!(iso(thai[0]).as_deref(), Some("2027-02"));
    // Monday dates the ministry's answer, not the meeting.
    let burma = find(&s, "Min Thant", "Tran Van Long");
    assert!(burma[0].date.is_none(), "{:#?}", burma[0]);
    assert!(s.facts.iter().all(|f| f.status != Status::Held));
}

#[test]
fn channels_phone_video_and_written() {
    let a = article(
        "ottawa.txt",
        Some(date(2025, 5, 16)),
        &[
            "Canadian Prime Minister Claire Dubois held a videoconference with Japanese Prime Minister Hiro Tanaka on Thursday.",
            "Dubois also telephoned Mexican President Lucia Vargas, her office said.",
            "Opposition leader Mark Fraser wrote to Dubois on Monday urging a vote on the pact.",
            "The pact followed a video teleconference call with Korean President Lee Jin-ho in April.",
        ],
    );
    let s = extract(&[a]);
    let video = find(&s, "Claire Dubois", "Hiro Tanaka");
    assert_eq!(video.len(), 1, "{:#?}", s.facts);
    assert_eq!(video[0].channel, Channel::Video);
    assert_eq!(iso(video[0]).as_deref(), Some("2025-05-15"));
    let phone = find(&s, "Claire Dubois", "Lucia Vargas");
    assert_eq!(phone.len(), 1, "{:#?}", s.facts);
    assert_eq!(phone[0].channel, Channel::Phone);
    let letter = find(&s, "Claire Dubois", "Mark Fraser");
    assert_eq!(letter.len(), 1, "{:#?}", s.facts);
    assert_eq!(letter[0].channel, Channel::Written);
    assert!(s.facts.iter().all(|f| f.place.is_none()), "{:#?}", s.facts);
}

#[test]
fn a_dateline_dates_the_report_not_the_meeting() {
    let mut a = article(
        "busan.txt",
        None,
        &[
            "TAIPEI, Nov 2 (Islandwire) - Taiwanese Foreign Minister Lin Wei-ting and Palauan President Tommy Remengesau met on Sunday in Koror, the ministry said.",
        ],
    );
    a.url = Some("https://example.org/asia/2026/11/taiwan-palau".into());
    let s = extract(&[a]);
    let m = find(&s, "Lin Wei-ting", "Tommy Remengesau");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    // Monday 2 November 2026: the Sunday before.
    assert_eq!(iso(m[0]).as_deref(), Some("2026-11-01"));
    // Without a year anywhere, a dateline gives no year to a meeting.
    let b = article(
        "undated.txt",
        None,
        &[
            "SUVA, March 4 - Fijian Prime Minister Sitiveni Rabuka met Tongan Prime Minister Siaosi Sovaleni on Tuesday.",
        ],
    );
    let s = extract(&[b]);
    let m = find(&s, "Siaosi Sovaleni", "Sitiveni Rabuka");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    assert!(
        m[0].date
            .is_none_or(|d| d.year.is_none() && d.day.is_none())
    );
}

#[test]
fn recalled_meetings_keep_what_the_text_gives() {
    let a = article(
        "helsinki.txt",
        Some(date(2026, 3, 12)),
        &[
            "HELSINKI, March 12 - Finnish President Aino Virtanen hosted Estonian Prime Minister Kaja Tamm at the presidential palace on Wednesday, their first meeting since Tallinn in 2019.",
            "The last time Virtanen met Latvian President Edgars Ozols in Riga, they signed a grid pact.",
        ],
    );
    let b = article(
        "lima.txt",
        Some(date(2025, 9, 9)),
        &[
            "Moroccan Foreign Minister Nadia Idrissi met Peruvian Foreign Minister Jorge Salas in Lima on Monday.",
            "The meeting is the first between Idrissi and Salas since April, when a trade row broke out.",
        ],
    );
    let s = extract(&[a, b]);
    let m = find(&s, "Aino Virtanen", "Kaja Tamm");
    assert_eq!(m.len(), 2, "{:#?}", s.facts);
    let news = m.iter().find(|f| !f.recalled).expect("news meeting");
    assert_eq!(iso(news).as_deref(), Some("2026-03-11"));
    let past = m.iter().find(|f| f.recalled).expect("recalled meeting");
    assert_eq!(iso(past).as_deref(), Some("2019"));
    assert_eq!(place(past), Some("Tallinn"));
    assert!(!past.evidence.is_empty());
    let riga = find(&s, "Aino Virtanen", "Edgars Ozols");
    assert_eq!(riga.len(), 1, "{:#?}", s.facts);
    assert!(riga[0].recalled);
    assert_eq!(place(riga[0]), Some("Riga"));
    let m = find(&s, "Jorge Salas", "Nadia Idrissi");
    assert_eq!(m.len(), 2, "{:#?}", s.facts);
    let past = m.iter().find(|f| f.recalled).expect("recalled meeting");
    assert_eq!(iso(past).as_deref(), Some("2025-04"));
    assert!(
        m.iter()
            .any(|f| !f.recalled && iso(f).as_deref() == Some("2025-09-08"))
    );
}

#[test]
fn first_met_and_met_again_are_two_recalled_meetings_and_the_news_has_its_rank() {
    let a = article(
        "santiago.txt",
        Some(date(2024, 10, 16)),
        &[
            "Chilean President Rosa Fuentes received Uruguayan President Mateo Silva in Santiago on Tuesday, the third meeting between the two presidents this year.",
            "The two presidents first met in January at the Mercosur summit in Asuncion, and met again in May in Montevideo.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Mateo Silva", "Rosa Fuentes");
    assert_eq!(m.len(), 3, "{:#?}", s.facts);
    let news = m.iter().find(|f| !f.recalled).expect("news meeting");
    assert_eq!(iso(news).as_deref(), Some("2024-10-15"));
    let count = news.count.as_ref().expect("count");
    assert_eq!(count.n, 3);
    assert!(count.text.contains("this year"), "{count:?}");
    let jan = m
        .iter()
        .find(|f| iso(f).as_deref() == Some("2024-01"))
        .expect("January");
    assert!(jan.recalled);
    assert_eq!(place(jan), Some("Asunción"));
    assert!(
        jan.occasion
            .as_deref()
            .is_some_and(|o| o.contains("Mercosur"))
    );
    let may = m
        .iter()
        .find(|f| iso(f).as_deref() == Some("2024-05"))
        .expect("May");
    assert!(may.recalled);
    assert_eq!(place(may), Some("Montevideo"));
}

#[test]
fn the_second_time_after_meeting_a_year_ago() {
    let a = article(
        "nukualofa.txt",
        Some(date(2025, 6, 4)),
        &[
            "Fijian Prime Minister Sitiveni Rabuka met Samoan Prime Minister Tuilaepa Malielegaoi in Apia on Tuesday.",
            "This is the second time Rabuka has formally met with Malielegaoi, after meeting on the sidelines of the Pacific Islands Forum in Suva a year ago.",
            "It was their first meeting in more than a year, officials said.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Sitiveni Rabuka", "Tuilaepa Malielegaoi");
    assert_eq!(m.len(), 2, "{:#?}", s.facts);
    let news = m.iter().find(|f| !f.recalled).expect("news meeting");
    assert_eq!(news.count.as_ref().map(|c| c.n), Some(2));
    let past = m.iter().find(|f| f.recalled).expect("recalled meeting");
    assert_eq!(iso(past).as_deref(), Some("2024"));
    assert_eq!(place(past), Some("Suva"));
}

#[test]
fn relative_dates_resolve_against_the_report() {
    // Wednesday 1 May 2024.
    let a = article(
        "madrid.txt",
        Some(date(2024, 5, 1)),
        &[
            "Spanish President Ana Ruiz recently spoke by telephone with German Chancellor Otto Lind, her office said.",
            "Ruiz will hold talks with Japanese Prime Minister Kenji Sato in Madrid this week.",
            "Ruiz said she would meet Danish Prime Minister Mia Holm on Monday.",
            "A year ago, Ruiz met Norwegian Prime Minister Jonas Berg in Oslo.",
        ],
    );
    let s = extract(&[a]);
    let one = |a: &str, b: &str| {
        let m = find(&s, a, b);
        assert_eq!(m.len(), 1, "{a}, {b}: {:#?}", s.facts);
        m[0]
    };
    let call = one("Ana Ruiz", "Otto Lind");
    assert_eq!(call.channel, Channel::Phone);
    assert_eq!(iso(call).as_deref(), Some("2024"));
    // "this week" of a plan: 29 April to 5 May, two months, so the year.
    let plan = one("Ana Ruiz", "Kenji Sato");
    assert_eq!(plan.status, Status::Planned);
    assert_eq!(iso(plan).as_deref(), Some("2024"));
    // "would meet on Monday": the Monday after the report.
    let holm = one("Ana Ruiz", "Mia Holm");
    assert_eq!(holm.status, Status::Planned);
    assert_eq!(iso(holm).as_deref(), Some("2024-05-06"));
    let past = one("Ana Ruiz", "Jonas Berg");
    assert!(past.recalled);
    assert_eq!(iso(past).as_deref(), Some("2023"));
}

#[test]
fn a_date_before_held_talks_is_theirs() {
    // Thursday 6 March 2025.
    let a = article(
        "bamako.txt",
        Some(date(2025, 3, 6)),
        &[
            "Malian Foreign Minister Awa Keita on Wednesday engaged in talks with Nigerien Foreign Minister Issa Maiga in Bamako.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Awa Keita", "Issa Maiga");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    assert_eq!(m[0].status, Status::Held);
    assert_eq!(iso(m[0]).as_deref(), Some("2025-03-05"));
}

/// A planned meeting's bare weekday is the next one after the article, even when the
/// future marker stands far from it; a held meeting's is the last one.
#[test]
fn a_plans_bare_weekday_looks_ahead() {
    let sunday = date(2025, 3, 2);
    let one = |text: &str| {
        let s = extract(&[article("w.txt", Some(sunday), &[text])]);
        let f = find(&s, "Ana Duarte", "Joseph Mwangi");
        assert_eq!(f.len(), 1, "{text}");
        (iso(f[0]), f[0].status)
    };
    let far = "Prime Minister Ana Duarte is expected to hold bilateral meetings with Kenyan President Joseph Mwangi and other leaders on the sidelines of the regional summit in Lisbon on Monday.";
    assert_eq!(one(far), (Some("2025-03-03".into()), Status::Planned));
    let due = "Prime Minister Ana Duarte is scheduled to hold talks with Kenyan President Joseph Mwangi during her visit to the forum in Lisbon on Wednesday.";
    assert_eq!(one(due).0, Some("2025-03-05".into()));
    let held = "Prime Minister Ana Duarte met Kenyan President Joseph Mwangi in Lisbon on Monday.";
    assert_eq!(one(held), (Some("2025-02-24".into()), Status::Held));
}

/// "met X and Y at the summit", "on the sidelines of the summit": the noun only sets the
/// verb's meeting, so every object shares its date and place; a summit between others
/// after another preposition is a meeting of its own.
#[test]
fn a_meeting_noun_after_at_sets_the_verbs_meeting() {
    let sunday = date(2025, 3, 2);
    for text in [
        "Prime Minister Ana Duarte met Joseph Mwangi and Park Min Ho at the summit in Lisbon on Monday.",
        "Prime Minister Ana Duarte met Kenyan President Joseph Mwangi and South Korean President Park Min Ho on the sidelines of the annual summit in Lisbon on Monday.",
    ] {
        let s = extract(&[article("s.txt", Some(sunday), &[text])]);
        for other in ["Joseph Mwangi", "Park Min Ho"] {
            let f = find(&s, "Ana Duarte", other);
            assert_eq!(f.len(), 1, "{text}");
            assert_eq!(iso(f[0]).as_deref(), Some("2025-02-24"), "{other}: {text}");
            assert_eq!(f[0].place.as_ref().map(|p| p.name.as_str()), Some("Lisbon"));
        }
    }
    let own = "Ana Duarte met Joseph Mwangi in Lisbon on Monday, days after the summit between Park Min Ho and Rosa Vega in Oslo.";
    let s = extract(&[article("o.txt", Some(sunday), &[own])]);
    assert_eq!(
        find(&s, "Park Min Ho", "Rosa Vega").len(),
        1,
        "{:?}",
        s.facts
    );
}

/// "The leaders first met in February ...": "the" and a plural office noun opening a
/// sentence, then a verb, are the people of the meeting in focus; "the leaders of the G7"
/// are not.
#[test]
fn the_leaders_are_the_meetings_people() {
    let published = Some(date(2024, 11, 20));
    let news = "President Tomas Berg hosted Chilean President Ana Ruiz in Oslo on Monday.";
    let told = |second: &str| {
        extract(&[article("l.txt", published, &[news, second])])
            .facts
            .iter()
            .filter_map(|f| f.place.as_ref().map(|p| p.name.clone()))
            .collect::<Vec<_>>()
    };
    assert!(told("The leaders first met in March in Lima.").contains(&"Lima".to_string()));
    assert!(told("The presidents held talks in Quito in June.").contains(&"Quito".to_string()));
    assert!(!told("The leaders of the G7 met in Rome in May.").contains(&"Rome".to_string()));
}

#[test]
fn a_plan_or_hope_written_with_a_month_alone_lies_ahead_of_the_report() {
    let a = article(
        "lima.txt",
        Some(date(2027, 3, 10)),
        &[
            "Peruvian Premier Rosa Quispe hopes to meet Chilean President Tomas Vidal in late April to prepare for a regional summit.",
            "Quispe will also make a four-day visit to Brazil from May 6 and hold talks in Brasilia with President Joana Lins.",
            "Quispe last met Vidal in November in Arica.",
        ],
    );
    let s = extract(&[a]);
    let vidal = find(&s, "Rosa Quispe", "Tomas Vidal");
    let hope = vidal
        .iter()
        .find(|f| f.status == Status::Proposed)
        .expect("the hoped-for meeting");
    assert_eq!(iso(hope).as_deref(), Some("2027-04"));
    let last = vidal
        .iter()
        .find(|f| f.status == Status::Held)
        .expect("the meeting in November");
    assert_eq!(iso(last).as_deref(), Some("2026-11"));
    let lins = find(&s, "Joana Lins", "Rosa Quispe");
    assert!(
        !lins.is_empty() && lins.iter().all(|f| f.status == Status::Planned),
        "{lins:#?}"
    );
}

#[test]
fn the_lead_dates_the_undated_news_call_of_the_people_it_names() {
    let a = article(
        "call.txt",
        Some(date(2025, 11, 18)),
        &[
            // A headline and a wire's byline come before the lead.
            "Foreign ministers hold phone talks on security",
            "PACIFIC WIRE - Nov 18, 2025 - 09:30 | World, Asia",
            "TOKYO - Foreign Minister Ana Kone and Foreign Secretary Tomas Berg agreed Monday to step up security cooperation.",
            "It was the first phone conversation between Kone and Berg.",
            "The two last met in person in Manila in July.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Ana Kone", "Tomas Berg");
    let call = m
        .iter()
        .find(|f| f.channel == Channel::Phone)
        .expect("the call");
    assert_eq!(iso(call).as_deref(), Some("2025-11-17"));
    // Must not: the meeting the article recalls keeps its own date.
    let past = m.iter().find(|f| f.recalled).expect("the recalled meeting");
    assert_eq!(iso(past).as_deref(), Some("2025-07"));
}

#[test]
fn a_lead_naming_the_countries_of_office_holders_dates_their_news_meeting() {
    let a = article(
        "border.txt",
        Some(date(2025, 10, 15)),
        &[
            "QUITO, Oct 15 (Reuters) - The foreign ministers of Ecuador and Colombia agreed on Tuesday to reopen two border crossings after talks in a frontier town.",
            "Ecuadorean Foreign Minister Lucia Andrade and her Colombian counterpart Mateo Rincon met for three hours in Tulcan.",
            "It was the second meeting between the two ministers this year.",
            "Andrade met Chilean Foreign Minister Pablo Soto in Santiago.",
        ],
    );
    let s = extract(&[a]);
    let news = find(&s, "Lucia Andrade", "Mateo Rincon");
    assert_eq!(news.len(), 1, "{:#?}", s.facts);
    assert_eq!(iso(news[0]).as_deref(), Some("2025-10-14"));
    // Must not: a meeting with someone of another country.
    let soto = find(&s, "Lucia Andrade", "Pablo Soto");
    assert!(soto.iter().all(|f| f.date.is_none()), "{soto:#?}");
    // Must not: countries without office holders ("Ecuador and Colombia agreed").
    let b = article(
        "border2.txt",
        Some(date(2025, 10, 15)),
        &[
            "QUITO, Oct 15 - Ecuador and Colombia agreed on Tuesday to reopen two border crossings.",
            "Ecuadorean Foreign Minister Lucia Andrade and her Colombian counterpart Mateo Rincon met for three hours in Tulcan.",
        ],
    );
    let s = extract(&[b]);
    let news = find(&s, "Lucia Andrade", "Mateo Rincon");
    assert!(news.iter().all(|f| f.date.is_none()), "{news:#?}");
}

#[test]
fn a_held_meeting_is_never_dated_after_its_report() {
    let a = article(
        "envoy.txt",
        Some(date(1999, 4, 24)),
        &[
            "OTTAWA, April 24 - Special envoy Rene Lachance held talks with Senator Maria Costa, paving the way for the April 29 visit of Prime Minister Paul Girard.",
            "Lachance met Costa again on Thursday.",
            "Girard will meet Costa on April 30.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Maria Costa", "Rene Lachance");
    assert!(
        m.iter().all(|f| iso(f).as_deref() != Some("1999-04-29")),
        "{m:#?}"
    );
    // Must still: a held meeting before the report, and a planned one after it.
    assert!(
        m.iter().any(|f| iso(f).as_deref() == Some("1999-04-22")),
        "{m:#?}"
    );
    let planned = find(&s, "Maria Costa", "Paul Girard");
    assert!(
        planned
            .iter()
            .any(|f| iso(f).as_deref() == Some("1999-04-30")),
        "{planned:#?}"
    );
}

#[test]
fn a_second_meeting_after_talks_elsewhere_recalls_those_talks() {
    let a = article(
        "second.txt",
        Some(date(2025, 10, 15)),
        &[
            "QUITO, Oct 15 - The ministers agreed on new border patrols after talks in Tulcan.",
            "Foreign Minister Lucia Andrade and Foreign Minister Mateo Rincon met in Tulcan on Tuesday.",
            "It was the second meeting between the two ministers this year, after talks in Lisbon in April.",
        ],
    );
    let s = extract(&[a]);
    let m = find(&s, "Lucia Andrade", "Mateo Rincon");
    let past = m.iter().find(|f| f.recalled).expect("the talks in Lisbon");
    assert_eq!(past.place.as_ref().map(|p| p.name.as_str()), Some("Lisbon"));
    assert_eq!(iso(past).as_deref(), Some("2025-04"));
    // Must not: without a rank, "after talks in" tells the news meeting; nor after a vote.
    let b = article(
        "vote.txt",
        Some(date(2025, 10, 15)),
        &[
            "Foreign Minister Lucia Andrade and Foreign Minister Mateo Rincon met in Quito on Tuesday, after talks in Lisbon in April.",
            "It was their second meeting, after a vote in Madrid in May.",
        ],
    );
    let s = extract(&[b]);
    let m = find(&s, "Lucia Andrade", "Mateo Rincon");
    assert!(m.iter().all(|f| !f.recalled), "{m:#?}");
}

#[test]
fn a_wire_dateline_kept_apart_from_the_text_places_its_news() {
    let mut a = article(
        "wire.txt",
        Some(date(1988, 5, 10)),
        &["Prime Minister Ana Kone held talks with visiting President Tomas Berg today."],
    );
    a.meta.insert("dateline".into(), "LISBON, May 10 -".into());
    let s = extract(&[a]);
    let m = find(&s, "Ana Kone", "Tomas Berg");
    assert_eq!(m.len(), 1, "{:#?}", s.facts);
    assert_eq!(m[0].place.as_ref().map(|p| p.name.as_str()), Some("Lisbon"));
}

#[test]
fn another_round_of_talks_ahead_is_another_meeting() {
    // Must handle: "a second round ... is set for tomorrow" and "further talks are
    // scheduled for Friday" after a held, undated meeting: a planned meeting of their own,
    // and the held one keeps the dateline's day.
    for (n, next) in [
        (1, "A second round of talks is set for tomorrow."),
        (2, "Further talks are scheduled for Friday."),
    ] {
        let a = article(
            "round.txt",
            Some(date(2025, 5, 14)),
            &[
                "BRUSSELS, May 14 - Deputy Trade Minister Kim Sung Min met EU trade official Sabine Weyand in an effort to avert new duties on steel.",
                next,
            ],
        );
        let s = extract(&[a]);
        let m = find(&s, "Kim Sung Min", "Sabine Weyand");
        let held: Vec<_> = m.iter().filter(|f| f.status == Status::Held).collect();
        assert_eq!(held.len(), 1, "{n}: {m:#?}");
        assert_ne!(iso(held[0]).as_deref(), Some("2025-05-15"), "{n}: {m:#?}");
        assert_ne!(iso(held[0]).as_deref(), Some("2025-05-16"), "{n}: {m:#?}");
        let next = m.iter().find(|f| f.status == Status::Planned);
        assert!(next.is_some(), "{n}: {m:#?}");
    }
    // Must not: "the talks took place on Tuesday" dates the meeting in focus.
    let b = article(
        "told.txt",
        Some(date(2025, 5, 14)),
        &[
            "Deputy Trade Minister Kim Sung Min met EU trade official Sabine Weyand in Brussels.",
            "The talks took place on Tuesday.",
        ],
    );
    let s = extract(&[b]);
    let m = find(&s, "Kim Sung Min", "Sabine Weyand");
    assert_eq!(m.len(), 1, "{m:#?}");
    assert_eq!(iso(m[0]).as_deref(), Some("2025-05-13"));
}
