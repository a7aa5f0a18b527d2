//! Modality of a trigger: negation, hypothetical or conditional, future, reported speech.

use crate::arguments::{actor_of, subject, MentionIndex};
use crate::tree::Tree;
use crate::RuleSet;
use petrel_core::{Attribution, Modality, Upos};

const NEGATORS: &[&str] = &["not", "n't", "never", "no"];

/// Subjects that name no one ("nobody has contacted me").
const NO_ONE: &[&str] = &["nobody", "none", "neither", "no-one", "noone"];

/// Plain verbs of saying, whose "no" the parser often takes from what is said ("says 'no
/// possibility' of a ceasefire").
const PLAIN_SAYING: &[&str] = &["say", "tell", "add", "state", "announce", "insist", "claim"];
/// Verbs whose open complement did not happen: "failed to oppose", "refused to allow".
const NEGATING_HEADS: &[&str] = &["fail", "refuse", "decline", "neglect", "omit", "unable"];

/// Nouns whose infinitive is what someone did not or will not do ("its unwillingness to sign").
const NEGATING_NOUNS: &[&str] = &[
    "unwillingness",
    "reluctance",
    "refusal",
    "failure",
    "inability",
];

/// Words of no or too small an amount: what there is "little" or "nothing" in a plan "to"
/// do is not done.
const NOTHING: &[&str] = &["nothing", "little", "none", "nobody", "noone"];

const FUTURE_AUX: &[&str] = &["will", "shall", "'ll", "wo"];
pub(crate) const HYPOTHETICAL_AUX: &[&str] = &["would", "could", "might", "may", "should", "'d"];
/// Marks of a clause that states a condition, or a habit ("whenever"): not an asserted event.
const CONDITIONAL_MARKS: &[&str] = &["if", "unless", "whether", "lest", "whenever"];
/// Relations that attach a clause, not a part of a noun phrase.
const CLAUSAL: &[&str] = &[
    "acl",
    "acl:relcl",
    "ccomp",
    "xcomp",
    "advcl",
    "parataxis",
    "csubj",
];
/// Verbs besides those of saying whose complement or object is what their subject put
/// forward: an appeal, a pledge, a citation or a charge ("urged Iran to resume talks", "cited
/// the arrest of a man").
const CONTENT_CUES: &[&str] = &[
    "urge",
    "cite",
    "vow",
    "pledge",
    "promise",
    "deny",
    "reference",
    "propose",
    "demand",
    "criticize",
    "criticise",
    "blame",
    "question",
    "mention",
    "announce",
    "note",
];
/// "called on Obama to retaliate", "called for talks": an appeal, whose content its subject
/// put forward (not "called him a liar" or a phone call).
fn calls_on(tree: &Tree, h: usize) -> bool {
    tree.lemma(h) == "call"
        && tree
            .range
            .clone()
            .any(|j| j > h && j <= h + 2 && (tree.word_is(j, "on") || tree.word_is(j, "for")))
}

/// Cues that a verb of saying above them overrides as the report's source.
pub(crate) const INNER_CUES: &[&str] = &["think", "believe", "suggest", "indicate", "predict"];
/// Verbs of deciding, wanting, fearing and finding: their complement is what their subject
/// intends, wishes or perceives, attributed to it as news attributes beliefs ("the FBI decided
/// not to recommend charges", "a poll found that voters oppose it"). A verb of saying above
/// them overrides them as the source.
pub(crate) const MIND_CUES: &[&str] = &[
    "decide", "plan", "intend", "want", "wish", "hope", "expect", "fear", "refuse", "decline",
    "find", "show", "doubt", "suspect", "feel",
];

/// Whether `h` is a verb of the mind in the active voice with a subject of its own: "analysts
/// expect", not "he is expected to attack" (whose subject is what is expected of, not who
/// expects it), nor "events designed to show".
fn mind_cue(tree: &Tree, h: usize) -> bool {
    MIND_CUES.contains(&tree.lemma(h))
        && tree.upos(h) == petrel_core::Upos::Verb
        && tree.deps_exact(h, "nsubj").next().is_some()
        && tree.deps_exact(h, "nsubj:pass").next().is_none()
        && tree.deps_exact(h, "aux:pass").next().is_none()
}

/// Whether `cue` names an inner source that an outer verb of saying replaces.
pub(crate) fn is_inner_cue(cue: &str) -> bool {
    INNER_CUES.contains(&cue) || MIND_CUES.contains(&cue)
}
/// Nouns whose "is to" defines an aim rather than schedules an act ("the aim is to meet").
const AIMS: &[&str] = &[
    "aim",
    "goal",
    "mandate",
    "priority",
    "task",
    "job",
    "idea",
    "purpose",
    "objective",
    "intention",
    "challenge",
    "answer",
    "solution",
    "way",
    "role",
    "duty",
    "mission",
    "hope",
    "strategy",
    "policy",
    "plan",
    "option",
    "problem",
    "point",
    "aspiration",
    "ambition",
    "target",
    "focus",
    "intent",
    "desire",
    "wish",
    "need",
    "thing",
    "step",
    "move",
    "agenda",
];

/// Verbs and adjectives whose open complement is a planned, future event ("plans to meet").
const FUTURE_HEADS: &[&str] = &["plan", "intend", "schedule", "due", "set", "aim", "expect"];
/// Adjectives that make an event noun a possibility, not a fact.
const UNREAL_MODIFIERS: &[&str] = &[
    "possible",
    "potential",
    "likely",
    "hypothetical",
    "eventual",
    "feared",
    "would-be",
];

const PLANNING: &[&str] = &[
    "schedule",
    "plan",
    "expect",
    "set",
    "due",
    "upcoming",
    "forthcoming",
    "planned",
    "scheduled",
];
/// Heads whose complement or object is awaited, wished, proposed, possible or required, not
/// done ("requires Iran to condemn", "the risk of an attack").
const IRREALIS_HEADS: &[&str] = &[
    "wait",
    "consider",
    "plot",
    "conspire",
    "propose",
    "recommend",
    "recommendation",
    "request",
    "demand",
    "insistence",
    "possible",
    "possibility",
    "risk",
    "potential",
    "ready",
    "prepare",
    "able",
    "ability",
    "suggestion",
    "allegation",
    "claim",
    "rumour",
    "rumor",
    "hope",
    "wish",
    "want",
    "speculation",
    "fear",
    "right",
    "whether",
    "threaten",
    "threat",
    "require",
    "oblige",
    "obligate",
];
/// Verbs whose denied complement is not asserted: "did not mean that …".
const SIGNALLING: &[&str] = &[
    "mean", "imply", "signal", "indicate", "suggest", "show", "prove",
];
/// Adjectives of capability: what something is capable of doing it has not done.
const CAPABLE: &[&str] = &["capable", "incapable"];
/// Verbs whose "on" phrase names what is still undecided.
const DECIDING: &[&str] = &["decide", "vote", "deliberate", "debate", "rule"];
/// Nouns whose infinitive says what is threatened or asked for, not what happened (a pledge's
/// or a plan's is an intent, coded as such).
const AIMED_NOUNS: &[&str] = &["threat", "call", "demand", "proposal", "bid"];
/// Nouns whose "no" denies what their clause says: "no evidence that", "no sign that".
const NO_EVIDENCE: &[&str] = &["evidence", "sign", "proof", "indication", "suggestion"];
/// Heads whose "to" infinitive has not happened: "likely to be freed", "under pressure to work
/// with the opposition", "entitled to complain".
const INFINITIVE_IRREALIS: &[&str] = &["likely", "unlikely", "pressure", "entitled", "eligible"];

/// Works out the modality of the event triggered at `t`.
pub fn modality(tree: &Tree, idx: &MentionIndex, rules: &RuleSet, t: usize) -> Modality {
    let mut m = Modality::default();
    if !tree.parsed {
        surface_modality(tree, t, &mut m);
        return m;
    }
    // The trigger and the verbs that govern it through xcomp ("did not agree to withdraw").
    let mut chain = vec![t];
    let mut cur = t;
    while matches!(tree.rel(cur), "xcomp") || crate::mood::shares_auxiliary(tree, cur) {
        match tree.head(cur) {
            Some(h) => {
                chain.push(h);
                cur = h;
            }
            None => break,
        }
    }
    // "it is time to talk", "the chance to negotiate": an infinitive that says what a noun of
    // need or possibility is for has not happened.
    // "has the power to bar him", "had a duty to protect people": what someone may or must
    // do, also where the parser hangs the infinitive on "have" rather than on the noun.
    let to_clause = tree.deps(cur, "mark").any(|d| tree.word_is(d, "to"));
    // "took the opportunity to criticise", "used its power to block": a chance or power put to
    // use is what was done.
    let used = |n: usize| {
        tree.head(n)
            .is_some_and(|v| matches!(tree.lemma(v), "take" | "use" | "seize" | "exercise"))
    };
    // A common noun: "the Palestinian Authority to protect …" names a body.
    let unrealised = |n: usize| {
        UNREALISED_NOUNS.contains(&tree.lemma(n))
            && tree.upos(n) == petrel_core::Upos::Noun
            && !used(n)
    };
    // "its unwillingness to sign", "Chile's refusal to negotiate": what a noun of refusal
    // says someone will not do has not happened.
    if to_clause
        && tree.rel(cur) == "acl"
        && tree.head(cur).is_some_and(|h| {
            NEGATING_NOUNS.contains(&tree.lemma(h)) && tree.upos(h) == petrel_core::Upos::Noun
        })
    {
        m.negated = true;
    }
    if to_clause
        && tree.head(cur).is_some_and(|h| {
            (tree.rel(cur) == "acl" && unrealised(h))
                || (matches!(tree.rel(cur), "advcl" | "xcomp")
                    && tree.lemma(h) == "have"
                    && tree.deps(h, "obj").any(unrealised))
        })
    {
        m.hypothetical = true;
    }
    // "there was little in the plans to reassure them", "nothing to help pensioners".
    // Also where the parser hangs the infinitive on the verb whose subject or object the
    // amount is ("there was little …", "would do nothing to help").
    let nothing = |w: usize| NOTHING.contains(&tree.lemma(w));
    if to_clause
        && matches!(tree.rel(cur), "acl" | "advcl")
        && tree.head(cur).is_some_and(|h| {
            nothing(h)
                || (matches!(
                    tree.upos(h),
                    petrel_core::Upos::Verb | petrel_core::Upos::Aux
                ) && tree
                    .deps_exact(h, "nsubj")
                    .chain(tree.deps_exact(h, "obj"))
                    .any(nothing))
        })
    {
        m.negated = true;
    }
    if crate::sought::sought_settlement(tree, t) {
        m.hypothetical = true;
    }
    if crate::sought::paused(tree, t) {
        m.negated = true;
    }
    // "Calls grow for the Palestinian Authority to protect Palestinians", "it is time for
    // Israel to withdraw": an infinitive whose subject "for" introduces has not happened,
    // unless it took time to happen.
    let for_subject = |n: usize| {
        tree.case_of(n) == Some("for")
            || tree.deps(n, "mark").any(|d| tree.word_is(d, "for"))
            || tree.head(n).is_some_and(|p| tree.word_is(p, "for"))
    };
    // "It took two days for the service to announce it": what it took time to do was done.
    let took = tree.head(cur).is_some_and(|h| tree.lemma(h) == "take");
    if to_clause
        && !took
        && (tree.deps(cur, "mark").any(|d| tree.word_is(d, "for"))
            || tree.deps_exact(cur, "nsubj").any(for_subject)
            || (tree.rel(cur) == "acl"
                && tree.head(cur).is_some_and(|h| {
                    matches!(
                        tree.upos(h),
                        petrel_core::Upos::Noun | petrel_core::Upos::Propn
                    ) && for_subject(h)
                })))
    {
        m.hypothetical = true;
    }
    // The verb whose purpose the chain is: what "would be set loose to attack him" for has
    // not happened, nor what someone "failed" to do.
    let purpose_head = (tree.rel(cur) == "advcl"
        && tree.deps(cur, "mark").any(|d| tree.word_is(d, "to")))
    .then(|| tree.head(cur))
    .flatten();
    // "would boost the balance sheet, giving it more money": a participle that says what an
    // act would do is conditional too. Not one of saying ("would not be drawn, saying …" was
    // said), nor after a negated verb, and a "will" makes no participle future.
    let participle_head = (tree.rel(cur) == "advcl"
        && tree.doc.xpos(cur) == "VBG"
        && !PLAIN_SAYING.contains(&tree.lemma(cur))
        && !rules.is_speech_verb(tree.lemma(cur))
        && tree.deps(cur, "mark").next().is_none()
        && tree.deps(cur, "nsubj").next().is_none())
    .then(|| tree.head(cur))
    .flatten()
    .filter(|&p| {
        !tree
            .deps(p, "advmod")
            .any(|d| NEGATORS.contains(&tree.lemma(d)))
    });
    if let Some(p) = participle_head.filter(|_| purpose_head.is_none()) {
        if tree
            .deps(p, "aux")
            .any(|a| conditional_aux(tree, rules, p, a))
        {
            m.hypothetical = true;
        }
    }
    if let Some(p) = purpose_head {
        if NEGATING_HEADS.contains(&tree.lemma(p))
            || tree
                .deps(p, "advmod")
                .any(|d| NEGATORS.contains(&tree.lemma(d)))
        {
            m.negated = true;
        }
        // "its unwillingness to intervene to support the dollar": the purpose of what is not
        // done, or only may be, has not happened either.
        if tree.rel(p) == "acl"
            && tree.deps(p, "mark").any(|d| tree.word_is(d, "to"))
            && tree.head(p).is_some_and(|h| {
                tree.upos(h) == petrel_core::Upos::Noun
                    && (NEGATING_NOUNS.contains(&tree.lemma(h)) || unrealised(h))
            })
        {
            m.hypothetical = true;
        }
        for a in tree.deps(p, "aux") {
            let w = tree.doc.word(a).to_ascii_lowercase();
            if FUTURE_AUX.contains(&w.as_str()) {
                m.future = true;
            } else if conditional_aux(tree, rules, p, a) {
                m.hypothetical = true;
            }
        }
    }
    // A nominal trigger takes the modality of the verb it is an argument of.
    if tree.upos(t) == petrel_core::Upos::Noun {
        if let Some(h) = tree.head(t) {
            if matches!(tree.rel(t), "nsubj" | "nsubj:pass" | "obj") {
                chain.push(h);
            }
        }
    }
    // "failed to oppose", "refused to allow": the act did not happen; nor did what someone
    // was kept from doing ("prevented medics from helping him").
    if chain[1..]
        .iter()
        .any(|&c| NEGATING_HEADS.contains(&tree.lemma(c)))
        || crate::mood::prevented(tree, t)
    {
        m.negated = true;
    }
    for &c in &chain {
        if tree
            .deps(c, "advmod")
            .chain(tree.deps(c, "det"))
            .any(|d| NEGATORS.contains(&tree.lemma(d)))
        {
            m.negated = true;
        }
        // "Nobody has contacted me", "no country has accused", "none of the ministers
        // criticised": a subject that names no one says the act did not happen. Not so for a
        // plain verb of saying, nor for a verb after a comma or a quotation mark, whose
        // headline opens with what is said ("No truce, vows Hamas").
        if !tree.after_comma_or_quote(c)
            && !PLAIN_SAYING.contains(&tree.lemma(c))
            && tree
                .deps_exact(c, "nsubj")
                .chain(tree.deps_exact(c, "nsubj:pass"))
                .any(|s| {
                    NO_ONE.contains(&tree.lemma(s))
                        || tree.deps(s, "det").any(|d| tree.lemma(d) == "no")
                })
        {
            m.negated = true;
        }
        // "no framework agreed yet", "no one killed": a participle after a noun that names
        // nothing did not happen.
        if tree.rel(c) == "acl"
            && tree.doc.xpos(c) == "VBN"
            && tree
                .deps(c, "aux")
                .chain(tree.deps(c, "aux:pass"))
                .next()
                .is_none()
            && tree.head(c).is_some_and(|h| {
                h < c
                    && (NO_ONE.contains(&tree.lemma(h))
                        || tree.deps(h, "det").any(|d| tree.lemma(d) == "no"))
            })
        {
            m.negated = true;
        }
        // "adjourned without agreeing on sanctions": what was done without did not happen.
        if tree.rel(c) == "advcl"
            && tree.doc.xpos(c) == "VBG"
            && tree
                .deps(c, "mark")
                .any(|d| d < c && tree.lemma(d) == "without")
        {
            m.negated = true;
        }
        for a in tree.deps(c, "aux") {
            let w = tree.lemma(a);
            let s = tree.doc.word(a).to_ascii_lowercase();
            if FUTURE_AUX.contains(&w) || FUTURE_AUX.contains(&s.as_str()) {
                m.future = true;
            }
            // "said he would send troops": the future of a past report, not a hypothetical.
            if (w == "would" || s == "would" || s == "'d") && reported_in_past(tree, rules, c) {
                m.future = true;
            } else if HYPOTHETICAL_AUX.contains(&w) || HYPOTHETICAL_AUX.contains(&s.as_str()) {
                m.hypothetical = true;
            }
        }
        // "will retaliate if they attack", "would act in the event of an invasion".
        if tree.deps(c, "advcl").any(|a| {
            tree.deps(a, "mark")
                .any(|d| matches!(tree.lemma(d), "if" | "unless"))
        }) || tree
            .deps(c, "obl")
            .any(|o| tree.lemma(o) == "event" && tree.case_of(o) == Some("in"))
        {
            m.hypothetical = true;
        }
        if tree
            .deps(c, "acl")
            .chain(tree.deps(c, "amod"))
            .any(|d| PLANNING.contains(&tree.lemma(d)))
        {
            m.future = true;
        }
        // "a possible war", "a potential attack": an event noun that may not happen.
        if tree.upos(c) == petrel_core::Upos::Noun
            && tree
                .deps(c, "amod")
                .any(|d| UNREAL_MODIFIERS.contains(&tree.lemma(d)))
        {
            m.hypothetical = true;
        }
        if tree.lemma(c) == "go" && tree.deps(c, "aux").next().is_some() && c != t {
            m.future = true;
        }
        // "Sharon is to meet settlers on Sunday": "be to" with a bare infinitive schedules it;
        // "the bank's mandate is to fight inflation" defines an aim.
        if tree.upos(c) == petrel_core::Upos::Verb
            && tree.deps(c, "mark").any(|d| tree.word_is(d, "to"))
            && !tree
                .deps(c, "nsubj")
                .chain(tree.deps(c, "nsubj:outer"))
                .any(|n| AIMS.contains(&tree.lemma(n)))
            && tree
                .deps(c, "cop")
                .chain(tree.deps(c, "aux"))
                .any(|a| tree.lemma(a) == "be" && a + 1 < c && tree.word_is(a + 1, "to"))
        {
            m.future = true;
        }
        // "Bush to meet Putin in Moscow", "Kinnock to urge reform": a headline's infinitive
        // with a subject of its own and no verb above it announces what is to come.
        // The parser may hang the infinitive on its subject instead ("UK to Host Mideast
        // Conference", with "UK" the root): an actor that roots the headline.
        // No verb stands between them ("activists … are about to restore" has one).
        let subject_root = tree.rel(c) == "acl"
            && tree.head(c).is_some_and(|h| {
                h < c
                    && tree.rel(h) == "root"
                    && idx.at(h).is_some()
                    && (h + 1..c).all(|j| {
                        !matches!(
                            tree.upos(j),
                            petrel_core::Upos::Verb | petrel_core::Upos::Aux
                        )
                    })
            });
        // Only the infinitive's own act, or one joined to it with no subject of its own.
        let own_act = c == t
            || (tree.rel(t) == "conj"
                && tree.head(t) == Some(c)
                && tree.deps(t, "nsubj").next().is_none());
        if own_act
            && tree.upos(c) == petrel_core::Upos::Verb
            && tree.deps(c, "mark").any(|d| tree.word_is(d, "to") && d < c)
            && tree
                .deps(c, "aux")
                .chain(tree.deps(c, "cop"))
                .next()
                .is_none()
            && (subject_root
                || (tree.rel(c) == "root" && tree.deps_exact(c, "nsubj").any(|n| n < c)))
        {
            m.future = true;
        }
        // "plans to meet", "is due to sign", "is set to visit", "intends to withdraw".
        if c != t && FUTURE_HEADS.contains(&tree.lemma(c)) {
            m.future = true;
            // "is expected to sign": what others expect is a prediction, not an intent.
            if tree.lemma(c) == "expect"
                && (tree.deps(c, "aux:pass").next().is_some()
                    || tree.deps(c, "nsubj:pass").next().is_some())
            {
                m.hypothetical = true;
            }
        }
        // "must agree to reforms before they disarm", "will not talk until Israel ends its war":
        // a clause of time in the present tense tells of what may or may not come.
        if tree.rel(c) == "advcl"
            && matches!(tree.doc.xpos(c), "VB" | "VBP" | "VBZ")
            && tree
                .deps(c, "mark")
                .any(|d| matches!(tree.lemma(d), "before" | "until" | "till"))
        {
            m.hypothetical = true;
        }
        // "its plans to meet", "the intention to withdraw".
        if c == t
            && tree.rel(t) == "acl"
            && tree
                .head(t)
                .is_some_and(|h| matches!(tree.lemma(h), "plan" | "intention" | "schedule"))
        {
            m.future = true;
        }
    }
    if crate::mood::imperative(tree, t) || crate::mood::questioned(tree, t) {
        m.hypothetical = true;
    }
    if crate::unasserted::alleged(tree, t)
        || crate::unasserted::proposed(tree, t)
        || crate::unasserted::asked_for(tree, t)
        || crate::unasserted::noun_asked_for(tree, t)
        || crate::unasserted::inside_asked_for(tree, t)
    {
        m.hypothetical = true;
    }
    if crate::unasserted::pledged(tree, t) {
        m.future = true;
    }
    // "calling for him to apologise and withdraw the remark": a verb joined to a hypothetical
    // one in the same clause is as unreal as it.
    if tree.rel(t) == "conj"
        && tree.upos(t) == petrel_core::Upos::Verb
        && !rules.is_speech_verb(tree.lemma(t))
    {
        if let Some(h) = tree
            .head(t)
            .filter(|&h| h < t && tree.upos(h) == petrel_core::Upos::Verb)
        {
            if tree.deps(t, "nsubj").next().is_none()
                && tree.deps(t, "aux").next().is_none()
                && modality(tree, idx, rules, h).hypothetical
            {
                m.hypothetical = true;
            }
        }
    }
    // A verb of saying tagged onto the clause it reports ("…, the official told reporters")
    // is not inside that clause: its condition or report is not the statement's.
    if tree.rel(t) == "parataxis" && rules.is_speech_verb(tree.lemma(t)) {
        return m;
    }
    // Walk up the tree: conditionals, irrealis heads, "in the event of", reported speech.
    let mut node = t;
    let mut steps = 0;
    // Whether the walk has left the trigger's clause for one it is a relative, adverbial or
    // tagged-on clause of.
    let mut left_clause = false;
    loop {
        // "whenever" heads its clause as an adverb in UD, and a misparse may make it the root.
        if tree
            .deps(node, "mark")
            .any(|d| CONDITIONAL_MARKS.contains(&tree.lemma(d)))
            || tree
                .deps(node, "advmod")
                .any(|d| tree.lemma(d) == "whenever")
            || tree.lemma(node) == "whenever"
        {
            m.hypothetical = true;
        }
        if tree.lemma(node) == "event" && tree.case_of(node) == Some("in") {
            m.hypothetical = true;
        }
        let Some(h) = tree.head(node) else { break };
        steps += 1;
        if steps > 20 {
            break;
        }
        let rel = tree.rel(node);
        // "there was no evidence that any detainee was tortured": what no evidence, sign or
        // proof shows is not asserted to have happened.
        if matches!(rel, "acl" | "ccomp")
            && NO_EVIDENCE.contains(&tree.lemma(h))
            && tree.deps(h, "det").any(|d| tree.lemma(d) == "no")
        {
            m.negated = true;
        }
        // "challenged Mr Brown to deny the reports": what someone is challenged to do.
        if rel == "xcomp"
            && matches!(tree.lemma(h), "challenge" | "dare")
            && tree.upos(h) == petrel_core::Upos::Verb
        {
            m.hypothetical = true;
        }
        // "have yet to say", "is yet to decide": what is yet to happen has not. The parser
        // may read the infinitive as an adverbial clause.
        if (rel == "xcomp"
            || (rel == "advcl" && tree.deps(node, "mark").any(|d| tree.word_is(d, "to"))))
            && matches!(tree.lemma(h), "have" | "be")
            && tree.deps(h, "advmod").any(|d| tree.lemma(d) == "yet")
        {
            m.negated = true;
        }
        // "without having been considered", "without a fight" (not "Reporters Without
        // Borders", nor a relative clause on the phrase: "without the cuts he promised").
        if !left_clause
            && tree.upos(node) != petrel_core::Upos::Propn
            && tree
                .deps(node, "mark")
                .chain(tree.deps(node, "case"))
                .any(|d| tree.doc.word(d) == "without")
        {
            m.negated = true;
        }
        // "flew home instead of meeting the president", "rather than pressuring Sudan": the
        // act passed over did not happen.
        if tree.doc.xpos(node) == "VBG"
            && node >= tree.range.start + 2
            && [("instead", "of"), ("rather", "than")]
                .iter()
                .any(|(a, b)| {
                    tree.doc.word(node - 2).eq_ignore_ascii_case(a)
                        && tree.doc.word(node - 1).eq_ignore_ascii_case(b)
                })
        {
            m.negated = true;
        }
        // "did not mean that Libya had cut its ties": what a denied sign signals is not said
        // to have happened.
        if rel == "ccomp"
            && SIGNALLING.contains(&tree.lemma(h))
            && tree
                .deps(h, "advmod")
                .any(|d| NEGATORS.contains(&tree.lemma(d)))
        {
            m.negated = true;
        }
        // "a missile capable of hitting targets": a capability, not an act.
        if CAPABLE.contains(&tree.lemma(h)) && matches!(rel, "advcl" | "acl" | "xcomp" | "obl") {
            m.hypothetical = true;
        }
        // "expects parliament to ratify", "expects that talks will fail": what someone expects
        // of others is a forecast ("expects to sign" is the subject's own intent).
        if tree.lemma(h) == "expect" && matches!(rel, "obj" | "ccomp") {
            m.hypothetical = true;
        }
        // "decide on a pullout", "vote on the withdrawal": the act itself is still to be
        // decided (not what a resolution voted on says).
        if node == t
            && DECIDING.contains(&tree.lemma(h))
            && rel == "obl"
            && tree
                .deps(node, "case")
                .any(|d| matches!(tree.lemma(d), "on" | "about" | "over" | "upon"))
        {
            m.hypothetical = true;
        }
        // "renewed its threats to continue rocket attacks", where the parser hangs the
        // infinitive on the verb: it says what the threat, plan or call is of.
        if rel == "advcl"
            && tree.deps(node, "mark").any(|d| tree.word_is(d, "to"))
            && tree
                .deps(h, "obj")
                .any(|o| AIMED_NOUNS.contains(&tree.lemma(o)))
        {
            m.hypothetical = true;
        }
        if IRREALIS_HEADS.contains(&tree.lemma(h))
            && matches!(rel, "xcomp" | "ccomp" | "obl" | "nmod" | "acl" | "obj")
        {
            m.hypothetical = true;
        }
        if !left_clause
            && INFINITIVE_IRREALIS.contains(&tree.lemma(h))
            // "was entitled to declare", which the parser may read as an adverbial clause.
            && (matches!(rel, "xcomp" | "acl") || (rel == "advcl" && tree.upos(h) == Upos::Adj))
            && tree.deps(node, "mark").any(|d| tree.word_is(d, "to"))
        {
            m.hypothetical = true;
        }
        // "looks forward to working with ministers": what someone looks forward to is to come.
        if tree.lemma(h) == "look"
            && matches!(rel, "xcomp" | "advcl" | "obl")
            && tree
                .deps(h, "advmod")
                .chain(tree.deps(h, "compound:prt"))
                .any(|d| tree.word_is(d, "forward"))
        {
            m.future = true;
        }
        // The outer speaker wins over an inner verb of thinking or a thing that "suggests",
        // and over a cue with no subject of its own ("…saying our schools…", said Mulgrew):
        // in "the attorney said the advertisement suggests that …" the attorney reports.
        let cue = rules.is_speech_verb(tree.lemma(h))
            || CONTENT_CUES.contains(&tree.lemma(h))
            || mind_cue(tree, h)
            || calls_on(tree, h);
        // What a cue announces, cites or urges as its object is its content as well: "announced
        // the arrest of a man", "urged Iran to resume talks" (only with a verb of the list).
        // A prepositional phrase is content only when it says what about ("warned of an
        // attack", "called for sanctions"), not when or where ("said at a briefing").
        // An appeal's "to" clause, which a parser may read as one of purpose, is its content:
        // "called on Obama to impose sanctions".
        let appeal = rel == "advcl"
            && (calls_on(tree, h) || matches!(tree.lemma(h), "urge" | "ask"))
            && tree.deps(node, "mark").any(|d| tree.word_is(d, "to"));
        let content = appeal
            || matches!(rel, "ccomp" | "parataxis" | "xcomp")
            || (tree.upos(h) == petrel_core::Upos::Verb
                && (rel == "obj"
                    || (rel == "obl"
                        && matches!(
                            tree.case_of(node),
                            Some("of" | "about" | "against" | "for")
                        ))));
        if cue
            && content
            && m.reported
                .as_ref()
                .is_none_or(|r| is_inner_cue(&r.cue) || r.text.is_empty())
        {
            m.reported = Some(attribution(tree, idx, h));
        }
        if rel == "parataxis" || rel == "ccomp" {
            // A verb of saying may sit below the reported clause: "..., the official said."
            if let Some(v) = tree
                .deps(node, "parataxis")
                .find(|&p| rules.is_speech_verb(tree.lemma(p)))
            {
                if m.reported.is_none() {
                    m.reported = Some(attribution(tree, idx, v));
                }
            }
        }
        left_clause |= matches!(rel, "acl:relcl" | "parataxis" | "advcl");
        node = h;
    }
    // The reported clause is the root and the speech verb hangs off it as parataxis.
    if m.reported.is_none() {
        if let Some(v) = tree
            .deps(node, "parataxis")
            .find(|&p| rules.is_speech_verb(tree.lemma(p)) && p != t)
        {
            m.reported = Some(attribution(tree, idx, v));
        }
    }
    // "…, but the police overruled the request, the source added.": a tag at the end of the
    // sentence reports all that comes before it, wherever the parse hung it.
    if m.reported.is_none() {
        if let Some((v, phrase)) = closing_tag(tree, rules).filter(|&(v, _)| v > t) {
            let mut a = attribution(tree, idx, v);
            // A misparsed tag ("the official" read as an adjective) still names its speaker:
            // the words between the comma and the verb.
            if a.text.is_empty() {
                let doc = tree.doc;
                let bytes = doc.tokens[phrase.start]
                    .span
                    .cover(doc.tokens[phrase.end - 1].span);
                let mention = phrase.clone().find_map(|j| idx.at(j));
                a = crate::quotes::spoken(doc, bytes, mention, tree.lemma(v));
            }
            m.reported = Some(a);
        }
    }
    m
}

/// A verb of saying that closes the sentence after a comma and its subject ("…, police
/// said.", "…, the source added."), when there is one, with the subject's tokens.
pub(crate) fn closing_tag(tree: &Tree, rules: &RuleSet) -> Option<(usize, std::ops::Range<usize>)> {
    use petrel_core::Upos;
    let end = tree.range.end;
    let v = (tree.range.start..end)
        .rev()
        .find(|&j| !matches!(tree.upos(j), Upos::Punct))?;
    if tree.upos(v) != Upos::Verb || !rules.is_speech_verb(tree.lemma(v)) {
        return None;
    }
    // The subject between a comma and the verb: a short noun phrase.
    let comma = (v.saturating_sub(7).max(tree.range.start)..v)
        .rev()
        .find(|&j| tree.doc.word(j) == ",")?;
    let phrase = comma + 1..v;
    (!phrase.is_empty()
        && phrase.clone().all(|j| {
            matches!(
                tree.upos(j),
                Upos::Det
                    | Upos::Adj
                    | Upos::Noun
                    | Upos::Propn
                    | Upos::Pron
                    | Upos::Num
                    | Upos::Punct
            )
        }))
    .then_some((v, phrase))
}

fn attribution(tree: &Tree, idx: &MentionIndex, verb: usize) -> Attribution {
    let cue = tree.lemma(verb);
    let speaker = if crate::mood::evidential(tree, verb) {
        None
    } else {
        subject(tree, verb)
            .map(|(s, _)| s)
            .filter(|&s| is_speaker_head(tree, s))
            .or_else(|| adjacent_speaker(tree, verb))
    };
    match speaker {
        Some(s) => {
            crate::quotes::spoken(tree.doc, phrase_span(tree, s), actor_of(tree, idx, s), cue)
        }
        None => Attribution {
            speaker: None,
            text: String::new(),
            cue: cue.to_string(),
            span: None,
            bytes: None,
            resolved: None,
        },
    }
}

/// The speaker beside a verb of saying the parse gave no subject: the noun phrase just before
/// it, past adverbs, a weekday and a bracket ("Sanders on Tuesday said", "Sen. Claire
/// McCaskill (D-Mo.) said"), or just after it when it closes a quotation ("…,” said Mulgrew).
pub(crate) fn adjacent_speaker(tree: &Tree, verb: usize) -> Option<usize> {
    use petrel_core::Upos;
    let nominal = |j: usize| matches!(tree.upos(j), Upos::Noun | Upos::Propn | Upos::Pron);
    let mut j = verb;
    let mut found = None;
    for _ in 0..8 {
        if j <= tree.range.start {
            break;
        }
        j -= 1;
        let w = tree.doc.word(j);
        if w == ")" {
            while j > tree.range.start && tree.doc.word(j) != "(" {
                j -= 1;
            }
            continue;
        }
        if matches!(tree.upos(j), Upos::Adv | Upos::Aux | Upos::Part)
            || crate::matching::is_time_phrase(tree, j)
            || (tree.upos(j) == Upos::Adp
                && j + 1 < verb
                && crate::matching::is_time_phrase(tree, j + 1))
        {
            continue;
        }
        found = nominal(j).then_some(j);
        break;
    }
    let found = found.or_else(|| {
        let after_quote =
            verb > tree.range.start && matches!(tree.doc.word(verb - 1), "," | "”" | "\"" | "''");
        let n = (verb + 1..tree.range.end.min(verb + 4))
            .find(|&k| !matches!(tree.upos(k), Upos::Det | Upos::Adj | Upos::Num))?;
        (after_quote && nominal(n)).then_some(n)
    })?;
    // Up from a name's last word to the phrase's head: "Claire McCaskill" → its head.
    let mut h = found;
    for _ in 0..4 {
        match tree.head(h) {
            Some(p)
                if nominal(p)
                    && matches!(tree.rel(h), "flat" | "compound" | "nmod:desc" | "appos") =>
            {
                h = p
            }
            _ => break,
        }
    }
    // Not a prepositional phrase: "In a Facebook message posted Friday".
    if tree.case_of(found).is_some() {
        return None;
    }
    Some(if tree.case_of(h).is_some() { found } else { h })
}

/// Whether a subject can be a speaker: a noun, name or pronoun, not a date ("on Monday"
/// misread as the subject) or a clause.
pub fn is_speaker_head(tree: &Tree, s: usize) -> bool {
    use petrel_core::Upos;
    matches!(
        tree.upos(s),
        Upos::Noun | Upos::Propn | Upos::Pron | Upos::X
    ) && !crate::matching::is_time_phrase(tree, s)
}

/// The named actor behind a pronoun or description ("he", "the minister"), from coreference.
pub fn resolved_name(doc: &petrel_core::Doc, m: usize) -> Option<String> {
    let men = &doc.mentions[m];
    (men.kind == petrel_core::ActorKind::Coreference && !men.entry.is_empty())
        .then(|| men.entry.clone())
}

/// The text of the phrase headed by `h` (its contiguous subtree).
pub fn phrase_text(tree: &Tree, h: usize) -> String {
    phrase_span(tree, h).slice(&tree.doc.text).to_string()
}

/// The bytes of the phrase headed by `h`: its contiguous subtree, without punctuation at the
/// edges.
pub fn phrase_span(tree: &Tree, h: usize) -> petrel_core::Span {
    let (mut lo, mut hi) = (h, h);
    // A speaker is a noun phrase: clauses hanging from it ("MSPs to declare their
    // interests", "officials who visited the site") are left out, appositives kept.
    let in_phrase = |j: usize| {
        let mut cur = j;
        while cur != h {
            if CLAUSAL.contains(&tree.rel(cur)) {
                return false;
            }
            match tree.head(cur) {
                Some(p) => cur = p,
                None => return false,
            }
        }
        true
    };
    for j in tree.range.clone() {
        if j != h && tree.ancestors(j).any(|a| a == h) && in_phrase(j) {
            lo = lo.min(j);
            hi = hi.max(j);
        }
    }
    // Commas and quotation marks at the edges belong to the sentence, not to the phrase
    // ("Putin's spokesman, Dmitry Peskov, told").
    while hi > h && tree.upos(hi) == petrel_core::Upos::Punct {
        hi -= 1;
    }
    while lo < h && tree.upos(lo) == petrel_core::Upos::Punct {
        lo += 1;
    }
    let doc = tree.doc;
    doc.tokens[lo].span.cover(doc.tokens[hi].span)
}

fn surface_modality(tree: &Tree, t: usize, m: &mut Modality) {
    let start = t.saturating_sub(3).max(tree.range.start);
    for i in start..t {
        let w = tree.doc.word(i).to_ascii_lowercase();
        if NEGATORS.contains(&w.as_str()) {
            m.negated = true;
        }
        if FUTURE_AUX.contains(&w.as_str()) {
            m.future = true;
        }
        if HYPOTHETICAL_AUX.contains(&w.as_str()) {
            m.hypothetical = true;
        }
    }
    if tree
        .range
        .clone()
        .any(|i| CONDITIONAL_MARKS.iter().any(|c| tree.word_is(i, c)) && i < t)
    {
        m.hypothetical = true;
    }
}

/// True when the trigger is the consequence of an explicit condition ("we will retaliate if they
/// attack", "would act in the event of an invasion") and not itself inside the condition.
pub fn conditional_consequence(tree: &Tree, t: usize) -> bool {
    if !tree.parsed {
        return false;
    }
    let inside_condition = std::iter::once(t).chain(tree.ancestors(t)).any(|n| {
        tree.deps(n, "mark")
            .any(|d| CONDITIONAL_MARKS.contains(&tree.lemma(d)))
    });
    if inside_condition {
        return false;
    }
    let mut chain = vec![t];
    chain.extend(tree.ancestors(t).take(3));
    chain.iter().any(|&c| {
        tree.deps(c, "advcl").any(|a| {
            tree.deps(a, "mark")
                .any(|d| matches!(tree.lemma(d), "if" | "unless"))
        }) || tree
            .deps(c, "obl")
            .any(|o| tree.lemma(o) == "event" && tree.case_of(o) == Some("in"))
    })
}

const READY: &[&str] = &[
    "ready",
    "prepared",
    "prepare",
    "willing",
    "determined",
    "poised",
    "eager",
    "keen",
    "anxious",
];
const OBLIGED: &[&str] = &["must", "should", "need", "have", "ought"];

/// True when the trigger is what its subject says it is ready to do ("ready to lift the ban",
/// "prepared to retaliate"): an expressed intent, or a threat.
pub fn readiness(tree: &Tree, t: usize) -> bool {
    let conditioned = std::iter::once(t)
        .chain(tree.ancestors(t).take(2))
        .any(|n| {
            tree.deps(n, "mark")
                .any(|d| CONDITIONAL_MARKS.contains(&tree.lemma(d)))
        });
    tree.parsed
        && !conditioned
        && std::iter::once(t)
            .chain(tree.ancestors(t).take(2))
            .zip(std::iter::once(t).chain(tree.ancestors(t).take(2)).skip(1))
            .any(|(child, head)| {
                matches!(tree.rel(child), "xcomp" | "advcl" | "ccomp")
                    && READY.contains(&tree.lemma(head))
            })
}

/// True when the trigger is obliged: "Y must withdraw", "should release", "has to end".
pub fn obligation(tree: &Tree, t: usize) -> bool {
    if !tree.parsed {
        return false;
    }
    let aux_must = tree
        .deps(t, "aux")
        .any(|a| matches!(tree.lemma(a), "must" | "should" | "ought"));
    let has_to = tree.rel(t) == "xcomp"
        && tree.head(t).is_some_and(|h| {
            OBLIGED[2..].contains(&tree.lemma(h)) && tree.upos(h) != petrel_core::Upos::Noun
        });
    aux_must || has_to
}

/// True when the trigger is only advised: "should release", "ought to end" (an appeal by the
/// speaker, where "must" and "has to" make a demand).
pub fn advised(tree: &Tree, t: usize) -> bool {
    tree.parsed
        && tree
            .deps(t, "aux")
            .any(|a| matches!(tree.lemma(a), "should" | "ought"))
        && !tree.deps(t, "aux").any(|a| tree.lemma(a) == "must")
}

/// Whether auxiliary `a` of verb `p` makes it conditional: "would", "could", "might", "may",
/// "should", but not a "would" that only reports the past ("said it would").
fn conditional_aux(tree: &Tree, rules: &RuleSet, p: usize, a: usize) -> bool {
    let w = tree.doc.word(a).to_ascii_lowercase();
    HYPOTHETICAL_AUX.contains(&w.as_str())
        && !((w == "would" || w == "'d") && reported_in_past(tree, rules, p))
}

/// True when clause `c` is the complement of a past-tense verb of saying ("said that …").
fn reported_in_past(tree: &Tree, rules: &RuleSet, c: usize) -> bool {
    let conditional = tree.deps(c, "advcl").any(|a| {
        tree.deps(a, "mark")
            .any(|d| matches!(tree.lemma(d), "if" | "unless"))
    });
    !conditional
        && matches!(tree.rel(c), "ccomp" | "parataxis")
        && tree.head(c).is_some_and(|h| {
            rules.is_speech_verb(tree.lemma(h)) && matches!(tree.doc.xpos(h), "VBD" | "VBN")
        })
}

/// Nouns whose infinitive says what is needed, allowed or possible, not what happened ("time to
/// talk", "the power to bar").
const UNREALISED_NOUNS: &[&str] = &[
    "power",
    "duty",
    "obligation",
    "responsibility",
    "authority",
    "mandate",
    "freedom",
    "capacity",
    "ability",
    "permission",
    "licence",
    "license",
    "time",
    "need",
    "chance",
    "opportunity",
    "right",
    "reason",
    "desire",
    "wish",
    "idea",
    "option",
    "possibility",
    "way",
];
