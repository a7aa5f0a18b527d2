//! Links each event to the event that reports or contains it ([`petrel_core::Event::parent`]):
//! "Russia said Ukraine shelled Donetsk" codes the statement and the shelling, and the shelling's
//! parent is the statement; "threatened to impose sanctions" makes the threat the parent of the
//! (unasserted) sanctions.

use crate::RuleSet;
use petrel_core::{ActorRef, Doc, Event, Layers};

/// Relations through which an event's clause or noun belongs to the event above it.
const CONTAINING: &[&str] = &["ccomp", "xcomp", "parataxis", "obj", "nsubj:pass"];

/// Sets `parent` on every event of `events` (the events of `doc`, in order). The parent is the
/// nearest event above the trigger through a complement, reported clause or object, within
/// the sentence; failing that, a statement or verb of saying that hangs below the trigger ("X
/// attacked Y, officials said"). A statement tagged onto another clause is never that clause's child.
pub fn link(doc: &Doc, rules: &RuleSet, events: &mut [Event]) {
    if !doc.layers.contains(Layers::PARSE) || events.len() < 2 {
        return;
    }
    let triggers: Vec<Option<usize>> = events.iter().map(|e| doc.trigger_token(e)).collect();
    let head = |i: usize, s: usize| {
        doc.tokens[i]
            .head()
            .filter(|h| doc.sentences[s].tokens().contains(h))
    };
    // The first event of each trigger token (tokens are unique across the document), so that
    // finding the event on a token is a lookup, not a scan of every event.
    let mut first_at: rustc_hash::FxHashMap<usize, usize> = Default::default();
    for (j, t) in triggers.iter().enumerate() {
        if let Some(t) = t {
            first_at.entry(*t).or_insert(j);
        }
    }
    let mut parents = vec![None; events.len()];
    for (k, e) in events.iter().enumerate() {
        let (Some(t), s) = (triggers[k], e.sentence) else {
            continue;
        };
        if doc.sentences[s].unparsed {
            continue;
        }
        // The event on token `tok` (always another token of this sentence than the trigger).
        let at = |tok: usize| first_at.get(&tok).copied().filter(|&j| j != k);
        let speech = |tok: usize| rules.is_speech_verb(&doc.lemma(tok).to_lowercase());
        let statement = e.code.starts_with("01") || speech(t);
        // A verb of saying tagged onto the clause of `n` ("…, officials said").
        let tagged = |n: usize| {
            doc.children(n)
                .filter(|&d| d != t && doc.tokens[d].deprel.as_str() == "parataxis")
                .find_map(|d| at(d).filter(|&j| events[j].code.starts_with("01") || speech(d)))
        };
        let mut cur = t;
        for _ in 0..6 {
            if let Some(j) = tagged(cur) {
                parents[k] = Some(j);
                break;
            }
            let rel = doc.tokens[cur].deprel.as_str();
            if !CONTAINING.contains(&rel) || (statement && rel == "parataxis" && cur == t) {
                break;
            }
            let Some(h) = head(cur, s) else { break };
            if let Some(j) = at(h) {
                parents[k] = Some(j);
                break;
            }
            cur = h;
        }
    }
    // Two events cannot contain each other: the first one's link is dropped.
    for k in 0..parents.len() {
        if let Some(p) = parents[k] {
            if parents[p] == Some(k) {
                parents[k] = None;
            }
        }
    }
    for (e, p) in events.iter_mut().zip(parents) {
        e.parent = p;
    }
}

/// PETRARCH's convention, which its verb dictionaries are written for: a verb of saying whose
/// reported clause holds another event is not coded itself ("X said Y attacked Z" is only the
/// attack), and one tagged after its clause ("…, officials said") only attributes.
/// Once a `--verbs` dictionary is loaded such events are dropped, whichever rule coded them;
/// their children take their parent.
pub fn drop_petrarch_parents(doc: &Doc, rules: &RuleSet, events: &mut Vec<Event>) {
    if !rules.has_verb_forms() {
        return;
    }
    let is_parent: Vec<bool> = {
        let mut v = vec![false; events.len()];
        for p in events.iter().filter_map(|e| e.parent) {
            v[p] = true;
        }
        v
    };
    // A verb of saying that reports nothing of its own: tagged onto another clause, or with
    // no complement, object or clause below it ("…, a senior official said on Saturday").
    let speech = |e: &Event| {
        doc.trigger_token(e)
            .is_some_and(|t| rules.is_speech_verb(&doc.lemma(t).to_lowercase()))
    };
    let speech_tag = |e: &Event| {
        doc.trigger_token(e).is_some_and(|t| {
            let reports_something = doc.sentences[e.sentence].tokens().any(|d| {
                doc.tokens[d].head() == Some(t)
                    && matches!(
                        doc.tokens[d].deprel.as_str(),
                        "ccomp" | "xcomp" | "obj" | "parataxis"
                    )
            });
            rules.is_speech_verb(&doc.lemma(t).to_lowercase())
                && (doc.tokens[t].deprel.as_str() == "parataxis" || !reports_something)
        })
    };
    let drop: Vec<bool> = events
        .iter()
        .zip(&is_parent)
        .map(|(e, &p)| (p && speech(e)) || speech_tag(e))
        .collect();
    remove(events, &drop);
}

/// Roots of what a speaker does by saying it: commenting, appealing, promising, praising,
/// demanding, criticising, rejecting and threatening.
const SPEECH_ACTS: &[&str] = &["01", "02", "03", "10", "11", "12", "13"];

/// Codes of root 05 that are said rather than done: approval, praise, apology, forgiveness.
const SPOKEN_ACCORDS: &[&str] = &["050", "051", "052", "053", "055", "056"];

/// Words by which a reported clause names its own speaker.
const SELF_PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "i"];

/// A plain statement (010) whose reported clause is the speaker's own asserted act of speech
/// ("Iran said it will resume talks", "Howard said he opposed the plans") is that act, coded
/// once: the statement is dropped and its child keeps the more specific code. A statement
/// reporting another actor's act, or its own deed ("Israel says it attacked …"), stays. Whom
/// the speaker told ("told BBC Radio 4's Today programme he hoped …") becomes the target of a
/// child that has none.
pub fn drop_own_speech(events: &mut Vec<Event>) {
    let spoken = |code: &str| {
        SPEECH_ACTS.iter().any(|r| code.starts_with(r)) || SPOKEN_ACCORDS.contains(&code)
    };
    let mut drop = vec![false; events.len()];
    let mut addressees: Vec<(usize, ActorRef)> = Vec::new();
    for (k, c) in events.iter().enumerate() {
        let Some(p) = c.parent else { continue };
        let parent = &events[p];
        let (Some(cs), Some(ps)) = (&c.source, &parent.source) else {
            continue;
        };
        let same_speaker = cs.span == ps.span
            || SELF_PRONOUNS
                .iter()
                .any(|p| cs.text.eq_ignore_ascii_case(p));
        if parent.code == "010"
            && c.code != "010"
            && c.sentence == parent.sentence
            && c.modality.is_factual()
            && spoken(&c.code)
            && cs.code == ps.code
            && same_speaker
        {
            drop[p] = true;
            if let (None, Some(to)) = (&c.target, &parent.target) {
                if parent.evidence.rule.starts_with("statement.tell") {
                    addressees.push((k, to.clone()));
                }
            }
        }
    }
    for (k, to) in addressees {
        events[k].target = Some(to);
    }
    remove(events, &drop);
}

/// Removes the events marked in `drop`; a removed event hands its children to its own parent.
pub(crate) fn remove(events: &mut Vec<Event>, drop: &[bool]) {
    if !drop.contains(&true) {
        return;
    }
    // New index of each kept event.
    let mut new_index = vec![None; events.len()];
    let mut n = 0;
    for (k, &d) in drop.iter().enumerate() {
        if !d {
            new_index[k] = Some(n);
            n += 1;
        }
    }
    let resolve = |mut p: Option<usize>| {
        for _ in 0..events.len() {
            match p {
                Some(q) if drop[q] => p = events[q].parent,
                _ => break,
            }
        }
        p.and_then(|q| new_index[q])
    };
    let parents: Vec<Option<usize>> = events.iter().map(|e| resolve(e.parent)).collect();
    let mut k = 0;
    events.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    for (e, p) in events.iter_mut().zip(
        parents
            .into_iter()
            .zip(drop.iter())
            .filter(|(_, d)| !**d)
            .map(|(p, _)| p),
    ) {
        e.parent = p;
    }
}

/// Roots of events whose complement says whom they are aimed at: an intent, an agreement or a
/// threat ("promised to send troops to Mali" is aimed at Mali). An appeal or a demand is aimed
/// at whom it addresses, often the speaker's own government.
const AIMED_BY_COMPLEMENT: &[&str] = &["03", "05", "13"];

/// Gives an intent, agreement or threat with no target of its own, or only one
/// of its source's own country ("France promised to send troops": the troops are French), the
/// target of the event in its open complement ("… to Mali").
pub fn share_complement_targets(doc: &Doc, events: &mut [Event]) {
    for k in 0..events.len() {
        let Some(p) = events[k].parent else { continue };
        let (Some(t), Some(pt)) = (doc.trigger_token(&events[k]), doc.trigger_token(&events[p]))
        else {
            continue;
        };
        if doc.tokens[t].deprel.as_str() != "xcomp" || doc.tokens[t].head() != Some(pt) {
            continue;
        }
        let Some(target) = events[k].target.clone().filter(|a| a.country.is_some()) else {
            continue;
        };
        let parent = &events[p];
        let own = |a: &ActorRef| {
            a.country.is_some()
                && a.country == parent.source.as_ref().and_then(|s| s.country.clone())
        };
        if !AIMED_BY_COMPLEMENT
            .iter()
            .any(|r| parent.code.starts_with(r))
            || parent.target.as_ref().is_some_and(|a| !own(a))
            || own(&target)
        {
            continue;
        }
        let duplicate = events.iter().any(|e| {
            e.sentence == parent.sentence
                && e.code == parent.code
                && e.evidence.trigger == parent.evidence.trigger
                && e.source == parent.source
                && e.target.as_ref().is_some_and(|a| a.code == target.code)
        });
        if !duplicate {
            events[p].target = Some(target);
        }
    }
}
