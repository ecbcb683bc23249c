//! A minimal HTTP/1.1 server over tokio for the fake Discord's REST API: keep-alive,
//! `Content-Length` bodies (what reqwest sends for JSON), JSON answers.

use std::collections::HashMap;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// One request as received.
#[derive(Debug, Clone)]
pub struct RawRequest {
    pub method: String,
    /// Path without the query string.
    pub path: String,
    /// Lower-case header names.
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
}

/// One answer: status and JSON body (none for 204).
pub struct Response {
    pub status: u16,
    pub body: Option<String>,
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        404 => "Not Found",
        _ => "Status",
    }
}

/// Reads requests from `stream` and answers each with `handle`, until the peer closes.
pub async fn serve_connection<F>(mut stream: TcpStream, mut handle: F)
where
    F: FnMut(RawRequest) -> Response,
{
    let mut buf: Vec<u8> = Vec::new();
    loop {
        // Read until the end of the head.
        let head_end = loop {
            if let Some(i) = find(&buf, b"\r\n\r\n") {
                break i;
            }
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
        let mut lines = head.split("\r\n");
        let request_line = lines.next().unwrap_or_default();
        let mut parts = request_line.split(' ');
        let method = parts.next().unwrap_or_default().to_string();
        let target = parts.next().unwrap_or_default();
        let path = target.split('?').next().unwrap_or_default().to_string();
        let headers: HashMap<String, String> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let len: usize = headers
            .get("content-length")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        assert!(
            !headers
                .get("transfer-encoding")
                .is_some_and(|v| v.contains("chunked")),
            "the fake Discord does not read chunked bodies ({method} {path})"
        );
        let body_start = head_end + 4;
        while buf.len() < body_start + len {
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        let body = buf[body_start..body_start + len].to_vec();
        buf.drain(..body_start + len);
        let response = handle(RawRequest {
            method,
            path,
            headers,
            body,
        });
        let body = response.body.unwrap_or_default();
        let out = format!(
            "HTTP/1.1 {} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{}",
            response.status,
            reason(response.status),
            body.len(),
            body
        );
        if stream.write_all(out.as_bytes()).await.is_err() {
            return;
        }
    }
}

pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
