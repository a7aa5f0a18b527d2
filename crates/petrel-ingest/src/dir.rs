//! Directory listing: sorted for a deterministic order, hidden entries skipped.

use std::path::{Path, PathBuf};

/// The entries of `dir` whose names do not start with `.`, sorted by name.
pub(crate) fn list_dir(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().as_encoded_bytes().first() != Some(&b'.') {
            out.push(entry.path());
        }
    }
    out.sort();
    Ok(out)
}

/// Whether a file name found in a corpus folder marks it as documentation rather than news:
/// README, LICENSE/LICENCE, COPYING, NOTICE, CHANGELOG, AUTHORS or CONTRIBUTING, in any case,
/// with any extension (`README.TXT`, `LICENSES.txt`, `readme.md`).
pub fn is_not_article(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let stem = name.split('.').next().unwrap_or(name).to_ascii_uppercase();
    const NAMES: [&str; 8] = [
        "README",
        "LICENSE",
        "LICENCE",
        "COPYING",
        "NOTICE",
        "CHANGELOG",
        "AUTHORS",
        "CONTRIBUTING",
    ];
    NAMES.iter().any(|n| {
        stem == *n
            || (stem.starts_with(n)
                && stem[n.len()..]
                    .chars()
                    .all(|c| matches!(c, 'S' | '-' | '_')))
    })
}

#[cfg(test)]
mod tests {
    use super::is_not_article;
    use std::path::Path;

    #[test]
    fn documentation_files_are_not_articles() {
        for n in [
            "README.TXT",
            "readme.md",
            "LICENSE",
            "LICENSES.txt",
            "COPYING",
            "NOTICE",
            "CHANGELOG.md",
            "licence.txt",
        ] {
            assert!(is_not_article(Path::new(n)), "{n}");
        }
        for n in [
            "001.txt",
            "readmeister.txt",
            "licensed-report.txt",
            "news.jsonl",
            "notices-of-war.html",
        ] {
            assert!(!is_not_article(Path::new(n)), "{n}");
        }
    }
}
