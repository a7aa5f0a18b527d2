//! Named actors (#16): surnames of people named in full earlier, officers of bodies that no
//! dictionary knows, and political parties.

mod common;

use common::{dyad as one, Dyad};

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn a_surname_is_the_person_named_in_full_earlier() {
    // A titled name the dictionary does not know, then the surname with and without "Mr".
    assert_eq!(
        coded(
            "Czech Interior Minister Karel Novak arrived in Vienna on Monday. \
             Mr Novak criticised Austria over the border closure. \
             Novak later met Austrian officials."
        ),
        [
            one("042", "CZEGOV", "AUT"),
            one("111", "CZEGOV", "AUT"),
            one("040", "CZEGOV", "AUTGOV"),
        ]
    );
    // A person the dictionary knows by full name only.
    assert_eq!(
        coded("Gordon Brown flew to Nairobi. Mr Brown praised the Kenyan government."),
        [one("051", "GBRGOV", "KENGOV")]
    );
}

#[test]
fn an_officer_of_an_unknown_body_is_no_government() {
    for text in [
        "The Zentrix spokesman criticised Germany over the new tax.",
        "The singer's spokesman criticised Germany over the new tax.",
    ] {
        assert_eq!(
            coded(text),
            [("111".to_string(), None, Some("DEU".to_string()))],
            "{text}"
        );
    }
    // A named person no dictionary knows is no government either; a blank source would hide
    // her, so the event is not written.
    assert_eq!(coded("Ms King criticised Germany over the new tax."), []);
    // A state's own officers keep their country.
    assert_eq!(
        coded("Poland held elections in May. The country's president criticised the EU."),
        [one("111", "POLGOV", "IGOEUR")]
    );
}

#[test]
fn parties_are_their_countrys() {
    assert_eq!(
        coded("The Tories criticised the government over the war in Iraq. Britain is divided."),
        [one("111", "GBRPTY", "GBRGOV")]
    );
    // A contextual party name needs its country in the article.
    assert!(coded("Labour costs rose sharply in March.").is_empty());
}

#[test]
fn a_city_that_starts_a_name_is_not_its_government() {
    // "the Paris Club" and "Shanghai Automotive" are no governments; "Moscow" alone is.
    assert!(coded("The Paris Club agreed to cancel Iraq's debt.")
        .iter()
        .all(|e| e.1.as_deref() != Some("FRAGOV")));
    assert_eq!(
        coded("Moscow on Tuesday rejected the Ukrainian proposal."),
        [one("125", "RUSGOV", "UKR")]
    );
}

#[test]
fn a_title_misread_as_a_second_subject_names_the_actor() {
    assert_eq!(
        coded("Tory MP John Smith accused ministers of turning Britain into a dumping ground."),
        [one("112", "GBRPTYLEG", "GBRGOV")]
    );
}

#[test]
fn a_wire_credit_before_a_dash_is_no_part_of_the_actor_after_it() {
    // "AP - election officials" is a credit and the officials, not the agency's officials.
    let r = coded("AP - Election officials have rejected a request to purge the voter rolls.");
    assert_eq!(r, [("120".to_string(), Some("GOV".to_string()), None)]);
}

#[test]
fn a_middle_initial_does_not_hide_a_known_name() {
    let r = common::dyads(
        "Secretary of State Colin L. Powell criticised Iran on Monday.",
        Some("2004-06-01"),
    );
    assert_eq!(r, [one("111", "USAGOV", "IRN")]);
}

#[test]
fn a_headline_surname_is_the_person_the_article_names_below() {
    let r = coded(
        "Howard rejects BNP claim. Tory leader Michael Howard has rejected a claim by the \
         British National Party.",
    );
    assert_eq!(
        r,
        [
            one("120", "GBROPP", "GBRPTY"),
            one("120", "GBROPP", "GBRPTY")
        ]
    );
}

#[test]
fn a_politicians_attack_on_a_rival_is_in_words() {
    let r = coded("Tony Blair attacked Michael Howard over tax on Monday.");
    assert_eq!(r, [one("111", "GBRGOV", "GBROPP")]);
}

#[test]
fn headline_agents_and_new_york_take_the_articles_country() {
    // A headline's bare "Court" is of the country its article names most.
    let r = coded(
        "Court mulls file-sharing case. The US Supreme Court has begun hearing arguments about \
         file-sharing networks in America.",
    );
    assert_eq!(r.first(), Some(&one_source("014", "USAJUD")), "{r:?}");
    // "New York" names the United States where the article names it too.
    let r = coded("New York police arrested 300 protesters. The US government was silent.");
    assert_eq!(
        r.first().and_then(|d| d.1.as_deref()),
        Some("USACOP"),
        "{r:?}"
    );
}

fn one_source(code: &str, source: &str) -> Dyad {
    (code.to_string(), Some(source.to_string()), None)
}

#[test]
fn a_titled_stranger_has_the_state_the_article_gives_the_title() {
    // The place the first sentence is set in is not the bishop's country; the article says
    // which it is further down.
    let r = coded(
        "Bishop Samuel Okoro condemned the detentions at a camp in Cuba. \
         The Nigerian bishop said the prisoners must be freed.",
    );
    assert_eq!(r.first(), Some(&one("111", "NGAREL", "CUB")), "{r:?}");
    // With two states given to the title, neither is taken.
    let r = coded(
        "Bishop Samuel Okoro condemned the detentions at a camp in Cuba. \
         The Nigerian bishop and a Kenyan bishop said the prisoners must be freed.",
    );
    assert_ne!(
        r.first().and_then(|d| d.1.as_deref()),
        Some("NGAREL"),
        "{r:?}"
    );
}

#[test]
fn a_city_that_is_also_a_given_name_is_no_actor() {
    // "Mary" is a city of Turkmenistan and "Smith" a former leader's surname: together they
    // are one person the dictionaries do not know.
    let r = coded("Mary Smith criticised the Russian government over the new law.");
    assert!(
        r.iter()
            .all(|d| d.1.as_deref().is_none_or(|s| !s.starts_with("TKM"))),
        "{r:?}"
    );
}

#[test]
fn the_west_is_a_bloc_only_with_a_capital() {
    assert_eq!(
        coded("China accused the West of meddling in its affairs."),
        [one("112", "CHN", "WST")]
    );
    let r = coded("Rebels attacked villages in the west of the country.");
    assert!(
        r.iter()
            .flat_map(|d| [&d.1, &d.2])
            .all(|a| a.as_deref().is_none_or(|c| !c.contains("WST"))),
        "{r:?}"
    );
}

#[test]
fn aid_workers_and_refugee_agencies_are_ngos() {
    assert_eq!(
        coded("Gunmen in Somalia kidnapped two Italian aid workers."),
        [one("181", "SOMREB", "ITANGO")]
    );
    let r = coded("Refugee agencies criticised the Danish government over the new rules.");
    assert_eq!(
        r,
        [one("111", "NGO", "DNKGOV")].map(|(c, s, t)| (c, s, t)),
        "{r:?}"
    );
    // Fighter aircraft are no rebels.
    let r = coded("A US fighter squadron was deployed to Japan.");
    assert!(
        r.iter()
            .flat_map(|d| [&d.1, &d.2])
            .all(|a| a.as_deref() != Some("USAREB")),
        "{r:?}"
    );
}

#[test]
fn it_after_an_unknown_body_is_that_body() {
    // "it" is the company that opens the sentence, not the state named before it.
    let r = coded(
        "Germany raised its energy taxes last year. \
         Zentrix said it would sue the German government over the tax.",
    );
    assert!(r.iter().all(|d| d.1.as_deref() != Some("DEU")), "{r:?}");
}

#[test]
fn an_officer_of_a_body_no_dictionary_knows_is_no_states() {
    let r = coded(
        "Mark Tully, president of Northern Grain Advisory Services, said the data showed \
         there should be adequate supplies in the US.",
    );
    assert!(r.iter().all(|d| d.1.is_none()), "{r:?}");
    // Offices of a portfolio or a seat stay the state's.
    assert_eq!(
        coded("Britain raised taxes again. Jane Hill, MP for Wantage, criticised the government."),
        [one("111", "GBRLEG", "GBRGOV")]
    );
}

#[test]
fn two_parties_of_one_country_are_two_actors() {
    assert_eq!(
        coded("The Tories criticised the Liberal Democrats over their tax plans."),
        [one("111", "GBRPTY", "GBRPTY")]
    );
}

#[test]
fn a_shadow_minister_is_the_opposition() {
    assert_eq!(
        coded(
            "Britain's budget was published on Monday. \
             The shadow home secretary accused the government of failing the poor."
        ),
        [one("112", "GBROPP", "GBRGOV")]
    );
}

#[test]
fn the_pa_is_the_palestinian_authority_where_palestinians_are_named() {
    assert_eq!(
        coded("PA rejects Israeli measures on Palestinian construction."),
        [one("120", "PSEGOV", "ISR")]
    );
    // Without them, "PA" may be a news agency or a US state.
    assert!(!coded("PA rejects Israeli measures on construction.")
        .iter()
        .any(|(_, s, _)| s.as_deref() == Some("PSEGOV")));
}

#[test]
fn intelligence_alone_is_information() {
    assert_eq!(
        coded("The Dutch minister said intelligence reports showed the plotters had links abroad."),
        [(String::from("010"), Some(String::from("NLDGOV")), None)]
    );
    // Its services and officials are an agency.
    assert_eq!(
        coded("US intelligence officials said Iran was hiding weapons."),
        [one("010", "USASPY", "IRN")]
    );
}

#[test]
fn a_peers_title_before_a_leaders_surname_names_someone_else() {
    let m = common::mentions(
        "The American envoy left London. Lord Kerry, a Labour peer, said the bill was wrong. \
         Senator Kerry said nothing.",
        Some("2005-03-01"),
    );
    assert!(!m.iter().any(|(t, _)| t == "Kerry"), "{m:?}");
    // The leader's own title still names him.
    assert!(
        m.iter().any(|(t, c)| t == "Senator Kerry" && c == "USALEG"),
        "{m:?}"
    );
}

#[test]
fn a_pronoun_in_capitals_amid_lower_case_is_an_acronym() {
    // "WHO" is the World Health Organization, not "who" opening a relative clause.
    assert_eq!(
        coded("The WHO accused Israel of blocking the convoy."),
        [one("112", "IGOUNOHLH", "ISR")]
    );
    assert!(common::has(
        &coded("The WHO warned Sudan that the clinics would close."),
        "130",
        Some("IGOUNOHLH"),
        Some("SDN")
    ));
}

#[test]
fn a_patriarch_or_mufti_of_a_capital_is_its_clergy() {
    // A religious title "of" a capital names no government.
    assert_eq!(
        coded("The patriarch of Baghdad criticised Iran."),
        [one("111", "IRQREL", "IRN")]
    );
    assert_eq!(
        coded("The mufti of Damascus praised Turkey."),
        [one("051", "SYRREL", "TUR")]
    );
}

#[test]
fn the_devolved_governments_are_the_uks() {
    assert_eq!(
        coded("The Scottish Executive criticised Norway over the fishing quotas."),
        [one("111", "GBRGOV", "NOR")]
    );
}

#[test]
fn an_owner_hyphened_to_owned_is_no_actor() {
    // "Singapore government-owned STT said": the firm speaks, not the government.
    for text in [
        "Qatar government-owned Ooredoo said it would buy a stake in a Kenyan firm.",
        "The Kremlin-controlled channel said the talks had failed.",
    ] {
        let m = common::mentions(text, Some("2024-01-15"));
        assert!(!m.iter().any(|(_, c)| c.ends_with("GOV")), "{text}: {m:?}");
    }
    // A mention that takes the participle in is kept.
    let media = common::mentions("Chinese state-run media said the talks had failed.", None);
    assert!(media.iter().any(|(_, c)| c == "CHNMED"), "{media:?}");
}

#[test]
fn australian_prime_ministers_are_known_by_full_name() {
    let r = common::dyads(
        "Prime Minister John Howard criticised Indonesia over the ruling.",
        Some("2004-08-15"),
    );
    assert_eq!(r, [one("111", "AUSGOV", "IDN")]);
}
