use stormpetrel::*;
fn main() {
    let res = Resources::embedded().unwrap();
    let p = pipeline(&res).unwrap();
    let dir = std::env::args().nth(1).unwrap();
    let (mut parsed, mut nomention, mut nomention_events, mut total, mut events_s) =
        (0, 0, 0, 0, 0);
    let mut parsed_tokens = 0usize;
    let mut nomention_tokens = 0usize;
    for entry in walk(&dir) {
        let text = String::from_utf8_lossy(&std::fs::read(&entry).unwrap()).into_owned();
        let meta = DocMeta {
            id: entry.clone(),
            date: Date::parse("2005-01-01"),
            ..Default::default()
        };
        let mut doc = Doc::new(meta, text);
        p.run(&mut doc).unwrap();
        for (s, sent) in doc.sentences.iter().enumerate() {
            total += 1;
            if sent.unparsed {
                continue;
            }
            parsed += 1;
            let n = (sent.tok_end - sent.tok_start) as usize;
            parsed_tokens += n;
            let has_m = doc
                .mentions
                .iter()
                .any(|m| m.tok_start >= sent.tok_start && m.tok_end <= sent.tok_end);
            let ev = doc.events.iter().filter(|e| e.sentence == s).count();
            if ev > 0 {
                events_s += 1;
            }
            if !has_m {
                nomention += 1;
                nomention_tokens += n;
                if ev > 0 {
                    nomention_events += 1;
                    for e in doc.events.iter().filter(|e| e.sentence == s) {
                        println!(
                            "{} | {:?} {:?} | {}",
                            e.code,
                            e.source.as_ref().map(|a| a.code.clone()),
                            e.target.as_ref().map(|a| a.code.clone()),
                            doc.sentence_text(s)
                        );
                    }
                }
            }
        }
    }
    println!("total {total} parsed {parsed} ({parsed_tokens} tok) with-events {events_s} no-mention {nomention} ({nomention_tokens} tok) no-mention-with-events {nomention_events}");
}
fn walk(d: &str) -> Vec<String> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(d).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            v.extend(walk(p.to_str().unwrap()));
        } else if p.extension().is_some_and(|x| x == "txt") {
            v.push(p.to_string_lossy().into());
        }
    }
    v
}
