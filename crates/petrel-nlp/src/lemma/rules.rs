//! Suffix rules for regular inflection: plural nouns, verb forms and comparatives.

fn is_vowel(w: &[u8], i: usize) -> bool {
    match w.get(i) {
        Some(b'a' | b'e' | b'i' | b'o') => true,
        Some(b'u') => i == 0 || w[i - 1] != b'q',
        _ => false,
    }
}

fn is_consonant(w: &[u8], i: usize) -> bool {
    w.get(i).is_some_and(|c| c.is_ascii_alphabetic()) && !is_vowel(w, i)
}

/// Stems ending in `or` that take a final `e` (`ignored` → `ignore`).
const OR_E: &[&str] = &[
    "ignor", "restor", "explor", "deplor", "implor", "ador", "scor", "stor", "snor", "bor", "chor",
    "shor", "swor",
];

/// True when a stem left after removing `-ed`, `-ing`, `-er` or `-est` needs its final `e` back.
fn needs_e(stem: &str) -> bool {
    let w = stem.as_bytes();
    let n = w.len();
    if n < 2 {
        return false;
    }
    let (c1, c2) = (w[n - 1], w[n - 2]);
    // Single vowel before the last consonant, itself preceded by a consonant: "nam", "decid".
    let single_vowel =
        |v: &[u8]| v.contains(&c2) && is_vowel(w, n - 2) && (n < 3 || is_consonant(w, n - 3));
    match c1 {
        b'v' => true,
        b'z' => c2 != b'z',
        b'c' => c2 != b'c',
        b's' => c2 != b's' && !stem.ends_with("ous"),
        b'g' => {
            if c2 == b'n' {
                (stem.ends_with("ang") && n > 4)
                    || stem.ends_with("eng")
                    || (stem.ends_with("ung") && !stem.ends_with("oung"))
            } else {
                matches!(c2, b'r' | b'l' | b'd' | b'a' | b'e' | b'i' | b'u')
            }
        }
        b't' => {
            (stem.ends_with("at")
                && !stem.ends_with("eat")
                && !stem.ends_with("oat")
                && !stem.ends_with("aat"))
                || (stem.ends_with("ut") && !stem.ends_with("out"))
                || single_vowel(b"o")
        }
        b'd' => single_vowel(b"aiou"),
        b'r' => {
            single_vowel(b"aiu")
                || OR_E
                    .iter()
                    .any(|s| stem.ends_with(s) && (stem.len() == s.len() || s.len() > 3))
        }
        b'l' => {
            matches!(
                c2,
                b'b' | b'c' | b'd' | b'f' | b'g' | b'k' | b'p' | b's' | b't' | b'z'
            ) || single_vowel(b"aiou")
        }
        b'm' | b'b' => single_vowel(b"aiou"),
        b'n' => single_vowel(b"iu"),
        b'p' => single_vowel(b"aiy") || (c2 == b'y'),
        b'k' => single_vowel(b"aiou"),
        _ => false,
    }
}

/// Undoes consonant doubling ("stopp" → "stop") or restores a final `e` ("decid" → "decide",
/// "issu" → "issue").
pub fn restore(stem: &str) -> String {
    let w = stem.as_bytes();
    let n = w.len();
    if n >= 3 && w[n - 1] == w[n - 2] && b"bdgkmnprtv".contains(&w[n - 1]) {
        return stem[..n - 1].to_string();
    }
    // "issu" → "issue", "pursu" → "pursue", "argu" → "argue": English verbs do not end in -u;
    // nor in -cr, -tr, -br, -gr: "massacr" → "massacre", "centr" → "centre".
    if needs_e(stem)
        || (n >= 2 && w[n - 1] == b'u')
        || (n >= 3 && w[n - 1] == b'r' && b"bcgt".contains(&w[n - 2]))
    {
        return format!("{stem}e");
    }
    stem.to_string()
}

/// Lemma of a regular past tense or participle (lower-cased input).
pub fn past(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ied") {
        if !stem.is_empty() {
            return if stem.len() == 1 {
                format!("{stem}ie")
            } else {
                format!("{stem}y")
            };
        }
    }
    if let Some(stem) = w.strip_suffix("ed") {
        if stem.len() >= 2 && stem.bytes().any(|c| b"aeiouy".contains(&c)) {
            if stem.ends_with('e') {
                return format!("{stem}e");
            }
            return restore(stem);
        }
    }
    w.to_string()
}

/// Lemma of a gerund or present participle (lower-cased input).
pub fn gerund(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ing") {
        if stem.len() >= 2 && stem.bytes().any(|c| b"aeiouy".contains(&c)) {
            if stem.ends_with('e') {
                return stem.to_string();
            }
            return restore(stem);
        }
    }
    w.to_string()
}

/// Lemma of a third-person singular present verb (lower-cased input).
pub fn third_person(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ies") {
        if !stem.is_empty() {
            return if stem.len() == 1 {
                format!("{stem}ie")
            } else {
                format!("{stem}y")
            };
        }
    }
    for es in ["sses", "shes", "ches", "xes", "zzes", "oes"] {
        if w.ends_with(es) && w.len() > es.len() {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.len() > 2
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// Singular of a regular plural; keeps the case of `w` (for NNPS).
pub fn singular(w: &str) -> String {
    let lower = w.to_ascii_lowercase();
    let cut = |k: usize| w[..w.len() - k].to_string();
    if lower.len() > 4 && lower.ends_with("ies") && !lower.ends_with("eies") {
        return format!("{}{}", cut(3), if w.ends_with("IES") { "Y" } else { "y" });
    }
    if lower.ends_with("aches") {
        return cut(1);
    }
    for es in ["sses", "shes", "ches", "xes", "zzes"] {
        if lower.ends_with(es) && lower.len() > es.len() {
            return cut(2);
        }
    }
    if lower.len() > 2
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && !lower.ends_with("'s")
    {
        return cut(1);
    }
    w.to_string()
}

/// Positive form of a regular comparative or superlative (lower-cased input).
pub fn positive(w: &str) -> String {
    for (suffix, y) in [("iest", "y"), ("ier", "y")] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.len() >= 2 {
                return format!("{stem}{y}");
            }
        }
    }
    for suffix in ["est", "er"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.len() >= 2 && stem.bytes().any(|c| b"aeiouy".contains(&c)) {
                return restore(stem);
            }
        }
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_verbs() {
        for (form, lemma) in [
            ("attacked", "attack"),
            ("issued", "issue"),
            ("pursued", "pursue"),
            ("argued", "argue"),
            ("continued", "continue"),
            ("rescued", "rescue"),
            ("sued", "sue"),
            ("massed", "mass"),
            ("stopped", "stop"),
            ("decided", "decide"),
            ("used", "use"),
            ("moved", "move"),
            ("tried", "try"),
            ("died", "die"),
            ("agreed", "agree"),
            ("called", "call"),
            ("declared", "declare"),
            ("required", "require"),
            ("changed", "change"),
            ("charged", "charge"),
            ("settled", "settle"),
            ("ruled", "rule"),
            ("named", "name"),
            ("claimed", "claim"),
            ("combined", "combine"),
            ("escaped", "escape"),
            ("liked", "like"),
            ("described", "describe"),
            ("stated", "state"),
            ("treated", "treat"),
            ("voted", "vote"),
            ("executed", "execute"),
            ("visited", "visit"),
            ("occurred", "occur"),
            ("included", "include"),
            ("forced", "force"),
            ("organized", "organize"),
            ("entered", "enter"),
            ("played", "play"),
            ("reached", "reach"),
            ("developed", "develop"),
            ("secured", "secure"),
            ("poured", "pour"),
            ("ignored", "ignore"),
            ("engaged", "engage"),
            ("belonged", "belong"),
            ("released", "release"),
            ("opposed", "oppose"),
            ("collapsed", "collapse"),
        ] {
            assert_eq!(past(form), lemma, "{form}");
        }
        for (form, lemma) in [
            ("massing", "mass"),
            ("running", "run"),
            ("making", "make"),
            ("attacking", "attack"),
            ("using", "use"),
            ("having", "have"),
            ("coming", "come"),
            ("seeing", "see"),
            ("bombing", "bomb"),
        ] {
            assert_eq!(gerund(form), lemma, "{form}");
        }
        for (form, lemma) in [
            ("attacks", "attack"),
            ("masses", "mass"),
            ("watches", "watch"),
            ("tries", "try"),
            ("uses", "use"),
            ("seizes", "seize"),
            ("lies", "lie"),
        ] {
            assert_eq!(third_person(form), lemma, "{form}");
        }
    }

    #[test]
    fn plurals_and_degrees() {
        for (form, lemma) in [
            ("troops", "troop"),
            ("forces", "force"),
            ("countries", "country"),
            ("churches", "church"),
            ("houses", "house"),
            ("Americans", "American"),
            ("headaches", "headache"),
            ("boss", "boss"),
        ] {
            assert_eq!(singular(form), lemma, "{form}");
        }
        for (form, lemma) in [
            ("bigger", "big"),
            ("larger", "large"),
            ("happier", "happy"),
            ("latest", "late"),
            ("strongest", "strong"),
            ("greater", "great"),
        ] {
            assert_eq!(positive(form), lemma, "{form}");
        }
    }
}
