//! Reading gold files.

use petrel_core::{ErrorKind, PetrelError, Result};
use serde_json::Value;
use std::io::BufRead;
use std::path::Path;

/// One gold item: the raw JSON (scoring needs several optional shapes) plus its id.
#[derive(Debug, Clone)]
pub struct GoldItem {
    /// The item's id as a string.
    pub id: String,
    /// The whole JSON object.
    pub json: Value,
}

impl GoldItem {
    /// The item's text.
    pub fn text(&self) -> &str {
        self.json.get("text").and_then(Value::as_str).unwrap_or("")
    }
    /// The item's publication date string, if any.
    pub fn date(&self) -> Option<&str> {
        self.json.get("date").and_then(Value::as_str)
    }
    /// The gold events.
    pub fn events(&self) -> &[Value] {
        self.json
            .get("events")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

fn id_string(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Reads a gold JSONL file; a malformed line is an error naming file:line.
pub fn read_gold(path: &Path) -> Result<Vec<GoldItem>> {
    let f = std::fs::File::open(path).map_err(|e| PetrelError::io(path.display(), e))?;
    let mut out = Vec::new();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.map_err(|e| PetrelError::io(path.display(), e))?;
        if line.trim().is_empty() {
            continue;
        }
        let json: Value = serde_json::from_str(&line).map_err(|e| {
            PetrelError::new(
                ErrorKind::Parse,
                format!("{}:{}: not a JSON object: {e}", path.display(), i + 1),
            )
        })?;
        let id = json.get("id").map(id_string).unwrap_or_default();
        out.push(GoldItem { id, json });
    }
    Ok(out)
}
