//! Whom a plain statement is aimed at when it names no addressee: whom its reported clause is
//! about ("The US says North Korea is a threat" is aimed at North Korea), where that is
//! someone other than the speaker, the speaker's own state or a kind of private people.

use crate::arguments::{with_conjuncts, MentionIndex, CIRCUMSTANCE_CASES, PLACE_CASES};
use crate::coder::lone_private;
use crate::tree::Tree;
use petrel_core::{ActorKind, ActorMention};

/// The target of a plain statement at trigger `t` by the `sources` (mention indices): the
/// first of `inside` (the first actor in the phrase the verb heads, when it is not inside the
/// reported clause), the arguments of its reported clause that are not the forces of the
/// speaker's state, `inside` otherwise, those forces, and `nearest` (the first mention after
/// the verb) that passes the checks below. A statement with no named
/// speaker gets none; one by a titled stranger ("Mr Hensel") keeps `inside` or `nearest`,
/// unchecked, as before there was a clause to read.
pub(crate) fn statement_target(
    tree: &Tree,
    idx: &MentionIndex,
    t: usize,
    sources: &[usize],
    inside: Option<usize>,
    nearest: Option<usize>,
) -> Option<usize> {
    if sources.is_empty() {
        return None;
    }
    let mentions = &tree.doc.mentions;
    // The speaker again, or the speaker's own state named as a country ("Whitehall" and
    // other seats of government are that state's government, and may be what is meant).
    let speaker = |b: &ActorMention| {
        sources.iter().any(|&x| {
            let a = &mentions[x];
            (a.code == b.code && a.entry == b.entry)
                || (b.kind == ActorKind::Country && b.code.len() == 3 && a.country == b.country)
                // "Armenia's minister said Yerevan had sent comments": the speaker's own
                // government named by its capital.
                || (b.kind == ActorKind::Country && a.code == b.code)
        })
    };
    let generic = |b: &ActorMention| {
        matches!(b.kind, ActorKind::Agent | ActorKind::Coreference) && lone_private(b)
    };
    // "Ms Simonetti announced she had been fired": of a speaker no dictionary names as a
    // person, "he" or "she" is mostly the speaker, whoever coreference found.
    let known_person = sources
        .iter()
        .any(|&x| matches!(mentions[x].kind, ActorKind::Person | ActorKind::Coreference));
    // A pronoun among `words` ("It", but not "US").
    let word_is = |b: &ActorMention, words: &[&str]| {
        let h = b.head as usize;
        let w = tree.doc.word(h);
        tree.upos(h) == petrel_core::Upos::Pron && words.iter().any(|p| p.eq_ignore_ascii_case(w))
    };
    // "Mr Hensel said he …": the speaker himself.
    let own = |m: usize| {
        let b = &mentions[m];
        word_is(b, &["he", "she"]) && reports_own_clause(tree, t, b.head as usize)
    };
    // "…, Agence France Presse reported": who reports the statement in a tag that closes the
    // sentence is not its topic.
    let reporter = |b: &ActorMention| {
        let mut h = b.head as usize;
        while matches!(tree.rel(h), "flat" | "compound") {
            match tree.head(h) {
                Some(p) => h = p,
                None => break,
            }
        }
        // The first word of the outlet's phrase ("news agency Associated Press", which the
        // parser may split into two subjects of "reported").
        let verb = tree.head(h);
        let in_subject = |k: usize| {
            std::iter::once(k)
                .chain(tree.ancestors(k))
                .any(|a| a == h || (tree.head(a) == verb && tree.rel(a) == "nsubj"))
        };
        let mut first = b.tok_start as usize;
        while first > tree.range.start
            && in_subject(first - 1)
            && tree.upos(first - 1) != petrel_core::Upos::Punct
        {
            first -= 1;
        }
        let tag_end =
            |v: usize| (v + 1..tree.range.end).all(|j| tree.upos(j) == petrel_core::Upos::Punct);
        // "… was quoted as saying by Interfax news agency": who quotes the words.
        let quoted_by = tree.case_of(h) == Some("by")
            && tree.head(h).is_some_and(|v| {
                matches!(tree.lemma(v), "quote" | "cite")
                    || (tree.lemma(v) == "say"
                        && tree.head(v).is_some_and(|q| tree.lemma(q) == "quote"))
            });
        quoted_by
            || (h != t
                && tree.rel(h) == "nsubj"
                && first > tree.range.start
                && matches!(tree.doc.word(first - 1), "," | "\"" | "”" | "'")
                && tree.head(h).is_some_and(|v| {
                    v != t && matches!(tree.lemma(v), "say" | "report" | "quote") && tag_end(v)
                }))
    };
    // "…, according to the Associated Press of Pakistan": who reports the statement is not
    // whom it is aimed at.
    let according = |b: &ActorMention| {
        let mut h = b.head as usize;
        for _ in 0..tree.range.len() {
            if tree
                .deps(h, "case")
                .any(|c| tree.doc.word(c).eq_ignore_ascii_case("according"))
            {
                return true;
            }
            match tree.head(h) {
                Some(p)
                    if matches!(tree.rel(h), "flat" | "compound" | "amod" | "nmod" | "appos") =>
                {
                    h = p
                }
                _ => return false,
            }
        }
        false
    };
    // "I was a sailor": a predicate noun says what someone is; it names no one spoken about.
    let predicate = |b: &ActorMention| tree.deps(b.head as usize, "cop").next().is_some();
    // "At the end of his Middle East trip, Mr Blair said": a phrase before the verb sets the
    // scene, unless it names the topic ("On Iran, the minister said").
    let setting = |b: &ActorMention| {
        let h = b.head as usize;
        h < t
            && tree.ancestors(h).chain(std::iter::once(h)).any(|a| {
                tree.head(a) == Some(t)
                    && tree.rel(a).starts_with("obl")
                    && !tree.case_of(a).is_some_and(|c| TOPIC_CASES.contains(&c))
            })
    };
    // A titled stranger ("Mr Hensel") speaks about a subject or an object of the reported
    // clause ("Mr Hensel, who said the Tories were afraid of Mr Campbell"); failing that, the
    // first actor in the phrase the verb heads or the nearest mention, unchecked.
    if sources
        .iter()
        .any(|&x| mentions[x].entry == petrel_actors::UNNAMED_PERSON)
    {
        let core = statement_topics(tree, idx, t).into_iter().find(|&m| {
            let b = &mentions[m];
            core_argument(tree, t, b.head as usize)
                && !speaker(b)
                && !according(b)
                && !predicate(b)
                && !generic(b)
                && !word_is(b, NOT_TOPICS)
                && !word_is(b, &["he", "she", "him", "her"])
        });
        return core
            .or(inside)
            .or(nearest)
            .filter(|&m| !own(m) && !according(&mentions[m]));
    }
    // "says Israel aiming 'to empty Gaza'": a phrase inside the reported clause is not whom
    // the verb addresses; the clause's own arguments come first, unless they are the speaker's
    // own state's forces ("said its troops had responded to Armenian fire" is about Armenia).
    let in_clause = |m: usize| {
        let mut h = mentions[m].head as usize;
        for _ in 0..tree.range.len() {
            match tree.head(h) {
                Some(p) if p == t => return matches!(tree.rel(h), "ccomp" | "parataxis"),
                Some(p) => h = p,
                None => return false,
            }
        }
        false
    };
    let topics = statement_topics(tree, idx, t);
    let own_state = |m: usize| {
        let b = &mentions[m];
        b.country.is_some()
            && matches!(b.sector.as_deref(), Some("MIL" | "COP" | "SPY"))
            && sources.iter().any(|&x| mentions[x].country == b.country)
    };
    let fits = |m: usize| {
        let b = &mentions[m];
        !predicate(b)
            && !reporter(b)
            && !according(b)
            && !setting(b)
            && !own(m)
            && !generic(b)
            && !word_is(b, NOT_TOPICS)
            && (known_person || !word_is(b, &["he", "she", "him", "her"]))
    };
    // "a Hamas militant whom the military said was responsible": a verb of saying in a
    // relative clause speaks about the noun the clause describes, unless the relative
    // pronoun is the speaker ("Mr Smith, who said he was innocent").
    let described = tree
        .head(t)
        .filter(|_| {
            tree.rel(t) == "acl:relcl"
                && !tree
                    .deps(t, "nsubj")
                    .any(|n| matches!(tree.lemma(n), "who" | "that" | "which"))
        })
        // The parser may hang the clause on the relative pronoun itself.
        .and_then(|n| {
            if matches!(tree.lemma(n), "who" | "whom" | "which" | "that") {
                tree.head(n)
            } else {
                Some(n)
            }
        })
        .and_then(|n| idx.at(n));
    inside
        .filter(|&m| !in_clause(m))
        .into_iter()
        .chain(described)
        .chain(topics.iter().copied().filter(|&m| !own_state(m)))
        .chain(inside.filter(|&m| in_clause(m)))
        .chain(topics.iter().copied().filter(|&m| own_state(m)))
        .chain(nearest)
        .find(|&m| !speaker(&mentions[m]) && fits(m))
        // "Mr Straw said the number of Britons dead had reached 440": a statement about
        // nobody else is about the speaker's own country, when the reported clause names it
        // and it is not the speaker's own body named again, nor only where something happens
        // ("said unemployment in Bolivia had fallen").
        .or_else(|| {
            topics.iter().copied().find(|&m| {
                let b = &mentions[m];
                b.kind == ActorKind::Country
                    && b.code.len() == 3
                    && sources.iter().all(|&x| mentions[x].code != b.code)
                    && !tree
                        .case_of(b.head as usize)
                        .is_some_and(|k| PLACE_CASES.contains(&k))
                    && fits(m)
            })
        })
}

/// Whether the verb of saying `t` closes its sentence in a tag after a comma that the parser
/// hung on the clause before it as an adverbial clause ("Mr Bush's re-election came at a
/// crucial time, Mr Blair said."): that clause is what it reports.
fn closing_tag(tree: &Tree, t: usize) -> bool {
    let Some(h) = tree.head(t).filter(|&h| h < t && tree.rel(t) == "advcl") else {
        return false;
    };
    let Some(subj) = tree.deps_exact(t, "nsubj").next() else {
        return false;
    };
    let first = (h..subj)
        .rev()
        .take_while(|&j| j == subj || tree.ancestors(j).any(|a| a == subj))
        .last()
        .unwrap_or(subj);
    first > h
        && matches!(tree.doc.word(first - 1), "," | "\"" | "”" | "'")
        && tree.deps(t, "mark").next().is_none()
        && (t + 1..tree.range.end)
            .all(|j| tree.upos(j) == petrel_core::Upos::Punct || tree.ancestors(j).any(|a| a == t))
}

/// Whether token `h` is the subject or object of a clause that the verb of saying `t` reports.
fn core_argument(tree: &Tree, t: usize, h: usize) -> bool {
    matches!(tree.rel(h), "nsubj" | "nsubj:pass" | "obj")
        && tree.head(h).is_some_and(|c| {
            tree.head(c) == Some(t) && matches!(tree.rel(c), "ccomp" | "parataxis")
        })
}

/// Prepositions of a phrase that names what is spoken of ("on Iran", "about the war").
const TOPIC_CASES: &[&str] = &["on", "about", "over", "regarding", "concerning"];

/// Whether the pronoun at `h` is the subject of the clause that the verb of saying `t` reports
/// ("McCain said he was pleased"): nearly always the speaker himself, whoever coreference took.
fn reports_own_clause(tree: &Tree, t: usize, h: usize) -> bool {
    tree.rel(h) == "nsubj"
        && tree.head(h).is_some_and(|c| {
            tree.head(c) == Some(t) && matches!(tree.rel(c), "ccomp" | "parataxis")
        })
}

/// Relations through which the head of a statement's topic reaches the mention that names it
/// ("Mr Blair's government", a name in apposition); never an adjective or a noun modifier:
/// "English constituencies" and "the Israel-Gaza war" are no actor a statement is about.
const INTO_TOPIC: &[&str] = &["nmod:poss", "flat", "appos"];

/// Pronouns that are never what a statement is about: the speaker or the speaker's side, and
/// `it`, mostly pleonastic or a thing in a quotation ("it's a proportionate response").
const NOT_TOPICS: &[&str] = &[
    "i",
    "we",
    "me",
    "us",
    "my",
    "our",
    "myself",
    "ourselves",
    "it",
    "this",
    "that",
];

/// Candidate mentions a plain statement is about, best first: the core arguments (subject,
/// object, a phrase that is not of place or time) of the clause it reports, after the verb
/// ("said Iran had broken its promises") or quoted before it ("'…,' he added"), then of the
/// clause that clause reports or asks about ("said he was sure Mr Davis would…", "said it was
/// unclear if Iran would…") and of an infinitive with a subject of its own under either ("said
/// she believed it was unacceptable for the lord chancellor to have …"), then any other actor
/// that the reported clause's own phrases name, outside phrases of place and time.
fn statement_topics(tree: &Tree, idx: &MentionIndex, t: usize) -> Vec<usize> {
    let mut clauses: Vec<usize> = tree
        .deps_exact(t, "ccomp")
        .chain(tree.deps_exact(t, "parataxis"))
        .collect();
    if tree.rel(t) == "parataxis" || closing_tag(tree, t) {
        clauses.extend(tree.head(t));
    }
    let reported = clauses.clone();
    let mut out = Vec::new();
    for depth in 0..3 {
        let mut next = Vec::new();
        for &c in &clauses {
            let subjects = tree
                .deps_exact(c, "nsubj")
                .chain(tree.deps_exact(c, "nsubj:pass"));
            let objects = tree.deps_exact(c, "obj").chain(tree.deps_exact(c, "iobj"));
            let phrases = tree.deps_exact(c, "obl").filter(|&o| {
                tree.case_of(o)
                    .is_some_and(|k| !PLACE_CASES.contains(&k) && !CIRCUMSTANCE_CASES.contains(&k))
            });
            for h in subjects.chain(objects).chain(phrases).collect::<Vec<_>>() {
                for x in with_conjuncts(tree, h) {
                    if NOT_TOPICS.contains(&tree.lemma(x)) {
                        continue;
                    }
                    let m = idx.at(x).or_else(|| {
                        tree.range
                            .clone()
                            .filter(|&j| {
                                tree.head(j) == Some(x) && INTO_TOPIC.contains(&tree.rel(j))
                            })
                            .find_map(|j| idx.at(j))
                    });
                    if let Some(m) = m.filter(|m| !out.contains(m)) {
                        out.push(m);
                    }
                }
            }
            // "said it was unacceptable for the lord chancellor to have the role": an
            // infinitive with a subject of its own says whom the clause is about.
            if depth < 2 {
                next.extend(
                    tree.deps_exact(c, "advcl")
                        .chain(tree.deps_exact(c, "csubj"))
                        .filter(|&a| {
                            tree.deps(a, "mark").any(|m| tree.lemma(m) == "to")
                                && tree.deps_exact(a, "nsubj").next().is_some()
                        }),
                );
            }
            // "said he thought it was good that ministers held ethical views": a report
            // inside a report inside the reported clause.
            if depth < 2 {
                next.extend(tree.deps_exact(c, "ccomp"));
            }
            if depth == 0 {
                // "said it was yet to be seen if Mr Clarke could deliver": what a question
                // asks about.
                next.extend(tree.deps_exact(c, "advcl").filter(|&a| {
                    tree.deps(a, "mark")
                        .any(|m| matches!(tree.lemma(m), "if" | "whether"))
                }));
            }
        }
        clauses = next;
    }
    // Last, any actor deeper in the reported clause, outside phrases of place and time: "said
    // there were prospects for resolving all disputes with India" is about India.
    // Not through a clause of its own (a relative or adverbial clause, another report) nor a
    // phrase of place or time, and never a news outlet.
    // One pass marks the tokens that head such a clause or phrase, so that each token's walk
    // up to the reported clause costs its depth, not the sentence's length.
    if reported.is_empty() {
        return out;
    }
    let start = tree.range.start;
    let mut has_case = vec![false; tree.range.len()];
    for k in tree.range.clone() {
        if let Some(h) = tree.head(k).filter(|_| tree.rel(k) == "case") {
            has_case[h - start] = true;
        }
    }
    // "says he is glad to see the back of Mr Kilroy-Silk", "said he looks forward to
    // continuing his relationship with George Bush": an infinitive with no subject of its own
    // completes its adjective or verb, and is no clause of its own.
    let infinitive = |a: usize| {
        tree.rel(a) == "advcl"
            && tree.deps(a, "mark").any(|m| tree.lemma(m) == "to")
            && (tree
                .head(a)
                .is_some_and(|h| tree.upos(h) == petrel_core::Upos::Adj)
                || tree.deps(a, "nsubj").next().is_none())
    };
    let off_path: Vec<bool> = tree
        .range
        .clone()
        .map(|a| {
            (matches!(
                tree.rel(a),
                "acl:relcl" | "advcl" | "parataxis" | "appos" | "ccomp"
            ) && !infinitive(a))
                || (has_case[a - start]
                    && tree.case_of(a).is_some_and(|k| {
                        PLACE_CASES.contains(&k) || CIRCUMSTANCE_CASES.contains(&k)
                    }))
        })
        .collect();
    // Inside the reported clause through `off` relations only, `c` itself included.
    let under = |j: usize, c: usize, off: &dyn Fn(usize) -> bool| {
        j == c || {
            let mut ok = !off(j);
            let mut found = false;
            for a in tree.ancestors(j) {
                if a == c {
                    found = ok;
                    break;
                }
                ok &= !off(a);
            }
            found
        }
    };
    for &c in &reported {
        for j in tree.range.clone() {
            if !under(j, c, &|a| off_path[a - start]) {
                continue;
            }
            if let Some(m) = idx.at(j).filter(|m| !out.contains(m)) {
                let men = &tree.doc.mentions[m];
                if men.sector.as_deref() != Some("MED") && men.kind != ActorKind::Coreference {
                    out.push(m);
                }
            }
        }
    }
    // Last of all, a country named as the place of what the clause reports: "Tropical Storm
    // Jeanne killed 250 people in northern Haiti, the UN said" is about Haiti. Only a bare
    // state, never a capital that stands for its government, and not through a clause of its
    // own.
    let clause_rel = |a: usize| {
        matches!(
            tree.rel(a),
            "acl:relcl" | "advcl" | "parataxis" | "appos" | "ccomp"
        )
    };
    for &c in &reported {
        for j in tree.range.clone() {
            if let Some(m) = idx.at(j).filter(|m| !out.contains(m)) {
                let men = &tree.doc.mentions[m];
                if men.kind == ActorKind::Country
                    && men.code.len() == 3
                    && tree.case_of(j).is_some_and(|k| PLACE_CASES.contains(&k))
                    && under(j, c, &clause_rel)
                {
                    out.push(m);
                }
            }
        }
    }
    out
}
