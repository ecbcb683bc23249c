use super::super::question::{Contact, Counterpart, Kind};
use super::*;
use crate::model::{FactStore, FuzzyDate};
use crate::testing::StoreBuilder;

fn store() -> FactStore {
    StoreBuilder::new()
        .person("Mirela Okonkwo")
        .role("Foreign Minister")
        .country("Nigeria")
        .alias("Okonkwo")
        .person("Tomas Erdélyi")
        .role("Defence Minister")
        .country("Germany")
        .person("Xu Lan")
        .role("Defence Minister")
        .role("General")
        .country("China")
        .person("Elin May")
        .role("Prime Minister")
        .country("Sweden")
        .meeting(&["mirela okonkwo", "xu lan"])
        .place_in("Port Halden", "Norway")
        .occasion("Halden Security Forum")
        .build()
}

fn ask(s: &FactStore, question: &str) -> Question {
    parse(question, &Lexicon::new(s))
}

#[test]
fn who_signed_asks_for_people() {
    let s = store();
    let k = |q: &str| parse(q, &Lexicon::new(&s)).kind();
    // Must handle: signing asked of no one named, or of a pact.
    assert_eq!(
        k("Who signed the loan accord between Peru and Chile?"),
        Kind::Who
    );
    assert_eq!(k("Who initialled the treaty?"), Kind::Who);
    // Must not: what was signed.
    assert_ne!(k("What did Okonkwo sign?"), Kind::Who);
}

#[test]
fn kinds() {
    let s = store();
    let k = |q: &str| parse(q, &Lexicon::new(&s)).kind();
    assert_eq!(k("When did they last meet?"), Kind::When);
    // A year or month asked is a time asked.
    assert_eq!(k("What year was that trip?"), Kind::When);
    assert_eq!(k("Which month did the envoys meet in?"), Kind::When);
    assert_eq!(k("Where was that?"), Kind::Where);
    // What someone is after asks their aim, a why.
    assert_eq!(k("what's she after?"), Kind::Why);
    assert_eq!(k("What does the union want?"), Kind::Why);
    // Must not: "after" or "want" elsewhere.
    assert_ne!(k("What did they sign after the talks?"), Kind::Why);
    // What brought someone somewhere asks why, with any tense.
    assert_eq!(
        k("What had brought him to Oslo in the first place?"),
        Kind::Why
    );
    assert_eq!(k("What took Okonkwo to Port Halden?"), Kind::Why);
    assert_ne!(k("What did Okonkwo bring to the talks?"), Kind::Why);
    // A noun between: the cause asked for is of that kind.
    assert_eq!(k("What meeting had brought him to Oslo?"), Kind::Why);
    assert_eq!(k("What dispute prompted the talks?"), Kind::Why);
    assert_ne!(k("What agreement did they sign?"), Kind::Why);
    let q = parse("What had brought Okonkwo to Oslo?", &Lexicon::new(&s));
    assert!(!q.keywords.contains(&"brought".to_string()), "{q:?}");
    // Words naming the source say nothing of what is asked ("reportedly" would match).
    for text in [
        "According to the Kestrel Times report, where had Okonkwo met her before?",
        "What does the article say Okonkwo agreed in the story?",
    ] {
        let q = parse(text, &Lexicon::new(&s));
        for w in ["report", "article", "story"] {
            assert!(!q.keywords.contains(&w.to_string()), "{w}: {q:?}");
        }
    }
    let q = parse("What did Okonkwo report to the board?", &Lexicon::new(&s));
    assert!(q.keywords.contains(&"board".to_string()), "{q:?}");
    // A second question of what was discussed or agreed.
    let topic = |q: &str| parse(q, &Lexicon::new(&s)).asks_topic;
    assert!(topic(
        "Who did Okonkwo meet in Oslo, and what did they discuss?"
    ));
    assert!(topic("When did they meet and what was agreed?"));
    assert!(!topic("Who did Okonkwo meet and what time was it?"));
    assert!(!topic("What did they discuss?"));
    // A second question of another kind.
    let second = |q: &str| parse(q, &Lexicon::new(&s)).second;
    assert_eq!(
        second("Where did Okonkwo go, and how long was the visit?"),
        Some(Kind::HowLong)
    );
    assert_eq!(
        second("Who did Okonkwo meet in Oslo, and when?"),
        Some(Kind::When)
    );
    // Must not: "and" between names, or a second question of the same kind.
    assert_eq!(second("Where did Okonkwo and Xu Lan meet?"), None);
    assert_eq!(
        second("Where did Okonkwo and Xu Lan meet, and when?"),
        Some(Kind::When)
    );
    assert_eq!(second("When did they meet and when did they part?"), None);
    // The name of an occasion a when-question asks the time of.
    let occasion = |q: &str| parse(q, &Lexicon::new(&s)).named_occasion;
    assert_eq!(
        occasion("When is the G-7 meeting they were preparing for?").as_deref(),
        Some("G-7")
    );
    assert_eq!(
        occasion("When was the 1999 Bergen fisheries summit?").as_deref(),
        Some("1999 Bergen")
    );
    assert_eq!(occasion("When is the meeting between Kone and Berg?"), None);
    assert_eq!(occasion("When did the Kone visit end?"), None);
    // "in the first place" asks for no first meeting; "first" alone does.
    let order = |q: &str| parse(q, &Lexicon::new(&s)).order;
    assert_eq!(
        order("What brought her here in the first place?"),
        Order::Any
    );
    assert_eq!(order("When did they first meet?"), Order::First);
    assert_eq!(k("Who did Okonkwo meet in Port Halden?"), Kind::Who);
    assert_eq!(k("What did they agree on?"), Kind::Agreed);
    assert_eq!(k("What happened at their meeting?"), Kind::Agreed);
    assert_eq!(k("What came out of it?"), Kind::Agreed);
    assert_eq!(k("what came of the talks in Oslo?"), Kind::Agreed);
    assert_ne!(k("What became of Okonkwo's deputy?"), Kind::Agreed);
    assert_eq!(
        k("What did Okonkwo work out with the lenders?"),
        Kind::Agreed
    );
    assert_eq!(k("What have the unions hammered out?"), Kind::Agreed);
    // Must not: working without "out".
    assert_ne!(k("What did Okonkwo work on in Oslo?"), Kind::Agreed);
    assert_eq!(k("What did Okonkwo tell Xu Lan?"), Kind::Said);
    // An office speaks too: the chairman of a body, its spokesman.
    assert_eq!(
        k("What did the board chairman say about the deal?"),
        Kind::Said
    );
    assert_eq!(k("What did the union's spokeswoman tell them?"), Kind::Said);
    assert_ne!(k("What did the chairman's board agree?"), Kind::Said);
    assert_eq!(k("How did Okonkwo describe the meeting?"), Kind::Described);
    assert_eq!(k("Why was she in Norway?"), Kind::Why);
    assert_eq!(k("What was the occasion?"), Kind::Why);
    assert_eq!(k("What made the hospital drop its plan?"), Kind::Why);
    assert_eq!(k("What prompted Lind to cancel the visit?"), Kind::Why);
    assert_eq!(k("What's the point of that meeting?"), Kind::Why);
    assert_eq!(k("So what was the point of the trip?"), Kind::Why);
    assert_ne!(k("What point did Lind make at the meeting?"), Kind::Why);
    assert_ne!(k("What did Lind make of the talks?"), Kind::Why);
    assert_eq!(
        k("How many times did Okonkwo and Xu Lan meet?"),
        Kind::HowMany
    );
    assert_eq!(k("Did Okonkwo and Xu Lan shake hands?"), Kind::YesNo);
    assert_eq!(k("Who is Xu Lan?"), Kind::WhoIs);
    // Must not: whom Xu Lan is doing something with.
    assert_ne!(
        k("Who is Xu Lan co-hosting the fisheries forum with?"),
        Kind::WhoIs
    );
    assert_ne!(k("Who is Xu Lan negotiating against?"), Kind::WhoIs);
    assert_eq!(k("Okonkwo Xu Lan meeting date?"), Kind::When);
    // A question word after a preposition is no keyword style.
    assert_eq!(
        k("At what sort of meeting did Okonkwo criticise Xu Lan?"),
        Kind::Other
    );
    assert_eq!(k("Okonkwo Xu Lan meeting in Lagos?"), Kind::When);
    assert_eq!(
        k("Had they met yet when the paper went to print?"),
        Kind::YesNo
    );
    assert_eq!(
        k("Did Okonkwo meet Xu Lan when both served in Oslo?"),
        Kind::YesNo
    );
    assert_eq!(k("Do you know when they met?"), Kind::When);
    assert_eq!(k("Did they meet, and when?"), Kind::When);
    assert_eq!(
        k("Did Okonkwo pledge support for Norway when he met Xu Lan?"),
        Kind::YesNo
    );
    assert_eq!(
        k("Was Xu Lan already a general when they met?"),
        Kind::YesNo
    );
    assert_eq!(k("Does the report say when they met?"), Kind::When);
    assert_eq!(k("Can you tell me when they met?"), Kind::When);
    assert_eq!(k("How soon is that?"), Kind::When);
    assert_eq!(k("how soon will Okonkwo see Xu Lan?"), Kind::When);
    assert_eq!(k("Has it been announced when they will meet?"), Kind::When);
    assert_eq!(k("What is the capital of Peru?"), Kind::Other);
    assert_eq!(
        k("Which issue did officials say would dominate?"),
        Kind::Other
    );
}

#[test]
fn a_noun_of_place_after_which_asks_where() {
    let s = store();
    let k = |q: &str| parse(q, &Lexicon::new(&s)).kind();
    assert_eq!(
        k("In which town did Okonkwo hold talks with Xu Lan?"),
        Kind::Where
    );
    assert_eq!(k("In which city?"), Kind::Where);
    assert_eq!(k("What country did Okonkwo visit?"), Kind::Where);
    assert_ne!(k("Which country's minister did Okonkwo meet?"), Kind::Where);
    assert_eq!(k("Which day did they meet?"), Kind::When);
    // The areas of a tour, and its districts.
    assert_eq!(k("Which areas did Okonkwo visit on Monday?"), Kind::Where);
    assert_eq!(
        k("What districts is Okonkwo visiting this week?"),
        Kind::Where
    );
    // Countries asked in the plural are told otherwise ("Which countries took part?").
    assert_ne!(k("Which countries are taking part?"), Kind::Where);
    // Must not: an area of something else.
    assert_ne!(k("Which areas of trade did Okonkwo discuss?"), Kind::Where);
}

#[test]
fn a_where_after_another_question_word_opens_a_clause() {
    let s = store();
    let k = |q: &str| parse(q, &Lexicon::new(&s)).kind();
    assert_eq!(
        k("Who hosted the dinner where Okonkwo said he would resign?"),
        Kind::Who
    );
    assert_ne!(
        k("What was agreed at the summit where Okonkwo met Xu Lan?"),
        Kind::Where
    );
    assert_eq!(k("Where did Okonkwo hold talks with Xu Lan?"), Kind::Where);
    assert_eq!(k("And where did they meet?"), Kind::Where);
    assert_eq!(k("Who met Okonkwo, and where?"), Kind::Where);
}

#[test]
fn a_count_of_days_asks_how_long() {
    let s = store();
    let k = |q: &str| parse(q, &Lexicon::new(&s)).kind();
    assert_eq!(
        k("How many days did Okonkwo spend in Norway?"),
        Kind::HowLong
    );
    assert_eq!(k("How many hours did the talks last?"), Kind::HowLong);
    assert_eq!(k("How many times did they meet?"), Kind::HowMany);
}

#[test]
fn a_meeting_noun_after_those_points_back_and_its_verb_is_no_name() {
    let s = store();
    for text in [
        "when do those talks start?",
        "When will these negotiations resume?",
    ] {
        let q = ask(&s, text);
        assert!(
            q.unknown_people.is_empty(),
            "{text}: {:?}",
            q.unknown_people
        );
        assert!(q.refers_back, "{text}");
    }
    // A first question naming people points back at nothing.
    let q = ask(&s, "when did ruiz meet okafor?");
    assert!(!q.refers_back);
}

#[test]
fn a_group_met_is_a_plural_noun_of_people_after_the_verb() {
    let s = store();
    // Must handle: an agent noun and a listed group, with words before them.
    let q = ask(&s, "What time is Okonkwo meeting the grain exporters?");
    assert_eq!(q.group, ["exporters"], "{q:?}");
    let q = ask(&s, "Did Xu Lan meet union officials?");
    assert_eq!(q.group, ["officials"], "{q:?}");
    // After "with": "talks with the bank creditors", "met with farm union delegates".
    let q = ask(&s, "When did Okonkwo open talks with the bank creditors?");
    assert_eq!(q.group, ["creditors"], "{q:?}");
    let q = ask(&s, "Did Xu Lan meet with farm union delegates?");
    assert_eq!(q.group, ["delegates"], "{q:?}");
    // Must not: a named person after "with".
    let q = ask(&s, "Did Okonkwo hold talks with Xu Lan?");
    assert!(q.group.is_empty(), "{q:?}");
    // Must not: talks on matters, or a named person after the verb.
    let q = ask(&s, "Did Okonkwo hold talks on border matters?");
    assert!(q.group.is_empty(), "{q:?}");
    let q = ask(&s, "When did Okonkwo meet Xu Lan?");
    assert!(q.group.is_empty(), "{q:?}");
}

#[test]
fn the_kind_is_read_after_a_preamble_citing_someone() {
    let s = store();
    let k = |q: &str| parse(q, &Lexicon::new(&s)).kind();
    assert_eq!(
        k("According to Okonkwo, how long had Xu Lan been negotiating?"),
        Kind::HowLong
    );
    assert_eq!(
        k("Per the ministry, why did Okonkwo go to Oslo?"),
        Kind::Why
    );
    // No preamble: "how" is not the question's opener.
    assert_ne!(
        k("Okonkwo said how long had she been negotiating?"),
        Kind::HowLong
    );
}

#[test]
fn names_with_case_typos_and_diacritics() {
    let s = store();
    assert_eq!(
        ask(&s, "when did mirela okonkwo meet xu lan").people,
        vec!["mirela okonkwo", "xu lan"]
    );
    assert_eq!(
        ask(&s, "Where did Okonkwa meet Xu?").people,
        vec!["mirela okonkwo", "xu lan"]
    );
    assert_eq!(
        ask(&s, "Who is Tomas Erdelyi?").people,
        vec!["tomas erdélyi"]
    );
    assert_eq!(
        ask(&s, "Who did Mirela meet?").people,
        vec!["mirela okonkwo"]
    );
    let q = ask(&s, "Which minister did Okonkwo meet besides Xu Lan?");
    assert_eq!(q.people, vec!["mirela okonkwo"]);
    assert_eq!(q.excluded, vec!["xu lan"]);
}

#[test]
fn a_plural_acronym_is_no_name() {
    let s = store();
    for text in [
        "What did Okonkwo tell MPs about the prisoners?",
        "Did Okonkwo meet the NGOs in Lagos?",
    ] {
        let q = ask(&s, text);
        assert!(
            q.unknown_people.is_empty(),
            "{text}: {:?}",
            q.unknown_people
        );
    }
    // A name that ends in "s" is still a name.
    let q = ask(&s, "Did Okonkwo meet Reyes?");
    assert_eq!(q.unknown_people, vec!["Reyes"]);
}

#[test]
fn a_demonym_after_about_is_a_topic_not_a_name() {
    let s = store();
    let q = ask(
        &s,
        "What did Okonkwo say about Japanese microchips in March?",
    );
    assert!(q.unknown_people.is_empty(), "{:?}", q.unknown_people);
    assert!(q.keywords.iter().any(|k| k == "japanese"), "{q:?}");
}

#[test]
fn did_x_say_anything_asks_what_was_said() {
    let s = store();
    let k = |q: &str| parse(q, &Lexicon::new(&s)).kind();
    assert_eq!(k("Did Okonkwo say anything?"), Kind::Said);
    assert_eq!(
        k("And has the ministry said anything about it?"),
        Kind::Said
    );
    // Must not: a yes/no about what was said stays one.
    assert_eq!(k("Did Okonkwo say she would meet Xu Lan?"), Kind::YesNo);
}

#[test]
fn saying_anything_when_they_left_asks_what_was_said() {
    let s = store();
    let k = |q: &str| parse(q, &Lexicon::new(&s)).kind();
    assert_eq!(
        k("Did Okonkwo or Xu Lan say anything when they left the hall?"),
        Kind::Said
    );
    assert_eq!(
        k("Did Okonkwo say something when the talks ended?"),
        Kind::Said
    );
    // Must not: a verb of telling right before "when" still asks the time.
    assert_eq!(k("Did Okonkwo say when they would meet again?"), Kind::When);
}

#[test]
fn function_words_of_time_are_not_keywords() {
    let s = store();
    let q = ask(
        &s,
        "Did Okonkwo also hold talks with Xu Lan during that Port Halden visit?",
    );
    assert!(!q.keywords.iter().any(|k| k == "during"), "{q:?}");
    // "that ... visit" is the occasion when talks are asked.
    assert!(!q.keywords.iter().any(|k| k == "visit"), "{q:?}");
    // Must not: a visit asked about stays.
    let q = ask(&s, "Did they discuss the visit to Port Halden?");
    assert!(q.keywords.iter().any(|k| k == "visit"), "{q:?}");
    let q = ask(&s, "Had Okonkwo already met the fishing unions?");
    assert!(!q.keywords.iter().any(|k| k == "already"), "{q:?}");
    // Must not: the words the question is about stay.
    assert!(
        q.keywords.iter().any(|k| k == "unions" || k == "fishing"),
        "{q:?}"
    );
}

#[test]
fn a_preamble_setting_the_scene_leaves_the_kind_to_the_question() {
    let s = store();
    let k = |q: &str| parse(q, &Lexicon::new(&s)).kind();
    // Must handle: a time or a scene before the comma.
    assert_eq!(
        k("After the March port strike, who did Okonkwo meet before the vote?"),
        Kind::Who
    );
    assert_eq!(
        k("During the Halden Security Forum, where did Okonkwo stay?"),
        Kind::Where
    );
    assert_eq!(
        k("As of early March 1987, had Okonkwo gone to Oslo for talks?"),
        Kind::YesNo
    );
    assert_eq!(
        k("Per the report on the Oslo visit, when is Okonkwo due to meet Xu Lan?"),
        Kind::When
    );
    // Must not: a clause before a statement, not a question word.
    assert_ne!(
        k("After the Halden Security Forum, Okonkwo met Xu Lan?"),
        Kind::Who
    );
}

#[test]
fn in_person_is_the_contact_not_a_keyword() {
    let s = store();
    for question in [
        "Did Okonkwo meet Xu Lan in person in Port Halden?",
        "Did Okonkwo and Xu Lan talk face to face about the fishing quotas?",
    ] {
        let q = ask(&s, question);
        assert_eq!(q.contact, Contact::Meet, "{question}");
        assert!(
            !q.keywords.iter().any(|k| k == "person" || k == "face"),
            "{question}: {q:?}"
        );
    }
    // Must not: a person asked about otherwise stays a word.
    let q = ask(&s, "Did Okonkwo name a person to lead the fishing talks?");
    assert!(q.keywords.iter().any(|k| k == "person"), "{q:?}");
}

#[test]
fn a_conjunction_opening_the_question_is_no_part_of_a_name() {
    let s = store();
    let q = ask(
        &s,
        "While Okonkwo was in Quito, had a date been set for her trip?",
    );
    assert!(q.unknown_people.is_empty(), "{:?}", q.unknown_people);
    assert_eq!(q.people, vec!["mirela okonkwo"]);
    let q = ask(&s, "Although Reyes met Okonkwo, did they sign anything?");
    assert_eq!(q.unknown_people, vec!["Reyes"]);
    // Must not: a name that only looks like a conjunction stays whole.
    let q = ask(&s, "Did Okonkwo meet Whitlow?");
    assert_eq!(q.unknown_people, vec!["Whitlow"]);
}

#[test]
fn a_known_place_is_not_an_unknown_person() {
    let s = store();
    let q = ask(&s, "Did Okonkwo visit Tokyo?");
    assert_eq!(q.unknown, vec!["Tokyo"]);
    assert!(q.unknown_people.is_empty(), "{:?}", q.unknown_people);
    let q = ask(&s, "Did Okonkwo meet Varga?");
    assert_eq!(q.unknown_people, vec!["Varga"]);
    // A name whose meeting it is ("Varga's talks") is a person; a place's is not.
    let q = ask(&s, "When are Varga's talks with Okonkwo?");
    assert_eq!(q.unknown_people, vec!["Varga"]);
    let q = ask(&s, "What was Varga's advice to Okonkwo?");
    assert_eq!(q.unknown_people, vec!["Varga"]);
    let q = ask(&s, "When are Tokyo's talks with Okonkwo?");
    assert!(q.unknown_people.is_empty(), "{:?}", q.unknown_people);
}

#[test]
fn an_office_before_an_unknown_name_is_no_part_of_it() {
    let s = store();
    let q = ask(&s, "Where was US Treasury Secretary Tom Varga last week?");
    assert_eq!(q.unknown, vec!["Tom Varga"]);
    assert_eq!(q.unknown_people, vec!["Tom Varga"]);
    // The office is his, no word of the topic to search for.
    assert!(
        !q.keywords.iter().any(|k| k == "secretary"),
        "{:?}",
        q.keywords
    );
    let q = ask(&s, "Did Okonkwo meet Admiral Lena Holt?");
    assert_eq!(q.unknown_people, vec!["Lena Holt"]);
    // Must not: a word that only qualifies an office is no office ("Economic").
    let q = ask(&s, "Who did Okonkwo see at the World Economic Forum?");
    assert_eq!(q.unknown, vec!["World Economic Forum"]);
}

#[test]
fn a_demonym_before_a_states_side_is_a_word_of_the_question() {
    let s = store();
    // Must handle: a demonym naming a state's side.
    for q in [
        "On what day is Okonkwo due to hold talks with the Indian government?",
        "Why did the Indian government call off the talks with Okonkwo?",
    ] {
        assert!(ask(&s, q).keywords.iter().any(|k| k == "indian"), "{q}");
    }
    // Must not: a demonym before anything else only describes.
    let q = ask(&s, "What did Okonkwo say about the Indian economy?");
    assert!(
        !q.keywords.iter().any(|k| k == "indian"),
        "{:?}",
        q.keywords
    );
}

#[test]
fn a_demonym_opening_a_bodys_name_is_part_of_the_name() {
    let s = store();
    let lex = Lexicon::new(&s);
    // Must handle: "African" is the bank's, not a country asked about.
    let q = parse(
        "Where are the African Development Bank's annual meetings?",
        &lex,
    );
    assert_eq!(q.unknown, vec!["African Development Bank"]);
    let q = parse("What did the European Central Bank decide?", &lex);
    assert_eq!(q.unknown, vec!["European Central Bank"]);
    // Must not: a demonym before a plain noun.
    let q = parse("What did the Japanese ministers decide?", &lex);
    assert!(q.unknown.is_empty(), "{:?}", q.unknown);
}

#[test]
fn a_place_opening_an_institutions_name_is_no_place() {
    let s = StoreBuilder::new()
        .person("Mirela Okonkwo")
        .person("Xu Lan")
        .meeting(&["mirela okonkwo", "xu lan"])
        .place_in("London", "United Kingdom")
        .build();
    let lex = Lexicon::new(&s);
    // Must handle: the town that opens a body's name.
    let q = parse(
        "When did Okonkwo hold talks with the London Stock Exchange?",
        &lex,
    );
    assert!(q.places.is_empty(), "{:?}", q.places);
    // Must not: the town of a meeting, followed by anything else.
    let q = parse(
        "When did Okonkwo hold talks in London with the Stock Exchange?",
        &lex,
    );
    assert_eq!(q.places, vec!["london"]);
}

#[test]
fn a_full_name_cited_is_a_source() {
    let s = store();
    // Must handle: "according to" and a full name, whatever the question asks.
    let q = ask(&s, "According to Tom Varga, who chaired the talks?");
    assert_eq!(q.attributed, vec!["Tom Varga"]);
    let q = ask(&s, "Has the meeting been set, according to Lena Holt?");
    assert_eq!(q.attributed, vec!["Lena Holt"]);
    // A source, no party to what is asked.
    assert!(q.unknown_people.is_empty(), "{:?}", q.unknown_people);
    assert!(!q.person_like("Lena Holt"));
    let q = ask(
        &s,
        "According to Nord Zeitung, what were Varga's talks about?",
    );
    assert!(!q.person_like("Nord Zeitung"), "{q:?}");
    // Must not: one word cited, often a paper or an agency.
    let q = ask(&s, "According to Reuters, who chaired the talks?");
    assert!(q.attributed.is_empty(), "{:?}", q.attributed);
}

#[test]
fn a_given_name_with_another_surname_is_someone_else() {
    let s = store();
    // Elin May is known; "Elin Dahl" and "Elen Sorensen" (a typo away) are not her.
    assert!(ask(&s, "When did Elin Dahl meet Okonkwo?").people.len() == 1);
    assert!(ask(&s, "Did Elen Sorensen meet Okonkwo?").people.len() == 1);
    // A surname that is also a rank ("John Major") is a surname when no name follows it.
    let q = ask(&s, "Did Elin Major meet Okonkwo?");
    assert_eq!(q.people.len(), 1, "{:?}", q.people);
    assert_eq!(q.unknown_people, vec!["Elin Major"]);
    // Must not: a rank before a name is that name's title.
    assert_eq!(ask(&s, "Did Elin May meet Major Okonkwo?").people.len(), 2);
    // With her own surname it is still her, and a surname alone still matches.
    assert_eq!(ask(&s, "When did Elin May meet Okonkwo?").people.len(), 2);
    assert_eq!(ask(&s, "When did Okonkwo meet Erdélyi?").people.len(), 2);
}

#[test]
fn counterparts_places_and_unknown_names() {
    let s = store();
    let q = ask(&s, "When did Okonkwo last meet a Chinese defence minister?");
    assert_eq!(
        q.counterparts,
        vec![Counterpart {
            country: Some("china"),
            role: vec!["defence".into(), "minister".into()]
        }]
    );
    assert_eq!(q.order, Order::Last);
    let q = ask(&s, "Who did Okonkwo meet in Port Halden?");
    assert_eq!(q.places, vec!["port halden"]);
    // A city no fact holds places the question all the same.
    let q = ask(&s, "Did Okonkwo meet Lune in Lima?");
    assert_eq!(q.unknown_places, vec!["Lima"]);
    assert_eq!(q.unknown_people, vec!["Lune"]);
    let q = ask(&s, "Has Okonkwo ever met Lune at Vienna?");
    assert_eq!(q.unknown_places, vec!["Vienna"]);
    // Not after a preposition, a name that is also a city's stays a name.
    let q = ask(&s, "Did Okonkwo meet Paris Hilton?");
    assert!(q.unknown_places.is_empty());
    // Typed all in lower case, a city after "in" or "at" is still a place.
    let q = ask(&s, "did okonkwo meet xu lan in lima?");
    assert_eq!(q.unknown_places, vec!["Lima"]);
    let q = ask(&s, "was okonkwo at the talks in buenos aires?");
    assert_eq!(q.unknown_places, vec!["Buenos Aires"]);
    // Must not: an owner, or a word the gazetteer does not hold.
    let q = ask(&s, "is okonkwo in brazil's talks in time?");
    assert!(q.unknown_places.is_empty());
    let q = ask(&s, "When did Anna Varga and Pierre Lune last meet?");
    assert_eq!(q.unknown, vec!["Anna Varga", "Pierre Lune"]);
    assert_eq!(q.unknown_people, vec!["Anna Varga", "Pierre Lune"]);
    let q = ask(&s, "When did Okonkwo meet Lune?");
    assert_eq!(q.unknown_people, vec!["Lune"]);
    let q = ask(&s, "when did okonkwo meet lune");
    assert_eq!(q.unknown_people, vec!["lune"]);
    let q = ask(&s, "when did okonkwo meet xu lan");
    assert!(q.unknown_people.is_empty());
    // A meeting noun after a determiner is followed by its verb, no name.
    let q = ask(&s, "how long were the talks meant to last?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    let q = ask(&s, "when was their meeting supposed to end");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    let q = ask(&s, "when did they last meet lune");
    assert_eq!(q.unknown_people, vec!["lune"]);
    let q = ask(&s, "What did they agree at their Tamsin meeting?");
    assert_eq!(q.unknown, vec!["Tamsin"]);
    assert!(q.unknown_people.is_empty());
    assert!(q.people.is_empty());
    let q = ask(&s, "When did the Nigerian and Chinese ministers meet?");
    assert_eq!(q.counterparts.len(), 2);
}

#[test]
fn time_qualifiers() {
    let s = store();
    let q = ask(&s, "When did they meet in April 2021?");
    assert_eq!(q.on, Some(FuzzyDate::month(2021, 4)));
    let q = ask(&s, "Did Okonkwo meet Xu Lan before 2019?");
    assert_eq!(q.before, Some(FuzzyDate::year(2019)));
    assert!(!q.previous);
    // A date given as the present bounds what has happened by then; its words are no
    // keywords.
    let q = ask(
        &s,
        "Has Okonkwo met Xu Lan lately? This is around May 2004.",
    );
    assert_eq!((q.before, q.on), (Some(FuzzyDate::month(2004, 5)), None));
    assert!(q.keywords.is_empty(), "{:?}", q.keywords);
    let q = ask(&s, "As of March 1987, had Okonkwo met Xu Lan?");
    assert_eq!(q.before, Some(FuzzyDate::month(1987, 3)));
    // Must not: a date of the meeting asked.
    let q = ask(&s, "Did Okonkwo meet Xu Lan around May 2004?");
    assert_eq!((q.before, q.on), (None, Some(FuzzyDate::month(2004, 5))));
    let q = ask(&s, "And before that, where did they meet?");
    assert!(q.previous);
    assert_eq!(q.pronoun, Some(Pronoun::They));
    // "Before" an act of the person places the meeting; it asks for no earlier one.
    for text in [
        "Who did Okonkwo meet before flying to Rome?",
        "Who did Okonkwo meet before heading to Jakarta?",
        "Who did Xu Lan see prior to leaving for Paris?",
    ] {
        let q = ask(&s, text);
        assert!(!q.previous, "{text}");
        assert!(q.places.is_empty(), "{text}: {:?}", q.places);
        assert!(
            q.unknown_places.is_empty(),
            "{text}: {:?}",
            q.unknown_places
        );
    }
    let q = ask(&s, "Who did Okonkwo see before meeting Xu Lan?");
    assert!(q.previous);
    let q = ask(&s, "When did Okonkwo first meet Xu Lan?");
    assert_eq!(q.order, Order::First);
    let q = ask(&s, "Who did Okonkwo meet on 3 March 2022?");
    assert_eq!(
        q.on.map(|d| (d.day, d.month, d.year)),
        Some((Some(3), Some(3), Some(2022)))
    );
    let q = ask(&s, "What was the date of that Friday meeting?");
    assert_eq!(
        q.on.and_then(|d| d.weekday),
        Some(jiff::civil::Weekday::Friday)
    );
    assert!(q.refers_back);
    let q = ask(&s, "Who may know?");
    assert_eq!(q.on, None);
    let q = ask(&s, "When did Elin May meet Xu Lan?");
    assert_eq!(q.on, None);
    assert_eq!(q.people, vec!["elin may", "xu lan"]);
    let q = ask(&s, "where did they meet in november");
    assert_eq!(q.on.and_then(|d| d.month), Some(11));
}

#[test]
fn never_panics_on_odd_input() {
    let s = store();
    for q in [
        "",
        "   ",
        "title:foo AND (\"unbalanced OR * ~~ ^^",
        "🤝🤝🤝 ???",
        "متى التقى الوزيران؟",
        &"Okonkwo ".repeat(600),
        &"x".repeat(4000),
    ] {
        let _ = parse(q, &Lexicon::new(&s));
    }
}

#[test]
fn question_dates_read_loosely_typed_months_and_weekdays() {
    let s = store();
    let q = ask(&s, "Did Okonkwo meet Xu Lan during that June visit?");
    assert_eq!(
        q.on,
        Some(FuzzyDate {
            month: Some(6),
            ..Default::default()
        })
    );
    assert!(!q.keywords.contains(&"june".to_string()));
    let q = ask(&s, "when did okonkwo meet xu lan on nov 20 2024");
    assert_eq!(
        q.on.map(|d| (d.day, d.month, d.year, d.weekday)),
        Some((Some(20), Some(11), Some(2024), None))
    );
    let q = ask(&s, "Has Okonkwo met Xu Lan since April 2021?");
    assert_eq!(q.after, Some(FuzzyDate::month(2021, 4)));
    let q = ask(&s, "where did they meet on friday");
    assert_eq!(
        q.on.and_then(|d| d.weekday),
        Some(jiff::civil::Weekday::Friday)
    );
    let q = ask(&s, "where did they meet in may");
    assert_eq!(q.on, None);
}

#[test]
fn a_rank_before_another_name_is_no_one_who_bears_it_as_a_given_name() {
    let s = StoreBuilder::new()
        .person("Gen Ito")
        .role("Defence Minister")
        .country("Japan")
        .person("Somkiat Charoenrat")
        .role("Defence Minister")
        .country("Thailand")
        .build();
    let q = ask(&s, "Did Gen Somkiat Charoenrat meet Gen Ito?");
    assert_eq!(q.people, ["somkiat charoenrat", "gen ito"]);
    // Must still: the given name alone, with nothing capitalised after it.
    let q = ask(&s, "Who did Gen meet?");
    assert_eq!(q.people, ["gen ito"]);
}

#[test]
fn a_place_the_gazetteer_knows_is_no_unknown_person() {
    let s = store();
    let q = ask(&s, "Did Okonkwo meet Sokha Vannak in Phnom Penh?");
    assert_eq!(q.unknown, ["Sokha Vannak", "Phnom Penh"]);
    assert!(!crate::answer::select::looks_like_person("Phnom Penh"));
    assert!(crate::answer::select::looks_like_person("Sokha Vannak"));
}

#[test]
fn a_name_a_letter_off_is_the_one_who_met_the_other_person_asked_about() {
    let s = StoreBuilder::new()
        .person("Karl Brandtner")
        .person("Karl Brantner")
        .person("Ines Moura")
        .person("Olaf Dorn")
        .meeting(&["karl brantner", "ines moura"])
        .meeting(&["karl brandtner", "olaf dorn"])
        .build();
    // Must: the misspelt name is the one who met Moura, though another is typed exactly.
    assert_eq!(
        ask(&s, "When did Brandtner meet Ines Moura?").people,
        ["karl brantner", "ines moura"]
    );
    assert_eq!(
        ask(&s, "Did Karl Brandtner and Moura talk?").people,
        ["karl brantner", "ines moura"]
    );
    // Must not: the exact name stays when he met the other one, or when asked alone.
    assert_eq!(
        ask(&s, "When did Brandtner meet Olaf Dorn?").people,
        ["karl brandtner", "olaf dorn"]
    );
    assert_eq!(
        ask(&s, "Who did Brandtner meet?").people,
        ["karl brandtner"]
    );
}

#[test]
fn a_name_typed_exactly_beats_a_better_known_one_a_letter_away() {
    let s = StoreBuilder::new()
        .person("Hisham Nazer")
        .person("Hisham Nazir")
        .person("Ali Reza")
        .meeting(&["hisham nazer", "ali reza"])
        .meeting(&["hisham nazer", "ali reza"])
        .meeting(&["hisham nazir", "ali reza"])
        .build();
    assert_eq!(
        ask(&s, "Did Reza meet Hisham Nazir?").people,
        ["ali reza", "hisham nazir"]
    );
    assert_eq!(
        ask(&s, "Did Reza meet Hisham Nazer?").people,
        ["ali reza", "hisham nazer"]
    );
}

#[test]
fn an_acronym_is_no_unknown_name() {
    let s = store();
    let q = ask(&s, "Did PR consultant Ines Moreau ever meet Okonkwo?");
    assert_eq!(q.unknown, ["Ines Moreau"]);
    // Must still: a question typed all in capitals keeps its names.
    let q = ask(&s, "DID INES MOREAU MEET OKONKWO?");
    assert_eq!(q.unknown, ["INES MOREAU"]);
}

#[test]
fn a_medium_of_calls_asks_about_calls_only() {
    use super::super::question::Contact;
    let s = store();
    let c = |q: &str| ask(&s, q).contact;
    assert_eq!(
        c("On what date did Okonkwo and Xu Lan hold their phone call?"),
        Contact::Remote
    );
    assert_eq!(c("When did Okonkwo last call Xu Lan?"), Contact::Remote);
    assert_eq!(c("When did Okonkwo and Xu Lan last speak?"), Contact::Speak);
    // Must not: meeting in person stays a meeting.
    assert_eq!(
        c("When did Okonkwo and Xu Lan last meet in person?"),
        Contact::Meet
    );
}

#[test]
fn a_party_or_nation_before_a_title_is_no_unknown_person() {
    let s = store();
    let q = ask(&s, "Where did Labour MP Ada Brandt meet Okonkwo?");
    assert!(!q.unknown_people.iter().any(|u| u == "Labour"), "{q:?}");
    let q = ask(
        &s,
        "When did West German President Kofi Mensah meet Okonkwo?",
    );
    assert!(
        !q.unknown_people.iter().any(|u| u.starts_with("West")),
        "{q:?}"
    );
    // Must still: an unknown name before a verb is a person.
    let q = ask(&s, "Did Okonkwo meet Sokha Vannak?");
    assert_eq!(q.unknown_people, ["Sokha Vannak"]);
}

#[test]
fn a_name_before_to_and_a_word_of_meeting_is_a_person() {
    let s = store();
    let q = ask(
        &s,
        "Has a date been set for Sokha Vannak to meet the lenders?",
    );
    assert_eq!(q.unknown_people, ["Sokha Vannak"], "{q:?}");
    let q = ask(&s, "Did the bank ask Lena Holt to visit Accra?");
    assert_eq!(q.unknown_people, ["Lena Holt"], "{q:?}");
    // Must not: a place before "to" ("from Lima to meet").
    let q = ask(&s, "Did Okonkwo fly from Lima to meet the lenders?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    // "anyway" asks nothing.
    assert!(ask(&s, "Who is he, anyway?").keywords.is_empty());
}

#[test]
fn since_a_meeting_asks_for_the_next_one_and_since_a_date_bounds_it() {
    let s = store();
    let q = ask(
        &s,
        "Have Okonkwo and Xu Lan spoken since they met in Port Halden?",
    );
    assert!(q.following, "{q:?}");
    let q = ask(
        &s,
        "Has Okonkwo met Xu Lan since the summit in Port Halden?",
    );
    assert!(q.following, "{q:?}");
    // Must not: "since" and a date is a bound, not the next meeting.
    let q = ask(&s, "Has Okonkwo met Xu Lan since April 2021?");
    assert!(!q.following && q.after.is_some(), "{q:?}");
}

#[test]
fn a_people_is_never_a_misspelt_name() {
    let s = StoreBuilder::new()
        .person("Aguas Argentinas")
        .person("Carla Germaine")
        .person("Mirela Okonkwo")
        .build();
    let q = ask(&s, "What did the Argentines tell Okonkwo?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    let q = ask(&s, "Did the Germans meet Okonkwo?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must still: a misspelt name that is no people's.
    assert_eq!(ask(&s, "Did Germain meet Okonkwo?").people.len(), 2);
}

#[test]
fn a_number_is_never_a_misspelt_name() {
    let s = StoreBuilder::new()
        .person("Steven Garrod")
        .person("Mirela Okonkwo")
        .build();
    let q = ask(&s, "When are the Group of Seven talks with Okonkwo?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    let q = ask(&s, "Did Okonkwo meet the Group of Seven?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must still: the given name a letter off.
    assert_eq!(ask(&s, "Did Stevan Garrod meet Okonkwo?").people.len(), 2);
}

#[test]
fn a_body_named_with_of_is_one_name_and_no_person() {
    let s = store();
    let q = ask(
        &s,
        "When are the Group of Five and Group of Seven talks in Port Halden?",
    );
    assert_eq!(q.unknown, ["Group of Five", "Group of Seven"], "{q:?}");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    let q = ask(&s, "Did Okonkwo meet the Bank of Tessaly governor?");
    assert!(q.unknown.iter().any(|u| u == "Bank of Tessaly"), "{q:?}");
    // Must not: a person "of" a place stays a person and a place.
    let q = ask(&s, "Did Okonkwo meet Ferrand of Tessaly?");
    assert!(!q.unknown.iter().any(|u| u.contains(" of ")), "{q:?}");
}

#[test]
fn a_title_is_never_a_misspelt_name() {
    let s = StoreBuilder::new()
        .person("Dana Crowe")
        .person("Tarik Mayer")
        .person("Mirela Okonkwo")
        .build();
    let q = ask(&s, "When did Crown Prince Omar meet Okonkwo?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    let q = ask(&s, "Did Mayor Ana Lindqvist see Okonkwo?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must still: the names themselves, typed right or a letter off.
    assert_eq!(ask(&s, "Did Dana Crowe meet Okonkwo?").people.len(), 2);
    assert_eq!(ask(&s, "Did Tarik Mayr meet Okonkwo?").people.len(), 2);
}

#[test]
fn the_head_of_a_body_is_never_a_misspelt_name() {
    let s = StoreBuilder::new()
        .person("Ivo Parry")
        .person("Ines Councel")
        .person("Mirela Okonkwo")
        .build();
    let q = ask(&s, "What did the Green Party say after meeting Okonkwo?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    let q = ask(
        &s,
        "How long did Friday's Parliamentary Labour Party meeting with Okonkwo last?",
    );
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    let q = ask(&s, "Did the City Council meet Okonkwo?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must still: the name a letter off.
    assert_eq!(ask(&s, "Did Parri meet Okonkwo?").people.len(), 2);
}

#[test]
fn a_name_typed_in_another_order_is_one_person() {
    let s = StoreBuilder::new()
        .person("Joaquim Ribeiro da Salles")
        .person("Mirela Okonkwo")
        .build();
    for question in [
        "Is Joaquim da Salles Ribeiro taking part?",
        "Is Joaquim Salles Ribeiro taking part?",
    ] {
        let q = ask(&s, question);
        assert_eq!(q.people, ["joaquim ribeiro da salles"], "{q:?}");
        assert!(q.unknown.is_empty(), "{q:?}");
    }
    // Must not: another of the family, named apart, is someone else.
    let q = ask(&s, "Did Joaquim Ribeiro da Salles meet Duarte Salles?");
    assert_eq!(q.unknown, ["Duarte Salles"], "{q:?}");
    // A name the facts don't know keeps its particle: one unknown person.
    let q = ask(&s, "Is Tomas van der Berg taking part?");
    assert_eq!(q.unknown, ["Tomas van der Berg"], "{q:?}");
    let q = ask(&s, "Did Okonkwo meet Lia de Souza?");
    assert_eq!(q.unknown, ["Lia de Souza"], "{q:?}");
}

#[test]
fn a_name_after_the_and_before_a_capital_names_a_thing() {
    let s = StoreBuilder::new()
        .person("James Wrightson")
        .person("Mirela Okonkwo")
        .build();
    let q = ask(&s, "Who confronted Okonkwo on the Wrightson Hour show?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must still: the surname alone, and after "the" before a word in lower case.
    assert_eq!(ask(&s, "Did Wrightson meet Okonkwo?").people.len(), 2);
    let q = ask(&s, "Did Okonkwo meet the Wrightson team's envoy?");
    assert_eq!(q.people.len(), 2, "{q:?}");
}

#[test]
fn a_name_before_a_word_of_trade_names_a_company() {
    let s = StoreBuilder::new()
        .person("James Wrightson")
        .person("Mirela Okonkwo")
        .build();
    let q = ask(&s, "Did Okonkwo take up Wrightson Holdings' offer?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    let q = ask(&s, "Was Okonkwo at the Wrightson Motors plant?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must not: a person's name before a capitalised word that is no trade's.
    let q = ask(&s, "Did Okonkwo meet Wrightson Monday?");
    assert_eq!(q.people.len(), 2, "{q:?}");
}

#[test]
fn a_month_or_weekday_is_never_a_misspelt_name() {
    let s = StoreBuilder::new()
        .person("Ivo Marsh")
        .person("Lena Monda")
        .person("Mirela Okonkwo")
        .build();
    let q = ask(&s, "Did Okonkwo meet the envoys in March?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    let q = ask(&s, "what did okonkwo say on monday?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must still: the name a letter off.
    assert_eq!(ask(&s, "Did Marsch meet Okonkwo?").people.len(), 2);
}

#[test]
fn a_quantifier_is_never_a_misspelt_name() {
    let s = StoreBuilder::new()
        .person("Walter Emery")
        .person("Ilse Severall")
        .person("Mirela Okonkwo")
        .build();
    let q = ask(&s, "did every lender agree to the plan?");
    assert!(q.people.is_empty(), "{q:?}");
    let q = ask(&s, "were several banks at the talks with okonkwo?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must still: the name a letter off, in lower case too.
    assert_eq!(ask(&s, "did emory meet okonkwo?").people.len(), 2);
}

#[test]
fn a_name_a_letter_off_before_another_name_is_someone_else() {
    let s = StoreBuilder::new()
        .person("Anton Marino")
        .person("Mirela Okonkwo")
        .build();
    let q = ask(&s, "Did Marina Kovacs meet Okonkwo?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must still: the misspelt name alone, and with its own given name.
    assert_eq!(ask(&s, "Did Marina meet Okonkwo?").people.len(), 2);
    assert_eq!(ask(&s, "Did Anton Marina meet Okonkwo?").people.len(), 2);
}

#[test]
fn a_word_in_lower_case_is_no_misspelt_name() {
    let s = StoreBuilder::new()
        .person("Bruce Smart")
        .person("Mirela Okonkwo")
        .build();
    let q = ask(&s, "Where was Okonkwo at the start of her tour?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // A question naming nobody but opening with a capital is cased too.
    let q = ask(&s, "What did he say at the start of it?");
    assert!(q.people.is_empty(), "{q:?}");
    // Must still: a capitalised typo, and a typo in a question typed all in lower case.
    assert_eq!(ask(&s, "Did Okonkwo meet Bruce Smrt?").people.len(), 2);
    assert_eq!(ask(&s, "did okonkwo meet smartt").people.len(), 2);
    // Must not: in a question all in lower case, a word one letter from a given name alone.
    let s = StoreBuilder::new().person("Stuart McGill").build();
    let q = ask(&s, "and when do they start on the bank creditors?");
    assert!(q.people.is_empty(), "{q:?}");
    assert_eq!(ask(&s, "when did stuart mcgil meet them").people.len(), 1);
}

#[test]
fn a_name_one_letter_from_a_given_name_alone_is_someone_else() {
    let s = StoreBuilder::new()
        .person("Romeo Dallaire")
        .person("Mirela Okonkwo")
        .build();
    let q = ask(&s, "Is the authority chairman Romero going to Brussels?");
    assert!(q.people.is_empty(), "{q:?}");
    let q = ask(&s, "Did Okonkwo talk to Romera about it?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must still: the given name typed as known, and the surname's typo.
    assert_eq!(ask(&s, "Did Romeo meet Okonkwo?").people.len(), 2);
    assert_eq!(ask(&s, "Did Dallair meet Okonkwo?").people.len(), 2);
}

#[test]
fn an_everyday_word_opening_a_capitalised_name_is_no_known_name() {
    let s = StoreBuilder::new()
        .person("Caesars World")
        .person("Gordon Brown")
        .build();
    let everyday = ["world", "brown", "the"];
    let lex = Lexicon::new(&s).with_common_words(move |w| everyday.contains(&w));
    let q = parse(
        "Where did Kerr meet the countries in Ireland's World Cup group?",
        &lex,
    );
    assert!(q.people.is_empty(), "{q:?}");
    let q = parse("What did the Brown University study find?", &lex);
    assert!(q.people.is_empty(), "{q:?}");
    // Must still: the name before a word in lower case, and the full name.
    assert_eq!(parse("When did Brown meet them?", &lex).people.len(), 1);
    assert_eq!(parse("Did Gordon Brown Meet Them?", &lex).people.len(), 1);
}

#[test]
fn a_given_name_after_a_title_in_lower_case_starts_someone_elses_name() {
    let s = StoreBuilder::new()
        .person("John Emery")
        .person("Mirela Okonkwo")
        .build();
    let q = ask(&s, "where was treasury secretary john snow on his tour?");
    assert!(q.people.is_empty(), "{q:?}");
    // Must still: the known person's full name after a title, or the given name alone.
    let q = ask(&s, "where was treasury secretary john emery on his tour?");
    assert_eq!(q.people, ["john emery"], "{q:?}");
    let q = ask(&s, "did okonkwo meet john?");
    assert_eq!(q.people.len(), 2, "{q:?}");
}

#[test]
fn an_everyday_word_of_the_corpus_is_no_misspelt_name() {
    let s = StoreBuilder::new()
        .person("Arlo Hanks")
        .person("Wenna Gates")
        .person("Mirela Okonkwo")
        .build();
    let everyday = ["banks", "games", "the"];
    let lex = Lexicon::new(&s).with_common_words(move |w| everyday.contains(&w));
    let q = parse("where did okonkwo open talks with the banks?", &lex);
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    let q = parse("when is okonkwo meeting the games industry", &lex);
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must still: a typo the corpus does not use, and a capitalised word.
    assert_eq!(parse("did okonkwo meet hankss", &lex).people.len(), 2);
    assert_eq!(parse("Did Okonkwo meet Banks?", &lex).people.len(), 2);
}

#[test]
fn an_everyday_word_in_lower_case_among_capitals_is_no_name() {
    let s = StoreBuilder::new()
        .person("Bill Hartono")
        .person("Mirela Okonkwo")
        .build();
    let everyday = ["bill", "the"];
    let lex = Lexicon::new(&s).with_common_words(move |w| everyday.contains(&w));
    let q = parse(
        "is the Senate Finance Committee still voting on the farm bill?",
        &lex,
    );
    assert!(q.people.is_empty(), "{q:?}");
    let q = parse("Did Okonkwo sign the bill in Oslo?", &lex);
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must still: the word capitalised, and a question typed all in lower case.
    let q = parse("Did Okonkwo meet Bill?", &lex);
    assert_eq!(q.people.len(), 2, "{q:?}");
    let q = parse("did okonkwo meet bill in oslo?", &lex);
    assert_eq!(q.people.len(), 2, "{q:?}");
}

#[test]
fn a_capitalised_stop_word_inside_a_question_is_a_name() {
    let s = store();
    let q = ask(&s, "Did Halvorsen and May agree to merge?");
    assert_eq!(q.unknown, ["Halvorsen", "May"], "{q:?}");
    let q = ask(&s, "When did Okonkwo meet Will Carter?");
    assert_eq!(q.unknown, ["Will Carter"], "{q:?}");
    // Must not: the month after "in", the opening auxiliary.
    let q = ask(&s, "Did Okonkwo meet Halvorsen in May?");
    assert_eq!(q.unknown, ["Halvorsen"], "{q:?}");
    let q = ask(&s, "Will Okonkwo meet Halvorsen?");
    assert_eq!(q.unknown, ["Halvorsen"], "{q:?}");
}

#[test]
fn a_name_qualifying_a_thing_is_no_one_who_met() {
    let s = store();
    let q = ask(&s, "Where did Anna Brill see the Tom Sawyer musical?");
    assert_eq!(q.unknown_things, ["Tom Sawyer"], "{q:?}");
    assert!(!q.person_like("Tom Sawyer"), "{q:?}");
    // Must still: a name after "the" and a title, and a name before a capital.
    let q = ask(&s, "Did Okonkwo meet the Tom Sawyer of Leeds?");
    assert!(q.unknown_things.is_empty(), "{q:?}");
    let q = ask(&s, "When will the Leeds United board meet Okonkwo?");
    assert!(q.unknown_things.is_empty(), "{q:?}");
    assert!(q.person_like("Anna Brill"));
}

#[test]
fn a_name_owning_a_group_is_no_one_who_met() {
    let s = store();
    let q = ask(&s, "Did Halden Stores shareholders vote on the offer?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    let q = ask(&s, "Did Norsk Fisk executives meet Okonkwo?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    // Must still: the name alone before the verb.
    let q = ask(&s, "Did Halden Stores meet Okonkwo?");
    assert_eq!(q.unknown_people, ["Halden Stores"], "{q:?}");
}

#[test]
fn till_opening_a_question_is_no_name() {
    let s = store();
    for text in ["Till when?", "Till what date were the talks postponed?"] {
        let q = ask(&s, text);
        assert!(q.unknown.is_empty(), "{q:?}");
    }
    // Must still: a name ending in those letters.
    let q = ask(&s, "Till when did Okonkwo host Anna Brill?");
    assert_eq!(q.unknown, ["Anna Brill"], "{q:?}");
}

#[test]
fn a_one_word_name_opening_an_occasion_is_no_one() {
    let s = StoreBuilder::new()
        .person("Mirela Okonkwo")
        .person("Dana World")
        .build();
    let q = ask(
        &s,
        "Who did Okonkwo hope to see at the World Economic Forum?",
    );
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must still: the name alone.
    let q = ask(&s, "Did Okonkwo meet World in Oslo?");
    assert_eq!(q.people.len(), 2, "{q:?}");
}

#[test]
fn a_description_before_the_name_is_no_verb() {
    let s = store();
    let q = ask(
        &s,
        "Who did NATO security envoy Mirela Okonkwo meet in Port Halden?",
    );
    assert_eq!(q.verb, None, "{q:?}");
    let q = ask(&s, "Who did farm envoy Okonkwo brief after the forum?");
    assert_eq!(q.verb.as_deref(), Some("brief"), "{q:?}");
    // Must still: the verb right after the name.
    let q = ask(&s, "Who did Okonkwo thank after meeting Xu Lan?");
    assert_eq!(q.verb.as_deref(), Some("thank"), "{q:?}");
}

#[test]
fn places_in_what_is_talked_about_are_no_meeting_places() {
    let s = store();
    let q = ask(
        &s,
        "What did Okonkwo tell Xu Lan about Norway giving loans to Sweden?",
    );
    assert!(q.places.is_empty(), "{q:?}");
    let q = ask(&s, "What did they say about Port Halden and its port?");
    assert!(q.places.is_empty(), "{q:?}");
    // Must still: "in" or "at" within the talk places it.
    let q = ask(&s, "What did they talk about in Port Halden?");
    assert_eq!(q.places, ["port halden"], "{q:?}");
}

#[test]
fn an_everyday_word_of_an_occasion_is_no_place() {
    let s = StoreBuilder::new()
        .person("Mirela Okonkwo")
        .person("Xu Lan")
        .meeting(&["mirela okonkwo", "xu lan"])
        .occasion("Nordic Trade Committee meeting")
        .build();
    let everyday = ["trade"];
    let lex = Lexicon::new(&s).with_common_words(move |w| everyday.contains(&w));
    let q = parse("Who did trade minister Okonkwo meet?", &lex);
    assert!(q.places.is_empty(), "{q:?}");
    // Must still: the word typed as a name is the occasion's.
    let q = parse("Did Okonkwo attend the Trade Committee?", &lex);
    assert!(!q.places.is_empty(), "{q:?}");
}

#[test]
fn a_given_name_before_an_elided_surname_is_someone_else() {
    let s = StoreBuilder::new()
        .person("Martin Bangemann")
        .person("Mirela Okonkwo")
        .build();
    let q = ask(&s, "Has Okonkwo had talks with Martin O'Neill yet?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    let q = ask(&s, "Did Okonkwo meet Martin D’Souza?");
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must not: a given name followed by an initial and a full stop is still the person.
    assert_eq!(ask(&s, "Did Martin B. meet Okonkwo?").people.len(), 2);
}

#[test]
fn a_speaker_no_fact_knows_is_noted() {
    let s = store();
    let q = ask(&s, "What did Fiskerforbund say after the talks?");
    assert_eq!(q.kind(), Kind::Said);
    assert_eq!(q.unknown_speaker.as_deref(), Some("Fiskerforbund"), "{q:?}");
    // Must not: a known speaker is no unknown one.
    let q = ask(&s, "What did Okonkwo say after the talks?");
    assert!(q.unknown_speaker.is_none() && q.speaker.is_some(), "{q:?}");
}

#[test]
fn how_often_is_a_count_and_an_exchange_no_person() {
    let s = store();
    assert_eq!(ask(&s, "Do they meet often?").kind(), Kind::HowMany);
    assert_eq!(ask(&s, "How regularly do they meet?").kind(), Kind::HowMany);
    // Must not: "often" is no count when the question asks where.
    assert_eq!(ask(&s, "Where do they often meet?").kind(), Kind::Where);
    let q = ask(
        &s,
        "How did Okonkwo describe her talks with the Lagos Stock Exchange?",
    );
    assert!(q.unknown_people.is_empty(), "{q:?}");
}

#[test]
fn a_country_s_alias_places_and_a_demonym_does_not() {
    let s = store();
    let q = ask(&s, "And who is Okonkwo seeing in the UAE?");
    assert_eq!(q.places, ["united arab emirates"], "{q:?}");
    let q = ask(&s, "Did Okonkwo meet Xu Lan in Britain?");
    assert_eq!(q.places, ["united kingdom"], "{q:?}");
    // Must not: a demonym, or "us" the pronoun.
    let q = ask(&s, "Which Emirati minister did Okonkwo meet?");
    assert!(q.places.is_empty(), "{q:?}");
    let q = ask(&s, "can you tell us when Okonkwo met Xu Lan?");
    assert!(q.places.is_empty(), "{q:?}");
    // Must not: "during his visit to Britain" may ask where in the country.
    let q = ask(
        &s,
        "Where did Okonkwo meet Xu Lan during his visit to Britain?",
    );
    assert!(q.places.is_empty(), "{q:?}");
}

#[test]
fn a_place_ending_a_body_s_name_is_no_place() {
    let s = store();
    // Must handle: a body's name after "of" or "de".
    let q = ask(
        &s,
        "When is Banco de Chile president Okonkwo meeting the board?",
    );
    assert!(q.places.is_empty(), "{q:?}");
    let q = ask(&s, "Did Okonkwo meet the governor of the Bank of Japan?");
    assert!(q.places.is_empty(), "{q:?}");
    // Must not: "the port of Port Halden" is a place.
    let q = ask(&s, "Did Okonkwo meet Xu Lan in the port of Port Halden?");
    assert_eq!(q.places, ["port halden"], "{q:?}");
}

#[test]
fn a_place_word_inside_a_capitalised_name_is_no_place() {
    let s = StoreBuilder::new()
        .person("Mirela Okonkwo")
        .person("Xu Lan")
        .meeting(&["mirela okonkwo", "xu lan"])
        .place_in("Westfield", "Norway")
        .build();
    // Must handle: the word inside a name of several capitalised words.
    let q = ask(&s, "Did they sign off on Okonkwo's Westfield Growth Fund?");
    assert!(q.places.is_empty(), "{q:?}");
    let q = ask(&s, "Did they back the Global Westfield Fund?");
    assert!(q.places.is_empty(), "{q:?}");
    // Must not: the place alone, before a capitalised weekday it is not part of.
    let q = ask(&s, "Did Okonkwo meet Xu Lan in Westfield?");
    assert_eq!(q.places, ["westfield"], "{q:?}");
    let q = ask(&s, "Did Okonkwo meet Xu Lan in Oslo, Westfield and Bergen?");
    assert!(q.places.contains(&"westfield".to_string()), "{q:?}");
}

#[test]
fn a_word_of_a_compound_surname_names_no_one_else() {
    let s = StoreBuilder::new()
        .person("Javier Perez de Cuellar")
        .alias("Cuellar")
        .person("Shimon Peres")
        .alias("Perez")
        .person("Ahmed Zaki Yamani")
        .person("Xu Lan")
        .meeting(&["shimon peres", "xu lan"])
        .meeting(&["ahmed zaki yamani", "xu lan"])
        .build();
    // Must handle: "Perez" opening "Perez de Cuellar" is no Peres; "al-Ahmed" no Ahmed.
    let q = ask(&s, "Did UN chief Perez de Cuellar meet Xu Lan?");
    assert!(!q.people.contains(&"shimon peres".to_string()), "{q:?}");
    let q = ask(&s, "What did Sheikh Sabah al-Ahmed tell Xu Lan?");
    assert!(
        !q.people.contains(&"ahmed zaki yamani".to_string()),
        "{q:?}"
    );
    // Must not: the names typed alone still name them.
    let q = ask(&s, "Did Peres meet Xu Lan?");
    assert!(q.people.contains(&"shimon peres".to_string()), "{q:?}");
    let q = ask(&s, "Did Ahmed Zaki Yamani meet Xu Lan?");
    assert!(q.people.contains(&"ahmed zaki yamani".to_string()), "{q:?}");
}

#[test]
fn a_given_name_before_a_particle_and_another_surname_is_someone_elses() {
    let s = StoreBuilder::new()
        .person("Omar Lindqvist")
        .person("Xu Lan")
        .meeting(&["omar lindqvist", "xu lan"])
        .build();
    // Must handle: "Omar" of "Omar al-Haddad" or "Omar van Berkel" is no Omar Lindqvist.
    let q = ask(&s, "What did Sheikh Omar al-Haddad say about the talks?");
    assert!(!q.people.contains(&"omar lindqvist".to_string()), "{q:?}");
    let q = ask(&s, "Did Omar van Berkel meet Xu Lan?");
    assert!(!q.people.contains(&"omar lindqvist".to_string()), "{q:?}");
    // Must not: the given name alone, or before the known surname, still names him.
    let q = ask(&s, "Did Omar meet Xu Lan in Oslo?");
    assert!(q.people.contains(&"omar lindqvist".to_string()), "{q:?}");
    let q = ask(&s, "Did Omar Lindqvist meet Xu Lan?");
    assert!(q.people.contains(&"omar lindqvist".to_string()), "{q:?}");
}

#[test]
fn a_country_talked_about_is_no_place() {
    let s = store();
    let q = ask(
        &s,
        "Did Okonkwo meet Xu Lan in Port Halden to talk about Turkey?",
    );
    assert_eq!(q.places, ["port halden"], "{q:?}");
    let q = ask(&s, "What did Okonkwo say about Iran?");
    assert!(q.places.is_empty(), "{q:?}");
    // Must not: a country where they met is a place.
    let q = ask(&s, "Did Okonkwo meet Xu Lan in Turkey?");
    assert_eq!(q.places, ["turkey"], "{q:?}");
}

#[test]
fn words_opening_a_follow_up_are_not_the_question() {
    let s = store();
    // Must: the kind of the question after "And", "So, ".
    assert_eq!(
        ask(&s, "And what did Okonkwo tell Xu Lan?").kind(),
        Kind::Said
    );
    assert_eq!(ask(&s, "So, where was that?").kind(), Kind::Where);
    assert_eq!(ask(&s, "and then when did they meet?").kind(), Kind::When);
    // Must not: a question that is only such a word stays as typed.
    assert_eq!(ask(&s, "So?").kind(), Kind::Other);
}

#[test]
fn a_name_after_a_title_is_a_person_and_the_body_before_the_title_is_not() {
    let s = store();
    let q = ask(&s, "Did Okonkwo meet Central Bank governor Tarik Osei?");
    assert_eq!(q.unknown_people, vec!["Tarik Osei"], "{q:?}");
    let q = ask(
        &s,
        "Where did Okonkwo see Bank of Ghana governor Osei about rates?",
    );
    assert_eq!(q.unknown_people, vec!["Osei"], "{q:?}");
    // A body visited is no person.
    let q = ask(&s, "Did Okonkwo visit the Bank of Ghana?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
}

#[test]
fn a_who_question_asks_about_its_verb_unless_it_is_one_of_meeting() {
    let s = store();
    let verb = |q: &str| ask(&s, q).verb;
    assert_eq!(
        verb("Who did Okonkwo ask about the loan?").as_deref(),
        Some("ask")
    );
    assert_eq!(
        verb("Who chaired the Halden Security Forum?").as_deref(),
        Some("chaired")
    );
    assert_eq!(
        verb("Who else signed the accord?").as_deref(),
        Some("signed")
    );
    assert_eq!(verb("Who did Okonkwo meet in Port Halden?"), None);
    // A group named after the subject's name is the subject's, no verb.
    assert_eq!(
        verb("Who did Halden Rovers officials meet about the loan?"),
        None
    );
    // Any form of a verb of meeting asks about meeting ("seeing", "visiting").
    assert_eq!(verb("And who is Okonkwo seeing in the UAE?"), None);
    assert_eq!(verb("Who is Xu Lan visiting next week?"), None);
    // The verb after a plan: "going to join" asks about joining.
    assert_eq!(
        verb("Who was going to join them for the next round?").as_deref(),
        Some("join")
    );
    assert_eq!(verb("Who is going to meet Okonkwo?"), None);
    assert_eq!(verb("Who was at the talks?"), None);
    assert_eq!(verb("When did Okonkwo ask Xu Lan?"), None);
    // The subject's title and names are no verb ("OPEC president Ana Ruiz").
    assert_eq!(
        verb("Who did OPEC president Ana Ruiz hold talks with in Oslo?"),
        None
    );
    assert_eq!(
        verb("Who did Foreign Minister Okonkwo ask about the loan?").as_deref(),
        Some("ask")
    );
    // "chair" before a name is a title, after "will" still the verb.
    assert_eq!(
        verb("Who did Port Council chair Ana Ruiz see in Oslo?"),
        None
    );
    assert_eq!(
        verb("Who will chair the Halden talks?").as_deref(),
        Some("chair")
    );
}

#[test]
fn words_of_insistence_are_no_keywords() {
    let s = store();
    // Must handle: "actually", "exactly" say nothing a sentence must hold.
    for text in [
        "Who at the ministry actually received the letter?",
        "Where exactly did Okonkwo meet Xu Lan?",
    ] {
        let q = ask(&s, text);
        for w in ["actually", "exactly"] {
            assert!(!q.keywords.contains(&w.to_string()), "{w}: {q:?}");
        }
    }
    // Must not: the words around them stay.
    let q = ask(&s, "Who at the ministry actually received the letter?");
    assert!(q.keywords.contains(&"letter".to_string()), "{q:?}");
}

#[test]
fn a_yes_or_no_asks_about_its_verb_unless_it_is_of_meeting_or_its_fate() {
    let s = store();
    let verb = |q: &str| ask(&s, q).verb;
    // Must handle: what someone did, with a word of manner before the verb.
    assert_eq!(
        verb("Did Okonkwo sign anything during his trip to Accra?").as_deref(),
        Some("sign")
    );
    assert_eq!(
        verb("Has Xu Lan actually approved the loan since the talks?").as_deref(),
        Some("approved")
    );
    // Must not: whether they met, what became of the meeting, who attended.
    assert_eq!(verb("Did Okonkwo meet Xu Lan in Accra?"), None);
    assert_eq!(verb("Did they postpone the talks?"), None);
    assert_eq!(verb("Did Okonkwo attend the summit?"), None);
    assert_eq!(verb("Did they discuss the loan?"), None);
    assert_eq!(verb("Was Okonkwo in Accra?"), None);
    // A word describing the subject before its name is no verb.
    assert_eq!(verb("Did PR consultant Ana Ruiz ever meet Okonkwo?"), None);
    assert_eq!(
        verb("Did referee Ivo Kral and coach Xu Lan speak after the game?"),
        None
    );
    // Must still: a verb whose object is a name ("warn Okonkwo that ...").
    assert_eq!(
        verb("Did Xu Lan warn Okonkwo about the loan?").as_deref(),
        Some("warn")
    );
    // A phrasal verb is asked whole ("turn up" is no "turned into").
    assert_eq!(
        verb("Did Ghana turn up at the talks this time?").as_deref(),
        Some("turn up")
    );
}

#[test]
fn preparing_as_the_purpose_of_a_meeting_held_asks_no_plan() {
    let s = store();
    // Must handle: preparation asked as what is to come.
    assert!(ask(&s, "Is Okonkwo preparing for talks with Xu Lan?").planned);
    assert!(ask(&s, "What preparations are there for the summit?").planned);
    // Must not: the purpose of a meeting held.
    assert!(!ask(&s, "Who did Okonkwo meet to prepare the Nigerian position?").planned);
}

#[test]
fn going_to_meet_asks_about_a_meeting_to_come() {
    let s = store();
    assert!(ask(&s, "Are they going to meet again?").planned);
    assert!(ask(&s, "Is Okonkwo going to hold talks with Xu Lan?").planned);
    // A meeting gone to: a determiner and a few words before the word of meeting.
    assert!(ask(&s, "Was Okonkwo going to the Accra cocoa talks?").planned);
    assert!(ask(&s, "Is Xu Lan going to the summit in Lome?").planned);
    // Must not: going somewhere, or going to do something else.
    assert!(!ask(&s, "Was Okonkwo going to Port Halden when she met Xu Lan?").planned);
    assert!(!ask(&s, "Is Okonkwo going to the airport to meet Xu Lan?").planned);
    assert!(
        !ask(
            &s,
            "Did Okonkwo say she was going to resign when she met Xu Lan?"
        )
        .planned
    );
}

#[test]
fn a_present_progressive_asks_about_a_meeting_to_come() {
    let s = store();
    assert!(ask(&s, "What date is Okonkwo meeting Xu Lan?").planned);
    assert!(ask(&s, "Where are Okonkwo and Xu Lan meeting?").planned);
    assert!(!ask(&s, "When was Okonkwo meeting Xu Lan?").planned);
    assert!(!ask(&s, "When is the meeting of Okonkwo and Xu Lan?").planned);
    // After two question words, and in the question after a statement and a dash.
    assert!(ask(&s, "When and where is Okonkwo meeting Xu Lan?").planned);
    let q = ask(
        &s,
        "Okonkwo said she'd raise the quota with Xu Lan - when is she meeting her?",
    );
    assert!(q.planned && q.kind() == Kind::When, "{q:?}");
    // Must not: a meeting in the past after the dash.
    assert!(
        !ask(
            &s,
            "Okonkwo raised the quota - when and where was she meeting Xu Lan?"
        )
        .planned
    );
}

#[test]
fn a_trip_in_the_present_asks_about_one_to_come() {
    let s = store();
    assert!(ask(&s, "When is Okonkwo flying to Port Halden?").planned);
    assert!(ask(&s, "When does Okonkwo's visit to Port Halden begin?").planned);
    // Must not: a trip in the past, or going to do something.
    assert!(!ask(&s, "When was Okonkwo travelling to Port Halden?").planned);
    assert!(!ask(&s, "Is Okonkwo going to resign?").planned);
}

#[test]
fn next_beside_a_meeting_asks_about_one_to_come() {
    let s = store();
    assert!(ask(&s, "When is their next meeting?").planned);
    assert!(ask(&s, "Where do Okonkwo and Xu Lan meet next?").planned);
    assert!(!ask(&s, "What did Okonkwo do the next day?").planned);
}

#[test]
fn a_country_s_minister_is_a_counterpart_not_a_place() {
    let s = store();
    let q = ask(&s, "When is Norway's foreign minister due in Port Halden?");
    assert_eq!(q.counterparts.len(), 1, "{q:?}");
    assert_eq!(q.counterparts[0].country, Some("norway"));
    assert!(!q.places.iter().any(|p| p == "norway"), "{q:?}");
    let q = ask(&s, "When will Norway's oil minister meet Okonkwo?");
    assert_eq!(q.counterparts.len(), 1, "{q:?}");
    assert!(q.counterparts[0].role.iter().any(|w| w == "oil"), "{q:?}");
    let q = ask(&s, "Did Okonkwo meet Xu Lan in Norway's capital?");
    assert!(q.places.iter().any(|p| p == "norway"), "{q:?}");
}

#[test]
fn a_statement_asked_as_a_question_is_a_yes_no() {
    let s = store();
    let k = |q: &str| parse(q, &Lexicon::new(&s)).kind();
    assert_eq!(
        k("So he pressed Xu Lan for specific policy changes?"),
        Kind::YesNo
    );
    assert_eq!(k("Okonkwo agreed to the plan?"), Kind::YesNo);
    assert_eq!(k("And they will meet again?"), Kind::YesNo);
    assert_eq!(k("Okonkwo Xu Lan meeting date?"), Kind::When);
    assert_eq!(k("He said what?"), Kind::Other);
}

#[test]
fn a_title_alone_is_no_unknown_person() {
    let s = store();
    let q = ask(&s, "What date was Okonkwo's meeting with President Xu Lan?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    let q = ask(&s, "Did Okonkwo meet with Commerce Secretary Xu Lan?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    // The title of a known person is theirs: no name a passage must hold.
    assert!(q.unknown.is_empty(), "{q:?}");
    // Must not: a title alone is still a word to search for.
    let q = ask(&s, "Did Okonkwo meet the Commerce Secretary in Oslo?");
    assert!(q.unknown.iter().any(|u| u == "Commerce Secretary"), "{q:?}");
    // A name after the title still is one.
    let q = ask(&s, "Did Okonkwo meet President Varga?");
    assert!(
        q.unknown_people.iter().any(|u| u.ends_with("Varga")),
        "{q:?}"
    );
}

#[test]
fn a_demonym_before_a_noun_of_place_places_the_meeting() {
    let s = store();
    let q = ask(&s, "In which German city did Okonkwo meet Xu Lan?");
    assert_eq!(q.kind(), Kind::Where);
    assert!(q.places.iter().any(|p| p == "germany"), "{q:?}");
    let q = ask(&s, "Which German minister did Okonkwo meet?");
    assert!(!q.places.iter().any(|p| p == "germany"), "{q:?}");
}

#[test]
fn an_unknown_name_after_at_or_in_is_a_setting_not_a_person() {
    let s = store();
    let q = ask(&s, "Who hosted the ministers' meeting at Valdemosa-Alta?");
    assert_eq!(q.unknown_settings, ["Valdemosa Alta"]);
    assert!(!q.person_like("Valdemosa Alta"));
    let q = ask(&s, "Did Okonkwo meet Lena Brandt in Porto Vell?");
    assert_eq!(q.unknown_settings, ["Porto Vell"]);
    assert!(q.person_like("Lena Brandt"));
    let q = ask(&s, "Was the meeting held at Lena Brandt's request?");
    assert!(q.unknown_settings.is_empty(), "{:?}", q.unknown_settings);
}

#[test]
fn a_role_right_before_a_name_is_that_persons_title() {
    let s = store();
    // Must handle: a known person's title, and an unknown person's.
    let q = ask(
        &s,
        "What did Nigerian Foreign Minister Mirela Okonkwo and Chinese Defence Minister Xu Lan sign?",
    );
    assert_eq!(q.people, vec!["mirela okonkwo", "xu lan"]);
    assert!(q.counterparts.is_empty(), "{q:?}");
    assert!(q.places.is_empty(), "{q:?}");
    let q = ask(&s, "Did Swedish Prime Minister Karin Lund meet Xu Lan?");
    assert!(q.counterparts.is_empty(), "{q:?}");
    // Must not: a role described alone is a counterpart still.
    let q = ask(&s, "When did Xu Lan meet the Swedish prime minister?");
    assert_eq!(q.counterparts.len(), 1, "{q:?}");
    assert_eq!(q.counterparts[0].country, Some("sweden"));
}

#[test]
fn a_country_that_acts_is_no_place() {
    let s = store();
    // Must handle: a country opening the question after an auxiliary, or before a modal,
    // is the one acting, not where a meeting was.
    let q = ask(
        &s,
        "Has Norway held its talks with the envoy about the quota yet?",
    );
    assert!(q.places.is_empty(), "{q:?}");
    let q = ask(&s, "So Nigeria would resume lending to the bank?");
    assert!(q.places.is_empty(), "{q:?}");
    // Must not: a place after a preposition, or a host, is still where.
    let q = ask(&s, "Did Okonkwo meet Xu Lan in Norway?");
    assert_eq!(q.places, vec!["norway"]);
    let q = ask(&s, "Did Norway host the forum?");
    assert_eq!(q.places, vec!["norway"]);
}

#[test]
fn two_countries_joined_as_the_subject_act() {
    let s = store();
    // Must handle: two countries joined after the auxiliary, also after a question word
    // and before a verb in "-ing".
    for question in [
        "When are Japan and France holding their formal financial talks?",
        "What did Chile and Peru agree on before the summit?",
        "Have Norway and Sweden signed the fishing accord?",
    ] {
        let q = ask(&s, question);
        assert!(q.places.is_empty() && q.countries_act, "{question}: {q:?}");
    }
    // Must not: one country after a question word may be where, countries in a later
    // clause are no subject, and "was Norway" is asked about.
    let q = ask(&s, "When did Japan host Xu Lan?");
    assert_eq!(q.places, vec!["japan"]);
    let q = ask(
        &s,
        "What did Okonkwo say when Japan and France met in Norway?",
    );
    assert!(
        !q.countries_act && q.places.contains(&"japan".to_string()),
        "{q:?}"
    );
    let q = ask(&s, "Was Norway the first stop of her trip?");
    assert_eq!(q.places, vec!["norway"]);
}

#[test]
fn a_country_that_owns_is_no_place() {
    let s = store();
    // Must handle: a possessive country before a person or body is whose, not where.
    let q = ask(
        &s,
        "When was Chile's charge d'affaires summoned by the ministry?",
    );
    assert!(q.places.is_empty(), "{q:?}");
    let q = ask(&s, "What did Kenya's foreign ministry tell Okonkwo?");
    assert!(q.places.is_empty(), "{q:?}");
    // Must not: a possessive country before a noun of place still places.
    let q = ask(&s, "Did Okonkwo meet Xu Lan in Kenya's capital?");
    assert_eq!(q.places, vec!["kenya"]);
}

#[test]
fn a_name_opening_an_institutions_name_is_no_person() {
    let s = store();
    // Must handle: a surname before a capitalised institution word names the institution.
    let q = ask(&s, "Which Okonkwo Bank official did Xu Lan meet in March?");
    assert_eq!(q.people, vec!["xu lan"], "{q:?}");
    // Must not: the surname alone, or before a lower-case word, is the person.
    let q = ask(&s, "When did Okonkwo meet Xu Lan?");
    assert!(q.people.contains(&"mirela okonkwo".to_string()), "{q:?}");
    let q = ask(&s, "Did Okonkwo bank on Xu Lan's support?");
    assert!(q.people.contains(&"mirela okonkwo".to_string()), "{q:?}");
}

#[test]
fn a_statement_that_sets_the_scene_leaves_the_kind_to_the_question_after_it() {
    let s = store();
    let q = ask(
        &s,
        "Okonkwo held talks with Xu Lan on Friday. What did Okonkwo say afterwards?",
    );
    assert_eq!(q.kind(), Kind::Said);
    assert_eq!(q.speaker.as_deref(), Some("mirela okonkwo"));
    assert_eq!(q.people.len(), 2, "{q:?}");
    let q = ask(
        &s,
        "Xu Lan visited Oslo in May. Did she meet Okonkwo there?",
    );
    assert_eq!(q.kind(), Kind::YesNo);
    // One question whose last words follow an abbreviation is one sentence.
    let q = ask(&s, "When did Okonkwo meet Xu Lan in St. Halden?");
    assert_eq!(q.kind(), Kind::When);
}

#[test]
fn a_side_of_a_match_is_no_place() {
    let s = store();
    let q = ask(
        &s,
        "Did Okonkwo speak to Xu Lan after the Norway v Sweden game?",
    );
    assert!(q.places.is_empty(), "{q:?}");
    let q = ask(&s, "Did Okonkwo meet Xu Lan after the game in Norway?");
    assert_eq!(q.places, vec!["norway".to_string()]);
}

#[test]
fn a_country_that_asks_is_the_subject_not_the_place() {
    let s = store();
    let q = ask(&s, "When had Norway first asked the bank for the credit?");
    assert!(q.places.is_empty(), "{q:?}");
    let q = ask(&s, "When did Norway ask for the loan?");
    assert!(q.places.is_empty(), "{q:?}");
    // A meeting there is still asked about.
    let q = ask(&s, "When did Norway host Okonkwo?");
    assert_eq!(q.places, vec!["norway".to_string()]);
}

#[test]
fn a_big_city_typed_alone_is_the_city_not_a_namesake() {
    let s = StoreBuilder::new()
        .person("Miguel Madrid")
        .person("Bo Lind")
        .person("Ana Tarvo")
        .meeting(&["miguel madrid", "bo lind"])
        .meeting(&["ana tarvo", "bo lind"])
        .build();
    // Must handle: the city, however a known person is called.
    let q = ask(
        &s,
        "Is Foreign Minister Ana Ruiz representing Madrid at the talks?",
    );
    assert!(q.people.is_empty(), "{:?}", q.people);
    // Must handle: the person by full name, and a surname that is no big city.
    assert_eq!(ask(&s, "When did Miguel Madrid meet Lind?").people.len(), 2);
    assert_eq!(ask(&s, "When did Tarvo meet Lind?").people.len(), 2);
}

#[test]
fn a_regional_demonym_is_no_misspelt_surname() {
    let s = StoreBuilder::new()
        .person("Ivo Walsh")
        .person("Rhea Kurdisch")
        .build();
    // Must: a people's adjective is typed as meant.
    let q = ask(
        &s,
        "When are the health chiefs meeting over the plan to stop treating Welsh patients?",
    );
    assert!(q.people.is_empty(), "{q:?}");
    let q = ask(&s, "Who met the Kurdish leaders in Ankara?");
    assert!(q.people.is_empty(), "{q:?}");
    // Must not: the surname itself, and a typo of it that is no demonym.
    assert_eq!(ask(&s, "When did Walsh meet Kurdisch?").people.len(), 2);
    assert_eq!(ask(&s, "When did Walshe meet Kurdish?").people.len(), 1);
}

#[test]
fn a_participle_after_a_word_of_meeting_is_no_name() {
    let s = store();
    // Must: a lower-case question's participle after "meeting" or "talks".
    let q = ask(&s, "is there another meeting coming up?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    let q = ask(&s, "are the talks starting soon?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    // Must: an adverb after the verb.
    let q = ask(&s, "when do they all meet together?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    let q = ask(&s, "did they meet alone");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    // Must: a word of plan after the word of meeting.
    let q = ask(&s, "are more talks planned?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    // Must not: a name after the verb.
    let q = ask(&s, "when did okonkwo meet brandt");
    assert_eq!(q.unknown_people, ["brandt"], "{q:?}");
}

#[test]
fn a_body_named_beside_a_meeting_is_no_person() {
    let s = store();
    // Must: an exchange and a board are bodies, however they stand.
    let q = ask(
        &s,
        "Which exchanges held talks with the Oslo Stock Exchange last week?",
    );
    assert!(q.unknown_people.is_empty(), "{q:?}");
    let q = ask(&s, "When did Okonkwo meet the Lagos Health Board?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    // Must not: a person after the same words.
    let q = ask(&s, "Which exchanges held talks with Ada Strand last week?");
    assert_eq!(q.unknown_people, ["Ada Strand"], "{q:?}");
}

#[test]
fn who_else_and_anyone_else_ask_about_others() {
    let s = store();
    // Must: "who else", "anyone else".
    assert!(ask(&s, "who else did he meet there?").others);
    assert!(ask(&s, "Did Okonkwo meet anyone else in Oslo?").others);
    // Must not: "else" in another sense, or no "else".
    assert!(!ask(&s, "What else did they agree?").others);
    assert!(!ask(&s, "Who did he meet there?").others);
}

#[test]
fn the_thing_left_out_is_no_word_the_answer_must_hold() {
    let s = store();
    // Must: a thing after "besides" / "apart from" is neither a name nor a keyword.
    let q = ask(
        &s,
        "What else did they agree besides the Tromso-Bodo ferry?",
    );
    assert!(q.unknown.is_empty(), "{q:?}");
    assert!(!q.keywords.contains(&"ferry".to_string()), "{q:?}");
    let q = ask(&s, "What did Okonkwo sign apart from the grain accord?");
    assert!(!q.keywords.contains(&"grain".to_string()), "{q:?}");
    assert_eq!(q.left_out, ["grain", "accord"]);
    assert_eq!(q.people, ["mirela okonkwo"]);
    // Must not: a person left out stays excluded, and words after it still count.
    let q = ask(
        &s,
        "Which minister did Okonkwo meet besides Xu Lan in Port Halden?",
    );
    assert_eq!(q.excluded, ["xu lan"]);
    assert_eq!(q.places, ["port halden"], "{q:?}");
}

#[test]
fn they_after_the_group_the_question_names_are_that_group() {
    let s = store();
    let group = |t: &str| ask(&s, t).group_acts;
    assert!(group(
        "Where did the eurozone finance ministers meet when they blamed the US?"
    ));
    assert!(group(
        "What did the union officials say after they saw the minister?"
    ));
    // States and bodies act as a group too.
    assert!(group(
        "When do the Nordic states next meet to review their fishing pact?"
    ));
    assert!(group("Where did the two governments sign their accord?"));
    // Must not: a group met, or none named, leaves "they" to the conversation.
    assert!(!group("After talks with the exporters, where did they go?"));
    assert!(!group("Where did they meet the nations' envoys?"));
    assert!(!group("Where did they meet?"));
}

#[test]
fn they_after_a_body_the_question_names_are_no_pair_to_assume() {
    let s = store();
    let group = |t: &str| ask(&s, t).group_acts;
    // Must handle: bodies or states typed in capitals before "the two sides" or "they".
    assert!(group(
        "Why did Canada take the EU to the WTO - hadn't the two sides been talking?"
    ));
    assert!(group(
        "Did Acme Steel drop the bid after they met the unions?"
    ));
    // Must not: a sentence's first word, a month or a known place before "they".
    assert!(!group("Fine. When did they last meet?"));
    assert!(!group("In March, where did they meet?"));
    assert!(!group("After Port Halden, where did they go?"));
}

#[test]
fn an_o_apostrophe_surname_is_one_name() {
    let s = store();
    for (question, name) in [
        (
            "Where did Lind play against Brian O'Driscoll?",
            "Brian O'Driscoll",
        ),
        ("Did Lind meet Sean O’Neill?", "Sean O’Neill"),
    ] {
        let q = ask(&s, question);
        assert!(q.unknown.contains(&name.to_string()), "{question}: {q:?}");
    }
    // Must not: a lone capital letter is no name.
    let q = ask(&s, "Did Lind meet O and Brian Kerr?");
    assert!(q.unknown.iter().all(|u| !u.starts_with('O')), "{q:?}");
}

#[test]
fn a_name_after_against_or_about_is_a_person() {
    let s = store();
    for (question, name) in [
        (
            "Where will Aasen come up against Kettil Brandt?",
            "Kettil Brandt",
        ),
        ("Who met Lind about Kettil Brandt?", "Kettil Brandt"),
    ] {
        let q = ask(&s, question);
        assert!(
            q.unknown_people.contains(&name.to_string()),
            "{question}: {q:?}"
        );
    }
    // Must not: a place or a body after them.
    let q = ask(&s, "What did Lind say about the Baltic Fisheries Council?");
    assert!(
        q.unknown_people.iter().all(|u| !u.contains("Council")),
        "{q:?}"
    );
    let q = ask(&s, "What did Lind say about Norway?");
    assert!(q.unknown_people.iter().all(|u| u != "Norway"), "{q:?}");
}

#[test]
fn a_hyphenated_pair_after_the_is_two_people() {
    let s = StoreBuilder::new()
        .person("Marta Uribe")
        .person("Duarte Falcao")
        .meeting(&["marta uribe", "duarte falcao"])
        .build();
    let q = ask(&s, "Was the Uribe-Falcao summit delayed?");
    assert_eq!(q.people, ["marta uribe", "duarte falcao"], "{q:?}");
    // Must not: a name before another typed after a space begins a thing's name.
    let q = ask(&s, "Who hosted the Uribe Memorial lecture?");
    assert!(q.people.is_empty(), "{q:?}");
}

#[test]
fn a_given_name_before_a_rare_lower_case_word_starts_someone_elses_name() {
    let s = StoreBuilder::new()
        .person("Tomas Brandvik")
        .person("Anouk")
        .person("Anouk Vessberg")
        .person("Mirela Okonkwo")
        .build();
    let everyday = ["arrive", "the", "in", "talks", "rourke"];
    let lex = Lexicon::new(&s).with_common_words(move |w| everyday.contains(&w));
    // Tomas Brandvik is known; "tomas feeney" and "tomas o'rourke" are not him.
    let q = parse("when does okonkwo play against tomas feeney?", &lex);
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    let q = parse("did okonkwo ever meet tomas o'rourke?", &lex);
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Another known person's surname after the given name: neither of them.
    let q = parse("why did tomas okonkwo resign?", &lex);
    assert!(q.people.is_empty(), "{q:?}");
    // Someone known by one name alone is no one else's given name either.
    let q = parse("did okonkwo ever meet anouk feeney?", &lex);
    assert_eq!(q.people, ["mirela okonkwo"], "{q:?}");
    // Must still: the given name before an everyday word, a meeting verb, a possessive.
    let q = parse("when did tomas arrive in the talks with okonkwo?", &lex);
    assert_eq!(q.people.len(), 2, "{q:?}");
    let q = parse("did tomas meet okonkwo?", &lex);
    assert_eq!(q.people.len(), 2, "{q:?}");
    let q = parse("what was tomas's offer to okonkwo?", &lex);
    assert_eq!(q.people.len(), 2, "{q:?}");
}

#[test]
fn a_name_typed_in_lower_case_after_a_title_is_someone_no_fact_knows() {
    let s = store();
    let everyday = ["fly", "home", "the", "talks", "confirm"];
    let lex = Lexicon::new(&s).with_common_words(move |w| everyday.contains(&w));
    let q = parse(
        "why was dutch trade minister joost van brakel in lisbon?",
        &lex,
    );
    assert_eq!(q.unknown_people, ["Joost van Brakel"], "{q:?}");
    assert!(q.counterparts.is_empty(), "{q:?}");
    let q = parse("did frankfurt lawyer ilse morgenroth meet okonkwo?", &lex);
    assert_eq!(q.unknown_people, ["Ilse Morgenroth"], "{q:?}");
    let q = parse("did harbour boss ilse morgenroth confirm the talks?", &lex);
    assert_eq!(q.unknown_people, ["Ilse Morgenroth"], "{q:?}");
    // Must not: a verb and an everyday word after the title.
    let q = parse("when did the prime minister fly home?", &lex);
    assert!(q.unknown_people.is_empty(), "{q:?}");
}

#[test]
fn two_digits_after_a_month_that_are_no_day_are_its_year() {
    let s = store();
    let q = ask(&s, "did okonkwo meet xu lan in early march 87?");
    assert_eq!(q.on, Some(FuzzyDate::month(1987, 3)), "{q:?}");
    let q = ask(&s, "Did Okonkwo meet Xu Lan in May '05?");
    assert_eq!(q.on, Some(FuzzyDate::month(2005, 5)), "{q:?}");
    // Must not: a day of the month stays a day.
    let q = ask(&s, "did okonkwo meet xu lan on march 17?");
    assert_eq!(
        q.on.map(|d| (d.day, d.year)),
        Some((Some(17), None)),
        "{q:?}"
    );
}

#[test]
fn a_word_before_a_meeting_noun_in_lower_case_is_no_name() {
    let s = store();
    let q = ask(&s, "did the banks hold merger talks with the insurer?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    let q = ask(&s, "have they held trade talks since june?");
    assert!(q.unknown_people.is_empty(), "{q:?}");
    // Must still: a word after a meeting verb with no meeting noun after it.
    let q = ask(&s, "when did okonkwo meet ferreira");
    assert_eq!(q.unknown_people, ["ferreira"], "{q:?}");
}

#[test]
fn who_with_a_word_of_taking_part_asks_who_was_there() {
    let s = store();
    let k = |q: &str| parse(q, &Lexicon::new(&s)).kind();
    assert_eq!(k("Who took part?"), Kind::Who);
    assert_eq!(k("And who negotiated the accord?"), Kind::Who);
    assert_eq!(k("Who was there?"), Kind::Who);
    assert_eq!(k("Who was in it?"), Kind::Who);
    // Must not: who someone is, or who did something else.
    assert_eq!(k("Who wrote the report?"), Kind::Other);
    assert_eq!(k("Who was it in the end?"), Kind::Other);
}

#[test]
fn whether_a_date_is_set_is_a_yes_no() {
    let s = store();
    let kind = |q: &str| ask(&s, q).kind;
    assert_eq!(
        kind("Had an exact date been set by then?"),
        Some(Kind::YesNo)
    );
    assert_eq!(
        kind("Is there a date for the Okonkwo talks?"),
        Some(Kind::YesNo)
    );
    // Must not: a question of the date itself.
    assert_eq!(kind("What date did Okonkwo meet Xu Lan?"), Some(Kind::When));
}

#[test]
fn a_season_before_a_year_narrows_it_to_its_months() {
    let s = store();
    let q = ask(&s, "Did Okonkwo call Xu Lan in spring 1987?");
    assert_eq!(q.on.and_then(|d| d.year), Some(1987));
    assert_eq!(q.season, Some((3, 5)));
    assert!(!q.keywords.contains(&"spring".to_string()), "{q:?}");
    let q = ask(&s, "Did Okonkwo meet Xu Lan in the summer of 1990?");
    assert_eq!(q.season, Some((6, 8)));
    // Must not: a season that is no part of the date.
    let q = ask(
        &s,
        "Did Okonkwo discuss the spring harvest with Xu Lan in 1987?",
    );
    assert_eq!(q.season, None);
}

#[test]
fn the_medium_of_a_call_is_its_contact_not_a_word_asked() {
    let s = store();
    let q = ask(&s, "Did Okonkwo talk to Xu Lan on the phone?");
    assert_eq!(q.contact, Contact::Remote);
    assert!(!q.keywords.contains(&"phone".to_string()), "{q:?}");
    // Must not: a meeting in person about phones keeps the word.
    let q = ask(&s, "Did Okonkwo meet Xu Lan in person about phone tariffs?");
    assert_eq!(q.contact, Contact::Meet);
    assert!(q.keywords.contains(&"phone".to_string()), "{q:?}");
}

#[test]
fn an_office_before_a_verb_of_saying_is_the_speaker() {
    let s = store();
    let kind = |q: &str| ask(&s, q).kind;
    assert_eq!(
        kind("What did Ghana's finance minister tell Okonkwo about the loan?"),
        Some(Kind::Said)
    );
    assert_eq!(
        kind("What did the party's leader say after the vote?"),
        Some(Kind::Said)
    );
    // Must not: who was told, asked with "who".
    assert_ne!(
        kind("Who did Ghana's finance minister tell about the loan?"),
        Some(Kind::Said)
    );
}
