//! Which elements are never main text: by tag, by hidden state, and by class or id words
//! (navigation, comments, share widgets, related links, captions, credits, ads).

use scraper::node::Element;

/// Tags whose content is never main text.
const JUNK_TAGS: [&str; 22] = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "button",
    "input",
    "select",
    "textarea",
    "picture",
    "img",
    "head",
    "nav",
    "footer",
    "figcaption",
    "dialog",
];

/// Tags whose content is not main text, unless they wrap most of the page.
const SOFT_JUNK_TAGS: [&str; 3] = ["form", "aside", "figure"];

/// Class or id words that mark boilerplate.
const NEGATIVE: [&str; 60] = [
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "advertising",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "byline",
    "caption",
    "captions",
    "comment",
    "comments",
    "contributor",
    "cookie",
    "cookies",
    "copyright",
    "credit",
    "credits",
    "disqus",
    "dropdown",
    "footer",
    "footnotes",
    "hidden",
    "masthead",
    "menu",
    "modal",
    "more",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "outbrain",
    "pagination",
    "popular",
    "popup",
    "promo",
    "promotion",
    "recirc",
    "recirculation",
    "recommend",
    "recommendations",
    "recommended",
    "related",
    "rss",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "skip",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "tags",
    "toolbar",
    "trending",
];

/// Class or id words that mark main content (they cancel a negative word).
const POSITIVE: [&str; 14] = [
    "article",
    "body",
    "content",
    "entry",
    "main",
    "page",
    "post",
    "story",
    "text",
    "blog",
    "articlebody",
    "storybody",
    "prose",
    "paragraph",
];

/// Tags that are kept whatever their class says.
const NEVER_JUNK: [&str; 5] = ["html", "body", "main", "article", "p"];

/// True when `el` and everything under it is left out of the main text; a navigation-like
/// tag or a class or id that says boilerplate counts only when `by_class` (the caller's check
/// that the element is not most of the page).
pub(crate) fn is_junk(el: &Element, by_class: bool) -> bool {
    let tag = el.name();
    if JUNK_TAGS.contains(&tag) {
        return true;
    }
    if el.attr("hidden").is_some()
        || el
            .attr("aria-hidden")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(style) = el.attr("style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    by_class
        && (SOFT_JUNK_TAGS.contains(&tag) || (!NEVER_JUNK.contains(&tag) && class_weight(el) < 0))
}

/// Class or id words that mark boilerplate even beside a content word.
const STRONG: [&str; 22] = [
    "ad",
    "ads",
    "advert",
    "advertisement",
    "caption",
    "captions",
    "comment",
    "comments",
    "credit",
    "credits",
    "newsletter",
    "outbrain",
    "promo",
    "recirc",
    "related",
    "share",
    "sharing",
    "signup",
    "social",
    "sponsored",
    "subscribe",
    "taboola",
];

/// True when class/id words of `el` (not `body` or `html`) name a caption, credit, share widget,
/// related links, comments or an ad: left out inside the main text even when they also say content.
pub(crate) fn is_noise(el: &Element) -> bool {
    if matches!(el.name(), "html" | "body") {
        return false;
    }
    el.attr("class")
        .into_iter()
        .chain(el.id())
        .any(|n| words(n).iter().any(|w| STRONG.contains(&w.as_str())))
}

/// +1 when class/id words say content, -1 when they say boilerplate, 0 otherwise.
pub(crate) fn class_weight(el: &Element) -> i32 {
    let mut neg = false;
    let mut pos = false;
    let names = el
        .attr("class")
        .into_iter()
        .chain(el.id())
        .chain(el.attr("role"))
        .chain(el.attr("itemprop"));
    for name in names {
        for w in words(name) {
            neg |= NEGATIVE.contains(&w.as_str());
            pos |= POSITIVE.contains(&w.as_str());
        }
    }
    match (pos, neg) {
        (true, false) => 1,
        (false, true) => -1,
        _ => 0,
    }
}

/// Lower-case words of a class list or id, split at non-alphanumerics and camelCase humps.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if !c.is_ascii_alphanumeric() {
            prev_lower = false;
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split() {
        assert_eq!(
            words("shareButtons related-links"),
            ["share", "buttons", "related", "links"]
        );
        assert_eq!(words("article__body"), ["article", "body"]);
    }
}
