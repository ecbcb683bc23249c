//! Talking to Discord without ever hanging: the REST client with its timeout
//! (`discord.http_timeout_secs`), the start-up check of the API with bounded retries and
//! growing pauses, the gateway handshake's deadline (`discord.gateway_timeout_secs`), and
//! the stop signal that ends every one of these waits.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context as _, Result, anyhow, bail};
use poise::serenity_prelude::{self as serenity, Http, HttpBuilder};
use tokio::sync::watch;

use crate::config::DiscordConfig;

/// How many times start-up asks Discord for the gateway before giving up: a few, so a
/// blip passes and a dead API is reported within about a minute.
const START_ATTEMPTS: u32 = 4;

/// The pause after the first failed start-up attempt; it doubles after each one.
const FIRST_BACKOFF: Duration = Duration::from_secs(1);

/// The longest pause between start-up attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// Whether a stop was asked for (SIGINT, SIGTERM, or a test's shutdown future). Cheap to
/// clone; every wait in the shell races it.
#[derive(Clone)]
pub(crate) struct Stop(watch::Receiver<bool>);

impl Stop {
    /// A stop that comes when `shutdown` completes (watched by a task from now on).
    pub(crate) fn on<S>(shutdown: S) -> Stop
    where
        S: Future<Output = ()> + Send + 'static,
    {
        let (tx, rx) = watch::channel(false);
        tokio::spawn(async move {
            shutdown.await;
            let _ = tx.send(true);
        });
        Stop(rx)
    }

    /// Completes once a stop is asked for (never, if its sender is gone without one).
    pub(crate) async fn requested(&self) {
        let mut rx = self.0.clone();
        if rx.wait_for(|stop| *stop).await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

/// The REST client: every call gives up after `discord.http_timeout_secs` (connecting
/// included); through `discord.api_url` when set (serenity's rate limiter is then off: the
/// proxy owns rate limiting).
pub(crate) fn http_client(token: &str, config: &DiscordConfig) -> Result<Http> {
    let timeout = Duration::from_secs(config.http_timeout_secs);
    let client = reqwest::Client::builder()
        .use_rustls_tls()
        .timeout(timeout)
        .connect_timeout(timeout)
        .build()
        .context("building the HTTP client")?;
    let mut http = HttpBuilder::new(token).client(client);
    if let Some(api) = config.api_url.as_deref() {
        let api = api.trim_end_matches('/');
        if !(api.starts_with("http://") || api.starts_with("https://")) {
            bail!(
                "discord.api_url must start with http:// or https:// (got {})",
                crate::config::cut_value(api)
            );
        }
        http = http.proxy(api).ratelimiter_disabled(true);
    }
    Ok(http.build())
}

/// Asks Discord for the gateway until it answers: a call that times out, cannot connect or
/// gets a server error is logged as a warning at once and retried after a pause that
/// doubles ([`FIRST_BACKOFF`] up to [`MAX_BACKOFF`]), [`START_ATTEMPTS`] times in all; any
/// other error (a refused token) ends at once. `Ok(false)`: a stop came first.
pub(crate) async fn check_api(http: &Http, config: &DiscordConfig, stop: &Stop) -> Result<bool> {
    let mut pause = FIRST_BACKOFF;
    for attempt in 1..=START_ATTEMPTS {
        let answer = tokio::select! {
            answer = http.get_bot_gateway() => answer,
            () = stop.requested() => return Ok(false),
        };
        let error = match answer {
            Ok(_) => return Ok(true),
            Err(e) if !transient(&e) => return Err(e).context("Discord refused the bot"),
            Err(e) => e,
        };
        let why = failure(&error, config.http_timeout_secs);
        if attempt == START_ATTEMPTS {
            bail!("{why} ({START_ATTEMPTS} attempts): giving up");
        }
        tracing::warn!(
            attempt,
            of = START_ATTEMPTS,
            retry_in_secs = pause.as_secs(),
            "{why}; retrying"
        );
        tokio::select! {
            () = tokio::time::sleep(pause) => {}
            () = stop.requested() => return Ok(false),
        }
        pause = (pause * 2).min(MAX_BACKOFF);
    }
    unreachable!("the last attempt returns")
}

/// Whether a REST failure may pass by itself: a timeout, a connection that failed, a
/// rate limit or a server error.
fn transient(error: &serenity::Error) -> bool {
    use serenity::HttpError;
    match error {
        serenity::Error::Http(HttpError::Request(e)) => {
            e.is_timeout() || e.is_connect() || e.is_request() || e.is_body()
        }
        serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => {
            r.status_code.is_server_error() || r.status_code.as_u16() == 429
        }
        _ => false,
    }
}

/// A REST failure said for the operator, naming the timeout when it was one.
fn failure(error: &serenity::Error, timeout_secs: u64) -> String {
    use serenity::HttpError;
    match error {
        serenity::Error::Http(HttpError::Request(e)) if e.is_timeout() => {
            format!("Discord did not answer within {timeout_secs} s (discord.http_timeout_secs)")
        }
        serenity::Error::Http(HttpError::Request(e)) => {
            format!("Discord could not be reached: {}", without_url(e))
        }
        other => format!("Discord answered with an error: {other}"),
    }
}

/// A reqwest error's text and causes, without the URL (it may carry a proxy's secrets).
fn without_url(error: &reqwest::Error) -> String {
    let mut text = error.to_string();
    if let Some(url) = error.url() {
        text = text.replace(&format!(" for url ({url})"), "");
    }
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Completes with an error when the gateway has not said READY (`ready` still false)
/// `discord.gateway_timeout_secs` after connecting started; the warning is logged then.
pub(crate) async fn handshake_deadline(ready: Arc<AtomicBool>, timeout_secs: u64) -> anyhow::Error {
    tokio::time::sleep(Duration::from_secs(timeout_secs)).await;
    if ready.load(Ordering::Acquire) {
        return std::future::pending().await;
    }
    let msg = format!(
        "Discord's gateway did not complete the handshake (no READY) within {timeout_secs} s \
         (discord.gateway_timeout_secs)"
    );
    tracing::warn!("{msg}; stopping");
    anyhow!(msg)
}
