//! CAMEO's rules for intentions and threats: a future cooperative act is an expressed intent
//! (03), and a future or conditional hostile act by the speaker is a threat (13).

/// The "express intent" code for a cooperative code of roots 05–08 ("will provide aid" → 033).
pub fn intent_code(code: &str) -> Option<&'static str> {
    let c = match code {
        c if c.starts_with("061") => "0311",
        c if c.starts_with("062") => "0312",
        c if c.starts_with("063") => "0313",
        c if c.starts_with("064") => "0314",
        c if c.starts_with("06") => "031",
        c if c.starts_with("071") => "0331",
        c if c.starts_with("072") => "0332",
        c if c.starts_with("073") => "0333",
        c if c.starts_with("074") => "0334",
        c if c.starts_with("07") => "033",
        c if c.starts_with("081") => "0351",
        c if c.starts_with("0831") => "0341",
        c if c.starts_with("084") => "0353",
        c if c.starts_with("085") => "0354",
        c if c.starts_with("086") => "0355",
        c if c.starts_with("087") => "0356",
        c if c.starts_with("08") => "035",
        c if c.starts_with("057") => "030",
        c if c.starts_with("05") => "032",
        _ => return None,
    };
    Some(c)
}

/// The threat code for a hostile code of roots 16–20 ("will impose sanctions" → 1312).
pub fn threat_code(code: &str) -> Option<&'static str> {
    let c = match code {
        c if c.starts_with("161") => "1313",
        c if c.starts_with("162") => "1311",
        c if c.starts_with("163") => "1312",
        c if c.starts_with("164") || c.starts_with("165") => "134",
        c if c.starts_with("166") => "136",
        c if c.starts_with("16") => "131",
        c if c.starts_with("172") => "132",
        c if c.starts_with("173") || c.starts_with("175") => "137",
        c if c.starts_with("174") => "136",
        c if c.starts_with("17") => "130",
        c if c.starts_with("191") => "1381",
        c if c.starts_with("192") => "1382",
        c if c.starts_with("204") => "1384",
        c if c.starts_with("18") || c.starts_with("19") || c.starts_with("20") => "138",
        _ => return None,
    };
    Some(c)
}

/// The demand code for an event someone "must" do ("must release the prisoners" → 1052).
pub fn demand_code(code: &str) -> Option<&'static str> {
    let c = match code {
        c if c.starts_with("0841") => "1052",
        c if c.starts_with("085") => "1054",
        c if c.starts_with("087") => "1056",
        c if c.starts_with("08") => "105",
        c if c.starts_with("057") => "107",
        c if c.starts_with("05") => "102",
        c if c.starts_with("04") => "106",
        c if c.starts_with("06") => "101",
        c if c.starts_with("07") => "103",
        c if c.starts_with("03") => "100",
        _ => return None,
    };
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_to_existing_codes() {
        for c in petrel_ontology::codes() {
            for r in [intent_code(c.code), threat_code(c.code), demand_code(c.code)].into_iter().flatten() {
                assert!(petrel_ontology::lookup(r).is_some(), "{} -> {r}", c.code);
            }
        }
        assert_eq!(intent_code("0841"), Some("0353"));
        assert_eq!(threat_code("163"), Some("1312"));
        assert_eq!(threat_code("190"), Some("138"));
        assert_eq!(intent_code("190"), None);
    }
}
