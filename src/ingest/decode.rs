//! Bytes to text: UTF-8 (BOM stripped), UTF-16 with a BOM, and a Latin-1 fallback for bytes
//! that are not valid UTF-8 (0x80-0x9F read as Windows-1252, which is what such files almost
//! always are). Also tells binary files from text.

/// How the bytes were decoded, when it was not plain UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Fallback {
    /// Not valid UTF-8; decoded byte by byte. Holds the offset of the first bad byte.
    Latin1 { first_bad_byte: usize },
    /// A UTF-16 byte-order mark was found.
    Utf16,
}

/// Why bytes were not decoded at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NotText {
    /// NUL bytes or mostly control bytes.
    Binary,
}

/// Decodes a file's bytes. Returns the text and, when it was not plain UTF-8, how it was
/// decoded (for a notice).
pub(crate) fn decode(bytes: &[u8]) -> Result<(String, Option<Fallback>), NotText> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok((utf16(rest, u16::from_le_bytes), Some(Fallback::Utf16)));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok((utf16(rest, u16::from_be_bytes), Some(Fallback::Utf16)));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if looks_binary(bytes) {
        return Err(NotText::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(e) => Ok((
            latin1(bytes),
            Some(Fallback::Latin1 {
                first_bad_byte: e.valid_up_to(),
            }),
        )),
    }
}

fn utf16(bytes: &[u8], from: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| from([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Bytes looked at to tell text from binary: enough for any file format's header and a few
/// lines of text, without scanning a whole large file.
const SNIFF_BYTES: usize = 8192;

/// Share of control bytes (in percent) above which a file is binary: text in any encoding
/// has almost none, while images and archives are full of them.
const MAX_CONTROL_PERCENT: usize = 10;

/// True when the first 8 KiB hold a NUL byte or more than 10% control bytes (other than
/// tab, newline, form feed and carriage return).
pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
        .count();
    controls * 100 > sample.len() * MAX_CONTROL_PERCENT
}

/// Windows-1252 for 0x80-0x9F (undefined bytes stay C1 controls, which cleaning removes);
/// Latin-1 elsewhere.
fn latin1(bytes: &[u8]) -> String {
    const CP1252: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through_without_bom() {
        let (s, fb) = decode("\u{FEFF}café".as_bytes()).expect("text");
        assert_eq!(s, "café");
        assert_eq!(fb, None);
    }

    #[test]
    fn invalid_utf8_falls_back_to_latin1() {
        let (s, fb) = decode(b"a \xA315.8m fee \x93quoted\x94").expect("text");
        assert_eq!(s, "a £15.8m fee “quoted”");
        assert_eq!(fb, Some(Fallback::Latin1 { first_bad_byte: 2 }));
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Oslo".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(
            decode(&bytes),
            Ok(("Oslo".to_string(), Some(Fallback::Utf16)))
        );
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Err(NotText::Binary));
        let controls: Vec<u8> = (0..100u8)
            .map(|i| if i % 3 == 0 { 0x01 } else { b'a' })
            .collect();
        assert_eq!(decode(&controls), Err(NotText::Binary));
        assert!(!looks_binary(b"plain text\twith tabs\r\n"));
    }
}
