//! The annotation layers a [`crate::Doc`] can carry, as a small bit set.

use std::fmt;

/// A set of annotation layers; stages declare which they require and which they provide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Layers(u16);

impl Layers {
    /// No layer.
    pub const NONE: Layers = Layers(0);
    /// Raw text and metadata.
    pub const TEXT: Layers = Layers(1);
    /// Caption/credit lines marked as boilerplate.
    pub const CLEAN: Layers = Layers(1 << 1);
    /// Sentence boundaries.
    pub const SENTENCES: Layers = Layers(1 << 2);
    /// Tokens with byte offsets.
    pub const TOKENS: Layers = Layers(1 << 3);
    /// Part-of-speech tags.
    pub const TAGS: Layers = Layers(1 << 4);
    /// Lemmas.
    pub const LEMMAS: Layers = Layers(1 << 5);
    /// Dependency heads and relations.
    pub const PARSE: Layers = Layers(1 << 6);
    /// Actor mentions.
    pub const ACTORS: Layers = Layers(1 << 7);
    /// Coded events.
    pub const EVENTS: Layers = Layers(1 << 8);
    /// Event dates.
    pub const DATES: Layers = Layers(1 << 9);
    /// Event locations.
    pub const PLACES: Layers = Layers(1 << 10);

    const NAMES: [&'static str; 11] = [
        "text",
        "clean",
        "sentences",
        "tokens",
        "tags",
        "lemmas",
        "parse",
        "actors",
        "events",
        "dates",
        "places",
    ];

    /// Union of two sets.
    pub const fn union(self, o: Layers) -> Layers {
        Layers(self.0 | o.0)
    }
    /// True when every layer of `o` is in `self`.
    pub const fn contains(self, o: Layers) -> bool {
        self.0 & o.0 == o.0
    }
    /// Layers of `self` missing from `have`.
    pub const fn missing_from(self, have: Layers) -> Layers {
        Layers(self.0 & !have.0)
    }
    /// True when the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// Names of the layers in the set.
    pub fn names(self) -> Vec<&'static str> {
        (0..Self::NAMES.len())
            .filter(|i| self.0 & (1 << i) != 0)
            .map(|i| Self::NAMES[i])
            .collect()
    }
}

impl std::ops::BitOr for Layers {
    type Output = Layers;
    fn bitor(self, o: Layers) -> Layers {
        self.union(o)
    }
}

impl fmt::Display for Layers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.names().join("+"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_layers_are_named() {
        let need = Layers::TOKENS | Layers::PARSE;
        let have = Layers::TEXT | Layers::TOKENS;
        assert_eq!(need.missing_from(have).names(), vec!["parse"]);
        assert!(!have.contains(need));
    }
}
