//! Discord payloads as the fake sends them, and what it answers REST calls with. The unit
//! tests below deserialize each one with serenity's own model types: serenity silently
//! drops a gateway event it cannot read, so a bad payload must fail here, loudly.

use serde_json::{Value, json};

/// A snowflake-sized id (well above Discord's epoch, below 2^63).
pub fn snowflake(n: u64) -> u64 {
    900_000_000_000_000_000 + n
}

/// The application id, which is also the bot's user id.
pub const APP_ID: u64 = 800_000_000_000_000_001;
/// The bot user's id.
pub const BOT_ID: u64 = APP_ID;
/// The one guild the fake knows.
pub const GUILD_ID: u64 = 800_000_000_000_000_002;
/// The channel follow-ups claim to be in.
pub const WEBHOOK_CHANNEL: u64 = 800_000_000_000_000_003;

const TIMESTAMP: &str = "2026-11-27T08:00:00.000000+00:00";

/// Permission bits: View Channel | Send Messages | Read Message History.
pub const MEMBER_PERMISSIONS: u64 = (1 << 10) | (1 << 11) | (1 << 16);
/// Manage Server.
pub const MANAGE_GUILD: u64 = 1 << 5;
/// Embed Links.
pub const EMBED_LINKS: u64 = 1 << 14;

/// A guild member (or DM user) the test acts as.
#[derive(Debug, Clone)]
pub struct Member {
    pub id: u64,
    pub name: String,
    pub permissions: u64,
    pub roles: Vec<u64>,
}

impl Member {
    /// An ordinary member.
    pub fn new(id: u64, name: &str) -> Member {
        Member {
            id,
            name: name.to_string(),
            permissions: MEMBER_PERMISSIONS,
            roles: Vec::new(),
        }
    }

    /// The same member with Manage Server.
    pub fn manager(mut self) -> Member {
        self.permissions |= MANAGE_GUILD;
        self
    }

    /// The same member with one more role.
    pub fn with_role(mut self, role: u64) -> Member {
        self.roles.push(role);
        self
    }
}

/// A user object.
pub fn user(id: u64, name: &str, bot: bool) -> Value {
    json!({
        "id": id.to_string(),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": null,
        "bot": bot,
        "flags": 0,
        "public_flags": 0
    })
}

/// The bot's own user (`GET /users/@me` and READY).
pub fn bot_user() -> Value {
    let mut u = user(BOT_ID, "attache", true);
    u["verified"] = json!(true);
    u["mfa_enabled"] = json!(false);
    u
}

fn member_object(m: &Member) -> Value {
    json!({
        "user": user(m.id, &m.name, false),
        "nick": null,
        "avatar": null,
        "roles": m.roles.iter().map(|r| r.to_string()).collect::<Vec<_>>(),
        "joined_at": TIMESTAMP,
        "premium_since": null,
        "deaf": false,
        "mute": false,
        "flags": 0,
        "pending": false,
        "permissions": m.permissions.to_string(),
        "communication_disabled_until": null
    })
}

fn command_id(name: &str) -> u64 {
    snowflake(10 + name.bytes().map(u64::from).sum::<u64>())
}

/// `INTERACTION_CREATE` data in the guild: `kind` 2 (command) or 4 (autocomplete).
pub fn interaction(
    id: u64,
    token: &str,
    kind: u8,
    channel: u64,
    member: &Member,
    command: &str,
    options: Value,
) -> Value {
    json!({
        "id": id.to_string(),
        "application_id": APP_ID.to_string(),
        "type": kind,
        "token": token,
        "version": 1,
        "locale": "en-US",
        "guild_locale": "en-US",
        "entitlements": [],
        "attachment_size_limit": 26214400,
        "app_permissions": "2248473465835073",
        "channel_id": channel.to_string(),
        "guild_id": GUILD_ID.to_string(),
        "member": member_object(member),
        "context": 0,
        "authorizing_integration_owners": {"0": GUILD_ID.to_string()},
        "data": {
            "id": command_id(command).to_string(),
            "name": command,
            "type": 1,
            "options": options
        }
    })
}

/// `INTERACTION_CREATE` data of a button press (type 3) in the guild: `custom_id` of a
/// button on `message` (a message the bot posted).
pub fn component_interaction(
    id: u64,
    token: &str,
    channel: u64,
    member: &Member,
    custom_id: &str,
    message: &Value,
) -> Value {
    let mut data = interaction(id, token, 3, channel, member, "", json!([]));
    data["data"] = json!({"custom_id": custom_id, "component_type": 2});
    data["message"] = message.clone();
    data
}

/// `MESSAGE_CREATE` data: in the guild, or a direct message. Mentions of the bot in the
/// content are listed in `mentions`, as Discord does.
pub fn message_create(id: u64, channel: u64, author: &Member, content: &str, guild: bool) -> Value {
    let mentions: Vec<Value> = if content.contains(&format!("<@{BOT_ID}>"))
        || content.contains(&format!("<@!{BOT_ID}>"))
    {
        vec![bot_user()]
    } else {
        Vec::new()
    };
    let mut m = json!({
        "id": id.to_string(),
        "channel_id": channel.to_string(),
        "author": user(author.id, &author.name, false),
        "content": content,
        "timestamp": TIMESTAMP,
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": content.contains("@everyone") || content.contains("@here"),
        "mentions": mentions,
        "mention_roles": role_mentions(content),
        "attachments": [],
        "embeds": [],
        "pinned": false,
        "type": 0
    });
    if guild {
        m["guild_id"] = json!(GUILD_ID.to_string());
        let mut member = member_object(author);
        if let Some(o) = member.as_object_mut() {
            o.remove("user");
        }
        m["member"] = member;
    }
    m
}

/// The role ids of `<@&ID>` mentions in `content`, as Discord lists them.
fn role_mentions(content: &str) -> Vec<String> {
    content
        .split("<@&")
        .skip(1)
        .filter_map(|rest| {
            let id: String = rest.chars().take_while(char::is_ascii_digit).collect();
            (!id.is_empty() && rest[id.len()..].starts_with('>')).then_some(id)
        })
        .collect()
}

/// A message the bot posted, as Discord returns it.
pub fn bot_message(id: u64, channel: u64, body: &Value) -> Value {
    let channel = if channel == 0 {
        WEBHOOK_CHANNEL
    } else {
        channel
    };
    json!({
        "id": id.to_string(),
        "channel_id": channel.to_string(),
        "author": bot_user(),
        "content": body["content"].as_str().unwrap_or_default(),
        "timestamp": TIMESTAMP,
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": body["embeds"].as_array().cloned().unwrap_or_default(),
        "pinned": false,
        "type": 0,
        "flags": body["flags"].as_u64().unwrap_or(0)
    })
}

/// The bot's managed role in the guild (Discord creates one named after the bot).
pub const BOT_ROLE: u64 = 800_000_000_000_000_004;

fn role(id: u64, name: &str, bot: Option<u64>) -> Value {
    let mut r = json!({
        "id": id.to_string(),
        "name": name,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": null, "tertiary_color": null},
        "hoist": false,
        "icon": null,
        "unicode_emoji": null,
        "position": 1,
        "permissions": "2048",
        "managed": bot.is_some(),
        "mentionable": false,
        "flags": 0
    });
    if let Some(b) = bot {
        r["tags"] = json!({"bot_id": b.to_string()});
    }
    r
}

/// GUILD_CREATE for the one guild, with @everyone and the bot's managed role.
pub fn guild_create() -> Value {
    let mut guild = json!({
        "id": GUILD_ID.to_string(),
        "name": "Fake Guild",
        "icon": null,
        "icon_hash": null,
        "splash": null,
        "discovery_splash": null,
        "owner_id": snowflake(1).to_string(),
        "afk_channel_id": null,
        "afk_timeout": 300,
        "widget_enabled": false,
        "widget_channel_id": null,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": [role(GUILD_ID, "@everyone", None), role(BOT_ROLE, "attache", Some(BOT_ID))],
        "emojis": [],
        "features": [],
        "mfa_level": 0,
        "application_id": null,
        "system_channel_id": null,
        "system_channel_flags": 0,
        "rules_channel_id": null,
        "max_presences": null,
        "max_members": 500000,
        "vanity_url_code": null,
        "description": null,
        "banner": null,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": null
    });
    let more = json!({
        "max_video_channel_users": 25,
        "nsfw_level": 0,
        "stickers": [],
        "premium_progress_bar_enabled": false,
        "joined_at": TIMESTAMP,
        "large": false,
        "unavailable": false,
        "member_count": 3,
        "voice_states": [],
        "members": [],
        "channels": [],
        "threads": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "safety_alerts_channel_id": null
    });
    if let (Some(g), Value::Object(rest)) = (guild.as_object_mut(), more) {
        g.extend(rest);
    }
    guild
}

/// READY for the `n`-th session.
pub fn ready(ws_url: &str, n: u64) -> Value {
    json!({
        "v": 10,
        "user": bot_user(),
        "guilds": [{"id": GUILD_ID.to_string(), "unavailable": true}],
        "session_id": format!("fake-session-{n}"),
        "resume_gateway_url": ws_url,
        "shard": [0, 1],
        "application": {"id": APP_ID.to_string(), "flags": 0}
    })
}

/// `GET /oauth2/applications/@me`.
pub fn application() -> Value {
    json!({
        "id": APP_ID.to_string(),
        "name": "attache",
        "icon": null,
        "description": "",
        "bot_public": true,
        "bot_require_code_grant": false,
        "owner": user(snowflake(1), "owner", false),
        "verify_key": "00",
        "team": null,
        "flags": 0
    })
}

/// The answer to a command registration: the commands with ids.
pub fn registered_commands(body: &Value) -> Value {
    let cmds = body.as_array().cloned().unwrap_or_default();
    Value::Array(
        cmds.into_iter()
            .map(|mut c| {
                let name = c["name"].as_str().unwrap_or_default().to_string();
                c["id"] = json!(command_id(&name).to_string());
                c["application_id"] = json!(APP_ID.to_string());
                c["version"] = json!(snowflake(2).to_string());
                if c.get("type").is_none() {
                    c["type"] = json!(1);
                }
                c
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use poise::serenity_prelude as serenity;
    use serenity::model::event::{Event, GatewayEvent};

    fn dispatch(t: &str, d: Value) -> Event {
        let raw = json!({"op": 0, "t": t, "s": 1, "d": d});
        match serde_json::from_value::<GatewayEvent>(raw) {
            Ok(GatewayEvent::Dispatch(_, e)) => e,
            Ok(other) => panic!("{t} read as {other:?}"),
            Err(e) => panic!("serenity cannot read {t}: {e}"),
        }
    }

    #[test]
    fn role_mentions_are_listed() {
        assert_eq!(role_mentions("<@&12> hi <@&x> <@&34>"), vec!["12", "34"]);
    }

    #[test]
    fn guild_create_is_readable() {
        match dispatch("GUILD_CREATE", guild_create()) {
            Event::GuildCreate(g) => {
                let role = &g.guild.roles[&serenity::RoleId::new(BOT_ROLE)];
                assert_eq!(role.tags.bot_id.map(|b| b.get()), Some(BOT_ID));
            }
            e => panic!("{e:?}"),
        }
    }

    #[test]
    fn ready_is_readable() {
        match dispatch("READY", ready("ws://127.0.0.1:1", 1)) {
            Event::Ready(r) => {
                assert_eq!(r.ready.user.id.get(), BOT_ID);
                assert_eq!(r.ready.application.id.get(), APP_ID);
            }
            e => panic!("{e:?}"),
        }
        assert!(matches!(dispatch("RESUMED", json!({})), Event::Resumed(_)));
    }

    #[test]
    fn slash_command_interactions_are_readable() {
        let m = Member::new(snowflake(7), "ines")
            .manager()
            .with_role(snowflake(8));
        let opts = json!([{"name": "question", "type": 3, "value": "who met?"}]);
        match dispatch(
            "INTERACTION_CREATE",
            interaction(snowflake(5), "tok", 2, snowflake(6), &m, "ask", opts),
        ) {
            Event::InteractionCreate(e) => {
                let cmd = e.interaction.command().expect("a command interaction");
                assert_eq!(cmd.data.name, "ask");
                let member = cmd.member.expect("member");
                assert!(member.permissions.unwrap().manage_guild());
                assert_eq!(member.roles[0].get(), snowflake(8));
                assert_eq!(cmd.user.id.get(), snowflake(7));
                assert_eq!(cmd.data.options[0].value.as_str(), Some("who met?"));
            }
            e => panic!("{e:?}"),
        }
    }

    #[test]
    fn button_presses_are_readable() {
        let m = Member::new(snowflake(7), "ines");
        let posted = bot_message(snowflake(3), snowflake(6), &json!({"content": "hi"}));
        match dispatch(
            "INTERACTION_CREATE",
            component_interaction(
                snowflake(5),
                "tok",
                snowflake(6),
                &m,
                "atc:e:1:2:3",
                &posted,
            ),
        ) {
            Event::InteractionCreate(e) => {
                let press = e.interaction.message_component().expect("a button press");
                assert_eq!(press.data.custom_id, "atc:e:1:2:3");
                assert_eq!(press.message.id.get(), snowflake(3));
                assert_eq!(press.user.id.get(), snowflake(7));
            }
            e => panic!("{e:?}"),
        }
    }

    #[test]
    fn autocomplete_interactions_are_readable() {
        let m = Member::new(snowflake(7), "ines");
        let opts = json!([{"name": "person", "type": 3, "value": "sol", "focused": true}]);
        match dispatch(
            "INTERACTION_CREATE",
            interaction(snowflake(5), "tok", 4, snowflake(6), &m, "meetings", opts),
        ) {
            Event::InteractionCreate(e) => {
                let ac = e
                    .interaction
                    .autocomplete()
                    .expect("an autocomplete interaction");
                assert_eq!(ac.data.name, "meetings");
                assert!(ac.data.autocomplete().is_some());
            }
            e => panic!("{e:?}"),
        }
    }

    #[test]
    fn messages_are_readable() {
        let m = Member::new(snowflake(7), "ines");
        let content = format!("<@{BOT_ID}> who met whom?");
        match dispatch(
            "MESSAGE_CREATE",
            message_create(snowflake(9), snowflake(6), &m, &content, true),
        ) {
            Event::MessageCreate(e) => {
                assert_eq!(e.message.guild_id.map(|g| g.get()), Some(GUILD_ID));
                assert_eq!(e.message.mentions[0].id.get(), BOT_ID);
            }
            e => panic!("{e:?}"),
        }
        match dispatch(
            "MESSAGE_CREATE",
            message_create(snowflake(9), snowflake(6), &m, "hi", false),
        ) {
            Event::MessageCreate(e) => {
                assert!(e.message.guild_id.is_none());
                assert!(e.message.mentions.is_empty());
            }
            e => panic!("{e:?}"),
        }
    }

    #[test]
    fn rest_answers_are_readable() {
        let body = json!({"content": "hello", "flags": 64});
        let msg: serenity::Message =
            serde_json::from_value(bot_message(snowflake(3), 0, &body)).unwrap();
        assert_eq!(msg.content, "hello");
        let _: serenity::CurrentUser = serde_json::from_value(bot_user()).unwrap();
        let _: serenity::CurrentApplicationInfo = serde_json::from_value(application()).unwrap();
        let registered = registered_commands(&json!([
            {"name": "ask", "description": "Ask", "options": [], "type": 1},
            {"name": "reindex", "description": "Rebuild", "default_member_permissions": "32"}
        ]));
        let cmds: Vec<serenity::Command> = serde_json::from_value(registered).unwrap();
        assert_eq!(cmds.len(), 2);
        let gw: serenity::BotGateway = serde_json::from_value(json!({
            "url": "ws://127.0.0.1:1", "shards": 1,
            "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        }))
        .unwrap();
        assert_eq!(gw.shards, 1);
    }
}
