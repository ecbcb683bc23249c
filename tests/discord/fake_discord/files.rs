//! Attachments, as Discord delivers them: a slash command's attachment option resolved to
//! an attachment object whose `url` the fake serves itself, from a small HTTP server of its
//! own on 127.0.0.1 (Discord's CDN), with the file's bytes.

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use super::{FakeDiscord, Interaction, Member, payloads};

/// A file attached to a command.
pub struct Attached<'a> {
    pub filename: &'a str,
    pub content_type: &'a str,
    pub bytes: Vec<u8>,
}

/// Serves `bytes` with `content_type` to every request on a new 127.0.0.1 port; returns
/// the base URL.
pub async fn cdn(content_type: String, bytes: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind CDN");
    let base = format!("http://{}", listener.local_addr().expect("CDN address"));
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let (content_type, bytes) = (content_type.clone(), bytes.clone());
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 4096];
                while super::http::find(&head, b"\r\n\r\n").is_none() {
                    match stream.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let answer = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    bytes.len()
                );
                let _ = stream.write_all(answer.as_bytes()).await;
                let _ = stream.write_all(&bytes).await;
            });
        }
    });
    base
}

impl FakeDiscord {
    /// Dispatches a slash command whose option `option` (type 11) is `file`, resolved to an
    /// attachment served from the fake's own CDN; `more` are further options.
    pub async fn slash_with_attachment(
        &self,
        channel: u64,
        member: &Member,
        command: &str,
        option: &str,
        file: Attached<'_>,
        more: Value,
    ) -> Interaction {
        let base = cdn(file.content_type.to_string(), file.bytes.clone()).await;
        let attachment_id = self.next_id();
        let url = format!(
            "{base}/attachments/{channel}/{attachment_id}/{}",
            file.filename
        );
        let mut options =
            vec![json!({"name": option, "type": 11, "value": attachment_id.to_string()})];
        options.extend(more.as_array().cloned().unwrap_or_default());
        let ix = Interaction {
            id: self.next_id(),
            token: format!(
                "ix-token-{}",
                self.ids.load(std::sync::atomic::Ordering::Relaxed)
            ),
        };
        let mut data = payloads::interaction(
            ix.id,
            &ix.token,
            2,
            channel,
            member,
            command,
            Value::Array(options),
        );
        data["data"]["resolved"] = json!({"attachments": {attachment_id.to_string(): {
            "id": attachment_id.to_string(),
            "filename": file.filename,
            "size": file.bytes.len(),
            "url": url,
            "proxy_url": url,
            "content_type": file.content_type,
            "ephemeral": true
        }}});
        self.limit_app_permissions(channel, &mut data);
        self.dispatch("INTERACTION_CREATE", data);
        ix
    }
}
