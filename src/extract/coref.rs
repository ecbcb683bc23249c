//! Who is who inside one article: the article's people (entities), matching of name forms
//! ("Tomas Berg" = "Berg" = "Tomas", "Park Min-jun" = "Park Min Jun"), descriptions
//! resolved by country and office ("the Indian minister", "his Chinese counterpart", with
//! "then-" holders kept apart from current ones) and unnamed counterparts
//! ("defence-minister@malaysia").

mod names;

pub(crate) use names::signature;

use crate::extract::people::{Analysis, RefKind, RoleClass, role_class};
use crate::extract::text::{loose, name_tokens};
use crate::lexicon::lists::{COUNTRIES_WITH_THE, HONORIFICS};

/// One person of an article.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Entity {
    /// Fullest name seen, or "the Defence Minister of Malaysia" for an unnamed one.
    pub(crate) name: String,
    /// Folded lower-case name tokens (empty for unnamed people).
    pub(crate) tokens: Vec<String>,
    pub(crate) roles: Vec<String>,
    pub(crate) country: Option<String>,
    /// Introduced as "then-"/"former" holder of the role.
    pub(crate) then: bool,
    /// Known only by office and country.
    pub(crate) unnamed: bool,
    /// Other name forms seen.
    pub(crate) aliases: Vec<String>,
    /// Office class, also inherited from a counterpart.
    pub(crate) class: Option<RoleClass>,
    /// Sentence where the entity was last mentioned.
    pub(crate) last_seen: usize,
    /// Sentence where the entity was first named.
    pub(crate) first_seen: usize,
}

impl Entity {
    /// Stable key: the folded full name, or "role@country" for unnamed people.
    pub(crate) fn key(&self) -> String {
        if self.unnamed {
            let role = self
                .roles
                .first()
                .map_or("counterpart".to_string(), |r| loose(r).replace(' ', "-"));
            format!(
                "{role}@{}",
                loose(self.country.as_deref().unwrap_or("unknown")).replace(' ', "-")
            )
        } else {
            self.tokens.join(" ")
        }
    }
}

/// True when two name forms can be the same person: equal, one a single word of the
/// other, or one a run of the other's words ("Vela da Costa" in "Ana Maria Vela da
/// Costa").
pub(crate) fn names_compatible(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() == 1 {
        return long.contains(&short[0]);
    }
    if long.windows(short.len()).any(|w| w == short) {
        return true;
    }
    // Middle initials do not make another person: "Jane Q Doe" = "Jane Doe".
    let full: Vec<&String> = long.iter().filter(|t| t.chars().count() > 1).collect();
    let part: Vec<&String> = short.iter().filter(|t| t.chars().count() > 1).collect();
    part.len() >= 2 && part.len() < full.len() + 1 && full.windows(part.len()).any(|w| w == part)
}

/// The people of one article.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub(crate) struct Entities {
    pub(crate) list: Vec<Entity>,
    /// The list's names by their words, so a new name is compared only with the entities
    /// it may be compatible with (rebuilt when needed: not stored with the facts).
    #[serde(skip)]
    names: names::NameIndex,
}

impl Entities {
    /// Every named person of an article's sentences, in order, so bare surnames resolve
    /// to names told later. Names coordinated in one sentence are different people
    /// ("President Reagan and Nancy Reagan", "Paulo Teixeira and Paulo"), whatever
    /// their words share.
    pub(crate) fn name_all(&mut self, analyses: &[Analysis]) {
        for (si, a) in analyses.iter().enumerate() {
            let mut seen: Vec<(usize, usize)> = Vec::new();
            for (ri, r) in a.refs.iter().enumerate() {
                let n = match &r.kind {
                    RefKind::Named(n) => n,
                    // "Reagan and Nancy Reagan": a known surname keeps its person apart.
                    RefKind::Single(w) => {
                        if let Some(id) = self.single(w, si) {
                            seen.push((ri, id));
                        }
                        continue;
                    }
                    _ => continue,
                };
                let apart: Vec<usize> = seen
                    .iter()
                    .filter(|(k, _)| coordinated(a, *k, ri))
                    .map(|(_, id)| *id)
                    .collect();
                let role = r.role.as_deref().filter(|_| !r.counterpart);
                let country = r.country.clone().or_else(|| a.country_after(r));
                let id = self.named_apart(n, role, country.as_deref(), r.then, si, &apart);
                seen.push((ri, id));
            }
        }
        for e in &mut self.list {
            e.last_seen = e.first_seen;
        }
    }

    /// The entity for a named mention, created when new. Attributes are added to it.
    pub(crate) fn named(
        &mut self,
        name: &str,
        role: Option<&str>,
        country: Option<&str>,
        then: bool,
        sentence: usize,
    ) -> usize {
        self.named_apart(name, role, country, then, sentence, &[])
    }

    /// [`Entities::named`], never joining the people of `apart`.
    fn named_apart(
        &mut self,
        name: &str,
        role: Option<&str>,
        country: Option<&str>,
        then: bool,
        sentence: usize,
        apart: &[usize],
    ) -> usize {
        let tokens = name_tokens(name);
        let candidates = self.name_candidates(&tokens);
        crate::extract::work::read(candidates.len());
        let found = candidates
            .into_iter()
            .map(|i| (i, &self.list[i]))
            .filter(|(i, _)| !apart.contains(i))
            .filter(|(_, e)| !e.unnamed && names_compatible(&e.tokens, &tokens))
            .filter(|(_, e)| match (&e.country, country) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            })
            .max_by_key(|(_, e)| (e.tokens == tokens, e.last_seen))
            .map(|(i, _)| i);
        let id = match found {
            Some(i) => i,
            None => {
                self.list.push(Entity {
                    name: name.to_string(),
                    tokens: tokens.clone(),
                    roles: Vec::new(),
                    country: None,
                    then,
                    unnamed: false,
                    aliases: Vec::new(),
                    class: None,
                    last_seen: sentence,
                    first_seen: sentence,
                });
                self.list.len() - 1
            }
        };
        let e = &mut self.list[id];
        if tokens.len() > e.tokens.len() {
            let old = std::mem::replace(&mut e.name, name.to_string());
            self.names.add(id, &tokens);
            e.tokens = tokens;
            if !e.aliases.contains(&old) {
                e.aliases.push(old);
            }
        } else if name != e.name && !e.aliases.iter().any(|a| a == name) {
            e.aliases.push(name.to_string());
        }
        if let Some(r) = role {
            add_role(e, r);
        }
        if e.country.is_none() {
            e.country = country.map(String::from);
        }
        e.then |= then;
        e.last_seen = e.last_seen.max(sentence);
        self.index_names();
        id
    }

    /// The known person a bare word in sentence `sentence` names ("Berg"): of those named
    /// by then, one known by that word alone ("President Reagan" rather than "Nancy
    /// Reagan"), else the most recently seen; with none, the first named later (a surname
    /// told before the full name).
    pub(crate) fn single(&self, word: &str, sentence: usize) -> Option<usize> {
        let t = name_tokens(word);
        if t.len() != 1 {
            return None;
        }
        let ids = self.with_word(&t[0]);
        let bearers = || {
            ids.iter()
                .map(|&i| (i, &self.list[i]))
                .filter(|(_, e)| !e.unnamed && e.tokens.contains(&t[0]))
        };
        bearers()
            .filter(|(_, e)| e.first_seen <= sentence)
            .max_by_key(|(_, e)| (e.tokens == t, e.last_seen))
            .or_else(|| bearers().min_by_key(|(_, e)| e.first_seen))
            .map(|(i, _)| i)
    }

    /// The entities a name of `tokens` may be compatible with, ascending.
    fn name_candidates(&mut self, tokens: &[String]) -> Vec<usize> {
        self.index_names();
        match self.names.candidates(tokens) {
            names::Candidates::Some(ids) => ids,
            names::Candidates::All => (0..self.list.len()).collect(),
        }
    }

    /// Indexes the names of the entities added since the last call (or read back from the
    /// cache, which does not store the index).
    fn index_names(&mut self) {
        for id in self.names.indexed..self.list.len() {
            self.names.add(id, &self.list[id].tokens);
        }
        self.names.indexed = self.list.len();
    }

    /// The entities whose name may hold the word `token`, ascending: every entity while
    /// the index lags behind the list.
    fn with_word(&self, token: &str) -> Vec<usize> {
        if self.names.indexed == self.list.len() {
            self.names.with_word(token).to_vec()
        } else {
            (0..self.list.len()).collect()
        }
    }

    /// The person a description names, by country and office class. `then` picks holders
    /// introduced as "then-"; `near` restricts to people first named in that sentence range.
    pub(crate) fn by_desc(
        &self,
        country: Option<&str>,
        class: Option<&RoleClass>,
        exclude: &[usize],
        then: Option<bool>,
        near: Option<(usize, usize)>,
    ) -> Option<usize> {
        self.list
            .iter()
            .enumerate()
            .filter(|(i, _)| !exclude.contains(i))
            .filter(|(_, e)| match country {
                Some(c) => e.country.as_deref() == Some(c),
                None => true,
            })
            .filter(|(_, e)| match (class, &e.class) {
                (Some(a), Some(b)) => a == b || matches!(a, RoleClass::Other(_)),
                _ => true,
            })
            .filter(|(_, e)| then.is_none_or(|t| e.then == t))
            .filter(|(_, e)| near.is_none_or(|(a, b)| e.first_seen >= a && e.first_seen <= b))
            .max_by_key(|(_, e)| (!e.unnamed, e.last_seen))
            .map(|(i, _)| i)
    }

    /// The person of a country who holds an office of that head word ("ambassador"),
    /// other than those of `exclude`, named ones first, the latest seen first.
    pub(crate) fn by_role_head(
        &self,
        country: &str,
        head: &str,
        exclude: &[usize],
    ) -> Option<usize> {
        let holds = |e: &Entity| {
            e.roles.iter().any(|r| {
                r.split(' ')
                    .any(|w| w.eq_ignore_ascii_case(head) || singular(w).eq_ignore_ascii_case(head))
            })
        };
        self.list
            .iter()
            .enumerate()
            .filter(|(i, e)| !exclude.contains(i) && e.country.as_deref() == Some(country))
            .filter(|(_, e)| holds(e))
            .max_by_key(|(_, e)| (!e.unnamed, e.last_seen))
            .map(|(i, _)| i)
    }

    /// The one named person of office class `class` whose country is not known, other
    /// than those of `exclude`.
    pub(crate) fn only_of_class_without_country(
        &self,
        class: &RoleClass,
        exclude: &[usize],
    ) -> Option<usize> {
        let mut found = self
            .list
            .iter()
            .enumerate()
            .filter(|(i, e)| !exclude.contains(i) && !e.unnamed && e.country.is_none())
            .filter(|(_, e)| e.class.as_ref() == Some(class))
            .map(|(i, _)| i);
        match (found.next(), found.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        }
    }

    /// Gives a person a country when none is known.
    pub(crate) fn set_country(&mut self, id: usize, country: &str) {
        if let Some(e) = self.list.get_mut(id)
            && e.country.is_none()
        {
            e.country = Some(country.to_string());
        }
    }

    /// An unnamed office holder of a country ("the Defence Minister of Malaysia").
    pub(crate) fn unnamed(&mut self, role: Option<&str>, country: &str, sentence: usize) -> usize {
        let role = singular(role.filter(|r| !is_honorific(r)).unwrap_or("Counterpart"));
        let key_role = loose(&role);
        if let Some(i) = self.list.iter().position(|e| {
            e.unnamed
                && e.country.as_deref() == Some(country)
                && e.roles.first().is_some_and(|r| loose(r) == key_role)
        }) {
            return i;
        }
        self.list.push(Entity {
            name: format!("the {role} of {}", with_article(country)),
            tokens: Vec::new(),
            roles: vec![role.clone()],
            country: Some(country.to_string()),
            then: false,
            unnamed: true,
            aliases: Vec::new(),
            class: Some(role_class(&role)),
            last_seen: sentence,
            first_seen: sentence,
        });
        self.index_names();
        self.list.len() - 1
    }

    /// Records another form of an entity's name ("Berg").
    pub(crate) fn alias(&mut self, id: usize, form: &str) {
        if let Some(e) = self.list.get_mut(id)
            && form != e.name
            && !e.aliases.iter().any(|a| a == form)
        {
            e.aliases.push(form.to_string());
        }
    }

    /// Marks an entity as mentioned in a sentence.
    pub(crate) fn touch(&mut self, id: usize, sentence: usize) {
        if let Some(e) = self.list.get_mut(id) {
            e.last_seen = e.last_seen.max(sentence);
        }
    }

    /// Gives an entity the office class of its counterpart when it has none.
    pub(crate) fn inherit_class(&mut self, id: usize, from: usize) {
        let Some(class) = self.list.get(from).and_then(|e| e.class.clone()) else {
            return;
        };
        if let Some(e) = self.list.get_mut(id)
            && e.class.is_none()
        {
            e.class = Some(class);
        }
    }
}

/// True when refs `a` < `b` of a sentence are in one coordination: only "and" and
/// commas between them and the refs between ("A and B", "A, C and B").
fn coordinated(a: &Analysis, x: usize, y: usize) -> bool {
    (x..y).all(|k| {
        let gap = a
            .text
            .get(a.refs[k].end..a.refs[k + 1].start)
            .map_or("", str::trim);
        matches!(gap, "and" | "&" | "," | ", and")
    })
}

/// "United States" -> "the United States", "Philippines" -> "the Philippines".
fn with_article(country: &str) -> String {
    if country.starts_with("United ")
        || country.ends_with("Republic")
        || country.ends_with("Islands")
        || COUNTRIES_WITH_THE.has(country)
    {
        format!("the {country}")
    } else {
        country.to_string()
    }
}

fn add_role(e: &mut Entity, role: &str) {
    if !e.roles.iter().any(|r| r.eq_ignore_ascii_case(role)) {
        e.roles.push(role.to_string());
        // Most informative (longest) first.
        e.roles.sort_by_key(|r| std::cmp::Reverse(r.len()));
    }
    let c = role_class(role);
    if !matches!(c, RoleClass::Other(_)) || e.class.is_none() {
        e.class = Some(c);
    }
}

/// "Presidents" -> "President" ("the presidents of Chile and Peru" are one each); roles
/// of several words are left alone.
fn singular(role: &str) -> String {
    let r = role.trim();
    if r.contains(' ') {
        return r.to_string();
    }
    if let Some(stem) = r.strip_suffix("ies") {
        return format!("{stem}y");
    }
    match r.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') && stem.len() > 2 => stem.to_string(),
        _ => r.to_string(),
    }
}

/// A form of address ("Mr", "Dr", "Sir"), not an office: never the role of an unnamed
/// counterpart.
pub(crate) fn is_honorific(role: &str) -> bool {
    let r = role.trim().trim_end_matches('.').to_ascii_lowercase();
    HONORIFICS.has(&r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_forms_of_one_person() {
        let t = |s: &str| name_tokens(s);
        assert!(names_compatible(&t("Tomas Berg"), &t("Berg")));
        assert!(names_compatible(&t("Park Min-jun"), &t("Park Min Jun")));
        assert!(names_compatible(
            &t("Ana Maria Vela da Costa"),
            &t("Vela da Costa")
        ));
        assert!(!names_compatible(&t("Wu Tao"), &t("Wu Fei")));
    }

    fn article_people(sentences: &[&str]) -> Entities {
        let analyses: Vec<Analysis> = sentences.iter().map(|s| Analysis::new(s)).collect();
        let mut e = Entities::default();
        e.name_all(&analyses);
        e
    }

    #[test]
    fn names_coordinated_in_one_sentence_are_different_people() {
        let e = article_people(&["President Okafor and Amina Okafor arrived in Rome."]);
        assert_eq!(e.list.len(), 2);
        assert_eq!(
            e.single("Okafor", 0).map(|i| e.list[i].name.as_str()),
            Some("Okafor")
        );
        let e = article_people(&[
            "Paulo Teixeira met Governor Paulo in Manaus.",
            "Minister Paulo Teixeira, Paulo Morales and Ana Ruiz spoke.",
        ]);
        let names: Vec<&str> = e.list.iter().map(|x| x.name.as_str()).collect();
        assert!(names.contains(&"Paulo Morales"), "{names:?}");
        assert!(names.contains(&"Paulo Teixeira"), "{names:?}");
        // Must not: the same person told twice in one sentence, or in two, stays one.
        let e = article_people(&[
            "Minister Tomas Berg met Ana Ruiz.",
            "Berg said Minister Berg would return.",
        ]);
        assert_eq!(e.list.len(), 2, "{:?}", e.list);
    }

    #[test]
    fn an_office_is_told_by_its_head_word_and_a_leader_without_country_is_the_one() {
        let mut e = Entities::default();
        let a = e.named(
            "Selim Aydin",
            Some("Trade Minister"),
            Some("Turkey"),
            false,
            0,
        );
        let b = e.named("Nazmi Kaya", Some("Ambassador"), Some("Turkey"), false, 0);
        assert_eq!(e.by_role_head("Turkey", "ambassador", &[]), Some(b));
        assert_eq!(e.by_role_head("Turkey", "minister", &[]), Some(a));
        // Must not: another country's ambassador, or the excluded one.
        assert_eq!(e.by_role_head("Greece", "ambassador", &[]), None);
        assert_eq!(e.by_role_head("Turkey", "ambassador", &[b]), None);
        let k = e.named("Fahd", Some("King"), None, false, 1);
        assert_eq!(
            e.only_of_class_without_country(&RoleClass::Leader, &[]),
            Some(k)
        );
        e.named("Reagan", Some("President"), None, false, 1);
        assert_eq!(
            e.only_of_class_without_country(&RoleClass::Leader, &[]),
            None
        );
    }

    #[test]
    fn a_bare_surname_is_someone_named_by_then() {
        let mut e = Entities::default();
        let son = e.named("Park Min Ho", None, None, false, 0);
        let father = e.named("Park Sung Ho", None, None, false, 5);
        // The father is named later: "Park" before that is the son.
        assert_eq!(e.single("Park", 2), Some(son));
        e.touch(father, 5);
        assert_eq!(e.single("Park", 6), Some(father));
        // A surname told before any full name is the first one named later.
        let mut later = Entities::default();
        let lind = later.named("Eva Lind", None, None, false, 3);
        later.named("Olof Lind", None, None, false, 7);
        assert_eq!(later.single("Lind", 0), Some(lind));
    }

    #[test]
    fn descriptions_and_unnamed_counterparts() {
        let mut e = Entities::default();
        let a = e.named(
            "Tomas Berg",
            Some("Defence Minister"),
            Some("Norway"),
            false,
            0,
        );
        let b = e.named("Ana Ruiz", Some("Defence Minister"), Some("Chile"), true, 1);
        assert_eq!(e.named("Berg", None, None, false, 2), a);
        assert_eq!(e.single("Ruiz", 9), Some(b));
        assert_eq!(
            e.by_desc(Some("Chile"), Some(&RoleClass::Defence), &[a], None, None),
            Some(b)
        );
        let u = e.unnamed(Some("Defence Minister"), "Malaysia", 3);
        assert_eq!(e.list[u].key(), "defence-minister@malaysia");
        let p = e.unnamed(Some("Presidents"), "Chile", 4);
        assert_eq!(e.list[p].name, "the President of Chile");
        let m = e.unnamed(Some("Mr"), "Peru", 4);
        assert_eq!(e.list[m].roles, ["Counterpart"]);
        assert_eq!(e.list[u].name, "the Defence Minister of Malaysia");
    }
}
