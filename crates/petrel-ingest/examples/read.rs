//! Reads inputs as `petrel code` would and prints one line per document or warning, then the
//! counts: `cargo run -p petrel-ingest --example read -- PATH ...`.

use petrel_ingest::{Inputs, Item, ReadOptions};

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let mut inputs = Inputs::new(
        paths,
        ReadOptions {
            report_quiet: std::env::var_os("QUIET").is_some(),
            ..Default::default()
        },
    );
    for item in &mut inputs {
        match item {
            Item::Doc(d) => {
                let date = d.meta.date.map(|d| d.to_string()).unwrap_or_default();
                let title: String = d
                    .meta
                    .title
                    .as_deref()
                    .unwrap_or("")
                    .chars()
                    .take(50)
                    .collect();
                let start: String = d
                    .text
                    .chars()
                    .take(60)
                    .collect::<String>()
                    .replace('\n', " ");
                println!(
                    "doc  {} | {date} | {title} | {} chars | {start}",
                    d.meta.id,
                    d.text.len()
                );
            }
            Item::Warning(w) => println!("warn [{}] {w}", w.reason),
        }
    }
    println!("{}", inputs.stats());
}
