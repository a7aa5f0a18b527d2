//! Prints how many entries of each kind the embedded dictionaries hold.
//!
//! `cargo run -p petrel-actors --example coverage`

use petrel_actors::{ActorDict, EntryKind};

fn main() {
    let d = ActorDict::embedded().expect("embedded dictionaries");
    let count =
        |f: &dyn Fn(&petrel_actors::Entry) -> bool| d.entries().iter().filter(|e| f(e)).count();
    let file = |e: &petrel_actors::Entry, p: &str| e.origin.starts_with(p);
    println!("entries: {}", d.entries().len());
    println!(
        "countries and territories (countries.txt): {}",
        count(&|e| file(e, "countries.txt"))
    );
    println!(
        "capitals: {}, cities: {}",
        count(&|e| file(e, "capitals.txt")),
        count(&|e| file(e, "cities.txt"))
    );
    println!(
        "persons with dated roles: {}",
        count(&|e| e.kind == EntryKind::Person && e.roles.iter().any(|r| !r.is_default()))
    );
    println!(
        "  of which hand-written (to 2026): {}",
        count(&|e| e.kind == EntryKind::Person && file(e, "leaders_") && !file(e, "leaders_reign"))
    );
    println!("IGOs: {}", count(&|e| file(e, "igos.txt")));
    println!("NGOs and media: {}", count(&|e| file(e, "ngos_media.txt")));
    println!("armed groups: {}", count(&|e| file(e, "armed_groups.txt")));
    println!(
        "agent entries (sector groups): {}",
        count(&|e| matches!(e.kind, EntryKind::Agent(_)))
    );
    let t = std::time::Instant::now();
    let _ = ActorDict::builder().with_embedded().build();
    println!("build time: {:?}", t.elapsed());
}
