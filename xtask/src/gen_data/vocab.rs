//! The built-in vocabulary: sides, real cities, topics, propositions, name and town-name parts,
//! outlets and sentence templates. Every person, outlet and article is fictional; the countries,
//! cities and coordinates are real, so the map looks like the real thing.

/// Names of people and towns in one language.
pub struct Family {
    /// Men's given names.
    pub first_m: &'static [&'static str],
    /// Women's given names.
    pub first_f: &'static [&'static str],
    /// Surnames (men's form where the language has two).
    pub last_m: &'static [&'static str],
    /// Women's surnames, index for index with `last_m`; empty where surnames do not change.
    pub last_f: &'static [&'static str],
    /// True where the surname comes first (Chinese).
    pub family_first: bool,
    /// First parts of town names; empty where no towns are generated.
    pub town_a: &'static [&'static str],
    /// Second parts of town names.
    pub town_b: &'static [&'static str],
}

macro_rules! family {
    ($name:ident, m: [$($m:literal),*], f: [$($f:literal),*], last: [$($l:literal),*],
     last_f: [$($lf:literal),*], town: [$($a:literal),*] + [$($b:literal),*]) => {
        #[doc = concat!("Names of the ", stringify!($name), " family.")]
        pub static $name: Family = Family {
            first_m: &[$($m),*],
            first_f: &[$($f),*],
            last_m: &[$($l),*],
            last_f: &[$($lf),*],
            family_first: false,
            town_a: &[$($a),*],
            town_b: &[$($b),*],
        };
    };
}

family!(UKRAINIAN,
    m: ["Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Taras", "Bohdan", "Yurii"],
    f: ["Iryna", "Olena", "Yuliia", "Nataliia", "Oksana", "Halyna"],
    last: ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Melnyk", "Kravets", "Moroz",
           "Savchuk", "Lysenko", "Hrytsenko", "Marchenko", "Rudenko"],
    last_f: [],
    town: ["Novo", "Staro", "Bilo", "Zeleno", "Dubo", "Vyshne", "Sosno", "Cherno", "Boro",
           "Lypo", "Krasno", "Kamiano"] + ["hrad", "pil", "ivka", "vychi", "dar", "horod", "pillia", "ske"]);
family!(RUSSIAN,
    m: ["Sergei", "Alexei", "Dmitry", "Nikolai", "Yuri", "Pavel", "Mikhail", "Andrei"],
    f: ["Olga", "Tatiana", "Elena", "Irina", "Anna", "Svetlana"],
    last: ["Volkov", "Sokolov", "Morozov", "Lebedev", "Kuznetsov", "Orlov", "Belov", "Zaitsev",
           "Gromov", "Filatov", "Tikhonov", "Rybakov"],
    last_f: ["Volkova", "Sokolova", "Morozova", "Lebedeva", "Kuznetsova", "Orlova", "Belova",
             "Zaitseva", "Gromova", "Filatova", "Tikhonova", "Rybakova"],
    town: ["Novo", "Staro", "Krasno", "Belo", "Zeleno", "Dubro", "Sosno", "Ugle"]
        + ["gorsk", "grad", "vo", "sk", "polye", "ozersk", "dolsk"]);
family!(POLISH,
    m: ["Piotr", "Tomasz", "Krzysztof", "Marek", "Paweł", "Jakub"],
    f: ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna"],
    last: ["Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
           "Dąbrowski"],
    last_f: ["Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska", "Zielińska", "Szymańska",
             "Dąbrowska"],
    town: ["Dąbr", "Kras", "Wol", "Sław", "Brzez", "Lip", "Grab", "Bor"]
        + ["owo", "ów", "owice", "nik", "ice", "no", "owa"]);
family!(GERMAN,
    m: ["Thomas", "Michael", "Stefan", "Andreas", "Markus", "Jan"],
    f: ["Katrin", "Sabine", "Julia", "Anja", "Claudia"],
    last: ["Becker", "Hoffmann", "Schäfer", "Wagner", "Keller", "Wolf", "Neumann", "Braun",
           "Zimmermann", "Krüger"],
    last_f: [],
    town: ["Neu", "Alt", "Ober", "Rosen", "Linden", "Stein", "Wald", "Eichen", "Birken", "Sonnen"]
        + ["dorf", "burg", "heim", "bach", "feld", "hausen", "stadt", "berg"]);
family!(FRENCH,
    m: ["Jean", "Pierre", "Nicolas", "Julien", "Antoine", "Mathieu"],
    f: ["Claire", "Sophie", "Camille", "Isabelle", "Élise"],
    last: ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Rousseau",
           "Fontaine", "Chevalier"],
    last_f: [],
    town: ["Mont", "Beau", "Ville", "Roche", "Bois", "Fleur", "Clair"]
        + ["ville", "court", "mont", "fort", "bourg", "lieu", "val"]);
family!(ENGLISH,
    m: ["James", "David", "Robert", "Michael", "William", "Andrew", "Richard"],
    f: ["Sarah", "Emma", "Laura", "Rachel", "Helen", "Karen"],
    last: ["Whitaker", "Harrington", "Caldwell", "Morgan", "Hughes", "Bennett", "Ashworth",
           "Fletcher", "Carter", "Ellis"],
    last_f: [],
    town: ["Ash", "Brook", "Kings", "Stan", "West", "North", "Mill", "Oak", "Hart"]
        + ["ford", "field", "ton", "bury", "ley", "wick", "ham", "worth"]);
family!(TURKISH,
    m: ["Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Hakan"],
    f: ["Ayşe", "Elif", "Zeynep", "Fatma", "Selin"],
    last: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan",
           "Koç"],
    last_f: [],
    town: ["Yeni", "Kara", "Ak", "Göl", "Kızıl", "Çam", "Bağ", "Sarı"]
        + ["köy", "pınar", "dere", "tepe", "kent", "ova", "lar", "su"]);
family!(ITALIAN,
    m: ["Marco", "Giuseppe", "Luca", "Francesco", "Alessandro", "Paolo"],
    f: ["Giulia", "Francesca", "Chiara", "Elena", "Valentina"],
    last: ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo",
           "Conti"],
    last_f: [],
    town: ["Monte", "Villa", "Castel", "Borgo", "Poggio", "Colle"]
        + ["nuovo", "fiore", "rosa", "franco", "bello", "verde", "alto"]);
family!(SPANISH,
    m: ["Javier", "Carlos", "Miguel", "Pablo", "Alejandro", "Luis"],
    f: ["María", "Lucía", "Carmen", "Elena", "Marta"],
    last: ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres",
           "Ruiz", "Molina"],
    last_f: [],
    town: ["Villa", "Torre", "Puerto", "Valde", "Campo", "Castil"]
        + ["nueva", "alta", "real", "mayor", "verde", "blanca", "rubia"]);
family!(DUTCH,
    m: ["Jan", "Pieter", "Joris", "Maarten", "Bram"],
    f: ["Sanne", "Eva", "Lotte", "Anouk"],
    last: ["de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"],
    last_f: [],
    town: ["Nieuw", "Oud", "Groot", "Zuid", "Noord", "Hoog"]
        + ["dam", "dorp", "hoven", "veen", "wijk", "recht", "kerk"]);
family!(SWEDISH,
    m: ["Erik", "Lars", "Anders", "Johan", "Magnus"],
    f: ["Anna", "Karin", "Maria", "Ingrid", "Sofia"],
    last: ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Lindqvist", "Berg", "Holm"],
    last_f: [],
    town: ["Berg", "Lind", "Sjö", "Ek", "Norr", "Söder", "Mal", "Fal"]
        + ["by", "holm", "köping", "vik", "sund", "berga", "torp"]);
family!(FINNISH,
    m: ["Mikko", "Juha", "Antti", "Timo", "Ville"],
    f: ["Aino", "Laura", "Satu", "Tiina", "Riikka"],
    last: ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laine", "Koskinen",
           "Järvinen"],
    last_f: [],
    town: ["Järvi", "Koski", "Mäki", "Kuusi", "Lahti", "Salo", "Kivi"]
        + ["la", "nen", "salo", "järvi", "vaara", "koski", "lahti"]);
family!(ESTONIAN,
    m: ["Mart", "Tõnu", "Andres", "Jaan", "Priit"],
    f: ["Kadri", "Kersti", "Liis", "Triin"],
    last: ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Lepp"],
    last_f: [],
    town: ["Kure", "Vilja", "Tamme", "Kase", "Saare", "Jõe"]
        + ["küla", "mäe", "vere", "na", "pää", "la"]);
family!(LATVIAN,
    m: ["Jānis", "Andris", "Mārtiņš", "Edgars", "Artis"],
    f: ["Ilze", "Inese", "Līga", "Dace", "Laura"],
    last: ["Bērziņš", "Kalniņš", "Ozols", "Liepiņš", "Krūmiņš", "Zariņš"],
    last_f: ["Bērziņa", "Kalniņa", "Ozola", "Liepiņa", "Krūmiņa", "Zariņa"],
    town: ["Jaun", "Vec", "Ozol", "Liel", "Priež", "Bērz"]
        + ["pils", "ciems", "muiža", "kalns", "upe"]);
family!(LITHUANIAN,
    m: ["Jonas", "Tomas", "Mindaugas", "Darius", "Andrius"],
    f: ["Rūta", "Asta", "Eglė", "Jurgita"],
    last: ["Kazlauskas", "Petrauskas", "Jankauskas", "Stankevičius", "Vasiliauskas", "Žukauskas"],
    last_f: ["Kazlauskienė", "Petrauskienė", "Jankauskienė", "Stankevičienė", "Vasiliauskienė",
             "Žukauskienė"],
    town: ["Nauj", "Sen", "Ąžuol", "Žal", "Kal", "Bir"]
        + ["iai", "ava", "ėnai", "iškis", "upis", "onys"]);
family!(ROMANIAN,
    m: ["Andrei", "Mihai", "Alexandru", "Ion", "Radu", "Vlad"],
    f: ["Ioana", "Elena", "Maria", "Ana", "Cristina"],
    last: ["Popescu", "Ionescu", "Munteanu", "Stan", "Dumitrescu", "Rusu", "Ciobanu", "Lungu",
           "Moraru"],
    last_f: [],
    town: ["Valea ", "Dealu ", "Piatra ", "Câmpu ", "Satu ", "Poiana "]
        + ["Mare", "Nou", "Lung", "Verde", "Rece", "Mic"]);
family!(HUNGARIAN,
    m: ["László", "Péter", "Gábor", "Zoltán", "András"],
    f: ["Katalin", "Eszter", "Anna", "Zsófia"],
    last: ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár"],
    last_f: [],
    town: ["Kis", "Nagy", "Szent", "Fel", "Bala", "Tisza", "Duna"]
        + ["falu", "háza", "vár", "hegy", "egyháza", "telek", "szeg"]);
family!(CZECH,
    m: ["Jan", "Petr", "Tomáš", "Martin", "Jakub"],
    f: ["Lucie", "Tereza", "Kateřina", "Petra"],
    last: ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák"],
    last_f: ["Nováková", "Svobodová", "Dvořáková", "Černá", "Procházková", "Kučerová", "Veselá",
             "Horáková"],
    town: ["Nové ", "Staré ", "Horní ", "Dolní ", "Velké "]
        + ["Město", "Dvory", "Pole", "Sedlo"]);
family!(GEORGIAN,
    m: ["Giorgi", "Levan", "Davit", "Irakli", "Nikoloz"],
    f: ["Nino", "Tamar", "Ana", "Mariam", "Ketevan"],
    last: ["Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Tsiklauri", "Lomidze", "Abashidze",
           "Nozadze"],
    last_f: [],
    town: ["Akhal", "Tsiteli", "Zemo ", "Kvemo ", "Dzveli "]
        + ["sopeli", "kalaki", "tsikhe", "ubani", "kari"]);
family!(ARMENIAN,
    m: ["Armen", "Davit", "Hayk", "Tigran", "Aram"],
    f: ["Anahit", "Lusine", "Mariam", "Nune"],
    last: ["Hakobyan", "Sargsyan", "Petrosyan", "Harutyunyan", "Grigoryan", "Avetisyan",
           "Hovhannisyan", "Karapetyan"],
    last_f: [],
    town: ["Nor", "Ara", "Vard", "Ashta", "Artsv"]
        + ["avan", "shen", "arat", "ashen", "aber", "adzor"]);
family!(AZERBAIJANI,
    m: ["Elchin", "Rashad", "Farid", "Tural", "Kamran"],
    f: ["Aysel", "Leyla", "Gunel", "Nigar"],
    last: ["Mammadov", "Hasanov", "Huseynov", "Guliyev", "Ismayilov", "Abbasov", "Rzayev", "Jafarov"],
    last_f: ["Mammadova", "Hasanova", "Huseynova", "Guliyeva", "Ismayilova", "Abbasova", "Rzayeva",
             "Jafarova"],
    town: ["Yeni", "Qara", "Ağ", "Şirin", "Göy", "Qız"]
        + ["kənd", "çay", "abad", "li", "dağ", "bulaq"]);
family!(BELARUSIAN,
    m: ["Aliaksandr", "Siarhei", "Andrei", "Dzmitry", "Uladzimir"],
    f: ["Volha", "Tatsiana", "Iryna", "Natallia"],
    last: ["Kavalenka", "Novik", "Shauchuk", "Marozau", "Savitski", "Kozel"],
    last_f: ["Kavalenka", "Novik", "Shauchuk", "Marozava", "Savitskaya", "Kozel"],
    town: ["Nava", "Stara", "Bela", "Krasna", "Dubro"]
        + ["polle", "vichy", "hrad", "ushki", "lin"]);
family!(ARABIC,
    m: ["Faisal", "Khalid", "Abdullah", "Saud", "Hamad", "Tariq", "Nasser"],
    f: ["Noura", "Reem", "Lulwa", "Maha"],
    last: ["Al-Harbi", "Al-Qahtani", "Al-Otaibi", "Al-Dosari", "Al-Kuwari", "Al-Mannai",
           "Al-Sulaiti", "Al-Shammari"],
    last_f: [],
    town: [] + []);

/// Chinese names: surname first, no generated towns.
pub static CHINESE: Family = Family {
    first_m: &["Wei", "Hao", "Lei", "Jun", "Tao"],
    first_f: &["Jing", "Min", "Yan", "Xiu", "Li"],
    last_m: &[
        "Wang", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Wu",
    ],
    last_f: &[],
    family_first: true,
    town_a: &[],
    town_b: &[],
};

/// Families whose names officials of the EU, NATO and the UN are drawn from.
pub static EUROPEAN: [&Family; 10] = [
    &GERMAN, &FRENCH, &ITALIAN, &SPANISH, &DUTCH, &SWEDISH, &FINNISH, &POLISH, &ENGLISH, &ESTONIAN,
];

/// A side: a country, the EU, or an alliance or group.
pub struct SideSpec {
    /// The side's id.
    pub id: &'static str,
    /// Its label in comparisons.
    pub label: &'static str,
    /// ISO code (or `EU`); `None` for alliances and groups.
    pub country: Option<&'static str>,
    /// The label as it reads after "of" or mid-sentence ("the United States").
    pub of: &'static str,
    /// "Ukrainian", "US".
    pub adjective: &'static str,
    /// How often the side takes part in events.
    pub weight: u32,
    /// Where its people's names come from; `None`: drawn from [`EUROPEAN`].
    pub family: Option<&'static Family>,
    /// The leader's title ("President").
    pub leader: &'static str,
}

macro_rules! side {
    ($id:literal, $label:literal, $cc:literal, $of:literal, $adj:literal, $w:literal, $fam:ident, $leader:literal) => {
        SideSpec {
            id: $id,
            label: $label,
            country: Some($cc),
            of: $of,
            adjective: $adj,
            weight: $w,
            family: Some(&$fam),
            leader: $leader,
        }
    };
}

/// The country sides; the EU, NATO, the UN and the coalition follow in [`BLOCS`].
#[rustfmt::skip]
pub static COUNTRIES: [SideSpec; 28] = [
    side!("ukraine", "Ukraine", "UA", "Ukraine", "Ukrainian", 14, UKRAINIAN, "President"),
    side!("russia", "Russia", "RU", "Russia", "Russian", 9, RUSSIAN, "President"),
    side!("us", "United States", "US", "the United States", "US", 8, ENGLISH, "President"),
    side!("france", "France", "FR", "France", "French", 7, FRENCH, "President"),
    side!("germany", "Germany", "DE", "Germany", "German", 6, GERMAN, "Chancellor"),
    side!("uk", "United Kingdom", "GB", "the United Kingdom", "British", 6, ENGLISH, "Prime Minister"),
    side!("turkiye", "Türkiye", "TR", "Türkiye", "Turkish", 5, TURKISH, "President"),
    side!("poland", "Poland", "PL", "Poland", "Polish", 5, POLISH, "President"),
    side!("italy", "Italy", "IT", "Italy", "Italian", 3, ITALIAN, "Prime Minister"),
    side!("spain", "Spain", "ES", "Spain", "Spanish", 2, SPANISH, "Prime Minister"),
    side!("netherlands", "Netherlands", "NL", "the Netherlands", "Dutch", 2, DUTCH, "Prime Minister"),
    side!("sweden", "Sweden", "SE", "Sweden", "Swedish", 2, SWEDISH, "Prime Minister"),
    side!("finland", "Finland", "FI", "Finland", "Finnish", 3, FINNISH, "President"),
    side!("estonia", "Estonia", "EE", "Estonia", "Estonian", 2, ESTONIAN, "Prime Minister"),
    side!("latvia", "Latvia", "LV", "Latvia", "Latvian", 2, LATVIAN, "President"),
    side!("lithuania", "Lithuania", "LT", "Lithuania", "Lithuanian", 2, LITHUANIAN, "President"),
    side!("romania", "Romania", "RO", "Romania", "Romanian", 2, ROMANIAN, "President"),
    side!("moldova", "Moldova", "MD", "Moldova", "Moldovan", 2, ROMANIAN, "President"),
    side!("hungary", "Hungary", "HU", "Hungary", "Hungarian", 2, HUNGARIAN, "Prime Minister"),
    side!("czechia", "Czechia", "CZ", "Czechia", "Czech", 2, CZECH, "President"),
    side!("georgia", "Georgia", "GE", "Georgia", "Georgian", 2, GEORGIAN, "Prime Minister"),
    side!("armenia", "Armenia", "AM", "Armenia", "Armenian", 2, ARMENIAN, "Prime Minister"),
    side!("azerbaijan", "Azerbaijan", "AZ", "Azerbaijan", "Azerbaijani", 2, AZERBAIJANI, "President"),
    side!("belarus", "Belarus", "BY", "Belarus", "Belarusian", 2, BELARUSIAN, "President"),
    side!("china", "China", "CN", "China", "Chinese", 3, CHINESE, "President"),
    side!("saudi-arabia", "Saudi Arabia", "SA", "Saudi Arabia", "Saudi", 3, ARABIC, "Crown Prince"),
    side!("qatar", "Qatar", "QA", "Qatar", "Qatari", 2, ARABIC, "Emir"),
    side!("canada", "Canada", "CA", "Canada", "Canadian", 2, ENGLISH, "Prime Minister"),
];

/// An actor every bloc has: (id suffix, name, subject in sentences, kind, role).
pub type BlocActor = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

/// A bloc: the EU, NATO, the UN or the coalition, with its fixed actors and the roles of the
/// people generated for it.
pub struct BlocSpec {
    /// The side.
    pub side: SideSpec,
    /// Organisations, groups and delegations, fixed.
    pub actors: &'static [BlocActor],
    /// Roles of the people generated for it; the first ones always, the rest as extras.
    pub people: &'static [&'static str],
}

/// The EU, NATO, the UN and the Coalition of the Willing.
pub static BLOCS: [BlocSpec; 4] = [
    BlocSpec {
        side: SideSpec {
            id: "eu",
            label: "European Union",
            country: Some("EU"),
            of: "the European Union",
            adjective: "EU",
            weight: 7,
            family: None,
            leader: "President of the European Commission",
        },
        actors: &[
            (
                "european-commission",
                "European Commission",
                "The European Commission",
                "organisation",
                Some("The EU's executive"),
            ),
            (
                "european-council",
                "European Council",
                "The European Council",
                "organisation",
                Some("The EU's heads of state or government"),
            ),
            (
                "eu-delegation",
                "EU delegation",
                "The EU delegation",
                "delegation",
                Some("The EU's negotiators"),
            ),
            (
                "european-leaders",
                "European leaders",
                "European leaders",
                "group",
                None,
            ),
        ],
        people: &[
            "President of the European Commission",
            "President of the European Council",
            "High Representative of the EU for Foreign Affairs",
            "EU Commissioner for Enlargement",
            "President of the European Parliament",
            "EU Commissioner for Energy",
            "EU Special Envoy for the Black Sea",
            "EU Commissioner for Defence",
            "EU Ambassador to Ukraine",
        ],
    },
    BlocSpec {
        side: SideSpec {
            id: "nato",
            label: "NATO",
            country: None,
            of: "NATO",
            adjective: "NATO",
            weight: 5,
            family: None,
            leader: "NATO Secretary General",
        },
        actors: &[
            (
                "nato",
                "NATO",
                "NATO",
                "organisation",
                Some("The North Atlantic Alliance"),
            ),
            (
                "nato-representatives",
                "NATO representatives",
                "NATO representatives",
                "organisation",
                None,
            ),
        ],
        people: &[
            "NATO Secretary General",
            "NATO Deputy Secretary General",
            "Chair of the NATO Military Committee",
            "NATO spokesperson",
        ],
    },
    BlocSpec {
        side: SideSpec {
            id: "un",
            label: "United Nations",
            country: None,
            of: "the United Nations",
            adjective: "UN",
            weight: 3,
            family: None,
            leader: "UN Secretary-General",
        },
        actors: &[(
            "united-nations",
            "United Nations",
            "The United Nations",
            "organisation",
            None,
        )],
        people: &[
            "UN Secretary-General",
            "UN Special Envoy",
            "Director General of the IAEA",
            "UN High Commissioner for Refugees",
            "UN Humanitarian Coordinator for Ukraine",
        ],
    },
    BlocSpec {
        side: SideSpec {
            id: "coalition",
            label: "Coalition of the Willing",
            country: None,
            of: "the coalition",
            adjective: "coalition",
            weight: 3,
            family: None,
            leader: "",
        },
        actors: &[
            (
                "coalition-of-the-willing",
                "Coalition of the Willing",
                "The Coalition of the Willing",
                "group",
                Some("Countries prepared to support a ceasefire with troops"),
            ),
            (
                "coalition-advisers",
                "National security advisers of the coalition",
                "National security advisers of the coalition",
                "group",
                None,
            ),
            (
                "coalition-chiefs",
                "Chiefs of general staff of the coalition",
                "Chiefs of general staff of the coalition",
                "group",
                None,
            ),
        ],
        people: &[],
    },
];

/// Roles every country side has a person for, after its leader.
pub const COUNTRY_PEOPLE: [&str; 2] = ["Foreign Minister", "Defence Minister"];

/// Roles of the extra people a country side may have: `{of}` is the country as it reads after
/// "of", `{adj}` its adjective, `{leader}` its leader's title.
pub const EXTRA_ROLES: [&str; 10] = [
    "National Security Adviser of {of}",
    "Deputy Foreign Minister of {of}",
    "Special Envoy of {of}",
    "Chief of Staff to the {leader} of {of}",
    "Chief of the General Staff of {of}",
    "Energy Minister of {of}",
    "Economy Minister of {of}",
    "Spokesperson of the {adj} Foreign Ministry",
    "Deputy Prime Minister of {of}",
    "{adj} Ambassador to NATO",
];

/// A real city: name, country, latitude, longitude, capital of, towns may be generated around it,
/// a usual venue for talks between others.
pub type City = (
    &'static str,
    &'static str,
    f64,
    f64,
    &'static [&'static str],
    bool,
    bool,
);

/// Real cities, in the order they are taken when a small dataset needs only some.
#[rustfmt::skip]
pub static CITIES: [City; 84] = [
    ("Kyiv", "UA", 50.4501, 30.5234, &["UA"], true, false),
    ("Moscow", "RU", 55.7558, 37.6173, &["RU"], true, false),
    ("Washington", "US", 38.9072, -77.0369, &["US"], false, false),
    ("Brussels", "BE", 50.8503, 4.3517, &["BE", "EU"], true, false),
    ("Paris", "FR", 48.8566, 2.3522, &["FR"], true, false),
    ("Berlin", "DE", 52.5200, 13.4050, &["DE"], true, false),
    ("London", "GB", 51.5074, -0.1278, &["GB"], true, false),
    ("Ankara", "TR", 39.9334, 32.8597, &["TR"], true, false),
    ("Warsaw", "PL", 52.2297, 21.0122, &["PL"], true, false),
    ("Rome", "IT", 41.9028, 12.4964, &["IT"], true, false),
    ("Madrid", "ES", 40.4168, -3.7038, &["ES"], true, false),
    ("Amsterdam", "NL", 52.3676, 4.9041, &["NL"], true, false),
    ("Stockholm", "SE", 59.3293, 18.0686, &["SE"], true, false),
    ("Helsinki", "FI", 60.1699, 24.9384, &["FI"], true, true),
    ("Tallinn", "EE", 59.4370, 24.7536, &["EE"], true, false),
    ("Riga", "LV", 56.9496, 24.1052, &["LV"], true, false),
    ("Vilnius", "LT", 54.6872, 25.2797, &["LT"], true, false),
    ("Bucharest", "RO", 44.4268, 26.1025, &["RO"], true, false),
    ("Chișinău", "MD", 47.0105, 28.8638, &["MD"], true, false),
    ("Budapest", "HU", 47.4979, 19.0402, &["HU"], true, true),
    ("Prague", "CZ", 50.0755, 14.4378, &["CZ"], true, false),
    ("Tbilisi", "GE", 41.7151, 44.8271, &["GE"], true, false),
    ("Yerevan", "AM", 40.1792, 44.4991, &["AM"], true, false),
    ("Baku", "AZ", 40.4093, 49.8671, &["AZ"], false, true),
    ("Minsk", "BY", 53.9006, 27.5590, &["BY"], true, true),
    ("Beijing", "CN", 39.9042, 116.4074, &["CN"], false, false),
    ("Riyadh", "SA", 24.7136, 46.6753, &["SA"], false, true),
    ("Doha", "QA", 25.2854, 51.5310, &["QA"], false, true),
    ("Ottawa", "CA", 45.4215, -75.6972, &["CA"], false, false),
    ("Istanbul", "TR", 41.0082, 28.9784, &[], false, true),
    ("Geneva", "CH", 46.2044, 6.1432, &[], false, true),
    ("Vienna", "AT", 48.2082, 16.3738, &["AT"], false, true),
    ("Lviv", "UA", 49.8397, 24.0297, &[], true, false),
    ("Odesa", "UA", 46.4825, 30.7233, &[], false, false),
    ("Kharkiv", "UA", 49.9935, 36.2304, &[], true, false),
    ("Dnipro", "UA", 48.4647, 35.0462, &[], true, false),
    ("Zaporizhzhia", "UA", 47.8388, 35.1396, &[], true, false),
    ("Jeddah", "SA", 21.4858, 39.1925, &[], false, true),
    ("Abu Dhabi", "AE", 24.4539, 54.3773, &["AE"], false, true),
    ("Munich", "DE", 48.1351, 11.5820, &[], true, false),
    ("Rzeszów", "PL", 50.0412, 21.9991, &[], true, false),
    ("Kraków", "PL", 50.0647, 19.9450, &[], true, false),
    ("Ramstein-Miesenbach", "DE", 49.4447, 7.5550, &[], false, false),
    ("The Hague", "NL", 52.0705, 4.3007, &[], false, false),
    ("New York", "US", 40.7128, -74.0060, &[], false, true),
    ("Antalya", "TR", 36.8969, 30.7133, &[], false, true),
    ("Saint Petersburg", "RU", 59.9311, 30.3609, &[], true, false),
    ("Sochi", "RU", 43.6028, 39.7342, &[], false, false),
    ("Strasbourg", "FR", 48.5734, 7.7521, &[], true, false),
    ("Bern", "CH", 46.9480, 7.4474, &["CH"], false, false),
    ("Bürgenstock", "CH", 46.9966, 8.3795, &[], false, true),
    ("Davos", "CH", 46.8027, 9.8360, &[], false, false),
    ("Copenhagen", "DK", 55.6761, 12.5683, &["DK"], false, false),
    ("Oslo", "NO", 59.9139, 10.7522, &["NO"], false, false),
    ("Bratislava", "SK", 48.1486, 17.1077, &["SK"], false, false),
    ("Athens", "GR", 37.9838, 23.7275, &["GR"], false, false),
    ("Sofia", "BG", 42.6977, 23.3219, &["BG"], false, false),
    ("Belgrade", "RS", 44.7866, 20.4489, &["RS"], false, false),
    ("Lisbon", "PT", 38.7223, -9.1393, &["PT"], false, false),
    ("Dublin", "IE", 53.3498, -6.2603, &["IE"], false, false),
    ("Vatican City", "VA", 41.9029, 12.4534, &["VA"], false, true),
    ("Astana", "KZ", 51.1694, 71.4491, &["KZ"], false, true),
    ("New Delhi", "IN", 28.6139, 77.2090, &["IN"], false, false),
    ("Tokyo", "JP", 35.6762, 139.6503, &["JP"], false, false),
    ("Cairo", "EG", 30.0444, 31.2357, &["EG"], false, false),
    ("Sharm el-Sheikh", "EG", 27.9158, 34.3300, &[], false, true),
    ("Anchorage", "US", 61.2181, -149.9003, &[], false, true),
    ("Milan", "IT", 45.4642, 9.1900, &[], true, false),
    ("Barcelona", "ES", 41.3874, 2.1686, &[], false, false),
    ("Granada", "ES", 37.1773, -3.5986, &[], false, false),
    ("Marseille", "FR", 43.2965, 5.3698, &[], false, false),
    ("Lyon", "FR", 45.7640, 4.8357, &[], true, false),
    ("Hamburg", "DE", 53.5511, 9.9937, &[], false, false),
    ("Wiesbaden", "DE", 50.0782, 8.2398, &[], true, false),
    ("Edinburgh", "GB", 55.9533, -3.1883, &[], false, false),
    ("Manchester", "GB", 53.4808, -2.2426, &[], true, false),
    ("Gdańsk", "PL", 54.3520, 18.6466, &[], false, false),
    ("Batumi", "GE", 41.6168, 41.6367, &[], false, false),
    ("Kazan", "RU", 55.7887, 49.1221, &[], true, false),
    ("Bled", "SI", 46.3683, 14.1146, &[], false, true),
    ("Dubrovnik", "HR", 42.6507, 18.0944, &[], false, true),
    ("Luxembourg", "LU", 49.6116, 6.1319, &["LU"], false, false),
    ("Valletta", "MT", 35.8989, 14.5146, &["MT"], false, false),
    ("Reykjavík", "IS", 64.1466, -21.9426, &["IS"], false, false),
];

/// A topic: id, label, Ukrainian and French labels (where given), weight, noun phrases.
pub type TopicSpec = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    u32,
    [&'static str; 3],
);

/// The controlled vocabulary; the last four have English labels only, as a real dataset may.
#[rustfmt::skip]
pub static TOPICS: [TopicSpec; 30] = [
    ("leaders-meeting", "Leaders' meeting", Some("Зустріч лідерів"), Some("Rencontre des dirigeants"), 5,
     ["a meeting of leaders", "preparations for a leaders' meeting", "contacts at the level of leaders"]),
    ("peace-talks", "Peace talks and ending the war", Some("Мирні переговори і завершення війни"), Some("Pourparlers de paix et fin de la guerre"), 9,
     ["the peace process", "a just and lasting peace", "ending the war"]),
    ("ceasefire", "Ceasefire", Some("Припинення вогню"), Some("Cessez-le-feu"), 6,
     ["a ceasefire along the front line", "the monitoring of a ceasefire", "a pause in the fighting"]),
    ("security-guarantees", "Security guarantees", Some("Гарантії безпеки"), Some("Garanties de sécurité"), 7,
     ["security guarantees for Ukraine", "long-term security commitments", "the security architecture of Europe"]),
    ("peacekeepers", "Foreign troops and peacekeepers", Some("Іноземні війська і миротворці"), Some("Troupes étrangères et soldats de la paix"), 3,
     ["a multinational reassurance force", "the deployment of partners' troops", "a peacekeeping mission"]),
    ("air-defence", "Air defence", Some("Протиповітряна оборона"), Some("Défense aérienne"), 7,
     ["air defence systems", "the protection of our skies", "interceptor missiles"]),
    ("drones", "Drones", Some("Дрони"), Some("Drones"), 4,
     ["drone production", "the joint production of drones", "countering drones"]),
    ("arms-purchases", "Arms purchases", Some("Закупівлі озброєння"), Some("Achats d'armes"), 3,
     ["purchases of weapons", "new arms contracts", "the joint procurement of ammunition"]),
    ("defence-cooperation", "Defence cooperation and assistance", Some("Оборонна співпраця і допомога"), Some("Coopération de défense et aide"), 8,
     ["defence cooperation", "military assistance", "the next package of military aid"]),
    ("pilot-training", "Pilot training", Some("Навчання пілотів"), Some("Formation des pilotes"), 2,
     ["the training of pilots", "pilot training on new aircraft", "training missions"]),
    ("energy", "Energy resilience", Some("Енергетична стійкість"), Some("Résilience énergétique"), 5,
     ["the protection of energy infrastructure", "energy resilience", "repairs to the power grid"]),
    ("sanctions", "Sanctions", Some("Санкції"), Some("Sanctions"), 6,
     ["new sanctions", "the next sanctions package", "closing loopholes in the sanctions"]),
    ("pressure-on-russia", "Pressure on Russia", Some("Тиск на Росію"), Some("Pression sur la Russie"), 4,
     ["pressure on Russia", "the cost of aggression", "economic pressure on Moscow"]),
    ("eu-accession", "EU accession", Some("Вступ до ЄС"), Some("Adhésion à l'UE"), 5,
     ["the accession process", "opening the negotiation clusters", "the path to EU membership"]),
    ("anti-corruption", "Anti-corruption reform", Some("Антикорупційна реформа"), Some("Réforme anticorruption"), 2,
     ["anti-corruption reform", "the independence of anti-corruption bodies", "judicial reform"]),
    ("prisoner-exchange", "Prisoner exchange", Some("Обмін полоненими"), Some("Échange de prisonniers"), 4,
     ["the release of prisoners of war", "the return of civilians", "an exchange of bodies of the fallen"]),
    ("european-involvement", "European involvement", Some("Участь Європи"), Some("Implication européenne"), 3,
     ["Europe's place at the table", "European participation in the talks", "a common European position"]),
    ("front-line", "Front line", Some("Лінія фронту"), Some("Ligne de front"), 4,
     ["the situation on the front line", "the defence of frontline cities", "the situation in the east"]),
    ("nato-membership", "NATO membership", Some("Членство в НАТО"), Some("Adhésion à l'OTAN"), 3,
     ["Euro-Atlantic integration", "interoperability with NATO", "the alliance's open door"]),
    ("grain-exports", "Grain exports and Black Sea shipping", Some("Експорт зерна і судноплавство в Чорному морі"), Some("Exportations de céréales et navigation en mer Noire"), 3,
     ["grain exports", "safe shipping in the Black Sea", "food security"]),
    ("frozen-assets", "Frozen Russian assets", Some("Заморожені російські активи"), Some("Avoirs russes gelés"), 2,
     ["a reparations loan", "immobilised Russian assets", "windfall profits from Russian assets"]),
    ("reconstruction", "Reconstruction", Some("Відбудова"), Some("Reconstruction"), 3,
     ["reconstruction", "the recovery conference", "investment in rebuilding"]),
    ("humanitarian-aid", "Humanitarian aid", Some("Гуманітарна допомога"), Some("Aide humanitaire"), 3,
     ["humanitarian aid", "winter support for civilians", "the evacuation of civilians"]),
    ("nuclear-safety", "Nuclear safety", Some("Ядерна безпека"), Some("Sûreté nucléaire"), 2,
     ["the safety of nuclear plants", "the work of IAEA inspectors", "the power supply of the plant"]),
    ("cyber-security", "Cyber security", Some("Кібербезпека"), Some("Cybersécurité"), 2,
     ["cyber defence", "attacks on critical networks", "joint cyber exercises"]),
    ("migration", "Refugees and migration", Some("Біженці та міграція"), Some("Réfugiés et migrations"), 2,
     ["support for refugees", "temporary protection", "the return of refugees"]),
    ("gas-transit", "Gas transit", None, None, 2,
     ["gas transit", "the end of the transit contract", "gas supplies to Europe"]),
    ("children-return", "Return of deported children", None, None, 2,
     ["the return of deported children", "children taken from occupied territories", "family reunification"]),
    ("war-crimes", "Accountability for war crimes", None, None, 2,
     ["accountability for war crimes", "the special tribunal", "the register of damage"]),
    ("minerals", "Critical minerals", None, None, 2,
     ["the critical minerals agreement", "joint investment in rare earths", "the minerals fund"]),
];

/// A proposition claims compare: slug, title, topic id, terms, noun phrases that name it (each
/// contains a term, so every stance statement names the proposition; each is singular, as the
/// templates say "{Np} is ...").
pub type PropSpec = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

/// The propositions sides take positions on.
#[rustfmt::skip]
pub static PROPOSITIONS: [PropSpec; 12] = [
    ("ceasefire", "A ceasefire along the front line", "ceasefire", &["ceasefire"],
     &["a ceasefire", "a ceasefire along the front line", "a full ceasefire in the air and at sea"]),
    ("leaders-meeting", "A leaders' meeting to settle the main questions", "leaders-meeting", &["leaders' meeting"],
     &["a leaders' meeting", "a leaders' meeting with the mediators"]),
    ("security-guarantees", "Security guarantees backed by partners", "security-guarantees", &["security guarantees"],
     &["a package of security guarantees", "an agreement on security guarantees", "a framework of security guarantees backed by partners"]),
    ("sanctions-package", "A new package of sanctions", "sanctions", &["sanctions"],
     &["a new package of sanctions", "a sanctions package on oil", "the next round of sanctions"]),
    ("prisoner-exchange", "An all-for-all prisoner exchange", "prisoner-exchange", &["prisoner exchange"],
     &["a prisoner exchange", "an all-for-all prisoner exchange"]),
    ("accession-talks", "Opening EU accession talks", "eu-accession", &["accession"],
     &["opening accession talks", "the next step of accession", "accession by the end of the decade"]),
    ("reassurance-force", "A reassurance force with partners' troops", "peacekeepers", &["reassurance force"],
     &["a reassurance force", "a reassurance force with partners' troops"]),
    ("energy-truce", "A truce on strikes against energy infrastructure", "energy", &["energy truce", "strikes on energy"],
     &["an energy truce", "a moratorium on strikes on energy facilities"]),
    ("grain-corridor", "A safe grain corridor in the Black Sea", "grain-exports", &["grain corridor"],
     &["a grain corridor", "a safe grain corridor in the Black Sea"]),
    ("frozen-assets", "Using frozen Russian assets for Ukraine", "frozen-assets", &["frozen assets"],
     &["using frozen assets", "a loan backed by frozen assets"]),
    ("nato-membership", "An invitation for Ukraine to join NATO", "nato-membership", &["NATO membership", "join NATO"],
     &["NATO membership for Ukraine", "an invitation to join NATO"]),
    ("safety-zone", "A safety zone around the nuclear plant", "nuclear-safety", &["safety zone"],
     &["a safety zone around the plant", "a nuclear safety zone"]),
];

/// Direct stance sentences, per stance in the order of `Position::ALL`; `{np}` names the proposition,
/// `{Np}` capitalised.
pub static STANCE_DIRECT: [[&str; 3]; 5] = [
    [
        "We propose {np}.",
        "Our proposal is on the table: {np}, as soon as possible.",
        "We have put forward {np} and are waiting for an answer.",
    ],
    [
        "We support {np}.",
        "{Np} would be a step forward, and we back it.",
        "We stand ready to help make {np} happen.",
    ],
    [
        "{Np} is possible only if the other side keeps its word.",
        "{Np} must first be properly prepared.",
        "We can discuss {np} once the conditions are right.",
    ],
    [
        "We will not accept {np} on these terms.",
        "{Np} is out of the question for now.",
        "We cannot agree to {np} now.",
    ],
    [
        "Talk of {np} is premature.",
        "{Np} is not on the agenda today.",
        "It is too early to speak of {np}.",
    ],
];

/// Reported stance sentences (the article's paraphrase); `{s}` is the speaker, `{side}` the side,
/// `{when}` " on Wednesday" or nothing.
pub static STANCE_REPORTED: [&str; 5] = [
    "{s} said{when} that {side} was proposing {np}.",
    "{s} said{when} that {side} supported {np}.",
    "{s} said{when} that {np} would only be possible under the right conditions.",
    "{s} said{when} that {side} would not accept {np} on the current terms.",
    "{s} said{when} that talk of {np} was premature.",
];

/// Direct quotes on a topic: `{np}`/`{Np}` and `{np2}` are topic phrases, `{other}` the other
/// party, `{Side}` the speaker's side, `{noun}` the kind of event.
pub static GENERIC_DIRECT: [&str; 12] = [
    "We discussed {np} and {np2}.",
    "Progress on {np} remains our priority.",
    "Today we agreed to keep working on {np}.",
    "There will be no lasting peace without {np}.",
    "I thank {other} for a substantive conversation about {np}.",
    "Our position on {np} has not changed.",
    "{Side} is ready to take further steps on {np}.",
    "We expect concrete decisions on {np} in the coming weeks.",
    "The talks on {np} were difficult but useful.",
    "We coordinated our positions on {np} and {np2}.",
    "Good {noun} with {other}. We covered {np}.",
    "Every step towards {np} matters.",
];

/// The article's reported speech on a topic.
pub static GENERIC_REPORTED: [&str; 4] = [
    "{s} said that the sides had discussed {np}.",
    "{s} said that {side} was ready to continue work on {np}.",
    "{s} said the talks on {np} had been useful.",
    "According to {s}, the sides discussed {np} in detail.",
];

/// Article sentences around a short quoted fragment (`{q}`), kept as the statement's context.
pub static FRAGMENT_CONTEXT: [&str; 3] = [
    "{s} spoke of “{q}” after the {noun}.",
    "{s} stressed “{q}” in remarks after the {noun}.",
    "{s} pointed to “{q}” as the main question.",
];

/// Outcomes any held event may record.
pub static OUTCOMES: [&str; 6] = [
    "The sides agreed to meet again.",
    "No joint statement was issued.",
    "A joint declaration was signed.",
    "The sides agreed to set up working groups.",
    "The sides agreed to keep in close contact.",
    "A new aid package was announced.",
];

/// Fictional outlets.
pub static OUTLETS: [&str; 12] = [
    "Continental Wire",
    "The Black Sea Observer",
    "Baltic Ledger",
    "Danube Courier",
    "Caucasus Monitor",
    "Atlantic Dispatch",
    "Eastern Desk",
    "The Steppe Herald",
    "Meridian News Agency",
    "Northern Bulletin",
    "Harbour and Capital",
    "The Diplomatic Record",
];

/// Ordinal words for rounds of talks.
pub static ORDINALS: [&str; 12] = [
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
    "Eleventh", "Twelfth",
];

/// English month names and weekday names (Monday first): the dataset's own tables, so a
/// generated date reads as the widget and the editor write one.
pub use summitry_data::{MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS};
