//! `attache add FILE|URL`: an article saved under `added/` with its header, indexed at once
//! and asked about; a duplicate refused; and every limit of a URL (redirects, size, time,
//! content type, scheme) refused with a clear message and nothing saved. URLs are served by
//! a tiny HTTP server of the test on 127.0.0.1 (the config allows private addresses).

use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::Output;
use std::time::Duration;

use crate::common::*;
use crate::workdir_attache as attache;

/// An article the seed corpus knows nothing of.
const ARTICLE_HTML: &str = r#"<!DOCTYPE html>
<html><head><title>Ministers of Quorvania and Belastria meet in Tallinn | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-03-12T08:00:00Z">
</head><body><nav><a href="/">Home</a></nav><article>
<h1>Ministers of Quorvania and Belastria meet in Tallinn</h1>
<p>TALLINN, March 12 - Quorvanian Foreign Minister Odile Marchetti met Belastrian Foreign Minister Pavel Dranko in Tallinn on Tuesday and agreed to reopen their border crossings.</p>
<p>Marchetti said the talks had been frank and useful.</p>
</article></body></html>"#;

/// A plain text article for `add FILE`.
const ARTICLE_TXT: &str = "---\ntitle: Lindqvist hosts Okafor in Oslo\nurl: https://example.org/lindqvist-okafor\npublished: 2024-05-06\n---\nNorwegian Trade Minister Sigrun Lindqvist hosted Nigerian Trade Minister Chidi Okafor in Oslo on Monday.\n\nThe two ministers discussed fish exports.\n";

/// Seconds the slow route waits before answering: past the test's `fetch.timeout_secs`.
const SLOW_SECS: u64 = 4;

/// Serves the test's routes on 127.0.0.1, one thread per connection; returns its base URL.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || answer(stream));
        }
    });
    base
}

fn answer(mut stream: TcpStream) {
    let Some(path) = crate::common::web::request_path(&stream) else {
        return;
    };
    let _ = match path.as_str() {
        "/article.html" => respond(
            &mut stream,
            "200 OK",
            "text/html; charset=utf-8",
            ARTICLE_HTML.as_bytes(),
        ),
        "/moved" => redirect(&mut stream, "/article.html"),
        "/loop" => redirect(&mut stream, "/loop"),
        "/image.png" => respond(
            &mut stream,
            "200 OK",
            "image/png",
            b"\x89PNG\r\n\x1a\nnot really",
        ),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(SLOW_SECS));
            respond(&mut stream, "200 OK", "text/html", ARTICLE_HTML.as_bytes())
        }
        "/huge" => huge(&mut stream, true),
        "/huge-unsized" => huge(&mut stream, false),
        _ => respond(&mut stream, "404 Not Found", "text/plain", b"no such page"),
    };
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    body: &[u8],
) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(body)
}

fn redirect(stream: &mut TcpStream, to: &str) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
}

/// A 50 MB page, with its size announced or not (then read until the client gives up).
fn huge(stream: &mut TcpStream, sized: bool) -> std::io::Result<()> {
    const SIZE: usize = 50 * 1024 * 1024;
    let length = if sized {
        format!("Content-Length: {SIZE}\r\n")
    } else {
        String::new()
    };
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n{length}Connection: close\r\n\r\n"
    )?;
    let block = vec![b'a'; 64 * 1024];
    for _ in 0..SIZE / block.len() {
        stream.write_all(&block)?;
    }
    Ok(())
}

/// A working folder with the seed corpus and a config that reaches 127.0.0.1 and waits
/// one second for a page.
fn workdir() -> tempfile::TempDir {
    let tmp = seed_workdir();
    std::fs::write(
        tmp.path().join("attache.toml"),
        "[fetch]\nallow_private_urls = true\ntimeout_secs = 1\nmax_redirects = 3\n",
    )
    .unwrap();
    tmp
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn added_files(dir: &Path) -> Vec<String> {
    match std::fs::read_dir(dir.join("articles/added")) {
        Ok(entries) => entries
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn a_file_is_saved_with_its_header_indexed_and_answered_and_a_duplicate_is_refused() {
    let tmp = workdir();
    let dir = tmp.path();
    stdout(&attache(dir, &["index"]));
    std::fs::write(dir.join("new.txt"), ARTICLE_TXT).unwrap();
    let report = stdout(&attache(dir, &["add", "new.txt"]));
    assert!(
        report.starts_with("added: 2 paragraphs, 1 meeting: "),
        "{report}"
    );
    assert!(
        report.contains("Sigrun Lindqvist") && report.contains("Oslo"),
        "{report}"
    );
    let files = added_files(dir);
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].starts_with("lindqvist-hosts-okafor-in-oslo-") && files[0].ends_with(".md"));
    let saved = std::fs::read_to_string(dir.join("articles/added").join(&files[0])).unwrap();
    assert!(saved.starts_with("---\ntitle: \"Lindqvist hosts Okafor in Oslo\"\nurl: https://example.org/lindqvist-okafor\npublished: 2024-05-06\nadded: "), "{saved}");
    assert!(saved.contains(" by command line\n---\n"), "{saved}");

    let answer = stdout(&attache(dir, &["ask", "Where did Lindqvist meet Okafor?"]));
    assert!(answer.contains("Oslo"), "{answer}");

    // The same file again, and the same text under another name: refused, nothing new.
    for name in ["new.txt", "copy.txt"] {
        std::fs::write(dir.join(name), ARTICLE_TXT).unwrap();
        let out = attache(dir, &["add", name]);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("already here"), "{err}");
    }
    // An article of the corpus itself.
    let seed = std::fs::read_dir(dir.join("articles"))
        .unwrap()
        .flatten()
        .find(|e| e.path().is_file())
        .unwrap()
        .path();
    let out = attache(dir, &["add", seed.to_str().unwrap()]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("in the corpus already"),
        "{out:?}"
    );
    assert_eq!(added_files(dir).len(), 1);
}

#[test]
fn a_page_is_fetched_added_and_answered_and_its_url_is_not_added_twice() {
    let base = serve();
    let tmp = workdir();
    let dir = tmp.path();
    let url = format!("{base}/moved");
    let report = stdout(&attache(dir, &["add", &url]));
    assert!(
        report.starts_with("added: 2 paragraphs, 1 meeting: "),
        "{report}"
    );
    assert!(report.contains("Tallinn"), "{report}");
    let files = added_files(dir);
    let saved = std::fs::read_to_string(dir.join("articles/added").join(&files[0])).unwrap();
    // The page's own title and date; the URL after the redirect.
    assert!(
        saved.contains("title: \"Ministers of Quorvania and Belastria meet in Tallinn\"\n"),
        "{saved}"
    );
    assert!(
        saved.contains(&format!("url: {base}/article.html\n")),
        "{saved}"
    );
    assert!(saved.contains("published: 2025-03-12\n"), "{saved}");
    let answer = stdout(&attache(dir, &["ask", "When did Marchetti meet Dranko?"]));
    assert!(answer.contains("March 2025"), "{answer}");

    let out = attache(dir, &["add", &format!("{base}/article.html")]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("was added already"),
        "{out:?}"
    );
    assert_eq!(added_files(dir).len(), 1);
}

#[test]
fn every_limit_of_a_url_is_said_and_nothing_is_saved() {
    let base = serve();
    let tmp = workdir();
    let dir = tmp.path();
    for (path, expected) in [
        ("/loop", "more than 3 redirects (fetch.max_redirects)"),
        ("/huge", "larger than 5242880 bytes (fetch.max_bytes)"),
        (
            "/huge-unsized",
            "larger than 5242880 bytes (fetch.max_bytes)",
        ),
        ("/slow", "did not arrive within 1 s (fetch.timeout_secs)"),
        ("/image.png", "the page is image/png, not an article"),
        ("/missing", "the server answered 404"),
    ] {
        let out = attache(dir, &["add", &format!("{base}{path}")]);
        assert!(!out.status.success(), "{path}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{path}: {err}");
        assert!(added_files(dir).is_empty(), "{path}");
    }
    let out = attache(dir, &["add", "ftp://127.0.0.1/article.html"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("only http and https"),
        "{out:?}"
    );
    // Without allow_private_urls, 127.0.0.1 is refused before any connection.
    std::fs::write(dir.join("attache.toml"), "").unwrap();
    let out = attache(dir, &["add", &format!("{base}/article.html")]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("private, link-local or loopback"), "{err}");
    assert!(added_files(dir).is_empty());
}

#[test]
fn a_file_over_the_size_limit_or_of_another_format_is_refused() {
    let tmp = workdir();
    let dir = tmp.path();
    std::fs::write(dir.join("attache.toml"), "[fetch]\nmax_bytes = 100\n").unwrap();
    std::fs::write(dir.join("big.txt"), ARTICLE_TXT).unwrap();
    let out = attache(dir, &["add", "big.txt"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("fetch.max_bytes"),
        "{out:?}"
    );
    std::fs::write(dir.join("paper.pdf"), "%PDF-1.4").unwrap();
    let out = attache(dir, &["add", "paper.pdf"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("unsupported format (.pdf)"),
        "{out:?}"
    );
    assert!(added_files(dir).is_empty());
}
