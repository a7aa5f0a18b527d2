//! GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, empty where we have no value.

use crate::{io_err, EventRecord, Sink};
use petrel_core::{ActorRef, DocMeta, Result};
use std::io::Write;

/// GDELT 2.0 event-table column names, in order.
pub const COLUMNS: [&str; 61] = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// Writes events in GDELT 2.0 column order, with a header row.
pub struct GdeltSink<'w> {
    out: Box<dyn Write + 'w>,
    header_done: bool,
    next_id: u64,
    raw: bool,
}

impl<'w> GdeltSink<'w> {
    /// A sink over `out`.
    pub fn new(out: Box<dyn Write + 'w>) -> Self {
        GdeltSink {
            out,
            header_done: false,
            next_id: 1,
            raw: false,
        }
    }
    /// Writes text cells as they are (`true`) instead of defusing formulas (the default).
    pub fn raw_cells(mut self, raw: bool) -> Self {
        self.raw = raw;
        self
    }
    fn header(&mut self) -> Result<()> {
        if !self.header_done {
            writeln!(self.out, "{}", COLUMNS.join("\t")).map_err(io_err)?;
            self.header_done = true;
        }
        Ok(())
    }
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn actor_cols(a: Option<&ActorRef>) -> [String; 10] {
    let mut c: [String; 10] = Default::default();
    if let Some(a) = a {
        c[0] = a.code.clone();
        c[1] = clean(&a.text).to_uppercase();
        c[2] = a.country.clone().unwrap_or_default();
        c[7] = a.sector.clone().unwrap_or_default();
    }
    c
}

impl Sink for GdeltSink<'_> {
    fn write_record(&mut self, r: &EventRecord, meta: &DocMeta) -> Result<()> {
        self.header()?;
        {
            let mut row: Vec<String> = Vec::with_capacity(61);
            row.push(self.next_id.to_string());
            self.next_id += 1;
            match r.date.map(|d| d.value).or(meta.date) {
                Some(d) => {
                    row.push(format!("{:04}{:02}{:02}", d.year, d.month, d.day));
                    row.push(format!("{:04}{:02}", d.year, d.month));
                    row.push(d.year.to_string());
                    row.push(format!(
                        "{:.4}",
                        d.year as f64
                            + (d.month as f64 - 1.0) / 12.0
                            + (d.day as f64 - 1.0) / 365.0
                    ));
                }
                None => row.extend(std::iter::repeat_n(String::new(), 4)),
            }
            row.extend(actor_cols(r.source));
            row.extend(actor_cols(r.target));
            row.push(if r.sentence == 0 { "1" } else { "0" }.to_string());
            row.push(r.code.to_string());
            row.push(r.code.get(..3).unwrap_or(r.code).to_string());
            row.push(r.root.to_string());
            row.push(r.quad_class.to_string());
            row.push(format!("{:.1}", r.goldstein));
            match r.cluster {
                Some(c) => row.extend([
                    c.num_mentions.to_string(),
                    c.num_sources.to_string(),
                    c.num_documents.to_string(),
                    String::new(),
                ]),
                None => row.extend(["1", "1", "1", ""].map(String::from)),
            }
            let geo = |row: &mut Vec<String>| row.extend(std::iter::repeat_n(String::new(), 8));
            geo(&mut row);
            geo(&mut row);
            match r.location {
                Some(l) => {
                    // GDELT geography: type 4 is a world city, 1 a country; countries in FIPS.
                    row.push(if l.lat.is_some() { "4" } else { "1" }.into());
                    row.push(clean(&l.name));
                    let country = l.country.as_deref().unwrap_or_default();
                    row.push(petrel_place::fips(country).unwrap_or(country).to_string());
                    row.extend([String::new(), String::new()]);
                    row.push(l.lat.map(|v| v.to_string()).unwrap_or_default());
                    row.push(l.lon.map(|v| v.to_string()).unwrap_or_default());
                    row.push(String::new());
                }
                None => geo(&mut row),
            }
            row.push(String::new());
            row.push(clean(meta.url.as_deref().unwrap_or(&meta.id)));
            debug_assert_eq!(row.len(), COLUMNS.len());
            if !self.raw {
                // Text columns only: codes, names, the place and the URL; numbers stay numbers.
                for i in [5, 6, 7, 12, 15, 16, 17, 22, 52, 53, 60] {
                    if crate::is_formula(&row[i]) {
                        row[i] = crate::defuse(&row[i]).into_owned();
                    }
                }
            }
            writeln!(self.out, "{}", row.join("\t")).map_err(io_err)?;
        }
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        self.header()?;
        self.out.flush().map_err(io_err)
    }
}
