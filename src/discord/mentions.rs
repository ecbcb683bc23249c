//! Messages addressed to the bot: a channel message that mentions it, or any direct
//! message. The question (without the mention) is answered as a reply to the message, in
//! the channel's conversation, without pinging anyone.

use poise::serenity_prelude::{self as serenity, CreateMessage, Message};

use super::checks::{Verdict, rate_limit_note};
use super::render::{fit_answer, no_pings};
use super::serve::SORRY;
use super::state::{Data, Error};
use super::trace::{Outcome, message_span, traced};

/// Said when a mention carries no question.
pub const HELP: &str = "Ask me about meetings between public figures, e.g. \
\"When did the two defence ministers last meet?\" — or use /ask.";

/// Handles one new message: answers it when it is addressed to the bot.
pub async fn on_message(ctx: &serenity::Context, msg: &Message, data: &Data) -> Result<(), Error> {
    if msg.author.bot || msg.author.id.get() == data.bot_id {
        return Ok(());
    }
    let mentioned = msg.mentions.iter().any(|u| u.id.get() == data.bot_id);
    let Some(question) =
        question_for_bot(&msg.content, msg.guild_id.is_none(), mentioned, data.bot_id)
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

async fn answer(
    ctx: &serenity::Context,
    msg: &Message,
    data: &Data,
    question: String,
) -> Result<Outcome, Error> {
    let text = match data.limiter.check_public(msg.author.id.get()) {
        Verdict::Limited { retry_after, first } => {
            // A reply cannot be private: say it once per burst, then stay quiet.
            if first {
                send_reply(ctx, msg, rate_limit_note(retry_after)).await?;
            }
            return Ok(Outcome::RateLimited);
        }
        Verdict::Allowed if question.is_empty() => HELP.to_string(),
        Verdict::Allowed => {
            let answer = data.ask(msg.channel_id.get(), &question).await?;
            fit_answer(&answer)
        }
    };
    send_reply(ctx, msg, text).await?;
    Ok(Outcome::Answered)
}

async fn send_reply(ctx: &serenity::Context, msg: &Message, text: String) -> Result<(), Error> {
    let reply = CreateMessage::new()
        .content(text)
        .reference_message(msg)
        .allowed_mentions(no_pings());
    msg.channel_id.send_message(&ctx.http, reply).await?;
    Ok(())
}

/// The question in a message, when the message is for the bot: a direct message, or a
/// channel message that mentions it. The bot's mentions are removed; the result may be
/// empty (a bare mention). `None`: the message is not for the bot.
pub fn question_for_bot(
    content: &str,
    direct: bool,
    mentioned: bool,
    bot_id: u64,
) -> Option<String> {
    let tags = [format!("<@{bot_id}>"), format!("<@!{bot_id}>")];
    let tagged = tags.iter().any(|t| content.contains(t.as_str()));
    if !(direct || mentioned || tagged) {
        return None;
    }
    let mut text = content.to_string();
    for t in &tags {
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

    const BOT: u64 = 4242;

    #[test]
    fn mention_is_stripped_anywhere() {
        assert_eq!(
            question_for_bot("<@4242> when did they last meet?", false, true, BOT).as_deref(),
            Some("when did they last meet?")
        );
        assert_eq!(
            question_for_bot("<@!4242>, where was that?", false, false, BOT).as_deref(),
            Some("where was that?")
        );
        assert_eq!(
            question_for_bot("So   <@4242>  who met   whom?", false, true, BOT).as_deref(),
            Some("So who met whom?")
        );
    }

    #[test]
    fn direct_messages_need_no_mention() {
        assert_eq!(
            question_for_bot(" Who met Ines Vidal? ", true, false, BOT).as_deref(),
            Some("Who met Ines Vidal?")
        );
    }

    #[test]
    fn other_channel_messages_are_ignored() {
        assert_eq!(
            question_for_bot("hello <@99> there", false, false, BOT),
            None
        );
        assert_eq!(question_for_bot("@everyone look", false, false, BOT), None);
    }

    #[test]
    fn a_bare_mention_is_an_empty_question() {
        assert_eq!(
            question_for_bot("<@4242>", false, true, BOT).as_deref(),
            Some("")
        );
    }
}
