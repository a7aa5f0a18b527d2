//! Reading one TimeML (`.tml`) file: its creation time, the plain text of `<TEXT>`, and the
//! events, time expressions, instances and temporal links annotated on that text.

use petrel_core::{Date, ErrorKind, PetrelError, Result, Span};
use std::collections::HashMap;
use std::path::Path;

/// An `<EVENT>` of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct TmlEvent {
    /// Its `eid`, e.g. `e12`.
    pub eid: String,
    /// Bytes of the event in [`TimeMlDoc::text`].
    pub span: Span,
}

/// A `<TIMEX3>` inside `<TEXT>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// Its `tid`, e.g. `t85`.
    pub tid: String,
    /// Its `type`: `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    /// Its normalised `value`, e.g. `1998-01` or `PAST_REF`.
    pub value: String,
    /// Bytes of the expression in [`TimeMlDoc::text`].
    pub span: Span,
}

/// One end of a temporal link.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkEnd {
    /// An event instance (`eiid`).
    Instance(String),
    /// A time expression (`tid`).
    Time(String),
}

/// A `<TLINK>`: a relation from one event instance or time to another.
#[derive(Debug, Clone, PartialEq)]
pub struct TLink {
    /// The relation, e.g. `IS_INCLUDED`.
    pub rel_type: String,
    /// `eventInstanceID` or `timeID`.
    pub from: LinkEnd,
    /// `relatedToEventInstance` or `relatedToTime`.
    pub to: LinkEnd,
}

/// The parts of one TimeML document that date scoring reads.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMlDoc {
    /// The `<DOCID>` (the file name without extension when there is none).
    pub id: String,
    /// The `tid` of the creation-time TIMEX3 (`functionInDocument="CREATION_TIME"`).
    pub dct_tid: String,
    /// The day of the creation time.
    pub dct: Date,
    /// The text of `<TEXT>` with all tags removed and entities decoded.
    pub text: String,
    /// The events, in text order.
    pub events: Vec<TmlEvent>,
    /// The time expressions inside `<TEXT>`, in text order.
    pub timexes: Vec<Timex>,
    /// `MAKEINSTANCE`: event instance id (`eiid`) to event id (`eventID`).
    pub instances: HashMap<String, String>,
    /// The temporal links, in file order.
    pub tlinks: Vec<TLink>,
}

/// Reads a `.tml` file; a malformed file is an error naming it.
pub fn read_timeml(path: &Path) -> Result<TimeMlDoc> {
    let src = std::fs::read_to_string(path).map_err(|e| PetrelError::io(path.display(), e))?;
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    parse_timeml(&path.display().to_string(), stem, &src)
}

/// Parses TimeML source; errors start with `name:line:`, and `default_id` is the document id
/// when there is no `<DOCID>`.
pub fn parse_timeml(name: &str, default_id: &str, src: &str) -> Result<TimeMlDoc> {
    Reader::new(src).run(default_id).map_err(|(at, msg)| {
        let line = src[..at.min(src.len())].matches('\n').count() + 1;
        PetrelError::new(ErrorKind::Parse, format!("{name}:{line}: {msg}"))
    })
}

/// A failure: byte offset in the source and message.
type Fail = (usize, String);

/// What an open element is, for the reader's stack.
#[derive(Clone, Copy, PartialEq)]
enum Open {
    Other,
    Text,
    DocId,
    Event(usize),
    Timex(usize),
}

struct Reader<'a> {
    src: &'a str,
    pos: usize,
    stack: Vec<(&'a str, Open)>,
    seen_text: bool,
    doc_id: String,
    dct: Option<(String, String)>,
    text: String,
    events: Vec<TmlEvent>,
    timexes: Vec<Timex>,
    instances: HashMap<String, String>,
    tlinks: Vec<TLink>,
}

/// A start tag's name, attributes and whether it closes itself.
struct Tag<'a> {
    name: &'a str,
    attrs: Vec<(&'a str, String)>,
    empty: bool,
}

impl Tag<'_> {
    fn get(&self, k: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.as_str())
    }
}

impl<'a> Reader<'a> {
    fn new(src: &'a str) -> Self {
        Reader {
            src,
            pos: 0,
            stack: Vec::new(),
            seen_text: false,
            doc_id: String::new(),
            dct: None,
            text: String::new(),
            events: Vec::new(),
            timexes: Vec::new(),
            instances: HashMap::new(),
            tlinks: Vec::new(),
        }
    }

    fn run(mut self, default_id: &str) -> std::result::Result<TimeMlDoc, Fail> {
        while self.pos < self.src.len() {
            let rest = &self.src[self.pos..];
            let i = rest.find('<').unwrap_or(rest.len());
            self.chars(self.pos, &rest[..i])?;
            self.pos += i;
            if self.pos < self.src.len() {
                self.markup()?;
            }
        }
        if let Some((name, _)) = self.stack.last() {
            return Err((self.src.len(), format!("<{name}> is never closed")));
        }
        if !self.seen_text {
            return Err((self.src.len(), "no <TEXT> element".into()));
        }
        let end = self.src.len();
        let (dct_tid, value) = self.dct.ok_or((
            end,
            "no creation time (a TIMEX3 with functionInDocument=\"CREATION_TIME\")".to_string(),
        ))?;
        let dct = Date::parse(&value)
            .ok_or((end, format!("creation time {value:?} is not YYYY-MM-DD")))?;
        let id = self.doc_id.trim();
        Ok(TimeMlDoc {
            id: if id.is_empty() { default_id } else { id }.to_string(),
            dct_tid,
            dct,
            text: self.text,
            events: self.events,
            timexes: self.timexes,
            instances: self.instances,
            tlinks: self.tlinks,
        })
    }

    fn inside(&self, what: Open) -> bool {
        self.stack.iter().any(|(_, o)| *o == what)
    }

    /// Character data at `at`: decoded, and kept when inside `<TEXT>` or `<DOCID>`.
    fn chars(&mut self, at: usize, raw: &str) -> std::result::Result<(), Fail> {
        let s = decode(raw).map_err(|(i, m)| (at + i, m))?;
        if self.inside(Open::Text) {
            self.text.push_str(&s);
        } else if self.inside(Open::DocId) {
            self.doc_id.push_str(&s);
        }
        Ok(())
    }

    /// Markup starting at `self.pos` (which holds `<`).
    fn markup(&mut self) -> std::result::Result<(), Fail> {
        let at = self.pos;
        let rest = &self.src[at..];
        let skip_to = |end: &str, what: &str| {
            rest.find(end)
                .map(|i| at + i + end.len())
                .ok_or((at, format!("unterminated {what}")))
        };
        if rest.starts_with("<?") {
            self.pos = skip_to("?>", "processing instruction")?;
        } else if rest.starts_with("<!--") {
            self.pos = skip_to("-->", "comment")?;
        } else if let Some(body) = rest.strip_prefix("<![CDATA[") {
            let end = body
                .find("]]>")
                .ok_or((at, "unterminated CDATA".to_string()))?;
            if self.inside(Open::Text) {
                self.text.push_str(&body[..end]);
            }
            self.pos = at + 9 + end + 3;
        } else if rest.starts_with("<!") {
            self.pos = skip_to(">", "declaration")?;
        } else if let Some(body) = rest.strip_prefix("</") {
            let end = body
                .find('>')
                .ok_or((at, "unterminated end tag".to_string()))?;
            let name = body[..end].trim_end();
            self.close(at, name)?;
            self.pos = at + 2 + end + 1;
        } else {
            let tag = self.start_tag()?;
            self.open(at, tag)?;
        }
        Ok(())
    }

    /// Parses a start tag at `self.pos` and moves past it.
    fn start_tag(&mut self) -> std::result::Result<Tag<'a>, Fail> {
        let src = self.src;
        let b = src.as_bytes();
        let at = self.pos;
        let mut i = at + 1;
        let name_end = |mut i: usize| {
            while i < b.len() && is_name_byte(b[i]) {
                i += 1;
            }
            i
        };
        let e = name_end(i);
        if e == i {
            return Err((at, "a '<' that starts no tag (write &lt;)".into()));
        }
        let name = &src[i..e];
        i = e;
        let mut attrs = Vec::new();
        loop {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            match b.get(i) {
                None => return Err((at, format!("<{name}> is not terminated"))),
                Some(b'>') => {
                    self.pos = i + 1;
                    return Ok(Tag {
                        name,
                        attrs,
                        empty: false,
                    });
                }
                Some(b'/') if b.get(i + 1) == Some(&b'>') => {
                    self.pos = i + 2;
                    return Ok(Tag {
                        name,
                        attrs,
                        empty: true,
                    });
                }
                Some(_) => {}
            }
            let e = name_end(i);
            if e == i {
                return Err((i, format!("bad attribute in <{name}>")));
            }
            let key = &src[i..e];
            i = e;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if b.get(i) != Some(&b'=') {
                return Err((i, format!("attribute {key} of <{name}> has no value")));
            }
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let q = match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => q,
                _ => return Err((i, format!("attribute {key} of <{name}> is not quoted"))),
            };
            let close = src[i + 1..]
                .find(q as char)
                .ok_or((i, format!("attribute {key} of <{name}> is not terminated")))?;
            let value = decode(&src[i + 1..i + 1 + close]).map_err(|(k, m)| (i + 1 + k, m))?;
            attrs.push((key, value));
            i += close + 2;
        }
    }

    fn open(&mut self, at: usize, tag: Tag<'a>) -> std::result::Result<(), Fail> {
        let in_text = self.inside(Open::Text);
        let need = |k: &str| {
            tag.get(k)
                .map(str::to_string)
                .ok_or((at, format!("<{}> has no {k}", tag.name)))
        };
        let here = self.text.len();
        let open = match tag.name {
            "TEXT" if in_text || self.seen_text => {
                return Err((at, "more than one <TEXT>".into()));
            }
            "TEXT" => {
                self.seen_text = true;
                Open::Text
            }
            "DOCID" => Open::DocId,
            "EVENT" if in_text => {
                self.events.push(TmlEvent {
                    eid: need("eid")?,
                    span: Span::new(here, here),
                });
                Open::Event(self.events.len() - 1)
            }
            "TIMEX3" => {
                let tid = need("tid")?;
                if tag.get("functionInDocument") == Some("CREATION_TIME") && self.dct.is_none() {
                    self.dct = Some((tid.clone(), need("value")?));
                }
                if in_text {
                    self.timexes.push(Timex {
                        tid,
                        kind: tag.get("type").unwrap_or("").to_string(),
                        value: tag.get("value").unwrap_or("").to_string(),
                        span: Span::new(here, here),
                    });
                    Open::Timex(self.timexes.len() - 1)
                } else {
                    Open::Other
                }
            }
            "MAKEINSTANCE" => {
                let eiid = need("eiid")?;
                self.instances.insert(eiid, need("eventID")?);
                Open::Other
            }
            "TLINK" => {
                let end = |inst: &str, time: &str| {
                    tag.get(inst)
                        .map(|v| LinkEnd::Instance(v.to_string()))
                        .or_else(|| tag.get(time).map(|v| LinkEnd::Time(v.to_string())))
                        .ok_or((at, format!("<TLINK> has neither {inst} nor {time}")))
                };
                self.tlinks.push(TLink {
                    rel_type: need("relType")?,
                    from: end("eventInstanceID", "timeID")?,
                    to: end("relatedToEventInstance", "relatedToTime")?,
                });
                Open::Other
            }
            _ => Open::Other,
        };
        if !tag.empty {
            self.stack.push((tag.name, open));
        }
        Ok(())
    }

    fn close(&mut self, at: usize, name: &str) -> std::result::Result<(), Fail> {
        let (open_name, open) = self
            .stack
            .pop()
            .ok_or((at, format!("</{name}> closes nothing")))?;
        if open_name != name {
            return Err((at, format!("</{name}> closes <{open_name}>")));
        }
        let here = self.text.len() as u32;
        match open {
            Open::Event(i) => self.events[i].span.end = here,
            Open::Timex(i) => self.timexes[i].span.end = here,
            _ => {}
        }
        Ok(())
    }
}

fn is_name_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b':')
}

/// Decodes the five XML entities and numeric character references; an error carries the
/// byte offset in `raw` of the bad `&`.
fn decode(raw: &str) -> std::result::Result<String, Fail> {
    if !raw.contains('&') {
        return Ok(raw.to_string());
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let at = raw.len() - rest.len() + i;
        let end = rest[i..].find(';').filter(|&n| n <= 12).ok_or_else(|| {
            let near = snippet(&rest[i..]);
            (at, format!("a bare '&' (write &amp;) in {near:?}"))
        })?;
        let name = &rest[i + 1..i + end];
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => name
                .strip_prefix("#x")
                .map(|h| u32::from_str_radix(h, 16))
                .or_else(|| name.strip_prefix('#').map(str::parse))
                .and_then(|n| n.ok())
                .and_then(char::from_u32)
                .ok_or_else(|| (at, format!("unknown entity &{name};")))?,
        };
        out.push(c);
        rest = &rest[i + end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn snippet(s: &str) -> &str {
    let mut n = s.len().min(20);
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    &s[..n]
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>demo-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2003-05-14" functionInDocument="CREATION_TIME">May 14, 2003</TIMEX3></DCT>
<TEXT>
Pat &amp; Lee <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2003-05-12">Monday</TIMEX3>.
They <EVENT eid="e2" class="OCCURRENCE">said</EVENT> "<SIGNAL sid="s1">after</SIGNAL> that" &lt;nothing&gt;.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei2" />
</TimeML>
"#;

    #[test]
    fn reads_text_spans_and_links() {
        let d = parse_timeml("demo.tml", "demo", DOC).unwrap();
        assert_eq!(d.id, "demo-1");
        assert_eq!(d.dct_tid, "t0");
        assert_eq!(d.dct.to_string(), "2003-05-14");
        assert_eq!(
            d.text,
            "\nPat & Lee met on Monday.\nThey said \"after that\" <nothing>.\n"
        );
        let slice = |s: Span| s.slice(&d.text).to_string();
        assert_eq!(d.events.len(), 2);
        assert_eq!(
            (d.events[0].eid.as_str(), slice(d.events[0].span).as_str()),
            ("e1", "met")
        );
        assert_eq!(slice(d.events[1].span), "said");
        assert_eq!(d.timexes.len(), 1, "the creation time is outside TEXT");
        let t = &d.timexes[0];
        assert_eq!(
            (t.tid.as_str(), t.kind.as_str(), t.value.as_str()),
            ("t1", "DATE", "2003-05-12")
        );
        assert_eq!(slice(t.span), "Monday");
        assert_eq!(d.instances["ei2"], "e2");
        assert_eq!(d.tlinks.len(), 2);
        assert_eq!(d.tlinks[0].from, LinkEnd::Instance("ei1".into()));
        assert_eq!(d.tlinks[0].to, LinkEnd::Time("t1".into()));
        assert_eq!(d.tlinks[1].rel_type, "INCLUDES");
        assert_eq!(d.tlinks[1].from, LinkEnd::Time("t0".into()));
    }

    #[test]
    fn malformed_files_are_errors_naming_file_and_line() {
        let cases = [
            (
                DOC.replace("</EVENT> on", "</TIMEX3> on"),
                ":6: </TIMEX3> closes <EVENT>",
            ),
            (DOC.replace("Pat &amp; Lee", "Pat & Lee"), ":6: a bare"),
            (DOC.replace("</TimeML>", ""), "never closed"),
            (DOC.replace("CREATION_TIME", "NONE"), "creation time"),
            (
                DOC.replace("value=\"2003-05-14\"", "value=\"PRESENT_REF\""),
                "creation time",
            ),
            (DOC.replace("<TEXT>", "<TEXT x>"), "no value"),
            (DOC.replace("relatedToTime=\"t1\"", ""), "neither"),
            (
                DOC.replace("&lt;nothing", "&nbsp;nothing"),
                ":7: unknown entity &nbsp;",
            ),
        ];
        for (src, want) in cases {
            let e = parse_timeml("bad.tml", "bad", &src)
                .unwrap_err()
                .to_string();
            assert!(e.starts_with("bad.tml:"), "{e}");
            assert!(e.contains(want), "{e} should contain {want}");
        }
    }

    #[test]
    fn missing_docid_falls_back_to_the_file_name() {
        let src = DOC
            .replace("<DOCID>demo-1</DOCID>", "")
            .replace("Pat &amp;", "Pat&#32;&#x26;");
        let d = parse_timeml("x.tml", "x", &src).unwrap();
        assert_eq!(d.id, "x");
        assert!(d.text.starts_with("\nPat & Lee met"), "{:?}", d.text);
    }
}
