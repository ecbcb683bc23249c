//! Growing the corpus while the bot runs: adding one article from a file, an attachment or
//! a URL ([`add`]), downloaded within `[fetch]`'s limits ([`fetch`]).

pub(crate) mod add;
pub(crate) mod fetch;
