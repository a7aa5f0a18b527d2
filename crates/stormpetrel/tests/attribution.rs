//! Who reported an event: "according to", quotations that go on in the next sentence, and
//! speaker phrases without the sentence's punctuation.

mod common;

fn reported(text: &str) -> Vec<(String, Option<(String, String)>)> {
    common::run(text, Some("2024-05-15"))
        .events
        .iter()
        .map(|e| {
            (
                e.evidence.text.clone(),
                e.modality
                    .reported
                    .as_ref()
                    .map(|a| (a.text.clone(), a.cue.clone())),
            )
        })
        .collect()
}

fn by(text: &str, cue: &str) -> Option<(String, String)> {
    Some((text.to_string(), cue.to_string()))
}

#[test]
fn according_to_attributes_the_sentence_wherever_it_stands() {
    assert_eq!(
        reported("Russian forces shelled Kharkiv overnight, according to Ukrainian officials."),
        [(
            "shelled".to_string(),
            by("Ukrainian officials", "according to")
        )]
    );
    assert_eq!(
        reported("According to the Syrian army, Turkish troops attacked the village."),
        [(
            "attacked".to_string(),
            by("the Syrian army", "according to")
        )]
    );
}

#[test]
fn a_quotation_without_a_speaker_continues_the_one_before() {
    let r = reported(
        "“We will never retreat,” the Ukrainian president said. “Our troops attacked the \
         Russian positions.” The weather was mild. “Russia attacked the town.”",
    );
    let attacked: Vec<_> = r.iter().filter(|(w, _)| w == "attacked").collect();
    assert_eq!(attacked.len(), 2, "{r:?}");
    // The next sentence's quotation is the president's; one after an unquoted sentence is not.
    assert_eq!(attacked[0].1, by("the Ukrainian president", "say"));
    assert_eq!(attacked[1].1, None);
}

#[test]
fn a_speaker_phrase_leaves_out_the_commas_around_it() {
    let r = reported(
        "Putin's spokesman, Dmitry Peskov, told reporters that Ukrainian drones attacked Moscow.",
    );
    assert_eq!(
        r.iter()
            .find(|(w, _)| w == "attacked")
            .and_then(|x| x.1.clone()),
        by("Putin's spokesman, Dmitry Peskov", "tell")
    );
}

#[test]
fn character_offsets_index_the_text_as_characters() {
    let text = "Zürich – Россия: “Ukrainian troops attacked the town,” the minister said.";
    let doc = common::run(text, Some("2024-05-15"));
    let chars: Vec<char> = text.chars().collect();
    let cut = |s: stormpetrel::Span| -> String {
        chars[s.start as usize..s.end as usize].iter().collect()
    };
    let e = doc.events.first().expect("an event");
    assert_eq!(cut(e.evidence.trigger_chars), "attacked");
    assert_ne!(
        e.evidence.trigger_chars, e.evidence.trigger,
        "bytes differ here"
    );
    let src = e.source.as_ref().expect("a source");
    assert_eq!(cut(src.chars), "Ukrainian troops");
    let r = e.modality.reported.as_ref().expect("reported");
    assert_eq!(cut(r.span.expect("speaker span")), "the minister");
}

#[test]
fn a_name_before_a_colon_or_after_a_dash_is_the_speaker() {
    assert_eq!(
        reported("Zelensky: Russian troops attacked Kharkiv overnight."),
        [("attacked".to_string(), by("Zelensky", ":"))]
    );
    let r = reported("“Russian troops attacked our village. We fled.” ― Olena Petrenko, a teacher");
    assert_eq!(
        r.iter()
            .find(|(w, _)| w == "attacked")
            .and_then(|x| x.1.clone()),
        by("Olena Petrenko", "―")
    );
    // A colon after words that are not a name names no speaker.
    assert_eq!(
        reported("In short: Russian troops attacked Kharkiv."),
        [("attacked".to_string(), None)]
    );
}

#[test]
fn a_speaker_is_a_noun_phrase_and_a_dateline_is_no_speaker() {
    let r = reported("The officials who visited the site said Russian troops attacked the town.");
    assert_eq!(
        r.iter()
            .find(|(w, _)| w == "attacked")
            .and_then(|x| x.1.clone()),
        by("The officials", "say")
    );
    assert_eq!(
        reported("BAGHDAD: American jets bombed the city of Fallujah yesterday."),
        [("bombed".to_string(), None)]
    );
}

#[test]
fn a_quotation_after_a_colon_is_the_speaker_before_it() {
    let r = reported("The Iranian foreign minister continued: “Israel attacked our embassy.”");
    assert_eq!(
        r,
        [(
            "attacked".to_string(),
            by("The Iranian foreign minister", "continue")
        )]
    );
}

#[test]
fn inside_a_quotation_the_quoted_speaker_reports() {
    // "I think" inside the quotation is the president's own voice.
    let r = reported("“I think Russian troops attacked the town,” the Ukrainian president said.");
    let attacked = r.iter().find(|(w, _)| w == "attacked").unwrap();
    assert_eq!(attacked.1, by("the Ukrainian president", "say"));
    // A verb of saying with no subject yields to the speaker the quotation names.
    let r = reported("“We keep saying that Russian troops attacked the town,” said Zelensky.");
    let attacked = r.iter().find(|(w, _)| w == "attacked").unwrap();
    assert_eq!(attacked.1, by("Zelensky", "say"));
}

#[test]
fn a_speaker_stands_before_a_weekday_or_a_bracket() {
    let r = reported(
        "Ukrainian President Volodymyr Zelensky on Tuesday said Russian troops attacked the town.",
    );
    let attacked = r.iter().find(|(w, _)| w == "attacked").unwrap();
    assert_eq!(
        attacked.1,
        by("Ukrainian President Volodymyr Zelensky", "say")
    );
}

#[test]
fn what_is_announced_cited_or_called_for_is_reported() {
    let r = reported("Kyiv police announced the arrest of two Russian agents.");
    let arrest = r.iter().find(|(w, _)| w == "arrest").unwrap();
    assert_eq!(arrest.1, by("Kyiv police", "announce"));
    let r = reported("The Israeli army cited attacks by Hamas on Israeli towns.");
    let attacks = r.iter().find(|(w, _)| w == "attacks").unwrap();
    assert_eq!(attacks.1, by("The Israeli army", "cite"));
    let r = reported("Senator Schiff called on President Obama to impose sanctions on Russia.");
    let impose = r.iter().find(|(w, _)| w == "impose").unwrap();
    assert_eq!(impose.1, by("Senator Schiff", "call"));
    // The appeal itself is nobody's report.
    let called = r.iter().find(|(w, _)| w == "called").unwrap();
    assert_eq!(called.1, None);
}

#[test]
fn a_quotation_tagged_with_any_verb_or_following_a_report_is_its_speakers() {
    // ",” she continued": a comma closes the quotation and a verb tags it.
    let r = reported("“Russian troops attacked the town,” the Ukrainian president continued.");
    let attacked = r.iter().find(|(w, _)| w == "attacked").unwrap();
    assert_eq!(attacked.1, by("the Ukrainian president", "continue"));
    // "She continued, “…”".
    let r = reported("The Ukrainian president continued, “Russian troops attacked the town.”");
    let attacked = r.iter().find(|(w, _)| w == "attacked").unwrap();
    assert_eq!(attacked.1, by("The Ukrainian president", "continue"));
    // A quotation that opens the sentence after a report goes on with that reporter.
    let r = reported(
        "The war will go on, the Ukrainian president said. “Russian troops attacked the town.”",
    );
    let attacked = r.iter().find(|(w, _)| w == "attacked").unwrap();
    assert_eq!(attacked.1, by("the Ukrainian president", "say"));
    // A phrase quoted inside a sentence is that sentence's, not the last speaker's.
    let r = reported(
        "“We will win,” the Ukrainian president said. Russia called the attack “a provocation” \
         and attacked the town.",
    );
    let attacked = r.iter().find(|(w, _)| w == "attacked").unwrap();
    assert_eq!(attacked.1, None);
}

#[test]
fn a_tag_that_closes_the_sentence_reports_all_before_it() {
    let r = reported(
        "Israel had asked Egypt to close the crossing at Rafah, but Cairo rejected that \
         request, the official added.",
    );
    let asked = r.iter().find(|(w, _)| w == "asked").unwrap();
    assert_eq!(asked.1, by("the official", "add"));
    let rejected = r.iter().find(|(w, _)| w == "rejected").unwrap();
    assert_eq!(rejected.1, by("the official", "add"));
}

#[test]
fn what_an_actor_decides_wants_or_finds_is_its_own() {
    let r = reported("The Iraqi government decided not to expel the Turkish ambassador.");
    let expel = r.iter().find(|(w, _)| w == "expel").expect("an expulsion");
    assert_eq!(expel.1, by("The Iraqi government", "decide"), "{r:?}");
    let r = reported("A UN inquiry found that Syrian forces bombed the hospital.");
    let bombed = r.iter().find(|(w, _)| w == "bombed").expect("a bombing");
    assert_eq!(bombed.1, by("A UN inquiry", "find"), "{r:?}");
    // A verb of saying above it names the source.
    let r = reported("The Iraqi minister said Baghdad wants to expel the Turkish ambassador.");
    let expel = r.iter().find(|(w, _)| w == "expel").expect("an expulsion");
    assert_eq!(expel.1, by("The Iraqi minister", "say"), "{r:?}");
    // What others expect of an actor is not that actor's report.
    let r = reported("The Iraqi foreign minister is expected to meet his Turkish counterpart.");
    let meet = r.iter().find(|(w, _)| w == "meet").expect("a meeting");
    assert_eq!(meet.1, None, "{r:?}");
}

#[test]
fn one_who_decides_on_violence_stays_its_source() {
    let doc = common::run(
        "The Israeli army decided to bomb Hamas positions in Gaza.",
        Some("2024-05-15"),
    );
    let bomb = doc
        .events
        .iter()
        .find(|e| e.evidence.text == "bomb")
        .expect("a bombing");
    assert_eq!(
        bomb.source.as_ref().and_then(|a| a.country.as_deref()),
        Some("ISR"),
        "{:?}",
        bomb
    );
}

#[test]
fn a_vow_or_pledge_after_its_words_has_its_subject_after_it() {
    let r = common::dyads(
        "Troops will stay in Iraq, pledges John Howard.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "030", Some("AUSGOV"), None), "{r:?}");
}
