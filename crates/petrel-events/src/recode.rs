//! CAMEO's rules for intentions, threats, demands and refusals: a future cooperative act is an
//! expressed intent (03), a future or conditional hostile act is a threat (13), what someone
//! "must" do is a demand (10), and a cooperative act someone says it will not do is a rejection
//! (12). Each table maps a code prefix to the new code; the first match wins.

/// Cooperative codes of roots 05–08 → "express intent" ("will provide aid" → 033).
const INTENT: &[(&str, &str)] = &[
    ("061", "0311"),
    ("062", "0312"),
    ("063", "0313"),
    ("064", "0314"),
    ("06", "031"),
    ("071", "0331"),
    ("072", "0332"),
    ("073", "0333"),
    ("074", "0334"),
    ("07", "033"),
    ("081", "0351"),
    ("082", "0352"),
    ("0831", "0341"),
    ("0832", "0342"),
    ("0833", "0343"),
    ("0834", "0344"),
    ("083", "034"),
    ("084", "0353"),
    ("085", "0354"),
    ("086", "0355"),
    ("087", "0356"),
    ("08", "035"),
    ("057", "030"),
    ("05", "032"),
    ("04", "036"),
];

/// Hostile codes of roots 16–20 → threats ("will impose sanctions" → 1312).
const THREAT: &[(&str, &str)] = &[
    ("161", "1313"),
    ("162", "1311"),
    ("163", "1312"),
    ("164", "134"),
    ("165", "134"),
    ("166", "136"),
    ("16", "131"),
    ("172", "132"),
    ("173", "137"),
    ("175", "137"),
    ("174", "136"),
    ("17", "130"),
    ("191", "1381"),
    ("192", "1382"),
    ("204", "1384"),
    ("18", "138"),
    ("19", "138"),
    ("20", "138"),
];

/// Codes someone is obliged to carry out → demands ("must release the prisoners" → 1053).
const DEMAND: &[(&str, &str)] = &[
    ("081", "1051"),
    ("082", "1052"),
    ("0831", "1041"),
    ("0832", "1042"),
    ("0833", "1043"),
    ("0834", "1044"),
    ("083", "104"),
    ("084", "1053"),
    ("085", "1054"),
    ("086", "1055"),
    ("0871", "107"),
    ("0874", "106"),
    ("087", "1056"),
    ("08", "100"),
    ("05", "102"),
    ("04", "108"),
    ("061", "1011"),
    ("062", "1012"),
    ("063", "1013"),
    ("064", "1014"),
    ("071", "1031"),
    ("072", "1032"),
    ("073", "1033"),
    ("074", "1034"),
    ("07", "103"),
    ("06", "100"),
    ("03", "100"),
];

/// Cooperative codes an actor says it will not carry out → rejections ("will not sign the
/// treaty" → 127, "would not release the prisoners" → 1243).
const REFUSAL: &[(&str, &str)] = &[
    ("031", "121"),
    ("034", "124"),
    ("0351", "1241"),
    ("0353", "1243"),
    ("0354", "1244"),
    ("0355", "1245"),
    ("0356", "1246"),
    ("035", "124"),
    ("036", "125"),
    ("03", "120"),
    ("04", "125"),
    ("057", "127"),
    ("05", "120"),
    ("06", "121"),
    ("081", "1241"),
    ("084", "1243"),
    ("085", "1244"),
    ("086", "1245"),
    ("087", "1246"),
    ("08", "124"),
];

fn first_match(table: &[(&str, &'static str)], code: &str) -> Option<&'static str> {
    table
        .iter()
        .find(|(prefix, _)| code.starts_with(prefix))
        .map(|(_, c)| *c)
}

/// The "express intent" code for a cooperative code, if it has one.
pub fn intent_code(code: &str) -> Option<&'static str> {
    first_match(INTENT, code)
}

/// The threat code for a hostile code, if it has one.
pub fn threat_code(code: &str) -> Option<&'static str> {
    first_match(THREAT, code)
}

/// The demand code for an obliged act, if it has one.
pub fn demand_code(code: &str) -> Option<&'static str> {
    first_match(DEMAND, code)
}

/// The appeal code for an act someone says another should do: the demand code's parallel
/// under root 02 ("should back" is 022 where "must back" is 102), if it has one.
pub fn appeal_code(code: &str) -> Option<&'static str> {
    let demand = demand_code(code)?;
    let parallel = format!("02{}", &demand[2..]);
    Some(petrel_ontology::lookup(&parallel).map_or("020", |c| c.code))
}

/// The rejection code for a cooperative act an actor says it will not do, if it has one.
pub fn refusal_code(code: &str) -> Option<&'static str> {
    first_match(REFUSAL, code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_to_existing_codes() {
        for c in petrel_ontology::codes() {
            for r in [
                intent_code(c.code),
                threat_code(c.code),
                demand_code(c.code),
                appeal_code(c.code),
                refusal_code(c.code),
            ]
            .into_iter()
            .flatten()
            {
                assert!(petrel_ontology::lookup(r).is_some(), "{} -> {r}", c.code);
            }
        }
        assert_eq!(intent_code("0841"), Some("0353"));
        assert_eq!(threat_code("163"), Some("1312"));
        assert_eq!(demand_code("051"), Some("102"));
        assert_eq!(appeal_code("051"), Some("022"));
        assert_eq!(threat_code("190"), Some("138"));
        assert_eq!(demand_code("0841"), Some("1053"));
        assert_eq!(demand_code("0874"), Some("106"));
        assert_eq!(refusal_code("057"), Some("127"));
        assert_eq!(refusal_code("0841"), Some("1243"));
        assert_eq!(refusal_code("190"), None);
        assert_eq!(demand_code("040"), Some("108"));
        assert_eq!(intent_code("190"), None);
    }
}
