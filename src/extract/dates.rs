//! Dates in news text: absolute, weekday-anchored and relative dates, with their precision,
//! resolved against the article's own date (never today's).
