//! Headlines drop articles and auxiliaries, and their `-s` verbs look like plural nouns
//! ("Chadian army kills 12 rebels"): the verb is restored when the sentence has no other.

mod common;

fn coded(text: &str) -> Vec<(String, String, Option<String>)> {
    common::run(text, Some("2024-01-15"))
        .events
        .iter()
        .map(|e| {
            (
                e.code.clone(),
                e.evidence.text.clone(),
                e.source.as_ref().map(|a| a.code.clone()),
            )
        })
        .collect()
}

#[test]
fn a_headline_verb_read_as_a_noun_is_a_verb() {
    let r = coded("Chadian army kills 12 rebels in Lake Chad region");
    assert_eq!(
        r,
        [(
            "190".to_string(),
            "kills".to_string(),
            Some("TCDMIL".to_string())
        )]
    );
    let doc = common::run("Chadian army kills 12 rebels in Lake Chad region", None);
    let kills = doc
        .tokens
        .iter()
        .position(|t| t.span.slice(&doc.text) == "kills")
        .unwrap();
    assert_eq!(doc.xpos(kills), "VBZ");
}

#[test]
fn a_plural_noun_stays_a_noun_where_the_sentence_has_a_verb() {
    // "strikes" is the subject here; "hit" is the verb.
    let doc = common::run("Israeli strikes hit the Gaza Strip overnight.", None);
    let strikes = doc
        .tokens
        .iter()
        .position(|t| t.span.slice(&doc.text) == "strikes")
        .unwrap();
    assert_eq!(doc.xpos(strikes), "NNS");
    // A noun whose lemma is no verb of the rules is left alone.
    let doc = common::run("Record Christmas toy sales this year in Britain", None);
    let sales = doc
        .tokens
        .iter()
        .position(|t| t.span.slice(&doc.text) == "sales")
        .unwrap();
    assert_eq!(doc.xpos(sales), "NNS");
}
