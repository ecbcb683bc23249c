//! Progress reporting for long work (reindexing), independent of how it is shown: the CLI
//! draws a bar on a terminal, the Discord shell logs, tests count.

/// A stage of a reindex.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading and cleaning files; the total is the number of files.
    Ingest,
    /// Extracting meeting facts; the total is the number of articles.
    Extract,
    /// Writing the index; the total is the number of articles.
    Index,
}

impl Stage {
    /// A short label for displays.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Ingest => "reading",
            Stage::Extract => "extracting facts",
            Stage::Index => "indexing",
        }
    }
}

/// Receives progress events. Every method has a no-op default.
pub trait Progress: Sync {
    /// A stage begins with `total` units of work.
    fn start(&self, _stage: Stage, _total: u64) {}
    /// `n` more units are done.
    fn advance(&self, _n: u64) {}
    /// The current stage is done.
    fn finish(&self) {}
}

/// Progress that goes nowhere.
pub struct NoProgress;

impl Progress for NoProgress {}
