//! The one seam between the crate's insides and its integration tests, benchmarks and fuzz
//! targets. Hidden from the documentation and never used by the shells (`cli`, `discord`),
//! which reach the library through [`crate::engine`] only.
//!
//! It re-exports what tests drive directly (extraction, the answerer over a hand-made
//! retriever, ingest, the index store, the Discord serve loop) and holds [`StoreBuilder`],
//! the one builder of hand-made fact stores for unit and integration tests.

pub use crate::answer::{Answer, AnswerKind, Conversation, Retriever};
pub use crate::discord::GAPS_NOT_ALLOWED;
pub use crate::discord::{ADD_NOT_ALLOWED, ADD_ONE_SOURCE};
pub use crate::discord::{
    ALREADY_RUNNING, AnswerEmbed, HELP, INDEX_CHANGED, NOT_ALLOWED, SORRY, ServeOptions, Token,
    answer_embed, fit_answer, meetings_text, serve, serve_with,
};
pub use crate::extract::dates::{DateKind, DateMention, find_dates};
pub use crate::extract::extract;
pub use crate::extract::text::name_tokens;
pub use crate::index::{Hit, IndexStore};
pub use crate::ingest::{IngestReport, read, walk};
pub use crate::lexicon::fold;
pub use crate::lexicon::gazetteer::gazetteer;
pub use crate::model::{
    Article, Channel, Claim, Conflict, ConflictField, Evidence, FactStore, FuzzyDate, MeetingFact,
    MeetingKind, Person, Place, Quote, Status,
};
pub use crate::progress::{NoProgress, Progress, Stage};
pub use crate::timeline::{MAX_ROWS as TIMELINE_MAX_ROWS, timeline_size};

use crate::config::AnswerConfig;

/// Decodes a file's bytes as ingest does (BOMs, UTF-16, Latin-1 fallback); `None` when the
/// bytes look binary. A seam for fuzzing and property tests.
pub fn decode(bytes: &[u8]) -> Option<String> {
    crate::ingest::decode::decode(bytes)
        .ok()
        .map(|(text, _)| text)
}

/// Runs the parser of the format named by `ext` (`txt`, `md`, `html`, `json`, `jsonl`) over a
/// file's decoded content, as [`read`] does, and cleans each article's title and paragraphs
/// the way ingest finishes them. Returns (title, paragraphs) per article; an unknown
/// extension yields nothing. A seam for fuzzing and property tests.
pub fn parse_format(ext: &str, content: &str) -> Vec<(Option<String>, Vec<String>)> {
    use crate::ingest::{html, json, text};
    let mut report = IngestReport::default();
    let drafts = match ext {
        "txt" => vec![text::parse(content, false)],
        "md" => vec![text::parse(content, true)],
        "html" => vec![html::parse(content)],
        "json" => json::parse_document(content, "fuzz.json", &mut report),
        "jsonl" => json::parse_lines(content, "fuzz.jsonl", &mut report),
        _ => Vec::new(),
    };
    drafts
        .into_iter()
        .map(|d| {
            let title = d.title.as_deref().map(clean);
            (title, d.paragraphs.iter().map(|p| clean(p)).collect())
        })
        .collect()
}

/// The cleaner every title and paragraph goes through at ingest.
pub fn clean(text: &str) -> String {
    crate::ingest::clean::clean(text)
}

/// Parses `question` against the lexicon of `facts` and returns the parsed question's debug
/// form. A seam for fuzzing and property tests.
pub fn parse_question(facts: &FactStore, question: &str) -> String {
    let lexicon = crate::answer::Lexicon::new(facts);
    format!("{:?}", crate::answer::parse::parse(question, &lexicon))
}

/// Answers one question in a conversation over a hand-made fact store and retriever. The
/// engine prepares the store's name lexicon once per index generation; this builds it for
/// each question, which is fine for the small stores of tests.
pub fn answer(
    facts: &FactStore,
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    conv: &mut Conversation,
    question: &str,
) -> Answer {
    let lexicon = crate::answer::Lexicon::new(facts);
    crate::answer::answer(facts, &lexicon, retriever, cfg, conv, question)
}

/// Builds a [`FactStore`] by hand: `person(..)` and `meeting(..)` add an entry, and the
/// methods after them fill in the last person or meeting added.
///
/// ```ignore
/// let store = StoreBuilder::new()
///     .person("Ada Brandt").role("Foreign Minister").country("Germany")
///     .person("Kofi Mensah")
///     .meeting(&["ada brandt", "kofi mensah"]).date(FuzzyDate::year(2021)).place("Accra")
///     .build();
/// ```
#[derive(Debug, Default)]
pub struct StoreBuilder {
    store: FactStore,
}

impl StoreBuilder {
    /// An empty store.
    pub fn new() -> StoreBuilder {
        StoreBuilder::default()
    }

    /// Adds a person; the key is the name in lower case.
    pub fn person(mut self, name: &str) -> StoreBuilder {
        self.store.people.push(Person {
            key: name.to_lowercase(),
            name: name.into(),
            roles: Vec::new(),
            country: None,
            aliases: Vec::new(),
        });
        self
    }

    fn last_person(&mut self) -> &mut Person {
        self.store.people.last_mut().expect("person() first")
    }

    /// Sets the last person's key.
    pub fn key(mut self, key: &str) -> StoreBuilder {
        self.last_person().key = key.into();
        self
    }

    /// Adds a role to the last person.
    pub fn role(mut self, role: &str) -> StoreBuilder {
        self.last_person().roles.push(role.into());
        self
    }

    /// Sets the last person's country.
    pub fn country(mut self, country: &str) -> StoreBuilder {
        self.last_person().country = Some(country.into());
        self
    }

    /// Adds an alias to the last person.
    pub fn alias(mut self, alias: &str) -> StoreBuilder {
        self.last_person().aliases.push(alias.into());
        self
    }

    /// Adds a held, undated in-person meeting of these person keys, with the next id.
    pub fn meeting(mut self, who: &[&str]) -> StoreBuilder {
        let id = self.store.facts.len();
        self.store.facts.push(MeetingFact {
            id,
            participants: who.iter().map(|s| s.to_string()).collect(),
            kind: MeetingKind::Meeting,
            channel: Channel::InPerson,
            status: Status::Held,
            date: None,
            place: None,
            occasion: None,
            outcomes: Vec::new(),
            notes: Vec::new(),
            quotes: Vec::new(),
            evidence: Vec::new(),
            conflicts: Vec::new(),
            recalled: false,
            count: None,
            reported: None,
            told: None,
        });
        self
    }

    fn last_fact(&mut self) -> &mut MeetingFact {
        self.store.facts.last_mut().expect("meeting() first")
    }

    /// Sets the publication date of the last meeting's earliest report.
    pub fn reported(mut self, date: jiff::civil::Date) -> StoreBuilder {
        self.last_fact().reported = Some(date);
        self.last_fact().told = Some(date);
        self
    }

    /// Sets the last meeting's date.
    pub fn date(mut self, date: FuzzyDate) -> StoreBuilder {
        self.last_fact().date = Some(date);
        self
    }

    /// Sets the last meeting's place (no country).
    pub fn place(mut self, name: &str) -> StoreBuilder {
        self.last_fact().place = Some(Place {
            name: name.into(),
            country: None,
        });
        self
    }

    /// Sets the last meeting's place with its country.
    pub fn place_in(mut self, name: &str, country: &str) -> StoreBuilder {
        self.last_fact().place = Some(Place {
            name: name.into(),
            country: Some(country.into()),
        });
        self
    }

    /// Sets the last meeting's occasion.
    pub fn occasion(mut self, occasion: &str) -> StoreBuilder {
        self.last_fact().occasion = Some(occasion.into());
        self
    }

    /// Sets the last meeting's status.
    pub fn status(mut self, status: Status) -> StoreBuilder {
        self.last_fact().status = status;
        self
    }

    /// Sets the last meeting's kind.
    pub fn kind(mut self, kind: MeetingKind) -> StoreBuilder {
        self.last_fact().kind = kind;
        self
    }

    /// Marks the last meeting as only recalled by its article.
    pub fn recalled(mut self) -> StoreBuilder {
        self.last_fact().recalled = true;
        self
    }

    /// Adds evidence to the last meeting: article (also its title), paragraph, sentence.
    pub fn evidence(mut self, article: &str, paragraph: usize, sentence: &str) -> StoreBuilder {
        self.last_fact().evidence.push(Evidence {
            article: article.into(),
            title: article.into(),
            url: None,
            paragraph,
            sentence: sentence.into(),
        });
        self
    }

    /// Sets the title of the last meeting's last evidence.
    pub fn titled(mut self, title: &str) -> StoreBuilder {
        if let Some(e) = self.last_fact().evidence.last_mut() {
            e.title = title.into();
        }
        self
    }

    /// Sets the URL of the last meeting's last evidence.
    pub fn url(mut self, url: &str) -> StoreBuilder {
        if let Some(e) = self.last_fact().evidence.last_mut() {
            e.url = Some(url.into());
        }
        self
    }

    /// A claim cited to the last meeting's last evidence, with `text` as its sentence.
    fn claim(&mut self, text: &str) -> Claim {
        let mut evidence = self
            .last_fact()
            .evidence
            .last()
            .cloned()
            .expect("evidence() first");
        evidence.sentence = text.into();
        Claim {
            text: text.into(),
            evidence,
        }
    }

    /// Adds an outcome (what was agreed) to the last meeting, cited to its last evidence.
    pub fn outcome(mut self, text: &str) -> StoreBuilder {
        let c = self.claim(text);
        self.last_fact().outcomes.push(c);
        self
    }

    /// Adds a note (how the meeting was described) to the last meeting, cited to its last
    /// evidence.
    pub fn note(mut self, text: &str) -> StoreBuilder {
        let c = self.claim(text);
        self.last_fact().notes.push(c);
        self
    }

    /// Adds a conflict on `field` to the last meeting: each claim is (text, title of the
    /// source that states it), otherwise cited to the last evidence.
    pub fn conflict(mut self, field: ConflictField, claims: &[(&str, &str)]) -> StoreBuilder {
        let claims = claims
            .iter()
            .map(|(text, title)| {
                let mut c = self.claim(text);
                c.evidence.title = (*title).into();
                c
            })
            .collect();
        self.last_fact().conflicts.push(Conflict { field, claims });
        self
    }

    /// Adds this evidence to the last meeting.
    pub fn with_evidence(mut self, evidence: Evidence) -> StoreBuilder {
        self.last_fact().evidence.push(evidence);
        self
    }

    /// Adds an outcome to the last meeting, with its own evidence.
    pub fn outcome_with(mut self, text: &str, evidence: Evidence) -> StoreBuilder {
        self.last_fact().outcomes.push(Claim {
            text: text.into(),
            evidence,
        });
        self
    }

    /// Adds a note to the last meeting, with its own evidence.
    pub fn note_with(mut self, text: &str, evidence: Evidence) -> StoreBuilder {
        self.last_fact().notes.push(Claim {
            text: text.into(),
            evidence,
        });
        self
    }

    /// Adds a quote to the last meeting: `speaker` (a person key) to `addressee`.
    pub fn quote(
        mut self,
        speaker: &str,
        addressee: &str,
        text: &str,
        evidence: Evidence,
    ) -> StoreBuilder {
        self.last_fact().quotes.push(Quote {
            speaker: Some(speaker.into()),
            addressee: Some(addressee.into()),
            text: text.into(),
            evidence,
        });
        self
    }

    /// The store.
    pub fn build(self) -> FactStore {
        self.store
    }
}
