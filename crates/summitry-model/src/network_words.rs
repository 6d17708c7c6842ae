//! The "who met whom" view's words in English, Ukrainian and French.

use crate::lang::Lang;

/// Every fixed string of the network view in one language.
#[derive(Debug)]
pub struct NetworkWords {
    /// The drawing's name: what it shows.
    pub drawing: &'static str,
    /// The keyboard hint under the drawing.
    pub keys: &'static str,
    /// Legend: in person, calls, proposed or scheduled, circle size.
    pub legend: [&'static str; 4],
    /// A group node's label: "{n} others".
    pub others: fn(usize) -> String,
    /// A group node's button: "Show the {n} others of {side}".
    pub open_group: fn(usize, &str) -> String,
    /// The panel before a selection.
    pub panel_empty: &'static str,
    /// With nothing to draw: "No one took part in the events shown."
    pub nobody: &'static str,
    /// "{n} meeting(s) in person".
    pub meetings: fn(usize) -> String,
    /// "{n} call(s)".
    pub calls: fn(usize) -> String,
    /// "{n} proposed or scheduled".
    pub planned: fn(usize) -> String,
    /// A node's accessible name: "{name}: {counts}".
    pub node_label: fn(&str, &str) -> String,
    /// An edge's accessible name: "{a} and {b}: {counts}".
    pub edge_label: fn(&str, &str, &str) -> String,
    /// The panel's heading for a pair: "{a} and {b}".
    pub pair: fn(&str, &str) -> String,
    /// "Only those who met {name}" (the filter in one step).
    pub only_met: fn(&str) -> String,
    /// "Statements by {name}".
    pub statements_by: fn(&str) -> String,
    /// "Events"/"Shared events" heading.
    pub events_heading: &'static str,
    /// "Open on the map", "On the timeline" link words.
    pub open_on_map: &'static str,
    /// The table's disclosure: "Who met whom, as a table".
    pub table_summary: &'static str,
    /// The table's caption.
    pub table_caption: &'static str,
    /// Table columns: one, the other, in person, calls, proposed or scheduled, last met or spoke.
    pub columns: [&'static str; 6],
    /// Where a pair never met or spoke: "never".
    pub never: &'static str,
    /// The key of numbered nodes: "Numbers on the drawing".
    pub key_heading: &'static str,
    /// Lines left out of a crowded drawing: "{n} lighter lines are left out; the table lists every pair."
    pub dropped: fn(usize) -> String,
}

fn plural_en(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

const EN: NetworkWords = NetworkWords {
    drawing: "Who met whom: people and delegations as circles, by side, and a line for each pair who met or spoke",
    keys: "Tab moves from person to person; the arrow keys follow their lines; Enter or Space shows the details; Escape goes back.",
    legend: [
        "Straight line: met in person",
        "Curved line: phone calls",
        "Dashed line: proposed or scheduled, not held",
        "The larger the circle, the more events",
    ],
    others: |n| format!("{n} others"),
    open_group: |n, side| format!("Show the {n} others ({side})"),
    panel_empty: "Choose a person or a line to see their meetings, calls and statements.",
    nobody: "No one took part in the events shown.",
    meetings: |n| plural_en(n, "meeting in person", "meetings in person"),
    calls: |n| plural_en(n, "call", "calls"),
    planned: |n| format!("{n} proposed or scheduled"),
    node_label: |name, counts| format!("{name}: {counts}"),
    edge_label: |a, b, counts| format!("{a} and {b}: {counts}"),
    pair: |a, b| format!("{a} and {b}"),
    only_met: |name| format!("Only those who met {name}"),
    statements_by: |name| format!("Statements by {name}"),
    events_heading: "Events",
    open_on_map: "Open on the map",
    table_summary: "Who met whom, as a table",
    table_caption: "Who met whom, how often, and when last",
    columns: [
        "One",
        "The other",
        "In person",
        "Calls",
        "Proposed or scheduled",
        "Last met or spoke",
    ],
    never: "never",
    key_heading: "Numbers on the drawing",
    dropped: |n| format!("{n} lighter lines are left out of the drawing; the table lists every pair."),
};

const UK: NetworkWords = NetworkWords {
    drawing: "Хто з ким зустрічався: люди й делегації як кола, за сторонами, і лінія для кожної пари, що зустрілася або розмовляла",
    keys: "Tab переходить від людини до людини; стрілки ведуть уздовж їхніх ліній; Enter або пробіл показує подробиці; Escape повертає назад.",
    legend: [
        "Пряма лінія: зустріч особисто",
        "Вигнута лінія: телефонні розмови",
        "Пунктир: запропоновано або заплановано, не відбулося",
        "Що більше коло, то більше подій",
    ],
    others: |n| format!("ще {n}"),
    open_group: |n, side| format!("Показати ще {n} ({side})"),
    panel_empty: "Виберіть людину або лінію, щоб побачити їхні зустрічі, розмови й заяви.",
    nobody: "Серед показаних подій немає учасників.",
    meetings: |n| format!("особистих зустрічей: {n}"),
    calls: |n| format!("розмов: {n}"),
    planned: |n| format!("запропонованих або запланованих: {n}"),
    node_label: |name, counts| format!("{name}: {counts}"),
    edge_label: |a, b, counts| format!("{a} і {b}: {counts}"),
    pair: |a, b| format!("{a} і {b}"),
    only_met: |name| format!("Лише ті, хто зустрічався з: {name}"),
    statements_by: |name| format!("Заяви: {name}"),
    events_heading: "Події",
    open_on_map: "Відкрити на мапі",
    table_summary: "Хто з ким зустрічався, таблицею",
    table_caption: "Хто з ким зустрічався, як часто і коли востаннє",
    columns: [
        "Один",
        "Інший",
        "Особисто",
        "Розмови",
        "Запропоновано або заплановано",
        "Востаннє зустрічалися або розмовляли",
    ],
    never: "ніколи",
    key_heading: "Номери на схемі",
    dropped: |n| format!("Слабших ліній не показано: {n}; таблиця перелічує всі пари."),
};

const FR: NetworkWords = NetworkWords {
    drawing: "Qui a rencontré qui : personnes et délégations en cercles, par camp, et une ligne pour chaque paire qui s'est rencontrée ou parlé",
    keys: "Tab passe d'une personne à l'autre ; les flèches suivent ses lignes ; Entrée ou Espace affiche le détail ; Échap revient en arrière.",
    legend: [
        "Ligne droite : rencontre en personne",
        "Ligne courbe : appels téléphoniques",
        "Pointillés : proposé ou prévu, non tenu",
        "Plus le cercle est grand, plus il y a d'événements",
    ],
    others: |n| format!("{n} autres"),
    open_group: |n, side| format!("Afficher les {n} autres ({side})"),
    panel_empty: "Choisissez une personne ou une ligne pour voir ses rencontres, appels et déclarations.",
    nobody: "Personne ne participe aux événements affichés.",
    meetings: |n| {
        if n == 1 {
            "1 rencontre en personne".into()
        } else {
            format!("{n} rencontres en personne")
        }
    },
    calls: |n| format!("{n} appel{}", if n == 1 { "" } else { "s" }),
    planned: |n| format!("{n} proposé{} ou prévu{}", if n == 1 { "" } else { "s" }, if n == 1 { "" } else { "s" }),
    node_label: |name, counts| format!("{name} : {counts}"),
    edge_label: |a, b, counts| format!("{a} et {b} : {counts}"),
    pair: |a, b| format!("{a} et {b}"),
    only_met: |name| format!("Seulement ceux qui ont rencontré {name}"),
    statements_by: |name| format!("Déclarations de {name}"),
    events_heading: "Événements",
    open_on_map: "Ouvrir sur la carte",
    table_summary: "Qui a rencontré qui, en tableau",
    table_caption: "Qui a rencontré qui, combien de fois et quand pour la dernière fois",
    columns: [
        "L'un",
        "L'autre",
        "En personne",
        "Appels",
        "Proposé ou prévu",
        "Dernière rencontre ou dernier appel",
    ],
    never: "jamais",
    key_heading: "Numéros du schéma",
    dropped: |n| format!("{n} lignes plus faibles ne sont pas tracées ; le tableau donne toutes les paires."),
};

/// The network view's words in `lang`.
pub fn network_words(lang: Lang) -> &'static NetworkWords {
    match lang {
        Lang::En => &EN,
        Lang::Uk => &UK,
        Lang::Fr => &FR,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_number_in_every_language() {
        for lang in Lang::ALL {
            let w = network_words(lang);
            for n in [1, 2, 5] {
                for text in [(w.meetings)(n), (w.calls)(n), (w.planned)(n), (w.others)(n)] {
                    assert!(text.contains(&n.to_string()), "{text}");
                }
            }
        }
        assert_eq!((network_words(Lang::En).meetings)(1), "1 meeting in person");
        assert_eq!((network_words(Lang::Fr).calls)(2), "2 appels");
    }
}
