//! The fallback: the sentences that best meet what a question needs, as a [`Passage`] the
//! caller introduces and composes; or, when no sentence is relevant, the plain statement
//! that the indexed articles don't cover the question.
//!
//! Relevance is judged per sentence (sentences as [`crate::lexicon::sentences`] splits
//! them), not only by the paragraph's BM25 score: a sentence must contain every proper
//! name the question uses (people, places, countries — a demonym counts for its country),
//! and at least a third of the question's other content words. BM25 (`cfg.min_score`)
//! only orders and floors the paragraphs.

use std::collections::HashSet;

use crate::config::AnswerConfig;
use crate::index::Hit;
use crate::lexicon::sentences::split_ranges;
use crate::model::Source;

use super::countries::{country_at, country_key};
use super::templates::keyword_hits;
use super::text;
use super::{Answer, AnswerKind, Retriever};

/// Paragraphs retrieved per source an answer may cite: enough candidates for the best
/// sentences to be among them.
const PARAGRAPHS_PER_SOURCE: usize = 4;

/// Fewest paragraphs retrieved, however few sources are cited.
const MIN_PARAGRAPHS: usize = 8;

/// A sentence must hold at least one in this many of the question's content words.
const KEYWORD_SHARE: usize = 3;

/// Sentences score within this of the best are quoted with it; weaker ones are noise.
const NEAR_BEST: f32 = 1.5;

/// Score of each person named (outside the meeting's own articles).
const NAME_WEIGHT: f32 = 2.0;

/// Score of each person named within the meeting's own articles, where the names are
/// expected and the asked-about words matter more.
const NAME_WEIGHT_OWN_ARTICLES: f32 = 0.5;

/// Score of each word that makes a sentence better (`Need::boost`): these are the
/// question's own words.
const BOOST_WEIGHT: f32 = 3.0;

/// Score of each marker word (`Need::any_of`), counted up to [`ANY_OF_COUNTED`].
const ANY_OF_WEIGHT: f32 = 0.5;
const ANY_OF_COUNTED: usize = 2;

/// The intro of a passage quoted for a question the facts don't answer.
pub(crate) const NOT_DIRECTLY: &str = "The articles don't state that directly.";

/// Said before a passage whose every sentence withholds the answer.
const WITHHELD: &str = "The articles don't say.";

/// The intro of the best passage.
pub(crate) const CLOSEST: &str = "The closest passage";

/// The same, told mid-sentence after an answer ("On the rest of the question, the closest
/// passage says").
pub(crate) const CLOSEST_LOWER: &str = "the closest passage";

/// What a quoted sentence must contain.
#[derive(Debug, Clone, Default)]
pub(crate) struct Need {
    /// Name forms of the people involved; with `all_names`, each group needs one form.
    pub(crate) names: Vec<Vec<String>>,
    /// Every group must match (otherwise one is enough).
    pub(crate) all_names: bool,
    /// Places, countries and other proper nouns (folded); all must appear.
    pub(crate) proper: Vec<String>,
    /// Other content words (folded); at least a third must appear.
    pub(crate) keywords: Vec<String>,
    /// When not empty, at least one of these words must appear.
    pub(crate) any_of: Vec<String>,
    /// When not empty, only sentences of these articles count.
    pub(crate) articles: Vec<String>,
    /// Words that make a sentence better (not required).
    pub(crate) boost: Vec<String>,
}

/// One relevant sentence with its source.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Quoted {
    /// How well it meets the need, plus its paragraph's share of the best BM25 score.
    pub(crate) score: f32,
    pub(crate) sentence: String,
    pub(crate) source: Source,
}

/// The best relevant sentences, best first; never empty.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Passage {
    pub(crate) sentences: Vec<Quoted>,
}

impl Passage {
    /// The sentences worth quoting: a copy of one before it (the same wire story filed
    /// twice, "30 mln dlrs" and "30 mln dls") is left out.
    fn kept(&self) -> Vec<&Quoted> {
        let mut kept: Vec<&Quoted> = Vec::new();
        for q in &self.sentences {
            if !kept.iter().any(|k| copy_of(&k.sentence, &q.sentence)) {
                kept.push(q);
            }
        }
        kept
    }

    /// "{intro} says:\n> ..." for one sentence, "{intro}s say:\n> ...\n> ..." for several.
    pub(crate) fn quote(&self, intro: &str) -> String {
        let kept = self.kept();
        let mut body = intro.to_string();
        body.push_str(if kept.len() > 1 { "s say:" } else { " says:" });
        for q in kept {
            body.push_str(&format!("\n> {}", q.sentence));
        }
        body
    }

    /// The distinct sources of the sentences, in order, at most `max`.
    pub(crate) fn sources(&self, max: usize) -> Vec<Source> {
        let mut sources: Vec<Source> = Vec::new();
        for q in self.kept() {
            if !sources.contains(&q.source) {
                sources.push(q.source.clone());
            }
        }
        sources.truncate(max);
        sources
    }

    /// True when every sentence kept withholds what was asked ("declined to comment on
    /// the subjects they discussed").
    fn withholds(&self) -> bool {
        self.kept()
            .iter()
            .all(|q| super::refusal::withholding(&q.sentence))
    }

    /// The passage quoted as an answer, after `intro` ("About their meeting, the passage");
    /// one that only withholds is said not to tell.
    pub(crate) fn answer(&self, intro: &str, cfg: &AnswerConfig) -> Answer {
        let body = if self.withholds() && !intro.starts_with(NOT_DIRECTLY) {
            format!("{WITHHELD} {}", self.quote(intro))
        } else {
            self.quote(intro)
        };
        Answer {
            body,
            sources: self.sources(cfg.max_sources),
            kind: AnswerKind::Quote,
        }
    }
}

/// The sentences that best meet `need` among the paragraphs `query` retrieves; `None` when
/// no sentence is relevant.
pub(crate) fn passage(
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    query: &str,
    need: &Need,
) -> Option<Passage> {
    let sentences = best_sentences(retriever, cfg, query, need, cfg.max_quoted_sentences.max(1));
    (!sentences.is_empty()).then_some(Passage { sentences })
}

/// The closest passage, said to be indirect: "The articles don't state that directly. The
/// closest passage says: ...".
pub(crate) fn quote_relevant(
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    query: &str,
    need: &Need,
) -> Option<Answer> {
    passage(retriever, cfg, query, need)
        .map(|p| p.answer(&format!("{NOT_DIRECTLY} {CLOSEST}"), cfg))
}

/// Share of words two sentences must share to be copies of one another.
const COPY_OVERLAP: f32 = 0.85;

/// True when two sentences are the same sentence of two copies of a story: nearly all
/// their words shared.
fn copy_of(a: &str, b: &str) -> bool {
    let wa: HashSet<String> = super::text::norm_words(a).into_iter().collect();
    let wb: HashSet<String> = super::text::norm_words(b).into_iter().collect();
    let union = wa.union(&wb).count();
    union > 0 && wa.intersection(&wb).count() as f32 >= COPY_OVERLAP * union as f32
}

/// The `limit` best relevant sentences with their sources, best first.
pub(crate) fn best_sentences(
    retriever: &dyn Retriever,
    cfg: &AnswerConfig,
    query: &str,
    need: &Need,
    limit: usize,
) -> Vec<Quoted> {
    let wanted = (cfg.max_sources.max(1) * PARAGRAPHS_PER_SOURCE).max(MIN_PARAGRAPHS);
    let hits = retriever.search(query, wanted);
    // The search orders hits for reading (an article's paragraphs together), not by
    // score: the best is the highest.
    let best = hits.iter().map(|h| h.score).fold(0.0_f32, f32::max);
    if hits.is_empty() || best < cfg.min_score {
        return Vec::new();
    }
    let mut quoted: Vec<Quoted> = Vec::new();
    let mut budget = cfg.max_scored_sentences;
    for hit in &hits {
        if need.articles.is_empty() || need.articles.contains(&hit.article) {
            relevant_sentences(hit, best, need, &mut budget, &mut quoted);
        }
    }
    quoted.sort_by(|a, b| b.score.total_cmp(&a.score));
    if let Some(top) = quoted.first().map(|q| q.score) {
        quoted.retain(|q| q.score >= top - NEAR_BEST);
    }
    quoted.truncate(limit);
    quoted
}

/// Adds the relevant sentences of one paragraph (not quoted yet), weighing at most
/// `budget` sentences (`answer.max_scored_sentences`, counted down across paragraphs).
/// The paragraph's text is prepared once, so the work is linear in its length.
fn relevant_sentences(
    hit: &Hit,
    best: f32,
    need: &Need,
    budget: &mut usize,
    quoted: &mut Vec<Quoted>,
) {
    let dateline = hit.dateline.as_deref().unwrap_or("");
    let context = format!("{} {dateline} {}", hit.title, hit.text);
    let around = lazy_phrase_test(&context);
    let mut seen: HashSet<String> = quoted.iter().map(|q| q.sentence.clone()).collect();
    for (start, end) in split_ranges(&hit.text) {
        if *budget == 0 {
            return;
        }
        *budget -= 1;
        let sentence = &hit.text[start..end];
        let Some(s) = sentence_score(sentence, &around, need) else {
            continue;
        };
        if !seen.insert(sentence.to_string()) {
            continue;
        }
        quoted.push(Quoted {
            score: s + hit.score / best.max(1e-3),
            sentence: sentence.to_string(),
            source: super::reader::source(hit),
        });
    }
}

/// A test for phrases in a text: as words, or as a country its words name.
pub(crate) fn phrase_test(text_: &str) -> impl Fn(&str) -> bool {
    let words = text::norm_words(text_);
    let joined = format!(" {} ", words.join(" "));
    // The countries the words name are looked for only when a phrase asked is a country:
    // most phrases are people's names, and most texts are tested for those alone.
    let countries: std::cell::OnceCell<Vec<&'static str>> = std::cell::OnceCell::new();
    move |p: &str| {
        let p = text::norm_words(p).join(" ");
        if p.is_empty() {
            return false;
        }
        joined.contains(&format!(" {p} "))
            || text::proper_family(&p)
                .iter()
                .any(|n| joined.contains(&format!(" {n} ")))
            || country_key(&p).is_some_and(|k| {
                let named = countries.get_or_init(|| {
                    (0..words.len())
                        .filter_map(|i| country_at(&words, i).map(|c| c.0))
                        .collect()
                });
                named.contains(&k)
            })
    }
}

/// [`phrase_test`] prepared only when first asked: most sentences are judged without
/// the text around them, and a long paragraph is then never read as a whole.
pub(crate) fn lazy_phrase_test(text_: &str) -> impl Fn(&str) -> bool + '_ {
    let test = std::cell::OnceCell::new();
    move |p: &str| test.get_or_init(|| phrase_test(text_))(p)
}

/// Scores one sentence against the need; `None` when it is not relevant.
/// `around` tests a phrase in the text around the sentence (its paragraph and the article
/// title, see [`phrase_test`]): the proper nouns may be there rather than in the sentence.
pub(crate) fn sentence_score(
    sentence: &str,
    around: &dyn Fn(&str) -> bool,
    need: &Need,
) -> Option<f32> {
    let has_phrase = phrase_test(sentence);
    let name_hits = need
        .names
        .iter()
        .filter(|forms| forms.iter().any(|f| has_phrase(f)))
        .count();
    if !need.names.is_empty()
        && (name_hits == 0 || (need.all_names && name_hits < need.names.len()))
    {
        return None;
    }
    if !need.proper.iter().all(|p| has_phrase(p) || around(p)) {
        return None;
    }
    let kw = keyword_hits(sentence, &need.keywords);
    if !need.keywords.is_empty() && (kw == 0 || kw * KEYWORD_SHARE < need.keywords.len()) {
        return None;
    }
    let any = keyword_hits(sentence, &need.any_of);
    if !need.any_of.is_empty() && any == 0 {
        return None;
    }
    if need.names.is_empty() && need.proper.is_empty() && kw == 0 {
        return None;
    }
    let boost = keyword_hits(sentence, &need.boost);
    let name_weight = if need.articles.is_empty() {
        NAME_WEIGHT
    } else {
        NAME_WEIGHT_OWN_ARTICLES
    };
    Some(
        name_hits as f32 * name_weight
            + need.proper.iter().filter(|p| has_phrase(p)).count() as f32
            + kw as f32
            + any.min(ANY_OF_COUNTED) as f32 * ANY_OF_WEIGHT
            + boost as f32 * BOOST_WEIGHT,
    )
}

/// Longest source title shown under an answer, in characters: a headline fits; a longer
/// "title" is page text taken for one, and is cut.
const MAX_SOURCE_TITLE_CHARS: usize = 200;

/// Longest source URL shown under an answer, in characters (browsers' practical limit);
/// a longer one is dropped rather than cut into a wrong address.
const MAX_SOURCE_URL_CHARS: usize = 2_000;

/// Bounds an answer, whatever the articles hold: every quoted line ("> ...") within
/// `answer.max_quoted_chars`, source titles and URLs within their limits, and the whole
/// answer ([`Answer::text`]: body and sources) within `answer.max_answer_chars`, the body
/// cut at a word with "…" (sources are dropped from the last when they alone do not fit).
pub(crate) fn bound(answer: &mut Answer, cfg: &AnswerConfig) {
    if answer.body.lines().any(|l| l.starts_with("> ")) {
        let lines: Vec<String> = answer
            .body
            .split('\n')
            .map(|l| match l.strip_prefix("> ") {
                Some(q) => format!("> {}", cut_at_word(q, cfg.max_quoted_chars)),
                None => l.to_string(),
            })
            .collect();
        answer.body = lines.join("\n");
    }
    for s in &mut answer.sources {
        s.title = cut_at_word(&s.title, MAX_SOURCE_TITLE_CHARS);
        if s.url
            .as_ref()
            .is_some_and(|u| u.chars().count() > MAX_SOURCE_URL_CHARS)
        {
            s.url = None;
        }
    }
    let max = cfg.max_answer_chars.max(1);
    let sources_len = |sources: &[Source]| match super::render_sources(sources).chars().count() {
        0 => 0,
        n => n + 2,
    };
    while !answer.sources.is_empty() && sources_len(&answer.sources) >= max {
        answer.sources.pop();
    }
    answer.body = cut_at_word(&answer.body, max - sources_len(&answer.sources));
}

/// `text` within `max` characters: whole when it fits, else cut at the last word that fits
/// (at a character when a single word is longer) and ended with "…" (counted in `max`).
pub(crate) fn cut_at_word(text: &str, max: usize) -> String {
    if text.len() <= max || text.chars().count() <= max {
        return text.to_string();
    }
    let keep = max.saturating_sub(1);
    let end = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    let head = match head.rfind(char::is_whitespace) {
        // Cut at the word only when the word is not most of what is kept.
        Some(i) if i >= end / 2 => &head[..i],
        _ => head,
    };
    format!("{}…", head.trim_end())
}

/// How [`not_found`] begins.
pub(crate) const NOTHING_FOUND: &str = "I couldn't find anything";

/// "I couldn't find anything about that in the N indexed articles."
pub(crate) fn not_found(articles: usize) -> Answer {
    let noun = if articles == 1 { "article" } else { "articles" };
    Answer {
        body: format!("{NOTHING_FOUND} about that in the {articles} indexed {noun}."),
        sources: Vec::new(),
        kind: AnswerKind::NotFound,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_of_a_copy_of_the_story_is_quoted_once() {
        assert!(copy_of(
            "Reagan announced plans to impose tariffs worth up to 30 mln dlrs on Japanese goods on April 17.",
            "Reagan announced plans to impose tariffs worth up to 30 mln dls on Japanese goods on April 17."
        ));
        assert!(!copy_of(
            "Reagan announced plans to impose tariffs on Japanese goods.",
            "Nakasone said Japan would open its markets to American goods."
        ));
    }

    #[test]
    fn a_body_asked_is_found_by_another_of_its_names() {
        let has = phrase_test("Members of Westminster's transport committee toured the port.");
        assert!(has("Commons"));
        let msps = phrase_test("Experts warned a committee of MSPs on Tuesday.");
        assert!(msps("Holyrood"));
        // A group of countries by number, however it is written.
        let g10 = phrase_test("Deputies of the G-10 met at the offices of the fund.");
        assert!(g10("G10"));
        assert!(phrase_test("The Group of Seven agreed a plan.")("G7"));
        assert!(!phrase_test("The Group of Seven agreed a plan.")("G8"));
        // Not the other way: members asked about are not the body.
        assert!(!phrase_test("Westminster was quiet.")("MPs"));
        assert!(!phrase_test("The common market grew.")("Commons"));
    }

    #[test]
    fn proper_names_are_required() {
        let need = Need {
            proper: vec!["peru".into()],
            keywords: vec!["capital".into()],
            ..Default::default()
        };
        assert!(
            sentence_score(
                "Tamsin, the capital of Nordland, hosted them.",
                &phrase_test(""),
                &need
            )
            .is_none()
        );
        assert!(
            sentence_score(
                "Lima, the capital of Peru, hosted them.",
                &phrase_test(""),
                &need
            )
            .is_some()
        );
        // A demonym counts for its country.
        let need = Need {
            proper: vec!["japan".into()],
            keywords: vec!["ties".into()],
            ..Default::default()
        };
        assert!(sentence_score("Japanese ties improved.", &phrase_test(""), &need).is_some());
    }

    #[test]
    fn names_and_a_third_of_the_keywords() {
        let need = Need {
            names: vec![vec!["okafor".into()]],
            keywords: vec!["handed".into(), "letter".into(), "visit".into()],
            ..Default::default()
        };
        assert!(sentence_score("Okafor handed him a letter.", &phrase_test(""), &need).is_some());
        assert!(sentence_score("Okafor smiled.", &phrase_test(""), &need).is_none());
        let need = Need {
            names: vec![vec!["okafor".into()]],
            any_of: vec!["agree".into(), "discuss".into()],
            ..Default::default()
        };
        assert!(sentence_score("Okafor discussed fishing.", &phrase_test(""), &need).is_some());
        assert!(sentence_score("Okafor went home.", &phrase_test(""), &need).is_none());
        assert!(sentence_score("Someone handed a letter.", &phrase_test(""), &need).is_none());
    }

    #[test]
    fn a_passage_says_or_say() {
        let quoted = |s: &str, article: &str| Quoted {
            score: 1.0,
            sentence: s.into(),
            source: Source {
                article: article.into(),
                title: article.into(),
                url: None,
                paragraph: 1,
            },
        };
        let one = Passage {
            sentences: vec![quoted("They met.", "a")],
        };
        assert_eq!(one.quote(CLOSEST), "The closest passage says:\n> They met.");
        let two = Passage {
            sentences: vec![quoted("They met.", "a"), quoted("They left.", "a")],
        };
        assert_eq!(
            two.quote("The passage"),
            "The passages say:\n> They met.\n> They left."
        );
        assert_eq!(two.sources(5).len(), 1);
    }

    #[test]
    fn a_passage_that_only_withholds_is_said_not_to_tell() {
        let passage = |s: &str| Passage {
            sentences: vec![Quoted {
                score: 1.0,
                sentence: s.into(),
                source: Source {
                    article: "a".into(),
                    title: "a".into(),
                    url: None,
                    paragraph: 1,
                },
            }],
        };
        let cfg = AnswerConfig::default();
        let said = |s: &str| passage(s).answer("The passage", &cfg).body;
        assert!(
            said("Okafor left after an hour but declined to say what was discussed.")
                .starts_with("The articles don't say.")
        );
        assert!(
            said("Officials would not disclose what the two envoys agreed.")
                .starts_with("The articles don't say.")
        );
        // Must not: declining something else withholds nothing.
        assert!(said("Okafor declined an invitation to the summit.").starts_with("The passage"));
    }

    #[test]
    fn a_long_quote_is_cut_at_a_word() {
        let cut = cut_at_word("The committee said the quotas would be cut.", 20);
        assert_eq!(cut, "The committee said…");
        assert!(cut.chars().count() <= 20);
        assert_eq!(cut_at_word("Short.", 20), "Short.");
        let cut = cut_at_word(&"é".repeat(50), 10);
        assert_eq!(cut.chars().count(), 10);
    }

    #[test]
    fn an_answer_is_bounded_in_its_quotes_and_its_size() {
        let cfg = AnswerConfig {
            max_quoted_chars: 30,
            max_answer_chars: 400,
            ..AnswerConfig::default()
        };
        let source = |i: usize| Source {
            article: format!("a{i}"),
            title: "Quotas ".repeat(100),
            url: Some(format!("https://example.org/{}", "x".repeat(3_000))),
            paragraph: i,
        };
        let mut answer = Answer {
            body: format!(
                "The closest passage says:\n> {}\nAnd more: {}",
                "quota talks ".repeat(100),
                "words ".repeat(1_000)
            ),
            sources: (1..=3).map(source).collect(),
            kind: AnswerKind::Quote,
        };
        bound(&mut answer, &cfg);
        let quoted = answer.body.lines().find(|l| l.starts_with("> ")).unwrap();
        assert!(
            quoted.chars().count() <= 32 && quoted.ends_with('…'),
            "{quoted}"
        );
        assert!(
            answer.text().chars().count() <= 400,
            "{}",
            answer.text().chars().count()
        );
        assert!(answer.sources.iter().all(|s| s.url.is_none()));
        assert!(!answer.sources.is_empty());

        let small = AnswerConfig {
            max_answer_chars: 50,
            ..AnswerConfig::default()
        };
        bound(&mut answer, &small);
        assert!(answer.text().chars().count() <= 50, "{}", answer.text());
    }
}
