//! Downloading an article from a URL within `[fetch]`'s limits: http/https only, public
//! addresses only (unless `fetch.allow_private_urls`), at most `fetch.max_redirects`
//! redirects (each hop checked again), `fetch.max_bytes` and `fetch.timeout_secs` for the
//! whole download. Every refusal is a [`FetchError`] with a message for the user.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use reqwest::Url;

use crate::config::FetchConfig;

/// A downloaded body, with where it finally came from and what it says it is.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The URL after redirects.
    pub url: String,
    /// The `Content-Type` without parameters, lower-cased (empty when absent).
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Why a URL gave no article body.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("{0}")]
    Refused(String),
    #[error("the page did not arrive within {0} s (fetch.timeout_secs)")]
    Timeout(u64),
    #[error("more than {0} redirects (fetch.max_redirects)")]
    TooManyRedirects(usize),
    #[error("the page is larger than {0} bytes (fetch.max_bytes)")]
    TooLarge(u64),
    #[error("the server answered {0}")]
    Status(u16),
    #[error("the page could not be fetched: {0}")]
    Network(String),
}

/// Downloads `url` within the limits of `cfg`.
pub async fn fetch(url: &str, cfg: &FetchConfig) -> Result<Fetched, FetchError> {
    let limit = Duration::from_secs(cfg.timeout_secs);
    match tokio::time::timeout(limit, follow(url, cfg)).await {
        Ok(result) => result,
        Err(_) => Err(FetchError::Timeout(cfg.timeout_secs)),
    }
}

/// Follows redirects by hand, so that each hop's address is checked before it is reached.
async fn follow(url: &str, cfg: &FetchConfig) -> Result<Fetched, FetchError> {
    let mut url = parse_url(url)?;
    let mut redirects = 0;
    loop {
        let response = get(&url, cfg).await?;
        let status = response.status();
        if status.is_redirection() {
            if redirects == cfg.max_redirects {
                return Err(FetchError::TooManyRedirects(cfg.max_redirects));
            }
            redirects += 1;
            url = next_hop(&url, &response)?;
            continue;
        }
        if !status.is_success() {
            return Err(FetchError::Status(status.as_u16()));
        }
        return read_body(url, response, cfg.max_bytes).await;
    }
}

/// `text` as an http(s) URL, or why not.
fn parse_url(text: &str) -> Result<Url, FetchError> {
    let url =
        Url::parse(text.trim()).map_err(|e| FetchError::Refused(format!("not a URL ({e})")))?;
    match url.scheme() {
        "http" | "https" if url.host().is_some() => Ok(url),
        "http" | "https" => Err(FetchError::Refused("the URL has no host".into())),
        other => Err(FetchError::Refused(format!(
            "only http and https URLs can be added (not {other}:)"
        ))),
    }
}

/// Where a redirect points, resolved against the URL that gave it.
fn next_hop(from: &Url, response: &reqwest::Response) -> Result<Url, FetchError> {
    let location = response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| FetchError::Refused("a redirect without a location".into()))?;
    let next = from
        .join(location)
        .map_err(|e| FetchError::Refused(format!("a redirect to a bad URL ({e})")))?;
    parse_url(next.as_str())
}

/// One GET of `url`, on an address checked first and pinned (so the name cannot resolve
/// elsewhere between the check and the connection).
async fn get(url: &Url, cfg: &FetchConfig) -> Result<reqwest::Response, FetchError> {
    let host = url.host_str().unwrap_or_default().to_string();
    let port = url.port_or_known_default().unwrap_or(80);
    let addr = checked_address(&host, port, cfg.allow_private_urls).await?;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .resolve(host.trim_start_matches('[').trim_end_matches(']'), addr)
        .user_agent(concat!("attache/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| FetchError::Network(e.to_string()))?;
    client
        .get(url.clone())
        .send()
        .await
        .map_err(|e| FetchError::Network(crate::engine::error_text(&e.into())))
}

/// The first address of `host`; refused when any of its addresses is not public (unless
/// allowed).
async fn checked_address(
    host: &str,
    port: u16,
    allow_private: bool,
) -> Result<SocketAddr, FetchError> {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let addrs: Vec<SocketAddr> = match bare.parse::<IpAddr>() {
        Ok(ip) => vec![SocketAddr::new(ip, port)],
        Err(_) => tokio::net::lookup_host((bare, port))
            .await
            .map_err(|e| FetchError::Network(format!("{bare}: {e}")))?
            .collect(),
    };
    let Some(first) = addrs.first().copied() else {
        return Err(FetchError::Network(format!("{bare}: no address")));
    };
    if !allow_private && let Some(bad) = addrs.iter().find(|a| !is_public(a.ip())) {
        return Err(FetchError::Refused(format!(
            "{bare} is a private, link-local or loopback address ({}); only public addresses \
             can be fetched (fetch.allow_private_urls)",
            bad.ip()
        )));
    }
    Ok(first)
}

/// The body, read piece by piece and dropped as soon as it passes `max_bytes`.
async fn read_body(
    url: Url,
    mut response: reqwest::Response,
    max_bytes: u64,
) -> Result<Fetched, FetchError> {
    if response.content_length().is_some_and(|n| n > max_bytes) {
        return Err(FetchError::TooLarge(max_bytes));
    }
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    let mut bytes = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| FetchError::Network(crate::engine::error_text(&e.into())))?
    {
        if (bytes.len() + chunk.len()) as u64 > max_bytes {
            return Err(FetchError::TooLarge(max_bytes));
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(Fetched {
        url: url.to_string(),
        content_type,
        bytes,
    })
}

/// True for an address on the public internet: not loopback, private, link-local,
/// shared (carrier-grade NAT), unspecified, broadcast, multicast or documentation.
pub(crate) fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    let shared = a == 100 && (64..128).contains(&b);
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || shared
        || a == 0)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    let unique_local = (first & 0xfe00) == 0xfc00;
    let link_local = (first & 0xffc0) == 0xfe80;
    !(ip.is_loopback() || ip.is_unspecified() || ip.is_multicast() || unique_local || link_local)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn public(text: &str) -> bool {
        is_public(text.parse().unwrap())
    }

    #[test]
    fn private_link_local_and_loopback_addresses_are_not_public() {
        for private in [
            "127.0.0.1",
            "127.8.9.10",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "::1",
            "::",
            "fe80::1",
            "fd00::1",
            "fc00::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
        ] {
            assert!(!public(private), "{private} is not public");
        }
        for open in ["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111"] {
            assert!(public(open), "{open} is public");
        }
    }

    #[test]
    fn only_http_and_https_urls_with_a_host_are_taken() {
        assert!(parse_url("https://example.org/a").is_ok());
        assert!(parse_url("http://[::1]:8080/").is_ok());
        for bad in [
            "ftp://example.org/a",
            "file:///etc/passwd",
            "example.org",
            "data:,x",
        ] {
            assert!(
                matches!(parse_url(bad), Err(FetchError::Refused(_))),
                "{bad}"
            );
        }
    }

    #[tokio::test]
    async fn a_literal_private_address_is_refused_before_any_connection() {
        let cfg = FetchConfig::default();
        let err = fetch("http://127.0.0.1:9/article.html", &cfg)
            .await
            .unwrap_err();
        assert!(matches!(err, FetchError::Refused(_)), "{err}");
        assert!(err.to_string().contains("127.0.0.1"), "{err}");
    }
}
