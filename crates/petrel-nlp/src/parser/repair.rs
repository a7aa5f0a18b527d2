//! Repairs of the greedy parse. The first is for a sentence shape news writes often and the
//! treebank holds rarely: an opening participle clause before the subject ("Touring the Middle
//! East, China's envoy expressed concern"; "Speaking in the Commons after Mr Brown had delivered
//! the Budget, Mr Howard said"). The parser tends to take the participle's object for the main
//! verb's subject and the real subject for an apposition. The repair makes the phrase between
//! the comma and the main verb its subject, and the participle clause an adverbial clause of it.
//! A second repair takes a noun that the parser made a compound across a preposition ("strike
//! Gaza after rocket fire") back to the verb before it as its object. The others read:
//! - a subordinate clause that the parser took for a prepositional phrase ("warns Israel after
//!   Houthi rebels attack ships") as the clause it is;
//! - a base-form verb that the parse gives a determiner or a compound in a nominal relation
//!   ("begins a Middle East visit"), or an "-ing" form with an owner ("Abudaqa's killing"), as
//!   the noun it is;
//! - a fronted phrase with a preposition that the parser made a second subject ("According to
//!   terms of the truce, 150 prisoners will be released") as an oblique;
//! - a name that the parser made a compound of the weekday after it ("deported from Germany
//!   late Tuesday") as the head of its phrase;
//! - the second noun phrase of a naming verb ("called the war a mistake") as its open
//!   complement;
//! - a base-form verb read as a bare infinitive after an object ("weighs Israel visit") as the
//!   noun it is;
//! - a clause opened by a subordinator and hung on a noun ("arrests 133 Palestinians while
//!   releasing 150") as an adverbial clause of the verb;
//! - a verb conjoined to the object of the verb before it ("arrested 103 suspects and filed
//!   117 complaints") as a conjunct of that verb.

use petrel_core::{Date, Deprel, Doc, Upos};
use std::ops::Range;

/// Opening "-ing" words that are prepositions or name no act of the subject.
const NOT_PARTICIPLES: &[&str] = &[
    "according",
    "including",
    "during",
    "following",
    "regarding",
    "concerning",
    "considering",
    "excluding",
    "notwithstanding",
    "pending",
    "barring",
];

/// The longest opening clause and subject phrase the repair reads, in tokens.
const MAX_CLAUSE: usize = 30;
const MAX_SUBJECT: usize = 12;

/// Whether token `i` is a noun, a name or a pronoun.
fn nominal(doc: &Doc, i: usize) -> bool {
    matches!(doc.tokens[i].upos, Upos::Noun | Upos::Propn | Upos::Pron)
}

/// Repairs the sentence over tokens `range` when it opens with a participle clause (see the
/// module documentation); leaves every other sentence as parsed.
pub(crate) fn opening_participle(doc: &mut Doc, range: Range<usize>) {
    let g = range.start;
    if range.len() < 5 || doc.xpos(g) != "VBG" || doc.tokens[g].upos != Upos::Verb {
        return;
    }
    let first = doc.word(g).to_ascii_lowercase();
    if NOT_PARTICIPLES.contains(&first.as_str()) || doc.word(g + 1) == "," {
        return;
    }
    let Some(c) = (g + 2..range.end.min(g + MAX_CLAUSE)).find(|&j| doc.word(j) == ",") else {
        return;
    };
    // "Disappointing economic reports dented the currency, which …": a finite verb before the
    // comma is the main verb, and the "-ing" word an adjective.
    if (g + 1..c)
        .any(|j| doc.tokens[j].upos == Upos::Verb && matches!(doc.xpos(j), "VBD" | "VBZ" | "VBP"))
    {
        return;
    }
    // A relative pronoun after the comma opens a relative clause, not the subject.
    if matches!(doc.xpos(c + 1), "WDT" | "WP" | "WP$") {
        return;
    }
    // The subject phrase: nouns, names, pronouns and their modifiers, up to a verb.
    let Some(k) = (c + 1..range.end.min(c + 1 + MAX_SUBJECT))
        .find(|&j| matches!(doc.tokens[j].upos, Upos::Verb | Upos::Aux))
    else {
        return;
    };
    let np = c + 1..k;
    let np_ok = np.clone().all(|j| {
        matches!(
            doc.tokens[j].upos,
            Upos::Det
                | Upos::Adj
                | Upos::Noun
                | Upos::Propn
                | Upos::Part
                | Upos::Num
                | Upos::Pron
                | Upos::Adp
                | Upos::Cconj
        )
    });
    if np.is_empty() || !np_ok || !np.clone().any(|j| nominal(doc, j)) {
        return;
    }
    // The main verb: a finite verb, or the verb an auxiliary serves.
    let v = if doc.tokens[k].upos == Upos::Aux {
        match doc.tokens[k].head() {
            Some(h) if h > k && doc.tokens[h].upos == Upos::Verb => h,
            _ => return,
        }
    } else if matches!(doc.xpos(k), "VBD" | "VBZ" | "VBP") {
        k
    } else {
        return;
    };
    // Parsed right already: the verb has its subject in the phrase and hangs on no word of
    // the opening clause.
    let clause = g..c + 1;
    let has_subject = np
        .clone()
        .any(|j| doc.tokens[j].head() == Some(v) && doc.tokens[j].deprel.base() == "nsubj");
    if has_subject && doc.tokens[v].head().is_none_or(|h| !clause.contains(&h)) {
        return;
    }
    // The phrase has one head, a noun, a name or a pronoun.
    let outs: Vec<usize> = np
        .clone()
        .filter(|&j| doc.tokens[j].head().is_none_or(|h| !np.contains(&h)))
        .collect();
    let [subject] = outs[..] else {
        return;
    };
    if !nominal(doc, subject) {
        return;
    }
    // The sentence's root must be the verb itself or lie in the opening clause.
    let root = range.clone().find(|&j| doc.tokens[j].head().is_none());
    if root.is_some_and(|r| r != v && !clause.contains(&r)) {
        return;
    }
    let saved: Vec<(u32, Deprel)> = doc.tokens[range.clone()]
        .iter()
        .map(|t| (t.head, t.deprel))
        .collect();
    let rel = |s: &str| Deprel::parse(s);
    doc.tokens[v].head = u32::MAX;
    doc.tokens[v].deprel = rel("root");
    doc.tokens[subject].head = v as u32;
    doc.tokens[subject].deprel = rel("nsubj");
    doc.tokens[g].head = v as u32;
    doc.tokens[g].deprel = rel("advcl");
    doc.tokens[c].head = v as u32;
    doc.tokens[c].deprel = rel("punct");
    // Words of the opening clause that hang outside it go to the verb before them in it.
    for j in g + 1..c {
        if doc.tokens[j].head().is_some_and(|h| clause.contains(&h)) {
            continue;
        }
        let Some(p) = (g..j).rev().find(|&p| doc.tokens[p].upos == Upos::Verb) else {
            continue;
        };
        let case = doc
            .children(j)
            .any(|x| doc.tokens[x].deprel.as_str() == "case");
        let r = match doc.tokens[j].upos {
            Upos::Verb => "advcl",
            _ if nominal(doc, j) && case => "obl",
            _ if nominal(doc, j) => "obj",
            _ => "dep",
        };
        doc.tokens[j].head = p as u32;
        doc.tokens[j].deprel = rel(r);
    }
    // Punctuation after the verb that hung on the opening clause closes the sentence.
    for j in v + 1..range.end {
        if doc.tokens[j].upos == Upos::Punct
            && doc.tokens[j].head().is_some_and(|h| clause.contains(&h))
        {
            doc.tokens[j].head = v as u32;
        }
    }
    // Every output is a tree: anything else puts the parse back as it was.
    if !is_tree(doc, range.clone()) {
        for (t, (h, d)) in doc.tokens[range].iter_mut().zip(saved) {
            t.head = h;
            t.deprel = d;
        }
    }
}

/// "Israeli jets strike Gaza after rocket fire", parsed with "Gaza" as a compound of "fire":
/// a compound cannot reach its head across that head's preposition. Such a noun or name right
/// after a verb with no object becomes the verb's object; any other is left as parsed.
pub(crate) fn compound_across_case(doc: &mut Doc, range: Range<usize>) {
    for c in range.clone() {
        let Some(h) = doc.tokens[c].head() else {
            continue;
        };
        if doc.tokens[c].deprel.as_str() != "compound" || h <= c + 1 || !nominal(doc, c) {
            continue;
        }
        let across = (c + 1..h).any(|j| {
            doc.tokens[j].upos == Upos::Adp
                && doc.tokens[j].head() == Some(h)
                && doc.tokens[j].deprel.as_str() == "case"
        });
        if !across {
            continue;
        }
        // The verb right before the noun, or before its own modifiers and determiner.
        let Some(v) = (range.start..c).rev().find(|&j| {
            !doc.children(c).any(|x| x == j) && !matches!(doc.tokens[j].upos, Upos::Det)
        }) else {
            continue;
        };
        let has_object = doc
            .children(v)
            .any(|x| matches!(doc.tokens[x].deprel.as_str(), "obj" | "ccomp"));
        if doc.tokens[v].upos != Upos::Verb || has_object {
            continue;
        }
        reattach(doc, range.clone(), c, v, "obj");
    }
}

/// Subordinators that the parser may take for a preposition before the clause's subject.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "before", "since", "until", "till", "once", "because", "while", "when", "as",
];

/// "Iran warns Israel after Houthi rebels attack more ships", parsed with "rebels" as an
/// oblique of "warns" and "attack" as a conjunct: a finite verb with no other subject right
/// after such a phrase is the verb of a subordinate clause, and the phrase's noun its subject.
pub(crate) fn clause_after_preposition(doc: &mut Doc, range: Range<usize>) {
    for a in range.clone() {
        if doc.tokens[a].deprel.as_str() != "case"
            || !CLAUSE_OPENERS.contains(&doc.word(a).to_ascii_lowercase().as_str())
        {
            continue;
        }
        let Some(n) = doc.tokens[a].head() else {
            continue;
        };
        if n <= a || !nominal(doc, n) {
            continue;
        }
        // The phrase runs from the opener to the last word that hangs on its noun, unbroken.
        let inside = |doc: &Doc, j: usize| {
            let mut x = j;
            for _ in 0..range.len() {
                if x == n {
                    return true;
                }
                match doc.tokens[x].head() {
                    Some(h) => x = h,
                    None => return false,
                }
            }
            false
        };
        let Some(e) = (n..range.end).take_while(|&j| inside(doc, j)).last() else {
            continue;
        };
        if !(a + 1..=e).all(|j| inside(doc, j)) {
            continue;
        }
        let mut v = e + 1;
        while v < range.end && doc.tokens[v].upos == Upos::Adv {
            v += 1;
        }
        // "as Israel has used it": a finite auxiliary hung on the verb after it opens the
        // verb group.
        let finite = |doc: &Doc, j: usize| matches!(doc.xpos(j), "VBD" | "VBZ" | "VBP");
        let mut aux = false;
        while v + 1 < range.end
            && doc.tokens[v].upos == Upos::Aux
            && (aux || finite(doc, v))
            && doc.tokens[v].head() == Some(v + 1)
        {
            aux = true;
            v += 1;
        }
        if v >= range.end
            || doc.tokens[v].upos != Upos::Verb
            || !(aux || finite(doc, v))
            || doc
                .children(v)
                .any(|c| c != n && doc.tokens[c].deprel.base().starts_with("nsubj"))
        {
            continue;
        }
        let saved: Vec<(u32, Deprel)> = doc.tokens[range.clone()]
            .iter()
            .map(|t| (t.head, t.deprel))
            .collect();
        let rel = |s: &str| Deprel::parse(s);
        let h = doc.tokens[n].head;
        // The subject already hangs on the verb ("halted until troops withdrew", read with
        // the clause as a complement): only the opener and the clause's relation move.
        if h == v as u32 {
            if doc.tokens[v].head().is_some() {
                doc.tokens[v].deprel = rel("advcl");
            }
        } else {
            doc.tokens[v].head = h;
            doc.tokens[v].deprel = if h == u32::MAX {
                rel("root")
            } else {
                rel("advcl")
            };
        }
        // "as Gaza is bombed": a participle after a form of "be" is a passive.
        let passive = doc.xpos(v) == "VBN"
            && doc
                .children(v)
                .any(|c| c < v && doc.tokens[c].upos == Upos::Aux && doc.lemma(c) == "be");
        doc.tokens[n].head = v as u32;
        doc.tokens[n].deprel = rel(if passive { "nsubj:pass" } else { "nsubj" });
        doc.tokens[a].head = v as u32;
        doc.tokens[a].deprel = rel("mark");
        for j in e + 1..v {
            if doc.tokens[j].upos == Upos::Adv {
                doc.tokens[j].head = v as u32;
                doc.tokens[j].deprel = rel("advmod");
            }
        }
        if !is_tree(doc, range.clone()) {
            for (t, (h, d)) in doc.tokens[range.clone()].iter_mut().zip(saved) {
                t.head = h;
                t.deprel = d;
            }
        }
    }
}

/// "begins a Middle East visit", tagged with "visit" as a base-form verb that the parser then
/// made the object of "begins", with "a" and "East" hung on it: a verb with a determiner or a
/// compound, in a nominal relation, with no subject, object, auxiliary or marker of its own, is
/// a singular noun. So is an "-ing" form with an owner before it ("Abudaqa's killing"), in any
/// relation; its lemma becomes the word itself.
pub(crate) fn noun_read_as_verb(doc: &mut Doc, range: Range<usize>) {
    let Some(nn) = doc.xpos_names.iter().position(|&x| x == "NN") else {
        return;
    };
    for v in range {
        let gerund = doc.xpos(v) == "VBG";
        if doc.tokens[v].upos != Upos::Verb
            || !(gerund || matches!(doc.xpos(v), "VB" | "VBP"))
            || !(gerund
                || matches!(
                    doc.tokens[v].deprel.as_str(),
                    "obj" | "nsubj" | "nsubj:pass" | "obl"
                ))
        {
            continue;
        }
        let mut nominal_kids = false;
        let mut verbal_kids = false;
        for c in doc.children(v) {
            match doc.tokens[c].deprel.base() {
                "nmod" if gerund && doc.tokens[c].deprel.as_str() == "nmod:poss" => {
                    nominal_kids |= c < v
                }
                "det" | "compound" if !gerund => nominal_kids |= c < v,
                "nsubj" | "obj" | "aux" | "mark" | "ccomp" | "xcomp" | "iobj" | "cop" => {
                    verbal_kids = true
                }
                _ => {}
            }
        }
        if nominal_kids && !verbal_kids {
            doc.tokens[v].upos = Upos::Noun;
            doc.tokens[v].xpos = nn as u8;
            if gerund {
                doc.tokens[v].lemma = Default::default();
            }
        }
    }
}

/// Subordinators that open an adverbial clause, never a clause on a noun.
const ADVERBIAL_MARKS: &[&str] = &[
    "after", "before", "while", "since", "until", "because", "although", "though", "once",
    "despite", "when", "whereas",
];

/// "Israel arrests 133 Palestinians while releasing 150": a clause opened by a subordinator of
/// time, cause or concession that the parser hung on a verb's object or oblique is an adverbial
/// clause of that verb. A clause on a noun of time stays ("a day after winning").
pub(crate) fn clause_on_noun(doc: &mut Doc, range: Range<usize>) {
    for v in range.clone() {
        if doc.tokens[v].deprel.as_str() != "acl" || doc.tokens[v].upos != Upos::Verb {
            continue;
        }
        let marked = doc.children(v).any(|c| {
            c < v
                && doc.tokens[c].deprel.as_str() == "mark"
                && ADVERBIAL_MARKS.contains(&doc.word(c).to_ascii_lowercase().as_str())
        });
        let Some(h) = doc.tokens[v].head() else {
            continue;
        };
        if !marked
            || !matches!(
                doc.tokens[h].upos,
                Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num
            )
            || TIME_NOUNS.contains(&doc.lemma(h))
            || Date::weekday_from_name(doc.word(h)).is_some()
        {
            continue;
        }
        // The verb whose object or oblique the noun is.
        let Some(g) = doc.tokens[h].head().filter(|&g| {
            matches!(doc.tokens[g].upos, Upos::Verb)
                && matches!(doc.tokens[h].deprel.base(), "obj" | "obl")
        }) else {
            continue;
        };
        reattach(doc, range.clone(), v, g, "advcl");
    }
}

/// "US authorities arrested 103 suspects and filed 117 complaints", "Biden visits Israel and
/// reaffirms support": a finite verb with a conjunction and an object of its own but no
/// subject, which the parser conjoined to the object of the verb before it, is a conjunct of
/// that verb and shares its subject.
pub(crate) fn verb_conjoined_to_object(doc: &mut Doc, range: Range<usize>) {
    for c in range.clone() {
        if doc.tokens[c].deprel.as_str() != "conj"
            || doc.tokens[c].upos != Upos::Verb
            || !matches!(doc.xpos(c), "VBD" | "VBN" | "VBZ" | "VBP")
        {
            continue;
        }
        let Some(h) = doc.tokens[c].head().filter(|&h| {
            h < c
                && matches!(doc.tokens[h].upos, Upos::Noun | Upos::Propn)
                && doc.tokens[h].deprel.as_str() == "obj"
        }) else {
            continue;
        };
        let Some(g) = doc.tokens[h]
            .head()
            .filter(|&g| doc.tokens[g].upos == Upos::Verb)
        else {
            continue;
        };
        let kids: Vec<&str> = doc
            .children(c)
            .map(|k| doc.tokens[k].deprel.as_str())
            .collect();
        if kids.contains(&"cc")
            && kids.contains(&"obj")
            && !kids.iter().any(|k| k.starts_with("nsubj"))
        {
            reattach(doc, range.clone(), c, g, "conj");
        }
    }
}

/// Verbs that take a bare infinitive after their object ("let Israel decide"), or whose clause
/// complement a parser may read that way ("says polls suggest").
const BARE_INFINITIVE_HEADS: &[&str] = &[
    "let",
    "make",
    "help",
    "see",
    "watch",
    "hear",
    "have",
    "bid",
    "feel",
    "notice",
    "get",
    "mean",
    "say",
    "suggest",
    "think",
    "show",
    "claim",
    "believe",
    "ensure",
    "expect",
    "fear",
    "hope",
    "know",
    "predict",
    "warn",
    "insist",
    "argue",
    "find",
    "reckon",
    "suppose",
    "assume",
    "understand",
    "realise",
    "realize",
    "guess",
];

/// "Biden weighs Israel visit", "Valencia accept Angulo ban": a base-form verb read as the open
/// complement of a verb that takes no bare infinitive, right after that verb's object (a noun
/// or a name), with no object, subject or marker of its own, is a noun, and the object its
/// compound. Its phrases with a preposition become its modifiers; a clause on it ("after
/// Netanyahu extends invite") goes back to the verb.
pub(crate) fn bare_infinitive_noun(doc: &mut Doc, range: Range<usize>) {
    let Some(nn) = doc.xpos_names.iter().position(|&x| x == "NN") else {
        return;
    };
    for v in range.clone() {
        if v == range.start
            || doc.tokens[v].upos != Upos::Verb
            || doc.xpos(v) != "VB"
            || doc.tokens[v].deprel.as_str() != "xcomp"
        {
            continue;
        }
        let (Some(h), o) = (doc.tokens[v].head(), v - 1) else {
            continue;
        };
        if BARE_INFINITIVE_HEADS.contains(&doc.lemma(h))
            || doc.tokens[o].head() != Some(h)
            || doc.tokens[o].deprel.as_str() != "obj"
            || !matches!(doc.tokens[o].upos, Upos::Noun | Upos::Propn)
        {
            continue;
        }
        let plain = doc.children(v).all(|c| match doc.tokens[c].deprel.base() {
            "punct" | "advcl" | "amod" | "compound" => true,
            "obl" => doc.children(c).any(|k| {
                doc.tokens[k].deprel.as_str() == "case"
                    && matches!(
                        doc.word(k).to_ascii_lowercase().as_str(),
                        "to" | "for" | "in" | "on" | "of" | "against" | "with" | "at" | "from"
                    )
            }),
            _ => false,
        });
        if !plain {
            continue;
        }
        let saved: Vec<(u32, Deprel)> = doc.tokens[range.clone()]
            .iter()
            .map(|t| (t.head, t.deprel))
            .collect();
        let kids: Vec<usize> = doc.children(v).collect();
        for c in kids {
            match doc.tokens[c].deprel.base() {
                "advcl" => doc.tokens[c].head = h as u32,
                "obl" => doc.tokens[c].deprel = Deprel::parse("nmod"),
                _ => {}
            }
        }
        doc.tokens[o].head = v as u32;
        doc.tokens[o].deprel = Deprel::parse("compound");
        doc.tokens[v].deprel = Deprel::parse("obj");
        if is_tree(doc, range.clone()) {
            doc.tokens[v].upos = Upos::Noun;
            doc.tokens[v].xpos = nn as u8;
        } else {
            for (t, (h, d)) in doc.tokens[range.clone()].iter_mut().zip(saved) {
                t.head = h;
                t.deprel = d;
            }
        }
    }
}

/// "According to terms of the truce, 150 prisoners will be released", parsed with "terms" as
/// a second subject of "released": a subject never has a preposition, so a subject with one,
/// before a comma and another subject of the same verb, is an oblique.
pub(crate) fn subject_with_preposition(doc: &mut Doc, range: Range<usize>) {
    let obl = Deprel::parse("obl");
    for s in range {
        if !doc.tokens[s].deprel.base().starts_with("nsubj") {
            continue;
        }
        let Some(v) = doc.tokens[s].head() else {
            continue;
        };
        let prepositional = doc
            .children(s)
            .any(|c| doc.tokens[c].deprel.as_str() == "case" && doc.tokens[c].upos != Upos::Part);
        // The other subject comes after a comma that closes the phrase.
        let other = doc.children(v).any(|c| {
            c > s
                && doc.tokens[c].deprel.base().starts_with("nsubj")
                && (s + 1..c).any(|j| doc.word(j) == ",")
        });
        if prepositional && other {
            doc.tokens[s].deprel = obl;
        }
    }
}

/// "was deported from Germany late Tuesday", "killed two soldiers in Baghdad Tuesday", parsed
/// with the place as a compound of the weekday: a name before a weekday is the head of the
/// phrase, with the preposition and determiner before it, and the weekday (with its own
/// modifiers) an oblique of time of the same head.
pub(crate) fn name_before_weekday(doc: &mut Doc, range: Range<usize>) {
    for c in range.clone() {
        let Some(h) = doc.tokens[c].head() else {
            continue;
        };
        if h <= c
            || doc.tokens[c].deprel.as_str() != "compound"
            || doc.tokens[c].upos != Upos::Propn
            || Date::weekday_from_name(doc.word(h)).is_none()
            || Date::weekday_from_name(doc.word(c)).is_some()
        {
            continue;
        }
        let Some(g) = doc.tokens[h].head() else {
            continue;
        };
        let saved: Vec<(u32, Deprel)> = doc.tokens[range.clone()]
            .iter()
            .map(|t| (t.head, t.deprel))
            .collect();
        let (rel, tmod) = (doc.tokens[h].deprel, Deprel::parse("obl:tmod"));
        for j in range.clone() {
            if j < c && doc.tokens[j].head() == Some(h) {
                doc.tokens[j].head = c as u32;
            }
        }
        doc.tokens[c].head = g as u32;
        // "in Baghdad Tuesday": the weekday's bare relation becomes the place's plain one.
        doc.tokens[c].deprel = match rel.base() {
            "obl" => Deprel::parse("obl"),
            "nmod" => Deprel::parse("nmod"),
            _ => rel,
        };
        doc.tokens[h].head = g as u32;
        doc.tokens[h].deprel = tmod;
        if !is_tree(doc, range.clone()) {
            for (t, (h, d)) in doc.tokens[range.clone()].iter_mut().zip(saved) {
                t.head = h;
                t.deprel = d;
            }
        }
    }
}

/// Verbs that name what their object is: "called the war a mistake", "labels the groups
/// 'terrorists'".
const NAMING_VERBS: &[&str] = &["call", "label", "brand", "term", "dub", "deem"];

/// Nouns of time, which a bare noun phrase after the object may be ("called him last week").
const TIME_NOUNS: &[&str] = &[
    "day",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "time",
    "today",
    "yesterday",
    "tonight",
    "tomorrow",
    "hour",
    "minute",
    "season",
];

/// "called the war a mistake", "labels rights groups 'terrorists'", "calls the siege of Gaza a
/// massacre": the parser hangs the second noun phrase of a naming verb on the verb or the object
/// as an oblique or a modifier with no preposition, or a conjunct with no conjunction. It is the
/// verb's open complement (`xcomp`), which says what the object is called. Nouns of time stay.
/// A headline's naming verb with a subject, a quoted complement or object and no other object
/// or auxiliary is a passive ("after NGOs labelled 'terrorists'").
pub(crate) fn naming_complement(doc: &mut Doc, range: Range<usize>) {
    let rel = |doc: &Doc, c: usize, r: &str| doc.tokens[c].deprel.as_str() == r;
    for v in range.clone() {
        if doc.tokens[v].upos != Upos::Verb || !NAMING_VERBS.contains(&doc.lemma(v)) {
            continue;
        }
        // "labelled the militia a terrorist group", parsed as two objects: the first is the
        // object, the second its name.
        let iobj = doc.children(v).find(|&c| rel(doc, c, "iobj"));
        let obj = doc.children(v).find(|&c| rel(doc, c, "obj"));
        if let (Some(i), Some(o)) = (iobj, obj) {
            if i < o && !doc.children(v).any(|c| rel(doc, c, "xcomp")) {
                doc.tokens[i].deprel = Deprel::parse("obj");
                doc.tokens[o].deprel = Deprel::parse("xcomp");
                continue;
            }
        }
        let Some(o) = obj else {
            passive_naming(doc, v);
            continue;
        };
        if quoted_name(doc, v, o) {
            doc.tokens[o].deprel = Deprel::parse("xcomp");
            passive_naming(doc, v);
            continue;
        }
        if doc.children(v).any(|c| rel(doc, c, "xcomp")) {
            continue;
        }
        // Whether `x` is the object or reaches it through nouns only (not through a clause
        // inside the object: "the announcement to send warships").
        let in_object = |doc: &Doc, mut x: usize| {
            for _ in 0..range.len() {
                if x == o {
                    return true;
                }
                if !matches!(doc.tokens[x].upos, Upos::Noun | Upos::Propn | Upos::Pron) {
                    return false;
                }
                match doc.tokens[x].head() {
                    Some(h) => x = h,
                    None => return false,
                }
            }
            false
        };
        let Some(n) = (o + 1..range.end).find(|&n| {
            let Some(h) = doc.tokens[n].head() else {
                return false;
            };
            let bare = match doc.tokens[n].deprel.as_str() {
                // An object of the object noun is a misparse ("considered the policy a war
                // crime").
                "obj" | "iobj" => h == v || h == o,
                "obl:unmarked" | "nmod:unmarked" | "obl:npmod" | "nmod:npmod" | "obl" | "nmod" => {
                    true
                }
                "conj" | "appos" => {
                    !doc.children(n).any(|c| rel(doc, c, "cc"))
                        && !(o + 1..n).any(|j| doc.word(j) == ",")
                }
                _ => false,
            };
            bare && matches!(doc.tokens[n].upos, Upos::Noun | Upos::Propn | Upos::Adj)
                && (h == v || in_object(doc, h))
                && !doc.children(n).any(|c| rel(doc, c, "case"))
                && !TIME_NOUNS.contains(&doc.lemma(n))
                && Date::weekday_from_name(doc.word(n)).is_none()
                && Date::month_from_name(doc.word(n)).is_none()
        }) else {
            continue;
        };
        reattach(doc, range.clone(), n, v, "xcomp");
    }
}

/// Whether the only noun phrase after naming verb `v`, its object `o`, is a quotation and `v`
/// a past form with a subject and no auxiliary: a headline's passive ("after charities labelled
/// 'extremists'").
fn quoted_name(doc: &Doc, v: usize, o: usize) -> bool {
    const QUOTES: &[&str] = &["'", "\"", "‘", "’", "“", "”", "``", "''"];
    matches!(doc.xpos(v), "VBD" | "VBN")
        && doc
            .children(v)
            .any(|c| c < v && doc.tokens[c].deprel.as_str() == "nsubj")
        && !doc
            .children(v)
            .any(|c| doc.tokens[c].deprel.base().starts_with("aux"))
        && o > 0
        && QUOTES.contains(&doc.word(o - 1))
        && doc.children(o).all(|c| doc.tokens[c].upos != Upos::Det)
}

/// Naming verb `v` with no object: when it has a subject before it, a noun complement after it
/// and no auxiliary, its subject is the one named ("NGOs labelled 'terrorists'").
fn passive_naming(doc: &mut Doc, v: usize) {
    let rel = |doc: &Doc, c: usize, r: &str| doc.tokens[c].deprel.as_str() == r;
    if !matches!(doc.xpos(v), "VBD" | "VBN")
        || doc
            .children(v)
            .any(|c| doc.tokens[c].deprel.base().starts_with("aux"))
        || !doc.children(v).any(|c| {
            c > v
                && rel(doc, c, "xcomp")
                && matches!(doc.tokens[c].upos, Upos::Noun | Upos::Propn)
                && !doc
                    .children(c)
                    .any(|d| matches!(doc.tokens[d].deprel.as_str(), "mark" | "cop" | "case"))
        })
    {
        return;
    }
    let subject = doc.children(v).find(|&c| c < v && rel(doc, c, "nsubj"));
    if let Some(s) = subject {
        doc.tokens[s].deprel = Deprel::parse("nsubj:pass");
    }
}

/// Hangs token `t` on `head` with relation `rel`, unless that breaks the tree of tokens
/// `range`, in which case the token keeps its place.
pub(super) fn reattach(doc: &mut Doc, range: Range<usize>, t: usize, head: usize, rel: &str) {
    let saved = (doc.tokens[t].head, doc.tokens[t].deprel);
    doc.tokens[t].head = head as u32;
    doc.tokens[t].deprel = Deprel::parse(rel);
    if !is_tree(doc, range) {
        (doc.tokens[t].head, doc.tokens[t].deprel) = saved;
    }
}

/// Whether tokens `range` form one tree: one root, and every token reaches it.
fn is_tree(doc: &Doc, range: Range<usize>) -> bool {
    let roots = range
        .clone()
        .filter(|&j| doc.tokens[j].head().is_none())
        .count();
    roots == 1
        && range.clone().all(|j| {
            let mut x = j;
            for _ in 0..range.len() {
                match doc.tokens[x].head() {
                    None => return true,
                    Some(h) if range.contains(&h) => x = h,
                    Some(_) => return false,
                }
            }
            false
        })
}

#[cfg(test)]
mod tests {
    use crate::{stages, Nlp};
    use petrel_core::{Doc, Pipeline};

    /// The root of `text`'s first sentence and the subject of that root, as words.
    fn root_and_subject(text: &str) -> (String, Option<String>) {
        let nlp = Nlp::embedded().unwrap();
        let p = Pipeline::new(stages(&nlp)).unwrap();
        let mut d = Doc::new(Default::default(), text);
        p.run(&mut d).unwrap();
        let root = (0..d.tokens.len())
            .find(|&i| d.tokens[i].head().is_none())
            .unwrap();
        let subject = d
            .children(root)
            .find(|&c| d.tokens[c].deprel.as_str() == "nsubj")
            .map(|c| d.word(c).to_string());
        (d.word(root).to_string(), subject)
    }

    #[test]
    fn an_opening_participle_clause_leaves_the_subject_after_its_comma() {
        let (root, subject) = root_and_subject(
            "Touring the Balkans, Moscow's special envoy Ivan Petrov expresses concern about \
             the crisis.",
        );
        assert_eq!(
            (root.as_str(), subject.as_deref()),
            ("expresses", Some("Ivan"))
        );
        let (root, subject) = root_and_subject(
            "Speaking in the Senate after Mr Reid had delivered the report, Mr Frist said it \
             was a sham.",
        );
        assert_eq!((root.as_str(), subject.as_deref()), ("said", Some("Mr")));
    }

    #[test]
    fn a_clause_after_a_subordinator_keeps_its_subject() {
        let nlp = Nlp::embedded().unwrap();
        let p = Pipeline::new(stages(&nlp)).unwrap();
        let mut d = Doc::new(
            Default::default(),
            "Norway warns Sweden after Danish trawlers raid more harbours.",
        );
        p.run(&mut d).unwrap();
        let raid = (0..d.tokens.len()).find(|&i| d.word(i) == "raid").unwrap();
        let subject = d
            .children(raid)
            .find(|&c| d.tokens[c].deprel.as_str() == "nsubj")
            .map(|c| d.word(c));
        assert_eq!(subject, Some("trawlers"));
        assert_eq!(d.tokens[raid].deprel.as_str(), "advcl");
    }

    #[test]
    fn the_second_noun_phrase_of_a_naming_verb_is_its_complement() {
        let nlp = Nlp::embedded().unwrap();
        let p = Pipeline::new(stages(&nlp)).unwrap();
        for (text, name) in [
            ("He called the war a mistake.", "mistake"),
            ("Oslo branded the Swedish decision an act of folly.", "act"),
        ] {
            let mut d = Doc::new(Default::default(), text);
            p.run(&mut d).unwrap();
            let n = (0..d.tokens.len()).find(|&i| d.word(i) == name).unwrap();
            assert_eq!(d.tokens[n].deprel.as_str(), "xcomp", "{text}");
        }
    }

    #[test]
    fn a_noun_read_as_a_bare_infinitive_is_a_noun() {
        let nlp = Nlp::embedded().unwrap();
        let p = Pipeline::new(stages(&nlp)).unwrap();
        for (text, word, rel) in [
            ("Chile rejects Peru ban.", "ban", "obj"),
            ("Peru lets Chile decide.", "decide", "xcomp"),
        ] {
            let mut d = Doc::new(Default::default(), text);
            p.run(&mut d).unwrap();
            let n = (0..d.tokens.len()).find(|&i| d.word(i) == word).unwrap();
            assert_eq!(d.tokens[n].deprel.as_str(), rel, "{text}");
        }
    }

    #[test]
    fn an_opening_preposition_in_ing_is_no_participle() {
        let (root, _) = root_and_subject("According to officials, the army attacked the town.");
        assert_eq!(root, "attacked");
    }
}
