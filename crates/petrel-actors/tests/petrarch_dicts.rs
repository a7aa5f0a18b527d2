//! PETRARCH2's dictionaries (`../shared/dicts/petrarch2`) load without error and resolve names,
//! alone and alongside our own. Skips when the folder is absent.

use petrel_actors::{find_mentions, ActorDict};
use petrel_core::Date;
use std::path::PathBuf;

fn dir() -> Option<PathBuf> {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/dicts/petrarch2");
    if d.is_dir() {
        Some(d)
    } else {
        eprintln!("skipped: {} not found", d.display());
        None
    }
}

#[test]
fn every_phoenix_and_validation_file_loads() {
    let Some(d) = dir() else { return };
    for f in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "PETR.Validate.actors.txt",
    ] {
        let dict = ActorDict::builder()
            .petrarch_actors(d.join(f))
            .build()
            .unwrap_or_else(|e| panic!("{f}: {e}"));
        assert!(dict.entries().len() > 10, "{f}");
    }
    for f in ["Phoenix.agents.txt", "PETR.Validate.agents.txt"] {
        let dict = ActorDict::builder()
            .petrarch_agents(d.join(f))
            .build()
            .unwrap_or_else(|e| panic!("{f}: {e}"));
        assert!(dict.entries().len() > 10, "{f}");
    }
}

#[test]
fn validation_actors_resolve_with_dates_and_agents() {
    let Some(d) = dir() else { return };
    let dict = ActorDict::builder()
        .petrarch_actors(d.join("PETR.Validate.actors.txt"))
        .petrarch_agents(d.join("PETR.Validate.agents.txt"))
        .build()
        .unwrap();
    assert_eq!(
        dict.lookup("Arnor").and_then(|e| e.code_on(None)),
        Some("ARN")
    );
    assert_eq!(
        dict.lookup("Minas Tirith").and_then(|e| e.code_on(None)),
        Some("GON")
    );
    let sam = dict.lookup("Sam Gamgee").unwrap();
    assert_eq!(sam.code_on(Date::parse("2009-01-01")), Some("HOBMIL"));
    assert_eq!(sam.code_on(Date::parse("2014-01-01")), Some("HOBELI"));
    let m = find_mentions(
        &dict,
        "Gondor troops crossed into Mordor.",
        Date::parse("2010-01-01"),
    )
    .unwrap();
    let codes: Vec<&str> = m.iter().map(|m| m.code.as_str()).collect();
    assert_eq!(codes, vec!["GONMIL", "MOR"], "{m:?}");
}

#[test]
fn phoenix_alongside_ours() {
    let Some(d) = dir() else { return };
    let dict = ActorDict::builder()
        .with_embedded()
        .petrarch_actors(d.join("Phoenix.Countries.actors.txt"))
        .petrarch_agents(d.join("Phoenix.agents.txt"))
        .build()
        .unwrap();
    let m = find_mentions(
        &dict,
        "Afghan police arrested two men.",
        Date::parse("2012-01-01"),
    )
    .unwrap();
    assert!(m.iter().any(|m| m.code == "AFGCOP"), "{m:?}");
}
