//! A meter of the text extraction reads, kept in tests only (a no-op otherwise): the
//! tokens, dates, sentences and bytes the steps that once read more than their share look
//! at. A test builds an article twice as long and checks that the count about doubles:
//! work growing with the square of an article or of a sentence is caught by counting,
//! never by timing.

#[cfg(test)]
thread_local! {
    static READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts `units` read by the current step.
#[inline]
pub(crate) fn read(units: usize) {
    #[cfg(test)]
    READ.with(|r| r.set(r.get() + units));
    #[cfg(not(test))]
    let _ = units;
}

/// The units counted on this thread since the last call (none outside tests).
pub(crate) fn take() -> usize {
    #[cfg(test)]
    return READ.with(|r| r.replace(0));
    #[cfg(not(test))]
    0
}
