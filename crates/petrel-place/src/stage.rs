//! The place stage: find each event's locative phrase and resolve it.

use crate::gazetteer::{Gazetteer, Place};
use petrel_core::{ActorKind, Date, Doc, Layers, Location, Result, Stage, Upos};
use std::sync::Arc;

/// Prepositions that say where something happened.
const LOCATIVE: &[&str] = petrel_core::words::PLACE_PREPOSITIONS;

/// Common nouns that stand for a part of a place named by their "of" phrase: "the outskirts of
/// Tunis", "the province of Anbar".
const PART_OF: &[&str] = &[
    "outskirt",
    "outskirts",
    "city",
    "town",
    "village",
    "province",
    "region",
    "district",
    "capital",
    "centre",
    "center",
    "suburb",
    "area",
    "port",
    "state",
    "county",
    "heart",
    "streets",
    "north",
    "south",
    "east",
    "west",
    "border",
    "vicinity",
];

/// Last words of a place name that the gazetteer leaves out: "Gaza City" is "Gaza".
const PLACE_SUFFIX: &[&str] = &[
    "city",
    "province",
    "region",
    "governorate",
    "district",
    "state",
    "strip",
    "oblast",
];

/// The countries that make one of several towns of a name likelier: those of the event's
/// actors, and those the article names through other mentions.
struct Near<'a> {
    actors: &'a [String],
    named: &'a [String],
}

/// Gives an event the place named by a locative phrase of its trigger, of the verb an event
/// noun belongs to, or of its object, or by a place-name object of a visit or an attack: a city
/// of the gazetteer, or a country.
#[derive(Clone)]
pub struct PlaceStage {
    gazetteer: Arc<Gazetteer>,
}

impl PlaceStage {
    /// A place stage over a shared gazetteer.
    pub fn new(gazetteer: Arc<Gazetteer>) -> PlaceStage {
        PlaceStage { gazetteer }
    }
}

impl Stage for PlaceStage {
    fn name(&self) -> &'static str {
        "place"
    }
    fn requires(&self) -> Layers {
        Layers::EVENTS | Layers::PARSE
    }
    fn provides(&self) -> Layers {
        Layers::PLACES
    }
    fn process(&self, doc: &mut Doc) -> Result<()> {
        for k in 0..doc.events.len() {
            let e = &doc.events[k];
            let Some(t) = doc.trigger_token(e) else {
                continue;
            };
            let near: Vec<String> = [&e.source, &e.target]
                .into_iter()
                .flatten()
                .filter_map(|a| a.country.clone())
                .collect();
            // Countries the article names other than through this event's own actors.
            let own: Vec<petrel_core::Span> = [&e.source, &e.target]
                .into_iter()
                .flatten()
                .map(|a| a.span)
                .collect();
            let mut named: Vec<String> = doc
                .mentions
                .iter()
                .filter(|m| !own.contains(&m.span))
                .filter_map(|m| m.country.clone())
                .collect();
            named.sort_unstable();
            named.dedup();
            let near = Near {
                actors: &near,
                named: &named,
            };
            let found = place_phrases(doc, t, takes_place_object(&e.code))
                .into_iter()
                .find_map(|(h, country)| {
                    self.resolve(doc, h, &near, country)
                        .map(|l| (l, (!country).then_some(h), h))
                });
            let (location, object, phrase) = match found {
                Some((l, o, h)) => (Some(l), o, Some(h)),
                None => (None, None, None),
            };
            if let (Some(h), Some(l)) = (object, &location) {
                // "captured Kherson": to seize a town is to occupy territory, not to detain.
                let e = &mut doc.events[k];
                if e.code == "173" {
                    e.code = "192".to_string();
                    e.plover = None;
                    e.mode = petrel_ontology::lookup("192")
                        .and_then(|c| c.plover_mode)
                        .map(String::from);
                    e.evidence.rule.push_str("+territory");
                }
                town_as_target(doc, k, h, l);
            }
            self.camp_of_town(doc, k, &near);
            if let Some(l) = &location {
                victims_of_the_place(doc, k, l);
                if let (None, Some(h)) = (object, phrase) {
                    attacked_place(doc, k, h, l);
                }
            }
            doc.events[k].location = location;
        }
        Ok(())
    }
}

/// "Russian forces shelled Kramatorsk": a town that is the object of an attack, a capture or an
/// occupation (roots 17–20), or of a visit (042: "Blair visited Basra"), and names no actor is
/// the target, coded as its country: the one attacked, or the host. Not when the actor is of
/// that country ("Ukrainian forces retook Kherson", "Blair visited Leeds"). The rule id gains
/// `+town-target`.
fn town_as_target(doc: &mut Doc, k: usize, h: usize, l: &Location) {
    let e = &doc.events[k];
    let attack_or_visit =
        matches!(e.code.get(..2), Some("17" | "18" | "19" | "20")) || e.code == "042";
    let Some(country) = l.country.clone() else {
        return;
    };
    let own = e
        .source
        .as_ref()
        .and_then(|s| s.country.as_deref())
        .is_some_and(|c| c == country);
    if !attack_or_visit || e.target.is_some() || own {
        return;
    }
    place_as_target(doc, k, h, country, "+town-target");
}

/// "People buried alive outside Gaza hospital during an Israeli raid", "US forces pounded
/// targets in Falluja": violence (roots 18–20) by an actor of one country in a town of another,
/// with no target named, is aimed at the town's country. The rule id gains `+place-target`.
fn attacked_place(doc: &mut Doc, k: usize, h: usize, l: &Location) {
    let e = &doc.events[k];
    let violent = matches!(e.code.get(..2), Some("18" | "19" | "20"));
    let (Some(place), Some(attacker)) = (
        l.country.as_deref(),
        e.source.as_ref().and_then(|s| s.country.as_deref()),
    ) else {
        return;
    };
    if !violent || e.target.is_some() || place.len() != 3 || attacker == place {
        return;
    }
    place_as_target(doc, k, h, place.to_string(), "+place-target");
}

/// Makes the proper-noun run at `h` (a town) event `k`'s target, coded as `country`, and adds
/// `why` to the rule id.
fn place_as_target(doc: &mut Doc, k: usize, h: usize, country: String, why: &str) {
    let Some((a, b)) = proper_run(doc, h) else {
        return;
    };
    let span = doc.tokens[a].span.cover(doc.tokens[b - 1].span);
    let chars = petrel_core::Span {
        start: doc.text[..span.start as usize].chars().count() as u32,
        end: doc.text[..span.end as usize].chars().count() as u32,
    };
    let target = petrel_core::ActorRef {
        code: country.clone(),
        country: Some(country),
        sector: None,
        text: span.slice(&doc.text).to_string(),
        span,
        chars,
    };
    let e = &mut doc.events[k];
    e.target = Some(target);
    e.evidence.rule.push_str(why);
}

/// "Russian soldiers killed 12 civilians in Bucha": bare victims ("civilians", "people") take
/// their country from the article's context, where the attacker's is the likeliest. When an
/// act of violence (roots 18–20) takes place in a town of another country, such victims are
/// that country's. Not when the victims' own words name a country ("12 Russian civilians").
/// The rule id gains `+victims-of-place`.
fn victims_of_the_place(doc: &mut Doc, k: usize, l: &Location) {
    let e = &doc.events[k];
    let violent = matches!(e.code.get(..2), Some("18" | "19" | "20"));
    let (Some(place), Some(target)) = (l.country.as_deref(), e.target.as_ref()) else {
        return;
    };
    let attacker = e.source.as_ref().and_then(|s| s.country.as_deref());
    if !violent
        || place.len() != 3
        || target.country.as_deref() != attacker
        || attacker == Some(place)
    {
        return;
    }
    let bare = doc
        .mentions_with_span(target.span)
        .any(|(_, m)| bare_agent(doc, m));
    if !bare || attacker.is_none() {
        return;
    }
    let place = place.to_string();
    let e = &mut doc.events[k];
    if let Some(t) = e.target.as_mut() {
        t.code = format!("{place}{}", t.code.get(3..).unwrap_or(""));
        t.country = Some(place);
    }
    e.evidence.rule.push_str("+victims-of-place");
}

/// Whether mention `m` is an agent named by common nouns only ("civilians", "refugee"), whose
/// state came from its context rather than its own words.
fn bare_agent(doc: &Doc, m: &petrel_core::ActorMention) -> bool {
    m.kind == ActorKind::Agent
        && m.tokens().all(|j| {
            doc.word(j)
                .chars()
                .next()
                .is_some_and(|c| !c.is_uppercase())
        })
}

impl PlaceStage {
    /// "Israeli forces raided Jenin refugee camp": a bare agent of event `k` (source or
    /// target) whose noun a town of the gazetteer names ("Jenin refugee camp", "the Balata
    /// camp's residents") is of the town's country, not of the state its context gave it. The
    /// rule id gains `+town-of-agent`.
    fn camp_of_town(&self, doc: &mut Doc, k: usize, near: &Near) {
        for target in [false, true] {
            let e = &doc.events[k];
            let Some(a) = (if target { &e.target } else { &e.source }) else {
                continue;
            };
            let Some(m) = doc
                .mentions_with_span(a.span)
                .map(|(_, m)| m)
                .find(|m| bare_agent(doc, m))
            else {
                continue;
            };
            let h = m.head as usize;
            let noun = if doc.tokens[h].deprel.as_str() == "compound" {
                doc.tokens[h].head().unwrap_or(h)
            } else {
                h
            };
            let Some(town) = doc.children(noun).find(|&c| {
                c < h
                    && doc.tokens[c].deprel.as_str() == "compound"
                    && doc.tokens[c].upos == Upos::Propn
            }) else {
                continue;
            };
            let Some(country) = self
                .resolve(doc, town, near, false)
                .and_then(|l| l.country)
                .filter(|c| c.len() == 3 && a.country.as_deref() != Some(c.as_str()))
            else {
                continue;
            };
            let e = &mut doc.events[k];
            let a = if target {
                e.target.as_mut()
            } else {
                e.source.as_mut()
            };
            if let Some(a) = a {
                a.code = match a.country {
                    Some(_) => format!("{country}{}", a.code.get(3..).unwrap_or("")),
                    None => format!("{country}{}", a.code),
                };
                a.country = Some(country);
                e.evidence.rule.push_str("+town-of-agent");
            }
        }
    }

    /// The place named by the phrase headed by `h`: the run of proper nouns around it, or the
    /// run without a word like "City" ("Gaza City", then "Gaza"), that names a city, or a
    /// country mention in the run (when `country` allows it). Among cities of one name, one in
    /// a country of the event's actors wins unless another is more than three times larger, and
    /// one in a country the article names through other mentions unless another is more than
    /// ten times larger.
    fn resolve(&self, doc: &Doc, h: usize, near: &Near, country: bool) -> Option<Location> {
        let (a, b) = proper_run(doc, h)?;
        // "in March", "on Tuesday": a time, though a town in England is called March.
        let word = doc.word(h);
        if Date::month_from_name(word).is_some() || Date::weekday_from_name(word).is_some() {
            return None;
        }
        // A person's or an organisation's name is not a place ("Mr Howard", "the Independence
        // Party").
        let named = doc
            .mentions_overlapping(a, b)
            .any(|m| !matches!(m.kind, ActorKind::Country));
        if named {
            return None;
        }
        let mut spans = vec![(a, b)];
        if b - a > 1 && PLACE_SUFFIX.contains(&doc.lemma(b - 1).to_lowercase().as_str()) {
            spans.push((a, b - 1));
        }
        // "in south Lebanon": a run that is just a country's name is that country, not a town
        // of its name abroad (Lebanon, Tennessee).
        let state = doc
            .mentions_overlapping(a, b)
            .find(|m| {
                m.kind == ActorKind::Country
                    && m.sector.is_none()
                    && m.tok_start as usize == a
                    && m.tok_end as usize == b
            })
            .and_then(|m| m.country.clone());
        for (a, b) in spans {
            let name = doc.tokens[a]
                .span
                .cover(doc.tokens[b - 1].span)
                .slice(&doc.text);
            // A country the document names elsewhere counts for more than size: Bethlehem in
            // an article about the West Bank is not the larger one in South Africa.
            let score = |p: &Place| {
                p.population
                    * if near.actors.contains(&p.country) {
                        3
                    } else {
                        1
                    }
                    * if near.named.contains(&p.country) {
                        10
                    } else {
                        1
                    }
            };
            if let Some(p) = self.gazetteer.lookup(name).max_by_key(|p| score(p)) {
                if state.as_ref().is_some_and(|c| *c != p.country) {
                    break;
                }
                return Some(city(name, p));
            }
        }
        if !country {
            return None;
        }
        let m = doc
            .mentions_overlapping(a, b)
            .find(|m| m.kind == ActorKind::Country && m.sector.is_none())?;
        Some(Location {
            name: m.span.slice(&doc.text).to_string(),
            country: m.country.clone(),
            lat: None,
            lon: None,
        })
    }
}

fn city(name: &str, p: &Place) -> Location {
    Location {
        name: name.to_string(),
        country: Some(p.country.clone()),
        lat: Some(p.lat),
        lon: Some(p.lon),
    }
}

/// Heads of the phrases that may name where trigger `t` happened, best first: its locative
/// phrases, those of the verb an event noun depends on, those of its object ("raided homes in
/// Gaza City"), then, with `place_object`, a proper-noun object ("shelled Kharkiv"), which may
/// name a city but not a country (a country object is the target). "The outskirts of Tunis" gives "Tunis". Each
/// head comes with whether a country may answer.
fn place_phrases(doc: &Doc, t: usize, place_object: bool) -> Vec<(usize, bool)> {
    let mut owners = vec![t];
    if doc.tokens[t].upos == Upos::Noun {
        owners.extend(doc.tokens[t].head());
    }
    let objects: Vec<usize> = doc
        .children(t)
        .filter(|&d| matches!(doc.tokens[d].deprel.base(), "obj" | "obl"))
        .collect();
    owners.extend(objects.iter().copied());
    let mut out = Vec::new();
    for o in owners {
        for d in doc.children(o) {
            let rel = doc.tokens[d].deprel.base();
            if !matches!(rel, "obl" | "nmod")
                || !case_of(doc, d).is_some_and(|c| LOCATIVE.contains(&c))
            {
                continue;
            }
            if doc.tokens[d].upos == Upos::Noun && PART_OF.contains(&doc.lemma(d)) {
                out.extend(
                    doc.children(d)
                        .filter(|&n| {
                            doc.tokens[n].deprel.base() == "nmod" && case_of(doc, n) == Some("of")
                        })
                        .map(|n| (n, true)),
                );
            }
            out.push((d, true));
        }
    }
    // "a raid on Jenin", "the assault on Falluja": the town an attack noun is on is its object.
    if place_object && doc.tokens[t].upos == Upos::Noun {
        out.extend(
            doc.children(t)
                .filter(|&n| {
                    doc.tokens[n].deprel.base() == "nmod"
                        && doc.tokens[n].upos == Upos::Propn
                        && matches!(case_of(doc, n), Some("on" | "against" | "upon"))
                })
                .map(|n| (n, false)),
        );
    }
    // "the shelling of Kharkiv", "Israeli bombing of Rafah killed five": the town of an attack
    // noun's "of" phrase was hit, whether the noun is the trigger or its subject.
    if place_object {
        let attacks = std::iter::once(t)
            .filter(|&a| doc.tokens[a].upos == Upos::Noun)
            .chain(
                doc.children(t)
                    .filter(|&s| doc.tokens[s].deprel.base() == "nsubj"),
            )
            .filter(|&a| petrel_core::words::ATTACK_NOUNS.contains(&doc.lemma(a)));
        for a in attacks.collect::<Vec<_>>() {
            out.extend(
                doc.children(a)
                    .filter(|&n| {
                        doc.tokens[n].deprel.base() == "nmod"
                            && doc.tokens[n].upos == Upos::Propn
                            && case_of(doc, n) == Some("of")
                    })
                    .map(|n| (n, false)),
            );
        }
    }
    for d in objects
        .into_iter()
        .filter(|&d| place_object && doc.tokens[d].deprel.base() == "obj")
    {
        match doc.tokens[d].upos {
            Upos::Propn => out.push((d, false)),
            // "captured the town of Izium", "shelled the city of Kharkiv".
            Upos::Noun if PART_OF.contains(&doc.lemma(d)) => out.extend(
                doc.children(d)
                    .filter(|&n| {
                        doc.tokens[n].deprel.base() == "nmod"
                            && case_of(doc, n) == Some("of")
                            && doc.tokens[n].upos == Upos::Propn
                    })
                    .map(|n| (n, false)),
            ),
            _ => {}
        }
    }
    out
}

/// Whether an event's object can be the place it happens at: visits (04), protests (14) and
/// material conflict (15, 17–20) — "shelled Kharkiv", "visited Paris" — but not what is said
/// ("warned Washington" is a government, not a place).
fn takes_place_object(code: &str) -> bool {
    matches!(
        code.get(..2),
        Some("04" | "14" | "15" | "17" | "18" | "19" | "20")
    )
}

/// The lemma of the `case` marker of `d` ("in", "near").
fn case_of(doc: &Doc, d: usize) -> Option<&str> {
    doc.children(d)
        .find(|&c| doc.tokens[c].deprel.base() == "case")
        .map(|c| doc.lemma(c))
}

/// The run of proper nouns containing `h` (`[a, b)`), if `h` is one.
fn proper_run(doc: &Doc, h: usize) -> Option<(usize, usize)> {
    if doc.tokens[h].upos != Upos::Propn {
        return None;
    }
    let s = doc.tokens[h].sentence as usize;
    let range = doc.sentences[s].tokens();
    let propn = |i: usize| doc.tokens[i].upos == Upos::Propn;
    let mut a = h;
    while a > range.start && propn(a - 1) {
        a -= 1;
    }
    let mut b = h + 1;
    while b < range.end && propn(b) {
        b += 1;
    }
    Some((a, b))
}
