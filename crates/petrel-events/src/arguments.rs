//! Finding an event's source and target: from the parse when there is one, else from word order.

use crate::tree::Tree;
use crate::Rule;
use petrel_core::words::ATTACK_NOUNS;
use petrel_core::Upos;

/// Relations through which an argument's head reaches the actor mention that names it
/// ("the Russian foreign minister", "officials of the ministry").
const INTO_ACTOR: &[&str] = &[
    "compound",
    "amod",
    "nmod:poss",
    "nmod",
    "flat",
    "appos",
    "nmod:desc",
];

/// Nouns for how someone acts, whose relative clause names the actor ("the way Blair's
/// government operates").
const MANNER_NOUNS: &[&str] = &["way", "manner", "fashion", "extent", "speed"];

/// Default prepositions that introduce a target.
pub const DEFAULT_TARGET_PREPS: &[&str] = &[
    "against", "on", "with", "to", "at", "into", "toward", "towards", "upon",
];

/// Token → mention index (`u32::MAX` for none), for one document.
pub struct MentionIndex(pub Vec<u32>);

impl MentionIndex {
    /// Builds the index over a document's mentions.
    pub fn new(doc: &petrel_core::Doc) -> MentionIndex {
        let mut v = vec![u32::MAX; doc.tokens.len()];
        for (m, men) in doc.mentions.iter().enumerate() {
            for t in men.tokens() {
                if let Some(slot) = v.get_mut(t) {
                    *slot = m as u32;
                }
            }
        }
        MentionIndex(v)
    }
    /// The mention covering token `t`.
    pub fn at(&self, t: usize) -> Option<usize> {
        self.0
            .get(t)
            .copied()
            .filter(|&m| m != u32::MAX)
            .map(|m| m as usize)
    }
}

/// Nouns of people who hold an office, whose "on" phrase is a topic ("chiefs on Iraq").
const OFFICIAL_NOUNS: &[&str] = &[
    "chief",
    "minister",
    "official",
    "leader",
    "counterpart",
    "envoy",
    "diplomat",
    "delegation",
    "representative",
    "negotiator",
    "expert",
    "adviser",
    "advisor",
];

/// The actor mention that names the phrase headed by `h`: the mention covering `h`, or the
/// nearest one reached through modifiers within two steps, not through a border noun.
pub fn actor_of(tree: &Tree, idx: &MentionIndex, h: usize) -> Option<usize> {
    if let Some(m) = idx.at(h) {
        return Some(m);
    }
    if !tree.parsed {
        return None;
    }
    // "German business confidence", "the German economy": a thing of a country is not that
    // country acting ("spokesman Adam Price", capitalised inside the sentence, is a name).
    let name = h > tree.range.start && tree.doc.word(h).starts_with(char::is_uppercase);
    if tree.upos(h) == Upos::Noun && COUNTRY_THINGS.contains(&tree.lemma(h)) && !name {
        return None;
    }
    let mut frontier = vec![h];
    for _ in 0..2 {
        let mut next = Vec::new();
        for &x in &frontier {
            let mut kids: Vec<usize> = tree
                .range
                .clone()
                .filter(|&j| tree.head(j) == Some(x) && INTO_ACTOR.contains(&tree.rel(j)))
                .collect();
            // "Israel's relentless bombardment of Gaza": a "by" agent, then a kind of people
            // in the noun itself ("Iraq's most feared terrorist group"), then an owner that is
            // no pronoun name the actor before nearer words do.
            kids.sort_by_key(|&j| {
                let agent = matches!(tree.rel(j), "compound" | "amod")
                    && idx.at(j).is_some_and(|m| {
                        tree.doc.mentions[m].kind == petrel_core::ActorKind::Agent
                    });
                let rank = if tree.case_of(j) == Some("by") {
                    0
                } else if agent {
                    1
                } else if tree.rel(j) == "nmod:poss" && tree.upos(j) != Upos::Pron {
                    2
                } else {
                    3
                };
                (rank, j.abs_diff(h))
            });
            for k in kids {
                // "camps near the Malian border" are not Mali's ("its border to Gaza" still
                // leads to Gaza).
                if x != h && names_border(tree, k) {
                    continue;
                }
                // "aid into the besieged enclave through Egypt": a route is no actor of what
                // passes along it.
                if tree.rel(k).starts_with("nmod")
                    && matches!(tree.case_of(k), Some("through" | "via"))
                {
                    continue;
                }
                // "Bombs in Baghdad killed 18", "a series of car bombings in Baghdad killed
                // one soldier": where a weapon or an attack struck is no actor of it.
                if WEAPON_NOUNS.contains(&tree.lemma(x))
                    && tree.rel(k).starts_with("nmod")
                    && matches!(tree.case_of(k), Some("in" | "at" | "near"))
                {
                    continue;
                }
                // "meet foreign defence chiefs on Iraq": what people meet or speak on is the
                // topic, not one of them.
                if x == h
                    && OFFICIAL_NOUNS.contains(&tree.lemma(h))
                    && tree.rel(k).starts_with("nmod")
                    && matches!(tree.case_of(k), Some("on" | "about" | "over" | "regarding"))
                {
                    continue;
                }
                // "the kidnappers of aid worker Margaret Hassan": whom the doers of a crime
                // did it to is no actor of theirs.
                if x == h
                    && CAPTORS.contains(&tree.lemma(h))
                    && tree.rel(k).starts_with("nmod")
                    && tree.case_of(k) == Some("of")
                {
                    continue;
                }
                // "told a London news conference": a capital on a gathering is where it was
                // held, not its government.
                if x == h
                    && GATHERINGS.contains(&tree.lemma(h))
                    && tree.rel(k) == "compound"
                    && idx.at(k).is_some_and(|m| {
                        let men = &tree.doc.mentions[m];
                        men.kind == petrel_core::ActorKind::Country
                            && men.sector.as_deref() == Some("GOV")
                    })
                {
                    continue;
                }
                // "killed by the bombardment of Gaza": what an attack named as a passive's
                // agent struck is no actor of it.
                if x == h
                    && tree.case_of(h) == Some("by")
                    && (ATTACK_NOUNS.contains(&tree.lemma(h))
                        || WEAPON_NOUNS.contains(&tree.lemma(h)))
                    && tree.rel(k).starts_with("nmod")
                    && matches!(tree.case_of(k), Some("of" | "on" | "in"))
                {
                    continue;
                }
                // "Iraq car bomb kills 10", "Kabul blast": a place named on a bomb is where
                // it went off; a state's bombs are named by its adjective ("Israeli bombs").
                if x == h
                    && BLAST_NOUNS.contains(&tree.lemma(h))
                    && tree.rel(k) == "compound"
                    && idx.at(k).is_some_and(|m| is_place_name(tree.doc, m))
                {
                    continue;
                }
                // "Critics of the Iraq war": a place that names a war, deeper in the phrase,
                // is its theatre, no actor of the phrase's head.
                if x != h
                    && crate::coder::THEATRES.contains(&tree.lemma(x))
                    && tree.rel(k) == "compound"
                {
                    continue;
                }
                if let Some(m) = idx.at(k) {
                    return Some(m);
                }
                next.push(k);
            }
        }
        frontier = next;
    }
    None
}

/// Territories, regions and towns of the wars in the news, which a violent event named after
/// them ("the Gaza assault", "a Nablus raid") hit rather than carried out; states are not
/// listed ("Israel attack" names the attacker as often as the attacked).
const TERRITORIES: &[&str] = &[
    "gaza",
    "gaza strip",
    "gaza city",
    "west bank",
    "east jerusalem",
    "jenin",
    "nablus",
    "rafah",
    "khan younis",
    "hebron",
    "ramallah",
    "tulkarem",
    "jabalia",
    "huwara",
    "darfur",
    "chechnya",
    "kashmir",
    "donbas",
    "donbass",
    "donetsk",
    "luhansk",
    "crimea",
    "kurdistan",
    "golan",
    "golan heights",
    "south ossetia",
    "abkhazia",
    "nagorno-karabakh",
    "karabakh",
    "xinjiang",
    "tibet",
    "aceh",
    "mindanao",
    "balochistan",
    "baluchistan",
    "waziristan",
    "helmand",
    "kandahar",
    "fallujah",
    "falluja",
    "mosul",
    "ramadi",
    "najaf",
    "kirkuk",
    "basra",
    "sadr city",
    "idlib",
    "aleppo",
    "homs",
    "daraa",
    "marib",
    "hodeidah",
    "tigray",
    "kharkiv",
    "kherson",
    "mariupol",
    "bakhmut",
    "zaporizhzhia",
    "sinai",
];

/// Whether `text` (a mention's words, "the" aside) names one of [`TERRITORIES`].
pub(crate) fn is_territory(text: &str) -> bool {
    let t = text.trim_start_matches("the ").trim_start_matches("The ");
    TERRITORIES.iter().any(|x| x.eq_ignore_ascii_case(t))
}

/// Gatherings that a capital names only as where they were held ("a London news conference").
const GATHERINGS: &[&str] = &[
    "conference",
    "briefing",
    "rally",
    "meeting",
    "audience",
    "gathering",
    "forum",
    "seminar",
    "dinner",
    "reception",
    "ceremony",
];

/// Doers of a crime against someone, whose "of" phrase names the victim.
const CAPTORS: &[&str] = &[
    "kidnapper",
    "captor",
    "abductor",
    "killer",
    "murderer",
    "assassin",
    "attacker",
    "hostage-taker",
];

/// Meetings whose capital compound is where they are held ("the Abuja peace talks").
const MEETING_NOUNS: &[&str] = &[
    "talk",
    "talks",
    "summit",
    "negotiation",
    "conference",
    "meeting",
];

/// Whether noun `n` is talks, a meeting or a call "with" someone that a verb's subject is
/// "in" ("locked in talks with the G8", "in a call with Netanyahu, the president said"): the
/// subject holds them.
pub(crate) fn in_talks_with(tree: &Tree, n: usize) -> bool {
    (MEETING_NOUNS.contains(&tree.lemma(n))
        || matches!(tree.lemma(n), "call" | "discussion" | "conversation"))
        && tree.rel(n) == "obl"
        && tree.case_of(n) == Some("in")
        && tree
            .deps(n, "nmod")
            .any(|d| tree.case_of(d) == Some("with"))
}

/// Weapons and attacks that no state is named by where they went off: bombs, blasts and
/// the fighting of a place ("the Baghdad bombing", "Iraq violence").
const BLAST_NOUNS: &[&str] = &[
    "bomb",
    "car-bomb",
    "bombing",
    "blast",
    "explosion",
    "violence",
    "clash",
    "fighting",
];

/// The place named on blast noun `n` ("Baghdad" in "Baghdad car bombs"), if any.
pub fn blast_place(tree: &Tree, idx: &MentionIndex, n: usize) -> Option<usize> {
    if !tree.parsed || !BLAST_NOUNS.contains(&tree.lemma(n)) {
        return None;
    }
    // A capital read as its government is not coded as the place.
    tree.deps(n, "compound").find(|&k| {
        idx.at(k)
            .is_some_and(|m| is_place_name(tree.doc, m) && tree.doc.mentions[m].sector.is_none())
    })
}

/// Whether mention `m` is a country or city written as its name: not a sector, not an
/// adjective ("Israeli"), and not an abbreviation ("US", which stands for the adjective).
pub(crate) fn is_place_name(doc: &petrel_core::Doc, m: usize) -> bool {
    let men = &doc.mentions[m];
    let text = men.span.slice(&doc.text);
    // A capital read as its government ("Kabul" as AFGGOV) is still a city.
    men.kind == petrel_core::ActorKind::Country
        && men.sector.as_deref().is_none_or(|s| s == "GOV")
        && doc.tokens[men.head as usize].upos == Upos::Propn
        && !text.chars().all(|c| c.is_uppercase() || c == '.')
}

/// Things a country has that do not act for it: its economy, markets and figures. Its places
/// still name it as a target ("shelled the Ukrainian city of Kharkiv"), and sums of money lead
/// to who gets them ("70 million dollars of aid for Poland").
const COUNTRY_THINGS: &[&str] = &[
    "economy",
    "confidence",
    "currency",
    "stock",
    "share",
    "production",
    "output",
    "growth",
    "price",
    "inflation",
    "unemployment",
    "gdp",
    "data",
    "index",
    "bond",
    "debt",
    "deficit",
    "surplus",
    "sales",
    "cheese",
    "wine",
    "crude",
    "oil",
    "gasoline",
    "futures",
    "market",
];

/// People and firms of private life whose country, named only in a modifier, does not make
/// them its agents when they act ("Japanese researchers say", "Hollywood studios said",
/// "researchers in England"); done to, they are still of their country ("an Italian
/// researcher released").
const PRIVATE_PEOPLE: &[&str] = &[
    "researcher",
    "astronomer",
    "archaeologist",
    "studio",
    "exchange",
    "fan",
    "shopper",
    "consumer",
    "viewer",
    "customer",
];

/// Whether the subject head `h` is a noun of [`PRIVATE_PEOPLE`] that is no actor itself, and
/// mention `m` only names its country in a modifier or a place ("Japanese", "in England").
pub(crate) fn private_subject(tree: &Tree, idx: &MentionIndex, h: usize, m: usize) -> bool {
    if !tree.parsed
        || tree.upos(h) != Upos::Noun
        || !PRIVATE_PEOPLE.contains(&tree.lemma(h))
        || idx.at(h).is_some()
    {
        return false;
    }
    let men = &tree.doc.mentions[m];
    let head = men.head as usize;
    men.kind == petrel_core::ActorKind::Country
        && tree.head(head) == Some(h)
        && (matches!(tree.rel(head), "amod" | "compound" | "nmod:poss")
            || (tree.rel(head).starts_with("nmod")
                && matches!(tree.case_of(head), Some("in" | "at" | "across"))))
}

/// Whether token `j` is a word that names a border ("the Afghan border", "Turkey's frontier"):
/// a country so used names a place, not an actor.
fn names_border(tree: &Tree, j: usize) -> bool {
    tree.head(j)
        .is_some_and(|b| matches!(tree.lemma(b), "border" | "frontier" | "boundary"))
        && matches!(tree.rel(j), "amod" | "compound" | "nmod:poss")
}

/// The phrase heads of an argument and its conjuncts ("the US and Europe" gives two).
pub fn with_conjuncts(tree: &Tree, h: usize) -> Vec<usize> {
    let mut v = vec![h];
    if tree.parsed {
        v.extend(affirmed_conjuncts(tree, h));
    }
    v
}

/// The conjuncts of `h`, without those denied: "Parliament, and not judges" gives none.
fn affirmed_conjuncts(tree: &Tree, h: usize) -> Vec<usize> {
    let denied = |c: usize| {
        tree.deps(c, "advmod")
            .any(|a| matches!(tree.lemma(a), "not" | "never"))
    };
    let mut v = tree.conjuncts(h);
    v.retain(|&c| !denied(c));
    v
}

/// Verbs whose passive participle describes a stance of the subject, not an act done to it.
const STATIVE_PASSIVES: &[&str] = &[
    "commit",
    "oppose",
    "determine",
    "prepare",
    "dedicate",
    "engage",
    "involve",
    "resolve",
    "poise",
    "set",
];

/// Nouns of a chance, a power or an attempt whose infinitive their holder does ("the chance to
/// meet", "an attempt to seize the town").
const CONTROL_NOUNS: &[&str] = &[
    "opportunity",
    "chance",
    "power",
    "right",
    "duty",
    "ability",
    "authority",
    "freedom",
    "capacity",
    "obligation",
    "responsibility",
    "attempt",
    "effort",
    "bid",
    "decision",
    "plan",
    "proposal",
    "intention",
    "pledge",
    "promise",
    "commitment",
    "offer",
    "vow",
];
/// Verbs whose subject holds or uses the chance, power, attempt or plan that is their object
/// ("had the right", "made an attempt", "announced a decision", "unveiled plans").
const HOLDING_VERBS: &[&str] = &[
    "have", "take", "use", "seize", "exercise", "make", "launch", "mount", "get", "gain", "win",
    "announce", "reach", "step", "renew", "begin", "continue", "unveil", "outline", "present",
    "reveal", "detail", "draw", "approve", "adopt", "submit",
];

/// Nouns of violence done to someone, whose "on" or "against" phrase names the victim.
const VIOLENCE_NOUNS: &[&str] = &[
    "violence",
    "war",
    "invasion",
    "occupation",
    "aggression",
    "pogrom",
    "massacre",
    "killing",
    "killings",
    "atrocity",
    "siege",
];

/// "Egypt condemned the attack on Israel": the victim of an act of violence that the judging
/// verb `t` takes as its object (the phrase with the word `m`) is not whom the judgement is
/// aimed at.
pub fn victim_of_judged_act(tree: &Tree, t: usize, m: usize) -> bool {
    let mut h = phrase_head(tree, m);
    if tree.rel(h) == "amod" {
        h = tree.head(h).map_or(h, |p| phrase_head(tree, p));
    }
    let violent =
        |a: usize| ATTACK_NOUNS.contains(&tree.lemma(a)) || VIOLENCE_NOUNS.contains(&tree.lemma(a));
    if !matches!(tree.case_of(h), Some("on" | "against" | "upon")) {
        return false;
    }
    match tree.rel(h) {
        "nmod" => tree
            .head(h)
            .is_some_and(|act| violent(act) && tree.rel(act) == "obj" && tree.head(act) == Some(t)),
        // "condemned the attack on the embassy", with the phrase hung on the verb.
        "obl" => tree.head(h) == Some(t) && tree.deps_exact(t, "obj").any(|o| o < h && violent(o)),
        _ => false,
    }
}

/// "The deal between Israel and Hamas took weeks", parsed with "Hamas" as the verb's subject:
/// the actor named right after "and" that ends the "between" phrase at `d` is its other party.
fn split_partner(tree: &Tree, idx: &MentionIndex, d: usize) -> Option<usize> {
    let mut j = d + 1;
    while j < tree.range.end && tree.ancestors(j).any(|a| a == d) {
        j += 1;
    }
    if j + 1 >= tree.range.end || !tree.word_is(j, "and") {
        return None;
    }
    let k = if tree.word_is(j + 1, "the") {
        j + 2
    } else {
        j + 1
    };
    (k < tree.range.end && idx.at(k).is_some()).then(|| phrase_head(tree, k))
}

/// The noun a subject `s` stands for: `s` itself, or, when `s` has a preposition and so cannot
/// be a subject, the noun in apposition to it ("on Friday, France's output was released",
/// misparsed with "Friday" as the subject).
pub(crate) fn unmarked(tree: &Tree, s: usize) -> usize {
    if tree.case_of(s).is_some_and(|c| c != "'s") {
        tree.deps(s, "appos").next().unwrap_or(s)
    } else {
        s
    }
}

/// The subject of `v` that the parser hung on a participle clause between commas before it
/// ("Bush, trying to mend relations with Latin America, pledged"): the clause is a `-ing`
/// form, its subject comes before it with a comma between, and a comma closes it right
/// before `v`.
fn set_off_subject(tree: &Tree, v: usize) -> Option<usize> {
    let comma = |j: usize| tree.doc.word(j) == ",";
    let c = tree
        .deps(v, "ccomp")
        .chain(tree.deps(v, "advcl"))
        .find(|&c| c < v && tree.doc.xpos(c) == "VBG" && v > 0 && comma(v - 1))?;
    let s = tree.deps_exact(c, "nsubj").find(|&s| s + 1 < c)?;
    ((s + 1..c).any(comma) && !is_relative_pronoun(tree, s)).then_some(s)
}

/// The subject of verb `v`: its own `nsubj`, or one inherited through `xcomp`, `conj`, a
/// subjectless adverbial clause or a relative clause; for what someone is judged for, the
/// one judged ([`crate::judged`]). Returns the subject head and whether it is a passive subject.
pub fn subject(tree: &Tree, v: usize) -> Option<(usize, bool)> {
    if let Some(o) = crate::judged::judged_doer(tree, v) {
        return Some((o, false));
    }
    // "is committed to", "was opposed to": adjectival passives keep their subject as the actor.
    let stative = STATIVE_PASSIVES.contains(&tree.lemma(v));
    let mut cur = v;
    // Reached only through conjuncts: the shared subject, but the verb's own voice ("was
    // questioned by a court and will resign": the minister resigns).
    let mut conjoined = false;
    // Reached through an infinitive's governor: "Iran was urged to resume talks", "troops are
    // said to have killed three": the governor's passive subject acts in the infinitive.
    let mut raised = false;
    // "Water a 'matter of life and death' for Gaza, says UN": after a comma or a quotation
    // mark, a verb of saying comes before its subject, which the parser may read as the
    // object while it takes the words reported for the subject.
    if INVERTED_SAYING.contains(&tree.lemma(v))
        && matches!(tree.doc.xpos(v), "VBZ" | "VBD" | "VBP")
        && tree.after_comma_or_quote(v)
        && tree.deps(v, "ccomp").all(|c| c < v)
    {
        // The speaker closes the sentence: "…, says Pope Francis.", not "…, says situation in
        // Gaza 'catastrophic'".
        let closes = |o: usize| {
            (o + 1..tree.range.end).all(|j| {
                tree.upos(j) == Upos::Punct
                    || (tree.head(j) == Some(o) && matches!(tree.rel(j), "flat" | "compound"))
            }) && (v + 1..o).all(|j| tree.ancestors(j).any(|a| a == o))
        };
        if let Some(o) = tree.deps_exact(v, "obj").find(|&o| o > v && closes(o)) {
            return Some((o, false));
        }
        // "'… a proper balance …,' said Mr Blair": with a second subject misread inside the
        // quotation, the one after the verb says it.
        if let Some(after) = tree.deps_exact(v, "nsubj").find(|&x| x > v) {
            return Some((after, false));
        }
    }
    for _ in 0..4 {
        // A misparse can give a verb two subjects ("Human rights organization Amnesty
        // demanded"): the one nearest the verb is the head.
        // A day read as a second subject ("forces Sunday killed") is none.
        let dated =
            |s: usize| tree.upos(s) != Upos::Num && crate::matching::is_time_phrase(tree, s);
        if let Some(s) = tree
            .deps_exact(cur, "nsubj")
            .filter(|&s| s < cur && !is_attribution(tree, s) && !dated(s))
            .last()
            .or_else(|| {
                tree.deps_exact(cur, "nsubj")
                    .filter(|&s| s < cur && !is_attribution(tree, s))
                    .last()
            })
            .or_else(|| {
                tree.deps_exact(cur, "nsubj")
                    .find(|&s| !is_attribution(tree, s))
            })
        {
            if !is_relative_pronoun(tree, s) {
                // A bare participle after an active verb is a past tense the tagger misread
                // ("condemned the attack and promised aid").
                // "Al Jazeera journalist Samer Abudaqa has been killed", split by the parser
                // into a subject and a passive subject: a passive verb's subjects undergo it.
                // Only where the two make one phrase: no punctuation or verb between them,
                // and every word between hangs on one of them ("ROSTOV, RUSSIA - Three police
                // officers have been charged" is a dateline before the subject).
                let split_passive = cur == v
                    && tree.doc.xpos(v) == "VBN"
                    && tree.deps(v, "aux:pass").next().is_some()
                    && tree.deps(v, "nsubj:pass").any(|p| {
                        s < p
                            && (s + 1..p).all(|j| {
                                !matches!(tree.upos(j), Upos::Punct | Upos::Verb)
                                    && tree.ancestors(j).any(|a| a == s || a == p)
                            })
                    });
                let passive = if conjoined {
                    tree.deps(v, "aux:pass").next().is_some() && !stative
                } else if split_passive {
                    !stative
                } else {
                    cur == v
                        && (reduced_passive(tree, v) || held_captive(tree, v))
                        && !object_relative(tree, v)
                };
                return Some((s, passive));
            }
        }
        // "with five Iraqis killed": a noun the parser hangs on a participle as its auxiliary
        // is the participle's patient.
        if let Some(s) = tree
            .deps(cur, "aux")
            .find(|&a| matches!(tree.upos(a), Upos::Noun | Upos::Propn))
        {
            return Some((s, tree.doc.xpos(cur) == "VBN" && !stative));
        }
        if let Some(s) = tree
            .deps(cur, "nsubj:pass")
            .next()
            .map(|s| unmarked(tree, s))
        {
            if conjoined || raised {
                return Some((s, own_passive(tree, v) && !stative));
            }
            // "journalists who were abducted": the noun the clause modifies undergoes it.
            if is_relative_pronoun(tree, s) && tree.rel(cur) == "acl:relcl" {
                if let Some(h) = tree.head(cur) {
                    return Some((h, !stative));
                }
            }
            return Some((s, !stative));
        }
        // "'Both sides are suffering,' says the pope": after its quotation a verb of saying
        // comes before its subject, which the parser may read as the object.
        if cur == v
            && INVERTED_SAYING.contains(&tree.lemma(v))
            && tree.deps(v, "ccomp").any(|c| c < v)
        {
            if let Some(o) = tree.deps_exact(v, "obj").find(|&o| o > v) {
                return Some((o, false));
            }
        }
        // "President Bush, trying to mend relations, pledged …": a subject set off from its
        // verb by a participle clause, which the parser takes for a reported clause with the
        // subject inside it.
        if let Some(s) = set_off_subject(tree, cur) {
            return Some((s, false));
        }
        let rel = tree.rel(cur);
        let head = tree.head(cur)?;
        match rel {
            // "aid workers kidnapped in Iraq" undergo it; "demonstrators protesting" and a past
            // tense misread as a modifier ("riot police used tear gas", "troops fought
            // battles": it has an object) act.
            "acl:relcl" | "acl" => {
                if rel == "acl" && detached_saying(tree, cur, head) {
                    if let Some(verb) = tree
                        .ancestors(cur)
                        .find(|&a| tree.upos(a) == Upos::Verb && !tree.rel(a).starts_with("acl"))
                    {
                        return subject(tree, verb).map(|(s, _)| (s, false));
                    }
                }
                // "took the opportunity to criticise France", "Iran's right to enrich": who has
                // the chance or the power does the act.
                if rel == "acl"
                    && CONTROL_NOUNS.contains(&tree.lemma(head))
                    && tree.deps(cur, "mark").any(|m| tree.word_is(m, "to"))
                {
                    let by = tree
                        .deps(head, "nmod")
                        .find(|&n| tree.case_of(n) == Some("by"));
                    if let Some(p) = tree.deps(head, "nmod:poss").next().or(by) {
                        return Some((p, false));
                    }
                    // Only a holder's own verb: "condemned attempts to force Annan out" are
                    // someone else's.
                    let holder_verb = tree.head(head).filter(|&h| {
                        tree.rel(head) == "obj" && HOLDING_VERBS.contains(&tree.lemma(h))
                    });
                    if let Some(h) = holder_verb {
                        return subject(tree, h).map(|(s, _)| (s, false));
                    }
                }
                // "Israel has waged four wars on Palestinian territory killing nearly 4,000
                // people": an attack or a war that kills is done by who waged or launched it.
                if rel == "acl"
                    && tree.doc.xpos(cur) == "VBG"
                    && tree.rel(head) == "obj"
                    && (ATTACK_NOUNS.contains(&tree.lemma(head))
                        || matches!(tree.lemma(head), "war" | "campaign"))
                {
                    if let Some(found) = tree
                        .head(head)
                        .and_then(|v| subject(tree, v))
                        .filter(|&(_, passive)| !passive)
                    {
                        return Some(found);
                    }
                }
                // "Palestinian activist attacked in the West Bank": a reduced relative is a
                // participle, whatever the tagger says, for verbs of force that mostly take an
                // object.
                // "minister sacked, arrested over graft": a participle conjoined to the
                // modifier is undergone by the same noun.
                let undergone = |x: usize| {
                    let participle = tree.doc.xpos(x) == "VBN"
                        || (tree.doc.xpos(x) == "VBD"
                            && FORCE_PARTICIPLES.contains(&tree.lemma(x))
                            && !tree.doc.word(x).eq_ignore_ascii_case(tree.lemma(x)));
                    ((participle
                        && ((tree.deps_exact(x, "obj").next().is_none()
                            && !object_after_particle(tree, x))
                            || held_captive(tree, x)))
                        || reduced_passive(tree, x))
                        && !NEVER_PASSIVE.contains(&tree.lemma(x))
                };
                let passive = undergone(cur)
                    || (conjoined
                        && tree.doc.xpos(v) == "VBN"
                        && tree.head(v) == Some(cur)
                        && undergone(v));
                return Some((head, rel == "acl" && passive));
            }
            "xcomp" => {
                // "Dozens of soldiers found executed", "left wounded": a bare participle of a
                // verb that needs an object, complementing another verb, is done to that
                // verb's subject or object.
                if cur == v
                    && tree.doc.xpos(v) == "VBN"
                    && !tree.deps(v, "mark").any(|m| tree.word_is(m, "to"))
                    && reduced_passive(tree, v)
                {
                    let patient = tree.deps_exact(head, "obj").next();
                    // "Palestinian shot dead in West Bank", with the participle parsed as a
                    // complement of the name: the name is shot.
                    let named = (!matches!(tree.upos(head), Upos::Verb | Upos::Aux))
                        .then_some((head, true));
                    return match patient {
                        Some(o) => Some((o, true)),
                        None => subject(tree, head).map(|(s, _)| (s, true)).or(named),
                    };
                }
                // Object control: "urged Iran to withdraw" — Iran is the subject of withdraw.
                if let Some(o) = tree.deps_exact(head, "obj").next() {
                    // "saw 32 Palestinians killed by Israeli forces", "ordered the contracts
                    // to be examined": the object is the patient.
                    let passive = reduced_passive(tree, cur)
                        || (tree.deps(cur, "aux:pass").next().is_some() && !stative);
                    return Some((o, passive));
                }
                raised = true;
                cur = head;
            }
            "conj" => {
                conjoined = cur == v || conjoined;
                cur = head;
            }
            // A non-finite adverbial clause has the main clause's subject: "shelled the
            // villages, killing two civilians"; "after meeting Putin, Biden said". In a
            // passive one ("died after being shot by troops") that subject is the patient.
            "advcl" => {
                // "Kyodo quoted a government source as saying": the one quoted says it.
                if QUOTING.contains(&tree.lemma(head))
                    && tree.deps(cur, "mark").any(|m| tree.word_is(m, "as"))
                {
                    if let Some(o) = tree.deps_exact(head, "obj").next() {
                        return Some((o, false));
                    }
                }
                // "Rounded up by Israeli forces, Palestinians describe …": a fronted participle
                // with a "by" agent is passive too, and so is one that opens the sentence with
                // no auxiliary or object of its own ("Jailed Kurdish activists began a hunger
                // strike").
                let passive = tree.deps(cur, "aux:pass").next().is_some()
                    || (tree.doc.xpos(cur) == "VBN"
                        && cur < head
                        && (tree.deps(cur, "obl:agent").next().is_some()
                            || ((tree.range.start..cur).all(|j| tree.upos(j) == Upos::Punct)
                                && tree.deps(cur, "aux").next().is_none()
                                && tree.deps_exact(cur, "obj").next().is_none()
                                && always_transitive(tree.lemma(cur)))));
                return subject(tree, head).map(|(s, _)| (s, passive));
            }
            _ => return None,
        }
    }
    None
}

/// Whether `v` holds someone as a captive, with the captive noun for its object ("held
/// hostage", "taken prisoner"): the object is no patient, and a bare participle of it is
/// passive ("two reporters held hostage in Iraq").
pub fn held_captive(tree: &Tree, v: usize) -> bool {
    matches!(tree.lemma(v), "hold" | "take" | "keep") && tree.deps(v, "aux").next().is_none() && {
        let mut objs = tree.deps_exact(v, "obj").peekable();
        objs.peek().is_some()
            && objs.all(|o| matches!(tree.lemma(o), "hostage" | "captive" | "prisoner"))
    }
}

/// Whether `v` is a participle of saying set off by a comma or quotation mark after an object
/// it modifies only by a misparse ("derided Tory claims in \"wasteful spending\" saying …"):
/// it is said by the clause's subject, not by the noun.
fn detached_saying(tree: &Tree, v: usize, head: usize) -> bool {
    tree.doc.xpos(v) == "VBG"
        && SAYING_PARTICIPLES.contains(&tree.lemma(v))
        && tree.deps(v, "ccomp").next().is_some()
        && !tree.rel(head).starts_with("nsubj")
        && v > tree.range.start
        && matches!(tree.doc.word(v - 1), "," | "\"" | "\u{201d}" | "'")
}

/// Verbs of saying whose participle reports what the clause's subject says ("…, saying").
const SAYING_PARTICIPLES: &[&str] = &["say", "add", "warn", "insist", "claim", "argue", "accuse"];

/// Verbs of saying that follow a quotation with their subject after them ("…," says the pope).
const INVERTED_SAYING: &[&str] = &[
    "say", "add", "insist", "warn", "write", "declare", "claim", "vow", "pledge", "promise",
    "announce", "admit", "deny", "argue", "concede", "predict", "reply", "respond",
];

/// Verbs that report another's words: "quoted X as saying", "cited X as saying".
const QUOTING: &[&str] = &["quote", "cite"];

/// Whether conjoined verb `v` is passive by its own form: its own passive auxiliary, or a
/// participle with no auxiliary of its own, which shares the first verb's ("was arrested and
/// charged").
fn own_passive(tree: &Tree, v: usize) -> bool {
    tree.deps(v, "aux:pass").next().is_some()
        || (tree.doc.xpos(v) == "VBN" && tree.deps(v, "aux").next().is_none())
}

/// Whether `lemma` is a verb of violence, coercion, release or censure that English never uses
/// without its object in the active voice.
pub(crate) fn always_transitive(lemma: &str) -> bool {
    ALWAYS_TRANSITIVE.contains(&lemma) || CENSURE.contains(&lemma)
}

/// Verbs of violence, coercion and release that English never uses without their object in the
/// active voice ("troops killed" alone is not a sentence; "troops attacked" and "police shot at
/// them" are).
const ALWAYS_TRANSITIVE: &[&str] = &[
    "kill",
    "gun",
    "bomb",
    "shell",
    "raid",
    "target",
    "torch",
    "demolish",
    "destroy",
    "bulldoze",
    "ransack",
    "besiege",
    "loot",
    "stab",
    "wound",
    "injure",
    "arrest",
    "detain",
    "abduct",
    "kidnap",
    "capture",
    "execute",
    "expel",
    "deport",
    "torture",
    "jail",
    "imprison",
    "assassinate",
    "behead",
    "massacre",
    "murder",
    "slaughter",
    "displace",
    "accuse",
    "indict",
    "charge",
    "convict",
    "sentence",
    "free",
    "release",
];

/// Verbs of censure and sanction that English never uses without their object in the active
/// voice: "Danish group's gift criticized", "Myanmar PM sacked" are passives.
const CENSURE: &[&str] = &[
    "criticise",
    "criticize",
    "condemn",
    "denounce",
    "rebuke",
    "reprimand",
    "censure",
    "slam",
    "blast",
    "lambast",
    "lambaste",
    "rap",
    "chastise",
    "castigate",
    "fine",
    "sack",
    "ban",
];

/// Verbs of protest and flight that have no passive: "miners demonstrated", read by the
/// tagger as a participle on "miners", is what the miners did.
const NEVER_PASSIVE: &[&str] = &[
    "demonstrate",
    "rally",
    "march",
    "riot",
    "gather",
    "mutiny",
    "revolt",
    "rebel",
    "flee",
    "clash",
];

/// Verbs of force that a tagger may read as a past tense after a noun they modify ("activist
/// attacked in the West Bank"), where only a participle can stand; in an inflected form only,
/// since "an Israeli air raid" is a noun however it is tagged.
const FORCE_PARTICIPLES: &[&str] = &[
    "attack", "assault", "beat", "hit", "target", "raid", "shell", "bomb", "stab", "strike",
    "shoot", "seize", "burn", "destroy", "demolish", "loot", "evict", "ban", "bar", "block",
];

/// Whether `v` has a particle and, after it, a noun with no preposition, which is its object
/// whatever relation the parser gave it ("Protesters shut down San Francisco's Bay Bridge").
fn object_after_particle(tree: &Tree, v: usize) -> bool {
    // The particle: a `compound:prt`, or a particle read as a phrase's preposition ("gunned
    // down a Briton").
    let particle = tree
        .deps(v, "compound:prt")
        .chain((v + 1 < tree.range.end && tree.doc.xpos(v + 1) == "RP").then_some(v + 1))
        .next();
    let Some(p) = particle else {
        return false;
    };
    let by_relation = tree.deps(v, "obl").any(|o| {
        o > v
            && (tree.case_of(o).is_none() || tree.deps(o, "case").any(|c| c == p))
            && !crate::matching::is_time_phrase(tree, o)
    });
    // A noun right after the particle and its determiner, wherever the parser hung it.
    let by_order = (p + 1..tree.range.end)
        .find(|&j| !matches!(tree.upos(j), Upos::Det | Upos::Num | Upos::Adj))
        .is_some_and(|j| matches!(tree.upos(j), Upos::Noun | Upos::Propn | Upos::Pron));
    by_relation || by_order
}

/// Whether a counted noun follows `v` directly, which is its object whatever relation the parser
/// gave it: "US authorities arrested at least 103 suspects and filed …, the minister said"
/// (the parse took "suspects" for a clause of "said"). Not a span of time ("killed two days
/// after").
fn counted_object_after(tree: &Tree, v: usize) -> bool {
    let end = tree.range.end;
    let mut j = v + 1;
    if j + 1 < end && tree.doc.word(j).eq_ignore_ascii_case("at") && tree.doc.word(j + 1) == "least"
    {
        j += 2;
    }
    if !(j < end && matches!(tree.upos(j), Upos::Num | Upos::Det)) {
        return false;
    }
    while j < end && matches!(tree.upos(j), Upos::Num | Upos::Det | Upos::Adj) {
        j += 1;
    }
    j < end
        && matches!(tree.upos(j), Upos::Noun | Upos::Propn)
        && !crate::matching::is_time_phrase(tree, j)
}

/// A past form with no auxiliary, no object and a "by" agent, read by the parser as an active
/// verb: "Two Palestinians killed by Israeli forces" (a headline's reduced passive).
fn reduced_passive(tree: &Tree, v: usize) -> bool {
    // "Policeman Shot Dead in Saudi Battle": a title-case "Dead" read as an object is none.
    let bare = matches!(tree.doc.xpos(v), "VBD" | "VBN")
        && tree.deps(v, "aux").next().is_none()
        // "Four Israeli soldiers killed, Barghuti pulls out": a headline's next clause after a
        // comma, read as an object or a complement, is neither of a verb that takes no clause.
        && tree
            .deps_exact(v, "obj")
            .all(|o| tree.lemma(o) == "dead" || comma_after(tree, v))
        && tree.deps(v, "ccomp").all(|_| comma_after(tree, v))
        && !object_after_particle(tree, v)
        && !counted_object_after(tree, v)
        // "Israel bombed Gaza house", with the object misread as a bare oblique.
        && !tree.deps_exact(v, "obl").any(|o| {
            o > v && tree.case_of(o).is_none() && !crate::matching::is_time_phrase(tree, o)
        });
    // "86 Palestinian children killed in 2021", "two officers wounded": a verb that cannot
    // go without its object, with none, is a passive even without an agent; not a base form
    // the tagger took for a past ("Israel hospital raid in Gaza").
    if bare
        && always_transitive(tree.lemma(v))
        && !tree.doc.word(v).eq_ignore_ascii_case(tree.lemma(v))
        && tree.deps(v, "xcomp").next().is_none()
        && (!matches!(tree.lemma(v), "free" | "release") || nothing_released_after(tree, v))
        && (!CENSURE.contains(&tree.lemma(v))
            || (subject_just_before(tree, v) && !moves_into(tree, v)))
    {
        return true;
    }
    // "Policeman shot dead in Saudi battle": shot dead, with no one else shot, is a passive.
    if bare && tree.lemma(v) == "shoot" && tree.doc.children(v).any(|j| tree.lemma(j) == "dead") {
        return true;
    }
    bare && agent(tree, v).is_some_and(|a| {
        // Not a measure: "cut output by one million barrels".
        matches!(tree.upos(a), Upos::Noun | Upos::Propn)
            && !crate::matching::is_time_phrase(tree, a)
            && tree.deps(a, "nummod").next().is_none()
    })
}

/// Whether a comma follows verb `v` of violence, which ends its clause (see
/// [`ALWAYS_TRANSITIVE`]).
fn comma_after(tree: &Tree, v: usize) -> bool {
    ALWAYS_TRANSITIVE.contains(&tree.lemma(v)) && v + 1 < tree.range.end && tree.word_is(v + 1, ",")
}

/// Whether the word before `v` ends its subject, as in a headline ("Danish group's gift
/// criticized"); "Albania on Friday denounced as a crime …" puts its object after the verb.
/// A noun just before that subject makes the verb an object relative ("the goods Israel
/// banned"), not a passive.
fn subject_just_before(tree: &Tree, v: usize) -> bool {
    let part = |j: usize| {
        matches!(
            tree.rel(j),
            "compound" | "flat" | "amod" | "det" | "case" | "nmod:poss" | "punct"
        )
    };
    v > tree.range.start
        && tree.deps_exact(v, "nsubj").any(|s| {
            let mut j = v - 1;
            while j != s {
                match tree.head(j) {
                    Some(h) if part(j) => j = h,
                    _ => return false,
                }
            }
            // The subject's first word, and what comes before it.
            let mut first = s;
            while first > tree.range.start
                && tree.ancestors(first - 1).any(|a| a == s)
                && part(first - 1)
            {
                first -= 1;
            }
            first == tree.range.start
                || !matches!(tree.upos(first - 1), Upos::Noun | Upos::Propn | Upos::Pron)
        })
}

/// Whether no object follows a verb of releasing in the words themselves: it ends the clause
/// or a preposition comes next ("freed from prison", "released on Tuesday"), whatever the
/// tagger made of a numeral ("released twelve soldiers").
fn nothing_released_after(tree: &Tree, v: usize) -> bool {
    v + 1 >= tree.range.end
        || tree.upos(v + 1) == Upos::Punct
        || AFTER_RELEASE.iter().any(|w| tree.word_is(v + 1, w))
}

/// Words that may follow a verb of releasing that has no object.
const AFTER_RELEASE: &[&str] = &[
    "from",
    "after",
    "on",
    "in",
    "by",
    "as",
    "under",
    "at",
    "following",
    "amid",
    "for",
    "during",
    "with",
    "and",
    "but",
    "last",
    "this",
    "yesterday",
    "today",
];

/// Whether verb `v` has a phrase of motion into something: "rockets slammed into a hotel" is
/// no censure of the rockets.
fn moves_into(tree: &Tree, v: usize) -> bool {
    tree.deps(v, "obl")
        .any(|o| matches!(tree.case_of(o), Some("into" | "onto" | "through")))
}

/// "The detainees Israel released", "the goods Israel banned": a relative clause of releasing or
/// censure with a subject of its own, no agent and a gap for its object is active. (For verbs
/// of violence the parser reads far more headline passives as such clauses: "five Palestinians
/// killed by Israel".)
fn object_relative(tree: &Tree, v: usize) -> bool {
    let own_subject = || tree.deps_exact(v, "nsubj").any(|s| s < v);
    // "the essentials Israel banned": a verb of censure with its subject before it.
    let censure = CENSURE.contains(&tree.lemma(v))
        && matches!(tree.rel(v), "acl" | "acl:relcl")
        && own_subject();
    ((tree.rel(v) == "acl:relcl" && matches!(tree.lemma(v), "free" | "release")) || censure)
        && agent(tree, v).is_none()
}

/// Where someone was held, named for the actor that held them: "freed from Israeli prison",
/// "released from Chinese custody". That actor releases them.
pub fn keeper(tree: &Tree, idx: &MentionIndex, v: usize) -> Option<usize> {
    if !tree.parsed {
        return None;
    }
    tree.deps(v, "obl")
        .filter(|&o| {
            tree.case_of(o) == Some("from")
                && matches!(
                    tree.lemma(o),
                    "prison" | "jail" | "custody" | "detention" | "captivity" | "gaol"
                )
        })
        .find_map(|o| {
            tree.deps(o, "amod")
                .chain(tree.deps(o, "compound"))
                .chain(tree.deps(o, "nmod:poss"))
                .find_map(|d| idx.at(d))
        })
}

/// Whether `n` heads an "according to" phrase, which says who reports, never who acts or
/// undergoes ("According to UNICEF, 420 children killed", misparsed with UNICEF as subject).
pub fn is_attribution(tree: &Tree, n: usize) -> bool {
    tree.deps(n, "case").any(|c| tree.word_is(c, "according"))
}

fn is_relative_pronoun(tree: &Tree, t: usize) -> bool {
    // "Those close to him say": a demonstrative is no relative pronoun.
    matches!(tree.lemma(t), "that" | "which" | "who" | "whom") && tree.doc.xpos(t) != "DT"
}

/// The passive agent ("by X") of verb `v`.
pub fn agent(tree: &Tree, v: usize) -> Option<usize> {
    tree.deps(v, "obl")
        .find(|&o| tree.case_of(o) == Some("by"))
        .or_else(|| misparsed_agent(tree, v))
}

/// The agent of a passive whose "by" the parser hung elsewhere: on the verb's particle, with
/// the noun under it ("was thrown out by Treasurer Peter Costello"), or on the active
/// infinitive the passive takes ("was ordered to pay compensation by the Supreme Court"), or
/// on a phrase of the passive ("was released on bail by police", "wounded in a raid by
/// troops").
fn misparsed_agent(tree: &Tree, v: usize) -> Option<usize> {
    let noun = |n: &usize| matches!(tree.upos(*n), Upos::Propn | Upos::Noun);
    let on_particle = tree
        .deps(v, "compound:prt")
        .flat_map(|p| tree.deps(p, "advmod"))
        .find(|&b| tree.word_is(b, "by"))
        .and_then(|by| {
            tree.deps(by, "appos")
                .chain(tree.deps(by, "obj"))
                .chain(tree.deps(by, "nmod"))
                .find(noun)
        });
    on_particle.or_else(|| {
        if tree.deps(v, "aux:pass").next().is_none() {
            return None;
        }
        let by = |o: &usize| noun(o) && tree.case_of(*o) == Some("by");
        tree.deps(v, "xcomp")
            .filter(|&x| tree.deps(x, "aux:pass").next().is_none())
            .flat_map(|x| tree.deps(x, "obl"))
            .find(by)
            .or_else(|| {
                tree.deps(v, "obl")
                    .flat_map(|o| tree.deps(o, "nmod"))
                    .find(by)
            })
    })
}

/// "executed two men for collaboration with Israel", "shelled the town with rockets": whether
/// verb `v` uses force (roots 17 to 20) on a direct object under a rule that names no target
/// preposition, so that its "with" phrase is the means or the company, not the target.
fn force_on_object(tree: &Tree, v: usize, rule: &Rule) -> bool {
    uses_force(rule) && tree.deps_exact(v, "obj").next().is_some()
}

/// Whether `rule` codes force (roots 17 to 20) and names no target preposition.
fn uses_force(rule: &Rule) -> bool {
    rule.tgt.is_none() && matches!(rule.code.get(..2), Some("17" | "18" | "19" | "20"))
}

/// Whether token `m` lies in a "with" phrase of verb `t` that [`force_on_object`] makes a
/// means, or in a "for" phrase of force that names its undergoer, which gives the reason ("two
/// men were executed for collaboration with Israel"): neither holds the target.
pub fn in_means_phrase(tree: &Tree, t: usize, m: usize, rule: &Rule) -> bool {
    let undergoer = tree.deps_exact(t, "obj").next().is_some()
        || tree.deps_exact(t, "nsubj:pass").next().is_some();
    let Some(top) = std::iter::once(m)
        .chain(tree.ancestors(m))
        .take_while(|&a| a != t)
        .last()
        .filter(|&top| tree.head(top) == Some(t))
    else {
        return false;
    };
    match tree.case_of(top) {
        Some("with") => force_on_object(tree, t, rule),
        Some("for") => uses_force(rule) && undergoer,
        _ => false,
    }
}

/// Candidate target heads of verb `v` under `rule`, best first.
pub fn verb_targets(tree: &Tree, v: usize, rule: &Rule) -> Vec<usize> {
    let mut out = Vec::new();
    let mut heads = vec![v];
    heads.extend(tree.deps(v, "xcomp"));
    if !rule.prep.is_empty() {
        for &h in &heads {
            // "asked the United States for more visas for its citizens": whom the verb
            // addresses comes before what its phrase names.
            out.extend(tree.deps_exact(h, "iobj"));
            for o in tree.deps(h, "obl").chain(tree.deps(h, "nmod")) {
                if tree
                    .case_of(o)
                    .is_some_and(|c| rule.prep.iter().any(|p| p == c))
                {
                    out.push(o);
                }
            }
        }
        return out;
    }
    let preps: Vec<&str> = match &rule.tgt {
        Some(t) => t.iter().map(String::as_str).collect(),
        None => DEFAULT_TARGET_PREPS.to_vec(),
    };
    // The verb's own arguments before its complement's: in "pledged aid to Jordan to support
    // refugees" Jordan is the target.
    for &h in &heads {
        if !rule.no_obj_target {
            for o in tree.deps_exact(h, "obj").chain(tree.deps_exact(h, "iobj")) {
                if !rule.obj.iter().any(|x| x == tree.lemma(o)) {
                    out.push(o);
                }
                // "condemned Russia's attack on Ukraine", "praised Kenya's role in Somalia":
                // praise, blame or a demand of what someone did is aimed at who did it.
                if matches!(rule.code.get(..2), Some("05" | "10" | "11" | "12"))
                    && tree.upos(o) == Upos::Noun
                {
                    out.extend(
                        tree.deps(o, "nmod:poss")
                            .chain(tree.deps(o, "amod"))
                            .filter(|&p| crate::matching::is_actor(tree, p)),
                    );
                }
            }
        }
        let instrument = force_on_object(tree, h, rule);
        // "on Monday", "at noon": a time is never the target; nor is a fronted "at" phrase,
        // which sets the scene ("At the end of his trip, Blair said").
        for o in tree.deps(h, "obl") {
            if tree.case_of(o).is_some_and(|c| preps.contains(&c))
                && !(instrument && tree.case_of(o) == Some("with"))
                && !(o < h && tree.case_of(o) == Some("at"))
                && !is_attribution(tree, o)
                && !crate::matching::is_time_phrase(tree, o)
            {
                out.push(o);
            }
        }
        // The object of the object: "impose sanctions on Iran" may attach "on Iran" to "sanctions";
        // "aid for Romania" too, when the "for" phrase is itself an actor.
        for o in tree.deps_exact(h, "obj") {
            for n in tree.deps(o, "nmod") {
                let case = tree.case_of(n);
                if case.is_some_and(|c| preps.contains(&c))
                    || (case == Some("for") && crate::matching::is_actor(tree, n))
                {
                    out.push(n);
                }
            }
        }
    }
    // "criticised the way the government handled the crisis": what is said or done about the
    // way someone acts is aimed at them.
    for &h in &heads {
        for o in tree
            .deps_exact(h, "obj")
            .filter(|&o| MANNER_NOUNS.contains(&tree.lemma(o)))
        {
            for r in tree.deps(o, "acl") {
                out.extend(tree.deps_exact(r, "nsubj"));
            }
        }
    }
    // "demanded that the US cancel the sale", "urged that Iran stop": a demand or an appeal is
    // addressed to whoever must act, the subject of the clause that says what they must do.
    if matches!(rule.code.get(..2), Some("02" | "10")) {
        for c in tree.deps_exact(v, "ccomp") {
            out.extend(
                tree.deps_exact(c, "nsubj")
                    .chain(tree.deps_exact(c, "nsubj:pass")),
            );
            // "said it was time for Israel to end the occupation".
            out.extend(crate::matching::time_for_whom(tree, c));
        }
    }
    // "threatened to halt the talks if the US deploys missiles": a conditional threat is aimed
    // at whoever the condition is about.
    if rule.code.starts_with("13") {
        for &h in &heads {
            for a in tree.deps_exact(h, "advcl") {
                if tree
                    .deps(a, "mark")
                    .any(|m| matches!(tree.lemma(m), "if" | "unless"))
                {
                    out.extend(tree.deps_exact(a, "nsubj"));
                }
            }
        }
    }
    out
}

/// The first name of a hyphenated pair ("Israel-Gaza") whose second name `d` is a compound of
/// event noun `n`: an actor right before the hyphen before `d`, hung on `d`.
fn hyphen_pair(tree: &Tree, idx: &MentionIndex, n: usize, d: usize) -> Option<usize> {
    let first = d.checked_sub(2)?;
    (tree.rel(d) == "compound"
        && first >= tree.range.start
        && tree.word_is(d - 1, "-")
        && tree.head(first) == Some(d)
        && tree.head(d) == Some(n)
        && idx.at(first).is_some()
        && idx.at(d).is_some()
        && idx.at(first) != idx.at(d))
    .then_some(first)
}

/// Source and target heads of a nominal trigger `n` ("Moscow's invasion of Crimea").
pub fn noun_arguments(
    tree: &Tree,
    idx: &MentionIndex,
    n: usize,
    rule: &Rule,
) -> (Vec<usize>, Vec<usize>) {
    let (mut src, mut tgt) = (Vec::new(), Vec::new());
    // "the journalist's killing", "Navalny's arrest": the possessor of a noun of what is done to
    // someone undergoes it, unless an "of" phrase names who does ("Israel's killing of …").
    let undergoes = PATIENT_NOUNS.contains(&tree.lemma(n))
        && !tree.deps(n, "nmod").any(|d| tree.case_of(d) == Some("of"));
    // "Israel's siege and bombing of Gaza": a later conjunct with no owner of its own shares
    // the first's.
    let mut owners: Vec<usize> = tree
        .deps(n, "nmod:poss")
        .chain(tree.deps(n, "amod"))
        .chain(tree.deps(n, "compound"))
        .collect();
    if owners.is_empty() && tree.rel(n) == "conj" {
        if let Some(h) = tree
            .head(n)
            .filter(|&h| tree.upos(h) == petrel_core::Upos::Noun)
        {
            owners.extend(
                tree.deps(h, "nmod:poss")
                    .chain(tree.deps(h, "amod"))
                    .filter(|&d| idx.at(d).is_some()),
            );
        }
    }
    for d in owners {
        if undergoes && tree.rel(d) == "nmod:poss" && tree.upos(d) != petrel_core::Upos::Pron {
            tgt.push(d);
            continue;
        }
        // "the Abuja peace talks", "a Geneva summit": a capital on a meeting is its venue.
        if MEETING_NOUNS.contains(&tree.lemma(n))
            && tree.rel(d) == "compound"
            && idx.at(d).is_some_and(|m| {
                let men = &tree.doc.mentions[m];
                men.kind == petrel_core::ActorKind::Country && men.sector.as_deref() == Some("GOV")
            })
        {
            continue;
        }
        // "the Gaza pullout": a territory named on a withdrawal is the place left.
        if matches!(
            tree.lemma(n),
            "pullout" | "withdrawal" | "disengagement" | "evacuation" | "pull-out"
        ) && tree.rel(d) == "compound"
            && idx
                .at(d)
                .is_some_and(|m| is_territory(tree.doc.mentions[m].span.slice(&tree.doc.text)))
        {
            tgt.push(d);
            continue;
        }
        // "EU to boost Gaza aid": a territory named on aid is where it goes.
        if AID_NOUNS.contains(&tree.lemma(n))
            && tree.rel(d) == "compound"
            && idx
                .at(d)
                .is_some_and(|m| is_territory(tree.doc.mentions[m].span.slice(&tree.doc.text)))
        {
            tgt.push(d);
            continue;
        }
        // "his Moscow visit", "a four-nation EU visit": a place named on a trip is where it goes.
        if matches!(tree.lemma(n), "visit" | "trip" | "tour")
            && tree.rel(d) == "compound"
            && idx.at(d).is_some_and(|m| {
                matches!(
                    tree.doc.mentions[m].kind,
                    petrel_core::ActorKind::Country | petrel_core::ActorKind::Organisation
                )
            })
        {
            tgt.push(d);
            continue;
        }
        src.push(d);
        // "Israel continues its bombardment of Gaza": a possessive pronoun on the object of a
        // verb is that verb's subject, when the pronoun names no actor itself.
        if tree.upos(d) == petrel_core::Upos::Pron && tree.rel(n) == "obj" {
            if let Some((s, false)) = tree.head(n).and_then(|h| subject(tree, h)) {
                src.push(s);
            }
        }
    }
    // "the Israel-Gaza truce", "an India-Pakistan war": two names joined by a hyphen before
    // an event noun are its two sides; the first acts.
    if let Some((first, second)) = src
        .iter()
        .find_map(|&d| hyphen_pair(tree, idx, n, d).map(|f| (f, d)))
    {
        src.retain(|&d| d != second);
        src.insert(0, first);
        tgt.push(second);
    }
    let preps: Vec<&str> = match &rule.tgt {
        Some(t) => t.iter().map(String::as_str).collect(),
        None => vec![
            "of", "against", "on", "to", "with", "into", "in", "toward", "towards", "upon",
        ],
    };
    let mut asked = Vec::new();
    // "clashes on Tuesday between US forces and militiamen": a phrase the parser hung on the
    // noun's time phrase is the noun's own.
    let mut phrases: Vec<usize> = tree
        .deps(n, "nmod")
        .flat_map(|d| {
            std::iter::once(d).chain(
                tree.deps(d, "nmod")
                    .filter(move |_| crate::matching::is_time_phrase(tree, d)),
            )
        })
        .collect();
    // "Israel's siege and bombing of Gaza": an "of" phrase on the last conjunct belongs to all.
    if phrases.iter().all(|&d| tree.rel(d) == "nmod:poss") {
        phrases.extend(
            tree.conjuncts(n)
                .into_iter()
                .filter(|&c| c > n && tree.upos(c) == petrel_core::Upos::Noun)
                .flat_map(|c| {
                    tree.deps(c, "nmod")
                        .filter(|&d| tree.case_of(d) == Some("of"))
                })
                .filter(|&d| idx.at(d).is_some()),
        );
    }
    for d in phrases {
        match tree.case_of(d) {
            Some("by") => src.insert(0, d),
            Some("of") if rule.of_source => src.insert(0, d),
            // "rocket attacks from Gaza", "aid from Japan", "criticism from the opposition":
            // where violence, aid, support or a reproach comes from ("the threat from
            // terrorists" is a risk, not a threat made).
            Some("from")
                if matches!(
                    &rule.code[..2],
                    "05" | "07" | "10" | "11" | "12" | "18" | "19" | "20"
                ) =>
            {
                src.insert(0, d)
            }
            Some("between") => {
                // "talks between X and Y": the first conjunct acts, the others are acted upon.
                src.push(d);
                let others = tree.conjuncts(d);
                if others.is_empty() {
                    tgt.extend(split_partner(tree, idx, d));
                } else {
                    tgt.extend(others);
                }
            }
            Some(c) if preps.contains(&c) => tgt.push(d),
            // "Germany's calls for EU reform": the rule's own preposition names the target.
            Some(c) if rule.prep.iter().any(|p| p == c) => asked.push(d),
            _ => {}
        }
    }
    // "Putin made an unannounced visit", "paid a visit", "carried out a raid": a light verb's
    // subject acts; so it does for a rule's word compounded with an object that only says
    // how it is done ("began a hunger strike", "launched a bombing campaign").
    let object = match tree.head(n) {
        Some(h)
            if tree.rel(n) == "compound"
                && matches!(
                    tree.lemma(h),
                    "strike" | "campaign" | "operation" | "spree" | "blitz"
                ) =>
        {
            h
        }
        _ => n,
    };
    if tree.rel(object) == "obj" {
        let scaled = matches!(&rule.code[..2], "07" | "17" | "18" | "19" | "20");
        if let Some(h) = tree.head(object).filter(|&h| {
            LIGHT_VERBS.contains(&tree.lemma(h))
                || (scaled && SCALING_VERBS.contains(&tree.lemma(h)))
        }) {
            if let Some((s, false)) = subject(tree, h) {
                // "Israel continues Gaza raids", "Russia held Ukraine talks": the verb's subject
                // acts, and a name compounded with the noun is what the event is aimed at.
                let compounds: Vec<usize> = src
                    .iter()
                    .copied()
                    .filter(|&d| {
                        tree.rel(d) == "compound"
                            && tree.upos(d) == petrel_core::Upos::Propn
                            // "increase UK bilateral aid": a name on aid gives it.
                            && !AID_NOUNS.contains(&tree.lemma(n))
                    })
                    .collect();
                src.retain(|d| !compounds.contains(d));
                tgt.splice(0..0, compounds);
                src.insert(0, s);
            }
            // "began a visit to Iraq", the phrase hung on the verb.
            tgt.extend(
                tree.deps(h, "obl")
                    .filter(|&o| tree.case_of(o).is_some_and(|c| preps.contains(&c))),
            );
        }
    }
    // "The premier resigned in protest against US sanctions": who acts in protest protests;
    // "Mr Brown has been locked in talks with the G8", "in a call with Netanyahu, the
    // president reiterated": who is in talks or on a call talks.
    if (tree.lemma(n) == "protest" && tree.rel(n) == "obl" && tree.case_of(n) == Some("in"))
        || in_talks_with(tree, n)
    {
        if let Some((s, false)) = tree.head(n).and_then(|h| subject(tree, h)) {
            src.insert(0, s);
        }
    }
    // "US troops faced attacks in Iraq", "the convoy came under fire": the one who suffers the
    // event is its target, before any place it happened in.
    if let Some(h) = tree.head(n) {
        let suffers = (tree.rel(n) == "obj" && SUFFER_VERBS.contains(&tree.lemma(h)))
            || (tree.lemma(h) == "come" && tree.case_of(n) == Some("under"));
        let subjects: Vec<usize> = tree.deps_exact(h, "nsubj").collect();
        if suffers && !subjects.is_empty() {
            tgt.retain(|&d| tree.case_of(d) != Some("in"));
            for s in subjects.into_iter().rev() {
                tgt.insert(0, s);
            }
            // "attracted criticism from the opposition": the parser may hang who it comes
            // from on the verb.
            if src.is_empty() {
                src.extend(
                    tree.deps(h, "obl")
                        .filter(|&o| matches!(tree.case_of(o), Some("from" | "by"))),
                );
            }
        }
    }
    // Only of a noun an actor is named as making: "faces calls for a ban" asks no one.
    let named = |d: usize| {
        crate::matching::is_actor(tree, d)
            || tree.range.clone().any(|j| {
                tree.head(j) == Some(d)
                    && matches!(tree.rel(j), "compound" | "flat" | "amod" | "nmod:poss")
                    && crate::matching::is_actor(tree, j)
            })
    };
    if src.iter().any(|&d| named(d)) {
        tgt.extend(asked);
    }
    (src, tgt)
}

/// Event nouns whose possessor is the one they are done to ("the journalist's killing").
const PATIENT_NOUNS: &[&str] = &[
    "killing",
    "murder",
    "assassination",
    "arrest",
    "detention",
    "abduction",
    "kidnapping",
    "capture",
    "execution",
    "release",
    "expulsion",
    "deportation",
    "torture",
    "imprisonment",
    "jailing",
    "conviction",
    "trial",
    "extradition",
    "ouster",
    "removal",
    "beheading",
];

/// Verbs that only carry an event noun ("made a visit", "began a visit", "carried out a raid",
/// "continues raids", "stepped up attacks", "extends detention"), or whose subject decides it
/// ("authorised sanctions", "ordered air strikes", "announced an inquiry").
const LIGHT_VERBS: &[&str] = &[
    "make",
    "pay",
    "carry",
    "conduct",
    "undertake",
    "stage",
    "mount",
    "give",
    "hold",
    "begin",
    "start",
    "launch",
    "open",
    "continue",
    "resume",
    "extend",
    "prolong",
    "renew",
    "intensify",
    "escalate",
    "expand",
    "step",
    "authorize",
    "authorise",
    "order",
    "announce",
    "unveil",
];

/// Nouns of aid, whose compounded name gives it unless it is a territory ("US aid", "Gaza aid").
const AID_NOUNS: &[&str] = &["aid", "assistance", "relief"];

/// Verbs that scale up or hand over aid or force, whose subject gives or uses it ("EU to boost
/// Gaza aid", "Israel ramps up attacks"); not a truce or talks ("effort to boost the truce").
const SCALING_VERBS: &[&str] = &[
    "boost", "ramp", "double", "triple", "scale", "send", "deliver", "provide",
];

/// Verbs whose subject undergoes the event noun they take as object ("faced attacks",
/// "attracted criticism", "received aid").
pub(crate) const SUFFER_VERBS: &[&str] = &[
    "face",
    "attract",
    "draw",
    "receive",
    "earn",
    "incur",
    "suffer",
    "endure",
    "survive",
    "repel",
    "withstand",
    "repulse",
];

/// How far, in tokens, the word-order fallback looks for an actor.
const SURFACE_WINDOW: usize = 8;

/// Word-order fallback when there is no parse: the nearest mention before the trigger is the
/// source, the first after it the target.
pub fn surface_arguments(
    tree: &Tree,
    idx: &MentionIndex,
    t: usize,
) -> (Option<usize>, Option<usize>) {
    let lo = t.saturating_sub(SURFACE_WINDOW).max(tree.range.start);
    let hi = (t + 1 + SURFACE_WINDOW).min(tree.range.end);
    // "A bomb exploded near a patrol in Baghdad, injuring six soldiers": a place is where the
    // act happened, not who did it.
    let placed = |i: usize| {
        if tree.parsed {
            return in_place_phrase(tree, i);
        }
        let mut first = i;
        while first > tree.range.start && idx.at(first - 1) == idx.at(i) {
            first -= 1;
        }
        first > tree.range.start && PLACE_CASES.iter().any(|c| tree.word_is(first - 1, c))
    };
    // "killing two people and wounding about 20": the object of the verb this one is joined
    // to is no doer of it.
    let object_of_other = |i: usize| {
        tree.parsed && tree.rel(t) == "conj" && {
            let h = phrase_head(tree, i);
            tree.rel(h) == "obj" && tree.head(h).is_some() && tree.head(h) == tree.head(t)
        }
    };
    let nearest = |end: usize| {
        (lo..end)
            .rev()
            .filter(|&i| !placed(i) && !object_of_other(i))
            .find_map(|i| idx.at(i))
    };
    // "Jack Straw, touring South East Asian countries, praised …": an aside between commas
    // just before the verb, opened by a participle or a relative pronoun, holds no subject.
    let word = |i: usize| tree.doc.word(i);
    let aside = (t > lo + 1 && word(t - 1) == ",")
        .then(|| (lo..t - 1).rev().find(|&j| word(j) == ","))
        .flatten()
        .filter(|&c| {
            c + 1 < t - 1
                && (matches!(tree.doc.xpos(c + 1), "VBG" | "VBN")
                    || matches!(word(c + 1), "who" | "which"))
        });
    let before = aside
        .and_then(nearest)
        .or_else(|| nearest(t))
        .filter(|&m| !outside_report(tree, m, t));
    // "allow aid into the town through Jordan": the route of a thing moved names no one acted
    // upon.
    let route = |i: usize| {
        tree.parsed && {
            let mut h = i;
            while matches!(tree.rel(h), "amod" | "compound" | "flat") {
                match tree.head(h) {
                    Some(p) => h = p,
                    None => break,
                }
            }
            tree.case_of(h).is_some_and(|c| ROUTE_CASES.contains(&c)) && moves_thing(tree, h)
        }
    };
    // "killing six people and wounding about eight, the Interior Ministry said": the subject
    // of a clause that holds the act, after a comma, is no one it was done to.
    let holder_subject = |i: usize| {
        tree.parsed && (t + 1..i).any(|j| word(j) == ",") && {
            let h = phrase_head(tree, i);
            let holds = |v: usize| v == t || tree.ancestors(t).any(|a| a == v);
            // The reporting verb may hang on the act as a parenthetical.
            tree.rel(h) == "nsubj"
                && tree.head(h).is_some_and(|v| {
                    (v != t && holds(v))
                        || (tree.rel(v) == "parataxis" && tree.head(v).is_some_and(holds))
                })
        }
    };
    let after = (t + 1..hi)
        .filter(|&i| !route(i) && !holder_subject(i))
        .find_map(|i| idx.at(i));
    (before, after)
}

/// Whether mention `m`, before `t`, stands outside a report that holds `t`: a quotation opens
/// between them ("told BBC One's Breakfast with Frost: \"It is important to support …\""), or
/// `m` is whom the report was addressed to ("told the BBC it was important to support
/// teachers"). Neither the listener nor the frame does what was reported.
fn outside_report(tree: &Tree, m: usize, t: usize) -> bool {
    let end = tree.doc.mentions[m].tokens().end;
    // A quotation after a colon, not a word in scare quotes ("a 'gentle nudge'").
    let opens = |j: usize| {
        j > 0 && tree.doc.word(j - 1) == ":" && matches!(tree.doc.word(j), "\"" | "\u{201c}" | "``")
    };
    if (end..t).any(opens) {
        return true;
    }
    if !tree.parsed {
        return false;
    }
    // "told BBC One's Breakfast with Frost".
    let head = phrase_head(tree, tree.doc.mentions[m].head as usize);
    let Some(v) = tree.head(head) else {
        return false;
    };
    let addressed = tree.rel(head) == "iobj"
        || (tree.rel(head) == "obj" && ADDRESSING.contains(&tree.lemma(v)));
    // The clause of `v` that holds `t`, which must be what was reported.
    let reported = std::iter::once(t)
        .chain(tree.ancestors(t))
        .find(|&a| tree.head(a) == Some(v))
        .is_some_and(|c| matches!(tree.rel(c), "ccomp" | "parataxis"));
    addressed && reported
}

/// The head of the noun phrase that word `i` names or owns, up through compounds, flat names
/// and possessors (at most four steps): "BBC" in "BBC One's Breakfast with Frost" gives
/// "Breakfast".
pub(crate) fn phrase_head(tree: &Tree, i: usize) -> usize {
    let mut h = i;
    for _ in 0..4 {
        match tree.head(h) {
            Some(p) if matches!(tree.rel(h), "compound" | "flat" | "nmod:poss") => h = p,
            _ => break,
        }
    }
    h
}

/// Verbs whose object is whom they address ("told reporters", "assured Kenya").
const ADDRESSING: &[&str] = &[
    "tell", "inform", "assure", "warn", "remind", "brief", "notify", "promise",
];

/// Whether word `i` of a parsed sentence lies in a phrase of place ("in Baghdad", "at the
/// Egyptian border", "in the Kenyan capital, Nairobi"): up from the word through its modifiers
/// (and through its apposition to a word for a place) to the head of its phrase, whose
/// preposition is one of place.
pub(crate) fn in_place_phrase(tree: &Tree, i: usize) -> bool {
    phrase_case(tree, i).is_some_and(|c| PLACE_CASES.contains(&c))
}

/// Whether the name at token `i` heads, or modifies the head of, a phrase of topic ("talked
/// about Afghanistan", "met on Iraq").
pub(crate) fn in_topic_phrase(tree: &Tree, i: usize) -> bool {
    phrase_case(tree, i).is_some_and(|c| TOPIC_CASES.iter().any(|k| k.eq_ignore_ascii_case(c)))
}

/// Prepositions of a phrase that says what a meeting or a talk is about.
const TOPIC_CASES: &[&str] = &["about", "on", "over", "regarding", "concerning"];

/// The preposition of the phrase that the name at token `i` heads or modifies.
fn phrase_case<'a>(tree: &'a Tree, i: usize) -> Option<&'a str> {
    let mut h = i;
    // "in the Kenyan capital, Nairobi": a name in apposition to a word for a place is that
    // place.
    while matches!(tree.rel(h), "amod" | "compound" | "nmod:poss" | "flat")
        || (tree.rel(h) == "appos"
            && tree
                .head(h)
                .is_some_and(|p| PLACE_WORDS.contains(&tree.lemma(p))))
    {
        match tree.head(h) {
            Some(p) => h = p,
            None => break,
        }
    }
    tree.case_of(h)
}

/// Words for places that a name in apposition to them stands for ("the capital, Nairobi").
const PLACE_WORDS: &[&str] = &[
    "capital", "city", "town", "village", "province", "region", "district", "port",
];

/// Prepositions of place, whose phrase names where an act happened.
pub(crate) const PLACE_CASES: &[&str] = petrel_core::words::PLACE_PREPOSITIONS;

/// Whether the phrase at `x` is the route of a thing moved: it hangs on a noun ("aid into the
/// town through Egypt") or on a verb with an object ("sent aid via Jordan"), not on a verb of
/// going ("marched through Santiago", where the marchers are).
fn moves_thing(tree: &Tree, x: usize) -> bool {
    tree.head(x).is_some_and(|h| {
        matches!(tree.upos(h), Upos::Noun | Upos::Propn)
            || tree.deps_exact(h, "obj").next().is_some()
    })
}

/// Prepositions of a route, whose phrase names no one acted upon ("aid through Egypt").
pub(crate) const ROUTE_CASES: &[&str] = &["through", "via"];

/// Prepositions of time or circumstance, whose phrase names no target.
pub(crate) const CIRCUMSTANCE_CASES: &[&str] =
    &["after", "before", "since", "during", "amid", "despite"];

/// Relations whose phrases never hold the target of the clause above them.
const NOT_TARGET_RELS: &[&str] = &[
    "nsubj",
    "nsubj:pass",
    "csubj",
    "parataxis",
    "punct",
    "obl:agent",
    "advcl",
    "conj",
    "cc",
];

/// "As Russia shells Kharkiv, the UN calls for calm", parsed with "calls" as a bare oblique of
/// "shells": an oblique with no preposition set off by a comma is the next clause misread.
fn clause_misread_as_phrase(tree: &Tree, x: usize) -> bool {
    tree.rel(x) == "obl"
        && tree.case_of(x).is_none()
        && tree.deps(x, "punct").any(|p| p < x && tree.word_is(p, ","))
}

/// The first actor mention after `t` inside the phrase `t` heads, skipping subjects, side
/// clauses and coordinated clauses (and objects, with `skip_objects`), and countries that name a
/// border; with `makers`, the "by" agent of a participle on the object counts: a target for when
/// no structured candidate names an actor. Without `places`, phrases of place and of topic are
/// skipped too (where a meeting is held, or what it is about, is not whom it is with); without
/// `doers`, so is the owner of an attack something suffered in ("visits his house destroyed in
/// Israeli bombing"), though a statement may be about that attack.
pub fn subtree_target(
    tree: &Tree,
    idx: &MentionIndex,
    t: usize,
    skip_objects: bool,
    makers: bool,
    places: bool,
    doers: bool,
) -> Option<usize> {
    let mut stack: Vec<usize> = tree
        .range
        .clone()
        .filter(|&j| {
            tree.head(j) == Some(t)
                && j > t
                && !(skip_objects && matches!(tree.rel(j), "obj" | "iobj"))
                && !clause_misread_as_phrase(tree, j)
        })
        .collect();
    let mut inside = Vec::new();
    while let Some(x) = stack.pop() {
        // "killed after Israeli troops raided the camp", "amid protests": a phrase of time or
        // circumstance holds no target of the event.
        // Nor does the route of a thing moved ("sent aid via Jordan", see `moves_thing`).
        let circumstance = tree.case_of(x).is_some_and(|c| {
            CIRCUMSTANCE_CASES.iter().any(|k| k.eq_ignore_ascii_case(c))
                || (ROUTE_CASES.iter().any(|k| k.eq_ignore_ascii_case(c)) && moves_thing(tree, x))
                || (!places && PLACE_CASES.iter().any(|k| k.eq_ignore_ascii_case(c)))
                // "the two leaders talked about Afghanistan": what a meeting is about is its
                // topic, not a party to it.
                || (!places && TOPIC_CASES.iter().any(|k| k.eq_ignore_ascii_case(c)))
        });
        // "rejected a plan proposed by the EU", "refused to accept commissioners proposed by
        // Barroso": the maker of the very thing acted upon is its target, though a "by" agent of
        // the trigger itself is its source.
        let maker = makers
            && tree.rel(x) == "obl:agent"
            && tree
                .head(x)
                .filter(|&h| tree.rel(h) == "acl")
                .and_then(|h| tree.head(h))
                .filter(|&o| tree.rel(o) == "obj")
                .and_then(|o| tree.head(o))
                .is_some_and(|v| v == t || (tree.rel(v) == "xcomp" && tree.head(v) == Some(t)));
        let attack_owner = !doers
            && matches!(tree.rel(x), "amod" | "compound" | "nmod:poss")
            && tree.head(x).is_some_and(|a| {
                ATTACK_NOUNS.contains(&tree.lemma(a))
                    && matches!(tree.case_of(a), Some("in" | "during"))
            });
        if (NOT_TARGET_RELS.contains(&tree.rel(x)) && !maker)
            || circumstance
            || attack_owner
            || inside.len() > 64
        {
            continue;
        }
        inside.push(x);
        stack.extend(tree.range.clone().filter(|&j| tree.head(j) == Some(x)));
    }
    inside.sort_unstable();
    // "hideouts near the Afghan border": the country names a place.
    inside.into_iter().filter_map(|j| idx.at(j)).find(|&m| {
        !tree
            .range
            .clone()
            .any(|t| idx.at(t) == Some(m) && names_border(tree, t))
    })
}

/// Pushes mention `m` and the actors coordinated with any of its words onto `out`, each once:
/// in "ties with Mordor, Rohan and Bree" and "officials in Kenya and Uganda" each conjunct
/// takes part, though the phrase's head reaches only the first.
pub fn push_with_coordinated(tree: &Tree, idx: &MentionIndex, m: usize, out: &mut Vec<usize>) {
    if !out.contains(&m) {
        out.push(m);
    }
    let mention = &tree.doc.mentions[m];
    // "US and Iraqi troops": a state word before the mention that shares its head noun.
    if let Some(x) = m.checked_sub(1).filter(|&x| {
        let b = &tree.doc.mentions[x];
        b.kind == petrel_core::ActorKind::Agent
            && b.sector == mention.sector
            && petrel_actors::shares_head(tree.doc, b, mention)
    }) {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    for t in mention.tok_start as usize..mention.tok_end as usize {
        for c in affirmed_conjuncts(tree, t) {
            if let Some(c) = actor_of(tree, idx, c).filter(|c| !out.contains(c)) {
                out.push(c);
            }
        }
    }
}

/// Verbs whose subject has what their passive infinitive says done ("ordered the leaders to
/// be arrested").
const ORDERING: &[&str] = &[
    "order",
    "instruct",
    "direct",
    "command",
    "authorise",
    "authorize",
];

/// The subject of the verb of ordering that passive infinitive `v` complements, if any.
pub fn orderer(tree: &Tree, v: usize) -> Option<usize> {
    let head = tree.head(v).filter(|_| tree.rel(v) == "xcomp")?;
    if !ORDERING.contains(&tree.lemma(head)) || tree.deps(v, "aux:pass").next().is_none() {
        return None;
    }
    subject(tree, head)
        .filter(|&(_, passive)| !passive)
        .map(|(s, _)| s)
}

/// The actor that owns the attack in an "in"/"during" phrase of passive verb `v` ("killed in
/// an Israeli air strike" → "Israeli"), or the other side of a clash in one ("wounded in clashes
/// with militants" → "militants"), as the head of its mention.
pub fn attack_owner(tree: &Tree, idx: &MentionIndex, v: usize) -> Option<usize> {
    let is_attack = |o: usize| {
        ATTACK_NOUNS.contains(&tree.lemma(o)) && matches!(tree.case_of(o), Some("in" | "during"))
    };
    // "killed in the last 24 hours in Israeli strikes": the parser may hang the attack on
    // the phrase of time before it.
    // "three policemen were wounded in clashes with militants": the other side of a clash
    // the victims fell in.
    let clash_party = tree
        .deps(v, "obl")
        .filter(|&o| {
            CLASH_NOUNS.contains(&tree.lemma(o)) && matches!(tree.case_of(o), Some("in" | "during"))
        })
        .flat_map(|o| {
            tree.deps(o, "nmod")
                .filter(|&n| tree.case_of(n) == Some("with"))
        })
        .find(|&n| actor_of(tree, idx, n).is_some());
    let Some(attack) = tree.deps(v, "obl").find(|&o| is_attack(o)).or_else(|| {
        tree.deps(v, "obl")
            .flat_map(|o| tree.deps(o, "nmod"))
            .find(|&n| is_attack(n))
    }) else {
        return clash_party;
    };
    tree.deps(attack, "amod")
        // "killed in Gaza hospital bombing": the building names what was hit, not who hit it.
        .chain(tree.deps(attack, "compound").filter(|&c| {
            !THINGS_HIT.contains(&tree.lemma(c))
                // "killed in Baghdad bombing": the place it struck ("killed in Israel
                // strike" names the striker).
                && !idx.at(c).is_some_and(|m| {
                    (BLAST_NOUNS.contains(&tree.lemma(attack)) && is_place_name(tree.doc, m))
                        || is_territory(tree.doc.mentions[m].span.slice(&tree.doc.text))
                })
        }))
        .chain(tree.deps_exact(attack, "nmod:poss"))
        .chain(
            tree.deps(attack, "nmod")
                .filter(|&n| tree.case_of(n) == Some("by")),
        )
        .find(|&m| actor_of(tree, idx, m).is_some())
}

/// Nouns of fighting between two sides, whose "with" phrase names the side the victims fought.
const CLASH_NOUNS: &[&str] = &[
    "clash",
    "fighting",
    "battle",
    "gunbattle",
    "firefight",
    "shootout",
    "skirmish",
];

/// What the attack in an "in"/"during" phrase of passive verb `v` was "on" or "against" ("Hundreds
/// killed in Israeli air raid on Gaza hospital" → "hospital", whose actor is Gaza): whom a
/// passive with no named victims struck.
pub fn attack_victim(tree: &Tree, idx: &MentionIndex, v: usize) -> Option<usize> {
    let attack = tree.deps(v, "obl").find(|&o| {
        ATTACK_NOUNS.contains(&tree.lemma(o)) && matches!(tree.case_of(o), Some("in" | "during"))
    })?;
    tree.deps(attack, "nmod")
        .filter(|&n| matches!(tree.case_of(n), Some("on" | "against")))
        .find(|&n| actor_of(tree, idx, n).is_some())
}

/// The subject of the passive verb of violence, or of "die", whose "in"/"during" phrase is the
/// attack noun `n` ("Four settlers killed in attack", "Marines die in car bombing").
pub fn victims_of_frame(tree: &Tree, idx: &MentionIndex, n: usize) -> Option<usize> {
    if !(tree.rel(n).starts_with("obl") && matches!(tree.case_of(n), Some("in" | "during"))) {
        return None;
    }
    let v = tree.head(n)?;
    // "US Marines die in Fallujah car bombing": who dies in an attack is its victim too.
    let dies = matches!(tree.lemma(v), "die" | "perish");
    if !dies
        && !matches!(
            tree.lemma(v),
            "kill" | "wound" | "injure" | "hurt" | "shoot" | "abduct"
        )
    {
        return None;
    }
    match subject(tree, v) {
        Some((s, passive)) if (passive || dies) && actor_of(tree, idx, s).is_some() => Some(s),
        _ => None,
    }
}

/// Verbs of an armed attack whose doer, in a clause "as" a passive's victims fell, killed them
/// ("six journalists have been killed as Israel shells Gaza").
const ATTACK_VERBS: &[&str] = &[
    "shell", "bomb", "bombard", "pound", "strike", "attack", "raid", "shoot", "fire", "storm",
    "invade", "besiege",
];

/// The subject of a clause of armed attack opened by "as" under passive verb `v`, when it is an
/// actor ("killed as Israel shells Gaza" → "Israel").
pub fn concurrent_attacker(tree: &Tree, idx: &MentionIndex, v: usize) -> Option<usize> {
    tree.deps_exact(v, "advcl")
        .filter(|&c| {
            ATTACK_VERBS.contains(&tree.lemma(c))
                && tree.deps(c, "mark").any(|m| tree.lemma(m) == "as")
        })
        .flat_map(|c| tree.deps_exact(c, "nsubj"))
        .find(|&h| actor_of(tree, idx, h).is_some())
}

/// Places and buildings an attack is named after ("the Gaza hospital bombing").
pub(crate) const THINGS_HIT: &[&str] = &[
    "hospital",
    "school",
    "office",
    "embassy",
    "consulate",
    "camp",
    "mosque",
    "church",
    "synagogue",
    "market",
    "convoy",
    "home",
    "house",
    "building",
    "hotel",
    "station",
    "base",
    "checkpoint",
    "airport",
    "port",
    "bus",
    "train",
    "plant",
    "facility",
    "university",
];

/// Weapons and attacks named as what killed or struck: a place after them is where they hit.
const WEAPON_NOUNS: &[&str] = &[
    "bomb",
    "blast",
    "explosion",
    "rocket",
    "missile",
    "shell",
    "mortar",
    "grenade",
    "mine",
    "attack",
    "bombing",
    "shelling",
    "strike",
    "airstrike",
    "raid",
    "shooting",
    "violence",
    "clash",
    "fighting",
];

/// Verbs of force whose "during" or "in" phrase names the operation they were part of.
const FORCE_IN_OPERATION: &[&str] = &[
    "kill", "shoot", "wound", "injure", "destroy", "demolish", "arrest", "detain", "abduct",
    "kidnap", "bomb", "shell", "attack", "storm", "seize", "capture", "fire", "beat", "torture",
    "strike", "hit", "target", "raze", "bulldoze", "blow",
];

/// The doer and the patients of the act of force whose "during" or "in" phrase the violent
/// event noun `t` heads ("shot by the Israeli army during a raid", "troops killed two in an
/// attack on the camp"): the verb's subject, or a passive's agent, when that is a state or an
/// armed actor; and its object, or a passive's subject. A "during" phrase frames the nearest
/// verb above it, wherever the parser hangs it ("shot in the head by the army during a raid",
/// with the raid on "army"); "in" only the verb it is a phrase of.
pub fn doer_of_frame(tree: &Tree, idx: &MentionIndex, t: usize) -> (Vec<usize>, Vec<usize>) {
    let v = match tree.case_of(t) {
        Some("during") => tree.ancestors(t).find(|&a| tree.upos(a) == Upos::Verb),
        Some("in") if tree.rel(t).starts_with("obl") => tree.head(t),
        _ => None,
    };
    let Some(v) =
        v.filter(|&v| tree.upos(v) == Upos::Verb && FORCE_IN_OPERATION.contains(&tree.lemma(v)))
    else {
        return (Vec::new(), Vec::new());
    };
    let (doer, patient) = match subject(tree, v) {
        Some((x, false)) => (Some(x), tree.deps_exact(v, "obj").next()),
        Some((x, true)) => (agent(tree, v), Some(x)),
        None => (agent(tree, v), None),
    };
    let armed = |m: usize| {
        let code = &tree.doc.mentions[m].code;
        code.len() == 3 || crate::coder::ARMED_SECTORS.iter().any(|a| code.contains(a))
    };
    match doer.filter(|&d| actor_of(tree, idx, d).is_some_and(armed)) {
        Some(d) => (vec![d], patient.into_iter().collect()),
        None => (Vec::new(), Vec::new()),
    }
}
