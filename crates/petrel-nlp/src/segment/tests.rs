use super::*;

fn toks(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    tokenize(text, 0, &mut out);
    out.iter().map(|s| s.slice(text).to_string()).collect()
}

fn sents(text: &str) -> Vec<String> {
    Segmenter::new()
        .split(text)
        .iter()
        .map(|(sp, _)| {
            sp.iter()
                .map(|s| s.slice(text))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn clitics_split_as_in_ud() {
    assert_eq!(
        toks("Moscow's troops don't and cannot, won't."),
        ["Moscow", "'s", "troops", "do", "n't", "and", "can", "not", ",", "wo", "n't", "."]
    );
    assert_eq!(
        toks("Kyiv’s army isn’t there"),
        ["Kyiv", "’s", "army", "is", "n’t", "there"]
    );
    assert_eq!(
        toks("the soldiers' families"),
        ["the", "soldiers", "'", "families"]
    );
    assert_eq!(toks("we're gonna go"), ["we", "'re", "gon", "na", "go"]);
}

#[test]
fn numbers_money_and_percent() {
    assert_eq!(
        toks("1,000.5 troops, 3.5% and $100."),
        ["1,000.5", "troops", ",", "3.5", "%", "and", "$", "100", "."]
    );
    assert_eq!(
        toks("on 12/6/2021 at 10:30"),
        ["on", "12/6/2021", "at", "10:30"]
    );
}

#[test]
fn hyphens_follow_ewt() {
    assert_eq!(toks("US-Russia talks"), ["US", "-", "Russia", "talks"]);
    assert_eq!(
        toks("anti-war non-stop COVID-19 e-mail"),
        ["anti-war", "non-stop", "COVID-19", "e-mail"]
    );
    assert_eq!(toks("and/or"), ["and", "/", "or"]);
}

#[test]
fn dashes_and_quotes() {
    assert_eq!(toks("war—and peace"), ["war", "—", "and", "peace"]);
    assert_eq!(
        toks("“He said ‘no’.”"),
        ["“", "He", "said", "‘", "no", "’", ".", "”"]
    );
    assert_eq!(toks("\"Stop--now\""), ["\"", "Stop", "--", "now", "\""]);
    assert_eq!(toks("wait... what"), ["wait", "...", "what"]);
}

#[test]
fn abbreviations_stay_whole() {
    assert_eq!(
        toks("U.S. Lt. Col. J. R. R. Smith of Acme Inc."),
        ["U.S.", "Lt.", "Col.", "J.", "R.", "R.", "Smith", "of", "Acme", "Inc."]
    );
    // A state after its town keeps its period; the same letters in lower case are a word.
    assert_eq!(
        toks("a clinic in Birmingham, Ala., and in Dallas, Tex."),
        [
            "a",
            "clinic",
            "in",
            "Birmingham",
            ",",
            "Ala.",
            ",",
            "and",
            "in",
            "Dallas",
            ",",
            "Tex."
        ]
    );
    assert_eq!(toks("He fell ill."), ["He", "fell", "ill", "."]);
}

#[test]
fn abbreviations_do_not_end_sentences() {
    let s = sents("Gen. Mark Milley met Mr. Smith on Dec. 6 in St. Petersburg. The U.S. Army said No. 5 was hit.");
    assert_eq!(s.len(), 2, "{s:?}");
    let s = sents("He lives in the U.S. The talks failed.");
    assert_eq!(s.len(), 2, "{s:?}");
    let s = sents("The U.S. Embassy said J. R. R. Tolkien wrote it.");
    assert_eq!(s.len(), 1, "{s:?}");
}

#[test]
fn quotes_close_sentences() {
    let s = sents("“We will not retreat,” he said. “Never.” Officials agreed.");
    assert_eq!(
        s,
        [
            "“ We will not retreat , ” he said .",
            "“ Never . ”",
            "Officials agreed ."
        ]
    );
    let s = sents("He said \"no.\" Then he left. \"Why?\" she asked.");
    assert_eq!(
        s,
        [
            "He said \" no . \"",
            "Then he left .",
            "\" Why ? \" she asked ."
        ]
    );
}

#[test]
fn datelines_and_lines() {
    let s = sents("MOSCOW (Reuters) - Russia massed troops. Kyiv protested.\nSecond paragraph without stop\nThird.");
    assert_eq!(s.len(), 4, "{s:?}");
    assert!(s[0].starts_with("MOSCOW ( Reuters ) - Russia"));
}

#[test]
fn offsets_point_into_the_text() {
    let text = "  Troops’ move\n“Moscow's” 1,000.";
    let mut d = Doc::new(Default::default(), text);
    Segmenter::new().process(&mut d).unwrap();
    assert_eq!(d.sentences.len(), 2);
    let words: Vec<&str> = (0..d.tokens.len()).map(|i| d.word(i)).collect();
    assert_eq!(
        words,
        ["Troops", "’", "move", "“", "Moscow", "'s", "”", "1,000", "."]
    );
    assert_eq!(d.sentence_text(1), "“Moscow's” 1,000.");
    assert_eq!(d.tokens[4].sentence, 1);
}

#[test]
fn boilerplate_lines() {
    for l in [
        "–",
        "Getty Images",
        "Reuters",
        "AFP via Getty Images",
        "Photo: Sergei Ilnitsky/EPA",
        "(Photo by John Doe/Getty Images)",
        "Image caption Troops at the border",
        "Sergei Karpukhin/TASS",
        "This set of photos, created on Dec. 6, 2021, shows Joe Biden and Vladimir Putin.",
        "Pictured: Russian tanks near the border",
        "File photo of the Kremlin",
        "* * *",
        "A soldier walks near Avdiivka, Ukraine, December 5, 2021. REUTERS/Oleksandr Klymenko",
        "By Andrew Osborn and Pavel Polityuk",
        "Updated 6 December 2021, 14:05 GMT",
        "Reporting by Tom Balmforth; Editing by Alex Richardson",
    ] {
        assert!(is_boilerplate_line(l), "{l}");
    }
    for l in [
        "Russia massed troops near the border, officials said.",
        "Biden warns Putin",
        "Putin met Biden.",
        "MOSCOW (Reuters) - Russia said on Monday it would respond.",
        "Ukraine crisis deepens",
    ] {
        assert!(!is_boilerplate_line(l), "{l}");
    }
    let text = "Putin spoke.\nGetty Images\nThis photo shows tanks. They roll.";
    let flags: Vec<bool> = Segmenter::new().split(text).iter().map(|x| x.1).collect();
    assert_eq!(flags, [false, true, true, true]);
}

#[test]
fn no_panic_on_odd_input() {
    for t in [
        "",
        "\n\n",
        "'",
        "''",
        "...",
        "—",
        "'s",
        "n't",
        "a.",
        ".",
        "$",
        "-",
        "--",
        "U.S.",
        "é’s",
        "\u{feff}x",
        "x\u{200b}y",
    ] {
        let _ = sents(t);
        let _ = toks(t);
    }
}

#[test]
fn odd_unicode_keeps_offsets_on_char_boundaries() {
    for t in [
        "İstanbul's CANNOT",
        "KANNOT gonna",
        "ſs's",
        "a\u{301}'s n’t",
        "“‘’”",
        "— – ―",
        "x-\u{2011}y",
    ] {
        for s in toks(t) {
            assert!(!s.is_empty());
        }
    }
}

#[test]
fn long_sentences_are_cut_at_clause_breaks() {
    use super::MAX_SENTENCE_TOKENS;
    let seg = Segmenter::new();
    // No punctuation at all: hard cuts at the limit.
    let words = vec!["word"; 1000].join(" ");
    let (s, cut) = seg.split_counting(&words);
    assert_eq!(cut, 1);
    assert!(s.iter().all(|(t, _)| t.len() <= MAX_SENTENCE_TOKENS));
    assert_eq!(
        s.iter().map(|(t, _)| t.len()).sum::<usize>(),
        1000,
        "no token lost"
    );
    // Clauses joined by semicolons and commas: cut after the last semicolon in reach.
    let clause = "the army shelled the town and the people fled to the hills";
    let text = vec![clause; 40].join("; ");
    let (s, _) = seg.split_counting(&text);
    assert!(s.len() > 1);
    for (t, _) in &s[..s.len() - 1] {
        assert_eq!(
            t.last().unwrap().slice(&text),
            ";",
            "pieces end at a clause break"
        );
    }
    // Only conjunctions: cut before one.
    let text = vec!["troops advanced slowly"; 120].join(" and ");
    let (s, _) = seg.split_counting(&text);
    assert!(s[1..].iter().all(|(t, _)| t[0].slice(&text) == "and"));
    // Ordinary sentences are untouched.
    let (s, cut) = seg.split_counting("Russia attacked Ukraine. Kyiv said so.");
    assert_eq!((s.len(), cut), (2, 0));
}

#[test]
fn a_feed_backslash_parts_words_and_sentences() {
    // AG News keeps its line breaks as backslashes.
    assert_eq!(
        toks("a second\\team of rocketeers"),
        ["a", "second", "team", "of", "rocketeers"]
    );
    assert_eq!(
        sents("Russia expects\\parliament to ratify it.\\Japan agrees."),
        ["Russia expects parliament to ratify it .", "Japan agrees ."]
    );
}
