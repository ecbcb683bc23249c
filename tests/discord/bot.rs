//! The bot in process: the real `attache::testing::serve` (the code path of `attache
//! serve`) against the fake Discord: commands, mentions, context per channel, `/meetings`,
//! `/reindex`, rate limits, reconnects and errors.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use attache::config::DiscordConfig;
use attache::engine::{Answer, Engine, Progress, Stage};
use attache::testing::IndexStore;
use attache::testing::fit_answer;
use attache::testing::{ALREADY_RUNNING, NOT_ALLOWED, ServeOptions, Token, meetings_text};
use serde_json::{Value, json};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::fake_discord::corpus::{self, FERRY_QUESTION, FERRY_TITLE};
use crate::fake_discord::{APP_ID, BOT_ID, BOT_ROLE, FakeDiscord, GUILD_ID, Member, WAIT};

const TOKEN: &str = "fake-bot-token.for-tests";
const CHANNEL_A: u64 = 700_000_000_000_000_011;
const CHANNEL_B: u64 = 700_000_000_000_000_012;
const DM_CHANNEL: u64 = 700_000_000_000_000_013;

fn ines() -> Member {
    Member::new(600_000_000_000_000_001, "ines")
}

fn kofi() -> Member {
    Member::new(600_000_000_000_000_002, "kofi")
}

struct Bot {
    fake: FakeDiscord,
    engine: Arc<Engine>,
    corpus_dir: PathBuf,
    index_dir: PathBuf,
    _tmp: tempfile::TempDir,
    stop: oneshot::Sender<()>,
    task: JoinHandle<anyhow::Result<()>>,
}

/// Indexes the test corpus, starts the fake and the bot, and
/// waits until the bot is connected and has registered its commands.
async fn start_bot(tweak: impl FnOnce(&mut DiscordConfig)) -> Bot {
    start_bot_with(tweak, ServeOptions::default()).await
}

/// [`start_bot`] with non-default tuning.
async fn start_bot_with(tweak: impl FnOnce(&mut DiscordConfig), tuning: ServeOptions) -> Bot {
    let tmp = tempfile::tempdir().expect("temp dir");
    let corpus_dir = tmp.path().join("corpus");
    let index_dir = tmp.path().join("index");
    corpus::write_corpus(&corpus_dir);
    let config = corpus::config(&corpus_dir, &index_dir);
    let engine = Arc::new(Engine::open(config.clone()).expect("engine opens"));
    let e = Arc::clone(&engine);
    tokio::task::spawn_blocking(move || crate::common::reindex(&e))
        .await
        .expect("reindex task")
        .expect("first reindex");

    let fake = FakeDiscord::start().await;
    let mut discord = config.discord.clone();
    discord.api_url = Some(fake.api_url.clone());
    tweak(&mut discord);
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(attache::testing::serve_with(
        Arc::clone(&engine),
        discord,
        Token::new(TOKEN).expect("token"),
        async move {
            let _ = stopped.await;
        },
        tuning,
    ));
    fake.wait_ready().await;
    Bot {
        fake,
        engine,
        corpus_dir,
        index_dir,
        _tmp: tmp,
        stop,
        task,
    }
}

impl Bot {
    /// What the engine answers to these questions asked in one fresh conversation: the
    /// last answer, as the bot must send it.
    fn expected(&self, questions: &[&str]) -> String {
        let mut conv = self.engine.conversation();
        let mut last: Option<Answer> = None;
        for q in questions {
            last = Some(self.engine.ask(&mut conv, q));
        }
        fit_answer(&last.expect("a question"))
    }

    fn generation(&self) -> Option<String> {
        IndexStore::new(&self.index_dir).current_name()
    }

    /// Stops the bot gracefully and checks that it never allowed a ping.
    async fn stop(self) -> FakeDiscord {
        let _ = self.stop.send(());
        let ended = tokio::time::timeout(WAIT, self.task)
            .await
            .expect("the bot stops within the wait")
            .expect("serve task joins");
        ended.expect("serve returns Ok after a shutdown");
        let n = self.fake.assert_no_pings();
        assert!(n > 0, "no message was checked");
        self.fake
    }
}

/// Progress that holds a reindex at its first stage until opened.
#[derive(Default)]
struct Gate {
    started: AtomicBool,
    open: std::sync::Mutex<bool>,
    opened: std::sync::Condvar,
}

impl Gate {
    fn started(&self) -> bool {
        self.started.load(std::sync::atomic::Ordering::SeqCst)
    }

    fn open(&self) {
        *self.open.lock().unwrap() = true;
        self.opened.notify_all();
    }
}

impl Progress for Gate {
    fn start(&self, stage: Stage, _total: u64) {
        if stage != Stage::Ingest {
            return;
        }
        self.started
            .store(true, std::sync::atomic::Ordering::SeqCst);
        let open = self.open.lock().unwrap();
        // Bounded: a failing test must not hang the reindex forever.
        let _ = self.opened.wait_timeout_while(open, WAIT, |open| !*open);
    }
}

fn ask_options(q: &str) -> Value {
    json!([{"name": "question", "type": 3, "value": q}])
}

/// True when the answer cites the ferry article (by title, or by file name with an ingest
/// that reads no headers).
fn cites_ferry(text: &str) -> bool {
    text.contains("Sources:") && (text.contains(FERRY_TITLE) || text.contains("ferry-link.txt"))
}

fn content(v: &Value) -> &str {
    v["content"].as_str().unwrap_or_default()
}

fn is_ephemeral(data: &Value) -> bool {
    data["flags"].as_u64().unwrap_or(0) & 64 == 64
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ask_is_answered_with_sources_and_commands_are_registered() {
    let bot = start_bot(|_| {}).await;
    let fake = &bot.fake;

    // Registration: four global commands; /reindex defaults to Manage Server (32).
    let put = fake
        .requests()
        .into_iter()
        .find(|r| r.method == "PUT" && r.path.ends_with("/commands"))
        .unwrap();
    assert_eq!(put.path, format!("/api/v10/applications/{APP_ID}/commands"));
    let names: Vec<&str> = put
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ask", "meetings", "reindex", "about", "gaps"]);
    let reindex = put
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "reindex")
        .unwrap();
    assert_eq!(reindex["default_member_permissions"], "32");
    assert_eq!(
        put.authorization.as_deref(),
        Some(format!("Bot {TOKEN}").as_str())
    );

    // IDENTIFY carries the intents for mentions: GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT.
    let identify = &fake.sent_ops(2)[0];
    let intents = identify["d"]["intents"].as_u64().unwrap();
    for bit in [1 << 9, 1 << 12, 1 << 15] {
        assert_eq!(intents & bit, bit, "intents {intents:b}");
    }

    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    let cb = fake.callback(&ix).await;
    assert_eq!(cb["type"], 4, "{cb}");
    let text = content(&cb["data"]);
    assert!(cites_ferry(text), "{text}");
    assert_eq!(text, bot.expected(&[FERRY_QUESTION]));
    assert!(!is_ephemeral(&cb["data"]));

    // /about: version and counts.
    let ix = fake.slash(CHANNEL_A, &ines(), "about", json!([]));
    let cb = fake.callback(&ix).await;
    let text = content(&cb["data"]);
    assert!(text.contains(env!("CARGO_PKG_VERSION")), "{text}");
    let stats = bot.engine.stats().unwrap();
    assert!(
        text.contains(&format!("{} articles", stats.articles)),
        "{text}"
    );
    assert!(text.contains(&stats.built_at), "{text}");

    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_pings_even_when_article_and_question_say_everyone() {
    let bot = start_bot(|_| {}).await;
    let fake = &bot.fake;
    let q = "@everyone what did the banner at the harbour workers rally in Bergen demand? @here <@&123456789012345678>";
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(q));
    let cb = fake.callback(&ix).await;
    assert_eq!(content(&cb["data"]), bot.expected(&[q]));
    let id = fake.message(CHANNEL_B, &kofi(), &format!("<@{BOT_ID}> {q}"), true);
    let reply = fake.reply_to(id).await;
    assert_eq!(content(&reply), bot.expected(&[q]));
    let fake = bot.stop().await;
    assert!(fake.assert_no_pings() >= 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mentions_and_direct_messages_are_answered_as_replies() {
    let bot = start_bot(|_| {}).await;
    let fake = &bot.fake;
    let chatter = fake.message(CHANNEL_A, &kofi(), "Anyone seen the ferry news?", true);
    let id = fake.message(
        CHANNEL_A,
        &ines(),
        &format!("<@{BOT_ID}> {FERRY_QUESTION}"),
        true,
    );
    let reply = fake.reply_to(id).await;
    assert_eq!(reply["message_reference"]["message_id"], id.to_string());
    assert_eq!(reply["allowed_mentions"]["replied_user"], false);
    let text = content(&reply);
    assert!(
        !text.contains(&BOT_ID.to_string()),
        "the mention is stripped: {text}"
    );
    assert_eq!(text, bot.expected(&[FERRY_QUESTION]));
    assert!(cites_ferry(text), "{text}");

    let dm = fake.message(
        DM_CHANNEL,
        &kofi(),
        "Who did Amara Okafor receive in Lagos?",
        false,
    );
    let reply = fake.reply_to(dm).await;
    assert_eq!(
        content(&reply),
        bot.expected(&["Who did Amara Okafor receive in Lagos?"])
    );

    // Addressed through the bot's managed role, as Discord's mention picker often offers.
    let by_role = fake.message(
        CHANNEL_B,
        &kofi(),
        &format!("<@&{BOT_ROLE}> {FERRY_QUESTION}"),
        true,
    );
    let reply = fake.reply_to(by_role).await;
    assert_eq!(content(&reply), bot.expected(&[FERRY_QUESTION]));
    // Another role is not the bot.
    let other_role = fake.message(
        CHANNEL_B,
        &kofi(),
        &format!("<@&{GUILD_ID}1> {FERRY_QUESTION}"),
        true,
    );

    let bare = fake.message(CHANNEL_B, &kofi(), &format!("<@!{BOT_ID}>"), true);
    let reply = fake.reply_to(bare).await;
    assert_eq!(content(&reply), attache::testing::HELP);

    // The message that did not mention the bot got nothing.
    assert!(fake.replies_to(chatter).is_empty());
    assert!(fake.replies_to(other_role).is_empty());
    let posted = fake
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/messages"))
        .count();
    assert_eq!(posted, 4);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn context_follows_the_channel_across_ask_and_mentions() {
    let bot = start_bot(|_| {}).await;
    let fake = &bot.fake;
    let follow_up = "When did they last meet?";

    // Channel A: a question by /ask, the follow-up by mention.
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    fake.callback(&ix).await;
    let id = fake.message(
        CHANNEL_A,
        &kofi(),
        &format!("<@{BOT_ID}> {follow_up}"),
        true,
    );
    let in_a = content(&fake.reply_to(id).await).to_string();
    // Channel B never heard the first question.
    let ix = fake.slash(CHANNEL_B, &ines(), "ask", ask_options(follow_up));
    let in_b = content(&fake.callback(&ix).await["data"]).to_string();

    let with_context = bot.expected(&[FERRY_QUESTION, follow_up]);
    let without = bot.expected(&[follow_up]);
    assert_eq!(in_a, with_context);
    assert_eq!(in_b, without);
    if with_context == without {
        eprintln!("note: the engine answers the follow-up the same with and without context");
    } else {
        assert_ne!(in_a, in_b);
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn meetings_autocompletes_and_lists() {
    let bot = start_bot(|_| {}).await;
    let fake = &bot.fake;
    let facts = bot.engine.facts();
    for partial in ["sol", "", "Okafr", "zzqx"] {
        let ix = fake.autocomplete(CHANNEL_A, &ines(), "meetings", "person", partial);
        let cb = fake.callback(&ix).await;
        assert_eq!(cb["type"], 8, "{cb}");
        let choices = cb["data"]["choices"].as_array().expect("choices");
        assert!(choices.len() <= 25);
        let got: Vec<&str> = choices
            .iter()
            .map(|c| c["value"].as_str().unwrap())
            .collect();
        let want: Vec<String> = bot
            .engine
            .suggest_people(partial, 25)
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(got, want, "partial {partial:?}");
    }
    if facts.people.iter().any(|p| p.name.contains("Solberg")) {
        let ix = fake.autocomplete(CHANNEL_A, &ines(), "meetings", "person", "solb");
        let cb = fake.callback(&ix).await;
        assert!(cb.to_string().contains("Ingrid Solberg"), "{cb}");
    }
    let ix = fake.slash(
        CHANNEL_A,
        &ines(),
        "meetings",
        json!([{"name": "person", "type": 3, "value": "Ingrid Solberg"}]),
    );
    let cb = fake.callback(&ix).await;
    assert_eq!(
        content(&cb["data"]),
        meetings_text(&bot.engine, "Ingrid Solberg")
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reindex_is_refused_to_members_and_run_for_admins_while_questions_are_answered() {
    const ROLE: u64 = 650_000_000_000_000_001;
    // The reindex the admin starts waits at its first stage until the test lets it go, so
    // what happens "while it runs" is certain.
    let gate = Arc::new(Gate::default());
    let tuning = ServeOptions {
        reindex_progress: Some(gate.clone()),
        ..ServeOptions::default()
    };
    let listed = Member::new(600_000_000_000_000_077, "listed");
    let listed_id = listed.id;
    let bot = start_bot_with(
        |d| {
            d.admin_role_ids = vec![ROLE];
            d.admin_user_ids = vec![listed_id];
        },
        tuning,
    )
    .await;
    let fake = &bot.fake;
    let before = bot.generation().expect("a generation");
    // A file the reindex will skip, with its reason in the report.
    std::fs::write(bot.corpus_dir.join("blank.txt"), "  \n").unwrap();

    // A member without Manage Server: refused, privately, and nothing happens.
    let ix = fake.slash(CHANNEL_A, &ines(), "reindex", json!([]));
    let cb = fake.callback(&ix).await;
    assert_eq!(cb["type"], 4);
    assert!(is_ephemeral(&cb["data"]), "{cb}");
    assert_eq!(content(&cb["data"]), NOT_ALLOWED);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!bot.engine.is_reindexing());
    assert_eq!(bot.generation().as_deref(), Some(before.as_str()));

    // A manager: acknowledged at once (deferred, ephemeral), then the report.
    let admin = kofi().manager();
    let ix = fake.slash(CHANNEL_A, &admin, "reindex", json!([]));
    let cb = fake.callback(&ix).await;
    assert_eq!(cb["type"], 5, "{cb}");
    assert!(is_ephemeral(&cb["data"]), "{cb}");
    fake.wait_for("the reindex to start", |_| gate.started().then_some(()))
        .await;
    assert!(bot.engine.is_reindexing());
    // Questions keep being answered meanwhile; a second reindex is refused (an admin by
    // role this time).
    let ask = fake.slash(CHANNEL_B, &ines(), "ask", ask_options(FERRY_QUESTION));
    let second = fake.slash(CHANNEL_A, &ines().with_role(ROLE), "reindex", json!([]));
    let answered = fake.callback(&ask).await;
    assert!(cites_ferry(content(&answered["data"])), "{answered}");
    let refused = fake.callback(&second).await;
    assert_eq!(content(&refused["data"]), ALREADY_RUNNING, "{refused}");
    assert!(is_ephemeral(&refused["data"]));
    assert!(bot.engine.is_reindexing(), "still running");
    gate.open();
    let report = fake.followup(&ix, 0).await;
    let text = content(&report);
    assert!(text.starts_with("Reindex done."), "{text}");
    assert!(text.contains("Indexed 3 articles"), "{text}");
    assert!(
        text.contains("Skipped 1") && text.contains("blank.txt: "),
        "{text}"
    );
    assert!(is_ephemeral(&report), "{report}");
    let after = bot.generation().expect("a generation");
    assert_ne!(before, after, "a new generation is served");

    // A user named in admin_user_ids needs no permission.
    assert!(!bot.engine.is_reindexing());
    let ix = fake.slash(CHANNEL_A, &listed, "reindex", json!([]));
    assert_eq!(fake.callback(&ix).await["type"], 5);
    let report = fake.followup(&ix, 0).await;
    assert!(content(&report).starts_with("Reindex done."), "{report}");
    assert_ne!(bot.generation(), Some(after));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn questions_are_rate_limited_per_user() {
    let bot = start_bot(|d| {
        d.rate_limit_per_minute = 2;
        d.guild_ids = vec![GUILD_ID];
    })
    .await;
    let fake = &bot.fake;
    assert!(fake.requests().iter().any(|r| r.method == "PUT"
        && r.path == format!("/api/v10/applications/{APP_ID}/guilds/{GUILD_ID}/commands")));
    for _ in 0..2 {
        let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
        let cb = fake.callback(&ix).await;
        assert!(!is_ephemeral(&cb["data"]));
    }
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    let cb = fake.callback(&ix).await;
    assert!(is_ephemeral(&cb["data"]), "{cb}");
    assert!(content(&cb["data"]).contains("try again in"), "{cb}");
    // A mention by the same user: told once, then ignored.
    let m1 = fake.message(
        CHANNEL_A,
        &ines(),
        &format!("<@{BOT_ID}> {FERRY_QUESTION}"),
        true,
    );
    assert!(content(&fake.reply_to(m1).await).contains("try again in"));
    // Another user is not affected.
    let ix = fake.slash(CHANNEL_A, &kofi(), "ask", ask_options(FERRY_QUESTION));
    let cb = fake.callback(&ix).await;
    assert!(cites_ferry(content(&cb["data"])), "{cb}");
    let m2 = fake.message(
        CHANNEL_A,
        &ines(),
        &format!("<@{BOT_ID}> {FERRY_QUESTION}"),
        true,
    );
    let m3 = fake.message(
        CHANNEL_A,
        &kofi(),
        &format!("<@{BOT_ID}> {FERRY_QUESTION}"),
        true,
    );
    fake.reply_to(m3).await;
    assert!(
        fake.replies_to(m2).is_empty(),
        "a second refusal is not repeated"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bot_reconnects_when_the_gateway_closes() {
    let bot = start_bot(|_| {}).await;
    let fake = &bot.fake;
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    fake.callback(&ix).await;
    assert_eq!(fake.sessions(), 1);
    fake.close_gateway();
    fake.wait_for("a new gateway session", |f| {
        (f.sessions() >= 2).then_some(())
    })
    .await;
    let resumed = fake.sent_ops(6);
    let identified = fake.sent_ops(2);
    assert!(
        resumed.len() == 1 || identified.len() == 2,
        "resume or identify again: {resumed:?} {identified:?}"
    );
    if let Some(r) = resumed.first() {
        assert_eq!(r["d"]["session_id"], "fake-session-1");
    }
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    let cb = fake.callback(&ix).await;
    assert!(cites_ferry(content(&cb["data"])), "{cb}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_answers_are_deferred_then_sent_as_follow_ups() {
    let tuning = ServeOptions {
        defer_after: Duration::ZERO,
        ..ServeOptions::default()
    };
    let bot = start_bot_with(|_| {}, tuning).await;
    let fake = &bot.fake;
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    let cb = fake.callback(&ix).await;
    assert_eq!(cb["type"], 5, "deferred: {cb}");
    assert!(!is_ephemeral(&cb["data"]), "{cb}");
    let answer = fake.followup(&ix, 0).await;
    assert_eq!(content(&answer), bot.expected(&[FERRY_QUESTION]));
    assert!(cites_ferry(content(&answer)));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_command_registration_stops_the_bot_with_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus_dir = tmp.path().join("corpus");
    corpus::write_corpus(&corpus_dir);
    let config = corpus::config(&corpus_dir, &tmp.path().join("index"));
    let engine = Arc::new(Engine::open(config.clone()).unwrap());
    let fake = FakeDiscord::start().await;
    fake.fail_registration();
    let mut discord = config.discord.clone();
    discord.api_url = Some(fake.api_url.clone());
    let serve = attache::testing::serve(
        engine,
        discord,
        Token::new(TOKEN).unwrap(),
        std::future::pending(),
    );
    let result = tokio::time::timeout(WAIT, serve)
        .await
        .expect("serve gives up instead of hanging");
    let err = format!("{:#}", result.expect_err("serve fails"));
    assert!(
        err.contains("registering the slash commands failed"),
        "{err}"
    );
    assert!(!err.contains(TOKEN));
    // Discord's message is said once, not once per layer of the error.
    assert_eq!(err.matches("Invalid Form Body").count(), 1, "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_that_never_answers_ends_in_an_error_not_a_hang() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus_dir = tmp.path().join("corpus");
    corpus::write_corpus(&corpus_dir);
    let config = corpus::config(&corpus_dir, &tmp.path().join("index"));
    let engine = Arc::new(Engine::open(config.clone()).unwrap());
    let fake = FakeDiscord::start().await;
    fake.silence_gateway();
    let mut discord = config.discord.clone();
    discord.api_url = Some(fake.api_url.clone());
    discord.gateway_timeout_secs = 1;
    let serve = attache::testing::serve(
        engine,
        discord,
        Token::new(TOKEN).unwrap(),
        std::future::pending(),
    );
    let result = tokio::time::timeout(WAIT, serve)
        .await
        .expect("serve gives up instead of hanging");
    let err = format!("{:#}", result.expect_err("serve fails"));
    assert!(err.contains("did not complete the handshake"), "{err}");
    assert!(err.contains("discord.gateway_timeout_secs"), "{err}");
}

#[tokio::test]
async fn bad_discord_settings_are_refused_before_connecting() {
    let tmp = tempfile::tempdir().unwrap();
    let config = corpus::config(tmp.path(), &tmp.path().join("index"));
    let engine = Arc::new(Engine::open(config.clone()).unwrap());
    let mut bad_url = config.discord.clone();
    bad_url.api_url = Some("127.0.0.1:9".into());
    let mut bad_guild = config.discord.clone();
    bad_guild.guild_ids = vec![0];
    for (discord, want) in [(bad_url, "api_url"), (bad_guild, "guild_ids")] {
        let serve = attache::testing::serve(
            Arc::clone(&engine),
            discord,
            Token::new(TOKEN).unwrap(),
            std::future::pending(),
        );
        let err = tokio::time::timeout(WAIT, serve)
            .await
            .expect("refused at once")
            .expect_err("refused");
        assert!(err.to_string().contains(want), "{err}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_short_for_the_user() {
    let bot = start_bot(|_| {}).await;
    let fake = &bot.fake;
    // Sending the answer fails on Discord's side; the user gets a short apology instead.
    fake.fail_next_callback();
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    let failed = fake.nth_callback(&ix, 0).await;
    assert!(cites_ferry(content(&failed["data"])), "{failed}");
    let sorry = fake.nth_callback(&ix, 1).await;
    assert_eq!(content(&sorry["data"]), attache::testing::SORRY);
    assert!(is_ephemeral(&sorry["data"]), "{sorry}");
    // The bot goes on answering.
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    assert!(cites_ferry(content(&fake.callback(&ix).await["data"])));
    bot.stop().await;
}

/// A question the test corpus cannot answer.
const UNKNOWN: &str = "When did Zorblax Quint meet Ulla Varnhagen?";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gaps_lists_the_questions_that_failed_to_admins_only() {
    let bot = start_bot(|_| {}).await;
    let fake = &bot.fake;
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(UNKNOWN));
    fake.callback(&ix).await;
    let mention = fake.message(CHANNEL_B, &kofi(), &format!("<@{BOT_ID}> {UNKNOWN}"), true);
    fake.reply_to(mention).await;
    let dm = fake.message(DM_CHANNEL, &kofi(), "Who did Ulla Varnhagen host?", false);
    fake.reply_to(dm).await;
    // Answered: not kept.
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    fake.callback(&ix).await;

    let ix = fake.slash(CHANNEL_A, &ines(), "gaps", json!([]));
    let cb = fake.callback(&ix).await;
    assert!(is_ephemeral(&cb["data"]), "{cb}");
    assert_eq!(content(&cb["data"]), attache::testing::GAPS_NOT_ALLOWED);

    let ix = fake.slash(CHANNEL_A, &kofi().manager(), "gaps", json!([]));
    let cb = fake.callback(&ix).await;
    assert!(is_ephemeral(&cb["data"]), "{cb}");
    let text = content(&cb["data"]);
    assert!(text.starts_with("Unanswered questions: 2 kept."), "{text}");
    assert!(
        text.contains(&format!("(guild {GUILD_ID}): {UNKNOWN}")),
        "{text}"
    );
    assert!(text.contains(&format!("2x: {UNKNOWN}")), "{text}");
    assert!(
        !text.contains("host"),
        "only this guild's questions: {text}"
    );
    assert!(!text.contains(&ines().id.to_string()) && !text.contains("kofi"));
    let all = bot.engine.gaps(None, 10);
    assert_eq!(all.total, 3);
    assert_eq!(all.recent[0].asked_in, "direct message");
    bot.stop().await;
}
