//! The one folding filter of the crate: Latin diacritics to ASCII, typographic quotes and
//! dashes to their plain forms. Extraction keys, question matching and person look-up all
//! compare text through it, so "Erdoğan", "Erdogan" and "ERDOĞAN" meet.

/// Folds common Latin diacritics and typographic punctuation, keeping case ("Kılıç" ->
/// "Kilic", "Inácio" -> "Inacio", "’" -> "'", "“" -> "\"", "–" -> "-").
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if is_mark(c) {
            continue;
        } else if let Some(r) = fold_char(c) {
            out.push_str(r);
        } else {
            out.push(c);
        }
    }
    out
}

/// [`fold`], then lower case ("Gökçen Şahin" -> "gokcen sahin").
pub fn fold_lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if is_mark(c) {
            continue;
        } else if let Some(r) = fold_char(c) {
            out.extend(r.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Combining marks (decomposed diacritics), dropped by folding.
pub(crate) fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// The ASCII form of one non-ASCII character, when folding changes it.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'ç' | 'ć' | 'č' | 'ĉ' => "c",
        'Ç' | 'Ć' | 'Č' | 'Ĉ' => "C",
        'ď' | 'đ' => "d",
        'Ď' | 'Đ' => "D",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "E",
        'ğ' | 'ģ' => "g",
        'Ğ' | 'Ģ' => "G",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => "I",
        'ł' | 'ľ' | 'ĺ' => "l",
        'Ł' | 'Ľ' | 'Ĺ' => "L",
        'ñ' | 'ń' | 'ň' => "n",
        'Ñ' | 'Ń' | 'Ň' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
        'ř' => "r",
        'Ř' => "R",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
        'ť' | 'ţ' | 'ț' => "t",
        'Ť' | 'Ţ' | 'Ț' => "T",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ź' | 'ż' | 'ž' => "z",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ß' => "ss",
        'æ' => "ae",
        'Æ' => "AE",
        '’' | '‘' | '`' => "'",
        '“' | '”' => "\"",
        '‑' | '–' => "-",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics_keeping_case() {
        assert_eq!(fold("Recep Öztürk Kılıç"), "Recep Ozturk Kilic");
        assert_eq!(fold("Inácio"), "Inacio");
        assert_eq!(fold("e\u{301}te\u{301}"), "ete");
        assert_eq!(fold("Vela’s “view” – 2024"), "Vela's \"view\" - 2024");
        // Scripts without a Latin form are kept as they are.
        assert_eq!(fold("東京 Ελλάδα"), "東京 Ελλάδα");
    }

    #[test]
    fn fold_lower_is_fold_then_lower_case() {
        assert_eq!(fold_lower("Gökçen Şahin"), "gokcen sahin");
        assert_eq!(fold_lower("İSTANBUL"), "istanbul");
        assert_eq!(fold_lower("ΑΘΗΝΑ"), "αθηνα");
        for s in ["Æther Ōsaka", "MÜNCHEN", "Łódź"] {
            assert_eq!(fold_lower(s), fold(s).to_lowercase());
        }
    }
}
