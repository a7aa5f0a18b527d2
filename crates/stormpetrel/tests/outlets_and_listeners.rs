//! Whom a speaker tells does nothing in what is reported, nor does an outlet before a quotation;
//! an outlet one speaks "on" carries the words and is no target; named programmes are media;
//! saying it is time for another to act is an appeal (#16).

mod common;

fn coded(text: &str) -> Vec<common::Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn the_listener_does_not_act_in_the_report() {
    let r = coded("The Kenyan minister told the BBC it was important to support head teachers.");
    assert!(
        common::has(&r, "010", Some("KENGOV"), Some("GBRMED")),
        "{r:?}"
    );
    assert!(r.iter().all(|d| d.1.as_deref() != Some("GBRMED")), "{r:?}");
    let r = coded("The Kenyan minister told Sky News: \"It is vital to support our nurses.\"");
    assert!(r.iter().all(|d| d.1.as_deref() != Some("GBRMED")), "{r:?}");
    // Whom one urges to act is whom the appeal is aimed at.
    let r = coded("President Bush urged Iran to stop enriching uranium.");
    assert!(common::has(&r, "025", Some("USAGOV"), Some("IRN")), "{r:?}");
}

#[test]
fn an_outlet_spoken_on_is_no_target() {
    let r = coded("Foreign Secretary Jack Straw criticised the plan on BBC Radio 4.");
    assert!(common::has(&r, "111", Some("GBRGOV"), None), "{r:?}");
    // Fire opened on journalists of an outlet is aimed at them.
    let r = coded("Israeli troops opened fire on Al Jazeera journalists.");
    assert!(
        r.iter()
            .any(|d| d.0 == "190" && d.2.as_deref() == Some("QATMED")),
        "{r:?}"
    );
}

#[test]
fn a_programme_told_is_the_media() {
    let r = coded("Home Secretary Charles Clarke told the Today programme the plan was wrong.");
    assert!(
        common::has(&r, "010", Some("GBRGOV"), Some("GBRMED")),
        "{r:?}"
    );
}

#[test]
fn time_for_another_to_act_is_an_appeal() {
    let r = coded("The Ugandan foreign minister said it was time for Kenya to reopen the border.");
    assert!(common::has(&r, "020", Some("UGAGOV"), Some("KEN")), "{r:?}");
    let r = coded("It is time for Kenya to reopen the border, the Ugandan foreign minister said.");
    assert!(common::has(&r, "020", Some("UGAGOV"), Some("KEN")), "{r:?}");
    // Not time is no appeal.
    let r =
        coded("The Ugandan foreign minister said it was not time for Kenya to reopen the border.");
    assert!(r.iter().all(|d| d.0 != "020"), "{r:?}");
}
