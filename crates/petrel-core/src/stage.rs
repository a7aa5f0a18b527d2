//! The [`Stage`] trait and the [`Pipeline`] that runs stages in order.

use crate::{Doc, ErrorKind, Layers, PetrelError, Result};

/// One step of the pipeline. A stage names the layers it reads and writes so that a
/// pipeline can refuse an order in which an input is missing. Stages hold only immutable,
/// shared resources, so one pipeline serves every worker thread.
pub trait Stage: Send + Sync {
    /// Short stable name, e.g. `"segment"`.
    fn name(&self) -> &'static str;
    /// Layers that must be present before this stage runs.
    fn requires(&self) -> Layers;
    /// Layers this stage fills in.
    fn provides(&self) -> Layers;
    /// Annotates `doc` in place.
    fn process(&self, doc: &mut Doc) -> Result<()>;
}

/// An ordered list of stages, checked when built.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    /// Builds a pipeline, failing with a [`ErrorKind::Config`] error that names the first stage
    /// whose required layers no earlier stage provides.
    pub fn new(stages: Vec<Box<dyn Stage>>) -> Result<Pipeline> {
        let mut have = Layers::TEXT;
        for s in &stages {
            let missing = s.requires().missing_from(have);
            if !missing.is_empty() {
                return Err(PetrelError::new(
                    ErrorKind::Config,
                    format!(
                        "stage '{}' needs layer(s) {missing} that no earlier stage provides",
                        s.name()
                    ),
                ));
            }
            have = have | s.provides();
        }
        Ok(Pipeline { stages })
    }
    /// Stage names in order.
    pub fn names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }
    /// Runs every stage on `doc`.
    pub fn run(&self, doc: &mut Doc) -> Result<()> {
        for s in &self.stages {
            s.process(doc)?;
            doc.layers = doc.layers | s.provides();
        }
        Ok(())
    }
    /// Runs every stage, calling `timer(stage_name, elapsed)` after each (for benchmarks).
    pub fn run_timed(
        &self,
        doc: &mut Doc,
        mut timer: impl FnMut(&'static str, std::time::Duration),
    ) -> Result<()> {
        for s in &self.stages {
            let t = std::time::Instant::now();
            s.process(doc)?;
            doc.layers = doc.layers | s.provides();
            timer(s.name(), t.elapsed());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DocMeta;

    struct Fake(&'static str, Layers, Layers);
    impl Stage for Fake {
        fn name(&self) -> &'static str {
            self.0
        }
        fn requires(&self) -> Layers {
            self.1
        }
        fn provides(&self) -> Layers {
            self.2
        }
        fn process(&self, _: &mut Doc) -> Result<()> {
            Ok(())
        }
    }

    #[test]
    fn refuses_a_stage_whose_input_is_missing() {
        let bad = Pipeline::new(vec![Box::new(Fake(
            "events",
            Layers::ACTORS,
            Layers::EVENTS,
        ))]);
        let err = bad.err().expect("must refuse");
        assert!(
            err.message.contains("events") && err.message.contains("actors"),
            "{}",
            err.message
        );
        let ok = Pipeline::new(vec![
            Box::new(Fake("actors", Layers::TEXT, Layers::ACTORS)),
            Box::new(Fake("events", Layers::ACTORS, Layers::EVENTS)),
        ])
        .unwrap();
        let mut d = Doc::new(DocMeta::default(), "x");
        ok.run(&mut d).unwrap();
        assert!(d.layers.contains(Layers::EVENTS));
    }
}
