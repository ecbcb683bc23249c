//! `attache eval FILE.jsonl`: runs a question file and reports which answers pass.
//!
//! Each line is one JSON object: `id`, `conversation`, `question`, `expect` (regexes that
//! must all match the answer text) and `forbid` (regexes that must not match); other keys
//! are ignored. Lines of one `conversation` are asked in file order within one
//! [`Conversation`](crate::engine::Conversation), so follow-ups work. The answer text is
//! [`Answer::text`](crate::engine::Answer::text), exactly what a user reads. Failures are
//! printed with the pattern that failed; the last line is `N passed, N failed`.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::engine::AnswerKind;
use crate::engine::{Engine, printable};

/// Flags of `attache eval`.
#[derive(Debug, clap::Args)]
pub(crate) struct EvalArgs {
    /// The question file (JSONL).
    pub(crate) file: PathBuf,
    /// Exit with status 1 when the share of passing questions is below this (0.0-1.0).
    #[arg(long, default_value_t = 1.0, value_name = "RATE")]
    pub(crate) min_pass_rate: f64,
    /// Print one JSON object with every result instead of text.
    #[arg(long)]
    pub(crate) json: bool,
}

/// One line of a question file.
#[derive(Debug, Deserialize)]
struct Line {
    id: String,
    #[serde(default)]
    conversation: Option<String>,
    question: String,
    #[serde(default)]
    expect: Vec<String>,
    #[serde(default)]
    forbid: Vec<String>,
}

/// A question with its compiled patterns.
#[derive(Debug)]
pub(crate) struct Case {
    pub(crate) id: String,
    pub(crate) conversation: String,
    pub(crate) question: String,
    pub(crate) expect: Vec<Regex>,
    pub(crate) forbid: Vec<Regex>,
}

/// Why one answer failed.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub(crate) struct Failure {
    /// "expect" (did not match) or "forbid" (matched).
    pub(crate) rule: &'static str,
    pub(crate) pattern: String,
}

/// The outcome of one question.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct CaseResult {
    pub(crate) id: String,
    pub(crate) conversation: String,
    pub(crate) question: String,
    pub(crate) answer: String,
    pub(crate) kind: AnswerKind,
    pub(crate) passed: bool,
    pub(crate) failures: Vec<Failure>,
}

/// The outcome of a whole file.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Report {
    pub(crate) passed: usize,
    pub(crate) failed: usize,
    /// Failed answers stated with confidence: a templated fact, or an answer that starts
    /// with "Yes".
    pub(crate) confidently_wrong: usize,
    pub(crate) pass_rate: f64,
    pub(crate) results: Vec<CaseResult>,
}

/// Reads and checks a question file: every line valid JSON with valid regexes.
pub(crate) fn load(path: &Path) -> Result<Vec<Case>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading question file {}", path.display()))?;
    let mut cases = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let lineno = n + 1;
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        let line: Line = serde_json::from_str(raw)
            .with_context(|| format!("{}:{lineno}: not a valid question line", path.display()))?;
        let compile = |p: &String, field: &str| {
            Regex::new(p).with_context(|| {
                format!(
                    "{}:{lineno} (id {}): invalid {field} regex {p:?}",
                    path.display(),
                    line.id
                )
            })
        };
        let expect = line
            .expect
            .iter()
            .map(|p| compile(p, "expect"))
            .collect::<Result<Vec<_>>>()?;
        let forbid = line
            .forbid
            .iter()
            .map(|p| compile(p, "forbid"))
            .collect::<Result<Vec<_>>>()?;
        cases.push(Case {
            conversation: line.conversation.clone().unwrap_or_else(|| line.id.clone()),
            id: line.id,
            question: line.question,
            expect,
            forbid,
        });
    }
    if cases.is_empty() {
        bail!("{}: no questions in the file", path.display());
    }
    Ok(cases)
}

/// Which patterns an answer text breaks.
pub(crate) fn check(case: &Case, answer: &str) -> Vec<Failure> {
    let mut out = Vec::new();
    for re in &case.expect {
        if !re.is_match(answer) {
            out.push(Failure {
                rule: "expect",
                pattern: re.as_str().to_string(),
            });
        }
    }
    for re in &case.forbid {
        if re.is_match(answer) {
            out.push(Failure {
                rule: "forbid",
                pattern: re.as_str().to_string(),
            });
        }
    }
    out
}

/// Asks every question, one conversation per `conversation` value, in file order.
pub(crate) fn evaluate(engine: &Engine, cases: &[Case]) -> Report {
    let mut convs = HashMap::new();
    let mut results = Vec::with_capacity(cases.len());
    for case in cases {
        let conv = convs
            .entry(case.conversation.clone())
            .or_insert_with(|| engine.conversation());
        let answer = engine.ask(conv, &case.question);
        let text = answer.text();
        let failures = check(case, &text);
        results.push(CaseResult {
            id: case.id.clone(),
            conversation: case.conversation.clone(),
            question: case.question.clone(),
            answer: text,
            kind: answer.kind,
            passed: failures.is_empty(),
            failures,
        });
    }
    let passed = results.iter().filter(|r| r.passed).count();
    let failed = results.len() - passed;
    Report {
        passed,
        failed,
        confidently_wrong: results.iter().filter(|r| confidently_wrong(r)).count(),
        pass_rate: if results.is_empty() {
            1.0
        } else {
            passed as f64 / results.len() as f64
        },
        results,
    }
}

/// A failed answer that states something as fact: templated from the facts (kind
/// `fact`, a "No" grounded in a fact included), or starting with "Yes".
pub(crate) fn confidently_wrong(r: &CaseResult) -> bool {
    !r.passed && (r.kind == AnswerKind::Fact || r.answer.trim_start().starts_with("Yes"))
}

/// Runs `attache eval`.
pub(crate) fn run(engine: &Engine, args: &EvalArgs) -> Result<ExitCode> {
    if !(0.0..=1.0).contains(&args.min_pass_rate) {
        bail!(
            "--min-pass-rate must be between 0 and 1, not {}",
            args.min_pass_rate
        );
    }
    let cases = load(&args.file)?;
    let report = evaluate(engine, &cases);
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        for r in report.results.iter().filter(|r| !r.passed) {
            let how = if confidently_wrong(r) {
                " (confidently wrong)"
            } else {
                ""
            };
            writeln!(
                out,
                "FAIL {}{how}: {}",
                printable(&r.id),
                printable(&r.question)
            )?;
            for line in r.answer.lines() {
                writeln!(out, "    | {}", printable(line))?;
            }
            for f in &r.failures {
                let what = if f.rule == "expect" {
                    "expected pattern did not match"
                } else {
                    "forbidden pattern matched"
                };
                writeln!(out, "    {what}: {}", printable(&f.pattern))?;
            }
            writeln!(out)?;
        }
        writeln!(out, "{} confidently wrong", report.confidently_wrong)?;
        writeln!(out, "{} passed, {} failed", report.passed, report.failed)?;
    }
    out.flush()?;
    Ok(if report.pass_rate + 1e-9 < args.min_pass_rate {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, body: &str) -> PathBuf {
        let p = dir.join("q.jsonl");
        std::fs::write(&p, body).unwrap();
        p
    }

    #[test]
    fn loads_lines_and_checks_patterns() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            r#"{"id": "a", "conversation": "c", "question": "Q?", "expect": ["(?i)tamsin"], "forbid": ["19\\d\\d"], "note": null}

{"id": "b", "question": "Q2?"}
"#,
        );
        let cases = load(&p).unwrap();
        assert_eq!(cases.len(), 2);
        assert_eq!(cases[1].conversation, "b");
        assert!(check(&cases[0], "They met in Tamsin.").is_empty());
        let f = check(&cases[0], "They met in 1999.");
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].rule, "expect");
        assert_eq!(f[1].rule, "forbid");
    }

    #[test]
    fn invalid_regex_names_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            "{\"id\": \"a\", \"question\": \"Q?\"}\n{\"id\": \"b\", \"question\": \"Q?\", \"expect\": [\"(unclosed\"]}\n",
        );
        let e = format!("{:#}", load(&p).unwrap_err());
        assert!(e.contains(":2") && e.contains("id b"), "{e}");
        let p = write(dir.path(), "not json\n");
        let e = format!("{:#}", load(&p).unwrap_err());
        assert!(e.contains(":1"), "{e}");
    }
}
