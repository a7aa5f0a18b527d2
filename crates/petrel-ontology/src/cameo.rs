//! CAMEO event codes with names, Goldstein values, quad classes and PLOVER types.

use std::sync::OnceLock;

const TABLE: &str = include_str!("../data/cameo.tsv");

/// GDELT's four quad classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuadClass {
    /// Roots 01–05.
    VerbalCooperation = 1,
    /// Roots 06–08.
    MaterialCooperation = 2,
    /// Roots 09–13.
    VerbalConflict = 3,
    /// Roots 14–20.
    MaterialConflict = 4,
}

impl QuadClass {
    /// The quad class of a root number 1–20.
    pub fn of_root(root: u8) -> QuadClass {
        match root {
            0..=5 => QuadClass::VerbalCooperation,
            6..=8 => QuadClass::MaterialCooperation,
            9..=13 => QuadClass::VerbalConflict,
            _ => QuadClass::MaterialConflict,
        }
    }
    /// GDELT's number, 1–4.
    pub fn number(self) -> u8 {
        self as u8
    }
}

/// One CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    /// The code, e.g. `"1312"`.
    pub code: &'static str,
    /// The name, e.g. `"Threaten to impose economic sanctions"`.
    pub name: &'static str,
    /// Goldstein conflict–cooperation value, −10 to +10.
    pub goldstein: f32,
    /// PLOVER 2.0 event type; `None` for statements (root 01), which PLOVER does not code.
    pub plover: Option<&'static str>,
    /// PLOVER mode from the conversion table, if any.
    pub plover_mode: Option<&'static str>,
}

impl CameoCode {
    /// The two-digit root, e.g. `"13"`.
    pub fn root(&self) -> &'static str {
        &self.code[..2]
    }
    /// The three-digit base code (the code itself for roots and base codes).
    pub fn base(&self) -> &'static str {
        &self.code[..self.code.len().min(3)]
    }
    /// 2 for a root, 3 for a base code, 4 for a detailed code.
    pub fn level(&self) -> usize {
        self.code.len()
    }
    /// GDELT quad class.
    pub fn quad_class(&self) -> QuadClass {
        QuadClass::of_root(self.root().parse().unwrap_or(1))
    }
}

fn parse_table() -> Vec<CameoCode> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&'static str> = l.split('\t').collect();
            let nonempty = |s: &'static str| (!s.is_empty()).then_some(s);
            Some(CameoCode {
                code: f.first()?,
                name: f.get(2)?,
                goldstein: f.get(3)?.parse().ok()?,
                plover: f.get(4).copied().and_then(nonempty),
                plover_mode: f.get(5).copied().and_then(nonempty),
            })
        })
        .collect()
}

/// Every CAMEO code in code order (roots, base and detailed codes).
pub fn codes() -> &'static [CameoCode] {
    static CODES: OnceLock<Vec<CameoCode>> = OnceLock::new();
    CODES.get_or_init(parse_table)
}

/// Looks up a code such as `"190"`; `None` when it is not a CAMEO code.
pub fn lookup(code: &str) -> Option<&'static CameoCode> {
    let all = codes();
    all.binary_search_by(|c| c.code.cmp(code))
        .ok()
        .map(|i| &all[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_every_root_and_known_values() {
        assert!(codes().len() >= 310, "{}", codes().len());
        for r in 1..=20 {
            assert!(lookup(&format!("{r:02}")).is_some(), "root {r:02}");
        }
        let c = lookup("1312").unwrap();
        assert_eq!(c.root(), "13");
        assert_eq!(c.base(), "131");
        assert_eq!(c.plover, Some("THREATEN"));
        assert_eq!(c.quad_class(), QuadClass::VerbalConflict);
        assert_eq!(lookup("190").unwrap().goldstein, -10.0);
        assert_eq!(lookup("042").unwrap().plover_mode, Some("visit"));
        assert_eq!(lookup("010").unwrap().plover, None);
        assert_eq!(lookup("163").unwrap().plover, Some("SANCTION"));
        assert!(lookup("999").is_none());
    }

    #[test]
    fn codes_are_sorted_for_binary_search() {
        assert!(codes().windows(2).all(|w| w[0].code < w[1].code));
    }
}
