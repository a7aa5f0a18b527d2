//! Builds parsed documents by hand for coder tests: one token per line,
//! `FORM LEMMA UPOS HEAD DEPREL [ACTORCODE]` (HEAD is 1-based, 0 for the root).

use petrel_core::{
    ActorKind, ActorMention, Deprel, Doc, DocMeta, Layers, Sentence, Span, Token, Upos,
};

pub fn parsed(rows: &str) -> Doc {
    let mut doc = Doc::new(
        DocMeta {
            id: "t".into(),
            ..Default::default()
        },
        "",
    );
    let mut text = String::new();
    let mut toks = Vec::new();
    for row in rows.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let f: Vec<&str> = row.split_whitespace().collect();
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(f[0]);
        toks.push((
            Span::new(start, text.len()),
            f[1].to_string(),
            f[2],
            f[3].parse::<u32>().unwrap(),
            f[4],
            f.get(5).map(|s| s.to_string()),
        ));
    }
    doc.text = text;
    for (i, (span, lemma, upos, head, rel, code)) in toks.into_iter().enumerate() {
        let mut t = Token::new(span, 0);
        t.upos = Upos::parse(upos).unwrap();
        t.head = if head == 0 { u32::MAX } else { head - 1 };
        t.deprel = Deprel::parse(rel);
        doc.tokens.push(t);
        doc.set_lemma(i, &lemma);
        if let Some(code) = code {
            doc.mentions.push(ActorMention {
                span,
                tok_start: i as u32,
                tok_end: i as u32 + 1,
                head: i as u32,
                country: Some(code[..3].to_string()),
                sector: (code.len() > 3).then(|| code[3..6].to_string()),
                code,
                kind: ActorKind::Country,
                entry: "test".into(),
            });
        }
    }
    let n = doc.tokens.len();
    doc.sentences.push(Sentence {
        span: Span::new(0, doc.text.len()),
        tok_start: 0,
        tok_end: n as u32,
        boilerplate: false,
        unparsed: false,
    });
    doc.layers = Layers::TEXT
        | Layers::SENTENCES
        | Layers::TOKENS
        | Layers::TAGS
        | Layers::LEMMAS
        | Layers::PARSE
        | Layers::ACTORS;
    doc
}
