//! Everything the pipeline loads once: models, actor dictionaries and rules, shared by `Arc`.

use petrel_actors::ActorDict;
use petrel_core::{Result, Stage};
use petrel_events::RuleSet;
use petrel_nlp::Nlp;
use petrel_place::Gazetteer;
use std::path::PathBuf;
use std::sync::Arc;

/// Which resources to load besides (or instead of) the built-in ones.
#[derive(Debug, Clone, Default)]
pub struct ResourceOptions {
    /// PETRARCH-format actor dictionaries to add.
    pub petrarch_actors: Vec<PathBuf>,
    /// PETRARCH-format agent dictionaries to add.
    pub petrarch_agents: Vec<PathBuf>,
    /// Leave out the built-in actor dictionaries (use only the files above).
    pub no_default_actors: bool,
    /// Extra rule files (same format as the built-in ones).
    pub rule_files: Vec<PathBuf>,
    /// PETRARCH-2 verb dictionaries to add; their verbs replace the rules for the same verbs.
    pub verb_files: Vec<PathBuf>,
}

/// Immutable resources, loaded once per process and shared across threads.
#[derive(Clone)]
pub struct Resources {
    /// Actor dictionary.
    pub actors: Arc<ActorDict>,
    /// Event rules.
    pub rules: Arc<RuleSet>,
    /// Tagger and parser models.
    pub nlp: Arc<Nlp>,
    /// Cities and countries, for event places.
    pub places: Arc<Gazetteer>,
    /// Which coder this is: the release and a hash of the rules and dictionaries in use.
    pub coder_version: String,
}

/// FNV-1a, 64 bits: a stable fingerprint of resource text (not a security hash).
fn fnv(h: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *h ^= b as u64;
        *h = h.wrapping_mul(0x0100_0000_01b3);
    }
}

/// `stormpetrel VERSION rules:HASH actors:HASH`, over the built-in and added files.
fn coder_version(opts: &ResourceOptions) -> Result<String> {
    let (mut rules, mut actors) = (0xcbf2_9ce4_8422_2325u64, 0xcbf2_9ce4_8422_2325u64);
    for (name, text) in petrel_events::EMBEDDED {
        fnv(&mut rules, name.as_bytes());
        fnv(&mut rules, text.as_bytes());
    }
    if !opts.no_default_actors {
        for (name, text) in petrel_actors::data::FILES {
            fnv(&mut actors, name.as_bytes());
            fnv(&mut actors, text.as_bytes());
        }
    }
    let add = |h: &mut u64, files: &[PathBuf]| -> Result<()> {
        for p in files {
            let bytes =
                std::fs::read(p).map_err(|e| petrel_core::PetrelError::io(p.display(), e))?;
            fnv(h, &bytes);
        }
        Ok(())
    };
    add(&mut rules, &opts.rule_files)?;
    add(&mut rules, &opts.verb_files)?;
    add(&mut actors, &opts.petrarch_actors)?;
    add(&mut actors, &opts.petrarch_agents)?;
    Ok(format!(
        "stormpetrel {} rules:{rules:016x} actors:{actors:016x}",
        env!("CARGO_PKG_VERSION")
    ))
}

impl Resources {
    /// The built-in resources only.
    pub fn embedded() -> Result<Resources> {
        Resources::load(&ResourceOptions::default())
    }

    /// Built-in resources plus the files named in `opts`.
    pub fn load(opts: &ResourceOptions) -> Result<Resources> {
        let mut b = ActorDict::builder();
        if !opts.no_default_actors {
            b = b.with_embedded();
        }
        for p in &opts.petrarch_actors {
            b = b.petrarch_actors(p.clone());
        }
        for p in &opts.petrarch_agents {
            b = b.petrarch_agents(p.clone());
        }
        let actors = b.build()?;
        let mut rules = RuleSet::embedded()?;
        for p in &opts.rule_files {
            rules.add_file(p)?;
        }
        for p in &opts.verb_files {
            for w in rules.add_verbs_file(p)? {
                eprintln!("petrel: warning: {w}");
            }
        }
        let nlp = Nlp::embedded()?;
        Ok(Resources {
            coder_version: coder_version(opts)?,
            actors,
            rules: Arc::new(rules),
            nlp,
            places: Arc::new(Gazetteer::embedded()?),
        })
    }

    /// The linguistic stages, in order.
    pub fn nlp_stages(&self) -> Vec<Box<dyn Stage>> {
        petrel_nlp::stages(&self.nlp)
    }
}
