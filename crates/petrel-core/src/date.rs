//! Calendar dates with a precision, and where an event's date came from.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A proleptic Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2021.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31.
    pub day: u8,
}

impl Date {
    /// A checked date; `None` when the day does not exist.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= Self::days_in_month(year, month))
            .then_some(Date { year, month, day })
    }
    /// Parses `YYYY-MM-DD` (a trailing time such as `T12:00:00Z` is ignored).
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let d = s.get(..10)?;
        let b = d.as_bytes();
        if b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Date::new(
            d[..4].parse().ok()?,
            d[5..7].parse().ok()?,
            d[8..10].parse().ok()?,
        )
    }
    /// The month a name or abbreviation stands for, case-insensitively: "December", "dec",
    /// "Dec.", "Sept" (the full name or its first three letters, so "Marc" is not March).
    pub fn month_from_name(w: &str) -> Option<u8> {
        const MONTHS: [&str; 12] = [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ];
        let w = w.trim_end_matches('.').to_ascii_lowercase();
        let w = if w == "sept" { "sep" } else { w.as_str() };
        MONTHS
            .iter()
            .position(|m| *m == w || (w.len() == 3 && m.starts_with(w)))
            .map(|i| i as u8 + 1)
    }
    /// The weekday a name stands for, case-insensitively: 0 for "Monday" … 6 for "Sunday".
    pub fn weekday_from_name(w: &str) -> Option<u8> {
        const WEEKDAYS: [&str; 7] = [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ];
        WEEKDAYS
            .iter()
            .position(|d| w.eq_ignore_ascii_case(d))
            .map(|i| i as u8)
    }
    /// Days in `month` of `year`.
    pub fn days_in_month(year: i32, month: u8) -> u8 {
        match month {
            2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }
    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        let (y, m, d) = (
            self.year as i64 - (self.month <= 2) as i64,
            self.month as i64,
            self.day as i64,
        );
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = yoe + era * 400 + (m <= 2) as i64;
        Date {
            year: y as i32,
            month: m,
            day: d,
        }
    }
    /// The date shifted by `n` days.
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }
    /// Day of week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        (self.to_days() + 3).rem_euclid(7) as u8
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not a YYYY-MM-DD date: {s:?}")))
    }
}

/// How exact an event date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// A known day.
    Day,
    /// A known week; `value` holds its Monday.
    Week,
    /// A known month; `value` holds its first day.
    Month,
    /// A known season; `value` holds the first day of its first month (March, June,
    /// September or December, the northern meteorological seasons).
    Season,
    /// A known year; `value` holds 1 January.
    Year,
    /// A known decade; `value` holds 1 January of its first year ("the 1990s": 1990-01-01).
    Decade,
}

impl DatePrecision {
    /// The lower-case name used in every output ("day", "week", …).
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Week => "week",
            DatePrecision::Month => "month",
            DatePrecision::Season => "season",
            DatePrecision::Year => "year",
            DatePrecision::Decade => "decade",
        }
    }
}

/// Where an event's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// A date expression in the sentence ("on Tuesday", "in 2014").
    Text,
    /// The document's publication date.
    Publication,
    /// A date expression elsewhere in the document: a verb of reporting with no date of its
    /// own takes the day of the document's first dated report ("…, officials said Friday").
    Context,
}

impl DateSource {
    /// The lower-case name used in every output.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Text => "text",
            DateSource::Publication => "publication",
            DateSource::Context => "context",
        }
    }
}

/// An event's date: a value, how precise it is, and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    /// The date; for month or year precision, the first day of that period.
    pub value: Date,
    /// Day, month or year.
    pub precision: DatePrecision,
    /// Text, publication or context.
    pub source: DateSource,
    /// The date expression, when it came from the text or its context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// For a publication date: whether the event happened before it, around it or is yet to
    /// come, from the verb's tense and aspect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<DateRelation>,
}

/// How an event stands to the publication date it was given for want of a date in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateRelation {
    /// Past: "troops attacked", "has signed", "had met".
    Before,
    /// Around the publication: present tense and progressive ("are massing", "says").
    Overlaps,
    /// Future or planned: "will meet", "plans to visit", "is to sign".
    After,
}

impl DateRelation {
    /// The lower-case name used in every output.
    pub fn as_str(self) -> &'static str {
        match self {
            DateRelation::Before => "before",
            DateRelation::Overlaps => "overlaps",
            DateRelation::After => "after",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_weekday() {
        let d = Date::parse("2021-12-06").unwrap();
        assert_eq!(d.weekday(), 0, "6 Dec 2021 was a Monday");
        assert_eq!(Date::from_days(d.to_days()), d);
        assert_eq!(d.add_days(26).to_string(), "2022-01-01");
        assert!(Date::parse("2021-02-29").is_none());
        assert!(Date::parse("2020-02-29").is_some());
        assert!(Date::parse("garbage").is_none());
        assert_eq!(Date::month_from_name("Sept."), Some(9));
        assert_eq!(Date::month_from_name("DECEMBER"), Some(12));
        assert_eq!(Date::month_from_name("ma"), None);
        assert_eq!(Date::weekday_from_name("Tuesday"), Some(1));
        assert_eq!(Date::weekday_from_name("Tues"), None);
        assert_eq!(Date::month_from_name("mayo"), None);
        assert_eq!(Date::month_from_name("Marc"), None);
    }
}
