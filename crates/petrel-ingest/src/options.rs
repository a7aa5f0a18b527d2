//! Options that apply to every input.

use petrel_core::Date;

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Publication date for documents that carry none (plain text; JSONL lines without `date`).
    pub date: Option<Date>,
    /// Outlet or feed name given to documents that carry none.
    pub source: Option<String>,
    /// Largest document, in bytes, that is read; a larger file or line is skipped with a warning.
    pub max_doc_bytes: usize,
    /// Also yield warnings for routine skips (non-HTML or non-200 WARC records, non-English
    /// documents). They are always counted in [`Stats`](crate::Stats).
    pub report_quiet: bool,
    /// Skip documents that are clearly not in English (see [`lang`](crate::lang)).
    pub english_only: bool,
    /// Also read files found in directories whose names say they are not articles
    /// (README, LICENSE, COPYING, NOTICE, CHANGELOG, AUTHORS, CONTRIBUTING; see
    /// [`dir::is_not_article`](crate::dir::is_not_article)). Files named on the command line
    /// are always read.
    pub all_files: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            date: None,
            source: None,
            max_doc_bytes: 32 << 20,
            report_quiet: false,
            english_only: true,
            all_files: false,
        }
    }
}
