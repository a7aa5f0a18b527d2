//! Sentence splitting on hand-written news paragraphs: each paragraph lists its sentences,
//! which are joined with spaces to form the input.

use petrel_nlp::Segmenter;

const PARAGRAPHS: &[&[&str]] = &[
    &["MOSCOW (Reuters) - Russia massed troops near the Ukrainian border on Monday, officials said.", "The Kremlin denied any plan to invade."],
    &["U.S. President Joe Biden spoke with Russian President Vladimir Putin on Dec. 7.", "The call lasted two hours, according to the White House."],
    &["Lt. Col. John A. Smith of the U.S. Army said 1,000 troops had arrived.", "\"We are ready,\" he told reporters."],
    &["“We will not be intimidated,” Ukrainian Foreign Minister Dmytro Kuleba said.", "“Russia must withdraw.”", "NATO allies met in Riga."],
    &["Gen. Mark Milley met his counterpart in Helsinki.", "Talks focused on missile deployments, a Pentagon spokesman said."],
    &["The company, Acme Corp., reported a 3.5% drop in revenue.", "Its shares fell 12 cents to $45.20 in New York."],
    &["Protesters gathered outside the embassy in Kyiv at 10 a.m. on Saturday.", "Police detained at least 30 people, the ministry said."],
    &["Did Moscow blink?", "Analysts were divided!", "Some said the build-up was a bluff."],
    &["The U.N. Security Council will meet on Jan. 5 to discuss the crisis.", "China and Russia are expected to block any resolution."],
    &["Mr. Johnson said the U.K. would send 100 extra soldiers to Estonia.", "Mrs. Truss agreed."],
    &["Washington, D.C., has been the scene of several protests.", "Organisers expect 5,000 people on Sunday."],
    &["The report, published by the Institute for the Study of War, said Russian forces were \"ready to attack.\"", "Moscow called it a provocation."],
    &["Prime Minister Naftali Bennett met President Isaac Herzog in Jerusalem on Thursday.", "They discussed Iran's nuclear programme."],
    &["Turkey's Erdogan called for calm.", "\"Nobody wins a war,\" he said in Ankara.", "Greece did not respond."],
    &["St. Petersburg hosted the summit in 2019.", "No. 10 Downing Street declined to comment."],
    &["Fighting resumed in the Donbas region...", "Residents fled to shelters.", "At least two civilians were killed."],
    &["The ministry (which oversees the border guard) said 12 migrants died.", "Poland blamed Belarus."],
    &["Sen. Bob Menendez, D-N.J., introduced a sanctions bill.", "It would target Russian banks and officials."],
    &["The army said it had shot down a drone over Idlib.", "Syria's government has not commented.", "The incident could not be independently verified."],
    &["J. R. R. Tolkien was cited by the speaker, oddly.", "Delegates laughed."],
];

#[test]
fn splits_hand_written_news_paragraphs() {
    let seg = Segmenter::new();
    let mut right = 0;
    let mut wrong = Vec::new();
    for p in PARAGRAPHS {
        let text = p.join(" ");
        let got: Vec<&str> = seg
            .split(&text)
            .iter()
            .filter_map(|(sp, _)| Some(&text[sp.first()?.start as usize..sp.last()?.end as usize]))
            .collect();
        if got == *p {
            right += 1;
        } else {
            wrong.push(format!("{got:#?}"));
        }
    }
    eprintln!("{right}/{} paragraphs split correctly", PARAGRAPHS.len());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
