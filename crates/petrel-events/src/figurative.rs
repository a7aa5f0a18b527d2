//! Fights that are no fighting: "fight poverty", "fought to retain their rights", "a court
//! battle", "a bankruptcy battle". Violence is coded only when it is aimed at someone.

use crate::arguments::{actor_of, MentionIndex};
use crate::tree::Tree;
use petrel_core::Upos;

/// Verbs and nouns of fighting that are often figurative.
const FIGHT_WORDS: &[&str] = &["fight", "battle", "combat", "tackle", "struggle"];

/// Objects of a fight that are people even when no actor is named ("fought the rebels",
/// "battled enemy soldiers").
const COMBATANTS: &[&str] = &[
    "troops",
    "troop",
    "force",
    "soldier",
    "army",
    "militant",
    "rebel",
    "insurgent",
    "fighter",
    "enemy",
    "police",
    "militia",
    "guerrilla",
    "gunman",
    "terrorist",
    "jihadist",
    "separatist",
    "invader",
    "occupier",
    "attacker",
    "protester",
    "demonstrator",
    "mob",
    "crowd",
    "regime",
    "government",
    "group",
    "unit",
    "battalion",
    "brigade",
    "division",
];

/// Objects that name the fighting itself ("fought pitched battles", "fighting the war").
const COMBAT: &[&str] = &[
    "battle",
    "war",
    "fight",
    "gunbattle",
    "skirmish",
    "clash",
    "duel",
    "firefight",
];

/// What one fights for in court, politics or life, not with arms: "fighting for its survival".
const ABSTRACT_GOALS: &[&str] = &[
    "survival",
    "right",
    "justice",
    "recognition",
    "compensation",
    "equality",
    "title",
    "seat",
    "place",
    "job",
    "pension",
    "custody",
    "life",
];

/// Decisions and moves one fights in court or politics, whoever made them: "fight a US court
/// ruling", "fight any move to".
const CONTESTED: &[&str] = &[
    "ruling",
    "decision",
    "verdict",
    "judgment",
    "judgement",
    "sentence",
    "conviction",
    "extradition",
    "deportation",
    "order",
    "lawsuit",
    "claim",
    "charge",
    "case",
    "bid",
    "takeover",
    "move",
    "plan",
    "proposal",
    "election",
    "seat",
    "ban",
    "fine",
];

/// Things fought against with arms: "fought against the occupation".
const ARMED_FOES: &[&str] = &[
    "occupation",
    "invasion",
    "regime",
    "occupier",
    "offensive",
    "assault",
    "attack",
    "incursion",
    "coup",
    "junta",
];

/// Verbs that a tagger reads as a plural noun object after "fighting" ("as fighting rages",
/// "battles rage across Mosul"): the fighting is their subject.
const MISREAD_PREDICATES: &[&str] = &[
    "rage",
    "rages",
    "continue",
    "escalate",
    "intensify",
    "erupt",
    "ratchet",
    "ratchets",
    "spread",
    "resume",
    "flare",
    "grind",
    "persist",
];

/// Modifiers that make a battle a contest in court, business, politics or sport.
const CONTESTS: &[&str] = &[
    "court",
    "courtroom",
    "legal",
    "bankruptcy",
    "banking",
    "takeover",
    "boardroom",
    "custody",
    "ratings",
    "election",
    "electoral",
    "political",
    "bidding",
    "bid",
    "price",
    "trade",
    "copyright",
    "patent",
    "budget",
    "leadership",
    "tax",
    "libel",
    "title",
    "relegation",
    "chart",
    "marketing",
    "ownership",
    "merger",
    "contract",
    "pay",
    "extradition",
    "appeal",
    "uphill",
    "public",
    "media",
    "advertising",
    "cup",
    "league",
    "championship",
];

/// True when the fight at `t` is figurative: a verb whose object is a common noun for a thing,
/// not a person, a force or the fighting itself ("fight poverty"), a decision or move fought in
/// court or politics ("fight a US court ruling"), or an infinitive of striving ("fought to
/// keep"); a noun of a contest ("a court battle").
pub fn contest(tree: &Tree, idx: &MentionIndex, t: usize) -> bool {
    if !tree.parsed || !FIGHT_WORDS.contains(&tree.lemma(t)) {
        return false;
    }
    match tree.upos(t) {
        Upos::Verb => {
            // Whom the noun names: itself, or its owner or "of" phrase; not where it is
            // ("swarms of locusts in west Africa" name no one).
            let names_actor = |o: usize| {
                idx.at(o).is_some()
                    || tree.range.clone().any(|j| {
                        tree.head(j) == Some(o)
                            && ((matches!(tree.rel(j), "compound" | "amod" | "nmod:poss")
                                && actor_of(tree, idx, j).is_some())
                                || (tree.rel(j) == "nmod"
                                    && tree.case_of(j) == Some("of")
                                    && idx.at(j).is_some()))
                    })
            };
            let is_thing = |o: usize| {
                tree.upos(o) == Upos::Noun
                    && !names_actor(o)
                    && !COMBATANTS.contains(&tree.lemma(o))
                    && !COMBAT.contains(&tree.lemma(o))
                    && !MISREAD_PREDICATES.contains(&tree.lemma(o))
            };
            // "fight corruption", "fighting against graft", "fighting for its survival".
            let thing = tree
                .deps_exact(t, "obj")
                .next()
                .is_some_and(|o| is_thing(o) || CONTESTED.contains(&tree.lemma(o)))
                || (tree.lemma(t) == "fight"
                    && tree.deps(t, "obl").any(|o| match tree.case_of(o) {
                        Some("for") => ABSTRACT_GOALS.contains(&tree.lemma(o)),
                        Some("against") => is_thing(o) && !ARMED_FOES.contains(&tree.lemma(o)),
                        _ => false,
                    }));
            let striving = tree.deps(t, "xcomp").any(|x| {
                tree.upos(x) == Upos::Verb && tree.deps(x, "mark").any(|m| tree.word_is(m, "to"))
            });
            thing || striving
        }
        // "a court battle", "the court room battle": a modifier, or one of its own, names
        // the contest.
        Upos::Noun => tree
            .deps(t, "compound")
            .chain(tree.deps(t, "amod"))
            .flat_map(|d| std::iter::once(d).chain(tree.deps(d, "compound")))
            .any(|d| CONTESTS.contains(&tree.lemma(d))),
        _ => false,
    }
}

/// Adjectives of an attack made in words: "a scathing attack on the prince".
const SCATHING: &[&str] = &[
    "scathing",
    "stinging",
    "blistering",
    "withering",
    "verbal",
    "personal",
    "vitriolic",
    "outspoken",
    "thinly-veiled",
    "strongly-worded",
];

/// Verbs and nouns of attack that politicians use of words.
const ATTACK_WORDS: &[&str] = &["attack", "assail"];

/// What politicians attack in words: a record, a policy, a plan, a remark.
const POLICIES: &[&str] = &[
    "record",
    "policy",
    "plan",
    "proposal",
    "pledge",
    "promise",
    "decision",
    "remark",
    "comment",
    "way",
    "handling",
    "failure",
    "tax",
    "budget",
    "bill",
    "law",
    "legislation",
    "idea",
    "approach",
    "stance",
    "tactic",
    "strategy",
    "spending",
    "cut",
    "reform",
    "scheme",
    "move",
    "rule",
    "regulation",
    "tape",
    "debt",
    "lie",
    "claim",
    "report",
    "statement",
    "speech",
    "view",
    "attitude",
    "performance",
    "response",
    "leadership",
    "policies",
    "manifesto",
    "agenda",
    "programme",
    "program",
    "stance",
    "ruling",
    "verdict",
    "deal",
    "treaty",
    "plans",
    "measure",
    "system",
    "culture",
    "complacency",
    "arrogance",
    "incompetence",
    "hypocrisy",
    "feud",
    "row",
    "spin",
    "target",
    "charge",
    "fee",
    "levy",
    "reply",
    "answer",
    "letter",
];

/// Complements of an attack in words: "attacked the plan as vacuous", "attacked him for
/// failing", "attacked the government, saying…".
const VERBAL_COMPLEMENTS: &[&str] = &[
    "say", "call", "accuse", "describe", "brand", "dub", "label", "claim", "argue", "insist",
];

/// True when the attack at `t` is one of words: a politician's "attacked the government's
/// record", "attacked Labour's pledges as vacuous", "an attack on the Tories' plans". Its
/// object is a policy, a plan or a remark, or its complement says why or what was said.
pub fn verbal_attack(tree: &Tree, t: usize) -> bool {
    if !tree.parsed {
        return false;
    }
    // "launched a scathing attack on Prince Charles": the attack the verb launches.
    if matches!(tree.lemma(t), "launch" | "mount") {
        return tree
            .deps_exact(t, "obj")
            .any(|o| tree.lemma(o) == "attack" && verbal_attack(tree, o));
    }
    if !ATTACK_WORDS.contains(&tree.lemma(t)) {
        return false;
    }
    // A policy is no actor, though its owner may be ("the president's budget").
    let abstract_noun = |o: usize| tree.upos(o) == Upos::Noun && POLICIES.contains(&tree.lemma(o));
    // "a scathing attack", "a stinging personal attack": words that only words deserve.
    if tree.upos(t) == Upos::Noun
        && tree
            .deps(t, "amod")
            .chain(tree.deps(t, "compound"))
            .any(|a| SCATHING.contains(&tree.lemma(a)))
    {
        return true;
    }
    match tree.upos(t) {
        Upos::Verb => {
            let marked = |d: usize, w: &str| {
                tree.deps(d, "case")
                    .chain(tree.deps(d, "mark"))
                    .any(|c| tree.word_is(c, w))
            };
            let complements = || {
                tree.deps(t, "obl")
                    .chain(tree.deps(t, "advcl"))
                    .chain(tree.deps(t, "xcomp"))
            };
            // "as vacuous", not "as tensions rise"; "for failing", "for his record".
            let as_or_for = complements().any(|d| {
                (marked(d, "as") && tree.upos(d) == Upos::Adj)
                    || (marked(d, "for") && (tree.doc.xpos(d) == "VBG" || abstract_noun(d)))
            });
            let saying = tree
                .deps(t, "advcl")
                .chain(tree.deps(t, "xcomp"))
                .any(|d| VERBAL_COMPLEMENTS.contains(&tree.lemma(d)));
            // "attacked the way the war was sold", with the object read as a bare oblique.
            tree.deps_exact(t, "obj")
                .chain(tree.deps_exact(t, "obl:unmarked"))
                .next()
                .is_some_and(abstract_noun)
                || as_or_for
                || saying
        }
        Upos::Noun => tree
            .deps(t, "nmod")
            .any(|n| tree.deps(n, "case").any(|c| tree.word_is(c, "on")) && abstract_noun(n)),
        _ => false,
    }
}

/// True when "call" at `t` names rather than telephones: "called him a traitor", "has been
/// called a leader". A secondary predicate says what someone is called.
pub fn naming_call(tree: &Tree, t: usize) -> bool {
    if !tree.parsed || tree.lemma(t) != "call" {
        return false;
    }
    let nominal = |x: usize| matches!(tree.upos(x), Upos::Noun | Upos::Adj | Upos::Propn);
    let predicate = tree
        .deps(t, "xcomp")
        .chain(tree.deps_exact(t, "obl:unmarked"))
        .any(nominal);
    // "He has been called a leader": a passive keeps the predicate as its object.
    let passive_object = tree.deps(t, "nsubj:pass").next().is_some()
        && tree
            .deps_exact(t, "obj")
            .any(|o| tree.upos(o) == Upos::Noun);
    // "calls Bush human trash", parsed as one object: a bare common noun with the name inside.
    let name_inside = tree.deps_exact(t, "obj").any(|o| {
        tree.upos(o) == Upos::Noun
            && tree.deps(o, "det").next().is_none()
            && tree
                .deps_exact(o, "compound")
                .any(|c| tree.upos(c) == Upos::Propn)
            && tree.deps(o, "amod").next().is_some()
    });
    // "calls Bush a political idiot": two objects, the second a common noun.
    let objects: Vec<usize> = tree.deps_exact(t, "obj").collect();
    let two_objects =
        objects.len() >= 2 && objects[1..].iter().any(|&o| tree.upos(o) == Upos::Noun);
    predicate || passive_object || name_inside || two_objects
}

/// True when the verb at `t` scores in a game: "shot a 66", "shot a six-under-par 66", "fired a
/// 68". Its object is a number in digits that an article or a par phrase goes with, not people;
/// or a par word and a round's score follow it closely, however parsed.
pub fn game_score(tree: &Tree, t: usize) -> bool {
    tree.parsed
        && matches!(tree.lemma(t), "shoot" | "fire" | "card")
        && tree.deps_exact(t, "obj").any(|o| {
            let digits = tree.doc.word(o).chars().all(|c| c.is_ascii_digit());
            let scored = tree.range.clone().any(|j| {
                tree.head(j) == Some(o)
                    && (matches!(tree.lemma(j), "a" | "an") || tree.lemma(j).contains("par"))
            });
            tree.upos(o) == Upos::Num && digits && scored
        })
        || (tree.parsed && matches!(tree.lemma(t), "shoot" | "fire" | "card") && par_score(tree, t))
}

/// Whether a round's score follows `t` closely, whatever the parse: a par word ("6-under",
/// "six-under-par", "level par") and a number from 55 to 99 within five words.
fn par_score(tree: &Tree, t: usize) -> bool {
    let window = t + 1..(t + 6).min(tree.range.end);
    let par = window.clone().any(|j| {
        let w = tree.doc.word(j).to_ascii_lowercase();
        w.contains("-under") || w.contains("-over") || w == "par" || w.ends_with("-par")
    });
    par && window.clone().any(|j| {
        tree.doc
            .word(j)
            .parse::<u32>()
            .is_ok_and(|n| (55..100).contains(&n))
    })
}

/// True when "demonstrate" at `t` means "show": it has an object or a clause ("demonstrated
/// its resolve", "the evidence demonstrates that"), where protesters demonstrate intransitively
/// ("demonstrated against the war"). An object naming a demand ("demonstrate for his
/// resignation") or one with a preposition ("demonstrating against demolitions"), both
/// misparses, still protests.
pub fn showing(tree: &Tree, t: usize) -> bool {
    tree.parsed
        && tree.lemma(t) == "demonstrate"
        && (tree.deps(t, "ccomp").next().is_some()
            || tree.deps_exact(t, "obj").any(|o| {
                !matches!(tree.lemma(o), "resignation" | "release" | "end")
                    && !(t + 1..o).any(|j| tree.rel(j) == "case")
            }))
}

/// True when "consider" at `t` means "regard as": a passive followed by its predicate ("is
/// considered vulnerable", "is considered a threat", "is considered to be", "considered as"),
/// or an active one with a name or pronoun and a second object or an adjective ("considers
/// Israel a threat", "considers it unlikely"); not an option being weighed ("considering sanctions").
pub fn regarding(tree: &Tree, t: usize) -> bool {
    if !tree.parsed || tree.lemma(t) != "consider" {
        return false;
    }
    let at = |j: usize| (j < tree.range.end).then(|| tree.upos(j));
    let passive =
        tree.deps(t, "aux:pass").next().is_some() || tree.deps(t, "nsubj:pass").next().is_some();
    let predicate = |j: usize| {
        at(j) == Some(Upos::Adj)
            || (j < tree.range.end
                && ["a", "an", "the", "as", "among"]
                    .iter()
                    .any(|w| tree.word_is(j, w)))
            || (j + 1 < tree.range.end && tree.word_is(j, "to") && tree.lemma(j + 1) == "be")
    };
    let objects: Vec<usize> = tree.deps_exact(t, "obj").collect();
    (passive && predicate(t + 1))
        || (objects.len() >= 2 && matches!(tree.upos(objects[0]), Upos::Propn | Upos::Pron))
        || objects
            .first()
            .is_some_and(|&o| at(o + 1) == Some(Upos::Adj) && tree.deps(o, "amod").all(|a| a < o))
}

/// True when "help" at `t` has a verb of its own and no named beneficiary ("help fight
/// terror", "helps them combine two needs"): it contributes to an activity rather than giving
/// aid. "Helped Iraq rebuild its schools" is still aid.
pub fn helping_to_do(tree: &Tree, t: usize) -> bool {
    let clauses = || tree.deps(t, "xcomp").chain(tree.deps(t, "ccomp"));
    tree.parsed
        && tree.lemma(t) == "help"
        && clauses().any(|x| tree.upos(x) == Upos::Verb)
        && tree
            .deps_exact(t, "obj")
            .chain(clauses().flat_map(|x| tree.deps(x, "nsubj")))
            .all(|o| tree.upos(o) == Upos::Pron)
}

/// Words for markets and what is traded on them.
const MARKET_WORDS: &[&str] = &[
    "stock",
    "share",
    "market",
    "index",
    "dollar",
    "euro",
    "yen",
    "pound",
    "sterling",
    "bond",
    "currency",
    "price",
    "nikkei",
    "dow",
    "nasdaq",
    "ftse",
    "dax",
    "equity",
    "future",
    "yield",
    "peso",
    "rouble",
    "ruble",
    "yuan",
    "rupee",
    "commodity",
    "ariary",
];

/// True when the trigger at `t` is a market's move, not an actor's act: its subject, its
/// passive subject or agent or, for a noun, its modifier is a market or a traded thing
/// ("stocks rallied", "the dollar was supported by a retreat in oil prices", "a rally in bank
/// shares").
pub fn market_move(tree: &Tree, t: usize) -> bool {
    if !tree.parsed {
        return false;
    }
    // A common noun, not a name ("Adam Price said").
    let word = |n: usize| {
        tree.upos(n) == Upos::Noun
            && MARKET_WORDS.contains(&tree.lemma(n))
            && (n == tree.range.start || tree.doc.word(n).starts_with(|c: char| c.is_lowercase()))
    };
    let market = |n: usize| word(n) || tree.deps_exact(n, "compound").any(word);
    let modifiers = || {
        tree.deps(t, "nmod")
            .filter(|&n| matches!(tree.case_of(n), Some("in" | "of")))
            .chain(tree.deps(t, "compound"))
            .chain(tree.deps(t, "nmod:poss"))
    };
    // Only the trigger's own subject: "prices rose after the government said" is said by the
    // government.
    let own =
        |s: usize| tree.head(s) == Some(t) || tree.head(t) == Some(s) || tree.rel(t) == "xcomp";
    match crate::arguments::subject(tree, t) {
        Some((s, false)) => own(s) && market(s),
        Some((s, true)) => market(s) || crate::arguments::agent(tree, t).is_some_and(market),
        None => tree.upos(t) == Upos::Noun && modifiers().any(market),
    }
}

/// People whose withdrawing is no military retreat.
const CIVIL_WITHDRAWERS: &[&str] = &[
    "judge",
    "jury",
    "juror",
    "lawyer",
    "attorney",
    "counsel",
    "candidate",
    "bidder",
    "company",
    "firm",
    "investor",
    "player",
    "team",
    "athlete",
    "sponsor",
    "panel",
    "contestant",
    "driver",
];

/// What one withdraws from that is no battlefield.
const CIVIL_CONTESTS: &[&str] = &[
    "case",
    "race",
    "contest",
    "election",
    "competition",
    "tournament",
    "bid",
    "trial",
    "hearing",
    "championship",
    "event",
    "game",
    "match",
    "auction",
    "deal",
];

/// True when "withdraw", "pull out" or "retreat" at `t` is no military retreat: its subject is
/// a judge, a lawyer, a candidate or a company ("judges withdrew to decide their verdict",
/// "lawyers asked to be withdrawn from his case"), or what it leaves is a case, a race or a deal.
pub fn civil_withdrawal(tree: &Tree, t: usize) -> bool {
    tree.parsed
        && matches!(tree.lemma(t), "withdraw" | "pull" | "retreat")
        && (crate::arguments::subject(tree, t)
            .into_iter()
            .map(|(s, _)| s)
            .chain(tree.deps(t, "nsubj"))
            .any(|s| CIVIL_WITHDRAWERS.contains(&tree.lemma(s)))
            || tree
                .deps(t, "obl")
                .filter(|&o| tree.case_of(o) == Some("from"))
                .any(|o| CIVIL_CONTESTS.contains(&tree.lemma(o))))
}

/// True when "accede" or "ascend" at `t` takes an office, not a demand: "accedes to the
/// throne", "acceded to the presidency".
pub fn taking_office(tree: &Tree, t: usize) -> bool {
    tree.parsed
        && matches!(tree.lemma(t), "accede" | "ascend")
        && tree.deps(t, "obl").any(|o| {
            matches!(
                tree.lemma(o),
                "throne" | "presidency" | "power" | "office" | "crown" | "premiership"
            )
        })
}

/// True when "occupied" or "occupying" at `t` describes a place or a power ("the occupied West
/// Bank", "territories occupied by Israel", "an occupying power"): a standing condition that the
/// name of a region carries, not an act of occupying.
pub fn occupied_place(tree: &Tree, t: usize) -> bool {
    tree.parsed
        && tree.lemma(t) == "occupy"
        && (matches!(tree.rel(t), "amod" | "acl" | "compound") || tree.upos(t) == Upos::Adj)
}

/// True when a participle at `t` modifies the noun after it ("the banned party", "Mr Clarke's
/// proposed amendment", "US-funded radio"): a state, not an act. A participle right after a
/// noun, a pronoun, an auxiliary or "and", or with a numeral or determiner before its noun, is
/// a verb the parser misread ("the army killed 24 militants", "had massed troops", "hit the
/// hospital and killed hundreds").
pub fn attributive(tree: &Tree, t: usize) -> bool {
    if !tree.parsed || tree.rel(t) != "amod" || !matches!(tree.doc.xpos(t), "VBN" | "VBG" | "JJ") {
        return false;
    }
    let Some(h) = tree.head(t).filter(|&h| h > t) else {
        return false;
    };
    let between_modifiers = (t + 1..h).all(|i| {
        matches!(
            tree.upos(i),
            Upos::Adj | Upos::Noun | Upos::Propn | Upos::Punct
        ) && tree.head(i).is_some_and(|x| x > i && x <= h)
    });
    let after_subject = t > tree.range.start
        && (matches!(
            tree.upos(t - 1),
            Upos::Noun | Upos::Propn | Upos::Pron | Upos::Cconj | Upos::Aux
        ) || matches!(tree.lemma(t - 1), "have" | "be" | "get"));
    between_modifiers && !after_subject
}

/// Things of a calendar, which clash in a schedule, not in a fight.
const SCHEDULED: &[&str] = &[
    "speech",
    "conference",
    "meeting",
    "match",
    "game",
    "event",
    "launch",
    "date",
    "deadline",
    "holiday",
    "festival",
    "summit",
    "debate",
    "show",
    "concert",
    "broadcast",
    "programme",
    "program",
    "ceremony",
    "session",
    "vote",
    "final",
];

/// Whether a clash at `t` is one of dates: "scheduling his press conference to clash with a
/// keynote speech", "the summit clashes with the final".
pub fn calendar_clash(tree: &Tree, t: usize) -> bool {
    let scheduled = |n: usize| SCHEDULED.contains(&tree.lemma(n));
    tree.parsed
        && tree.lemma(t) == "clash"
        && (tree
            .deps(t, "obl")
            .chain(tree.deps(t, "nmod"))
            .any(|o| tree.case_of(o) == Some("with") && scheduled(o))
            || crate::arguments::subject(tree, t).is_some_and(|(s, _)| scheduled(s)))
}

/// Words of space flight.
const SPACE_WORDS: &[&str] = &[
    "orbit",
    "satellite",
    "astronaut",
    "cosmonaut",
    "spacecraft",
    "spaceship",
    "spaceflight",
    "space",
    "nasa",
    "spaceport",
];

/// Tokens on either side of a launch within which its sentence must speak of space.
const SPACE_WINDOW: usize = 40;

/// Weapons and launches a space flight shares with war.
const LAUNCH_WORDS: &[&str] = &["rocket", "missile", "launch", "blast", "fire"];

/// Whether a rocket, a launch or a blast at `t` is a space flight's: its sentence speaks of
/// space ("a Russian rocket scheduled to blast off to the International Space Station").
pub fn space_flight(tree: &Tree, t: usize) -> bool {
    // A bounded window keeps the time per event constant in a sentence of any length.
    let near = t.saturating_sub(SPACE_WINDOW).max(tree.range.start)
        ..(t + SPACE_WINDOW).min(tree.range.end);
    LAUNCH_WORDS.contains(&tree.lemma(t))
        && near.into_iter().any(|j| {
            let w = tree.doc.word(j);
            SPACE_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s))
        })
}

/// Nouns of political life whose suppression is repression though they name no one ("a
/// crackdown on dissent", "cracked down on protests").
const POLITICAL_LIFE: &[&str] = &[
    "dissent",
    "protest",
    "demonstration",
    "opposition",
    "unrest",
    "riot",
    "rally",
    "strike",
    "uprising",
    "rebellion",
    "revolt",
    "insurgency",
    "militancy",
    "activism",
    "separatism",
    "extremism",
    "freedom",
    "speech",
    "press",
    "media",
    "religion",
    "worship",
    "gathering",
    "march",
    "sit-in",
    "movement",
    "party",
    "group",
    "union",
    "organisation",
    "organization",
    "network",
    "cell",
    "sect",
    "critic",
    "blogger",
    "supporter",
    "follower",
    "member",
];

/// "US cracks down on spam", "a crackdown on tax evasion": repression (175) of a thing that
/// names no one and no part of political life is policing, not an event.
pub fn crackdown_on_thing(tree: &Tree, idx: &MentionIndex, t: usize) -> bool {
    let objects: Vec<usize> = match tree.upos(t) {
        Upos::Verb => tree
            .deps(t, "obl")
            .filter(|&o| matches!(tree.case_of(o), Some("on" | "against")))
            .collect(),
        Upos::Noun => tree
            .deps(t, "nmod")
            .filter(|&o| matches!(tree.case_of(o), Some("on" | "against")))
            .collect(),
        _ => Vec::new(),
    };
    let names_actor = |o: usize| {
        idx.at(o).is_some()
            || tree
                .range
                .clone()
                .any(|j| tree.head(j) == Some(o) && idx.at(j).is_some())
    };
    !objects.is_empty()
        && objects.iter().all(|&o| {
            tree.upos(o) == Upos::Noun
                && !names_actor(o)
                && !POLITICAL_LIFE.contains(&tree.lemma(o))
        })
}
