//! After the dictionary match: a party whose name many countries share ("Labour Party",
//! "Conservative Party"), right after another state's name or adjective, is that state's party:
//! "the Israeli Labour party", "Norway's Labour Party"; after a state's opposition, it is that
//! opposition ("Israel's opposition Labour party": `ISROPP`).

use petrel_core::{ActorKind, ActorMention, Doc};

/// Re-codes each party mention that directly follows a mention of another state.
pub(crate) fn foreign_parties(doc: &Doc, mentions: &mut [ActorMention]) {
    for k in 1..mentions.len() {
        let (before, after) = mentions.split_at_mut(k);
        let (x, m) = (&before[k - 1], &mut after[0]);
        let party = m.kind == ActorKind::Organisation && m.sector.as_deref() == Some("PTY");
        let Some(state) = x
            .country
            .as_deref()
            .filter(|c| c.len() == 3 && petrel_ontology::is_state(c))
        else {
            continue;
        };
        let Some(own) = m.country.as_deref().filter(|c| *c != state && c.len() == 3) else {
            continue;
        };
        let (xe, ms) = (x.tok_end as usize, m.tok_start as usize);
        let next = xe == ms || (xe + 1 == ms && matches!(doc.word(xe), "'s" | "\u{2019}s"));
        if !(party && next && m.code.starts_with(own)) {
            continue;
        }
        let opposition = x.sector.as_deref() == Some("OPP");
        m.code = if opposition {
            format!("{state}OPP")
        } else {
            format!("{state}{}", &m.code[3..])
        };
        m.country = Some(state.to_string());
        if opposition {
            m.sector = Some("OPP".to_string());
        }
    }
}
