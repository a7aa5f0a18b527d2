//! After the parse: two states that share one head noun ("US and Iraqi troops", "Israeli,
//! Palestinian officials", "North Korean and U.S. officials") are two agents of that noun. The
//! dictionary matches the second state with the noun; the first, matched alone as a country,
//! takes the same sector.

use petrel_core::{ActorKind, ActorMention, Doc};

/// Re-codes each country mention that modifies, or is coordinated with the modifier of, the
/// head noun of the agent mention right after it ("US" in "US and Iraqi troops" becomes
/// `USAMIL`).
pub(crate) fn share_heads(doc: &Doc, mentions: &mut [ActorMention]) {
    for k in 1..mentions.len() {
        let (before, after) = mentions.split_at_mut(k);
        let (x, m) = (&mut before[k - 1], &after[0]);
        if let Some(code) = shared_code(doc, x, m) {
            x.code = code;
            x.sector.clone_from(&m.sector);
            x.kind = ActorKind::Agent;
        }
    }
}

/// The code country mention `x` takes from agent mention `m` when both are of its head noun.
fn shared_code(doc: &Doc, x: &ActorMention, m: &ActorMention) -> Option<String> {
    let state = x
        .country
        .as_deref()
        .filter(|c| x.code == *c && c.len() == 3)?;
    // Only a state's agent shares its sector ("US and EU negotiators" are no US body of the EU).
    let own = m
        .country
        .as_deref()
        .filter(|c| c.len() == 3 && *c != state && petrel_ontology::is_state(c))?;
    let rest = m
        .code
        .strip_prefix(own)
        .filter(|r| m.sector.as_deref().is_some_and(|s| r.starts_with(s)))?;
    (m.kind == ActorKind::Agent && shares_head(doc, x, m)).then(|| format!("{state}{rest}"))
}

/// Whether mention `x`, one joining word ("and", ",") before the mention `m` of two or more
/// words, is a state word of `m`'s head noun: coordinated with `m`'s own first word or a
/// modifier of its head, never coordinated with the head noun itself ("between Israel and
/// Palestinian militants").
pub fn shares_head(doc: &Doc, x: &ActorMention, m: &ActorMention) -> bool {
    let (xe, ms) = (x.tok_end as usize, m.tok_start as usize);
    if m.tok_end - m.tok_start < 2 || ms != xe + 1 || !matches!(doc.word(xe), "and" | ",") {
        return false;
    }
    let (head, xh) = (m.head as usize, x.head as usize);
    // A state word that modifies ("Iraqi", "North Korean", "US"), not a state's name that can
    // be a party of its own ("Kenya and Somali militants").
    let w = doc.word(x.tok_end as usize - 1);
    let modifier_form = doc.tokens[x.tok_end as usize - 1].upos == petrel_core::Upos::Adj
        || w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        || ["an", "ese", "ish", "i", "ch"]
            .iter()
            .any(|e| w.ends_with(e));
    if !modifier_form {
        return false;
    }
    let rel = |i: usize| doc.tokens[i].deprel.as_str();
    let up = |i: usize| doc.tokens[i].head().unwrap_or(usize::MAX);
    (rel(ms) == "conj" && up(ms) == xh)
        || (rel(xh) == "conj" && up(xh) == ms)
        || (matches!(rel(xh), "amod" | "compound") && up(xh) == head)
}
