//! The timeline picture of one person's meetings, as a PNG: a time axis with a year grid, one
//! row and one mark per dated meeting (coloured by channel: in person or at a distance; filled
//! when held, a ring when not), labelled with its date, the other participants and the place,
//! and the undated meetings listed beside it. Drawn in memory with the font embedded in the
//! binary (DejaVu Sans, `assets/fonts/`), so it needs no display and no system fonts. Both
//! shells use it (`attache meetings NAME --png FILE`, `/meetings` on Discord).

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, PxScale, ScaleFont, point};
use anyhow::{Context as _, Result};

use crate::model::{FactStore, FuzzyDate, MeetingFact};

/// DejaVu Sans (Bitstream Vera licence, `assets/fonts/DejaVuSans-LICENSE.txt`): wide Unicode
/// coverage for names from any country.
static FONT_BYTES: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

/// Width of the dated part, in pixels: wide enough for a decade and long labels.
const DATED_WIDTH: u32 = 960;
/// Width of the panel of undated meetings, when there are any.
const UNDATED_WIDTH: u32 = 320;
/// Height above the first row: title, legend and the axis with its year labels.
const TOP: u32 = 100;
/// Height of one row (one meeting).
const ROW: u32 = 24;
/// Margin below the last row.
const BOTTOM: u32 = 20;
/// Left and right margins of the time axis.
const MARGIN: f32 = 30.0;
/// Most rows drawn per part; the rest is counted in a last row ("… and N more").
pub const MAX_ROWS: usize = 40;
/// Radius of a mark.
const MARK: f32 = 6.0;

type Rgb = [u8; 3];
const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [30, 30, 30];
const GRID: Rgb = [225, 225, 225];
/// In person: blue; at a distance (phone, video, letters): orange.
const IN_PERSON: Rgb = [37, 99, 235];
const REMOTE: Rgb = [234, 88, 12];

/// One meeting as the picture shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub date: Option<FuzzyDate>,
    /// "13 April 2023 · Tomas Varga, Bergen, Norway".
    pub label: String,
    /// Phone, video or letters rather than in person.
    pub remote: bool,
    /// It took place (else planned, postponed, ...).
    pub held: bool,
}

/// The marks of `meetings` (in date order, as the engine gives them) seen from `people`
/// (person keys): each labelled with its date, the other participants and the place.
pub fn marks_of(facts: &FactStore, people: &[String], meetings: &[MeetingFact]) -> Vec<Mark> {
    meetings
        .iter()
        .map(|f| {
            let others: Vec<&str> = f
                .participants
                .iter()
                .filter(|k| !people.contains(k))
                .map(|k| facts.name(k))
                .collect();
            let date = f.date.filter(|d| d.year.is_some());
            let mut label = date.map_or_else(String::new, |d| format!("{} · ", d.human()));
            label.push_str(&if others.is_empty() {
                "no one named".to_string()
            } else {
                others.join(", ")
            });
            if let Some(place) = &f.place {
                label.push_str(&format!(", {place}"));
            }
            if !f.status.is_held() {
                label.push_str(&format!(" ({})", f.status.describe()));
            }
            Mark {
                date,
                label,
                remote: f.channel.is_remote(),
                held: f.status.is_held(),
            }
        })
        .collect()
}

/// Rows a part of `n` marks takes: at most [`MAX_ROWS`], plus one for "… and N more".
fn rows(n: usize) -> usize {
    n.min(MAX_ROWS) + usize::from(n > MAX_ROWS)
}

/// The size of the picture of `dated` and `undated` meetings, (width, height) in pixels.
pub fn timeline_size(dated: usize, undated: usize) -> (u32, u32) {
    let width = DATED_WIDTH + if undated > 0 { UNDATED_WIDTH } else { 0 };
    let undated_rows = if undated > 0 { rows(undated) + 1 } else { 0 };
    let n = rows(dated).max(undated_rows).max(1);
    (width, TOP + n as u32 * ROW + BOTTOM)
}

/// The PNG of `marks` under `title`.
pub fn timeline_png(title: &str, marks: &[Mark]) -> Result<Vec<u8>> {
    let dated: Vec<&Mark> = marks.iter().filter(|m| m.date.is_some()).collect();
    let undated: Vec<&Mark> = marks.iter().filter(|m| m.date.is_none()).collect();
    let (w, h) = timeline_size(dated.len(), undated.len());
    let mut c = Canvas::new(w, h);
    c.text(MARGIN, 30.0, 20.0, INK, title);
    legend(&mut c);
    draw_dated(&mut c, &dated);
    if !undated.is_empty() {
        draw_undated(&mut c, &undated);
    }
    c.png()
}

/// Colour and fill of each kind of mark, top right.
fn legend(c: &mut Canvas) {
    let y = 54.0;
    let mut x = MARGIN;
    for (label, colour, held) in [
        ("in person", IN_PERSON, true),
        ("call or letter", REMOTE, true),
        ("not held (planned, ...)", INK, false),
    ] {
        c.mark(x + MARK, y - 4.0, colour, held);
        x += 2.0 * MARK + 6.0;
        x += c.text(x, y, 13.0, INK, label) + 24.0;
    }
}

/// Fractional years of a date: 2023.25 for April 2023 (unknown month or day: its start).
fn years(d: &FuzzyDate) -> f32 {
    let year = f32::from(d.year.unwrap_or(0));
    let month = d.month.map_or(0.0, |m| f32::from(m - 1)) / 12.0;
    let day = d.day.map_or(0.0, |d| f32::from(d - 1)) / 372.0;
    year + month + day
}

/// The year grid and one row per dated meeting.
fn draw_dated(c: &mut Canvas, dated: &[&Mark]) {
    let axis_y = TOP as f32 - 12.0;
    let right = DATED_WIDTH as f32 - MARGIN;
    c.hline(MARGIN, right, axis_y, INK);
    let times: Vec<f32> = dated
        .iter()
        .filter_map(|m| m.date.as_ref())
        .map(years)
        .collect();
    let (lo, hi) = span(&times);
    let x_of = |t: f32| MARGIN + (t - lo) / (hi - lo) * (right - MARGIN);
    let step = ((hi - lo) / 10.0).ceil().max(1.0) as i32;
    let mut year = lo as i32;
    while year as f32 <= hi {
        let x = x_of(year as f32);
        c.vline(x, axis_y + 1.0, c.h as f32 - BOTTOM as f32, GRID);
        c.vline(x, axis_y - 5.0, axis_y, INK);
        let label = year.to_string();
        if x + 3.0 + c.text_width(12.0, &label) <= DATED_WIDTH as f32 {
            c.text(x + 3.0, axis_y - 6.0, 12.0, INK, &label);
        }
        year += step;
    }
    for (i, (m, t)) in dated.iter().zip(&times).take(MAX_ROWS).enumerate() {
        let y = TOP as f32 + i as f32 * ROW as f32 + ROW as f32 / 2.0;
        let x = x_of(*t);
        c.mark(x, y, colour(m), m.held);
        let size = 13.0;
        let width = c.text_width(size, &m.label);
        let label_x = if x + 12.0 + width <= DATED_WIDTH as f32 - 4.0 {
            x + 12.0
        } else {
            (x - 12.0 - width).max(4.0)
        };
        c.text(label_x, y + 5.0, size, INK, &m.label);
    }
    if dated.len() > MAX_ROWS {
        let y = TOP as f32 + MAX_ROWS as f32 * ROW as f32 + ROW as f32 / 2.0 + 5.0;
        let more = format!("… and {} more", dated.len() - MAX_ROWS);
        c.text(MARGIN, y, 13.0, INK, &more);
    }
}

/// The time span drawn: whole years around `times`, at least one.
fn span(times: &[f32]) -> (f32, f32) {
    let lo = times.iter().copied().fold(f32::INFINITY, f32::min);
    let hi = times.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    if !lo.is_finite() {
        return (2000.0, 2001.0);
    }
    let lo = lo.floor();
    (lo, (hi.floor() + 1.0).max(lo + 1.0))
}

fn colour(m: &Mark) -> Rgb {
    if m.remote { REMOTE } else { IN_PERSON }
}

/// The panel of undated meetings, right of the axis.
fn draw_undated(c: &mut Canvas, undated: &[&Mark]) {
    let x0 = DATED_WIDTH as f32;
    c.vline(x0, 70.0, c.h as f32 - BOTTOM as f32, GRID);
    c.text(x0 + 12.0, TOP as f32 - 8.0, 14.0, INK, "Date not stated:");
    let room = UNDATED_WIDTH as f32 - 44.0;
    for (i, m) in undated.iter().take(MAX_ROWS).enumerate() {
        let y = TOP as f32 + i as f32 * ROW as f32 + ROW as f32 / 2.0;
        c.mark(x0 + 20.0, y, colour(m), m.held);
        let label = c.fit(13.0, &m.label, room);
        c.text(x0 + 32.0, y + 5.0, 13.0, INK, &label);
    }
    if undated.len() > MAX_ROWS {
        let y = TOP as f32 + MAX_ROWS as f32 * ROW as f32 + ROW as f32 / 2.0 + 5.0;
        let more = format!("… and {} more", undated.len() - MAX_ROWS);
        c.text(x0 + 12.0, y, 13.0, INK, &more);
    }
}

fn font() -> &'static FontRef<'static> {
    static FONT: OnceLock<FontRef<'static>> = OnceLock::new();
    FONT.get_or_init(|| FontRef::try_from_slice(FONT_BYTES).expect("the embedded font parses"))
}

/// An RGB picture in memory.
struct Canvas {
    w: u32,
    h: u32,
    px: Vec<u8>,
}

impl Canvas {
    fn new(w: u32, h: u32) -> Canvas {
        Canvas {
            w,
            h,
            px: WHITE.repeat((w * h) as usize),
        }
    }

    /// Mixes `colour` into the pixel at (x, y) by `alpha` (0 to 1); outside: nothing.
    fn blend(&mut self, x: i32, y: i32, colour: Rgb, alpha: f32) {
        if x < 0 || y < 0 || x >= self.w as i32 || y >= self.h as i32 {
            return;
        }
        let i = (y as usize * self.w as usize + x as usize) * 3;
        let a = alpha.clamp(0.0, 1.0);
        for (k, c) in colour.iter().enumerate() {
            let old = f32::from(self.px[i + k]);
            self.px[i + k] = (old + (f32::from(*c) - old) * a).round() as u8;
        }
    }

    fn hline(&mut self, x0: f32, x1: f32, y: f32, colour: Rgb) {
        for x in x0 as i32..=x1 as i32 {
            self.blend(x, y as i32, colour, 1.0);
        }
    }

    fn vline(&mut self, x: f32, y0: f32, y1: f32, colour: Rgb) {
        for y in y0 as i32..=y1 as i32 {
            self.blend(x as i32, y, colour, 1.0);
        }
    }

    /// A disc (`filled`) or a ring of radius [`MARK`] centred on (cx, cy), anti-aliased.
    fn mark(&mut self, cx: f32, cy: f32, colour: Rgb, filled: bool) {
        let r = MARK;
        for y in (cy - r - 1.0) as i32..=(cy + r + 1.0) as i32 {
            for x in (cx - r - 1.0) as i32..=(cx + r + 1.0) as i32 {
                let d = ((x as f32 - cx).powi(2) + (y as f32 - cy).powi(2)).sqrt();
                let outer = (r + 0.5 - d).clamp(0.0, 1.0);
                let inner = if filled {
                    0.0
                } else {
                    (r - 2.0 + 0.5 - d).clamp(0.0, 1.0)
                };
                self.blend(x, y, colour, outer - inner);
            }
        }
    }

    /// Draws `text` from x with its baseline at `baseline`; returns its width.
    fn text(&mut self, x: f32, baseline: f32, size: f32, colour: Rgb, text: &str) -> f32 {
        let font = font();
        let scale = PxScale::from(size);
        let scaled = font.as_scaled(scale);
        let mut caret = x;
        let mut prev = None;
        for ch in text.chars() {
            let id = font.glyph_id(ch);
            if let Some(p) = prev {
                caret += scaled.kern(p, id);
            }
            let glyph = id.with_scale_and_position(scale, point(caret, baseline));
            caret += scaled.h_advance(id);
            prev = Some(id);
            if let Some(outlined) = font.outline_glyph(glyph) {
                let b = outlined.px_bounds();
                outlined.draw(|gx, gy, cover| {
                    self.blend(
                        b.min.x as i32 + gx as i32,
                        b.min.y as i32 + gy as i32,
                        colour,
                        cover,
                    )
                });
            }
        }
        caret - x
    }

    fn text_width(&self, size: f32, text: &str) -> f32 {
        let scaled = font().as_scaled(PxScale::from(size));
        text.chars()
            .map(|c| scaled.h_advance(font().glyph_id(c)))
            .sum()
    }

    /// `text` cut at a character with "…" to fit `room` pixels.
    fn fit(&self, size: f32, text: &str, room: f32) -> String {
        if self.text_width(size, text) <= room {
            return text.to_string();
        }
        let mut out: String = text.to_string();
        while !out.is_empty() && self.text_width(size, &format!("{out}…")) > room {
            out.pop();
        }
        format!("{}…", out.trim_end())
    }

    fn png(&self) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, self.w, self.h);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().context("writing the PNG header")?;
        writer
            .write_image_data(&self.px)
            .context("writing the PNG pixels")?;
        writer.finish().context("finishing the PNG")?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(date: Option<FuzzyDate>, remote: bool, held: bool) -> Mark {
        Mark {
            date,
            label: "Tomas Varga, Bergen".into(),
            remote,
            held,
        }
    }

    fn decode(png_bytes: &[u8]) -> (u32, u32, Vec<u8>) {
        let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
        let mut reader = decoder.read_info().expect("a PNG");
        let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
        let info = reader.next_frame(&mut buf).expect("a frame");
        buf.truncate(info.buffer_size());
        (info.width, info.height, buf)
    }

    #[test]
    fn the_picture_has_its_size_marks_in_both_colours_and_text() {
        let marks = vec![
            mark(Some(FuzzyDate::year(2019)), false, true),
            mark(Some(FuzzyDate::month(2023, 4)), true, true),
            mark(Some(FuzzyDate::year(2024)), false, false),
            mark(None, false, true),
        ];
        let png_bytes = timeline_png("Meetings of Ingrid Solberg", &marks).unwrap();
        let (w, h, px) = decode(&png_bytes);
        assert_eq!((w, h), timeline_size(3, 1));
        assert_eq!(w, DATED_WIDTH + UNDATED_WIDTH);
        let has = |c: Rgb| px.chunks(3).any(|p| p == c);
        assert!(has(IN_PERSON) && has(REMOTE) && has(INK));
        // Text was drawn: many dark pixels in the title's band.
        let dark = px[..(w * 40 * 3) as usize]
            .chunks(3)
            .filter(|p| p[0] < 100)
            .count();
        assert!(dark > 200, "{dark}");
    }

    #[test]
    fn long_lists_are_capped_with_a_count() {
        let marks: Vec<Mark> = (0..100)
            .map(|i| mark(Some(FuzzyDate::year(1950 + i)), i % 2 == 0, true))
            .collect();
        let (w, h, _) = decode(&timeline_png("Many", &marks).unwrap());
        assert_eq!(
            (w, h),
            (DATED_WIDTH, TOP + (MAX_ROWS as u32 + 1) * ROW + BOTTOM)
        );
        let (_, h, _) = decode(&timeline_png("None", &[]).unwrap());
        assert_eq!(h, TOP + ROW + BOTTOM);
    }
}
