//! A fake Discord for the tests, on 127.0.0.1 only: the REST API (a hand-written HTTP/1.1
//! server) and the gateway (a WebSocket speaking HELLO / IDENTIFY / READY / RESUME /
//! heartbeats). It records every REST request and gateway payload it receives, answers
//! like Discord does for the calls the bot makes, and lets a test dispatch interactions and
//! messages and wait for the bot's answers.

#![allow(dead_code)]

pub mod corpus;
pub mod files;
pub mod http;
pub mod payloads;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

use http::{RawRequest, Response};
#[allow(unused_imports)]
pub use payloads::{APP_ID, BOT_ID, BOT_ROLE, GUILD_ID, Member};

/// How long a test waits for the bot to do something.
pub const WAIT: Duration = Duration::from_secs(10);

/// One REST request the bot made.
#[derive(Debug, Clone)]
pub struct Req {
    pub method: String,
    pub path: String,
    pub authorization: Option<String>,
    pub body: Value,
    /// Files uploaded with it (a multipart request; `body` is then its `payload_json`).
    pub files: Vec<Upload>,
}

/// One file of a multipart upload.
#[derive(Debug, Clone)]
pub struct Upload {
    /// The form field (`files[0]`).
    pub field: String,
    pub filename: String,
    pub bytes: Vec<u8>,
}

/// A gateway payload the bot sent (IDENTIFY, RESUME, heartbeats).
#[derive(Debug, Clone)]
pub struct GatewayIn {
    pub connection: u64,
    pub payload: Value,
}

enum ToBot {
    Dispatch(String, Value),
    Close,
}

#[derive(Default)]
struct State {
    requests: Vec<Req>,
    gateway_in: Vec<GatewayIn>,
    connections: u64,
    /// WebSocket connections accepted.
    accepted: u64,
    /// Sender to the current gateway connection, once it has a session.
    current: Option<mpsc::UnboundedSender<ToBot>>,
    seq: u64,
    messages: u64,
    /// Answer command registrations with an error.
    fail_registration: bool,
    /// Accept gateway connections and never answer (a stalled handshake).
    silent_gateway: bool,
    /// Interaction callbacks still to fail (HTTP 500).
    fail_callbacks: u32,
    /// Channels where the bot lacks Embed Links (see [`FakeDiscord::deny_embeds_in`]).
    no_embeds: Vec<u64>,
    /// Sender to the connection of each shard id (from IDENTIFY's `shard`), once it has a
    /// session; sessions by id, to find a resumed session's shard.
    shards: std::collections::HashMap<u64, mpsc::UnboundedSender<ToBot>>,
    session_shards: std::collections::HashMap<String, [u64; 2]>,
}

/// The running fake.
pub struct FakeDiscord {
    /// Base URL of the REST API (`discord.api_url`).
    pub api_url: String,
    /// The gateway URL it hands out.
    pub ws_url: String,
    state: Arc<Mutex<State>>,
    ids: AtomicU64,
}

/// An interaction the test sent: what the bot's answers are addressed by.
#[derive(Debug, Clone)]
pub struct Interaction {
    pub id: u64,
    pub token: String,
}

impl FakeDiscord {
    /// Starts REST and gateway listeners on 127.0.0.1 (free ports).
    pub async fn start() -> FakeDiscord {
        let rest = TcpListener::bind("127.0.0.1:0").await.expect("bind REST");
        let gw = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind gateway");
        let api_url = format!("http://{}", rest.local_addr().unwrap());
        let ws_url = format!("ws://{}", gw.local_addr().unwrap());
        let state = Arc::new(Mutex::new(State::default()));

        let st = Arc::clone(&state);
        let ws = ws_url.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = rest.accept().await {
                let st = Arc::clone(&st);
                let ws = ws.clone();
                tokio::spawn(http::serve_connection(stream, move |req| {
                    handle_rest(&st, &ws, req)
                }));
            }
        });

        let st = Arc::clone(&state);
        let ws = ws_url.clone();
        tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((stream, _)) = gw.accept().await {
                if st.lock().unwrap().silent_gateway {
                    held.push(stream);
                    continue;
                }
                let st = Arc::clone(&st);
                let ws = ws.clone();
                tokio::spawn(async move {
                    if let Ok(socket) = tokio_tungstenite::accept_async(stream).await {
                        gateway_connection(st, ws, socket).await;
                    }
                });
            }
        });

        FakeDiscord {
            api_url,
            ws_url,
            state,
            ids: AtomicU64::new(0),
        }
    }

    fn next_id(&self) -> u64 {
        payloads::snowflake(1_000 + self.ids.fetch_add(1, Ordering::Relaxed))
    }

    /// From now on, gateway connections are accepted and never answered (no WebSocket
    /// handshake), as with a stalled gateway.
    pub fn silence_gateway(&self) {
        self.state.lock().unwrap().silent_gateway = true;
    }

    /// From now on, command registrations fail (HTTP 400), as with a bad application.
    pub fn fail_registration(&self) {
        self.state.lock().unwrap().fail_registration = true;
    }

    /// The next interaction callback fails (HTTP 500), as when Discord has a bad moment.
    pub fn fail_next_callback(&self) {
        self.state.lock().unwrap().fail_callbacks += 1;
    }

    /// From now on the bot lacks Embed Links in `channel`: interactions from it say so in
    /// `app_permissions`, and a channel message with embeds is refused (403, Missing
    /// Permissions), as Discord does.
    pub fn deny_embeds_in(&self, channel: u64) {
        self.state.lock().unwrap().no_embeds.push(channel);
    }

    /// Removes Embed Links from an interaction's `app_permissions` in a denied channel.
    fn limit_app_permissions(&self, channel: u64, data: &mut Value) {
        if self.state.lock().unwrap().no_embeds.contains(&channel) {
            let all: u64 = data["app_permissions"]
                .as_str()
                .and_then(|p| p.parse().ok())
                .unwrap_or(0);
            data["app_permissions"] = json!((all & !payloads::EMBED_LINKS).to_string());
        }
    }

    /// Every REST request so far.
    pub fn requests(&self) -> Vec<Req> {
        self.state.lock().unwrap().requests.clone()
    }

    /// Every gateway payload the bot sent so far.
    pub fn gateway_in(&self) -> Vec<GatewayIn> {
        self.state.lock().unwrap().gateway_in.clone()
    }

    /// Gateway payloads with this opcode.
    pub fn sent_ops(&self, op: u64) -> Vec<Value> {
        self.gateway_in()
            .into_iter()
            .filter(|g| g.payload["op"] == op)
            .map(|g| g.payload)
            .collect()
    }

    /// Waits until `pick` finds something in the recorded state.
    pub async fn wait_for<T>(
        &self,
        what: &str,
        mut pick: impl FnMut(&FakeDiscord) -> Option<T>,
    ) -> T {
        let start = Instant::now();
        loop {
            if let Some(t) = pick(self) {
                return t;
            }
            if start.elapsed() > WAIT {
                let reqs: Vec<String> = self
                    .requests()
                    .iter()
                    .map(|r| format!("{} {}", r.method, r.path))
                    .collect();
                panic!("timed out waiting for {what}; REST requests so far: {reqs:#?}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Waits until the bot identified, got READY and registered its commands (before that,
    /// poise would hold every event).
    pub async fn wait_ready(&self) {
        self.wait_for("IDENTIFY", |f| f.sent_ops(2).first().cloned())
            .await;
        self.wait_for("command registration", |f| {
            f.requests()
                .into_iter()
                .find(|r| r.method == "PUT" && r.path.ends_with("/commands"))
        })
        .await;
    }

    fn send(&self, msg: ToBot) {
        let tx = self.state.lock().unwrap().current.clone();
        let tx = tx.expect("no gateway session to dispatch on");
        tx.send(msg).expect("gateway connection gone");
    }

    /// Sends a dispatch event to the bot.
    pub fn dispatch(&self, event: &str, data: Value) {
        self.send(ToBot::Dispatch(event.to_string(), data));
    }

    /// Closes the gateway connection (code 4000, resumable), as Discord sometimes does.
    pub fn close_gateway(&self) {
        let tx = self.state.lock().unwrap().current.take();
        let tx = tx.expect("no gateway session to close");
        tx.send(ToBot::Close).expect("gateway connection gone");
    }

    /// Number of gateway connections that reached a session (READY or RESUMED).
    pub fn sessions(&self) -> u64 {
        self.state.lock().unwrap().connections
    }

    /// Dispatches a slash command (`INTERACTION_CREATE`, type 2).
    pub fn slash(
        &self,
        channel: u64,
        member: &Member,
        command: &str,
        options: Value,
    ) -> Interaction {
        let ix = Interaction {
            id: self.next_id(),
            token: format!("ix-token-{}", self.ids.load(Ordering::Relaxed)),
        };
        let mut data =
            payloads::interaction(ix.id, &ix.token, 2, channel, member, command, options);
        self.limit_app_permissions(channel, &mut data);
        self.dispatch("INTERACTION_CREATE", data);
        ix
    }

    /// Dispatches a slash command on the connection of gateway shard `shard` (which must
    /// have a session), as Discord does for a guild on that shard.
    pub fn slash_on(
        &self,
        shard: u64,
        channel: u64,
        member: &Member,
        command: &str,
        options: Value,
    ) -> Interaction {
        let ix = Interaction {
            id: self.next_id(),
            token: format!("ix-token-{}", self.ids.load(Ordering::Relaxed)),
        };
        let data = payloads::interaction(ix.id, &ix.token, 2, channel, member, command, options);
        let tx = self.state.lock().unwrap().shards.get(&shard).cloned();
        let tx = tx.unwrap_or_else(|| panic!("no session of shard {shard}"));
        tx.send(ToBot::Dispatch("INTERACTION_CREATE".into(), data))
            .expect("gateway connection gone");
        ix
    }

    /// The `shard` of every IDENTIFY so far, `[id, count]`.
    pub fn identified_shards(&self) -> Vec<Value> {
        self.sent_ops(2)
            .into_iter()
            .map(|p| p["d"]["shard"].clone())
            .collect()
    }

    /// Dispatches a press of the button `custom_id` on `message` (a message body the bot
    /// sent, as recorded) in `channel`.
    pub fn press(
        &self,
        channel: u64,
        member: &Member,
        custom_id: &str,
        message: &Value,
    ) -> Interaction {
        let ix = Interaction {
            id: self.next_id(),
            token: format!("ix-token-{}", self.ids.load(Ordering::Relaxed)),
        };
        let posted = payloads::bot_message(
            payloads::snowflake(400_000 + ix.id % 1000),
            channel,
            message,
        );
        let data =
            payloads::component_interaction(ix.id, &ix.token, channel, member, custom_id, &posted);
        self.dispatch("INTERACTION_CREATE", data);
        ix
    }

    /// The index among all REST requests of the first one to `path` (for checks of order).
    pub fn request_index(&self, method: &str, path: &str) -> Option<usize> {
        self.requests()
            .iter()
            .position(|r| r.method == method && r.path == path)
    }

    /// Dispatches an autocomplete request (type 4) for `option` typed so far as `partial`.
    pub fn autocomplete(
        &self,
        channel: u64,
        member: &Member,
        command: &str,
        option: &str,
        partial: &str,
    ) -> Interaction {
        let ix = Interaction {
            id: self.next_id(),
            token: format!("ix-token-{}", self.ids.load(Ordering::Relaxed)),
        };
        let options = json!([{"name": option, "type": 3, "value": partial, "focused": true}]);
        let data = payloads::interaction(ix.id, &ix.token, 4, channel, member, command, options);
        self.dispatch("INTERACTION_CREATE", data);
        ix
    }

    /// Dispatches `MESSAGE_CREATE` in a guild channel (`guild`) or a DM; returns its id.
    pub fn message(&self, channel: u64, member: &Member, content: &str, guild: bool) -> u64 {
        let id = self.next_id();
        let data = payloads::message_create(id, channel, member, content, guild);
        self.dispatch("MESSAGE_CREATE", data);
        id
    }

    /// The bot's answer to an interaction: the body of its callback.
    pub async fn callback(&self, ix: &Interaction) -> Value {
        self.nth_callback(ix, 0).await
    }

    /// The body of the bot's `n`-th (0-based) callback to an interaction (a first one may
    /// have failed).
    pub async fn nth_callback(&self, ix: &Interaction, n: usize) -> Value {
        let path = format!("/api/v10/interactions/{}/{}/callback", ix.id, ix.token);
        self.wait_for(&format!("callback {n} of interaction {}", ix.id), |f| {
            f.requests()
                .into_iter()
                .filter(|r| r.method == "POST" && r.path == path)
                .nth(n)
                .map(|r| r.body)
        })
        .await
    }

    /// The bot's `n`-th (0-based) follow-up to an interaction (after a deferred callback).
    pub async fn followup(&self, ix: &Interaction, n: usize) -> Value {
        let path = format!("/api/v10/webhooks/{APP_ID}/{}", ix.token);
        self.wait_for(&format!("follow-up {n} of interaction {}", ix.id), |f| {
            f.requests()
                .into_iter()
                .filter(|r| r.method == "POST" && r.path == path)
                .nth(n)
                .map(|r| r.body)
        })
        .await
    }

    /// The bot's reply to a message: the body it posted referencing `message_id`.
    pub async fn reply_to(&self, message_id: u64) -> Value {
        self.wait_for(&format!("reply to message {message_id}"), |f| {
            f.replies_to(message_id).into_iter().next()
        })
        .await
    }

    /// Every message body the bot posted referencing `message_id`.
    pub fn replies_to(&self, message_id: u64) -> Vec<Value> {
        self.requests()
            .into_iter()
            .filter(|r| r.method == "POST" && r.path.ends_with("/messages"))
            .filter(|r| {
                r.body["message_reference"]["message_id"].as_str() == Some(&*message_id.to_string())
            })
            .map(|r| r.body)
            .collect()
    }

    /// Checks that every message the bot sent (channel messages, interaction responses
    /// with content, follow-ups, edits) allowed no mentions at all; returns how many.
    pub fn assert_no_pings(&self) -> usize {
        let mut checked = 0;
        for r in self.requests() {
            let message = if r.path.ends_with("/callback") {
                if matches!(r.body["type"].as_u64(), Some(4 | 7)) {
                    Some(&r.body["data"])
                } else {
                    None
                }
            } else if (r.method == "POST" || r.method == "PATCH")
                && (r.path.contains("/webhooks/") || r.path.ends_with("/messages"))
            {
                Some(&r.body)
            } else {
                None
            };
            if let Some(m) = message {
                let am = &m["allowed_mentions"];
                assert_eq!(
                    am["parse"],
                    json!([]),
                    "{} {}: {}",
                    r.method,
                    r.path,
                    r.body
                );
                assert_eq!(am["users"], json!([]), "{} {}", r.method, r.path);
                assert_eq!(am["roles"], json!([]), "{} {}", r.method, r.path);
                assert_eq!(am["replied_user"], json!(false), "{} {}", r.method, r.path);
                checked += 1;
            }
        }
        checked
    }
}

fn json_response(status: u16, body: Value) -> Response {
    Response {
        status,
        body: Some(body.to_string()),
    }
}

fn handle_rest(state: &Arc<Mutex<State>>, ws_url: &str, raw: RawRequest) -> Response {
    let (body, files) = match raw.headers.get("content-type").and_then(|t| boundary(t)) {
        Some(b) => multipart(&raw.body, &b),
        None => (json_body(&raw.body), Vec::new()),
    };
    let mut st = state.lock().unwrap();
    st.requests.push(Req {
        method: raw.method.clone(),
        path: raw.path.clone(),
        authorization: raw.headers.get("authorization").cloned(),
        body: body.clone(),
        files,
    });
    let segs: Vec<&str> = raw
        .path
        .trim_start_matches("/api/v10/")
        .split('/')
        .collect();
    match (raw.method.as_str(), segs.as_slice()) {
        ("GET", ["gateway"]) => json_response(200, json!({ "url": ws_url })),
        ("GET", ["gateway", "bot"]) => json_response(
            200,
            json!({
                "url": ws_url,
                "shards": 1,
                "session_start_limit": {
                    "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1
                }
            }),
        ),
        ("GET", ["oauth2", "applications", "@me"]) => json_response(200, payloads::application()),
        ("GET", ["users", "@me"]) => json_response(200, payloads::bot_user()),
        ("PUT", ["applications", _, "commands"])
        | ("PUT", ["applications", _, "guilds", _, "commands"]) => {
            if st.fail_registration {
                json_response(
                    400,
                    json!({"message": "Invalid Form Body (fake Discord)", "code": 50035}),
                )
            } else {
                json_response(200, payloads::registered_commands(&body))
            }
        }
        ("POST", ["interactions", _, _, "callback"]) if st.fail_callbacks > 0 => {
            st.fail_callbacks -= 1;
            json_response(
                500,
                json!({"message": "Internal error (fake Discord)", "code": 0}),
            )
        }
        ("POST", ["interactions", _, _, "callback"]) => Response {
            status: 204,
            body: None,
        },
        ("POST", ["webhooks", _, _]) | ("PATCH", ["webhooks", _, _, "messages", _]) => {
            st.messages += 1;
            let id = payloads::snowflake(500_000 + st.messages);
            json_response(200, payloads::bot_message(id, 0, &body))
        }
        ("POST", ["channels", channel, "messages"])
            if body["embeds"].as_array().is_some_and(|e| !e.is_empty())
                && st.no_embeds.iter().any(|c| c.to_string() == *channel) =>
        {
            json_response(
                403,
                json!({"message": "Missing Permissions", "code": 50013}),
            )
        }
        ("POST", ["channels", channel, "messages"]) => {
            st.messages += 1;
            let id = payloads::snowflake(500_000 + st.messages);
            let channel: u64 = channel.parse().unwrap_or(0);
            json_response(200, payloads::bot_message(id, channel, &body))
        }
        ("POST", ["channels", _, "typing"]) => Response {
            status: 204,
            body: None,
        },
        _ => json_response(
            404,
            json!({"message": "Unknown route (fake Discord)", "code": 0}),
        ),
    }
}

async fn gateway_connection(
    state: Arc<Mutex<State>>,
    ws_url: String,
    socket: tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>,
) {
    let (mut tx, mut rx) = socket.split();
    let connection = {
        let mut st = state.lock().unwrap();
        st.accepted += 1;
        st.accepted
    };
    let hello = json!({"op": 10, "d": {"heartbeat_interval": 41250}, "s": null, "t": null});
    if tx.send(WsMessage::Text(hello.to_string())).await.is_err() {
        return;
    }
    let (cmd_tx, mut cmd_rx) = mpsc::unbounded_channel::<ToBot>();
    let mut cmd_tx = Some(cmd_tx);
    loop {
        tokio::select! {
            incoming = rx.next() => {
                let Some(Ok(msg)) = incoming else { return };
                let text = match msg {
                    WsMessage::Text(t) => t,
                    WsMessage::Binary(b) => String::from_utf8_lossy(&b).into_owned(),
                    WsMessage::Close(_) => return,
                    _ => continue,
                };
                let Ok(payload) = serde_json::from_str::<Value>(&text) else { continue };
                let op = payload["op"].as_u64();
                let replies = {
                    let mut st = state.lock().unwrap();
                    st.gateway_in.push(GatewayIn { connection, payload: payload.clone() });
                    match op {
                        Some(1) => vec![json!({"op": 11, "d": null, "s": null, "t": null})],
                        Some(2) | Some(6) => {
                            st.seq += 1;
                            st.connections += 1;
                            let shard = session_shard(&mut st, &payload);
                            if let Some(t) = cmd_tx.take() {
                                st.shards.insert(shard[0], t.clone());
                                st.current = Some(t);
                            }
                            if op == Some(2) {
                                // READY, then the guild (on the shard it lives on), as
                                // Discord sends them.
                                let mut d = payloads::ready(&ws_url, st.connections);
                                d["shard"] = json!(shard);
                                let owner = shard_of(payloads::GUILD_ID, shard[1]) == shard[0];
                                if !owner {
                                    d["guilds"] = json!([]);
                                }
                                let ready = json!({"op": 0, "t": "READY", "s": st.seq, "d": d});
                                if !owner {
                                    vec![ready]
                                } else {
                                    st.seq += 1;
                                    let guild = json!({"op": 0, "t": "GUILD_CREATE",
                                        "s": st.seq, "d": payloads::guild_create()});
                                    vec![ready, guild]
                                }
                            } else {
                                vec![json!({"op": 0, "t": "RESUMED", "s": st.seq, "d": {}})]
                            }
                        }
                        _ => Vec::new(),
                    }
                };
                for r in replies {
                    if tx.send(WsMessage::Text(r.to_string())).await.is_err() {
                        return;
                    }
                }
            }
            cmd = cmd_rx.recv() => {
                match cmd {
                    Some(ToBot::Dispatch(t, d)) => {
                        let s = {
                            let mut st = state.lock().unwrap();
                            st.seq += 1;
                            st.seq
                        };
                        let msg = json!({"op": 0, "t": t, "s": s, "d": d});
                        if tx.send(WsMessage::Text(msg.to_string())).await.is_err() {
                            return;
                        }
                    }
                    Some(ToBot::Close) | None => {
                        let frame = CloseFrame {
                            code: CloseCode::Library(4000),
                            reason: "fake Discord: reconnect".into(),
                        };
                        let _ = tx.send(WsMessage::Close(Some(frame))).await;
                        let _ = tx.close().await;
                        return;
                    }
                }
            }
        }
    }
}

/// The shard a guild lives on among `count`, as Discord computes it.
pub fn shard_of(guild: u64, count: u64) -> u64 {
    (guild >> 22) % count.max(1)
}

/// The `[id, count]` of the session an IDENTIFY (its `shard`, default `[0, 1]`) or a RESUME
/// (the shard its session was identified with) opens; an IDENTIFY records its session.
fn session_shard(st: &mut State, payload: &Value) -> [u64; 2] {
    let d = &payload["d"];
    if payload["op"] == 6 {
        let id = d["session_id"].as_str().unwrap_or_default();
        return st.session_shards.get(id).copied().unwrap_or([0, 1]);
    }
    let shard = [
        d["shard"][0].as_u64().unwrap_or(0),
        d["shard"][1].as_u64().unwrap_or(1),
    ];
    st.session_shards
        .insert(format!("fake-session-{}", st.connections), shard);
    shard
}

/// A request body as JSON (`Null` when empty, a string when not JSON).
fn json_body(bytes: &[u8]) -> Value {
    if bytes.is_empty() {
        return Value::Null;
    }
    serde_json::from_slice(bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(bytes).into_owned()))
}

/// The boundary of a `multipart/form-data` content type.
fn boundary(content_type: &str) -> Option<String> {
    let rest = content_type.strip_prefix("multipart/form-data")?;
    rest.split(';')
        .filter_map(|p| p.trim().strip_prefix("boundary="))
        .map(|b| b.trim_matches('"').to_string())
        .next()
}

/// A multipart body as Discord reads it: `payload_json` (the message) and the files.
fn multipart(body: &[u8], boundary: &str) -> (Value, Vec<Upload>) {
    let delimiter = format!("--{boundary}");
    let mut payload = Value::Null;
    let mut files = Vec::new();
    for part in split(body, delimiter.as_bytes()).into_iter().skip(1) {
        if part.starts_with(b"--") {
            break;
        }
        let part = part.strip_prefix(b"\r\n").unwrap_or(part);
        let Some(head_end) = http::find(part, b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&part[..head_end]).to_string();
        let content = &part[head_end + 4..];
        let content = content.strip_suffix(b"\r\n").unwrap_or(content);
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))
            .unwrap_or_default();
        let field = quoted(disposition, "name=").unwrap_or_default();
        match quoted(disposition, "filename=") {
            Some(filename) => files.push(Upload {
                field,
                filename,
                bytes: content.to_vec(),
            }),
            None if field == "payload_json" => payload = json_body(content),
            None => {}
        }
    }
    (payload, files)
}

/// `hay` split at every `needle`.
fn split<'a>(hay: &'a [u8], needle: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut rest = hay;
    while let Some(i) = http::find(rest, needle) {
        parts.push(&rest[..i]);
        rest = &rest[i + needle.len()..];
    }
    parts.push(rest);
    parts
}

/// The quoted value after `key` in a header line (`name="files[0]"`).
fn quoted(line: &str, key: &str) -> Option<String> {
    line.split(';')
        .map(str::trim)
        .find_map(|p| p.strip_prefix(key))
        .map(|v| v.trim_matches('"').to_string())
}
