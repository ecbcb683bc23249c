//! Running the bot: builds the serenity client (REST through `discord.api_url` when set),
//! registers the commands (globally, or in `discord.guild_ids`; only in the process of
//! shard 0), connects its shards (automatic sharding, or `discord.shard_range`), dispatches
//! commands and messages, follows the configured feeds beside them (also only in the
//! process of shard 0), and shuts down cleanly when the shutdown future completes. The
//! token is only ever handed to serenity: it is never logged.

use std::fmt;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use anyhow::{Context as _, Result, bail};
use poise::serenity_prelude::{self as serenity, FullEvent, GatewayIntents, GuildId};

use crate::config::{DiscordConfig, Sharding};
use crate::engine::Engine;

use super::connect::{self, Stop};
use super::render::{no_pings, reply};
use super::state::{Data, Error, ServeOptions};
use super::{about, add, ask, buttons, gaps, meetings, mentions, reindex, shards};

/// The environment variable holding the bot token.
pub(crate) const TOKEN_VAR: &str = "DISCORD_TOKEN";

/// Said when a command fails; the details go to the log only.
pub const SORRY: &str = "Sorry, something went wrong on my side. Please try again in a moment.";

/// A Discord bot token. Its `Debug` and `Display` never show it.
#[derive(Clone)]
pub struct Token(String);

impl Token {
    /// A token from its text (surrounding whitespace and a pasted `Bot ` prefix removed).
    /// Fails when empty or when it contains whitespace.
    pub fn new(text: &str) -> Result<Token> {
        let t = text.trim();
        let t = t.strip_prefix("Bot ").unwrap_or(t).trim();
        if t.is_empty() {
            bail!("{TOKEN_VAR} is empty: set it to your bot's token");
        }
        if t.chars().any(char::is_whitespace) {
            bail!("{TOKEN_VAR} contains whitespace: it must be the bare bot token");
        }
        Ok(Token(t.to_string()))
    }

    /// The token from `DISCORD_TOKEN` (the only place attache reads it from).
    pub fn from_env() -> Result<Token> {
        match std::env::var(TOKEN_VAR) {
            Ok(t) => Token::new(&t),
            Err(std::env::VarError::NotPresent) => bail!(
                "{TOKEN_VAR} is not set: create a bot at https://discord.com/developers/applications, \
                 copy its token and run `{TOKEN_VAR}=... attache serve`"
            ),
            Err(std::env::VarError::NotUnicode(_)) => {
                bail!("{TOKEN_VAR} is not valid UTF-8")
            }
        }
    }

    fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

/// The gateway intents the bot needs: guild and direct messages with their content (for
/// mentions), and guilds (for the cache).
pub(crate) fn intents() -> GatewayIntents {
    GatewayIntents::GUILDS
        | GatewayIntents::GUILD_MESSAGES
        | GatewayIntents::DIRECT_MESSAGES
        | GatewayIntents::MESSAGE_CONTENT
}

/// All slash commands.
pub(crate) fn commands() -> Vec<poise::Command<Data, Error>> {
    vec![
        ask::ask(),
        meetings::meetings(),
        reindex::reindex(),
        about::about(),
        gaps::gaps(),
        add::add(),
    ]
}

/// Runs the bot until `shutdown` completes (then closes every shard and returns), or until
/// the connection fails for good. `config.api_url`, when set, receives every REST call
/// (serenity's own rate limiter is then off: the proxy owns rate limiting). No wait is
/// unbounded: REST calls time out (`discord.http_timeout_secs`, start-up retries them),
/// the gateway must say READY within `discord.gateway_timeout_secs`, and `shutdown` ends
/// every state, start-up included, within [`STOP_GRACE`].
pub async fn serve<S>(
    engine: Arc<Engine>,
    config: DiscordConfig,
    token: Token,
    shutdown: S,
) -> Result<()>
where
    S: Future<Output = ()> + Send + 'static,
{
    serve_with(engine, config, token, shutdown, ServeOptions::default()).await
}

/// How long the client gets to close the connection after a stop before it is dropped.
pub(crate) const STOP_GRACE: Duration = Duration::from_secs(3);

/// [`serve`] with non-default [`ServeOptions`].
pub async fn serve_with<S>(
    engine: Arc<Engine>,
    config: DiscordConfig,
    token: Token,
    shutdown: S,
    tuning: ServeOptions,
) -> Result<()>
where
    S: Future<Output = ()> + Send + 'static,
{
    if config.guild_ids.contains(&0) {
        bail!("discord.guild_ids contains 0, which is not a guild id");
    }
    let sharding = config.sharding().map_err(anyhow::Error::msg)?;
    cap_log_crate_level();
    let http = connect::http_client(token.expose(), &config)?;
    let stop = Stop::on(shutdown);
    let feeds = follow_feeds(&engine, sharding, stop.clone());
    let waited = stop.clone();
    let ran = tokio::select! {
        ran = run(http, engine, config, tuning, stop, sharding) => ran,
        () = async {
            waited.requested().await;
            tokio::time::sleep(STOP_GRACE).await;
        } => {
            tracing::warn!("Discord did not close the connection in time; stopped anyway");
            Ok(())
        }
    };
    if let Some(task) = feeds {
        task.abort();
    }
    ran
}

/// Starts following the configured feeds beside the bot, in the process that runs shard 0
/// only (one poller for the whole bot); the task stops with the bot.
fn follow_feeds(
    engine: &Arc<Engine>,
    sharding: Sharding,
    stop: Stop,
) -> Option<tokio::task::JoinHandle<()>> {
    let feeds = engine.config().feeds.len();
    if feeds == 0 {
        return None;
    }
    if !sharding.runs_shard_zero() {
        tracing::info!("feeds are polled by the process that runs shard 0");
        return None;
    }
    tracing::info!(feeds, "following feeds");
    let engine = Arc::clone(engine);
    Some(tokio::spawn(async move {
        engine
            .follow_feeds(async move { stop.requested().await })
            .await
    }))
}

/// Checks the API, connects and runs until stopped (see [`serve_with`]).
async fn run(
    http: serenity::Http,
    engine: Arc<Engine>,
    config: DiscordConfig,
    tuning: ServeOptions,
    stop: Stop,
    sharding: Sharding,
) -> Result<()> {
    if !connect::check_api(&http, &config, &stop).await? {
        tracing::info!("stopped before connecting");
        return Ok(());
    }
    let gateway_timeout = config.gateway_timeout_secs;
    let start = Startup {
        engine,
        config,
        tuning,
        sharding,
        cancel: Arc::new(AtomicBool::new(false)),
        setup_failed: Arc::default(),
        ready: Arc::default(),
    };
    let cancel = Arc::clone(&start.cancel);
    let setup_failed = Arc::clone(&start.setup_failed);
    let ready = Arc::clone(&start.ready);
    let framework = poise::Framework::builder()
        .options(framework_options())
        .setup(move |ctx, ready, framework| Box::pin(on_ready(ctx, ready, framework, start)))
        .build();
    let mut client = serenity::ClientBuilder::new_with_http(http, intents())
        .framework(framework)
        .await
        .context("creating the Discord client")?;
    stop_on(stop, Arc::clone(&client.shard_manager), cancel);
    let ran = tokio::select! {
        ran = shards::start(&mut client, sharding) => ran.map_err(anyhow::Error::from),
        e = connect::handshake_deadline(ready, gateway_timeout) => Err(e),
    };
    if let Some(msg) = setup_failed
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take()
    {
        bail!(msg);
    }
    ran.context("the Discord connection failed")?;
    tracing::info!("stopped");
    Ok(())
}

/// Slash commands only, no pings in any reply, errors and events handled here.
fn framework_options() -> poise::FrameworkOptions<Data, Error> {
    poise::FrameworkOptions {
        commands: commands(),
        on_error: |error| Box::pin(on_error(error)),
        event_handler: |framework, event| {
            Box::pin(on_event(
                framework.serenity_context,
                event,
                framework.user_data,
            ))
        },
        allowed_mentions: Some(no_pings()),
        reply_callback: Some(|_ctx, reply| reply.allowed_mentions(no_pings())),
        initialize_owners: false,
        prefix_options: poise::PrefixFrameworkOptions {
            prefix: None,
            mention_as_prefix: false,
            ..Default::default()
        },
        ..Default::default()
    }
}

/// What the bot's state is made of once Discord says it is ready.
struct Startup {
    engine: Arc<Engine>,
    config: DiscordConfig,
    tuning: ServeOptions,
    /// The shards of this process (only the one with shard 0 registers the commands).
    sharding: Sharding,
    /// Set at shutdown; a running reindex stops.
    cancel: Arc<AtomicBool>,
    /// Why setting up failed, for [`serve_with`] to return once the client stopped.
    setup_failed: Arc<Mutex<Option<String>>>,
    /// Set when Discord said READY (the handshake deadline no longer applies).
    ready: Arc<AtomicBool>,
}

/// On READY: registers the commands and builds the shared state. When registering fails,
/// the reason is kept and every shard is shut down, so [`serve_with`] returns the error.
async fn on_ready(
    ctx: &serenity::Context,
    ready: &serenity::Ready,
    framework: &poise::Framework<Data, Error>,
    start: Startup,
) -> Result<Data, Error> {
    start.ready.store(true, Ordering::Release);
    tracing::info!(
        bot = %ready.user.name,
        guilds = ready.guilds.len(),
        "connected to Discord"
    );
    let registered = if start.sharding.runs_shard_zero() {
        register(ctx, &framework.options().commands, &start.config.guild_ids).await
    } else {
        tracing::info!("commands are registered by the process that runs shard 0");
        Ok(())
    };
    if let Err(e) = registered {
        let msg = format!(
            "registering the slash commands failed: {}",
            crate::engine::error_text(&e)
        );
        *start
            .setup_failed
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(msg.clone());
        let manager = Arc::clone(framework.shard_manager());
        tokio::spawn(async move { manager.shutdown_all().await });
        return Err(anyhow::anyhow!(msg));
    }
    Ok(Data::new(
        start.engine,
        start.config,
        ready.user.id.get(),
        start.cancel,
        start.tuning,
    ))
}

/// When a stop is asked for: cancels a running reindex and closes every shard.
fn stop_on(stop: Stop, manager: Arc<serenity::ShardManager>, cancel: Arc<AtomicBool>) {
    tokio::spawn(async move {
        stop.requested().await;
        tracing::info!("shutting down: closing the Discord connection");
        cancel.store(true, Ordering::Relaxed);
        manager.shutdown_all().await;
    });
}

/// Caps records of the `log` crate (tungstenite, reqwest, rustls) at debug while the bot
/// runs: at trace, tungstenite dumps every WebSocket frame, and the IDENTIFY frame carries the
/// token. Tracing-native crates (serenity, poise, attache) keep their trace output.
fn cap_log_crate_level() {
    if log::max_level() > log::LevelFilter::Debug {
        log::set_max_level(log::LevelFilter::Debug);
        tracing::debug!("log-crate records capped at debug (WebSocket frames carry the token)");
    }
}

/// Registers the commands globally, or in each configured guild.
async fn register(
    ctx: &serenity::Context,
    commands: &[poise::Command<Data, Error>],
    guilds: &[u64],
) -> Result<()> {
    if guilds.is_empty() {
        poise::builtins::register_globally(ctx, commands).await?;
        tracing::info!(commands = commands.len(), "commands registered globally");
    } else {
        for &g in guilds {
            poise::builtins::register_in_guild(ctx, commands, GuildId::new(g)).await?;
        }
        tracing::info!(commands = commands.len(), guilds = ?guilds, "commands registered in guilds");
    }
    Ok(())
}

async fn on_event(ctx: &serenity::Context, event: &FullEvent, data: &Data) -> Result<(), Error> {
    match event {
        FullEvent::Message { new_message } => mentions::on_message(ctx, new_message, data).await,
        FullEvent::InteractionCreate {
            interaction: serenity::Interaction::Component(press),
        } => buttons::on_press(ctx, press, data).await,
        FullEvent::Resume { .. } => {
            tracing::info!("gateway session resumed");
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Errors: short and human for the user, details in the log.
async fn on_error(error: poise::FrameworkError<'_, Data, Error>) {
    use poise::FrameworkError as E;
    match error {
        E::Setup { error, .. } => {
            tracing::error!(error = format!("{error:#}"), "setup failed");
        }
        E::Command { error, ctx, .. } => {
            tracing::error!(
                command = %ctx.command().qualified_name,
                user = ctx.author().id.get(),
                error = format!("{error:#}"),
                "command failed"
            );
            if let Err(e) = ctx.send(reply(SORRY).ephemeral(true)).await {
                tracing::warn!(error = %e, "could not tell the user about the failure");
            }
        }
        E::ArgumentParse {
            error, input, ctx, ..
        } => {
            tracing::warn!(
                command = %ctx.command().qualified_name,
                input = ?input,
                error = %error,
                "could not read an option"
            );
            let text = "I couldn't read that option. Please check it and try again.";
            if let Err(e) = ctx.send(reply(text).ephemeral(true)).await {
                tracing::warn!(error = %e, "could not tell the user about the bad option");
            }
        }
        E::EventHandler { error, event, .. } => {
            tracing::error!(
                event = event.snake_case_name(),
                error = format!("{error:#}"),
                "event handler failed"
            );
        }
        other => {
            tracing::warn!(error = %other, "framework error");
            if let Err(e) = poise::builtins::on_error(other).await {
                tracing::warn!(error = %e, "could not handle a framework error");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_is_never_shown() {
        let t = Token::new("  abc.def.ghi  ").unwrap();
        assert_eq!(t.expose(), "abc.def.ghi");
        assert!(!format!("{t:?}").contains("abc"));
        assert!(Token::new("").is_err());
        assert!(Token::new("a b").is_err());
        assert_eq!(Token::new("Bot abc.def").unwrap().expose(), "abc.def");
    }

    #[test]
    fn commands_are_slash_commands_and_reindex_needs_manage_server() {
        let cmds = commands();
        let names: Vec<&str> = cmds.iter().map(|c| &*c.name).collect();
        assert_eq!(
            names,
            ["ask", "meetings", "reindex", "about", "gaps", "add"]
        );
        for c in &cmds {
            assert!(c.slash_action.is_some(), "{}", c.name);
            assert!(c.prefix_action.is_none(), "{}", c.name);
        }
        let reindex = &cmds[2];
        assert_eq!(
            reindex.default_member_permissions,
            serenity::Permissions::MANAGE_GUILD
        );
        assert_eq!(
            cmds[4].default_member_permissions,
            serenity::Permissions::MANAGE_GUILD
        );
        assert_eq!(
            cmds[5].default_member_permissions,
            serenity::Permissions::MANAGE_GUILD
        );
    }

    #[tokio::test]
    async fn only_the_process_of_shard_zero_follows_the_feeds() {
        let tmp = tempfile::tempdir().unwrap();
        let mut config = crate::config::Config::default();
        config.index.dir = tmp.path().join("index");
        config.corpus.dirs = vec![tmp.path().join("corpus")];
        let engine = Arc::new(Engine::open(config.clone()).unwrap());
        let (_tx, rx) = tokio::sync::oneshot::channel::<()>();
        let stop = Stop::on(async move {
            let _ = rx.await;
        });
        let second = Sharding::Range {
            first: 1,
            last: 1,
            count: 2,
        };
        // Without feeds, no task anywhere.
        assert!(follow_feeds(&engine, Sharding::Auto, stop.clone()).is_none());
        config.feeds = vec![crate::config::FeedConfig {
            url: "http://127.0.0.1:9/feed.xml".into(),
            name: None,
            interval_minutes: 60,
        }];
        let engine = Arc::new(Engine::open(config).unwrap());
        assert!(follow_feeds(&engine, second, stop.clone()).is_none());
        let task = follow_feeds(&engine, Sharding::Auto, stop).expect("shard 0 follows");
        task.abort();
    }

    #[test]
    fn intents_include_message_content() {
        let i = intents();
        assert!(i.contains(GatewayIntents::MESSAGE_CONTENT));
        assert!(i.contains(GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES));
    }
}
