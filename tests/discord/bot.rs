//! The bot in process: the real `attache::testing::serve` (the code path of `attache
//! serve`) against the fake Discord: commands, mentions, context per channel, `/meetings`,
//! `/reindex`, rate limits, reconnects and errors.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use attache::config::{Config, DiscordConfig};
use attache::engine::{Answer, Engine, Progress, Stage};
use attache::testing::IndexStore;
use attache::testing::{ALREADY_RUNNING, NOT_ALLOWED, ServeOptions, Token, meetings_text};
use attache::testing::{answer_embed, fit_answer};
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

pub(crate) struct Bot {
    pub(crate) fake: FakeDiscord,
    pub(crate) engine: Arc<Engine>,
    pub(crate) corpus_dir: PathBuf,
    index_dir: PathBuf,
    pub(crate) _tmp: tempfile::TempDir,
    pub(crate) stop: oneshot::Sender<()>,
    pub(crate) task: JoinHandle<anyhow::Result<()>>,
}

/// Indexes the test corpus, starts the fake and the bot, and
/// waits until the bot is connected and has registered its commands.
async fn start_bot(tweak: impl FnOnce(&mut DiscordConfig)) -> Bot {
    start_bot_with(tweak, ServeOptions::default()).await
}

/// [`start_bot`] with non-default tuning.
async fn start_bot_with(tweak: impl FnOnce(&mut DiscordConfig), tuning: ServeOptions) -> Bot {
    start_bot_configured(|_| {}, tweak, tuning).await
}

/// [`start_bot_with`] on a configuration `configure` changes first (fetch limits, feeds).
pub(crate) async fn start_bot_configured(
    configure: impl FnOnce(&mut Config),
    tweak: impl FnOnce(&mut DiscordConfig),
    tuning: ServeOptions,
) -> Bot {
    let tmp = tempfile::tempdir().expect("temp dir");
    let corpus_dir = tmp.path().join("corpus");
    let index_dir = tmp.path().join("index");
    corpus::write_corpus(&corpus_dir);
    let mut config = corpus::config(&corpus_dir, &index_dir);
    configure(&mut config);
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
    /// last answer.
    fn answer(&self, questions: &[&str]) -> Answer {
        let mut conv = self.engine.conversation();
        let mut last: Option<Answer> = None;
        for q in questions {
            last = Some(self.engine.ask(&mut conv, q));
        }
        last.expect("a question")
    }

    /// The last answer as the bot must send it: the embed (JSON) of the last question.
    fn expected(&self, questions: &[&str]) -> Value {
        let answer = self.answer(questions);
        let last = questions.last().expect("a question");
        let stats = self.engine.stats();
        serde_json::to_value(answer_embed(last, &answer, stats.as_ref()).to_builder())
            .expect("embed as JSON")
    }

    /// The last answer as plain text (where the bot may not send embeds).
    fn expected_text(&self, questions: &[&str]) -> String {
        fit_answer(&self.answer(questions))
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

/// True when the message (its embed's "Sources" field, or its plain text) cites the ferry
/// article (by title, or by file name with an ingest that reads no headers).
fn cites_ferry(message: &Value) -> bool {
    let field = &embed(message)["fields"][0];
    let sources = if field["name"] == "Sources" {
        field["value"].as_str().unwrap_or_default()
    } else {
        content(message)
            .split("Sources:")
            .nth(1)
            .unwrap_or_default()
    };
    sources.contains(FERRY_TITLE) || sources.contains("ferry-link.txt")
}

/// The list of a `/meetings` message: its embed's text when it came with the timeline,
/// else its content.
fn listed(message: &Value) -> String {
    embed(message)["description"]
        .as_str()
        .unwrap_or_else(|| content(message))
        .to_string()
}

/// The message's (first) embed; `Null` when it has none.
fn embed(message: &Value) -> &Value {
    &message["embeds"][0]
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
    assert_eq!(
        names,
        ["ask", "meetings", "reindex", "about", "gaps", "add"]
    );
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
    assert!(cites_ferry(&cb["data"]), "{cb}");
    assert_eq!(embed(&cb["data"]), &bot.expected(&[FERRY_QUESTION]));
    assert_eq!(content(&cb["data"]), "", "the embed alone: {cb}");
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
    assert_eq!(embed(&cb["data"]), &bot.expected(&[q]));
    let id = fake.message(CHANNEL_B, &kofi(), &format!("<@{BOT_ID}> {q}"), true);
    let reply = fake.reply_to(id).await;
    assert_eq!(embed(&reply), &bot.expected(&[q]));
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
    assert!(
        !reply["embeds"].to_string().contains(&BOT_ID.to_string()),
        "the mention is stripped: {reply}"
    );
    assert_eq!(embed(&reply), &bot.expected(&[FERRY_QUESTION]));
    assert!(cites_ferry(&reply), "{reply}");
    // A mention's answer carries the same buttons as /ask's.
    assert!(button(&reply, "Earlier meeting").is_some(), "{reply}");
    assert!(button(&reply, "Sources").is_some(), "{reply}");

    let dm = fake.message(
        DM_CHANNEL,
        &kofi(),
        "Who did Amara Okafor receive in Lagos?",
        false,
    );
    let reply = fake.reply_to(dm).await;
    assert_eq!(
        embed(&reply),
        &bot.expected(&["Who did Amara Okafor receive in Lagos?"])
    );

    // Addressed through the bot's managed role, as Discord's mention picker often offers.
    let by_role = fake.message(
        CHANNEL_B,
        &kofi(),
        &format!("<@&{BOT_ROLE}> {FERRY_QUESTION}"),
        true,
    );
    let reply = fake.reply_to(by_role).await;
    assert_eq!(embed(&reply), &bot.expected(&[FERRY_QUESTION]));
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
    let in_a = embed(&fake.reply_to(id).await).clone();
    // Channel B never heard the first question.
    let ix = fake.slash(CHANNEL_B, &ines(), "ask", ask_options(follow_up));
    let in_b = embed(&fake.callback(&ix).await["data"]).clone();

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
        listed(&cb["data"]),
        meetings_text(
            &bot.engine,
            "Ingrid Solberg",
            ServeOptions::default().meetings_per_page
        )
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
    assert!(cites_ferry(&answered["data"]), "{answered}");
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
    assert!(cites_ferry(&cb["data"]), "{cb}");
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
    // The limit is per user in each guild: in direct messages (which all arrive on shard 0,
    // in one process) the same user has a budget of their own.
    let dm = fake.message(DM_CHANNEL, &ines(), FERRY_QUESTION, false);
    let reply = fake.reply_to(dm).await;
    assert!(cites_ferry(&reply), "{reply}");
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
    assert!(cites_ferry(&cb["data"]), "{cb}");
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
    assert_eq!(embed(&answer), &bot.expected(&[FERRY_QUESTION]));
    assert!(cites_ferry(&answer));
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
    assert!(cites_ferry(&failed["data"]), "{failed}");
    let sorry = fake.nth_callback(&ix, 1).await;
    assert_eq!(content(&sorry["data"]), attache::testing::SORRY);
    assert!(is_ephemeral(&sorry["data"]), "{sorry}");
    // The bot goes on answering.
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    assert!(cites_ferry(&fake.callback(&ix).await["data"]));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_are_embeds_with_linked_sources_and_a_footer() {
    let bot = start_bot(|_| {}).await;
    let fake = &bot.fake;
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    let cb = fake.callback(&ix).await;
    let e = embed(&cb["data"]);
    assert_eq!(e["title"], FERRY_QUESTION, "{cb}");
    assert_eq!(
        e["description"].as_str(),
        Some(bot.answer(&[FERRY_QUESTION]).body.trim_end())
    );
    assert_eq!(e["fields"][0]["name"], "Sources");
    let sources = e["fields"][0]["value"].as_str().unwrap();
    assert!(
        sources.contains(&format!(
            "[{FERRY_TITLE}](https://example.org/news/ferry-link) ¶"
        )),
        "{sources}"
    );
    let stats = bot.engine.stats().unwrap();
    assert_eq!(
        e["footer"]["text"],
        format!(
            "from 3 indexed articles · index built {}",
            &stats.built_at[..10]
        )
    );
    // Every limit, counted in code points as Discord counts.
    let len = |v: &Value| v.as_str().map_or(0, |s| s.chars().count());
    let fields = e["fields"].as_array().unwrap();
    assert!(len(&e["title"]) <= 256 && len(&e["description"]) <= 4096);
    assert!(fields.len() <= 25 && fields.iter().all(|f| len(&f["value"]) <= 1024));
    let total = len(&e["title"])
        + len(&e["description"])
        + len(&e["footer"]["text"])
        + fields
            .iter()
            .map(|f| len(&f["name"]) + len(&f["value"]))
            .sum::<usize>();
    assert!(total <= 6000, "{total}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_embed_links_answers_fall_back_to_plain_text() {
    let bot = start_bot(|_| {}).await;
    let fake = &bot.fake;
    fake.deny_embeds_in(CHANNEL_B);
    // /ask: the interaction's app_permissions lack Embed Links, so text at once.
    let ix = fake.slash(CHANNEL_B, &ines(), "ask", ask_options(FERRY_QUESTION));
    let cb = fake.callback(&ix).await;
    assert_eq!(content(&cb["data"]), bot.expected_text(&[FERRY_QUESTION]));
    assert!(embed(&cb["data"]).is_null(), "{cb}");
    assert!(cites_ferry(&cb["data"]), "{cb}");
    // A mention: the embed is refused (Missing Permissions), then sent once as text.
    let id = fake.message(
        CHANNEL_B,
        &kofi(),
        &format!("<@{BOT_ID}> {FERRY_QUESTION}"),
        true,
    );
    fake.wait_for("the text reply", |f| {
        (f.replies_to(id).len() >= 2).then_some(())
    })
    .await;
    let replies = fake.replies_to(id);
    assert_eq!(replies.len(), 2, "{replies:#?}");
    assert!(!embed(&replies[0]).is_null(), "the embed was tried first");
    assert!(embed(&replies[1]).is_null());
    assert_eq!(content(&replies[1]), bot.expected_text(&[FERRY_QUESTION]));
    // Where embeds are allowed, embeds.
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    assert_eq!(
        embed(&fake.callback(&ix).await["data"]),
        &bot.expected(&[FERRY_QUESTION])
    );
    bot.stop().await;
}

/// The custom id of the button labelled `label` in a message body; `None` without one.
fn button(message: &Value, label: &str) -> Option<String> {
    message["components"]
        .as_array()?
        .iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .find(|b| b["label"] == label)
        .and_then(|b| b["custom_id"].as_str().map(str::to_string))
}

/// Presses a button and returns (acknowledgement, first follow-up), checking that the
/// press was acknowledged before the follow-up was sent.
async fn press(fake: &FakeDiscord, channel: u64, id: &str, on: &Value) -> (Value, Value) {
    let ix = fake.press(channel, &ines(), id, on);
    let ack = fake.callback(&ix).await;
    let answer = fake.followup(&ix, 0).await;
    let ack_at = fake.request_index(
        "POST",
        &format!("/api/v10/interactions/{}/{}/callback", ix.id, ix.token),
    );
    let answer_at = fake.request_index("POST", &format!("/api/v10/webhooks/{APP_ID}/{}", ix.token));
    assert!(
        ack_at < answer_at,
        "acknowledged first: {ack_at:?} {answer_at:?}"
    );
    (ack, answer)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn earlier_meeting_and_sources_buttons_answer_and_move_the_context() {
    let bot = start_bot(|_| {}).await;
    let fake = &bot.fake;
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    let asked = fake.callback(&ix).await["data"].clone();
    let earlier_id = button(&asked, "Earlier meeting").expect("an Earlier meeting button");
    let sources_id = button(&asked, "Sources").expect("a Sources button");
    assert!(earlier_id.len() <= 100 && sources_id.len() <= 100);
    // Only the buttons that apply: no earlier meeting of Okafor and Ferreira is known, and
    // an answer that is not about a meeting gets none (though the channel remembers one).
    let lagos = "Who did Amara Okafor receive in Lagos?";
    let ix = fake.slash(CHANNEL_B, &ines(), "ask", ask_options(lagos));
    let other = fake.callback(&ix).await["data"].clone();
    assert!(button(&other, "Sources").is_some(), "{other}");
    assert_eq!(button(&other, "Earlier meeting"), None, "{other}");
    let rally = "What did the banner at the harbour workers rally demand?";
    let ix = fake.slash(CHANNEL_B, &ines(), "ask", ask_options(rally));
    let quoted = fake.callback(&ix).await["data"].clone();
    assert!(
        quoted["components"].as_array().is_none_or(Vec::is_empty),
        "{quoted}"
    );

    // Earlier meeting: acknowledged (type 6) before the answer, an embed of the meeting.
    let (ack, shown) = press(fake, CHANNEL_A, &earlier_id, &asked).await;
    assert_eq!(ack["type"], 6, "{ack}");
    let e = embed(&shown);
    assert!(
        e["title"]
            .as_str()
            .unwrap()
            .starts_with("Earlier meeting: "),
        "{shown}"
    );
    let description = e["description"].as_str().unwrap();
    assert!(
        description.contains("March 2021") && description.contains("Budapest"),
        "{description}"
    );
    assert!(!is_ephemeral(&shown));
    // The channel's conversation moved to it: "Where was that?" is about Budapest.
    let mut conv = bot.engine.conversation();
    bot.engine.ask(&mut conv, FERRY_QUESTION);
    let answered = bot.engine.conversation_meeting(&conv).unwrap();
    let before = bot.engine.earlier_meeting(&answered).unwrap();
    bot.engine.show_meeting(&mut conv, &before);
    let want = bot.engine.ask(&mut conv, "Where was that?");
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options("Where was that?"));
    let got = fake.callback(&ix).await;
    assert_eq!(
        embed(&got["data"])["description"].as_str(),
        Some(want.body.trim_end())
    );
    assert!(want.body.contains("Budapest"), "{}", want.body);

    // Sources: the evidence sentences, only for the one who pressed.
    let (ack, evidence) = press(fake, CHANNEL_A, &sources_id, &asked).await;
    assert_eq!(ack["type"], 6, "{ack}");
    assert!(is_ephemeral(&evidence), "{evidence}");
    let text = content(&evidence);
    assert!(text.starts_with("Evidence for the meeting of"), "{text}");
    assert!(text.contains("> ") && text.contains(FERRY_TITLE), "{text}");
    // It showed the Bergen meeting: the conversation is back on it.
    bot.engine.show_meeting(&mut conv, &answered);
    let want = bot.engine.ask(&mut conv, "Where was that?");
    assert!(want.body.contains("Bergen"), "{}", want.body);
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options("Where was that?"));
    let got = fake.callback(&ix).await;
    assert_eq!(
        embed(&got["data"])["description"].as_str(),
        Some(want.body.trim_end())
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn buttons_from_an_older_generation_work_or_say_the_index_changed() {
    let bot = start_bot(|d| d.rate_limit_per_minute = 3).await;
    let fake = &bot.fake;
    let ix = fake.slash(CHANNEL_A, &ines(), "ask", ask_options(FERRY_QUESTION));
    let asked = fake.callback(&ix).await["data"].clone();
    let earlier_id = button(&asked, "Earlier meeting").expect("an Earlier meeting button");
    // A new generation with the same articles: the meeting is found again by its key.
    let before = bot.generation();
    let e = Arc::clone(&bot.engine);
    tokio::task::spawn_blocking(move || crate::common::reindex(&e))
        .await
        .unwrap()
        .unwrap();
    assert_ne!(bot.generation(), before);
    let (_, shown) = press(fake, CHANNEL_A, &earlier_id, &asked).await;
    assert!(
        embed(&shown)["description"]
            .as_str()
            .unwrap()
            .contains("Budapest"),
        "{shown}"
    );
    // Without the ferry article the meeting is gone: the press says so, privately.
    std::fs::remove_file(bot.corpus_dir.join("ferry-link.txt")).unwrap();
    let e = Arc::clone(&bot.engine);
    tokio::task::spawn_blocking(move || crate::common::reindex(&e))
        .await
        .unwrap()
        .unwrap();
    let (_, gone) = press(fake, CHANNEL_A, &earlier_id, &asked).await;
    assert_eq!(content(&gone), attache::testing::INDEX_CHANGED);
    assert!(is_ephemeral(&gone));
    // Presses count against the rate limit (1 question + 2 presses = 3): acknowledged, then
    // a private note.
    let (ack, limited) = press(fake, CHANNEL_A, &earlier_id, &asked).await;
    assert_eq!(ack["type"], 6);
    assert!(content(&limited).contains("try again in"), "{limited}");
    assert!(is_ephemeral(&limited));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_meeting_lists_page_with_a_next_page_button() {
    let tuning = ServeOptions {
        meetings_per_page: 1,
        ..ServeOptions::default()
    };
    let bot = start_bot_with(|_| {}, tuning).await;
    let fake = &bot.fake;
    let solberg = bot
        .engine
        .find_person("Ingrid Solberg")
        .expect("Ingrid Solberg");
    let total = bot.engine.meetings_of(std::slice::from_ref(&solberg)).len();
    assert!(total >= 2, "the corpus gives her {total} meetings");
    let person = json!([{"name": "person", "type": 3, "value": "Ingrid Solberg"}]);
    let ix = fake.slash(CHANNEL_A, &ines(), "meetings", person);
    let first = fake.callback(&ix).await["data"].clone();
    assert_eq!(
        listed(&first),
        meetings_text(&bot.engine, "Ingrid Solberg", 1)
    );
    assert!(listed(&first).contains(&format!("({total}), in date order; 1 to 1:")));
    let next = button(&first, &format!("Next page (2 of {total})")).expect("Next page");

    // Pressed: acknowledged, then the message shows page 2 in place of page 1.
    let press = fake.press(CHANNEL_A, &ines(), &next, &first);
    let ack = fake.callback(&press).await;
    assert_eq!(ack["type"], 6, "{ack}");
    let edit_path = format!(
        "/api/v10/webhooks/{APP_ID}/{}/messages/@original",
        press.token
    );
    let page = fake
        .wait_for("the page-2 edit", |f| {
            f.requests()
                .into_iter()
                .find(|r| r.method == "PATCH" && r.path == edit_path)
                .map(|r| r.body)
        })
        .await;
    let ack_at = fake.request_index(
        "POST",
        &format!(
            "/api/v10/interactions/{}/{}/callback",
            press.id, press.token
        ),
    );
    assert!(ack_at < fake.request_index("PATCH", &edit_path));
    let text = listed(&page);
    assert!(text.starts_with("Meetings of Ingrid Solberg"), "{text}");
    assert!(text.contains("2 to 2:"), "{text}");
    assert_ne!(text, listed(&first));
    let more = button(&page, &format!("Next page (3 of {total})"));
    assert_eq!(more.is_some(), total > 2, "{page}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn meetings_attach_a_timeline_png_with_its_facts_as_text() {
    let bot = start_bot(|_| {}).await;
    let fake = &bot.fake;
    let solberg = bot
        .engine
        .find_person("Ingrid Solberg")
        .expect("Ingrid Solberg");
    let theirs = bot.engine.meetings_of(std::slice::from_ref(&solberg));
    assert!(theirs.len() >= 2, "{theirs:?}");
    let person = json!([{"name": "person", "type": 3, "value": "Ingrid Solberg"}]);
    let ix = fake.slash(CHANNEL_A, &ines(), "meetings", person);
    let path = format!("/api/v10/interactions/{}/{}/callback", ix.id, ix.token);
    fake.callback(&ix).await;
    let sent = fake
        .requests()
        .into_iter()
        .find(|r| r.method == "POST" && r.path == path)
        .unwrap();
    // The multipart upload: the message as payload_json, the PNG as files[0].
    let data = &sent.body["data"];
    let e = embed(data);
    assert_eq!(e["image"]["url"], "attachment://timeline.png", "{data}");
    assert_eq!(
        e["description"].as_str(),
        Some(meetings_text(&bot.engine, "Ingrid Solberg", 10).as_str())
    );
    assert_eq!(sent.files.len(), 1, "{sent:?}");
    let file = &sent.files[0];
    assert_eq!(
        (file.field.as_str(), file.filename.as_str()),
        ("files[0]", "timeline.png")
    );
    let decoder = png::Decoder::new(std::io::Cursor::new(file.bytes.clone()));
    let info = decoder
        .read_info()
        .expect("the upload is a PNG")
        .info()
        .clone();
    let dated = theirs
        .iter()
        .filter(|f| f.date.is_some_and(|d| d.year.is_some()))
        .count();
    let size = attache::testing::timeline_size(dated, theirs.len() - dated);
    assert_eq!((info.width, info.height), size);

    // Someone with one meeting gets the text alone.
    std::fs::write(
        bot.corpus_dir.join("lima.txt"),
        "---\ntitle: Ibarra and Salas meet in Lima\n---\n\
Chilean Mining Minister Rosa Ibarra met Peruvian Energy Minister Diego Salas in Lima on \
5 May 2022. They discussed a power line across the border.\n",
    )
    .unwrap();
    let e = Arc::clone(&bot.engine);
    tokio::task::spawn_blocking(move || crate::common::reindex(&e))
        .await
        .unwrap()
        .unwrap();
    let ibarra = bot.engine.find_person("Rosa Ibarra").expect("Rosa Ibarra");
    assert_eq!(
        bot.engine.meetings_of(std::slice::from_ref(&ibarra)).len(),
        1
    );
    let person = json!([{"name": "person", "type": 3, "value": "Rosa Ibarra"}]);
    let ix = fake.slash(CHANNEL_A, &ines(), "meetings", person);
    let cb = fake.callback(&ix).await;
    assert_eq!(
        content(&cb["data"]),
        meetings_text(&bot.engine, "Rosa Ibarra", 10)
    );
    assert!(embed(&cb["data"]).is_null(), "{cb}");
    let path = format!("/api/v10/interactions/{}/{}/callback", ix.id, ix.token);
    let req = fake
        .requests()
        .into_iter()
        .find(|r| r.path == path)
        .unwrap();
    assert!(req.files.is_empty());
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
