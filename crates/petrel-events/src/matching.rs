//! Whether a rule's constraints hold at a trigger: objects, particles, prepositions,
//! complements, from the parse, or from word order when there is none.

use crate::tree::Tree;
use crate::Rule;
use petrel_core::Upos;

/// Nouns that make a noun compounded with them part of the name of something else: "war
/// games" are exercises, "war crimes" and a "war zone" are not a war.
const NAMING_HEADS: &[&str] = &[
    "game",
    "crime",
    "criminal",
    "zone",
    "memorial",
    "museum",
    "veteran",
    "correspondent",
    "film",
    "movie",
    "record",
];

/// True when `n` is a compound modifier inside the name of another thing ("war" in "war games").
pub(crate) fn names_other_thing(tree: &Tree, n: usize) -> bool {
    tree.rel(n) == "compound"
        && tree
            .head(n)
            .is_some_and(|h| NAMING_HEADS.contains(&tree.lemma(h)))
}

/// True when every constraint of `r` holds at token `i`.
pub fn satisfied(tree: &Tree, i: usize, r: &Rule) -> bool {
    if r.pattern.as_ref().is_some_and(|p| !p.matches(tree, i)) {
        return false;
    }
    if !tree.parsed {
        return surface_satisfied(tree, i, r);
    }
    let objects = || {
        let mut heads = vec![i];
        heads.extend(tree.deps(i, "xcomp"));
        let mut direct: Vec<usize> = heads
            .into_iter()
            .flat_map(|h| {
                tree.deps_exact(h, "obj")
                    .chain(
                        tree.deps(h, "nsubj:pass")
                            .map(|s| crate::arguments::unmarked(tree, s)),
                    )
                    .collect::<Vec<_>>()
            })
            .collect();
        // "the document released to Reuters": a participle's noun is its object.
        if tree.rel(i) == "acl" {
            direct.extend(tree.head(i));
        }
        // "mediation efforts", "part of the aid programme": the noun that names the object.
        let inner: Vec<usize> = direct
            .iter()
            .flat_map(|&o| {
                tree.deps_exact(o, "compound")
                    .chain(
                        tree.deps(o, "nmod")
                            .filter(|&n| tree.case_of(n) == Some("of")),
                    )
                    .flat_map(|n| std::iter::once(n).chain(tree.deps_exact(n, "compound")))
                    .filter(|&n| !names_other_thing(tree, n))
                    .collect::<Vec<_>>()
            })
            .collect();
        direct
            .into_iter()
            .chain(inner)
            .chain(
                tree.deps(i, "xcomp")
                    .filter(|&x| tree.upos(x) != Upos::Verb),
            )
            .collect::<Vec<_>>()
    };
    if r.needs_obj && tree.deps_exact(i, "obj").next().is_none() {
        return false;
    }
    if !r.obj.is_empty()
        && !objects().into_iter().any(|o| {
            r.obj
                .iter()
                .any(|x| x == "*" || x == tree.lemma(o) || (x == "@actor" && names_actor(tree, o)))
        })
    {
        return false;
    }
    // A verb's object, or a noun trigger itself ("ceasefire violations", "violation of the
    // truce"), must have one of the modifiers.
    let modified_by = |o: usize| {
        tree.deps_exact(o, "compound")
            .chain(tree.deps_exact(o, "amod"))
            .chain(
                tree.deps(o, "nmod")
                    .filter(|&n| r.nominal && tree.case_of(n) == Some("of")),
            )
            .any(|m| r.obj_mod.iter().any(|x| x == tree.lemma(m)))
    };
    if !r.obj_mod.is_empty()
        && !(if r.nominal {
            modified_by(i)
        } else {
            tree.deps_exact(i, "obj").any(modified_by)
        })
    {
        return false;
    }
    // The subject counts too: "a document released to Reuters" misread as a main verb has
    // "document" as its subject; and so does the noun of a target phrase ("met with
    // criticism", "arrived in power").
    let target_phrase = |o: &usize| {
        r.tgt
            .as_ref()
            .is_some_and(|t| tree.case_of(*o).is_some_and(|c| t.iter().any(|p| p == c)))
    };
    // A participle's noun is what it was done to: "the central bank released growth figures",
    // misparsed with "released" on "figures".
    // Also a participle clause after its noun ("a study released on Thursday").
    let modified = matches!(tree.rel(i), "amod" | "acl")
        .then(|| tree.head(i))
        .flatten();
    // So does the word right after the trigger, whatever the parser made of it ("Ivory Coast
    // arms embargo backed", with "embargo" read as an auxiliary).
    let next = Some(i + 1).filter(|&j| j < tree.range.end);
    // And the noun right before a bare past participle, what it was done to ("a study released
    // on Thursday suggests", however it was parsed).
    let before = Some(i.wrapping_sub(1)).filter(|&j| {
        j >= tree.range.start
            && j < i
            && tree.doc.xpos(i) == "VBN"
            && tree.upos(j) == Upos::Noun
            && tree.deps(i, "aux").next().is_none()
            && tree.deps(i, "aux:pass").next().is_none()
    });
    if !r.not_obj.is_empty()
        && objects()
            .into_iter()
            .chain(tree.deps_exact(i, "nsubj"))
            .chain(tree.deps(i, "obl").filter(target_phrase))
            .chain(modified)
            .chain(next)
            .chain(before)
            .any(|o| r.not_obj.iter().any(|x| x == tree.lemma(o)))
    {
        return false;
    }
    if !r.subj.is_empty() && !subject_matches(tree, i, &r.subj) {
        return false;
    }
    // "cracked down on dissent": the parser may read the particle right after the verb as an
    // adverb.
    if !r.prt.is_empty()
        && !tree
            .deps(i, "compound:prt")
            .chain(tree.deps_exact(i, "advmod").filter(|&p| p == i + 1))
            .any(|p| r.prt.iter().any(|x| x == tree.lemma(p)))
    {
        return false;
    }
    // "stabs Palestinian man to death": the parser may hang that phrase on the object.
    if !r.prep.is_empty()
        && !tree
            .deps(i, "obl")
            .chain(tree.deps(i, "nmod"))
            .chain(
                tree.deps_exact(i, "obj")
                    .flat_map(|o| tree.deps(o, "nmod"))
                    .filter(|&n| tree.lemma(n) == "death"),
            )
            .any(|o| {
                !is_time_phrase(tree, o)
                    && tree
                        .case_of(o)
                        .is_some_and(|c| r.prep.iter().any(|p| p == c))
            })
        && !prep_inside_object(tree, i, &r.prep)
    {
        return false;
    }
    if r.plain_ccomp
        && !complement_clauses(tree, i).into_iter().any(|c| {
            (plain_clause(tree, c) || (tree.lemma(i) == "warn" && prediction(tree, c)))
                && (!r.must || obliges_another(tree, c, &["must"]))
                && (!r.should
                    || (obliges_another(tree, c, &["should", "ought"])
                        && tree
                            .deps_exact(c, "nsubj")
                            .any(|s| names_public_actor(tree, s)))
                    || time_for_whom(tree, c).is_some())
                && (r.ccomp.is_empty()
                    || (r.ccomp.iter().any(|l| l == tree.lemma(c))
                        && !speaks_of_self(tree, i, c)
                        && (!r.about_actor || tree.deps(c, "nsubj").any(|s| names_actor(tree, s)))
                        && !tree
                            .deps(c, "advmod")
                            .any(|n| matches!(tree.lemma(n), "not" | "n't" | "never"))))
        })
    {
        return false;
    }
    for (prep, lemmas) in &r.phrases {
        // The parser may hang the phrase on the object or on a name in apposition to it
        // ("bombarded the website with data", "bombarded Affairs Minister David Lammy with").
        let on_object = tree
            .deps_exact(i, "obj")
            .flat_map(|o| std::iter::once(o).chain(tree.deps(o, "appos")))
            .flat_map(|o| tree.deps(o, "nmod").chain(tree.deps(o, "obl")))
            .collect::<Vec<_>>();
        let found = tree
            .deps(i, "obl")
            .chain(tree.deps(i, "xcomp"))
            .chain(tree.deps(i, "advcl"))
            .chain(on_object)
            .filter(|&a| {
                tree.case_of(a) == Some(prep.as_str()) || tree.has_dep_lemma(a, "mark", &[prep])
            })
            // "with a barrage of requests": what a quantity noun is "of".
            .flat_map(|a| {
                std::iter::once(a)
                    .chain(tree.conjuncts(a))
                    .chain(tree.deps(a, "amod"))
                    .chain(
                        tree.deps(a, "nmod")
                            .filter(|&n| tree.case_of(n) == Some("of")),
                    )
                    .collect::<Vec<_>>()
            })
            .any(|w| lemmas.iter().any(|l| l == tree.lemma(w)));
        if !found {
            return false;
        }
    }
    // For demands and appeals a that-clause says what is asked as an infinitive does:
    // "demanded that Iran release them" is "demanded Iran release them".
    let demand = matches!(r.code.get(..2), Some("02" | "10"));
    if !r.xcomp.is_empty()
        && !tree
            .deps(i, "xcomp")
            .chain(tree.deps_exact(i, "ccomp").filter(|_| demand))
            .chain(object_infinitives(tree, i).filter(|_| !r.xcomp.iter().any(|l| l == "*")))
            .any(|x| {
                r.xcomp.iter().any(|l| {
                    (l == "*" && plain_action(tree, x))
                        || naming_words(tree, x).any(|w| l == tree.lemma(w))
                })
            })
    {
        return false;
    }
    true
}

/// The words of complement `x` a rule's `xcomp` list may name: its head and, when it is a
/// noun, the modifiers and "of" phrase that say what kind ("an 'apartheid state'", "an act of
/// aggression", "a terrorist group").
fn naming_words<'a>(tree: &'a Tree, x: usize) -> impl Iterator<Item = usize> + 'a {
    let noun = matches!(tree.doc.tokens[x].upos, Upos::Noun | Upos::Propn);
    std::iter::once(x).chain(
        tree.deps(x, "compound")
            .chain(tree.deps(x, "amod"))
            .chain(
                tree.deps(x, "nmod")
                    .filter(move |&n| tree.case_of(n) == Some("of")),
            )
            .filter(move |_| noun),
    )
}

/// Whether complement head `x` is an action still to be done: a "to" infinitive, or a clause
/// with a subject and a verb in its base form, with no modal ("told them to leave", "demanded
/// that Iran release"; not "told them he would resign", "was told soldiers beat detainees",
/// "told the BBC she was worried" or "told Radio Five Live that").
fn plain_action(tree: &Tree, x: usize) -> bool {
    tree.doc.xpos(x) == "VB"
        && tree.deps(x, "aux").all(|a| tree.lemma(a) == "to")
        && tree.deps(x, "cop").next().is_none()
        && if tree.rel(x) == "ccomp" {
            tree.deps(x, "nsubj").next().is_some()
        } else {
            tree.deps(x, "mark").any(|m| tree.word_is(m, "to"))
        }
}

/// Whether the acting subject of `i` (the `by` agent of a passive), or one of its conjuncts,
/// is in `set`: a lemma, `*`, or `@actor` for an actor mention or a personal pronoun.
fn subject_matches(tree: &Tree, i: usize, set: &[String]) -> bool {
    let head = match crate::arguments::subject(tree, i) {
        Some((s, false)) => Some(s),
        Some((_, true)) => crate::arguments::agent(tree, i),
        None => crate::arguments::agent(tree, i),
    };
    // `@none`: a passive with no agent, or a verb with no subject ("were allowed to leave").
    let Some(head) = head else {
        return set.iter().any(|x| x == "@none");
    };
    // A lemma names a kind of subject, never a person's name ("David Laws said").
    let person = |s: usize| {
        tree.doc
            .mentions_overlapping(s, s + 1)
            .any(|m| m.kind == petrel_core::ActorKind::Person)
    };
    std::iter::once(head).chain(tree.conjuncts(head)).any(|s| {
        set.iter().any(|x| {
            x == "*"
                || (x == tree.lemma(s) && !person(s))
                || (x == "@actor"
                    && (in_phrase_actor(tree, s)
                        || matches!(tree.lemma(s), "he" | "she" | "they" | "we" | "i")))
        })
    })
}

/// Whether the phrase headed by `h` holds an actor mention ("President Abdelaziz Bouteflika",
/// whose head "Abdelaziz" is matched by no entry). An owner or an adjective of a thing is not
/// the thing: "her comments" and "the American constitution" are no actor. Those who act for
/// an owner are the owner's: "Mr Spitzer's office", "the minister's camp".
fn in_phrase_actor(tree: &Tree, h: usize) -> bool {
    is_actor(tree, h)
        || (STAFF.contains(&tree.lemma(h))
            && tree.deps_exact(h, "nmod:poss").any(|p| is_actor(tree, p)))
        || tree.range.clone().any(|j| {
            is_actor(tree, j) && {
                // Up from `j` to `h`, never through an owner or an adjective.
                let mut k = j;
                let mut reached = false;
                for _ in 0..tree.range.len() {
                    if matches!(tree.rel(k), "nmod:poss" | "amod") {
                        break;
                    }
                    match tree.head(k) {
                        Some(p) if p == h => {
                            reached = true;
                            break;
                        }
                        Some(p) => k = p,
                        None => break,
                    }
                }
                reached
            }
        })
}

/// Nouns for those who act for their owner ("Mr Spitzer's office added").
const STAFF: &[&str] = &[
    "office", "camp", "team", "staff", "lawyer", "side", "family",
];

/// Whether object `o` is itself an actor: not a noun an actor only modifies ("the Chilean
/// speech").
fn names_actor(tree: &Tree, o: usize) -> bool {
    tree.rel(o) != "compound" && is_actor(tree, o)
}

/// Whether token `o` lies in an actor mention that is no kind of private people ("investors",
/// "doctors"): one an appeal can be made to ("said Israel should be more careful").
fn names_public_actor(tree: &Tree, o: usize) -> bool {
    tree.rel(o) != "compound"
        && tree.doc.mentions_overlapping(o, o + 1).any(|m| {
            !m.sector
                .as_deref()
                .is_some_and(|x| crate::coder::PRIVATE_SECTORS.contains(&x))
        })
}

/// Whether the clause `c` that verb `i` reports is about the speaker: "I" or "we", or a
/// subject coded as the speaker is ("the senator said he had ignored the warnings" admits,
/// it does not criticise), or the subject's owner is ("said his comments may have been
/// offensive"). Being outraged is the speaker's own feeling about another.
fn speaks_of_self(tree: &Tree, i: usize, c: usize) -> bool {
    let Some(about) = tree.deps(c, "nsubj").next() else {
        return false;
    };
    if tree.lemma(c) == "outrage" {
        return false;
    }
    if matches!(tree.lemma(about), "I" | "i" | "we") {
        return true;
    }
    let code = |t: usize| {
        tree.doc
            .mentions_overlapping(t, t + 1)
            .next()
            .map(|m| &m.code)
    };
    // "said his comments may have been offensive": the speaker's own words or deeds.
    let owner = tree
        .deps(about, "nmod:poss")
        .find(|&o| tree.upos(o) == Upos::Pron);
    if owner.is_some_and(|o| matches!(tree.lemma(o), "my" | "our" | "I" | "we")) {
        return true;
    }
    tree.deps(i, "nsubj").next().is_some_and(|speaker| {
        code(speaker)
            .is_some_and(|s| code(about) == Some(s) || owner.is_some_and(|o| code(o) == Some(s)))
    })
}

/// Whether token `o` lies in an actor mention ("called Putin", not "called the talks useful").
pub(crate) fn is_actor(tree: &Tree, o: usize) -> bool {
    tree.doc.mentions_overlapping(o, o + 1).next().is_some()
}

/// Words heading time phrases ("on Monday", "in March", "for a week"), which never hold the
/// party a preposition rule looks for.
const TIME_WORDS: &[&str] = &[
    "day",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "eve",
    "occasion",
    "anniversary",
    "date",
    "time",
    "today",
    "tomorrow",
    "yesterday",
    "hour",
    "minute",
    "decade",
];

/// Whether `o` heads a time phrase: a weekday, a month, another date word or a number.
pub(crate) fn is_time_phrase(tree: &Tree, o: usize) -> bool {
    let lemma = tree.lemma(o);
    tree.upos(o) == Upos::Num
        || petrel_core::Date::month_from_name(lemma).is_some()
        || petrel_core::Date::weekday_from_name(lemma).is_some()
        || TIME_WORDS.iter().any(|w| lemma.eq_ignore_ascii_case(w))
}

/// The clausal complements of `i`: its `ccomp`s, "that"-clauses a parser has hung on its
/// object instead ("warned Washington and its allies that forces were massing"), and the
/// clause an inverted attribution follows ("prices will rise, the bank warned").
fn complement_clauses(tree: &Tree, i: usize) -> Vec<usize> {
    let mut out: Vec<usize> = tree.deps(i, "ccomp").collect();
    if out.is_empty() && matches!(tree.rel(i), "parataxis" | "acl:relcl") && closes(tree, i) {
        // The attribution starts after a comma or a quotation mark and closes the sentence,
        // and what it follows is a clause, not a noun the parser took for the root.
        let mut start = i;
        while start > tree.range.start
            && tree.upos(start - 1) != Upos::Punct
            && tree.ancestors(start - 1).any(|a| a == i)
        {
            start -= 1;
        }
        out.extend(tree.head(i).filter(|&h| {
            h < start
                && tree.after_comma_or_quote(start)
                && (matches!(tree.upos(h), Upos::Verb | Upos::Aux)
                    || tree.deps(h, "cop").next().is_some())
        }));
    }
    for o in tree.deps_exact(i, "obj") {
        for n in std::iter::once(o).chain(tree.conjuncts(o)) {
            for c in tree.deps(n, "acl") {
                let that = tree.deps(c, "mark").any(|m| tree.lemma(m) == "that");
                let own_subject = tree.deps(c, "nsubj").next().is_some();
                if that && own_subject {
                    out.push(c);
                }
            }
        }
    }
    out
}

/// Whether nothing but `i`'s own words and punctuation follow `i` in its sentence.
fn closes(tree: &Tree, i: usize) -> bool {
    (i + 1..tree.range.end)
        .all(|j| tree.upos(j) == Upos::Punct || tree.ancestors(j).any(|a| a == i))
}

/// A clause that states something rather than threatens: no condition, no "will", no "ready to",
/// no "to" infinitive.
/// To-infinitives that the parser hung on the trigger's object rather than on the trigger
/// ("ordered the newspaper to suspend publication"): the object's open complement.
fn object_infinitives<'b>(tree: &'b Tree, i: usize) -> impl Iterator<Item = usize> + 'b {
    tree.deps_exact(i, "obj").flat_map(move |o| {
        tree.deps_exact(o, "acl")
            .filter(move |&a| a > o && tree.deps(a, "mark").any(|m| tree.word_is(m, "to")))
    })
}

/// Whether clause `c` says what a named other must (or should) do: one of the `modals` and a
/// subject that is no pronoun ("said Libya must hand over the suspects", not "said he must
/// resign").
fn obliges_another(tree: &Tree, c: usize, modals: &[&str]) -> bool {
    tree.deps(c, "aux").any(|a| modals.contains(&tree.lemma(a)))
        && tree
            .deps_exact(c, "nsubj")
            .next()
            .is_some_and(|s| tree.upos(s) != Upos::Pron)
}

/// Who clause `c` says it is time for to act ("it was time for Israel to end the occupation":
/// Israel), a named public actor; none when the clause is negated. Saying so says what someone
/// should do, put another way.
pub(crate) fn time_for_whom(tree: &Tree, c: usize) -> Option<usize> {
    if tree.lemma(c) != "time"
        || tree.upos(c) != Upos::Noun
        || tree.deps(c, "cop").next().is_none()
        || tree
            .deps(c, "advmod")
            .any(|n| matches!(tree.lemma(n), "not" | "n't" | "never"))
    {
        return None;
    }
    tree.deps(c, "acl")
        .filter(|&a| tree.deps(a, "mark").any(|m| tree.word_is(m, "to")))
        .find_map(|a| {
            // "for Israel", on the noun or as the infinitive's own subject.
            tree.deps(c, "nmod")
                .chain(tree.deps(c, "obl"))
                .filter(|&n| tree.case_of(n) == Some("for"))
                .chain(tree.deps_exact(a, "nsubj"))
                .find(|&n| names_public_actor(tree, n))
        })
}

fn plain_clause(tree: &Tree, c: usize) -> bool {
    let conditional = conditional(tree, c);
    let future = tree
        .deps(c, "aux")
        .any(|a| matches!(tree.lemma(a), "will" | "shall" | "would"));
    let ready = matches!(
        tree.lemma(c),
        "ready" | "prepared" | "willing" | "determined"
    );
    // "agreed to adopt", misparsed as a clausal complement, is an infinitive of intent.
    let infinitive = tree.deps(c, "mark").any(|m| tree.word_is(m, "to"))
        && !tree.deps(c, "mark").any(|m| tree.word_is(m, "that"));
    !conditional && !future && !ready && !infinitive
}

/// Whether the future or conditional clause `c` that a warning reports only predicts: its
/// subject is no person, state or pronoun that could carry out a threat ("warned the talks
/// would bring no quick fix"), or it only says what something would be ("warned it would be
/// an insult"). "Warned it would retaliate", "warned that Israel would pay", a clause that
/// holds out force or reprisal ("would draw a strong response") and terms set with "unless"
/// are threats.
fn prediction(tree: &Tree, c: usize) -> bool {
    let copular = tree.deps(c, "cop").next().is_some()
        || tree.lemma(c) == "be"
        || matches!(tree.upos(c), Upos::Adj | Upos::Noun);
    let doer = tree.deps(c, "nsubj").any(|n| {
        matches!(tree.upos(n), Upos::Propn)
            || (tree.upos(n) == Upos::Pron
                && matches!(tree.lemma(n), "i" | "we" | "it" | "they" | "he" | "she"))
    });
    // "would draw a strong response", "would be treated as preparation for war": what the
    // clause holds out is force or reprisal.
    let menace = (c..tree.range.end)
        .filter(|&j| j == c || tree.ancestors(j).any(|a| a == c))
        .any(|j| MENACES.contains(&tree.lemma(j)));
    let ready = matches!(
        tree.lemma(c),
        "ready" | "prepared" | "willing" | "determined"
    );
    // "warned that legislation would follow unless …" sets terms: an ultimatum.
    let unless = |h: usize| {
        tree.deps(h, "advcl")
            .any(|a| tree.deps(a, "mark").any(|m| tree.lemma(m) == "unless"))
    };
    let terms = unless(c) || tree.head(c).is_some_and(unless);
    !ready && !terms && !menace && (copular || !doer)
}

/// Whether clause `h` sets a condition with "if" or "unless".
fn conditional(tree: &Tree, h: usize) -> bool {
    tree.deps(h, "advcl").any(|a| {
        tree.deps(a, "mark")
            .any(|m| matches!(tree.lemma(m), "if" | "unless"))
    })
}

/// Whether warning `i` holds out something its speaker would do: a future or conditional
/// complement that is no mere prediction (see [`prediction`]), an infinitive ("warned to
/// block the ships"), terms set with "if" or "unless", or a word of force or reprisal in the
/// sentence after it ("warned of a response").
pub(crate) fn warning_threatens(tree: &Tree, i: usize) -> bool {
    complement_clauses(tree, i)
        .into_iter()
        .any(|c| conditional(tree, c) || (!plain_clause(tree, c) && !prediction(tree, c)))
        || tree.deps(i, "xcomp").next().is_some()
        || conditional(tree, i)
        || (i + 1..tree.range.end).any(|j| MENACES.contains(&tree.lemma(j)))
}

/// Words that hold out force or reprisal in what a warning says would happen.
const MENACES: &[&str] = &[
    "response",
    "respond",
    "retaliate",
    "retaliation",
    "reprisal",
    "consequence",
    "force",
    "punish",
    "punishment",
    "sanction",
];

/// "called on radical cleric Muqtada al-Sadr to abandon", parsed with "on" as the case of a
/// title inside the object: the rule's preposition right after the verb, hung on the verb's
/// object or a word inside it, opens the verb's phrase.
fn prep_inside_object(tree: &Tree, i: usize, prep: &[String]) -> bool {
    let p = i + 1;
    p < tree.range.end
        && tree.rel(p) == "case"
        && prep.iter().any(|x| x == tree.lemma(p))
        && tree.head(p).is_some_and(|h| {
            std::iter::once(h)
                .chain(tree.ancestors(h))
                .take_while(|&a| a != i)
                .any(|a| tree.rel(a) == "obj" && tree.head(a) == Some(i))
        })
}

fn surface_satisfied(tree: &Tree, i: usize, r: &Rule) -> bool {
    let window = |n: usize| (i + 1..(i + 1 + n).min(tree.range.end)).map(|j| tree.lemma(j));
    let any_in = |n: usize, set: &[String]| window(n).any(|l| set.iter().any(|x| x == l));
    let before = (i.saturating_sub(4).max(tree.range.start)..i).map(|j| tree.lemma(j));
    let subj_ok = r.subj.is_empty()
        || r.subj
            .iter()
            .any(|x| x == "*" || x == "@actor" || x == "@none")
        || before.into_iter().any(|l| r.subj.iter().any(|x| x == l));
    subj_ok
        && (r.obj.is_empty() || any_in(5, &r.obj))
        && (r.not_obj.is_empty() || !any_in(3, &r.not_obj))
        && (r.obj_mod.is_empty() || any_in(4, &r.obj_mod))
        && (r.prt.is_empty() || any_in(2, &r.prt))
        && (r.prep.is_empty() || any_in(4, &r.prep))
        && (r.xcomp.is_empty() || any_in(3, &r.xcomp))
        && r.phrases.iter().all(|(_, l)| any_in(8, l))
        && (r.ccomp.is_empty() || any_in(8, &r.ccomp))
        && (!r.must || window(8).any(|l| l == "must"))
        && (!r.should || window(8).any(|l| l == "should" || l == "ought"))
}
