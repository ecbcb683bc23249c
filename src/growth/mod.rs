//! Growing the corpus while the bot runs: adding one article from a file, an attachment or
//! a URL ([`add`]), downloaded within `[fetch]`'s limits ([`fetch`]), and from the feeds it
//! follows ([`feeds`]).

pub(crate) mod add;
pub(crate) mod feeds;
pub(crate) mod fetch;
