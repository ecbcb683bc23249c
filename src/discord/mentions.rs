//! Messages addressed to the bot: a channel message that mentions it, or any direct
//! message. The question (without the mention) is answered as a reply to the message, in
//! the channel's conversation, without pinging anyone: as an embed, or as plain text when
//! Discord refuses the embed for a missing permission (Embed Links).

use poise::serenity_prelude::{self as serenity, CreateMessage, Message};

use super::buttons::buttons_for;
use super::checks::{Asker, Verdict, rate_limit_note};
use super::embed::answer_embed;
use super::render::{fit_answer, no_pings};
use super::serve::SORRY;
use super::state::{Data, Error};
use super::trace::{Outcome, message_span, traced};

/// Said when a mention carries no question.
pub const HELP: &str = "Ask me about meetings between public figures, e.g. \
\"When did the two defence ministers last meet?\" — or use /ask.";

/// Handles one new message: answers it when it is addressed to the bot.
pub(crate) async fn on_message(
    ctx: &serenity::Context,
    msg: &Message,
    data: &Data,
) -> Result<(), Error> {
    if msg.author.bot || msg.author.id.get() == data.bot_id {
        return Ok(());
    }
    let mut tags = vec![
        format!("<@{}>", data.bot_id),
        format!("<@!{}>", data.bot_id),
    ];
    tags.extend(
        own_roles(ctx, msg, data.bot_id)
            .into_iter()
            .map(|r| format!("<@&{r}>")),
    );
    let mentioned = msg.mentions.iter().any(|u| u.id.get() == data.bot_id);
    let Some(question) = question_for_bot(&msg.content, msg.guild_id.is_none(), mentioned, &tags)
    else {
        return Ok(());
    };
    let result = traced(message_span(msg), answer(ctx, msg, data, question)).await;
    if result.is_err() {
        // Short and human; the details go to the log (the framework's error handler).
        if let Err(e) = send_reply(ctx, msg, SORRY.to_string()).await {
            tracing::warn!(error = %e, "could not tell the user about the failure");
        }
    }
    result
}

/// The bot's own managed roles mentioned in the message. Discord's mention picker often
/// offers the role named after the bot, and people pick it to address the bot.
fn own_roles(ctx: &serenity::Context, msg: &Message, bot_id: u64) -> Vec<u64> {
    let Some(guild) = msg.guild_id else {
        return Vec::new();
    };
    if msg.mention_roles.is_empty() {
        return Vec::new();
    }
    let Some(guild) = ctx.cache.guild(guild) else {
        return Vec::new();
    };
    msg.mention_roles
        .iter()
        .filter(|r| {
            guild
                .roles
                .get(r)
                .is_some_and(|role| role.tags.bot_id.is_some_and(|b| b.get() == bot_id))
        })
        .map(|r| r.get())
        .collect()
}

async fn answer(
    ctx: &serenity::Context,
    msg: &Message,
    data: &Data,
    question: String,
) -> Result<Outcome, Error> {
    let text = match data.limiter.check_public(Asker::new(
        msg.guild_id.map(|g| g.get()),
        msg.author.id.get(),
    )) {
        Verdict::Limited { retry_after, first } => {
            // A reply cannot be private: say it once per burst, then stay quiet.
            if first {
                send_reply(ctx, msg, rate_limit_note(retry_after)).await?;
            }
            return Ok(Outcome::RateLimited);
        }
        Verdict::Allowed if question.is_empty() => HELP.to_string(),
        Verdict::Allowed => {
            let guild = msg.guild_id.map(|g| g.get());
            let (answer, meeting) = data
                .ask_about(msg.channel_id.get(), guild, &question)
                .await?;
            let embed = answer_embed(&question, &answer, data.engine.stats().as_ref());
            let buttons = buttons_for(&data.engine, meeting.as_ref());
            let as_embed = CreateMessage::new()
                .embed(embed.to_builder())
                .components(buttons.clone());
            match send(ctx, msg, as_embed).await {
                Err(e) if missing_permissions(&e) => {
                    tracing::info!("embeds refused (no Embed Links?): answering as text");
                    let text = CreateMessage::new()
                        .content(fit_answer(&answer))
                        .components(buttons);
                    send(ctx, msg, text).await?;
                    return Ok(Outcome::Answered);
                }
                sent => return sent.map(|()| Outcome::Answered),
            }
        }
    };
    send_reply(ctx, msg, text).await?;
    Ok(Outcome::Answered)
}

/// Discord's error code for "Missing Permissions" (HTTP 403).
const MISSING_PERMISSIONS: isize = 50013;

/// True when Discord refused a send for a missing permission (e.g. Embed Links).
fn missing_permissions(error: &Error) -> bool {
    use serenity::{Error as E, HttpError};
    matches!(
        error.downcast_ref::<E>(),
        Some(E::Http(HttpError::UnsuccessfulRequest(r))) if r.error.code == MISSING_PERMISSIONS
    )
}

/// Sends `message` as a reply to `msg`, without pings.
async fn send(ctx: &serenity::Context, msg: &Message, message: CreateMessage) -> Result<(), Error> {
    let reply = message.reference_message(msg).allowed_mentions(no_pings());
    msg.channel_id.send_message(&ctx.http, reply).await?;
    Ok(())
}

async fn send_reply(ctx: &serenity::Context, msg: &Message, text: String) -> Result<(), Error> {
    send(ctx, msg, CreateMessage::new().content(text)).await
}

/// The question in a message, when the message is for the bot: a direct message, or a
/// channel message that mentions it (`mentioned`, or one of the bot's mention `tags` such as
/// `<@ID>` in the text). The tags are removed; the result may be empty (a bare mention).
/// `None`: the message is not for the bot.
pub(crate) fn question_for_bot(
    content: &str,
    direct: bool,
    mentioned: bool,
    tags: &[String],
) -> Option<String> {
    let tagged = tags.iter().any(|t| content.contains(t.as_str()));
    if !(direct || mentioned || tagged) {
        return None;
    }
    let mut text = content.to_string();
    for t in tags {
        text = text.replace(t.as_str(), " ");
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    Some(
        joined
            .trim_start_matches(|c: char| {
                matches!(c, ',' | ':' | ';' | '-' | '—') || c.is_whitespace()
            })
            .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags() -> Vec<String> {
        vec!["<@4242>".into(), "<@!4242>".into(), "<@&77>".into()]
    }

    fn question(content: &str, direct: bool, mentioned: bool) -> Option<String> {
        question_for_bot(content, direct, mentioned, &tags())
    }

    #[test]
    fn mention_is_stripped_anywhere() {
        assert_eq!(
            question("<@4242> when did they last meet?", false, true).as_deref(),
            Some("when did they last meet?")
        );
        assert_eq!(
            question("<@!4242>, where was that?", false, false).as_deref(),
            Some("where was that?")
        );
        assert_eq!(
            question("So   <@4242>  who met   whom?", false, true).as_deref(),
            Some("So who met whom?")
        );
    }

    #[test]
    fn the_bots_own_role_counts_as_a_mention() {
        assert_eq!(
            question("<@&77> who met Ines Vidal?", false, false).as_deref(),
            Some("who met Ines Vidal?")
        );
        assert_eq!(question("<@&78> who met Ines Vidal?", false, false), None);
    }

    #[test]
    fn direct_messages_need_no_mention() {
        assert_eq!(
            question(" Who met Ines Vidal? ", true, false).as_deref(),
            Some("Who met Ines Vidal?")
        );
    }

    #[test]
    fn other_channel_messages_are_ignored() {
        assert_eq!(question("hello <@99> there", false, false), None);
        assert_eq!(question("@everyone look", false, false), None);
    }

    #[test]
    fn a_bare_mention_is_an_empty_question() {
        assert_eq!(question("<@4242>", false, true).as_deref(), Some(""));
    }
}
