//! The whole pipeline survives odd text: nothing panics, spans stay inside the text, and every
//! event points at a real sentence.

use stormpetrel::{Doc, DocMeta};

fn odd_texts() -> Vec<String> {
    let mut v: Vec<String> = [
        "",
        " ",
        "\n\n\n",
        "“",
        "”” “ « » '' ``",
        "...",
        "– – –",
        "Getty Images",
        "U.S.-",
        "Russia's's's",
        "не знаю, что сказать. 我们不知道。 لا نعرف",
        "\u{0}\u{1}\u{7f} control \u{200b} zero-width",
        "He said: “We will attack if they attack, unless they don't — or won't.” He added: “",
        "Attack attack attack attack attack.",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.push("x".repeat(20_000));
    v.push("Russia attacked Ukraine and ".repeat(400));
    v.push(
        (0..3000)
            .map(|i| if i % 7 == 0 { "Iran " } else { "sanctions " })
            .collect(),
    );
    v
}

#[test]
fn odd_inputs_do_not_panic_and_spans_are_valid() {
    let res = stormpetrel::Resources::embedded().unwrap();
    let pipeline = stormpetrel::pipeline(&res).unwrap();
    for text in odd_texts() {
        let mut doc = Doc::new(
            DocMeta {
                id: "odd".into(),
                ..Default::default()
            },
            text.clone(),
        );
        pipeline.run(&mut doc).unwrap();
        for t in &doc.tokens {
            assert!(
                t.span.end as usize <= doc.text.len()
                    && text
                        .get(t.span.start as usize..t.span.end as usize)
                        .is_some()
            );
        }
        for e in &doc.events {
            assert!(e.sentence < doc.sentences.len());
            assert!(e.evidence.trigger.end as usize <= doc.text.len());
        }
    }
}
