//! The dictionaries compiled into the library (see `data/README.md`), in load order: later
//! files win when two define the same name, so specific entries come last.

/// `(file name, contents)` of each embedded dictionary, in load order.
pub const FILES: &[(&str, &str)] = &[
    ("cities.txt", include_str!("../data/cities.txt")),
    ("subdivisions.txt", include_str!("../data/subdivisions.txt")),
    (
        "leaders_reign.txt",
        include_str!("../data/leaders_reign.txt"),
    ),
    (
        "ministers_west.txt",
        include_str!("../data/ministers_west.txt"),
    ),
    (
        "ministers_rest.txt",
        include_str!("../data/ministers_rest.txt"),
    ),
    ("officials.txt", include_str!("../data/officials.txt")),
    (
        "leaders_americas.txt",
        include_str!("../data/leaders_americas.txt"),
    ),
    (
        "leaders_europe.txt",
        include_str!("../data/leaders_europe.txt"),
    ),
    (
        "leaders_mideast.txt",
        include_str!("../data/leaders_mideast.txt"),
    ),
    ("leaders_asia.txt", include_str!("../data/leaders_asia.txt")),
    (
        "leaders_africa.txt",
        include_str!("../data/leaders_africa.txt"),
    ),
    ("leaders_igo.txt", include_str!("../data/leaders_igo.txt")),
    ("agents.txt", include_str!("../data/agents.txt")),
    ("countries.txt", include_str!("../data/countries.txt")),
    ("capitals.txt", include_str!("../data/capitals.txt")),
    (
        "country_words.txt",
        include_str!("../data/country_words.txt"),
    ),
    ("metonyms.txt", include_str!("../data/metonyms.txt")),
    ("regions.txt", include_str!("../data/regions.txt")),
    ("igos.txt", include_str!("../data/igos.txt")),
    ("ngos_media.txt", include_str!("../data/ngos_media.txt")),
    ("parties.txt", include_str!("../data/parties.txt")),
    ("armed_groups.txt", include_str!("../data/armed_groups.txt")),
];

/// Common English words (lower case, one per line): such a word alone never matches a name
/// unless capitalised, and the misspelling fallback never touches it.
pub const COMMON_WORDS: &str = include_str!("../data/common_words.txt");
