//! Integration tests of ingest: every format, every kind of bad input, cleaning and
//! de-duplication, through the public `walk` + `read` API the engine uses. Fixtures are
//! written to temporary folders; the bulk corpus tests run only when ../shared exists.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use attache::config::IngestConfig;
use attache::testing::{Article, IngestReport};
use jiff::civil::date;

use common::ingest_with;

fn ingest_dir(dir: &Path) -> (Vec<Article>, IngestReport) {
    ingest_with(&[dir.to_path_buf()], &IngestConfig::default())
}

fn write(dir: &Path, rel: &str, content: impl AsRef<[u8]>) {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create fixture folder");
    }
    fs::write(path, content).expect("write fixture");
}

fn article<'a>(articles: &'a [Article], id: &str) -> &'a Article {
    articles
        .iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no article {id}; have {:?}", ids(articles)))
}

fn ids(articles: &[Article]) -> Vec<&str> {
    articles.iter().map(|a| a.id.as_str()).collect()
}

/// The skip reason recorded for a path ending with `suffix`.
fn skip_reason<'a>(report: &'a IngestReport, suffix: &str) -> &'a str {
    report
        .skipped
        .iter()
        .find(|s| s.path.ends_with(suffix))
        .map(|s| s.reason.as_str())
        .unwrap_or_else(|| panic!("{suffix} not skipped; skipped: {:?}", report.skipped))
}

#[test]
fn text_with_header() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "news/accra.txt",
        "---\ntitle: Ghana and Togo sign \u{201C}border pact\u{201D}\nurl: https://news.example/accra\npublished: 2021-06-09\nsource: Example Wire\n---\nThe presidents of Ghana and Togo met in Accra on Tuesday.\n\nThey signed an agreement\non border patrols.\n",
    );
    let (articles, report) = ingest_dir(dir.path());
    let a = article(&articles, "news/accra.txt");
    assert_eq!(a.title, "Ghana and Togo sign \"border pact\"");
    assert_eq!(a.url.as_deref(), Some("https://news.example/accra"));
    assert_eq!(a.published, Some(date(2021, 6, 9)));
    assert_eq!(
        a.meta.get("source").map(String::as_str),
        Some("Example Wire")
    );
    assert_eq!(
        a.paragraphs,
        vec![
            "The presidents of Ghana and Togo met in Accra on Tuesday.",
            "They signed an agreement on border patrols.",
        ]
    );
    assert_eq!(
        (report.files, report.articles, report.paragraphs),
        (1, 1, 2)
    );
    assert!(report.skipped.is_empty() && report.notices.is_empty());
}

#[test]
fn text_without_header_uses_headline_or_opening_words() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "sport/12.txt",
        "Lions beat Storm in final\n\nThe Lions won the cup on Saturday.\n\nTheir coach praised the defence.\n",
    );
    write(
        dir.path(),
        "plain.txt",
        "The minister arrived in Hanoi on Monday.\n\nTalks lasted two hours.\n",
    );
    let (articles, _) = ingest_dir(dir.path());
    let bbc = article(&articles, "sport/12.txt");
    assert_eq!(bbc.title, "Lions beat Storm in final");
    assert_eq!(bbc.paragraphs.len(), 2);
    assert_eq!(bbc.paragraphs[0], "The Lions won the cup on Saturday.");
    let plain = article(&articles, "plain.txt");
    assert_eq!(plain.title, "The minister arrived in Hanoi on Monday.");
    assert_eq!(plain.paragraphs.len(), 2);
}

#[test]
fn markdown_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "brief.md",
        "---\npublished: 2020-01-15\n---\n# Envoys meet in *Nairobi*\n\nThe [envoys](https://e.x/a) of Kenya and Ethiopia **met** on Wednesday.\n\n- Trade was discussed.\n- Water was discussed.\n",
    );
    let (articles, _) = ingest_dir(dir.path());
    let a = article(&articles, "brief.md");
    assert_eq!(a.title, "Envoys meet in Nairobi");
    assert_eq!(a.published, Some(date(2020, 1, 15)));
    assert_eq!(
        a.paragraphs,
        vec![
            "The envoys of Kenya and Ethiopia met on Wednesday.",
            "Trade was discussed.",
            "Water was discussed.",
        ]
    );
}

/// The seed article's shape, in my own sentences: one paragraph a line, no header, no
/// trailing newline, words run together, a tweet quoted in prose and then embedded with its
/// date, and a paragraph repeated word for word.
#[test]
fn one_paragraph_per_line_with_repairs_and_duplicates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = [
        "Foreign Minister Ana Duarte met her Chilean counterpart Tomas Vidal on Monday (March 3) inLima, the capital of Peru.",
        "Describing the talks withMinister Vidal as \u{201C}frank and useful\u{201D}, Duarte wrote on X that both sides want a new fisheries deal.",
        "\"Useful talks with Minister Vidal in Lima. We agreed to draft a fisheries deal,\" Duarte wrote.",
        "Useful talks with Minister Vidal in Lima. We agreed to draft a fisheries deal. pic.twitter.com/Xy12AbCdE9 \u{2014} Ana Duarte (@anaduarte) March 3, 2025",
        "It was the2nd meeting of the two ministers this year, after talks inSantiago andValparaiso.",
        "Describing the talks withMinister Vidal as \u{201C}frank and useful\u{201D}, Duarte wrote on X that both sides want a new fisheries deal.",
        "Vidal told\u{00A0}reporters the deal was \u{201C}close\u{201D}\u{2014}but not done.",
    ]
    .join("\n");
    write(dir.path(), "duarte-vidal-lima.txt", text);
    let (articles, report) = ingest_dir(dir.path());
    let a = article(&articles, "duarte-vidal-lima.txt");
    assert_eq!(
        a.title,
        "Foreign Minister Ana Duarte met her Chilean counterpart…"
    );
    assert_eq!(
        a.paragraphs,
        vec![
            "Foreign Minister Ana Duarte met her Chilean counterpart Tomas Vidal on Monday (March 3) in Lima, the capital of Peru.",
            "Describing the talks with Minister Vidal as \"frank and useful\", Duarte wrote on X that both sides want a new fisheries deal.",
            "\"Useful talks with Minister Vidal in Lima. We agreed to draft a fisheries deal,\" Duarte wrote.",
            "Useful talks with Minister Vidal in Lima. We agreed to draft a fisheries deal. pic.twitter.com/Xy12AbCdE9 - Ana Duarte (@anaduarte) March 3, 2025",
            "It was the 2nd meeting of the two ministers this year, after talks in Santiago and Valparaiso.",
            "Vidal told reporters the deal was \"close\" - but not done.",
        ]
    );
    assert_eq!(report.duplicate_paragraphs, 1);
    assert_eq!(report.paragraphs, 6);
    assert!(
        report
            .notices
            .iter()
            .any(|n| n.path.ends_with("duarte-vidal-lima.txt") && n.message.contains("dropped 1")),
        "{:?}",
        report.notices
    );
}

#[test]
fn run_together_repair_spares_names_codes_and_links() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spared = "Her iPhone, McDonald and MacArthur notes, a YouTube and PlayStation deal, eBay, a PhD, DeSantis, LeBron, O'Neill, http://site.example/inRome, www.example.org/theEnd, pic.twitter.com/PD7E6hue1h, @inDelhi, #forPeace, press.office@theBureau.example, COVID19, G20, F-16, 5G and mp3.";
    write(
        dir.path(),
        "names.txt",
        format!("{spared}\nShe spoke atNoon withBoth teams inSeoul fromMonday, the3rd day.\n"),
    );
    let (articles, _) = ingest_dir(dir.path());
    let a = article(&articles, "names.txt");
    assert_eq!(a.paragraphs[0], spared);
    assert_eq!(
        a.paragraphs[1],
        "She spoke at Noon with Both teams in Seoul from Monday, the 3rd day."
    );
}

#[test]
fn seed_article_keeps_quote_and_embed() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("index/articles");
    if !seed.is_dir() {
        eprintln!("skipped: {} not found", seed.display());
        return;
    }
    let (articles, report) = ingest_dir(&seed);
    assert_eq!(report.articles, 1);
    let a = &articles[0];
    assert_eq!(a.paragraphs.len(), 10);
    let all = a.paragraphs.join("\n");
    for fixed in [
        "in Vientiane",
        "the 11th",
        "with Admiral",
        "and Chinese",
        "told Dong",
    ] {
        assert!(all.contains(fixed), "{fixed} missing");
    }
    assert!(
        all.contains(
            "pic.twitter.com/PD7E6hue1h - Rajnath Singh (@rajnathsingh) November 20, 2024"
        )
    );
    assert!(a.paragraphs[2].starts_with("\"Had an extremely productive meeting"));
    assert!(a.paragraphs[3].starts_with("Had an extremely productive meeting"));
    assert_eq!(report.duplicate_paragraphs, 0);
}

#[test]
fn html_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "web/page.html",
        r#"<!DOCTYPE html>
<html><head>
<title>Summit ends | Daily Example</title>
<meta property="og:title" content="Summit ends with joint statement">
<link rel="canonical" href="https://daily.example/summit">
<meta name="pubdate" content="2019-10-02">
<script>window.ads = "buy now";</script>
<style>.x { display: none }</style>
</head><body>
<header><h1>Daily Example</h1></header>
<nav><ul><li><a href="/">Home</a></li><li>Politics</li></ul></nav>
<main>
  <h1>Summit ends with joint statement</h1>
  <p>Leaders of Norway&nbsp;and Iceland met in Reykjavik on Tuesday.</p>
  <div class="ad"><script>track()</script></div>
  <p>They agreed on <em>fishing quotas</em>.</p>
  <ul><li>Quotas rise by 5%.</li></ul>
  <aside><p>Read more: unrelated story</p></aside>
  <form><label>Email</label><input name="e"><p>Sign up</p></form>
</main>
<footer><p>&copy; Daily Example</p></footer>
</body></html>"#,
    );
    let (articles, report) = ingest_dir(dir.path());
    let a = article(&articles, "web/page.html");
    assert_eq!(a.title, "Summit ends with joint statement");
    assert_eq!(a.url.as_deref(), Some("https://daily.example/summit"));
    assert_eq!(a.published, Some(date(2019, 10, 2)));
    assert_eq!(
        a.paragraphs,
        vec![
            "Leaders of Norway and Iceland met in Reykjavik on Tuesday.",
            "They agreed on fishing quotas.",
            "Quotas rise by 5%.",
        ]
    );
    assert_eq!(report.paragraphs, 3);
}

#[test]
fn html_time_element_and_bad_date_notice() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "a.htm",
        r#"<html><body><article><time datetime="2018-05-04T10:00:00Z">May 4</time><p>The talks began.</p></article></body></html>"#,
    );
    write(
        dir.path(),
        "b.txt",
        "---\ntitle: Talks\npublished: last Tuesday\n---\nThe talks ended.\n",
    );
    let (articles, report) = ingest_dir(dir.path());
    assert_eq!(
        article(&articles, "a.htm").published,
        Some(date(2018, 5, 4))
    );
    let b = article(&articles, "b.txt");
    assert_eq!(b.published, None);
    assert_eq!(b.paragraphs, vec!["The talks ended."]);
    assert!(
        report
            .notices
            .iter()
            .any(|n| n.path.ends_with("b.txt") && n.message.contains("last Tuesday"))
    );
}

#[test]
fn jsonl_with_a_bad_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lines = [
        r#"{"id": "w-1", "title": "Port strike ends", "url": "https://w.example/1", "published": "1999-04-01", "text": "Dockers returned to work.\n\nShips sailed again.", "dateline": "OSLO"}"#,
        r#"{"id": "w-2", "title": "Broken", "text": "unterminated"#,
        "",
        r#"{"title": "No id here", "published": "April 1999", "text": "Grain prices fell."}"#,
        r#"{"id": "w-4", "title": "Empty", "text": "   "}"#,
    ];
    write(dir.path(), "wire/feed.jsonl", lines.join("\n"));
    let (articles, report) = ingest_dir(dir.path());
    assert_eq!(
        ids(&articles),
        vec!["wire/feed.jsonl#w-1", "wire/feed.jsonl#4"]
    );
    let first = &articles[0];
    assert_eq!(first.title, "Port strike ends");
    assert_eq!(first.published, Some(date(1999, 4, 1)));
    assert_eq!(
        first.paragraphs,
        vec!["Dockers returned to work.", "Ships sailed again."]
    );
    assert!(skip_reason(&report, "feed.jsonl:2").contains("invalid JSON"));
    assert!(skip_reason(&report, "feed.jsonl:5").contains("no paragraphs"));
    assert!(
        report
            .notices
            .iter()
            .any(|n| n.path.ends_with("feed.jsonl:4") && n.message.contains("April 1999"))
    );
    assert_eq!(
        (report.files, report.articles, report.paragraphs),
        (1, 2, 3)
    );
}

#[test]
fn json_array_and_single_object() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "list.json",
        r#"[{"id": 10, "title": "First", "text": "Alpha."}, {"title": "Second", "text": "Beta.\n\nGamma."}, 42]"#,
    );
    write(
        dir.path(),
        "one.json",
        r#"{"title": "Only", "url": "https://o.example", "text": "Delta."}"#,
    );
    let (articles, report) = ingest_dir(dir.path());
    assert_eq!(
        ids(&articles),
        vec!["list.json#10", "list.json#2", "one.json"]
    );
    assert_eq!(articles[1].paragraphs, vec!["Beta.", "Gamma."]);
    assert_eq!(articles[2].url.as_deref(), Some("https://o.example"));
    assert!(skip_reason(&report, "list.json[3]").contains("not a JSON object"));
}

#[test]
fn invalid_utf8_is_read_as_latin1_with_a_notice() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "latin.txt",
        b"Club fined\n\nThe club was fined \xA32m and the caf\xE9 closed.\n".as_slice(),
    );
    let (articles, report) = ingest_dir(dir.path());
    let a = article(&articles, "latin.txt");
    assert_eq!(
        a.paragraphs,
        vec!["The club was fined £2m and the café closed."]
    );
    assert_eq!(report.notices.len(), 1);
    assert!(report.notices[0].message.contains("Latin-1"));
    assert!(report.skipped.is_empty());
}

#[test]
fn bad_files_are_skipped_with_reasons() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "good.txt", "A real paragraph.\n");
    write(
        dir.path(),
        "image.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".as_slice(),
    );
    write(dir.path(), "empty.txt", "");
    write(dir.path(), "blank.md", "  \n\n\t\n");
    write(dir.path(), "rules.txt", "---\n***\n\u{2014}\n");
    write(dir.path(), "big.txt", "word ".repeat(100));
    write(dir.path(), "report.pdf", "%PDF-1.4");
    write(dir.path(), "README", "no extension");
    write(dir.path(), ".draft.txt", "Hidden draft.\n");
    write(dir.path(), ".git/config", "[core]\n");
    let cfg = IngestConfig {
        max_file_bytes: 200,
        ..IngestConfig::default()
    };
    let (articles, report) = ingest_with(&[dir.path().to_path_buf()], &cfg);
    assert_eq!(ids(&articles), vec!["good.txt"]);
    assert!(skip_reason(&report, "image.txt").contains("binary"));
    assert!(skip_reason(&report, "empty.txt").contains("empty"));
    assert!(skip_reason(&report, "blank.md").contains("empty"));
    assert!(skip_reason(&report, "rules.txt").contains("no paragraphs"));
    assert!(skip_reason(&report, "big.txt").contains("too large"));
    assert_eq!(
        skip_reason(&report, "report.pdf"),
        "unsupported format (.pdf)"
    );
    assert_eq!(
        skip_reason(&report, "README"),
        "unsupported format (no extension)"
    );
    assert_eq!(skip_reason(&report, ".draft.txt"), "hidden file");
    assert_eq!(skip_reason(&report, ".git"), "hidden folder");
    assert_eq!(report.skipped.len(), 9, "{:?}", report.skipped);
    // Every file but the hidden folder's content is counted.
    assert_eq!(report.files, 9);
    assert_eq!((report.articles, report.paragraphs), (1, 1));
}

#[cfg(unix)]
#[test]
fn broken_links_and_link_loops() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "sub/a.txt", "Inside the folder.\n");
    std::os::unix::fs::symlink(
        dir.path().join("missing.txt"),
        dir.path().join("dangling.txt"),
    )
    .expect("symlink");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).expect("symlink");
    let (articles, report) = ingest_dir(dir.path());
    assert_eq!(ids(&articles), vec!["sub/a.txt"]);
    assert!(skip_reason(&report, "dangling.txt").contains("broken link"));
    assert!(skip_reason(&report, "sub/loop").contains("loop"));
}

#[cfg(unix)]
#[test]
fn unreadable_folder_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "ok.txt", "Readable.\n");
    write(dir.path(), "locked/secret.txt", "Locked away.\n");
    let locked = dir.path().join("locked");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
    let blocked = fs::read_dir(&locked).is_err();
    let (articles, report) = ingest_dir(dir.path());
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).expect("chmod back");
    assert!(ids(&articles).contains(&"ok.txt"));
    if blocked {
        assert!(skip_reason(&report, "locked").contains("unreadable folder"));
        assert_eq!(articles.len(), 1);
    } else {
        eprintln!("running as root: chmod 000 does not block reads; unreadable assertion skipped");
        assert_eq!(articles.len(), 2);
    }
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "ok.txt", "Readable.\n");
    write(dir.path(), "closed.txt", "Closed.\n");
    let closed = dir.path().join("closed.txt");
    fs::set_permissions(&closed, fs::Permissions::from_mode(0o000)).expect("chmod");
    let blocked = fs::read(&closed).is_err();
    let (articles, report) = ingest_dir(dir.path());
    fs::set_permissions(&closed, fs::Permissions::from_mode(0o644)).expect("chmod back");
    if blocked {
        assert_eq!(ids(&articles), vec!["ok.txt"]);
        assert!(skip_reason(&report, "closed.txt").contains("unreadable"));
    } else {
        eprintln!("running as root: chmod 000 does not block reads; unreadable assertion skipped");
        assert_eq!(articles.len(), 2);
    }
    assert_eq!(report.files, 2);
}

#[test]
fn missing_corpus_folder_and_single_file_entry() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "solo.txt", "Just one.\n");
    let (articles, report) = ingest_with(
        &[dir.path().join("nope"), dir.path().join("solo.txt")],
        &IngestConfig::default(),
    );
    assert_eq!(ids(&articles), vec!["solo.txt"]);
    assert!(skip_reason(&report, "nope").contains("does not exist"));
}

#[test]
fn overlapping_corpus_folders_are_read_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "a.txt", "Top level.\n");
    write(dir.path(), "sub/b.txt", "Nested.\n");
    let (articles, report) = ingest_with(
        &[dir.path().join("sub"), dir.path().to_path_buf()],
        &IngestConfig::default(),
    );
    assert_eq!(ids(&articles), vec!["b.txt", "a.txt"]);
    assert!(skip_reason(&report, "sub").contains("already read"));
    assert_eq!(report.files, 2);
}

#[test]
fn carriage_return_line_ends() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "mac.txt",
        "Old Mac file\r\rFirst paragraph.\rSecond line.\r\rLast.\r",
    );
    write(
        dir.path(),
        "dos.txt",
        "Windows file\r\n\r\nOnly paragraph.\r\n",
    );
    let (articles, _) = ingest_dir(dir.path());
    let mac = article(&articles, "mac.txt");
    assert_eq!(mac.title, "Old Mac file");
    assert_eq!(
        mac.paragraphs,
        vec!["First paragraph. Second line.", "Last."]
    );
    assert_eq!(
        article(&articles, "dos.txt").paragraphs,
        vec!["Only paragraph."]
    );
}

/// ../shared (the team's shared corpora), when present.
fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bulk");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared/corpus/bulk not found");
        None
    }
}

#[test]
fn bulk_bbc() {
    let Some(bulk) = shared() else { return };
    let started = Instant::now();
    let (articles, report) = ingest_dir(&bulk.join("bbc"));
    eprintln!(
        "bbc: {} articles in {:?}",
        articles.len(),
        started.elapsed()
    );
    assert_eq!(articles.len(), 2225);
    assert_eq!(report.articles, 2225);
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    let latin1: Vec<_> = report
        .notices
        .iter()
        .filter(|n| n.message.contains("Latin-1"))
        .collect();
    assert_eq!(latin1.len(), 1, "{latin1:?}");
    assert!(latin1[0].path.ends_with("sport/199.txt"));
    let mutu = article(&articles, "sport/199.txt");
    assert_eq!(mutu.title, "Chelsea sack Mutu");
    assert!(mutu.paragraphs.iter().any(|p| p.contains("£15.8m")));
    // Every BBC file starts with a headline line.
    assert!(articles.iter().all(|a| !a.title.ends_with(".txt")));
}

#[test]
fn bulk_reuters() {
    let Some(bulk) = shared() else { return };
    let started = Instant::now();
    let (articles, report) = ingest_dir_file(&bulk.join("reuters-21578.jsonl"));
    eprintln!(
        "reuters: {} articles in {:?}",
        articles.len(),
        started.elapsed()
    );
    assert_eq!(articles.len(), 19043);
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    let first = &articles[0];
    assert_eq!(first.id, "reuters-21578.jsonl#reuters-1");
    assert_eq!(first.title, "Bahia Cocoa Review");
    assert_eq!(first.published, Some(date(1987, 2, 26)));
}

fn ingest_dir_file(file: &Path) -> (Vec<Article>, IngestReport) {
    ingest_with(&[file.to_path_buf()], &IngestConfig::default())
}
