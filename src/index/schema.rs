//! The tantivy schema: one document per paragraph.

use tantivy::schema::{
    DateOptions, Field, IndexRecordOption, NumericOptions, STORED, STRING, Schema,
    TextFieldIndexing, TextOptions,
};

/// Tokenizer of the text fields: tantivy's English stemmer pipeline.
pub(crate) const TOKENIZER: &str = "en_stem";

/// Handles to the schema's fields.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    /// Article id (exact).
    pub(crate) article: Field,
    /// Article title (analysed, stored).
    pub(crate) title: Field,
    /// Article URL (stored only).
    pub(crate) url: Field,
    /// Publication date (fast, stored) when known.
    pub(crate) published: Field,
    /// 1-based paragraph number (fast, stored).
    pub(crate) paragraph: Field,
    /// Paragraph text (analysed with stemming, stored).
    pub(crate) text: Field,
    /// A wire story's dateline ("STOCKHOLM, June 19 -"; analysed, stored), on every
    /// paragraph of its article: where the story was filed, which its sentences seldom
    /// repeat. `None` in an index made before the field existed.
    pub(crate) dateline: Option<Field>,
    // Which facts a paragraph is evidence for is not stored: it is read from the
    // generation's facts (an incremental build keeps paragraphs across merges of facts).
}

/// Builds the schema and returns it with its fields.
pub(crate) fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let analysed = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TOKENIZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let fields = Fields {
        article: b.add_text_field("article", STRING | STORED),
        title: b.add_text_field("title", analysed.clone()),
        url: b.add_text_field("url", STORED),
        published: b.add_date_field(
            "published",
            DateOptions::default().set_fast().set_stored().set_indexed(),
        ),
        paragraph: b.add_u64_field(
            "paragraph",
            NumericOptions::default().set_fast().set_stored(),
        ),
        text: b.add_text_field("text", analysed.clone()),
        dateline: Some(b.add_text_field("dateline", analysed)),
    };
    (b.build(), fields)
}

/// Looks the fields up in an existing index's schema.
pub(crate) fn fields_of(schema: &Schema) -> tantivy::Result<Fields> {
    let f = |name: &str| schema.get_field(name);
    Ok(Fields {
        article: f("article")?,
        title: f("title")?,
        url: f("url")?,
        published: f("published")?,
        paragraph: f("paragraph")?,
        text: f("text")?,
        dateline: f("dateline").ok(),
    })
}
