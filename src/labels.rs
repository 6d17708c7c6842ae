//! Reader-facing words for the dataset's codes, in one place so they can be translated.

use summitry_data::{Channel, Event, EventKind, Status};

/// Reader-facing name of an event kind.
pub fn kind_label(e: &Event) -> &'static str {
    match e.kind {
        EventKind::Meeting => "Meeting",
        EventKind::Call => "Phone call",
        EventKind::Talks => "Negotiation round",
        EventKind::Summit => "Summit",
    }
}

/// Reader-facing status, empty for held events.
pub fn status_label(s: Status) -> &'static str {
    match s {
        Status::Held => "",
        Status::Proposed => "Proposed",
        Status::Scheduled => "Scheduled",
    }
}

/// Reader-facing name of a channel.
pub fn channel_label(c: Channel) -> &'static str {
    match c {
        Channel::PostOnX => "Post on X",
        Channel::Post => "Social-media post",
        Channel::PressConference => "Press conference",
        Channel::StatementToJournalists => "Remarks to journalists",
        Channel::StateMedia => "State media",
        Channel::OfficialReadout => "Official readout",
        Channel::Statement => "Statement",
    }
}

/// Reader-facing plural of a kind.
pub fn kind_plural(k: EventKind) -> &'static str {
    match k {
        EventKind::Meeting => "Meetings",
        EventKind::Call => "Calls",
        EventKind::Talks => "Negotiation rounds",
        EventKind::Summit => "Summits",
    }
}
