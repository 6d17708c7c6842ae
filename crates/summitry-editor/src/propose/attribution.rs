//! Attribution: the verb of saying around a quote, who its subject is, and the channel the text
//! names ("in a post on X", "at a press conference", "told state media").

use summitry_data::Channel;

use super::actors::{words, Mention};

/// How surely a verb reports speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// "spoke with", "discussed": a quote in its sentence is still someone's words.
    Weak,
    /// "said", "wrote", "noted", "according to".
    Strong,
}

/// A verb of saying in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    /// Byte offset.
    pub start: usize,
    /// Byte offset after it.
    pub end: usize,
    /// The word, lower-case.
    pub word: String,
    /// Strong or weak.
    pub strength: Strength,
    /// "has said": undated.
    pub perfect: bool,
    /// "added", "went on to say": continues the speaker's account.
    pub continuation: bool,
    /// "was reported": the subject is not the speaker.
    pub passive: bool,
    /// "later posted", "a later statement".
    pub later: bool,
}

const STRONG: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "state",
    "states",
    "stated",
    "stating",
    "note",
    "notes",
    "noted",
    "noting",
    "add",
    "adds",
    "added",
    "adding",
    "write",
    "writes",
    "wrote",
    "writing",
    "post",
    "posts",
    "posted",
    "posting",
    "tweet",
    "tweeted",
    "tell",
    "tells",
    "told",
    "telling",
    "emphasize",
    "emphasized",
    "emphasizing",
    "emphasise",
    "emphasised",
    "emphasising",
    "stress",
    "stressed",
    "stressing",
    "highlight",
    "highlighted",
    "highlighting",
    "underline",
    "underlined",
    "underlining",
    "underscore",
    "underscored",
    "argue",
    "argued",
    "arguing",
    "insist",
    "insisted",
    "insists",
    "claim",
    "claimed",
    "declare",
    "declared",
    "announce",
    "announced",
    "confirm",
    "confirmed",
    "confirms",
    "describe",
    "described",
    "describing",
    "call",
    "called",
    "calling",
    "warn",
    "warned",
    "urge",
    "urged",
    "reaffirm",
    "reaffirmed",
    "reiterate",
    "reiterated",
    "explain",
    "explained",
    "comment",
    "commented",
    "remark",
    "remarked",
    "acknowledge",
    "acknowledged",
    "admit",
    "admitted",
    "deny",
    "denied",
    "suggest",
    "suggested",
    "propose",
    "proposed",
    "thank",
    "thanked",
    "thanking",
    "welcome",
    "welcomed",
    "welcoming",
    "praise",
    "praised",
    "vow",
    "vowed",
    "pledge",
    "pledged",
    "promise",
    "promised",
    "assert",
    "asserted",
    "reply",
    "replied",
    "respond",
    "responded",
    "reads",
    "revealed",
    "reveal",
    "recalled",
    "quoted",
    "expressing",
    "expressed",
    "reported",
    "report",
    "reports",
];

const WEAK: &[&str] = &[
    "spoke",
    "speak",
    "speaking",
    "discussed",
    "discuss",
    "discussing",
];

const CONTINUATION: &[&str] = &["added", "adding", "adds", "continued"];

/// The verbs of saying in `text` (blanked inside quotes), in order.
pub fn verbs(text: &str) -> Vec<Verb> {
    let ws = words(text);
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let lw = w.text.to_lowercase();
        let prev = i
            .checked_sub(1)
            .map(|p| ws[p].text.to_lowercase())
            .unwrap_or_default();
        let prev2 = i
            .checked_sub(2)
            .map(|p| ws[p].text.to_lowercase())
            .unwrap_or_default();
        let next = ws
            .get(i + 1)
            .map(|n| n.text.to_lowercase())
            .unwrap_or_default();
        // "according to X" attributes like "X said".
        let according = lw == "according" && next == "to";
        // "went on to say" continues like "added".
        let went_on = lw == "say" && prev == "to" && prev2 == "on";
        let strength = if STRONG.contains(&lw.as_str()) || according {
            Strength::Strong
        } else if WEAK.contains(&lw.as_str()) {
            Strength::Weak
        } else {
            continue;
        };
        // "the idea of placing", "a post on X": nouns, not verbs, when after an article.
        if ["a", "an", "the", "his", "her", "their", "its"].contains(&prev.as_str()) && !according {
            continue;
        }
        let near = |k: usize| -> Vec<String> {
            ws[i.saturating_sub(k)..(i + 2).min(ws.len())]
                .iter()
                .map(|x| x.text.to_lowercase())
                .collect()
        };
        out.push(Verb {
            start: w.start,
            end: w.end,
            word: lw.clone(),
            strength,
            perfect: ["has", "have"].contains(&prev.as_str())
                || (["has", "have"].contains(&prev2.as_str()) && prev.ends_with("ly")),
            continuation: CONTINUATION.contains(&lw.as_str()) || went_on,
            passive: ["was", "were", "been", "is", "be"].contains(&prev.as_str()),
            later: near(3).iter().any(|x| x == "later"),
        });
    }
    out
}

/// The channel `text` names, if any.
pub fn channel(text: &str) -> Option<Channel> {
    let t = format!(" {} ", text.to_lowercase());
    let has = |p: &str| t.contains(p);
    let x_platform =
        text.contains(" on X") || text.contains(" X post") || has("twitter") || has("tweet");
    if x_platform {
        return Some(Channel::PostOnX);
    }
    if has("state media")
        || has("state television")
        || has("state tv")
        || has("state news agency")
        || has(" tass")
        || has("ria novosti")
    {
        return Some(Channel::StateMedia);
    }
    if has("press conference") || has("news conference") || has("briefing") {
        return Some(Channel::PressConference);
    }
    if has("journalists") || has("reporters") || has("told the press") {
        return Some(Channel::StatementToJournalists);
    }
    if has("the message reads") || has("readout") || has("press release") || has("communiqu") {
        return Some(Channel::OfficialReadout);
    }
    if has(" posted")
        || has(" a post ")
        || has("telegram")
        || has("facebook")
        || has("instagram")
        || has("social media")
    {
        return Some(Channel::Post);
    }
    None
}

/// The mention that says a quote at `quote` (byte range in `text`, the sentence blanked inside
/// quotes) hanging on `verb`.
///
/// A verb after the quote takes the mention between them (`"…," Zelensky said`), or the one
/// right after it (`"…," said Macron`). A verb before the quote takes the first mention of its
/// clause (`Following the talks, Zelenskyy emphasized that "…"`), else the sentence's first
/// mention before it (`Putin, for his part, has said`).
pub fn speaker_mention<'a>(
    mentions: &'a [Mention],
    text: &str,
    verb: &Verb,
    quote: std::ops::Range<usize>,
) -> Option<&'a Mention> {
    if verb.start >= quote.end {
        return mentions
            .iter()
            .rev()
            .find(|m| m.end <= verb.start && m.start >= quote.end)
            .or_else(|| {
                mentions
                    .iter()
                    .find(|m| m.start >= verb.end && m.start <= verb.end + 40)
            });
    }
    if verb.word == "according" {
        return mentions.iter().find(|m| m.start >= verb.end);
    }
    subject(mentions, text, verb)
}

/// The subject of a verb of saying: the first mention of its clause, else the sentence's first
/// mention before it.
pub fn subject<'a>(mentions: &'a [Mention], text: &str, verb: &Verb) -> Option<&'a Mention> {
    let clause = text[..verb.start]
        .rfind([',', ';', ':'])
        .map(|c| c + 1)
        .unwrap_or(0);
    mentions
        .iter()
        .find(|m| m.start >= clause && m.end <= verb.start)
        .or_else(|| mentions.iter().find(|m| m.end <= verb.start))
}

/// The first strong verb of a sentence that is not an opening participle ("Expressing that…,
/// Zelensky said"), else the first weak one.
pub fn main_verb(verbs: &[Verb], text: &str) -> Option<Verb> {
    let opening = |v: &Verb| v.word.ends_with("ing") && text[..v.start].trim().is_empty();
    verbs
        .iter()
        .find(|v| v.strength == Strength::Strong && !v.passive && !opening(v))
        .or_else(|| verbs.iter().find(|v| v.strength == Strength::Weak))
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_channel_is_read_from_the_words_around_the_quote() {
        assert_eq!(
            channel("Zelensky said in a statement on X"),
            Some(Channel::PostOnX)
        );
        assert_eq!(
            channel("telling state media that"),
            Some(Channel::StateMedia)
        );
        assert_eq!(
            channel("said in comments to journalists"),
            Some(Channel::StatementToJournalists)
        );
        assert_eq!(
            channel("during a press conference"),
            Some(Channel::PressConference)
        );
        assert_eq!(channel("Von der Leyen later posted"), Some(Channel::Post));
        assert_eq!(channel("he said"), None);
    }

    #[test]
    fn has_said_is_undated_and_added_continues() {
        let v = verbs("Putin, for his part, has said he is willing");
        assert!(v[0].perfect);
        let v = verbs("he added, emphasizing");
        assert!(v[0].continuation);
        let v = verbs("Zelensky went on to say.");
        assert!(v[0].continuation);
    }

    #[test]
    fn a_post_is_a_noun_after_an_article() {
        assert!(verbs("In a post on X").is_empty());
        assert!(verbs("This was reported by the office")[0].passive);
    }
}
