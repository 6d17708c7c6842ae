//! The interface's words in English, Ukrainian and French. Dataset text (titles, summaries,
//! quotes) is not translated: it stays in its own language and is marked with `lang`.

use summitry_data::{Channel, EventKind, Position, Precision, Status, When, MONTH_NAMES};
use time::Date;

use crate::lang::Lang;

/// Every fixed string of the interface in one language.
#[derive(Debug)]
pub struct Texts {
    /// "events" (header count).
    pub events: &'static str,
    /// "statements".
    pub statements: &'static str,
    /// "comparisons".
    pub comparisons: &'static str,
    /// "sources".
    pub sources: &'static str,
    /// Name of the view switcher.
    pub views: &'static str,
    /// Map view's button.
    pub view_map: &'static str,
    /// Comparison view's button.
    pub view_compare: &'static str,
    /// List view's button.
    pub view_list: &'static str,
    /// Network view's button: "Who met whom".
    pub view_network: &'static str,
    /// Filter form's name.
    pub filter_events: &'static str,
    /// "Who took part".
    pub who_took_part: &'static str,
    /// "Anyone".
    pub anyone: &'static str,
    /// "Topic".
    pub topic: &'static str,
    /// "Any topic".
    pub any_topic: &'static str,
    /// Kinds fieldset legend.
    pub kinds_legend: &'static str,
    /// "From".
    pub from: &'static str,
    /// "To".
    pub to: &'static str,
    /// "Clear filters".
    pub clear_filters: &'static str,
    /// "{shown} of {all} events shown".
    pub shown_of: fn(usize, usize) -> String,
    /// Map region's name.
    pub map_label: &'static str,
    /// Map stage's keyboard hint.
    pub map_keys: &'static str,
    /// Legend: held.
    pub legend_held: &'static str,
    /// Legend: proposed or scheduled.
    pub legend_proposed: &'static str,
    /// Legend: calls.
    pub legend_call: &'static str,
    /// Legend: marker numbers.
    pub legend_numbers: &'static str,
    /// Map credit line.
    pub credit: &'static str,
    /// Zoom controls' group name.
    pub zoom_group: &'static str,
    /// Zoom in, zoom out, whole map, pan north, west, east, south.
    pub zoom: [&'static str; 7],
    /// "{n} event(s)" for marker labels.
    pub n_events: fn(usize) -> String,
    /// "{n} call(s)" for call-line labels.
    pub n_calls: fn(usize) -> String,
    /// Details panel's name.
    pub details: &'static str,
    /// Panel text before a selection.
    pub panel_empty: &'static str,
    /// "Close the details".
    pub close: &'static str,
    /// When, Where, Who, Topics, Outcome.
    pub facts: [&'static str; 5],
    /// "By phone".
    pub by_phone: &'static str,
    /// "Place not given in the sources".
    pub no_place: &'static str,
    /// "Compared in".
    pub compared_in: &'static str,
    /// "What was said".
    pub what_was_said: &'static str,
    /// "Also here".
    pub also_here: &'static str,
    /// "Sources" (details panel heading).
    pub facts_sources: &'static str,
    /// Timeline's name.
    pub timeline: &'static str,
    /// Timeline track's keyboard hint.
    pub timeline_keys: &'static str,
    /// Legend: hollow marks.
    pub timeline_hollow: &'static str,
    /// Brush start and end labels.
    pub brush: [&'static str; 2],
    /// "Showing {from} to {to}".
    pub showing: fn(&str, &str) -> String,
    /// "Comparisons" list heading.
    pub comparisons_heading: &'static str,
    /// Featured, readouts, comparison (claim list kinds).
    pub claim_kinds: [&'static str; 3],
    /// "Date" column.
    pub date: &'static str,
    /// "Positions".
    pub positions: &'static str,
    /// "{n} day(s) later".
    pub days_later: fn(i64) -> String,
    /// "Open the event on the map: ".
    pub open_on_map: &'static str,
    /// "On the map: ".
    pub on_the_map: &'static str,
    /// "Statements in time order".
    pub statements_in_order: &'static str,
    /// Readout matrix heading.
    pub matrix_heading: &'static str,
    /// "Only {side} raised: ".
    pub only_raised: fn(&str) -> String,
    /// "(published nothing)".
    pub published_nothing: &'static str,
    /// Matrix cells: mentioned, no readout, not mentioned.
    pub matrix_cells: [&'static str; 3],
    /// "(one side only)".
    pub one_side_only: &'static str,
    /// "Paraphrase, as the article reports it: ".
    pub paraphrase: &'static str,
    /// "In the article: ".
    pub in_the_article: &'static str,
    /// "Source: ".
    pub source: &'static str,
    /// "Events" list heading.
    pub events_heading: &'static str,
    /// List table caption.
    pub list_caption: &'static str,
    /// List columns: date, event, kind, place, participants, topics.
    pub list_columns: [&'static str; 6],
    /// "No comparisons".
    pub no_comparisons: &'static str,
    /// "Get the data".
    pub get_data: &'static str,
    /// "Embed".
    pub embed: &'static str,
    /// Embed panel: iframe snippet label, script snippet label, copy button.
    pub embed_labels: [&'static str; 3],
    /// "Copied".
    pub copied: &'static str,
    /// The filters' disclosure button on narrow screens: "Filters", "Filters (2)".
    pub filters_button: fn(usize) -> String,
    /// Where a source names no outlet: "outlet not named".
    pub outlet_not_named: &'static str,
    /// Where a source prints no headline: "article of {date}".
    pub article_of: fn(&str) -> String,
    /// After a position resting only on the article's paraphrase: "as the article reports it".
    pub as_reported: &'static str,
    /// A place's (or a group of places') events: "{n} events at {place}".
    pub events_at: fn(usize, &str) -> String,
    /// "Choose one to see its details."
    pub choose_one: &'static str,
    /// Heading of the list view's places: "Places on the map".
    pub places_heading: &'static str,
    /// How a place is labelled on the map: shown, shortened where the map is narrow, left out
    /// where the map is narrow (the list names it instead).
    pub label_states: [&'static str; 3],
    /// The search box's label: "Search".
    pub search: &'static str,
    /// While chunks of events are on their way: "Loading more events…".
    pub loading_more: &'static str,
    /// A chunk that could not be fetched: "Events from {first} to {last} could not be loaded.".
    pub chunk_failed: fn(&str, &str) -> String,
    /// "Retry".
    pub retry: &'static str,
    /// A timeline bin's button: "{n} events from {first} to {last}; zoom in".
    pub bin_label: fn(usize, &str, &str) -> String,
    /// The zoomed timeline's reset button: "Whole timeline".
    pub whole_timeline: &'static str,
    /// The list's "Show more" button: "Show {n} more".
    pub show_more: fn(usize) -> String,
    /// Before the dataset's last change: "Updated".
    pub updated: &'static str,
    /// Before a correction's date: "Corrected on".
    pub corrected_on: &'static str,
    /// The footer's list of corrections: "Corrections".
    pub corrections: &'static str,
    /// The label of a quote's translation: "Translation by the editors".
    pub translation_by_editors: &'static str,
    /// The footer's credit to the tool: "Made with".
    pub made_with: &'static str,
}

const EN: Texts = Texts {
    events: "events",
    statements: "statements",
    comparisons: "comparisons",
    sources: "sources",
    views: "Views",
    view_map: "Map and timeline",
    view_compare: "Who said what",
    view_list: "List",
    view_network: "Who met whom",
    filter_events: "Filter events",
    who_took_part: "Who took part",
    anyone: "Anyone",
    topic: "Topic",
    any_topic: "Any topic",
    kinds_legend: "Kinds (none ticked: all)",
    from: "From",
    to: "To",
    clear_filters: "Clear filters",
    shown_of: |n, all| format!("{n} of {all} events shown"),
    map_label: "Map of meetings and calls",
    map_keys: "Map. Plus and minus zoom; arrow keys pan when zoomed in.",
    legend_held: "● Held",
    legend_proposed: "○ Proposed or scheduled",
    legend_call: "☎ Phone call (dashed line between capitals)",
    legend_numbers: "Numbers count events at a place.",
    credit: "Borders: Natural Earth (public domain) via world-atlas.",
    zoom_group: "Zoom and pan the map",
    zoom: ["Zoom in", "Zoom out", "Show the whole map", "Pan north", "Pan west", "Pan east", "Pan south"],
    n_events: |n| format!("{n} event{}", if n == 1 { "" } else { "s" }),
    n_calls: |n| format!("{n} call{}", if n == 1 { "" } else { "s" }),
    details: "Event details",
    panel_empty: "Choose a place or a call on the map, or an event on the timeline, to see who took part, what they discussed and what each side said.",
    close: "Close the details",
    facts: ["When", "Where", "Who", "Topics", "Outcome"],
    by_phone: "By phone",
    no_place: "Place not given in the sources",
    compared_in: "Compared in",
    what_was_said: "What was said",
    also_here: "Also here",
    facts_sources: "Sources",
    timeline: "Timeline",
    timeline_keys: "Events in time order. Left and right arrow keys step through them.",
    timeline_hollow: "Hollow: proposed or scheduled",
    brush: ["Start of the date range", "End of the date range"],
    showing: |a, b| format!("Showing {a} to {b}"),
    comparisons_heading: "Comparisons",
    claim_kinds: ["Featured", "Readouts", "Comparison"],
    date: "Date",
    positions: "Positions",
    days_later: |d| format!("{d} day{} later", if d == 1 { "" } else { "s" }),
    open_on_map: "Open the event on the map: ",
    on_the_map: "On the map: ",
    statements_in_order: "Statements in time order",
    matrix_heading: "Topics in each side's readout",
    only_raised: |s| format!("Only {s} raised: "),
    published_nothing: " (published nothing)",
    matrix_cells: ["✓ Mentioned", "∅ No readout", "— Not mentioned"],
    one_side_only: " (one side only)",
    paraphrase: "Paraphrase, as the article reports it: ",
    in_the_article: "In the article: ",
    source: "Source: ",
    events_heading: "Events",
    list_caption: "Events in time order, with the filters applied",
    list_columns: ["Date", "Event", "Kind", "Place", "Participants", "Topics"],
    no_comparisons: "This dataset has no comparisons.",
    get_data: "Get the data",
    embed: "Embed",
    embed_labels: ["Embed as an iframe", "Embed with a script", "Copy"],
    copied: "Copied",
    filters_button: |n| if n == 0 { "Filters".into() } else { format!("Filters ({n})") },
    outlet_not_named: "outlet not named",
    article_of: |d| format!("article of {d}"),
    as_reported: "as the article reports it",
    events_at: |n, p| format!("{n} {} at {p}", if n == 1 { "event" } else { "events" }),
    choose_one: "Choose one to see its details.",
    places_heading: "Places on the map",
    label_states: ["labelled on the map", "label shortened where the map is narrow", "no label where the map is narrow: its marker says its name, and it is named here"],
    search: "Search",
    loading_more: "Loading more events…",
    chunk_failed: |a, b| format!("Events from {a} to {b} could not be loaded."),
    retry: "Retry",
    bin_label: |n, a, b| format!("{n} {} from {a} to {b}; zoom in", if n == 1 { "event" } else { "events" }),
    whole_timeline: "Whole timeline",
    show_more: |n| format!("Show {n} more"),
    updated: "Updated",
    corrected_on: "Corrected on",
    corrections: "Corrections",
    translation_by_editors: "Translation by the editors",
    made_with: "Made with",
};

const UK: Texts = Texts {
    events: "подій",
    statements: "заяв",
    comparisons: "порівнянь",
    sources: "джерел",
    views: "Подання",
    view_map: "Мапа і хронологія",
    view_compare: "Хто що сказав",
    view_list: "Список",
    view_network: "Хто з ким зустрічався",
    filter_events: "Фільтр подій",
    who_took_part: "Учасники",
    anyone: "Будь-хто",
    topic: "Тема",
    any_topic: "Будь-яка тема",
    kinds_legend: "Типи (нічого не вибрано: усі)",
    from: "Від",
    to: "До",
    clear_filters: "Скинути фільтри",
    shown_of: |n, all| format!("Показано {n} з {all} подій"),
    map_label: "Мапа зустрічей і розмов",
    map_keys: "Мапа. Плюс і мінус змінюють масштаб; стрілки зсувають збільшену мапу.",
    legend_held: "● Відбулася",
    legend_proposed: "○ Запропонована або запланована",
    legend_call: "☎ Телефонна розмова (пунктир між столицями)",
    legend_numbers: "Числа показують кількість подій у місці.",
    credit: "Кордони: Natural Earth (суспільне надбання) через world-atlas.",
    zoom_group: "Масштаб і зсув мапи",
    zoom: ["Збільшити", "Зменшити", "Показати всю мапу", "Зсунути на північ", "Зсунути на захід", "Зсунути на схід", "Зсунути на південь"],
    n_events: |n| format!("подій: {n}"),
    n_calls: |n| format!("розмов: {n}"),
    details: "Подробиці події",
    panel_empty: "Виберіть місце чи розмову на мапі або подію на хронології, щоб побачити учасників, теми і що сказала кожна сторона.",
    close: "Закрити подробиці",
    facts: ["Коли", "Де", "Хто", "Теми", "Результат"],
    by_phone: "Телефоном",
    no_place: "Місце не вказано в джерелах",
    compared_in: "Порівняння",
    what_was_said: "Що було сказано",
    also_here: "Також тут",
    facts_sources: "Джерела",
    timeline: "Хронологія",
    timeline_keys: "Події за часом. Стрілки вліво і вправо переходять між ними.",
    timeline_hollow: "Порожні: запропоновані або заплановані",
    brush: ["Початок періоду", "Кінець періоду"],
    showing: |a, b| format!("Період: {a} – {b}"),
    comparisons_heading: "Порівняння",
    claim_kinds: ["Головне", "Заяви за підсумками", "Порівняння"],
    date: "Дата",
    positions: "Позиції",
    days_later: |d| format!("через {d} дн."),
    open_on_map: "Відкрити подію на мапі: ",
    on_the_map: "На мапі: ",
    statements_in_order: "Заяви за часом",
    matrix_heading: "Теми в заявах кожної сторони",
    only_raised: |s| format!("Лише {s}: "),
    published_nothing: " (нічого не оприлюднила)",
    matrix_cells: ["✓ Згадано", "∅ Немає заяви", "— Не згадано"],
    one_side_only: " (лише одна сторона)",
    paraphrase: "Переказ, як у статті: ",
    in_the_article: "У статті: ",
    source: "Джерело: ",
    events_heading: "Події",
    list_caption: "Події за часом, з урахуванням фільтрів",
    list_columns: ["Дата", "Подія", "Тип", "Місце", "Учасники", "Теми"],
    no_comparisons: "У цьому наборі немає порівнянь.",
    get_data: "Отримати дані",
    embed: "Вбудувати",
    embed_labels: ["Вбудувати через iframe", "Вбудувати скриптом", "Копіювати"],
    copied: "Скопійовано",
    filters_button: |n| if n == 0 { "Фільтри".into() } else { format!("Фільтри ({n})") },
    outlet_not_named: "видання не назване",
    article_of: |d| format!("стаття від {d}"),
    as_reported: "за переказом статті",
    events_at: |n, p| format!("{p}: подій — {n}"),
    choose_one: "Оберіть подію, щоб побачити подробиці.",
    places_heading: "Місця на мапі",
    label_states: ["підписано на мапі", "на вузькій мапі підпис скорочено", "на вузькій мапі підпису немає: назву промовляє маркер, і її наведено тут"],
    search: "Пошук",
    loading_more: "Завантаження інших подій…",
    chunk_failed: |a, b| format!("Не вдалося завантажити події з {a} по {b}."),
    retry: "Спробувати ще",
    bin_label: |n, a, b| format!("Подій: {n}, з {a} по {b}; наблизити"),
    whole_timeline: "Уся шкала часу",
    show_more: |n| format!("Показати ще {n}"),
    updated: "Оновлено",
    corrected_on: "Виправлено",
    corrections: "Виправлення",
    translation_by_editors: "Переклад редакції",
    made_with: "Зроблено за допомогою",
};

const FR: Texts = Texts {
    events: "événements",
    statements: "déclarations",
    comparisons: "comparaisons",
    sources: "sources",
    views: "Vues",
    view_map: "Carte et chronologie",
    view_compare: "Qui a dit quoi",
    view_list: "Liste",
    view_network: "Qui a rencontré qui",
    filter_events: "Filtrer les événements",
    who_took_part: "Participants",
    anyone: "Tous",
    topic: "Thème",
    any_topic: "Tous les thèmes",
    kinds_legend: "Types (aucun coché : tous)",
    from: "Du",
    to: "Au",
    clear_filters: "Effacer les filtres",
    shown_of: |n, all| format!("{n} événements affichés sur {all}"),
    map_label: "Carte des rencontres et des appels",
    map_keys: "Carte. Plus et moins zooment ; les flèches déplacent la carte agrandie.",
    legend_held: "● Tenue",
    legend_proposed: "○ Proposée ou prévue",
    legend_call: "☎ Appel téléphonique (pointillés entre les capitales)",
    legend_numbers: "Les nombres comptent les événements par lieu.",
    credit: "Frontières : Natural Earth (domaine public) via world-atlas.",
    zoom_group: "Zoomer et déplacer la carte",
    zoom: ["Zoomer", "Dézoomer", "Afficher toute la carte", "Vers le nord", "Vers l'ouest", "Vers l'est", "Vers le sud"],
    n_events: |n| format!("{n} événement{}", if n == 1 { "" } else { "s" }),
    n_calls: |n| format!("{n} appel{}", if n == 1 { "" } else { "s" }),
    details: "Détails de l'événement",
    panel_empty: "Choisissez un lieu ou un appel sur la carte, ou un événement sur la chronologie, pour voir les participants, les sujets et ce que chaque camp a dit.",
    close: "Fermer les détails",
    facts: ["Quand", "Où", "Qui", "Thèmes", "Résultat"],
    by_phone: "Par téléphone",
    no_place: "Lieu non précisé par les sources",
    compared_in: "Comparé dans",
    what_was_said: "Ce qui a été dit",
    also_here: "Aussi ici",
    facts_sources: "Sources",
    timeline: "Chronologie",
    timeline_keys: "Événements dans l'ordre. Les flèches gauche et droite passent de l'un à l'autre.",
    timeline_hollow: "Creux : proposé ou prévu",
    brush: ["Début de la période", "Fin de la période"],
    showing: |a, b| format!("Du {a} au {b}"),
    comparisons_heading: "Comparaisons",
    claim_kinds: ["À la une", "Comptes rendus", "Comparaison"],
    date: "Date",
    positions: "Positions",
    days_later: |d| format!("{d} jour{} plus tard", if d == 1 { "" } else { "s" }),
    open_on_map: "Ouvrir l'événement sur la carte : ",
    on_the_map: "Sur la carte : ",
    statements_in_order: "Déclarations dans l'ordre",
    matrix_heading: "Thèmes du compte rendu de chaque camp",
    only_raised: |s| format!("Seulement {s} : "),
    published_nothing: " (rien publié)",
    matrix_cells: ["✓ Mentionné", "∅ Pas de compte rendu", "— Non mentionné"],
    one_side_only: " (un seul camp)",
    paraphrase: "Paraphrase, telle que l'article la rapporte : ",
    in_the_article: "Dans l'article : ",
    source: "Source : ",
    events_heading: "Événements",
    list_caption: "Événements dans l'ordre, filtres appliqués",
    list_columns: ["Date", "Événement", "Type", "Lieu", "Participants", "Thèmes"],
    no_comparisons: "Ce jeu de données n'a pas de comparaison.",
    get_data: "Télécharger les données",
    embed: "Intégrer",
    embed_labels: ["Intégrer en iframe", "Intégrer par script", "Copier"],
    copied: "Copié",
    filters_button: |n| if n == 0 { "Filtres".into() } else { format!("Filtres ({n})") },
    outlet_not_named: "média non nommé",
    article_of: |d| format!("article du {d}"),
    as_reported: "selon la paraphrase de l'article",
    events_at: |n, p| format!("{n} {} à {p}", if n == 1 { "événement" } else { "événements" }),
    choose_one: "Choisissez-en un pour voir le détail.",
    places_heading: "Lieux sur la carte",
    label_states: ["nommé sur la carte", "nom abrégé quand la carte est étroite", "sans nom quand la carte est étroite : le marqueur le dit et il figure ici"],
    search: "Rechercher",
    loading_more: "Chargement d’autres événements…",
    chunk_failed: |a, b| format!("Les événements du {a} au {b} n’ont pas pu être chargés."),
    retry: "Réessayer",
    bin_label: |n, a, b| format!("{n} {} du {a} au {b} ; agrandir", if n == 1 { "événement" } else { "événements" }),
    whole_timeline: "Toute la frise",
    show_more: |n| format!("Afficher {n} de plus"),
    updated: "Mis à jour le",
    corrected_on: "Corrigé le",
    corrections: "Corrections",
    translation_by_editors: "Traduction de la rédaction",
    made_with: "Réalisé avec",
};

/// The interface's words in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Uk => &UK,
        Lang::Fr => &FR,
    }
}

/// An event kind in `lang`.
pub fn kind(lang: Lang, k: EventKind) -> &'static str {
    let i = EventKind::ALL
        .iter()
        .position(|x| *x == k)
        .expect("ALL lists every kind");
    match lang {
        Lang::En => ["Meeting", "Phone call", "Negotiation round", "Summit"][i],
        Lang::Uk => ["Зустріч", "Телефонна розмова", "Раунд переговорів", "Саміт"][i],
        Lang::Fr => [
            "Rencontre",
            "Appel téléphonique",
            "Cycle de négociations",
            "Sommet",
        ][i],
    }
}

/// An event kind, plural, in `lang` (filters and legends).
pub fn kind_plural(lang: Lang, k: EventKind) -> &'static str {
    let i = EventKind::ALL
        .iter()
        .position(|x| *x == k)
        .expect("ALL lists every kind");
    match lang {
        Lang::En => ["Meetings", "Calls", "Negotiation rounds", "Summits"][i],
        Lang::Uk => ["Зустрічі", "Розмови", "Раунди переговорів", "Саміти"][i],
        Lang::Fr => ["Rencontres", "Appels", "Négociations", "Sommets"][i],
    }
}

/// A status in `lang`; empty for held events.
pub fn status(lang: Lang, s: Status) -> &'static str {
    match (lang, s) {
        (_, Status::Held) => "",
        (Lang::En, Status::Proposed) => "Proposed",
        (Lang::En, Status::Scheduled) => "Scheduled",
        (Lang::Uk, Status::Proposed) => "Запропоновано",
        (Lang::Uk, Status::Scheduled) => "Заплановано",
        (Lang::Fr, Status::Proposed) => "Proposé",
        (Lang::Fr, Status::Scheduled) => "Prévu",
    }
}

/// A channel in `lang`.
pub fn channel(lang: Lang, c: Channel) -> &'static str {
    let i = Channel::ALL
        .iter()
        .position(|x| *x == c)
        .expect("every channel is listed");
    match lang {
        Lang::En => [
            "Post on X",
            "Social-media post",
            "Press conference",
            "Remarks to journalists",
            "State media",
            "Official readout",
            "Statement",
        ][i],
        Lang::Uk => [
            "Допис в X",
            "Допис у соцмережі",
            "Пресконференція",
            "Коментар журналістам",
            "Державні медіа",
            "Офіційне повідомлення",
            "Заява",
        ][i],
        Lang::Fr => [
            "Message sur X",
            "Message sur un réseau social",
            "Conférence de presse",
            "Propos à la presse",
            "Médias d'État",
            "Compte rendu officiel",
            "Déclaration",
        ][i],
    }
}

/// A position's badge in `lang`: words and a symbol, so it never depends on colour alone.
pub fn position(lang: Lang, p: Position) -> (&'static str, &'static str) {
    let symbol = crate::compare::position_symbol(p);
    let i = Position::ALL
        .iter()
        .position(|x| *x == p)
        .expect("ALL lists every position");
    let words = match lang {
        Lang::En => [
            "Proposes",
            "Supports",
            "Sets conditions",
            "Rejects",
            "Downplays",
            "Silent",
            "Published a readout",
        ][i],
        Lang::Uk => [
            "Пропонує",
            "Підтримує",
            "Ставить умови",
            "Відкидає",
            "Применшує",
            "Мовчить",
            "Оприлюднила заяву",
        ][i],
        Lang::Fr => [
            "Propose",
            "Soutient",
            "Pose des conditions",
            "Rejette",
            "Minimise",
            "Silence",
            "A publié un compte rendu",
        ][i],
    };
    (words, symbol)
}

// English months are the dataset's own table (`MONTH_NAMES`).
// Ukrainian uses the genitive after a day ("23 липня") and the nominative alone ("липень").
const MONTHS_UK_GEN: [&str; 12] = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];
const MONTHS_UK_NOM: [&str; 12] = [
    "січень",
    "лютий",
    "березень",
    "квітень",
    "травень",
    "червень",
    "липень",
    "серпень",
    "вересень",
    "жовтень",
    "листопад",
    "грудень",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

fn m(d: Date) -> usize {
    usize::from(u8::from(d.month())) - 1
}

/// A day in `lang`: "23 July 2025", "23 липня 2025", "23 juillet 2025" (1er in French).
pub fn long(lang: Lang, d: Date) -> String {
    match lang {
        Lang::En => format!("{} {} {}", d.day(), MONTH_NAMES[m(d)], d.year()),
        Lang::Uk => format!("{} {} {}", d.day(), MONTHS_UK_GEN[m(d)], d.year()),
        Lang::Fr if d.day() == 1 => format!("1er {} {}", MONTHS_FR[m(d)], d.year()),
        Lang::Fr => format!("{} {} {}", d.day(), MONTHS_FR[m(d)], d.year()),
    }
}

/// A month alone in `lang`: "July 2025", "липень 2025", "juillet 2025".
pub fn month(lang: Lang, d: Date) -> String {
    let name = match lang {
        Lang::En => MONTH_NAMES[m(d)],
        Lang::Uk => MONTHS_UK_NOM[m(d)],
        Lang::Fr => MONTHS_FR[m(d)],
    };
    format!("{name} {}", d.year())
}

/// A year alone in `lang`: "2024", "2024 рік", "2024".
pub fn year(lang: Lang, d: Date) -> String {
    match lang {
        Lang::En | Lang::Fr => d.year().to_string(),
        Lang::Uk => format!("{} рік", d.year()),
    }
}

/// Three-letter month for axis ticks.
pub fn short_month(lang: Lang, d: Date) -> String {
    let name = match lang {
        Lang::En => MONTH_NAMES[m(d)],
        Lang::Uk => MONTHS_UK_NOM[m(d)],
        Lang::Fr => MONTHS_FR[m(d)],
    };
    name.chars().take(3).collect()
}

/// A date with its precision in `lang`.
pub fn when(lang: Lang, w: &When) -> String {
    let same_month = |a: Date, b: Date| a.month() == b.month() && a.year() == b.year();
    match (w.precision, w.end) {
        (Precision::Day, _) | (Precision::Range, None) => long(lang, w.date),
        (Precision::Year, _) => year(lang, w.date),
        (Precision::Month, _) => month(lang, w.date),
        (Precision::By, _) => match lang {
            Lang::En => format!("by {}", long(lang, w.date)),
            Lang::Uk => format!("до {}", long(lang, w.date)),
            Lang::Fr => format!("au plus tard le {}", long(lang, w.date)),
        },
        (Precision::After, _) => match lang {
            Lang::En => format!("after {}", long(lang, w.date)),
            Lang::Uk => format!("після {}", long(lang, w.date)),
            Lang::Fr => format!("après le {}", long(lang, w.date)),
        },
        (Precision::Range, Some(end)) if same_month(w.date, end) => {
            let tail = long(lang, end);
            let tail = tail
                .split_once(' ')
                .map(|(_, rest)| rest)
                .unwrap_or(&tail)
                .to_string();
            format!("{}–{} {tail}", w.date.day(), end.day())
        }
        (Precision::Range, Some(end)) => format!("{} – {}", long(lang, w.date), long(lang, end)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn day(d: Date) -> When {
        When {
            date: d,
            precision: Precision::Day,
            end: None,
        }
    }

    #[test]
    fn dates_follow_each_locale() {
        let d = day(date!(2025 - 07 - 23));
        assert_eq!(when(Lang::En, &d), "23 July 2025");
        assert_eq!(when(Lang::Uk, &d), "23 липня 2025");
        assert_eq!(when(Lang::Fr, &d), "23 juillet 2025");
        assert_eq!(long(Lang::Fr, date!(2025 - 08 - 01)), "1er août 2025");
    }

    #[test]
    fn a_year_alone_is_written_without_day_or_month() {
        let w = When {
            date: date!(2024 - 01 - 01),
            precision: Precision::Year,
            end: None,
        };
        assert_eq!(when(Lang::En, &w), "2024");
        assert_eq!(when(Lang::Uk, &w), "2024 рік");
        assert_eq!(when(Lang::Fr, &w), "2024");
    }

    #[test]
    fn ukrainian_months_alone_are_nominative() {
        let w = When {
            date: date!(2024 - 12 - 01),
            precision: Precision::Month,
            end: None,
        };
        assert_eq!(when(Lang::Uk, &w), "грудень 2024");
    }

    #[test]
    fn deadlines_and_ranges_read_naturally() {
        let by = When {
            date: date!(2025 - 08 - 31),
            precision: Precision::By,
            end: None,
        };
        assert_eq!(when(Lang::Uk, &by), "до 31 серпня 2025");
        assert_eq!(when(Lang::Fr, &by), "au plus tard le 31 août 2025");
        let weekend = When {
            date: date!(2026 - 01 - 03),
            precision: Precision::Range,
            end: Some(date!(2026 - 01 - 04)),
        };
        assert_eq!(when(Lang::En, &weekend), "3–4 January 2026");
        assert_eq!(when(Lang::Uk, &weekend), "3–4 січня 2026");
    }

    #[test]
    fn every_language_names_every_kind_position_and_channel_distinctly() {
        for lang in Lang::ALL {
            let kinds: Vec<_> = EventKind::ALL.iter().map(|k| kind(lang, *k)).collect();
            let positions: Vec<_> = Position::ALL.iter().map(|p| position(lang, *p).0).collect();
            for list in [kinds, positions] {
                for (i, a) in list.iter().enumerate() {
                    assert!(!a.is_empty());
                    assert!(!list[i + 1..].contains(a), "{lang:?}: {a} twice");
                }
            }
            assert_ne!(
                channel(lang, Channel::PostOnX),
                channel(lang, Channel::Statement)
            );
        }
    }

    #[test]
    fn translations_differ_from_english() {
        assert_ne!(texts(Lang::Uk).view_map, texts(Lang::En).view_map);
        assert_ne!(texts(Lang::Fr).view_compare, texts(Lang::En).view_compare);
        assert_eq!((texts(Lang::Uk).shown_of)(3, 13), "Показано 3 з 13 подій");
    }
}
