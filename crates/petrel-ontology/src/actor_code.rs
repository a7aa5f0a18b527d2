//! CAMEO actor codes: a three-letter country or IGO part, then three-letter sector parts.

/// CAMEO sector (agent) codes with their names.
pub const SECTORS: &[(&str, &str)] = &[
    ("GOV", "government"),
    ("MIL", "military"),
    ("REB", "rebels"),
    ("OPP", "political opposition"),
    ("COP", "police"),
    ("JUD", "judiciary"),
    ("LEG", "legislature"),
    ("BUS", "business"),
    ("MED", "media"),
    ("NGO", "non-governmental organisation"),
    ("IGO", "inter-governmental organisation"),
    ("CVL", "civilians"),
    ("EDU", "education"),
    ("REL", "religious"),
    ("REF", "refugees"),
    ("SPY", "intelligence"),
    ("LAB", "labour"),
    ("HLH", "health"),
    ("AGR", "agriculture"),
    ("ELI", "elites"),
    ("CRM", "criminals"),
    ("PTY", "political party"),
    ("UAF", "unaffiliated armed forces"),
    ("INS", "insurgents"),
    ("SEP", "separatists"),
    ("MOD", "moderate"),
    ("RAD", "radical"),
    ("HRI", "human rights"),
    ("ENV", "environment"),
    ("DEV", "development"),
    ("IMG", "immigrants"),
    ("NGM", "non-governmental movement"),
];

/// Regional and multinational country-part codes that are not ISO countries.
pub const REGIONS: &[(&str, &str)] = &[
    ("EUR", "Europe"),
    ("AFR", "Africa"),
    ("MEA", "Middle East"),
    ("ASA", "Asia"),
    ("WST", "the West"),
    ("NAF", "North Africa"),
    ("SAF", "Southern Africa"),
    ("WAF", "West Africa"),
    ("EAF", "East Africa"),
    ("CAF", "Central Africa"),
    ("SAM", "South America"),
    ("LAM", "Latin America"),
    ("CAS", "Central Asia"),
    ("SEA", "Southeast Asia"),
    ("BLK", "Balkans"),
    ("IGO", "inter-governmental organisation"),
    ("NGO", "non-governmental organisation"),
    ("MNC", "multinational corporation"),
];

/// A CAMEO actor code split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorCode<'a> {
    /// The country, region or IGO part (first three letters).
    pub country: &'a str,
    /// Sector parts in order, e.g. `["GOV"]` for `USAGOV`.
    pub sectors: Vec<&'a str>,
}

impl<'a> ActorCode<'a> {
    /// Splits a code into three-letter parts; `None` unless it is ASCII letters with a length
    /// that is a multiple of three.
    pub fn parse(code: &'a str) -> Option<ActorCode<'a>> {
        if code.len() < 3
            || !code.len().is_multiple_of(3)
            || !code.bytes().all(|b| b.is_ascii_alphabetic())
        {
            return None;
        }
        let sectors = (3..code.len())
            .step_by(3)
            .map(|i| &code[i..i + 3])
            .collect();
        Some(ActorCode {
            country: &code[..3],
            sectors,
        })
    }
    /// The first sector part, if any.
    pub fn sector(&self) -> Option<&'a str> {
        self.sectors.first().copied()
    }
}

/// Whether a three-letter country part names a state: not a sector ("REB"), a region ("AFR")
/// or an organisation class ("IGO", "NGO").
pub fn is_state(country: &str) -> bool {
    country.len() == 3
        && sector_name(country).is_none()
        && !REGIONS.iter().any(|(r, _)| *r == country)
}

/// The name of a sector code, if it is one.
pub fn sector_name(code: &str) -> Option<&'static str> {
    // Called for every part of every code: compare three-byte codes as numbers.
    let key = code_key(code)?;
    let at = SECTOR_KEYS.iter().position(|&k| k == key)?;
    SECTORS.get(at).map(|(_, n)| *n)
}

/// A three-byte code as a number (`None` for any other length).
const fn code_key(code: &str) -> Option<u32> {
    match code.as_bytes() {
        &[a, b, c] => Some((a as u32) << 16 | (b as u32) << 8 | c as u32),
        _ => None,
    }
}

/// [`code_key`] of each of [`SECTORS`], in the same order.
const SECTOR_KEYS: [u32; SECTORS.len()] = {
    let mut out = [0u32; SECTORS.len()];
    let mut i = 0;
    while i < SECTORS.len() {
        out[i] = match code_key(SECTORS[i].0) {
            Some(k) => k,
            None => panic!("sector codes have three letters"),
        };
        i += 1;
    }
    out
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_country_and_sectors() {
        let a = ActorCode::parse("USAGOV").unwrap();
        assert_eq!(a.country, "USA");
        assert_eq!(a.sector(), Some("GOV"));
        let b = ActorCode::parse("UKRREBSEP").unwrap();
        assert_eq!(b.sectors, vec!["REB", "SEP"]);
        assert!(ActorCode::parse("US").is_none());
        assert!(ActorCode::parse("USAG").is_none());
        assert_eq!(sector_name("MIL"), Some("military"));
        assert_eq!(sector_name("NGM"), Some("non-governmental movement"));
        assert_eq!(sector_name("USA"), None);
        assert_eq!(sector_name("GOVX"), None);
        assert_eq!(sector_name(""), None);
    }
}
