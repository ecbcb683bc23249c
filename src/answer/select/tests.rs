use super::*;
use crate::answer::parse::parse;
use crate::model::FuzzyDate;
use crate::testing::StoreBuilder;

fn store() -> FactStore {
    StoreBuilder::new()
        .person("Ada Brandt")
        .role("Foreign Minister")
        .country("Germany")
        .person("Kofi Mensah")
        .role("Foreign Minister")
        .country("Ghana")
        .person("Yaw Boateng")
        .role("Foreign Minister")
        .country("Ghana")
        .meeting(&["ada brandt", "kofi mensah"])
        .date(FuzzyDate::month(2021, 6))
        .place("Accra")
        .evidence("a", 1, "")
        .meeting(&["ada brandt", "kofi mensah"])
        .date(FuzzyDate::year(2019))
        .place("Berlin")
        .evidence("a", 5, "")
        .recalled()
        .meeting(&["ada brandt", "kofi mensah"])
        .date(FuzzyDate::month(2026, 1))
        .status(Status::Planned)
        .place("Kumasi")
        .evidence("b", 1, "")
        .meeting(&["ada brandt", "yaw boateng"])
        .date(FuzzyDate::year(2015))
        .place("Tamale")
        .evidence("c", 1, "")
        .meeting(&["kofi mensah", "yaw boateng"])
        .place("Cape Coast")
        .evidence("d", 1, "")
        .meeting(&["kofi mensah", "yaw boateng"])
        .place("Ho")
        .evidence("d", 4, "")
        .recalled()
        .build()
}

fn ids(s: &Selection) -> Vec<usize> {
    s.facts.iter().map(|f| f.id).collect()
}

fn choose<'a>(s: &'a FactStore, q: &Question, r: &Resolved) -> Selection<'a> {
    select(s, &Lexicon::new(s), q, r)
}

fn ask(s: &FactStore, question: &str, anchor: Option<usize>) -> Vec<usize> {
    let q = parse(question, &Lexicon::new(s));
    let r = Resolved {
        people: q.people.clone(),
        anchor,
        ..Default::default()
    };
    ids(&choose(s, &q, &r))
}

#[test]
fn last_is_latest_held_never_planned() {
    let s = store();
    assert_eq!(
        ask(&s, "When did Ada Brandt and Kofi Mensah last meet?", None),
        vec![0]
    );
    assert_eq!(
        ask(&s, "When did Ada Brandt and Kofi Mensah first meet?", None),
        vec![1]
    );
}

#[test]
fn whom_someone_was_expected_to_meet_is_no_meeting_held() {
    let s = store();
    // Must handle: a plan asked where only held meetings are known (Boateng's).
    assert!(ask(&s, "Who was Yaw Boateng expected to meet in Tamale?", None).is_empty());
    assert!(ask(&s, "Who is Yaw Boateng due to meet?", None).is_empty());
    // Must not: a plan known answers; a meeting held asked of the past answers.
    assert_eq!(ask(&s, "Who is Ada Brandt expected to meet?", None), [2]);
    assert_eq!(ask(&s, "Who did Yaw Boateng meet in Tamale?", None), [3]);
    assert_eq!(
        ask(
            &s,
            "Who did Yaw Boateng meet in Tamale to plan the bid?",
            None
        ),
        [3]
    );
}

#[test]
fn planned_only_is_flagged() {
    let s = store();
    let q = parse(
        "Did Ada Brandt meet Kofi Mensah in Kumasi?",
        &Lexicon::new(&s),
    );
    let r = Resolved {
        people: q.people.clone(),
        ..Default::default()
    };
    assert!(choose(&s, &q, &r).planned_only);
}

#[test]
fn before_that_is_strictly_earlier() {
    let s = store();
    assert_eq!(
        ask(&s, "And before that?", Some(0)).len(),
        0,
        "no people named, none resolved"
    );
    let q = parse(
        "Where did Ada Brandt meet a Ghanaian minister before that?",
        &Lexicon::new(&s),
    );
    assert!(q.previous);
    let r = Resolved {
        people: vec!["ada brandt".into()],
        anchor: Some(0),
        ..Default::default()
    };
    assert_eq!(ids(&choose(&s, &q, &r)), vec![1]);
    let r = Resolved {
        people: vec!["ada brandt".into()],
        anchor: Some(1),
        ..Default::default()
    };
    assert_eq!(ids(&choose(&s, &q, &r)), vec![3]);
}

#[test]
fn nothing_earlier_offers_a_counterpart_of_the_same_kind() {
    let s = store();
    let q = parse("And before that?", &Lexicon::new(&s));
    let r = Resolved {
        people: vec!["ada brandt".into(), "kofi mensah".into()],
        anchor: Some(1),
        ..Default::default()
    };
    let sel = choose(&s, &q, &r);
    assert!(sel.facts.is_empty() && sel.nothing_earlier);
    assert_eq!(sel.similar.map(|f| f.id), Some(3));
}

#[test]
fn undated_ordered_by_recall() {
    let s = store();
    assert_eq!(
        ask(&s, "When did Kofi Mensah and Yaw Boateng last meet?", None),
        vec![4]
    );
    assert_eq!(
        ask(&s, "When did Kofi Mensah and Yaw Boateng first meet?", None),
        vec![5]
    );
}

#[test]
fn places_and_dates_filter() {
    let s = store();
    assert_eq!(ask(&s, "Who did Ada Brandt meet in Tamale?", None), vec![3]);
    assert_eq!(ask(&s, "Who did Ada Brandt meet?", None), vec![3, 1, 0]);
    assert_eq!(
        ask(
            &s,
            "Where did Ada Brandt and Kofi Mensah meet in 2019?",
            None
        ),
        vec![1]
    );
    assert!(
        ask(
            &s,
            "Where did Ada Brandt and Kofi Mensah meet in 2020?",
            None
        )
        .is_empty()
    );
}

/// "Before the 2023 Lisbon talks, when had they last met?": the anchor is the meeting held
/// in Lisbon that year, not a later one whose article mentions Lisbon.
#[test]
fn a_named_anchor_is_the_meeting_there_that_year() {
    let s = StoreBuilder::new()
        .person("Ada Brandt")
        .person("Kofi Mensah")
        .meeting(&["ada brandt", "kofi mensah"])
        .date(FuzzyDate::month(2022, 5))
        .place("Accra")
        .evidence("a", 1, "Brandt met Mensah in Accra.")
        .meeting(&["ada brandt", "kofi mensah"])
        .date(FuzzyDate::month(2023, 3))
        .place("Lisbon")
        .evidence("b", 1, "Brandt and Mensah held talks in Lisbon.")
        .meeting(&["ada brandt", "kofi mensah"])
        .date(FuzzyDate::month(2024, 9))
        .place("Rome")
        .evidence(
            "c",
            1,
            "Brandt met Mensah in Rome, their first since the Lisbon talks.",
        )
        .build();
    let before = |q: &str| ask(&s, q, None);
    assert_eq!(
        before("Before the 2023 Lisbon talks, when had Brandt and Mensah last met?"),
        vec![0]
    );
    assert_eq!(
        before("Before the Lisbon talks, when had Brandt and Mensah last met?"),
        vec![0]
    );
    // Named by the place of the later meeting, the anchor is that one.
    assert_eq!(
        before("Before the Rome talks, when had Brandt and Mensah last met?"),
        vec![1]
    );
}

/// "Where did they meet after that?": the earliest held meeting after the anchor, never a
/// planned one; with none, nothing later is said.
#[test]
fn after_that_is_the_next_held_meeting() {
    let s = store();
    let q = parse(
        "Where did Ada Brandt meet Kofi Mensah after that?",
        &Lexicon::new(&s),
    );
    assert!(q.following && !q.previous);
    let r = |anchor| Resolved {
        people: q.people.clone(),
        anchor: Some(anchor),
        ..Default::default()
    };
    // Berlin 2019 (1) -> Accra June 2021 (0).
    let sel = choose(&s, &q, &r(1));
    assert_eq!(ids(&sel), vec![0]);
    assert!(sel.later);
    // After Accra only a planned meeting: nothing later.
    let sel = choose(&s, &q, &r(0));
    assert!(sel.facts.is_empty() && sel.nothing_earlier && sel.later);
    // "after 2019" is a date, not the next meeting.
    let q = parse(
        "Did Ada Brandt meet Kofi Mensah after 2019?",
        &Lexicon::new(&s),
    );
    assert!(!q.following);
}

#[test]
fn a_place_only_a_planned_meeting_is_held_at_answers_with_the_plan() {
    let s = StoreBuilder::new()
        .person("Ada Brandt")
        .person("Kofi Mensah")
        .meeting(&["ada brandt", "kofi mensah"])
        .date(FuzzyDate::month(2025, 2))
        .place("Accra")
        .evidence(
            "a",
            1,
            "The next round in Kumasi would be their first there.",
        )
        .meeting(&["ada brandt", "kofi mensah"])
        .date(FuzzyDate::month(2025, 11))
        .status(Status::Planned)
        .place("Kumasi")
        .evidence(
            "a",
            2,
            "Brandt will travel to Kumasi for talks with Mensah.",
        )
        .build();
    let q = parse(
        "Has Ada Brandt met Kofi Mensah in Kumasi?",
        &Lexicon::new(&s),
    );
    let r = Resolved {
        people: q.people.clone(),
        ..Default::default()
    };
    let sel = choose(&s, &q, &r);
    assert!(sel.planned_only, "{:?}", ids(&sel));
    assert_eq!(ids(&sel), [1]);
    // Must still: a held meeting in the asked place answers.
    assert_eq!(
        ask(&s, "Did Ada Brandt meet Kofi Mensah in Accra?", None),
        [0]
    );
}

#[test]
fn the_meeting_named_by_since_is_one_held_there() {
    let s = StoreBuilder::new()
        .person("Ada Brandt")
        .person("Kofi Mensah")
        .meeting(&["ada brandt", "kofi mensah"])
        .date(FuzzyDate::month(2026, 1))
        .place("Accra")
        .evidence("a", 1, "")
        .recalled()
        .meeting(&["ada brandt", "kofi mensah"])
        .date(FuzzyDate::month(2026, 3))
        .place("Kumasi")
        .evidence("a", 2, "")
        .meeting(&["ada brandt", "kofi mensah"])
        .date(FuzzyDate::month(2026, 4))
        .status(Status::Planned)
        .place("Accra")
        .evidence("a", 3, "")
        .build();
    assert_eq!(
        ask(
            &s,
            "Have Ada Brandt and Kofi Mensah met since their talks in Accra?",
            None
        ),
        [1]
    );
}

#[test]
fn an_occasion_named_by_its_acronym_in_any_case_fits() {
    let s = StoreBuilder::new()
        .person("Halima Mwakyusa")
        .person("Peter Chirwa")
        .meeting(&["halima mwakyusa", "peter chirwa"])
        .place_in("Antananarivo", "Madagascar")
        .occasion("Southern African Development Community (SADC) Summit")
        .evidence("a", 1, "")
        .build();
    for question in [
        "Who did Halima Mwakyusa hold talks with at the SADC summit?",
        "Who did halima mwakyusa meet at the sadc summit?",
    ] {
        assert_eq!(ask(&s, question, None), [0], "{question}");
    }
}

#[test]
fn a_person_left_out_leaves_out_the_meetings_only_with_them() {
    let s = StoreBuilder::new()
        .person("Halima Mwakyusa")
        .person("Armando Cossa")
        .person("Peter Chirwa")
        .meeting(&["armando cossa", "halima mwakyusa"])
        .place("Antananarivo")
        .evidence("a", 1, "")
        .meeting(&["halima mwakyusa", "peter chirwa"])
        .place("Antananarivo")
        .evidence("a", 2, "")
        .build();
    let q = "Besides Armando Cossa, who did Halima Mwakyusa meet in Antananarivo?";
    assert_eq!(ask(&s, q, None), [1]);
    let q = "Apart from Armando Cossa, which president did Halima Mwakyusa meet in Antananarivo?";
    assert_eq!(ask(&s, q, None), [1]);
    // Must still: without "besides", both.
    let q = "Who did Halima Mwakyusa meet in Antananarivo?";
    assert_eq!(ask(&s, q, None).len(), 2);
}

#[test]
fn a_meeting_held_in_another_city_is_not_the_one_asked_about() {
    let s = StoreBuilder::new()
        .person("Ada Brandt")
        .person("Kofi Mensah")
        .meeting(&["ada brandt", "kofi mensah"])
        .date(FuzzyDate::month(2025, 8))
        .place("Accra")
        .evidence("a", 1, "The next round was due in Kumasi.")
        .build();
    assert!(
        ask(
            &s,
            "When was the Kumasi meeting of Ada Brandt and Kofi Mensah?",
            None
        )
        .is_empty()
    );
    // Must still: the meeting's own city.
    assert_eq!(
        ask(
            &s,
            "When was the Accra meeting of Ada Brandt and Kofi Mensah?",
            None
        ),
        [0]
    );
}

#[test]
fn a_country_named_as_a_topic_does_not_place_the_meeting() {
    let s = StoreBuilder::new()
        .person("Ada Brandt")
        .person("Kofi Mensah")
        .meeting(&["ada brandt", "kofi mensah"])
        .place_in("Accra", "Ghana")
        .evidence("a", 1, "They talked about Turkey.")
        .build();
    assert_eq!(
        ask(&s, "Who did Ada Brandt meet to talk about Turkey?", None),
        [0]
    );
}

#[test]
fn a_meeting_of_three_told_as_pairs_by_one_sentence_stands_for_their_meeting() {
    let told = "Okafor met with Lind and Varga in Accra.";
    let s = StoreBuilder::new()
        .person("Mira Okafor")
        .person("Jonas Lind")
        .person("Ana Varga")
        .person("Pavel Dusek")
        .meeting(&["mira okafor", "jonas lind"])
        .place("Accra")
        .evidence("a", 2, told)
        .meeting(&["mira okafor", "ana varga"])
        .place("Accra")
        .evidence("a", 2, told)
        .meeting(&["mira okafor", "pavel dusek"])
        .place("Lima")
        .evidence("b", 1, "Okafor met Dusek in Lima.")
        .build();
    assert_eq!(
        ask(&s, "Where did Okafor meet Lind and Varga?", None).len(),
        1
    );
    // Must not: a third person met in another report.
    assert!(ask(&s, "Where did Okafor meet Lind and Dusek?", None).is_empty());
}

#[test]
fn a_person_met_beside_the_one_asked_about_did_not_meet_them() {
    let s = StoreBuilder::new()
        .person("Ilse Marr")
        .person("Tomas Dahl")
        .person("Rut Lind")
        .meeting(&["ilse marr", "tomas dahl"])
        .place("Oslo")
        .evidence(
            "a",
            1,
            "Ilse Marr met Premier Tomas Dahl, Finance Minister Ana Kors and central bank governor Piet Vos.",
        )
        .meeting(&["rut lind", "tomas dahl"])
        .place("Bergen")
        .evidence("b", 1, "Tomas Dahl met Rut Lind and trade envoy Piet Vos.")
        .build();
    // Must not: Vos and Dahl were both met by Marr, not each other.
    assert_eq!(
        ask(&s, "Where did Tomas Dahl meet Piet Vos in Oslo?", None),
        Vec::<usize>::new()
    );
    // Must handle: Marr met Vos; Dahl met Vos, told by the sentence where he is the one meeting.
    assert_eq!(ask(&s, "Where did Ilse Marr meet Piet Vos?", None), vec![0]);
    assert_eq!(
        ask(&s, "Where did Tomas Dahl meet Piet Vos?", None),
        vec![1]
    );
}

#[test]
fn someone_of_no_known_country_met_in_the_asked_country_is_of_it() {
    let s = StoreBuilder::new()
        .person("Jean Paye")
        .role("Secretary General")
        .country("France")
        .person("Taro Kura")
        .role("Foreign Minister")
        .person("Lena Vik")
        .role("Foreign Minister")
        .meeting(&["jean paye", "taro kura"])
        .place_in("Tokyo", "Japan")
        .evidence("a", 1, "")
        .meeting(&["jean paye", "lena vik"])
        .place_in("Oslo", "Norway")
        .evidence("b", 1, "")
        .build();
    let lex = Lexicon::new(&s);
    let q = parse("Which Japanese ministers did Paye see?", &lex);
    let asked = vec!["jean paye".to_string()];
    let fits = |i: usize| counterpart_fits(&lex, &s.facts[i], &q.counterparts[0], &asked);
    assert!(fits(0), "{:?}", q.counterparts);
    // Met in Norway, Vik is not taken to be Japanese.
    assert!(!fits(1));
}

#[test]
fn an_undated_meeting_reported_before_the_first_dated_one_came_first() {
    let day = |m, d| jiff::civil::Date::new(1999, m, d).unwrap();
    let pair = |reported: jiff::civil::Date, status: Status| {
        StoreBuilder::new()
            .person("Ada Brandt")
            .person("Kofi Mensah")
            .meeting(&["ada brandt", "kofi mensah"])
            .date(FuzzyDate::day(day(4, 20)))
            .evidence("b", 1, "")
            .meeting(&["ada brandt", "kofi mensah"])
            .status(status)
            .reported(reported)
            .evidence("a", 1, "")
            .build()
    };
    let first = "When did Ada Brandt and Kofi Mensah first meet?";
    // Reported on April 17, held: it came before the talks of April 20.
    assert_eq!(ask(&pair(day(4, 17), Status::Held), first, None), vec![1]);
    // Must not: reported after the dated meeting's day, or only planned.
    assert_eq!(ask(&pair(day(4, 22), Status::Held), first, None), vec![0]);
    assert_eq!(
        ask(&pair(day(4, 17), Status::Planned), first, None),
        vec![0]
    );
}

#[test]
fn an_undated_meeting_told_as_news_is_in_its_reports_month() {
    let day = |m, d| jiff::civil::Date::new(1999, m, d).unwrap();
    let store = |reported: jiff::civil::Date, recalled: bool| {
        let b = StoreBuilder::new()
            .person("Ada Brandt")
            .person("Kofi Mensah")
            .meeting(&["ada brandt", "kofi mensah"])
            .reported(reported)
            .evidence("a", 1, "");
        if recalled {
            b.recalled().build()
        } else {
            b.build()
        }
    };
    let june = "Did Ada Brandt meet Kofi Mensah in June 1999?";
    // Told as news on 29 June: held in June.
    assert_eq!(ask(&store(day(6, 29), false), june, None), vec![0]);
    assert_eq!(
        ask(
            &store(day(6, 29), false),
            "Did Ada Brandt meet Kofi Mensah in 1999?",
            None
        ),
        vec![0]
    );
    // Must not: a report of 3 June may tell talks of May; a recalled meeting; a day asked.
    assert!(ask(&store(day(6, 3), false), june, None).is_empty());
    assert!(ask(&store(day(6, 29), true), june, None).is_empty());
    let on_day = "Did Ada Brandt meet Kofi Mensah on 28 June 1999?";
    assert!(ask(&store(day(6, 29), false), on_day, None).is_empty());
}

#[test]
fn an_undated_meeting_reported_by_a_bound_was_held_by_then() {
    let day = |m, d| jiff::civil::Date::new(1999, m, d).unwrap();
    let store = |reported: jiff::civil::Date| {
        StoreBuilder::new()
            .person("Ada Brandt")
            .person("Kofi Mensah")
            .meeting(&["ada brandt", "kofi mensah"])
            .reported(reported)
            .evidence("a", 1, "")
            .build()
    };
    // Must handle: a report of the day given as now, and one of an earlier year.
    let now = "Has Ada Brandt met Kofi Mensah lately? This is around 19 October 1999.";
    assert_eq!(ask(&store(day(10, 19)), now, None), vec![0]);
    let earlier = "Did Ada Brandt meet Kofi Mensah before 2000?";
    assert_eq!(ask(&store(day(3, 2)), earlier, None), vec![0]);
    // A meeting the report only recalls ("had met") was held by then too.
    let mut recalled = store(day(10, 19));
    recalled.facts[0].recalled = true;
    recalled.facts[0].reported = None;
    assert_eq!(ask(&recalled, now, None), vec![0]);
    // Must not: a report after the bound.
    assert!(ask(&store(day(10, 25)), now, None).is_empty());
}

#[test]
fn who_was_met_there_after_a_quoted_report_is_of_that_report() {
    // Must handle: "there" after a quote from report "d" lists only its meetings, and
    // none when it tells none; must not: with no report cited, every meeting.
    let s = store();
    let q = parse("Who did Mensah meet there?", &Lexicon::new(&s));
    let in_reports = |articles: &[&str]| {
        let r = Resolved {
            people: vec!["kofi mensah".into()],
            articles: articles.iter().map(|a| a.to_string()).collect(),
            ..Default::default()
        };
        ids(&choose(&s, &q, &r))
    };
    assert_eq!(in_reports(&["d"]).len(), 2);
    assert!(in_reports(&["c"]).is_empty());
    assert!(in_reports(&[]).len() > 2);
}

/// "Who else from Ghana did Brandt meet?": the meetings with someone from the country asked;
/// a country nobody listed is from leaves the list whole.
#[test]
fn who_from_a_country_lists_its_people() {
    let s = StoreBuilder::new()
        .person("Ada Brandt")
        .country("Germany")
        .person("Kofi Mensah")
        .country("Ghana")
        .person("Lena Ruiz")
        .country("Spain")
        .meeting(&["ada brandt", "kofi mensah"])
        .place("Accra")
        .evidence("a", 1, "")
        .meeting(&["ada brandt", "lena ruiz"])
        .place("Madrid")
        .evidence("b", 1, "")
        .build();
    let who = |question: &str| {
        let q = parse(question, &Lexicon::new(&s));
        let r = Resolved {
            people: vec!["ada brandt".to_string()],
            ..Default::default()
        };
        let sel = choose(&s, &q, &r);
        let mut met: Vec<String> = (sel.facts.iter())
            .flat_map(|f| f.participants.iter().cloned())
            .filter(|p| p != "ada brandt")
            .collect();
        met.sort();
        met
    };
    // Must handle: a demonym or a country's name after "from (the)".
    assert_eq!(
        who("Who else from the Ghanaian government did she meet?"),
        ["kofi mensah"]
    );
    assert_eq!(
        who("Which ministers from Spain did she meet?"),
        ["lena ruiz"]
    );
    // Must not: no country asked, or one nobody listed is from.
    assert_eq!(who("Who else did she meet?"), ["kofi mensah", "lena ruiz"]);
    assert_eq!(
        who("Who else from Peru did she meet?"),
        ["kofi mensah", "lena ruiz"]
    );
}

#[test]
fn a_venue_in_another_country_is_not_the_city_asked_about() {
    let s = StoreBuilder::new()
        .person("Ada Brandt")
        .person("Kofi Mensah")
        .meeting(&["ada brandt", "kofi mensah"])
        .place_in("Lancaster House", "United Kingdom")
        .evidence("a", 1, "")
        .meeting(&["ada brandt", "kofi mensah"])
        .place_in("Chancellery", "Germany")
        .evidence("b", 1, "")
        .build();
    let (london_venue, berlin_venue) = (&s.facts[0], &s.facts[1]);
    assert!(other_place(london_venue, "Beijing"));
    assert!(other_place(berlin_venue, "Nairobi"));
    // Must not: a city of the venue's own country may be where the venue is.
    assert!(!other_place(berlin_venue, "Berlin"));
}

#[test]
fn a_season_keeps_only_meetings_of_its_months() {
    let s = store();
    // The Accra meeting was in June 2021: summer, not spring.
    let summer = ask(&s, "Did Ada Brandt meet Kofi Mensah in summer 2021?", None);
    assert_eq!(summer, vec![0]);
    let spring = ask(&s, "Did Ada Brandt meet Kofi Mensah in spring 2021?", None);
    assert!(!spring.contains(&0), "{spring:?}");
}

#[test]
fn a_meeting_told_before_a_season_begins_is_none_of_it() {
    let s = StoreBuilder::new()
        .person("Ada Brandt")
        .person("Kofi Mensah")
        .meeting(&["ada brandt", "kofi mensah"])
        .date(FuzzyDate::year(1988))
        .reported(jiff::civil::date(1988, 4, 12))
        .evidence("a", 1, "")
        .build();
    let spring = ask(&s, "Did Ada Brandt meet Kofi Mensah in spring 1988?", None);
    assert_eq!(spring, vec![0]);
    // Must not: a season begun after the report.
    let autumn = ask(&s, "Did Ada Brandt meet Kofi Mensah in autumn 1988?", None);
    assert!(autumn.is_empty(), "{autumn:?}");
}
