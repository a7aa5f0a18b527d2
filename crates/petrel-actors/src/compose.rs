//! Composition of one sentence's matches into draft mentions.
//!
//! - country + government metonym: `Ivory Coast's Supreme Court` → `CIVJUD`;
//! - country (+ up to two modifier words) + agent nouns: `Russian troops` → `RUSMIL`,
//!   `Iran's foreign minister` → `IRNGOV`, `UN peacekeepers` → `IGOUNOMIL`;
//! - agent + `of`/`from`/`in` (+ `the`) + country: `the foreign minister of Iran` → `IRNGOV`,
//!   `security forces in Guinea` → `GINMIL` (an agent's location is its country by default);
//! - a title before a person is absorbed: `Russian President Vladimir Putin` is one mention;
//! - `X-backed` (`-sponsored`, `-supported`…) and `pro-X` mark a sponsor, not the actor's
//!   country: the agent after it is left for the document pass (see [`crate::coref`]);
//! - `X-led` (`-headed`, `-commanded`) agents are X's: `Saudi-led coalition warplanes` → `SAUMIL`;
//! - a capital or government metonym after `in`/`at`/`to`… is a place: its code drops the sector;
//!   so does a capital after "through" or "visiting", over words such as "occupied" or
//!   "central", before a noun for a place or a building ("a Baghdad hotel"), or in apposition
//!   to "capital" or "city" ("the Argentine capital, Buenos Aires");
//! - a city that names a document ("the Minsk agreements") is no actor;
//! - agents with no country are left for the document pass (context or coreference).

use crate::dict::{ActorDict, Entry, CONTEXT, PLURAL};
use crate::entry::{AgentClass, EntryKind};
use crate::matcher::{Item, Pronoun};
use crate::private;
use crate::units::Units;
use petrel_core::words::ATTACK_NOUNS;
use petrel_core::{ActorKind, Date, Upos};

/// Which pronouns may refer back to a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefClass {
    /// One person.
    Person,
    /// A group of people.
    Plural,
    /// A state, organisation or institution.
    Thing,
}

/// What the document pass must still decide for a draft.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Pending {
    /// Nothing: the code is final.
    No,
    /// A generic agent with no country: `definite` after `the`/`this`/`that`.
    Bare { definite: bool },
    /// A pronoun.
    Pronoun(Pronoun),
    /// An agent backed by the country `sponsor`.
    Sponsor { sponsor: String },
}

/// A mention before the document pass.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub u0: usize,
    pub u1: usize,
    pub head: usize,
    /// Final code, or for pending agents the agent's sector part (`~GOV` or `NGO~`).
    pub code: String,
    pub kind: ActorKind,
    pub entry: String,
    pub class: RefClass,
    pub pending: Pending,
    /// A state named as a place (`in Ukraine`): not counted as article context.
    pub place: bool,
    /// Kept only if its state is named elsewhere in the document (contextual alias, misspelling).
    pub contextual: bool,
}

impl Draft {
    /// A named news outlet of one country (`GBRMED`, the BBC): where it is based says nothing
    /// of what its story is about, so it is no context for other mentions. State media
    /// (`RUSGOVMED`) are the state's voice and do count.
    pub(crate) fn is_outlet(&self) -> bool {
        self.kind == ActorKind::Organisation && self.code.len() == 6 && self.code.ends_with("MED")
    }
}

const SPONSOR: [&str; 8] = [
    "backed",
    "sponsored",
    "supported",
    "funded",
    "armed",
    "trained",
    "allied",
    "aligned",
];
/// Whether units `u0..u1` are a dateline: a place in capitals of four letters or more that
/// opens its sentence before a capitalised word in lower case ("MOSCOW President …"), not an
/// abbreviation such as "US" or "UAE".
fn is_dateline(units: &Units, u0: usize, u1: usize) -> bool {
    let opens = u0 == 0 || units.v[u0 - 1].sent != units.v[u0].sent;
    let letters: usize = (u0..u1).map(|i| units.norm(i).chars().count()).sum();
    // In a headline set all in capitals ("RUSSIA ATTACKS UKRAINE") the place is the subject.
    let mixed_after = units
        .v
        .get(u1)
        .is_some_and(|n| n.sent == units.v[u0].sent && n.cap && !n.upper);
    opens && letters >= 4 && mixed_after && (u0..u1).all(|i| units.v[i].upper)
}

/// Whether two lower-cased given names may be spellings of one name ("vasily" and "vassily",
/// "benjamin" and "binyamin"): the same first letter, and one edit apart or sharing their
/// first or last three letters.
fn same_given_name(a: &str, b: &str) -> bool {
    let three = |s: &str, end: bool| {
        let c: Vec<char> = s.chars().collect();
        (c.len() >= 3).then(|| {
            if end {
                c[c.len() - 3..].to_vec()
            } else {
                c[..3].to_vec()
            }
        })
    };
    a == b
        || (a.chars().next() == b.chars().next()
            && (crate::fuzzy::within_one_edit(a, b)
                || three(a, false).is_some_and(|x| Some(x) == three(b, false))
                || three(a, true).is_some_and(|x| Some(x) == three(b, true))))
}

/// Ranks and courtesy titles that may stand between an office and a name ("President General
/// Pervez Musharraf").
const RANKS: &[&str] = &[
    "general",
    "gen",
    "field",
    "marshal",
    "lt",
    "lieutenant",
    "colonel",
    "col",
    "major",
    "maj",
    "admiral",
    "adm",
    "brigadier",
    "dr",
    "doctor",
    "sheikh",
    "sir",
    "prof",
    "professor",
];

/// Honorifics and titles that come before a surname without being a given name.
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "gen",
    "general",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "president",
    "premier",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "emir",
    "sultan",
    "ayatollah",
    "imam",
    "rabbi",
    "father",
    "col",
    "colonel",
    "lt",
    "capt",
    "maj",
    "adm",
    "admiral",
    "marshal",
    "judge",
    "justice",
    "minister",
    "secretary",
    "ambassador",
    "mayor",
    "prof",
    "professor",
    "comrade",
    "mme",
    "herr",
    "monsieur",
    "madame",
    "senor",
    "señor",
    "signor",
    "mister",
    "st",
    "saint",
    "pope",
    "cardinal",
    "bishop",
    "archbishop",
    "leader",
    "chairman",
    "speaker",
    "commander",
    "pm",
    "vice",
];

/// Forms of address that come only before a surname: "Ms King" is no king.
pub(crate) const SURNAME_TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "mister"];

/// Titles that hold a state office whatever the portfolio or place after them ("Minister for
/// Interior", "mayor of Frankfurt").
const STATE_OFFICES: &[&str] = &[
    "minister",
    "ministers",
    "secretary",
    "ambassador",
    "envoy",
    "consul",
    "governor",
    "mayor",
    "commissioner",
    "attorney",
];

/// Heads of the names of public bodies.
pub(crate) const PUBLIC_BODIES: &[&str] = &[
    "department",
    "ministry",
    "office",
    "agency",
    "commission",
    "council",
    "authority",
    "bureau",
    "executive",
    "directorate",
    "committee",
    "inspectorate",
    "service",
    "board",
    "customs",
    "immigration",
    "police",
    "embassy",
    "consulate",
    "administration",
    "court",
    "prosecutor",
    "army",
    "navy",
    "treasury",
    "cabinet",
    "parliament",
    "senate",
    "congress",
    "assembly",
    "palace",
    "exchequer",
];

/// Nouns for a state or a part of one, whose officers are that state's: "the country's
/// president".
const STATE_NOUNS: &[&str] = &[
    "country",
    "nation",
    "state",
    "kingdom",
    "republic",
    "island",
    "territory",
    "province",
    "region",
    "city",
    "capital",
    "government",
    "party",
    "movement",
    "group",
    "organisation",
    "organization",
    "alliance",
    "bloc",
    "union",
    "army",
    "military",
    "force",
    "forces",
];

/// Nouns for bodies of states acting together, whose officers speak for states: "a spokesman
/// for the coalition", "for the mission".
const MISSIONS: &[&str] = &[
    "coalition",
    "mission",
    "operation",
    "peacekeepers",
    "force",
    "prosecution",
    "investigation",
    "inquiry",
    "talks",
    "summit",
    "conference",
    "meeting",
    "negotiators",
    "presidency",
    "palace",
    "house",
    "assembly",
    "parliament",
    "senate",
    "congress",
];

/// Participles after `X-` that make the agent X's own: `Saudi-led`, `US-commanded`.
const LEADER: [&str; 3] = ["led", "headed", "commanded"];
const LOCATIVE: [&str; 9] = [
    "in", "at", "near", "outside", "around", "across", "to", "into", "visited",
];
/// More words after which a capital is where something happens, not its government ("march
/// through Jerusalem", "visiting Beijing"); unlike [`LOCATIVE`], they leave the mention
/// counting towards the document's leading state.
const LOCATIVE_MORE: [&str; 8] = [
    "visiting",
    "visits",
    "through",
    "throughout",
    "inside",
    "within",
    "toward",
    "towards",
];
/// Nouns for places and buildings that a city's name before them locates ("a Baghdad hotel",
/// "a Kabul street"). Events named after a city ("the Kabul bombing") are the coder's to place.
const PLACE_NOUNS: [&str; 24] = [
    "hotel",
    "hotels",
    "street",
    "streets",
    "suburb",
    "suburbs",
    "district",
    "neighbourhood",
    "neighborhood",
    "market",
    "airport",
    "hospital",
    "mosque",
    "church",
    "synagogue",
    "station",
    "school",
    "university",
    "home",
    "homes",
    "house",
    "houses",
    "bridge",
    "road",
];
/// Words that describe a place between a locative word and its name ("in occupied East
/// Jerusalem", "across northern Baghdad").
const PLACE_DESCRIPTORS: [&str; 11] = [
    "occupied", "annexed", "besieged", "divided", "central", "northern", "southern", "eastern",
    "western", "downtown", "suburban",
];
const NOT_MODIFIER: [&str; 30] = [
    "and", "or", "of", "the", "a", "an", "to", "in", "on", "at", "for", "with", "by", "from",
    "said", "says", "has", "have", "had", "is", "are", "was", "were", "will", "would", "that",
    "which", "who", "as", "but",
];

impl Draft {
    /// A final draft (nothing pending, not a place, not contextual).
    pub(crate) fn new(
        u0: usize,
        u1: usize,
        head: usize,
        code: String,
        kind: ActorKind,
        entry: String,
        class: RefClass,
    ) -> Draft {
        Draft {
            u0,
            u1,
            head,
            code,
            kind,
            entry,
            class,
            pending: Pending::No,
            place: false,
            contextual: false,
        }
    }
    /// Puts the draft into `drafts`, which are in text order, at its place.
    pub(crate) fn insert_in_order(self, drafts: &mut Vec<Draft>) {
        let at = drafts.partition_point(|x| x.u0 < self.u0);
        drafts.insert(at, self);
    }
    /// A business of the country `code` named by units `u0..u1` of a company's name (`entry`
    /// says which country and what kind of name).
    fn business(u0: usize, u1: usize, code: &str, entry: String) -> Draft {
        Draft::new(
            u0,
            u1,
            u1 - 1,
            compose(code, false, "~BUS"),
            ActorKind::Agent,
            entry,
            RefClass::Thing,
        )
    }
}

/// What the composition of one sentence reads.
struct Ctx<'a> {
    dict: &'a ActorDict,
    date: Option<Date>,
    units: &'a Units,
    items: &'a [Item],
}

impl Ctx<'_> {
    /// Item `k` as a match: `(u0, u1, entry)`.
    fn matched(&self, k: usize) -> Option<(usize, usize, &Entry)> {
        match self.items.get(k)? {
            Item::Match { u0, u1, entry, .. } => Some((*u0, *u1, self.dict.entry(*entry))),
            Item::Pronoun { .. } => None,
        }
    }
    /// The entry of the match that starts at unit `u`, if any.
    fn entry_at(&self, u: usize) -> Option<&Entry> {
        self.items.iter().find_map(|i| match i {
            Item::Match { u0, entry, .. } if *u0 == u => Some(self.dict.entry(*entry)),
            _ => None,
        })
    }
    /// Whether the one-word person match at item `k` follows a given name that is not this
    /// person's: "Omar Assad" is not Bashar al-Assad, though "Tayyip Erdogan" is Erdogan.
    fn other_given_name(&self, k: usize) -> bool {
        let Some((u0, u1, e)) = self.matched(k) else {
            return false;
        };
        if u1 != u0 + 1 || u0 == 0 {
            return false;
        }
        let (prev, units) = (u0 - 1, self.units);
        let p = &units.v[prev];
        let covered = k > 0 && self.matched(k - 1).is_some_and(|(_, end, _)| end > prev);
        p.sent == units.v[u0].sent
            && p.cap
            && !p.upper
            && !p.hyphen
            && !units.v[u0].hyphen
            && p.upos.is_none_or(|u| u == Upos::Propn)
            && !HONORIFICS.contains(&units.norm(prev))
            && !covered
            && !e
                .name
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| same_given_name(&w.to_lowercase(), units.norm(prev)))
    }
    /// Whether a bare title of one official at unit `u` names no agent of a state: a
    /// surname after "Mr" or "Ms" ("Ms King"), the officer of a body no dictionary knows ("the
    /// BPI spokesman", "PTC president", though "Investment Minister" is a title), or of a
    /// common noun's owner ("the rapper's spokesman").
    fn not_an_agent(&self, u: usize) -> bool {
        if u == 0 || self.units.v[u - 1].sent != self.units.v[u].sent {
            return false;
        }
        let (p, units) = (&self.units.v[u - 1], self.units);
        let covered = self
            .items
            .iter()
            .any(|i| matches!(i, Item::Match { u0, u1, .. } if *u0 < u && *u1 > u - 1));
        if covered || units.v[u].hyphen {
            return false;
        }
        // The tagger often reads an unknown name that opens a sentence as a verb, an
        // adjective or a common noun ("Riggs spokesman Mark Hendrix said", "Novell officials
        // announced", "Borussia officials met").
        let opens_sentence = u == 1 || units.v[u - 2].sent != p.sent;
        // A participle or an adverb ("Ousted President Akayev") is no such name.
        let inflected = ["ed", "ing", "ly"]
            .iter()
            .any(|e| units.norm(u - 1).ends_with(e));
        let name_tag = p.upos == Some(Upos::Propn)
            || (opens_sentence
                && matches!(p.upos, Some(Upos::Verb | Upos::Adj | Upos::Noun))
                && !inflected
                && !STATE_OFFICES.contains(&units.norm(u)));
        SURNAME_TITLES.contains(&units.norm(u - 1))
            || (p.cap
                && name_tag
                && !p.owner
                && !self.dict.is_common_word(units.norm(u - 1))
                && !self.names_public_body(u))
            || (p.owner && p.upos == Some(Upos::Noun) && !STATE_NOUNS.contains(&units.norm(u - 1)))
            // "Sprint's vice president": the officer of a body no dictionary knows, named in
            // one word ("Senator Leahy's spokeswoman" speaks for a titled person).
            || (p.owner
                && p.cap
                && (u < 2
                    || units.v[u - 2].sent != p.sent
                    || !units.v[u - 2].cap
                    || units.norm(u - 2) == "the")
                && p.upos == Some(Upos::Propn)
                && !self.dict.is_common_word(units.norm(u - 1))
                && !self.names_public_body(u))
    }
    /// Whether units from `u` on name, after "for", "of" or "at", a body that no dictionary
    /// knows and that is no public body: "a spokesman for the LSE", "spokeswoman for Tesco".
    fn officer_of_unknown_body(&self, u: usize) -> bool {
        let units = self.units;
        let same = |i: usize| i < units.v.len() && units.v[i].sent == units.v[u - 1].sent;
        if u == 0 || !same(u) || !matches!(units.norm(u), "for" | "of" | "at") {
            return false;
        }
        // "vice president of business development for Gracenote": a department in lower case
        // before the body.
        if units.norm(u) == "of" && same(u + 1) && !units.v[u + 1].cap {
            if let Some(k) = (u + 2..(u + 6).min(units.v.len()))
                .take_while(|&i| same(i) && !units.v[i].cap)
                .find(|&i| matches!(units.norm(i), "for" | "at"))
            {
                return self.officer_of_unknown_body(k);
            }
        }
        let mut j = if same(u + 1) && units.norm(u + 1) == "the" {
            u + 2
        } else {
            u + 1
        };
        let match_at = |j: usize| {
            self.items.iter().find_map(|i| match i {
                Item::Match { u0, u1, entry, .. } if *u0 <= j && *u1 > j => {
                    Some((*u1, self.dict.entry(*entry)))
                }
                _ => None,
            })
        };
        // "the British Phonographic Industry": a country's adjective that opens an unknown
        // name is part of it.
        if let Some((end, e)) = match_at(j) {
            if e.kind == EntryKind::Country
                && same(end)
                && units.v[end].cap
                && match_at(end).is_none()
            {
                j = end;
            }
        }
        // A contextual surname alone ("a spokesman for Fox") covers nothing here.
        let covered = self.items.iter().any(|i| {
            matches!(i, Item::Match { u0, u1, flags, .. }
                if *u0 <= j && *u1 > j && (flags & CONTEXT == 0 || *u1 > j + 1))
        });
        same(j)
            && units.v[j].cap
            && units.v[j].upos == Some(Upos::Propn)
            && !covered
            && !self.dict.is_common_word(units.norm(j))
            && !(j..(j + 6).min(units.v.len()))
                .take_while(|&i| same(i) && (units.v[i].cap || units.norm(i) == "of"))
                .any(|i| PUBLIC_BODIES.contains(&units.norm(i)))
    }
    /// Whether units from `u` on name, after "for", "of" or "at", a capitalised name whose
    /// last known word is a private trade's ("a spokesperson for Delta Airlines", "for Acme
    /// Bank").
    fn officer_of_named_firm(&self, u: usize) -> bool {
        let units = self.units;
        let same = |i: usize| i < units.v.len() && u > 0 && units.v[i].sent == units.v[u - 1].sent;
        if !same(u) || !matches!(units.norm(u), "for" | "of" | "at") {
            return false;
        }
        let start = if same(u + 1) && units.norm(u + 1) == "the" {
            u + 2
        } else {
            u + 1
        };
        let run: Vec<usize> = (start..(start + 5).min(units.v.len()))
            .take_while(|&i| same(i) && units.v[i].cap)
            .collect();
        let Some(&last) = run.last() else {
            return false;
        };
        run.len() >= 2
            && self.items.iter().any(|i| {
                matches!(i, Item::Match { u0, u1, entry, .. } if *u0 <= last && *u1 > last
                    && matches!(self.dict.entry(*entry).code_on(self.date),
                        Some("~BUS" | "~MED")))
            })
    }
    /// Whether units from `u` on read "for the author", "of the firm", "at its club": after
    /// "for", "of" or "at" and a determiner, lower-case words whose head is no state, public
    /// body, mission or actor any dictionary knows, so that the officer is a private one's ("a
    /// spokesman for the author"), not a state's ("a spokesman for the ministry", "for the
    /// prime minister", "for the UN mission").
    fn officer_of_common_noun(&self, u: usize) -> bool {
        let units = self.units;
        let same = |i: usize| i < units.v.len() && u > 0 && units.v[i].sent == units.v[u - 1].sent;
        if !same(u) || !matches!(units.norm(u), "for" | "of" | "at") {
            return false;
        }
        if !same(u + 1)
            || !matches!(
                units.norm(u + 1),
                "the" | "its" | "a" | "an" | "this" | "that"
            )
        {
            return false;
        }
        let run: Vec<usize> = (u + 2..(u + 6).min(units.v.len()))
            .take_while(|&i| {
                same(i)
                    && !units.v[i].cap
                    && !units.v[i].hyphen
                    && !units.norm(i).is_empty()
                    && units.norm(i).chars().all(char::is_alphabetic)
                    && !NOT_MODIFIER.contains(&units.norm(i))
                    && units.v[i]
                        .upos
                        .is_none_or(|t| matches!(t, Upos::Noun | Upos::Adj))
            })
            .collect();
        let Some(&head) = run.last() else {
            return false;
        };
        // A body a dictionary knows is a state's unless it is a private trade's ("the firm",
        // "the newspaper", "the university").
        let known = self.items.iter().any(|i| {
            matches!(i, Item::Match { u0, u1, entry, .. } if *u0 < head + 1 && *u1 > u + 2
                && !matches!(self.dict.entry(*entry).code_on(self.date),
                    Some("~BUS" | "~MED" | "~EDU" | "~REL" | "~CVL" | "~HLH")))
        });
        let norm = units.norm(head);
        units.v[head].upos.is_none_or(|t| t == Upos::Noun)
            && !known
            && !STATE_NOUNS.contains(&norm)
            && !PUBLIC_BODIES.contains(&norm)
            && !MISSIONS.contains(&norm)
    }
    /// Whether the capitalised name just before unit `u` names a public body ("A Department for
    /// Work and Pensions spokeswoman", "Brent Council leader").
    fn names_public_body(&self, u: usize) -> bool {
        let units = self.units;
        (u.saturating_sub(7)..u)
            .rev()
            .take_while(|&i| {
                units.v[i].sent == units.v[u].sent
                    && (units.v[i].cap || matches!(units.norm(i), "for" | "of" | "and" | "on"))
            })
            .any(|i| PUBLIC_BODIES.contains(&units.norm(i)))
    }
    /// Whether unit `u` goes on a name that a city starts ("London Exchange", "Paris Club"):
    /// a capitalised proper noun in the same sentence that no match covers, not a day or a
    /// month, which follow a dateline's city ("Moscow Monday").
    fn opens_a_name(&self, u: usize) -> bool {
        let units = self.units;
        u > 0
            && u < units.v.len()
            && units.v[u].sent == units.v[u - 1].sent
            && units.v[u].cap
            && !units.v[u].upper
            && !units.v[u].hyphen
            && units.v[u].upos == Some(Upos::Propn)
            && self.entry_at(u).is_none()
            && Date::weekday_from_name(units.norm(u)).is_none()
            && Date::month_from_name(units.norm(u)).is_none()
    }
    /// The normalised word just before unit `u` in its sentence.
    fn word_before(&self, u: usize) -> Option<&str> {
        (u > 0 && self.units.v[u - 1].sent == self.units.v[u].sent).then(|| self.units.norm(u - 1))
    }
}

/// Turns the items of one sentence into drafts.
pub(crate) fn sentence(
    dict: &ActorDict,
    date: Option<Date>,
    units: &Units,
    items: &[Item],
    out: &mut Vec<Draft>,
) {
    let cx = Ctx {
        dict,
        date,
        units,
        items,
    };
    let mut k = 0;
    while k < items.len() {
        k = match items[k] {
            Item::Pronoun { u, class } => {
                let c = match class {
                    Pronoun::Person => RefClass::Person,
                    Pronoun::Plural => RefClass::Plural,
                    Pronoun::Thing => RefClass::Thing,
                };
                let d = Draft::new(
                    u,
                    u + 1,
                    u,
                    String::new(),
                    ActorKind::Coreference,
                    String::new(),
                    c,
                );
                out.push(Draft {
                    pending: Pending::Pronoun(class),
                    ..d
                });
                k + 1
            }
            Item::Match { entry, flags, .. } => {
                let e = dict.entry(entry);
                match e
                    .code_on(date)
                    .filter(|c| c.starts_with(|ch: char| ch.is_ascii_alphabetic() || ch == '~'))
                {
                    None => k + 1,
                    Some(code) => match e.kind {
                        EntryKind::Agent(_) => agent_first(&cx, k, out),
                        EntryKind::Country | EntryKind::Organisation => {
                            state_first(&cx, k, code, flags, out)
                        }
                        EntryKind::Person => {
                            if !cx.other_given_name(k) {
                                out.push(person(&cx, items[k], None));
                            }
                            k + 1
                        }
                    },
                }
            }
        };
    }
}

/// An agent (chain) at item `k`: `agent of/from/in COUNTRY`, `title PERSON`, or a bare agent
/// left for the document pass. Returns the next item index.
fn agent_first(cx: &Ctx, k: usize, out: &mut Vec<Draft>) -> usize {
    let (end, agent) = chain(cx, k);
    // "his first official visit", "an official statement": the adjective, or a noun the
    // parser compounds with a lower-case noun that no dictionary knows, names no official
    // ("official sources" still speak for a government).
    let units = cx.units;
    let modifies = |u: usize| {
        u < units.v.len()
            && units.v[u].sent == units.v[agent.u0].sent
            && !units.v[u].cap
            && units.v[u].upos == Some(Upos::Noun)
            && cx.entry_at(u).is_none()
            && !matches!(units.norm(u), "source" | "sources")
    };
    if agent.u1 == agent.u0 + 1
        && units.norm(agent.u0) == "official"
        && (units.v[agent.u0].upos == Some(Upos::Adj) || modifies(agent.u1))
    {
        return end;
    }
    if let Some((c0, c1, cent)) = cx.matched(end) {
        let state = matches!(cent.kind, EntryKind::Country | EntryKind::Organisation);
        // "a spokesman for the Red Cross" speaks for it, as "a spokesman of" it does, and is
        // coded as it is; "for" after other offices names a portfolio ("minister for Europe").
        let org_spokesman = cent.kind == EntryKind::Organisation
            && private::is_spokesman(cx.units, agent.u0, agent.u1);
        let spokesman_for = org_spokesman && preposition_gap(cx.units, agent.u1, c0, &["for"]);
        // "withdraw its troops from Lebanon": the place troops leave is not their state.
        let leaving = cx.units.norm(agent.u1) == "from" && owned_or_withdrawn(cx.units, agent.u0);
        // "Jenin residents in Israel's military operation", "prisoners in Israel's jails": who
        // is caught in a state's act or held by it is not of that state.
        let owned_place = cx.units.norm(agent.u1) == "in"
            && cx.units.v.get(c1 - 1).is_some_and(|u| u.owner)
            && in_states_hands(cx.units, c1);
        if let Some(base) = cent.code_on(cx.date).filter(|_| {
            state && !leaving && !owned_place && (of_gap(cx.units, agent.u1, c0) || spokesman_for)
        }) {
            let code = if org_spokesman {
                base.to_string()
            } else {
                compose(base, cent.kind == EntryKind::Organisation, &agent.code)
            };
            let entry = format!("{} + {}", cent.name, agent.entry);
            out.push(Draft::new(
                agent.u0,
                c1,
                agent.head,
                code,
                ActorKind::Agent,
                entry,
                agent.class,
            ));
            return end + 1;
        }
        // "President General Pervez Musharraf", "Prime Minister Dr Manmohan Singh": a rank or
        // a courtesy title between the office and the name is part of the person's title.
        let ranks = (agent.u1..c0)
            .all(|u| cx.units.v[u].cap && RANKS.contains(&cx.units.norm(u).trim_end_matches('.')));
        if cent.kind == EntryKind::Person && c0 >= agent.u1 && c0 <= agent.u1 + 2 && ranks {
            out.push(person(cx, cx.items[end], Some(agent.u0)));
            return end + 1;
        }
    }
    let definite = matches!(
        cx.word_before(agent.u0),
        Some("the" | "this" | "that" | "these" | "those")
    );
    // "the Electoral Commission", "the Child Support Agency": a public body by the last word
    // of its name, only with a capitalised name before it ("the Commission" alone is mostly
    // Brussels').
    if agent.entry == "Agency" {
        let named = agent.u0 > 0
            && cx.units.v[agent.u0 - 1].sent == cx.units.v[agent.u0].sent
            && cx.units.v[agent.u0 - 1].cap
            && !matches!(
                cx.units.norm(agent.u0 - 1),
                "the" | "a" | "an" | "this" | "that" | "its" | "their"
            );
        if !named {
            return end;
        }
    }
    // "Occupying forces", "enemy troops", "foreign fighters", "world leaders", "international
    // donors", and weapons ("a drone hit a building in Kyiv"), are not the country they are
    // in: they keep no country rather than take the one named around them.
    let weapon = end > k
        && matches!(cx.items.get(end - 1), Some(Item::Match { entry, .. })
            if matches!(cx.dict.entry(*entry).kind, EntryKind::Agent(AgentClass::Weapon)));
    // A rights group or an aid agency with no country of its own ("rights groups urged
    // Washington") is seldom of the state named around it: it stays a bare NGO.
    let ngo = agent.code.trim_start_matches('~').starts_with("NGO");
    // Mediators stand between the sides named around them ("Mediators are locked in talks to
    // extend the pause, but it is harder for Israel to agree").
    let mediator = cx.units.norm(agent.u1 - 1) == "mediators";
    if weapon
        || ngo
        || mediator
        || matches!(
            cx.word_before(agent.u0),
            Some(
                "occupying"
                    | "occupation"
                    | "invading"
                    | "enemy"
                    | "foreign"
                    | "hostile"
                    | "world"
                    | "international"
                    | "global"
            )
        )
    {
        out.push(Draft {
            code: compose("", true, &agent.code),
            pending: Pending::No,
            ..agent
        });
        return end;
    }
    // "Culture, Media and Sport Secretary Tessa Jowell": a capitalised word of a portfolio
    // before the office's title names no actor of its own.
    if names_portfolio(cx.units, agent.u0, agent.u1) {
        return end;
    }
    // "market forces", "the labour force": forces of an economy or of nature, and a workforce,
    // are no armed forces.
    if matches!(cx.units.norm(agent.u1 - 1), "force" | "forces")
        && agent.u1 == agent.u0 + 1
        && matches!(
            cx.word_before(agent.u0),
            Some(
                "market"
                    | "economic"
                    | "labour"
                    | "labor"
                    | "work"
                    | "sales"
                    | "driving"
                    | "natural"
                    | "competitive"
                    | "global"
                    | "magnetic"
                    | "gravitational"
            )
        )
    {
        return end;
    }
    // "six-party talks", "cross-party support", "third-party services": a word joined by a
    // hyphen before a bare agent makes it a modifier, not an actor; so does "working" before
    // a party (a committee).
    if hyphenated_party(cx.units, agent.u0)
        || (cx.units.norm(agent.u1 - 1) == "party"
            && agent.u1 == agent.u0 + 1
            && cx.word_before(agent.u0) == Some("working"))
    {
        return end;
    }
    // "deputy chairman of Highland Gold", "deputy labs editor": a deputy before another title
    // (within three words) is that officer's second, no lawmaker; the title after it is looked
    // up on its own.
    if agent.u1 == agent.u0 + 1
        && cx.units.norm(agent.u0) == "deputy"
        && (agent.u1..(agent.u1 + 3).min(cx.units.v.len()))
            .take_while(|&i| cx.units.v[i].sent == cx.units.v[agent.u0].sent)
            .any(|i| DEPUTY_OF.contains(&cx.units.norm(i)))
    {
        return end;
    }
    // Officers, and the bodies whose officers they are ("Salvation Army spokesman", "VW
    // officials"), take the same test.
    let officer = matches!(cx.items.get(end.wrapping_sub(1)), Some(Item::Match { entry, u1, .. })
    if cx.dict.entry(*entry).code_on(cx.date) == Some("~GOV")
        && match cx.dict.entry(*entry).kind {
            EntryKind::Agent(AgentClass::Person) => true,
            EntryKind::Agent(AgentClass::Group) => cx.units.norm(u1 - 1) == "officials",
            _ => false,
        });
    if ((agent.class == RefClass::Person && agent.code.ends_with("GOV")) || officer)
        && (cx.not_an_agent(agent.u0)
            || (!STATE_OFFICES.contains(&cx.units.norm(agent.u1 - 1))
                && (cx.officer_of_unknown_body(agent.u1)
                    || cx.officer_of_named_firm(agent.u1)
                    || private::company_name_before(cx.units, agent.u0)
                    || private::private_noun_before(cx.units, agent.u0)
                    || private::private_noun_after(cx.units, agent.u1)
                    || cx.officer_of_common_noun(agent.u1))))
    {
        return end;
    }
    // "the former PM", "an ex-minister": an officer no longer in office is one of the elite
    // (CAMEO `ELI`), not the government.
    let former = matches!(cx.word_before(agent.u0), Some("former" | "erstwhile"))
        || (cx.units.v[agent.u0].hyphen && cx.word_before(agent.u0) == Some("ex"));
    let code = if former && agent.code == "~GOV" {
        "~ELI".to_string()
    } else {
        agent.code.clone()
    };
    out.push(Draft {
        pending: Pending::Bare { definite },
        code,
        ..agent
    });
    end
}

/// A country, metonym or organisation at item `k` with `code`: a sponsor (`Russian-backed`),
/// a base for agents (`Russian troops`), a title before a person, a base for a metonym
/// (`Ivory Coast's Supreme Court`), or a mention of its own. Returns the next item index.
fn state_first(cx: &Ctx, k: usize, code: &str, flags: u8, out: &mut Vec<Draft>) -> usize {
    let Some((u0, u1, e)) = cx.matched(k) else {
        return k + 1;
    };
    let org = e.kind == EntryKind::Organisation;
    let units = cx.units;
    // "LONDON President Vladimir Putin of Russia …": a dateline, which names the article's
    // place but is not the country of the person after it.
    let dateline = !org && is_dateline(units, u0, u1);
    let next = cx.matched(k + 1);
    let sponsor =
        !org && u1 < units.v.len() && units.v[u1].hyphen && units.v[u1].sent == units.v[u0].sent;
    // "pro-Russian separatists" are backed by Russia, as "Russian-backed" ones are.
    let pro = !org && u0 > 0 && units.v[u0].hyphen && units.norm(u0 - 1) == "pro";
    if pro || (sponsor && SPONSOR.contains(&units.norm(u1))) {
        let after = if pro { u1 } else { u1 + 1 };
        return match next {
            Some((a0, _, ae)) if a0 == after && matches!(ae.kind, EntryKind::Agent(_)) => {
                let (end, agent) = chain(cx, k + 1);
                let sponsor = code.get(..3).unwrap_or(code).to_string();
                out.push(Draft {
                    u0,
                    pending: Pending::Sponsor { sponsor },
                    ..agent
                });
                end
            }
            _ => k + 1,
        };
    }
    // "Saudi-led coalition warplanes" are the leader's: the participle after the hyphen is
    // skipped, as a modifier would be.
    let u1 = if sponsor && LEADER.contains(&units.norm(u1)) {
        u1 + 1
    } else {
        u1
    };
    if !org && !dateline {
        if let Some(end) = envoy_to_body(cx, k, u1, code, out) {
            return end;
        }
    }
    if let Some((a0, m1, next_entry)) = next {
        if matches!(next_entry.kind, EntryKind::Agent(_))
            && modifier_gap(units, u1, a0)
            && !hyphenated_party(units, a0)
        {
            let (end, agent) = chain(cx, k + 1);
            if matches!(cx.matched(end), Some((p0, _, p)) if p.kind == EntryKind::Person && p0 == agent.u1)
            {
                // After a dateline the title and the person stand alone: "President Vladimir
                // Putin" after "LONDON" is Russia's.
                if dateline {
                    out.push(own_mention(u0, u1, code, e));
                    out.push(person(cx, cx.items[end], Some(agent.u0)));
                    return end + 1;
                }
                out.push(person(cx, cx.items[end], Some(u0)));
                return end + 1;
            }
            // "the Federal Labour Agency": a party's name inside a body's is no party.
            if org && agent.entry == "Agency" {
                return end;
            }
            let entry = format!("{} + {}", e.name, agent.entry);
            // "a Kenya Airways spokesman": the country opens a company's name, whose officer
            // this is.
            let agent_code = if !org && a0 > u1 && private::company_name_before(units, a0) {
                "~BUS"
            } else {
                agent.code.as_str()
            };
            // An organisation's officers speak for it: "TUC General Secretary", "Amnesty
            // spokesman" and "the Labour leadership" are the body, not a government.
            // So do the leaders of a people a word names: "settler leaders" are settlers.
            let people = code.len() > 3 && code.ends_with("CVL");
            let code = if (org || people) && agent_code == "~GOV" {
                code.to_string()
            } else {
                compose(code, org, agent_code)
            };
            out.push(Draft::new(
                u0,
                agent.u1,
                agent.head,
                code,
                ActorKind::Agent,
                entry,
                agent.class,
            ));
            return end;
        }
        // "Iraqi Allawi"; but a city that is only a contextual alias before a surname is a
        // given name ("Mary Smith").
        if next_entry.kind == EntryKind::Person
            && a0 == u1
            && !org
            && !dateline
            && flags & CONTEXT == 0
        {
            out.push(person(cx, cx.items[k + 1], Some(u0)));
            return k + 2;
        }
        let metonym = next_entry
            .code_on(cx.date)
            .filter(|c| c.len() > 3 && next_entry.kind == EntryKind::Country);
        if let Some(m) = metonym.filter(|_| a0 == u1 && !org && code.len() == 3) {
            let entry = format!("{} + {}", e.name, next_entry.name);
            let code = compose(code, false, &format!("~{}", &m[3..]));
            out.push(Draft::new(
                u0,
                m1,
                m1 - 1,
                code,
                ActorKind::Agent,
                entry,
                RefClass::Thing,
            ));
            return k + 2;
        }
    }
    // "The SCO Group": an organisation's acronym that opens a
    // company's name is not that organisation, and the company is no one a dictionary knows.
    if org
        && u1 == u0 + 1
        && units.v[u0].upper
        && private::company_name_after(units, u1)
            .is_some_and(|end| (u1..end).all(|i| cx.entry_at(i).is_none()))
    {
        return k + 1;
    }
    // "British Airways", "China National Petroleum Corp", "the London Stock Exchange": a
    // country or city that opens a company's name is that company, a business of the country.
    if let Some(end) = (!org && !dateline)
        .then(|| private::company_name_after(units, u1))
        .flatten()
        .filter(|&end| (u1..end).all(|i| cx.entry_at(i).is_none()))
    {
        out.push(Draft::business(
            u0,
            end,
            code,
            format!("{} + company", e.name),
        ));
        return k + 1;
    }
    // "the Minsk agreements", "the Paris climate accord": a city or a seat of government that
    // names a document is part of that name, not an actor.
    let city = !org && (code.len() > 3 || flags & CONTEXT != 0);
    // A chamber's committee ("the Senate Banking Committee") is that chamber.
    let committee = code.ends_with("LEG") && names_a_committee(units, u1);
    if city && (names_a_document(units, u1) || (cx.opens_a_name(u1) && !committee)) {
        return k + 1;
    }
    // "the Indonesian Hospital in Gaza", "al-Ahli Arab Hospital": a state or people right
    // before a capitalised building's noun is part of the building's name.
    if !org && names_a_building(units, u1) {
        return k + 1;
    }
    // "the European Convention on Human Rights", "the Anglo-Irish Agreement": a country or
    // region that opens a document's capitalised name is part of that name.
    if !org && titles_a_document(units, u1) {
        return k + 1;
    }
    // "Air Canada", "Air India": a country after a capitalised "Air" names an airline.
    if !org && u0 > 0 && cx.units.v[u0 - 1].cap && cx.word_before(u0) == Some("air") {
        out.push(Draft::business(
            u0 - 1,
            u1,
            code,
            format!("{} + airline", e.name),
        ));
        return k + 1;
    }
    // "in occupied East Jerusalem", "march through Jerusalem": after a locative word, over words
    // that describe the place, a capital is a place; so is one that modifies a noun for a
    // place or a building ("a Baghdad hotel").
    // "wounded in settler attack", "held in IDF custody": a metonym for people or a force
    // that modifies the noun after it names who, not where.
    let modifier = u1 < units.v.len()
        && units.v[u1].sent == units.v[u0].sent
        && !units.v[u1].cap
        && units.v[u1].upos == Some(Upos::Noun);
    let people = code.len() == 6 && !code.ends_with("GOV");
    let place =
        !org && cx.word_before(u0).is_some_and(|w| LOCATIVE.contains(&w)) && !(people && modifier);
    let mut b = u0;
    while cx
        .word_before(b)
        .is_some_and(|w| PLACE_DESCRIPTORS.contains(&w))
    {
        b -= 1;
    }
    let after_locative = cx
        .word_before(b)
        .is_some_and(|w| LOCATIVE.contains(&w) || LOCATIVE_MORE.contains(&w));
    let modifies_thing = u1 < units.v.len()
        && units.v[u1].sent == units.v[u0].sent
        && !units.v[u1].cap
        && PLACE_NOUNS.contains(&units.norm(u1));
    let capital = code.len() == 6 && code.ends_with("GOV");
    // "in the Argentine capital, Buenos Aires": a capital in apposition to "capital" or "city".
    let named_city = cx.word_before(u0) == Some("")
        && cx
            .word_before(u0 - 1)
            .is_some_and(|w| matches!(w, "capital" | "city"));
    let located = place || (!org && capital && (after_locative || modifies_thing || named_city));
    let code = if located && code.len() > 3 {
        &code[..3]
    } else {
        code
    };
    out.push(Draft {
        place,
        contextual: flags & CONTEXT != 0,
        ..own_mention(u0, u1, code, e)
    });
    k + 1
}

/// Words for a state's envoys, whose post a world body's name before them gives ("UN
/// ambassador").
const ENVOYS: &[&str] = &[
    "ambassador",
    "envoy",
    "representative",
    "delegate",
    "delegation",
    "mission",
];

/// "France's UN ambassador", "the Chinese UN envoy": a state's envoy to an intergovernmental
/// body, at the state's item `k` (ending at unit `u1`), is the state's government, not the
/// body. Pushes the draft and returns the next item index.
fn envoy_to_body(cx: &Ctx, k: usize, u1: usize, code: &str, out: &mut Vec<Draft>) -> Option<usize> {
    let (b0, b1, body) = cx.matched(k + 1)?;
    let (a0, _, agent) = cx.matched(k + 2)?;
    let igo = body.code_on(cx.date).is_some_and(|c| c.starts_with("IGO"));
    if body.kind != EntryKind::Organisation
        || !igo
        || !modifier_gap(cx.units, u1, b0)
        || a0 != b1
        || !matches!(agent.kind, EntryKind::Agent(_))
        || !ENVOYS.contains(&cx.units.norm(a0))
    {
        return None;
    }
    let (u0, _, state) = cx.matched(k)?;
    // "LONDON UN envoy …": a wire dateline in capitals is no state of the envoy's.
    let units = cx.units;
    let opens = u0 == 0 || units.v[u0 - 1].sent != units.v[u0].sent;
    if opens && (u0..u1).all(|i| units.v[i].upper) && units.norm(u0).chars().count() >= 4 {
        return None;
    }
    let (end, envoy) = chain(cx, k + 2);
    // "US UN Ambassador John Bolton": the person, from the state on.
    if matches!(cx.matched(end), Some((p0, _, p)) if p.kind == EntryKind::Person && p0 == envoy.u1)
    {
        out.push(person(cx, cx.items[end], Some(u0)));
        return Some(end + 1);
    }
    let entry = format!("{} + {} + {}", state.name, body.name, envoy.entry);
    out.push(Draft::new(
        u0,
        envoy.u1,
        envoy.head,
        compose(code, false, "~GOV"),
        ActorKind::Agent,
        entry,
        envoy.class,
    ));
    Some(end)
}

/// A country, metonym or organisation `e` at units `u0..u1` as a mention of its own.
fn own_mention(u0: usize, u1: usize, code: &str, e: &Entry) -> Draft {
    Draft::new(
        u0,
        u1,
        u1 - 1,
        code.to_string(),
        e.kind.actor_kind(),
        e.name.to_string(),
        RefClass::Thing,
    )
}

/// Nouns for documents and formats that are named after the city where they were made.
const DOCUMENTS: [&str; 16] = [
    "agreement",
    "agreements",
    "accord",
    "accords",
    "protocol",
    "protocols",
    "treaty",
    "convention",
    "conventions",
    "declaration",
    "memorandum",
    "charter",
    "format",
    "process",
    "consensus",
    "communique",
];

/// Whether one of the next three units after `u` in its sentence, before any other kind of
/// word than a lower-case modifier, is a document noun ("Minsk agreements", "Paris climate
/// accord", "Oslo peace process").
fn names_a_document(units: &Units, u: usize) -> bool {
    let Some(sent) = u.checked_sub(1).map(|p| units.v[p].sent) else {
        return false;
    };
    (u..units.v.len().min(u + 3))
        .take_while(|&j| units.v[j].sent == sent)
        .map(|j| units.norm(j))
        .take_while(|w| !NOT_MODIFIER.contains(w))
        .any(|w| DOCUMENTS.contains(&w))
}

/// Capitalised nouns of buildings that a state's or people's name before them names ("the
/// Kuwaiti Hospital", "the American University").
const BUILDINGS: &[&str] = &[
    "hospital",
    "clinic",
    "school",
    "college",
    "university",
    "mosque",
    "church",
    "cathedral",
    "museum",
    "stadium",
];

/// Whether unit `u`, in the sentence of the unit before it, is a capitalised building noun.
fn names_a_building(units: &Units, u: usize) -> bool {
    u > 0
        && u < units.v.len()
        && units.v[u].sent == units.v[u - 1].sent
        && units.v[u].cap
        && BUILDINGS.contains(&units.norm(u))
}

/// Whether the capitalised words from `u` in its sentence (at most four) end in a committee
/// ("Banking Committee", "Armed Services Subcommittee").
fn names_a_committee(units: &Units, u: usize) -> bool {
    let Some(sent) = u.checked_sub(1).map(|p| units.v[p].sent) else {
        return false;
    };
    (u..units.v.len().min(u + 4))
        .take_while(|&j| units.v[j].sent == sent && units.v[j].cap)
        .any(|j| matches!(units.norm(j), "committee" | "subcommittee"))
}

/// Whether the capitalised words from `u` in its sentence (at most three) hold a document noun
/// ("Convention on Human Rights", "Agreement").
fn titles_a_document(units: &Units, u: usize) -> bool {
    let Some(sent) = u.checked_sub(1).map(|p| units.v[p].sent) else {
        return false;
    };
    (u..units.v.len().min(u + 3))
        .take_while(|&j| units.v[j].sent == sent && units.v[j].cap)
        .any(|j| DOCUMENTS.contains(&units.norm(j)))
}

/// A person match, its span widened to start at `from` (over a title, and over a country
/// when the widening starts at one, which settles a contextual match).
fn person(cx: &Ctx, item: Item, from: Option<usize>) -> Draft {
    let (u0, u1, entry, fuzzy, flags) = match item {
        Item::Match {
            u0,
            u1,
            entry,
            fuzzy,
            flags,
        } => (u0, u1, entry, fuzzy, flags),
        Item::Pronoun { u, .. } => (u, u + 1, 0, false, 0),
    };
    let e = cx.dict.entry(entry);
    let start = from.unwrap_or(u0);
    let country_named = start != u0
        && cx
            .entry_at(start)
            .is_some_and(|s| s.kind == EntryKind::Country);
    let name = if fuzzy {
        format!("{} (spelling)", e.name)
    } else {
        e.name.to_string()
    };
    let mut code = e.code_on(cx.date).unwrap_or("").to_string();
    // "Jordan's King Abdullah": a country named with the person outranks a namesake of another
    // country in the dictionary (Saudi Arabia's late King Abdullah).
    if let Some(named) = country_named
        .then(|| cx.entry_at(start).and_then(|s| s.code_on(cx.date)))
        .flatten()
        .and_then(|c| c.get(..3))
    {
        if !code.starts_with(named) {
            let titled = [
                "King ",
                "Queen ",
                "President ",
                "Prime Minister ",
                "Emir ",
                "Sultan ",
            ]
            .iter()
            .any(|t| e.name.starts_with(t));
            code = format!("{named}{}", if titled { "GOV" } else { "" });
        }
    }
    let d = Draft::new(
        start,
        u1,
        u1 - 1,
        code,
        ActorKind::Person,
        name,
        RefClass::Person,
    );
    Draft {
        contextual: flags & CONTEXT != 0 && !country_named,
        ..d
    }
}

/// Adjacent agent matches from item `k` on, merged: returns the index after the chain and a
/// draft whose `code` holds the sector part of the last agent, the head noun (a `deputy
/// governor` is a governor).
fn chain(cx: &Ctx, k: usize) -> (usize, Draft) {
    let (dict, date, items) = (cx.dict, cx.date, cx.items);
    let (mut code, mut name) = ("", "");
    let (mut u0, mut u1, mut class) = (usize::MAX, 0, RefClass::Thing);
    let mut i = k;
    while let Some(Item::Match {
        u0: a0,
        u1: a1,
        entry,
        flags,
        ..
    }) = items.get(i).copied()
    {
        let e = dict.entry(entry);
        let EntryKind::Agent(ac) = e.kind else { break };
        if u0 != usize::MAX && (a0 != u1 || quoted_apart(cx.units, u1 - 1, a0)) {
            break;
        }
        if u0 == usize::MAX {
            u0 = a0;
        }
        let next = e.code_on(date).unwrap_or(code);
        // An officer speaks for the body or people named before the title: a "party
        // spokesman" is the party's, an "airline official" the airline's, "rebel leaders" are
        // rebels (though a "police minister" is a government's, and "civilian officials" are
        // no civilians).
        let officer_of_body = !matches!(code, "" | "~GOV" | "~CVL" | "~REF")
            && next == "~GOV"
            && matches!(ac, AgentClass::Person | AgentClass::Group)
            && !STATE_OFFICES.contains(&cx.units.norm(a1 - 1));
        if !officer_of_body {
            code = next;
            name = &e.name;
        }
        u1 = a1;
        class = match ac {
            AgentClass::Person if flags & PLURAL == 0 => RefClass::Person,
            AgentClass::Body | AgentClass::Weapon => RefClass::Thing,
            _ => RefClass::Plural,
        };
        i += 1;
    }
    (
        i,
        Draft::new(
            u0,
            u1,
            u1.saturating_sub(1),
            code.to_string(),
            ActorKind::Agent,
            name.to_string(),
            class,
        ),
    )
}

/// Whether adjacent units `a` and `b` have a token between them that made no unit and is no
/// possessive or hyphen: a quotation mark, which parts "rights groups" from "'terrorists'".
fn quoted_apart(units: &Units, a: usize, b: usize) -> bool {
    let (ua, ub) = (&units.v[a], &units.v[b]);
    ub.tok > ua.tok + 1 && !ua.owner && !ub.hyphen
}

/// Joins a base code and an agent's sector part (`~GOV` appends, `NGO~` prepends). A country
/// keeps only its first three letters; an organisation keeps its whole code.
pub(crate) fn compose(base: &str, keep_whole: bool, agent: &str) -> String {
    let mut code = if keep_whole || base.len() < 3 {
        base.to_string()
    } else {
        base[..3].to_string()
    };
    if let Some(s) = agent.strip_prefix('~') {
        if code != s && !code.get(3..).is_some_and(|rest| rest.contains(s)) {
            code.push_str(s);
        }
    } else if let Some(p) = agent.strip_suffix('~') {
        code.insert_str(0, p);
    }
    code
}

/// Words before "party" that make it a gathering or a group of people, not a political party
/// ("a dinner party", "a search party").
const SOCIAL_PARTIES: &[&str] = &[
    "dinner",
    "birthday",
    "tea",
    "garden",
    "house",
    "search",
    "hunting",
    "working",
    "stag",
    "hen",
    "launch",
    "christmas",
    "farewell",
    "cocktail",
    "street",
    "office",
];

/// Whether unit `u` is "party" joined by a hyphen to the word before it ("six-party talks",
/// "cross-party support") or after "third" ("third party add-ons"): a modifier or an
/// outsider, not a party; or a gathering ("a dinner party", see [`SOCIAL_PARTIES`]).
fn hyphenated_party(units: &Units, u: usize) -> bool {
    units.norm(u) == "party"
        && (units.v[u].hyphen
            || (u > 0
                && units.v[u - 1].sent == units.v[u].sent
                && SOCIAL_PARTIES.contains(&units.norm(u - 1)))
            // "third party add-ons", "a third party": an outsider, not a political party; a
            // "third party candidate" stands for one.
            || (u > 0
                && units.v[u - 1].sent == units.v[u].sent
                && units.norm(u - 1) == "third"
                && !(u + 1 < units.v.len()
                    && matches!(
                        units.norm(u + 1),
                        "candidate" | "candidates" | "candidacy" | "ticket" | "bid" | "challenger"
                    ))))
}

/// Units between a country and an agent: at most two plain words, no punctuation, and no
/// verb ("Russia massed troops" is a country and its troops, not one agent).
fn modifier_gap(units: &Units, from: usize, to: usize) -> bool {
    to >= from
        && to - from <= 2
        && (from..to).all(|i| {
            let n = units.norm(i);
            !n.is_empty()
                && n.chars().all(char::is_alphabetic)
                && !NOT_MODIFIER.contains(&n)
                && !matches!(
                    units.v[i].upos,
                    Some(Upos::Verb | Upos::Aux | Upos::Adp | Upos::Pron)
                )
        })
}

/// Whether the agent at units `u0..u1` is capitalised inside a sentence and followed, over
/// capitalised words, commas and "and" only (at most four units), by "Secretary" or
/// "Minister": a word of a portfolio ("Culture, Media and Sport Secretary").
fn names_portfolio(units: &Units, u0: usize, u1: usize) -> bool {
    let sent = units.v[u0].sent;
    let inside = u0 > 0 && units.v[u0 - 1].sent == sent;
    inside
        && units.v[u0].cap
        && (u1..units.v.len().min(u1 + 4))
            .take_while(|&i| {
                units.v[i].sent == sent && (units.v[i].cap || matches!(units.norm(i), "and" | ""))
            })
            .any(|i| units.v[i].cap && matches!(units.norm(i), "secretary" | "minister"))
}

/// Words before an agent that make a "from" phrase after it the place it leaves: an owner
/// ("its troops from Lebanon") or a verb of withdrawal ("pull troops from Iraq").
const LEAVING_CUES: &[&str] = &[
    "its",
    "their",
    "his",
    "her",
    "withdraw",
    "withdraws",
    "withdrew",
    "withdrawn",
    "withdrawing",
    "pull",
    "pulls",
    "pulled",
    "pulling",
    "remove",
    "removes",
    "removed",
    "removing",
    "evacuate",
    "evacuated",
    "evacuating",
    "redeploy",
    "redeployed",
    "recall",
    "recalled",
];

/// Whether the agent starting at unit `u0` has a [`LEAVING_CUES`] word before it, over at most
/// two numbers or modifiers in its sentence ("withdrew 3,000 more troops from").
fn owned_or_withdrawn(units: &Units, u0: usize) -> bool {
    let sent = units.v[u0].sent;
    (u0.saturating_sub(3)..u0)
        .rev()
        .take_while(|&i| units.v[i].sent == sent)
        .any(|i| LEAVING_CUES.contains(&units.norm(i)))
}

/// Nouns of what a state does or holds people in, besides attacks ("in Israel's war", "in
/// Egypt's jails").
const HELD_IN: &[&str] = &["war", "campaign", "custody", "jail", "prison", "detention"];

/// Whether one of the three units from `u`, in its sentence, names an attack or a
/// [`HELD_IN`] noun, singular or plural.
fn in_states_hands(units: &Units, u: usize) -> bool {
    let Some(sent) = units.v.get(u.saturating_sub(1)).map(|x| x.sent) else {
        return false;
    };
    (u..units.v.len().min(u + 3))
        .take_while(|&i| units.v[i].sent == sent)
        .any(|i| {
            let n = units.norm(i);
            let one = n.strip_suffix('s').unwrap_or(n);
            [n, one]
                .iter()
                .any(|w| ATTACK_NOUNS.contains(w) || HELD_IN.contains(w))
        })
}

/// `of` / `from` / `in` (and an optional `the`) between an agent and a country.
fn of_gap(units: &Units, from: usize, to: usize) -> bool {
    preposition_gap(units, from, to, &["of", "from", "in"])
}

/// One of `words` (and an optional `the`) fills units `from..to`.
fn preposition_gap(units: &Units, from: usize, to: usize, words: &[&str]) -> bool {
    match to.checked_sub(from) {
        Some(1) => words.contains(&units.norm(from)),
        Some(2) => words.contains(&units.norm(from)) && units.norm(from + 1) == "the",
        _ => false,
    }
}

/// Titles whose second a "deputy" before them is.
const DEPUTY_OF: &[&str] = &[
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "head",
    "editor",
    "manager",
    "chief",
    "leader",
    "governor",
    "mayor",
    "commissioner",
    "speaker",
    "secretary",
    "minister",
    "premier",
    "president",
    "commander",
    "general",
    "prime",
    "foreign",
    "defence",
    "defense",
    "finance",
    "interior",
    "chancellor",
    "ambassador",
    "envoy",
];

#[cfg(test)]
mod tests {
    use super::compose;

    #[test]
    fn composes_codes() {
        assert_eq!(compose("RUS", false, "~MIL"), "RUSMIL");
        assert_eq!(compose("RUSGOV", false, "~GOV"), "RUSGOV");
        assert_eq!(compose("IGOUNO", true, "~MIL"), "IGOUNOMIL");
        assert_eq!(compose("FRA", false, "NGO~"), "NGOFRA");
        assert_eq!(compose("", true, "~REB"), "REB");
        assert_eq!(compose("MED", false, "~MED"), "MED");
    }
}
