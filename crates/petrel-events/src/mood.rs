//! Clause shapes that decide an event's mood: a command that opens a sentence, an infinitive
//! that shares its partner's auxiliary, a hedge ("is said to"), what someone was kept from
//! doing, and a bare participle of comparison ("as planned").

use crate::tree::Tree;
use petrel_core::words::is_title_case;

/// Verbs that keep someone "from" doing something: what they keep them from did not happen.
const PREVENTING: &[&str] = &[
    "prevent", "stop", "bar", "ban", "block", "keep", "prohibit", "deter", "dissuade", "hinder",
    "restrain",
];

/// Whether `t` is a bare participle that compares with what was planned, agreed or said ("failed
/// to adopt the law as planned", "as promised"): a manner of the clause it hangs on, no act.
pub(crate) fn as_compared(tree: &Tree, t: usize) -> bool {
    tree.deps(t, "mark")
        .any(|m| m + 1 == t && tree.word_is(m, "as"))
        && tree.doc.xpos(t) == "VBN"
        && tree.deps(t, "nsubj").next().is_none()
        && tree.deps(t, "nsubj:pass").next().is_none()
        && tree.deps(t, "obj").next().is_none()
}

/// Whether `t` is a "from …ing" clause of a verb of preventing ("prevented medics from helping").
pub(crate) fn prevented(tree: &Tree, t: usize) -> bool {
    tree.deps(t, "mark").any(|m| tree.word_is(m, "from"))
        && tree
            .head(t)
            .is_some_and(|h| PREVENTING.contains(&tree.lemma(h)))
}

/// Whether `t` is (or is coordinated with) a command that opens the sentence: a bare verb with
/// no subject or auxiliary at its root ("Break the fear barrier and speak up for Palestine"),
/// which urges an act rather than reporting one.
pub(crate) fn imperative(tree: &Tree, t: usize) -> bool {
    let mut h = t;
    while tree.rel(h) == "conj" {
        match tree.head(h) {
            Some(x) if x < h => h = x,
            _ => return false,
        }
    }
    tree.head(h).is_none()
        && tree.doc.xpos(h) == "VB"
        && tree.upos(h) == petrel_core::Upos::Verb
        && !tree
            .deps(h, "nsubj")
            .chain(tree.deps(h, "nsubj:pass"))
            .chain(tree.deps(h, "aux"))
            .chain(tree.deps(h, "mark"))
            .any(|_| true)
        && (tree.range.start..h).all(|i| {
            tree.upos(i) == petrel_core::Upos::Punct
                || (matches!(tree.lemma(i), "please" | "now" | "so" | "and" | "just")
                    && tree.head(i) == Some(h))
        })
        // A headline's noun misread as a verb has a verb of its own later ("Skirmish outside
        // Gaza camp kills 5", "Probe into the escape reveals …"), and so does a title-case one
        // ("Bomb Explosion in Nepali Capital Wounds 38").
        && !(h + 1..tree.range.end).any(|i| matches!(tree.doc.xpos(i), "VBZ" | "VBD"))
        && !is_title_case(tree.range.clone().map(|i| tree.doc.word(i)))
}

/// Whether `t` lies in a question: a "?" closes the sentence or quotation after it with no
/// quotation mark between ("Will Israel reach a deal?", "asked: 'Should the UK approve the
/// treaty?'"). A question asserts nothing; what it presupposes is background, not news.
pub(crate) fn questioned(tree: &Tree, t: usize) -> bool {
    let word = |i: usize| tree.doc.word(i);
    // Most sentences ask nothing: no need to read their quotations.
    if !(t + 1..tree.range.end).any(|i| word(i) == "?") {
        return false;
    }
    let opener = |w: &str| QUESTION_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w));
    // "Israel asks Palestinians to evacuate, but is any place safe?": a clause after a comma
    // that opens the question leaves the statement before it asserted.
    let opens_question =
        |i: usize| i + 1 < tree.range.end && matches!(word(i), "," | ";") && opener(word(i + 1));
    // Quotation marks pair off in order; a "?" asks within the quotation that holds it (or
    // the whole sentence), and a scare quote inside a question stays part of it.
    let marks: Vec<usize> = tree
        .range
        .clone()
        .filter(|&i| is_quote_mark(word(i)))
        .collect();
    let span_of = |i: usize| {
        marks
            .chunks(2)
            .find(|p| p[0] < i && p.get(1).is_none_or(|&close| i < close))
            .map_or(tree.range.clone(), |p| {
                p[0]..p.get(1).map_or(tree.range.end, |&c| c)
            })
    };
    // "Will Israel attack Gaza and if so, when and how?": a sentence (or what follows its
    // label's colon) that opens as a question is one throughout.
    let opening = (tree.range.start..t)
        .rev()
        .find(|&i| word(i) == ":")
        .map_or(tree.range.start, |c| c + 1);
    let whole = (opening..t)
        .find(|&i| word(i).chars().any(char::is_alphabetic))
        .is_some_and(|i| !word(i).eq_ignore_ascii_case("but") && opener(word(i)));
    (t + 1..tree.range.end)
        .take_while(|&i| whole || !opens_question(i))
        .any(|i| word(i) == "?" && span_of(i).contains(&t))
}

/// Words that open a question clause after a comma.
const QUESTION_OPENERS: &[&str] = &[
    "what", "why", "how", "who", "whom", "whose", "which", "where", "when", "is", "are", "was",
    "were", "can", "could", "will", "would", "should", "do", "does", "did", "has", "have", "but",
];

/// The quotation marks the coder pairs, and single curly quotes, which set off the scare
/// quotes of headlines ("… risk ‘strategic failure’?").
fn is_quote_mark(w: &str) -> bool {
    crate::gate::is_quote_mark(w) || matches!(w, "‘" | "’")
}

/// Whether `t` is a bare infinitive coordinated with the verb it hangs on, with no subject or
/// auxiliary of its own, so that verb's auxiliary and mood govern it too ("would meet the
/// rebels and sign the accord", "would do anything, say anything").
pub(crate) fn shares_auxiliary(tree: &Tree, t: usize) -> bool {
    matches!(tree.rel(t), "conj" | "parataxis")
        && tree.doc.xpos(t) == "VB"
        && tree.upos(t) == petrel_core::Upos::Verb
        && !tree.deps(t, "nsubj").any(|_| true)
        && !tree.deps(t, "nsubj:pass").any(|_| true)
        && !tree.deps(t, "aux").any(|_| true)
        && tree.deps(t, "mark").all(|m| tree.word_is(m, "to"))
        && tree
            .head(t)
            .is_some_and(|h| tree.upos(h) == petrel_core::Upos::Verb && h < t)
        && !(tree.rel(t) == "parataxis" && names_after(tree, t))
}

/// Whether a noun or name follows `t` as its dependent: a verb of saying tagged on after its
/// clause, with its speaker misparsed ("…, say US officials"), not "say anything".
fn names_after(tree: &Tree, t: usize) -> bool {
    (t + 1..tree.range.end).any(|d| {
        tree.head(d) == Some(t)
            && matches!(
                tree.upos(d),
                petrel_core::Upos::Noun | petrel_core::Upos::Propn | petrel_core::Upos::Adj
            )
    })
}

/// Whether `verb` hedges a report without naming who makes it: "troops are said to have killed
/// three", "US airstrikes said to kill 44", "troops said killed", "he is believed to have
/// fled". Its subject is the one who acts in the infinitive, not a speaker.
pub(crate) fn evidential(tree: &Tree, verb: usize) -> bool {
    // A headline's "2 Troops Said Killed by Land Mine": "said" right before the participle it
    // governs or hangs on, with no speaker for a subject ("Mr Howard said elected police
    // commissioners would…" speaks).
    let next = verb + 1;
    if tree.doc.word(verb).eq_ignore_ascii_case("said")
        && next < tree.range.end
        && tree.upos(next) == petrel_core::Upos::Verb
        && tree.doc.xpos(next) == "VBN"
        && (tree.head(next) == Some(verb) || tree.head(verb) == Some(next))
        && !tree.deps(verb, "nsubj").any(|s| {
            crate::modality::is_speaker_head(tree, s) || tree.upos(s) == petrel_core::Upos::Pron
        })
    {
        return true;
    }
    matches!(
        tree.lemma(verb),
        "say" | "report" | "believe" | "rumour" | "rumor" | "allege" | "think" | "know"
    ) && tree.deps(verb, "xcomp").any(|x| {
        tree.upos(x) == petrel_core::Upos::Verb
            && tree.deps(x, "mark").any(|m| tree.word_is(m, "to"))
    }) && (tree.deps(verb, "aux:pass").next().is_some()
        || tree.deps(verb, "nsubj:pass").next().is_some()
        // A headline's "Airstrikes Said to Kill 44", not "Lord Skidelsky said not to publish".
        || (tree.lemma(verb) == "say"
            && !tree
                .deps(verb, "nsubj")
                .any(|s| crate::modality::is_speaker_head(tree, s) || tree.upos(s) == petrel_core::Upos::Pron)))
}
