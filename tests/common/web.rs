//! A tiny HTTP server of a test, on 127.0.0.1 only: it serves the pages the test puts in
//! its routes (which the test may change between requests: a feed that grows), 404 for
//! any other path, one thread per connection.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// A page: status line, content type, body.
#[derive(Clone)]
pub struct Page {
    pub status: &'static str,
    pub content_type: &'static str,
    pub body: String,
}

impl Page {
    pub fn ok(content_type: &'static str, body: &str) -> Page {
        Page {
            status: "200 OK",
            content_type,
            body: body.to_string(),
        }
    }

    pub fn error(status: &'static str) -> Page {
        Page {
            status,
            content_type: "text/plain",
            body: "no luck".into(),
        }
    }
}

/// A running server: its base URL and its routes (path -> page).
#[derive(Clone)]
pub struct Site {
    pub base: String,
    routes: Arc<Mutex<HashMap<String, Page>>>,
}

impl Site {
    /// Starts serving on a new 127.0.0.1 port, with no page yet.
    pub fn start() -> Site {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let routes: Arc<Mutex<HashMap<String, Page>>> = Arc::default();
        let served = Arc::clone(&routes);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let routes = Arc::clone(&served);
                std::thread::spawn(move || answer(stream, &routes));
            }
        });
        Site { base, routes }
    }

    /// Serves `page` at `path` from now on.
    pub fn put(&self, path: &str, page: Page) {
        self.routes.lock().unwrap().insert(path.to_string(), page);
    }

    /// The full URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// Reads one request's head from `stream` and returns its path ("/" when it names none),
/// or `None` when nothing could be read.
pub fn request_path(stream: &TcpStream) -> Option<String> {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request = String::new();
    reader.read_line(&mut request).ok()?;
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    Some(request.split_whitespace().nth(1).unwrap_or("/").to_string())
}

fn answer(mut stream: TcpStream, routes: &Mutex<HashMap<String, Page>>) {
    let Some(path) = request_path(&stream) else {
        return;
    };
    let path = path.as_str();
    let page = routes
        .lock()
        .unwrap()
        .get(path)
        .cloned()
        .unwrap_or_else(|| Page::error("404 Not Found"));
    let _ = write!(
        stream,
        "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        page.status,
        page.content_type,
        page.body.len(),
        page.body
    );
}

/// An RSS 2.0 feed of `items`: (guid, link, title, date as RFC 2822, full text or "").
pub fn rss(items: &[(&str, &str, &str, &str, &str)]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\
         <title>Test News</title><link>http://127.0.0.1/</link>\n",
    );
    for (guid, link, title, date, text) in items {
        s.push_str(&format!(
            "<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>\
             <pubDate>{date}</pubDate>"
        ));
        if !text.is_empty() {
            s.push_str(&format!(
                "<content:encoded><![CDATA[{text}]]></content:encoded>"
            ));
        }
        s.push_str("</item>\n");
    }
    s.push_str("</channel></rss>\n");
    s
}

/// An article page: a title, a publication date in its metadata (or none), paragraphs.
pub fn article_page(title: &str, published: Option<&str>, paragraphs: &[&str]) -> String {
    let meta = published.map_or(String::new(), |d| {
        format!("<meta property=\"article:published_time\" content=\"{d}\">")
    });
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html><html><head><title>{title}</title>{meta}</head><body><article>\
         <h1>{title}</h1>\n{body}</article></body></html>"
    )
}
