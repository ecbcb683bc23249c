//! Shard ranges across processes: which gateway shards this process connects
//! (`discord.shard_count` and `discord.shard_range`, or autosharded), and whether it is the
//! process of shard 0, the one that registers the commands. Conversations (per channel) and
//! rate limits (per guild and user, per user in direct messages) stay within one process
//! because a guild lives on one shard and direct messages arrive on shard 0.

use poise::serenity_prelude as serenity;

use crate::config::Sharding;

/// Connects this process's shards and runs until they stop.
pub(crate) async fn start(
    client: &mut serenity::Client,
    sharding: Sharding,
) -> serenity::Result<()> {
    match sharding {
        Sharding::Auto => client.start_autosharded().await,
        Sharding::Range { first, last, count } => {
            tracing::info!(
                first,
                last,
                count,
                "connecting shards {first} to {last} of {count}"
            );
            // serenity reads the range's end as the last shard (inclusive).
            client.start_shard_range(first..last, count).await
        }
    }
}
