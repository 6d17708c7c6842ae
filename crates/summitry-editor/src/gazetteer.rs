//! A built-in list of capitals and major cities with coordinates, so an import or a draft can
//! place a meeting without a network look-up.
//!
//! Coordinates are city centres in decimal degrees (WGS 84), to about 0.01° (a kilometre); the
//! places already in Summitry's dataset use the dataset's own figures. An editor still reviews
//! every place a tool proposes.

/// One city.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct City {
    /// A Summitry place id for it, e.g. `kyiv`.
    pub id: &'static str,
    /// The English name.
    pub name: &'static str,
    /// Other spellings found in news text (`Kiev`, `Washington, D.C.`).
    pub aliases: &'static [&'static str],
    /// ISO 3166-1 alpha-2 code.
    pub country: &'static str,
    /// Latitude, north positive.
    pub lat: f64,
    /// Longitude, east positive.
    pub lon: f64,
    /// Country codes (or `EU`) whose capital it is.
    pub capital_of: &'static [&'static str],
}

const fn cap(
    id: &'static str,
    name: &'static str,
    country: &'static str,
    lat: f64,
    lon: f64,
    capital_of: &'static [&'static str],
) -> City {
    City {
        id,
        name,
        aliases: &[],
        country,
        lat,
        lon,
        capital_of,
    }
}

const fn city(
    id: &'static str,
    name: &'static str,
    country: &'static str,
    lat: f64,
    lon: f64,
) -> City {
    cap(id, name, country, lat, lon, &[])
}

const fn aka(mut c: City, aliases: &'static [&'static str]) -> City {
    c.aliases = aliases;
    c
}

/// The cities, capitals first by region, then other cities that host diplomacy.
pub const CITIES: &[City] = &[
    // Europe.
    aka(
        cap("kyiv", "Kyiv", "UA", 50.4501, 30.5234, &["UA"]),
        &["Kiev"],
    ),
    cap("moscow", "Moscow", "RU", 55.76, 37.62, &["RU"]),
    cap("paris", "Paris", "FR", 48.8566, 2.3522, &["FR"]),
    cap("london", "London", "GB", 51.51, -0.13, &["GB"]),
    cap("berlin", "Berlin", "DE", 52.52, 13.40, &["DE"]),
    cap("brussels", "Brussels", "BE", 50.8503, 4.3517, &["BE", "EU"]),
    cap("warsaw", "Warsaw", "PL", 52.23, 21.01, &["PL"]),
    cap("rome", "Rome", "IT", 41.90, 12.50, &["IT"]),
    cap("madrid", "Madrid", "ES", 40.42, -3.70, &["ES"]),
    cap("lisbon", "Lisbon", "PT", 38.72, -9.14, &["PT"]),
    cap("amsterdam", "Amsterdam", "NL", 52.37, 4.90, &["NL"]),
    cap("luxembourg", "Luxembourg", "LU", 49.61, 6.13, &["LU"]),
    cap("bern", "Bern", "CH", 46.95, 7.45, &["CH"]),
    cap("vienna", "Vienna", "AT", 48.21, 16.37, &["AT"]),
    cap("prague", "Prague", "CZ", 50.08, 14.44, &["CZ"]),
    cap("bratislava", "Bratislava", "SK", 48.15, 17.11, &["SK"]),
    cap("budapest", "Budapest", "HU", 47.50, 19.04, &["HU"]),
    cap("ljubljana", "Ljubljana", "SI", 46.06, 14.51, &["SI"]),
    cap("zagreb", "Zagreb", "HR", 45.81, 15.98, &["HR"]),
    cap("belgrade", "Belgrade", "RS", 44.79, 20.45, &["RS"]),
    cap("sarajevo", "Sarajevo", "BA", 43.86, 18.41, &["BA"]),
    cap("podgorica", "Podgorica", "ME", 42.44, 19.26, &["ME"]),
    cap("skopje", "Skopje", "MK", 42.00, 21.43, &["MK"]),
    cap("tirana", "Tirana", "AL", 41.33, 19.82, &["AL"]),
    cap("pristina", "Pristina", "XK", 42.66, 21.17, &["XK"]),
    cap("athens", "Athens", "GR", 37.98, 23.73, &["GR"]),
    cap("sofia", "Sofia", "BG", 42.70, 23.32, &["BG"]),
    cap("bucharest", "Bucharest", "RO", 44.43, 26.10, &["RO"]),
    aka(
        cap("chisinau", "Chisinau", "MD", 47.01, 28.86, &["MD"]),
        &["Chișinău", "Kishinev"],
    ),
    cap("minsk", "Minsk", "BY", 53.90, 27.56, &["BY"]),
    cap("vilnius", "Vilnius", "LT", 54.69, 25.28, &["LT"]),
    cap("riga", "Riga", "LV", 56.95, 24.11, &["LV"]),
    cap("tallinn", "Tallinn", "EE", 59.44, 24.75, &["EE"]),
    cap("helsinki", "Helsinki", "FI", 60.17, 24.94, &["FI"]),
    cap("stockholm", "Stockholm", "SE", 59.33, 18.07, &["SE"]),
    cap("oslo", "Oslo", "NO", 59.91, 10.75, &["NO"]),
    cap("copenhagen", "Copenhagen", "DK", 55.68, 12.57, &["DK"]),
    aka(
        cap("reykjavik", "Reykjavik", "IS", 64.15, -21.94, &["IS"]),
        &["Reykjavík"],
    ),
    cap("dublin", "Dublin", "IE", 53.35, -6.26, &["IE"]),
    cap("valletta", "Valletta", "MT", 35.90, 14.51, &["MT"]),
    cap("nicosia", "Nicosia", "CY", 35.17, 33.36, &["CY"]),
    cap(
        "andorra-la-vella",
        "Andorra la Vella",
        "AD",
        42.51,
        1.52,
        &["AD"],
    ),
    cap("monaco", "Monaco", "MC", 43.74, 7.42, &["MC"]),
    cap("san-marino", "San Marino", "SM", 43.94, 12.45, &["SM"]),
    cap("vaduz", "Vaduz", "LI", 47.14, 9.52, &["LI"]),
    cap("vatican-city", "Vatican City", "VA", 41.90, 12.45, &["VA"]),
    cap("ankara", "Ankara", "TR", 39.93, 32.86, &["TR"]),
    cap("tbilisi", "Tbilisi", "GE", 41.72, 44.79, &["GE"]),
    cap("yerevan", "Yerevan", "AM", 40.18, 44.51, &["AM"]),
    cap("baku", "Baku", "AZ", 40.41, 49.87, &["AZ"]),
    // Asia and the Middle East.
    cap("beijing", "Beijing", "CN", 39.90, 116.41, &["CN"]),
    cap("tokyo", "Tokyo", "JP", 35.68, 139.69, &["JP"]),
    cap("seoul", "Seoul", "KR", 37.57, 126.98, &["KR"]),
    cap("pyongyang", "Pyongyang", "KP", 39.04, 125.76, &["KP"]),
    cap("new-delhi", "New Delhi", "IN", 28.61, 77.21, &["IN"]),
    cap("islamabad", "Islamabad", "PK", 33.68, 73.05, &["PK"]),
    cap("kabul", "Kabul", "AF", 34.56, 69.21, &["AF"]),
    cap("tehran", "Tehran", "IR", 35.69, 51.39, &["IR"]),
    cap("baghdad", "Baghdad", "IQ", 33.31, 44.36, &["IQ"]),
    cap("damascus", "Damascus", "SY", 33.51, 36.29, &["SY"]),
    cap("beirut", "Beirut", "LB", 33.89, 35.50, &["LB"]),
    cap("amman", "Amman", "JO", 31.95, 35.93, &["JO"]),
    // Which city is Israel's capital is itself disputed; the editor decides `capital_of`.
    city("jerusalem", "Jerusalem", "IL", 31.77, 35.21),
    city("tel-aviv", "Tel Aviv", "IL", 32.09, 34.78),
    cap("riyadh", "Riyadh", "SA", 24.71, 46.68, &["SA"]),
    cap("doha", "Doha", "QA", 25.29, 51.53, &["QA"]),
    cap("abu-dhabi", "Abu Dhabi", "AE", 24.45, 54.38, &["AE"]),
    cap("muscat", "Muscat", "OM", 23.59, 58.41, &["OM"]),
    cap("kuwait-city", "Kuwait City", "KW", 29.38, 47.99, &["KW"]),
    cap("manama", "Manama", "BH", 26.23, 50.59, &["BH"]),
    aka(
        cap("sanaa", "Sanaa", "YE", 15.37, 44.19, &["YE"]),
        &["Sana'a"],
    ),
    cap("cairo", "Cairo", "EG", 30.04, 31.24, &["EG"]),
    cap("astana", "Astana", "KZ", 51.17, 71.45, &["KZ"]),
    cap("tashkent", "Tashkent", "UZ", 41.30, 69.24, &["UZ"]),
    cap("bishkek", "Bishkek", "KG", 42.87, 74.59, &["KG"]),
    cap("dushanbe", "Dushanbe", "TJ", 38.56, 68.79, &["TJ"]),
    cap("ashgabat", "Ashgabat", "TM", 37.96, 58.33, &["TM"]),
    cap("ulaanbaatar", "Ulaanbaatar", "MN", 47.89, 106.91, &["MN"]),
    cap("hanoi", "Hanoi", "VN", 21.03, 105.85, &["VN"]),
    cap("bangkok", "Bangkok", "TH", 13.76, 100.50, &["TH"]),
    cap("jakarta", "Jakarta", "ID", -6.21, 106.85, &["ID"]),
    cap("manila", "Manila", "PH", 14.60, 120.98, &["PH"]),
    cap("kuala-lumpur", "Kuala Lumpur", "MY", 3.139, 101.69, &["MY"]),
    cap("singapore", "Singapore", "SG", 1.35, 103.82, &["SG"]),
    cap("taipei", "Taipei", "TW", 25.03, 121.57, &["TW"]),
    cap("dhaka", "Dhaka", "BD", 23.81, 90.41, &["BD"]),
    cap("kathmandu", "Kathmandu", "NP", 27.72, 85.32, &["NP"]),
    cap("naypyidaw", "Naypyidaw", "MM", 19.76, 96.08, &["MM"]),
    cap("phnom-penh", "Phnom Penh", "KH", 11.56, 104.92, &["KH"]),
    cap("vientiane", "Vientiane", "LA", 17.97, 102.63, &["LA"]),
    // The Americas.
    aka(
        cap("washington", "Washington", "US", 38.90, -77.04, &["US"]),
        &["Washington, D.C.", "Washington D.C.", "Washington DC"],
    ),
    cap("ottawa", "Ottawa", "CA", 45.42, -75.70, &["CA"]),
    cap("mexico-city", "Mexico City", "MX", 19.43, -99.13, &["MX"]),
    cap("havana", "Havana", "CU", 23.11, -82.37, &["CU"]),
    aka(
        cap("brasilia", "Brasilia", "BR", -15.79, -47.88, &["BR"]),
        &["Brasília"],
    ),
    cap(
        "buenos-aires",
        "Buenos Aires",
        "AR",
        -34.60,
        -58.38,
        &["AR"],
    ),
    cap("santiago", "Santiago", "CL", -33.45, -70.67, &["CL"]),
    cap("lima", "Lima", "PE", -12.05, -77.04, &["PE"]),
    aka(
        cap("bogota", "Bogota", "CO", 4.71, -74.07, &["CO"]),
        &["Bogotá"],
    ),
    cap("caracas", "Caracas", "VE", 10.48, -66.90, &["VE"]),
    cap("quito", "Quito", "EC", -0.18, -78.47, &["EC"]),
    cap("montevideo", "Montevideo", "UY", -34.90, -56.16, &["UY"]),
    aka(
        cap("asuncion", "Asuncion", "PY", -25.26, -57.58, &["PY"]),
        &["Asunción"],
    ),
    cap("panama-city", "Panama City", "PA", 8.98, -79.52, &["PA"]),
    // Africa.
    cap("addis-ababa", "Addis Ababa", "ET", 9.03, 38.74, &["ET"]),
    cap("nairobi", "Nairobi", "KE", -1.29, 36.82, &["KE"]),
    cap("pretoria", "Pretoria", "ZA", -25.75, 28.19, &["ZA"]),
    cap("abuja", "Abuja", "NG", 9.08, 7.40, &["NG"]),
    cap("accra", "Accra", "GH", 5.60, -0.19, &["GH"]),
    cap("dakar", "Dakar", "SN", 14.72, -17.47, &["SN"]),
    cap("rabat", "Rabat", "MA", 34.02, -6.84, &["MA"]),
    cap("algiers", "Algiers", "DZ", 36.75, 3.06, &["DZ"]),
    cap("tunis", "Tunis", "TN", 36.81, 10.18, &["TN"]),
    cap("tripoli", "Tripoli", "LY", 32.89, 13.19, &["LY"]),
    cap("khartoum", "Khartoum", "SD", 15.50, 32.56, &["SD"]),
    cap("kinshasa", "Kinshasa", "CD", -4.44, 15.27, &["CD"]),
    cap("luanda", "Luanda", "AO", -8.84, 13.23, &["AO"]),
    cap("kampala", "Kampala", "UG", 0.35, 32.58, &["UG"]),
    cap("kigali", "Kigali", "RW", -1.95, 30.06, &["RW"]),
    cap("dodoma", "Dodoma", "TZ", -6.16, 35.75, &["TZ"]),
    cap("harare", "Harare", "ZW", -17.83, 31.05, &["ZW"]),
    cap("lusaka", "Lusaka", "ZM", -15.39, 28.32, &["ZM"]),
    cap("maputo", "Maputo", "MZ", -25.97, 32.57, &["MZ"]),
    cap("bamako", "Bamako", "ML", 12.64, -8.00, &["ML"]),
    cap("niamey", "Niamey", "NE", 13.51, 2.11, &["NE"]),
    // Oceania.
    cap("canberra", "Canberra", "AU", -35.28, 149.13, &["AU"]),
    cap("wellington", "Wellington", "NZ", -41.29, 174.78, &["NZ"]),
    // Other cities that host talks, summits and visits.
    city("istanbul", "Istanbul", "TR", 41.0082, 28.9784),
    city("antalya", "Antalya", "TR", 36.90, 30.71),
    city("geneva", "Geneva", "CH", 46.20, 6.14),
    city("davos", "Davos", "CH", 46.80, 9.84),
    city("munich", "Munich", "DE", 48.14, 11.58),
    city("frankfurt", "Frankfurt", "DE", 50.11, 8.68),
    city("hamburg", "Hamburg", "DE", 53.55, 9.99),
    city("the-hague", "The Hague", "NL", 52.08, 4.30),
    city("strasbourg", "Strasbourg", "FR", 48.57, 7.75),
    city("marseille", "Marseille", "FR", 43.30, 5.37),
    city("lyon", "Lyon", "FR", 45.76, 4.84),
    city("nice", "Nice", "FR", 43.71, 7.26),
    city("milan", "Milan", "IT", 45.46, 9.19),
    city("barcelona", "Barcelona", "ES", 41.39, 2.17),
    city("manchester", "Manchester", "GB", 53.48, -2.24),
    city("edinburgh", "Edinburgh", "GB", 55.95, -3.19),
    aka(
        city("krakow", "Krakow", "PL", 50.06, 19.94),
        &["Kraków", "Cracow"],
    ),
    aka(city("rzeszow", "Rzeszow", "PL", 50.04, 22.00), &["Rzeszów"]),
    city("lviv", "Lviv", "UA", 49.84, 24.03),
    aka(city("odesa", "Odesa", "UA", 46.48, 30.72), &["Odessa"]),
    aka(city("kharkiv", "Kharkiv", "UA", 49.99, 36.23), &["Kharkov"]),
    city("dnipro", "Dnipro", "UA", 48.46, 35.05),
    city("zaporizhzhia", "Zaporizhzhia", "UA", 47.84, 35.14),
    aka(
        city("st-petersburg", "St Petersburg", "RU", 59.93, 30.34),
        &["Saint Petersburg", "St. Petersburg"],
    ),
    city("sochi", "Sochi", "RU", 43.60, 39.73),
    city("almaty", "Almaty", "KZ", 43.24, 76.89),
    city("jeddah", "Jeddah", "SA", 21.49, 39.19),
    city("dubai", "Dubai", "AE", 25.20, 55.27),
    city("shanghai", "Shanghai", "CN", 31.23, 121.47),
    city("hong-kong", "Hong Kong", "HK", 22.32, 114.17),
    city("mumbai", "Mumbai", "IN", 19.08, 72.88),
    city("osaka", "Osaka", "JP", 34.69, 135.50),
    city("hiroshima", "Hiroshima", "JP", 34.39, 132.46),
    city("busan", "Busan", "KR", 35.18, 129.08),
    city("new-york", "New York", "US", 40.71, -74.01),
    city("anchorage", "Anchorage", "US", 61.22, -149.90),
    city("los-angeles", "Los Angeles", "US", 34.05, -118.24),
    city("san-francisco", "San Francisco", "US", 37.77, -122.42),
    city("miami", "Miami", "US", 25.76, -80.19),
    city("toronto", "Toronto", "CA", 43.65, -79.38),
    city("montreal", "Montreal", "CA", 45.50, -73.57),
    aka(
        city("sao-paulo", "Sao Paulo", "BR", -23.55, -46.63),
        &["São Paulo"],
    ),
    city("rio-de-janeiro", "Rio de Janeiro", "BR", -22.91, -43.17),
    city("johannesburg", "Johannesburg", "ZA", -26.20, 28.05),
    city("cape-town", "Cape Town", "ZA", -33.92, 18.42),
    city("lagos", "Lagos", "NG", 6.52, 3.38),
    city("sydney", "Sydney", "AU", -33.87, 151.21),
];

/// Lower-cases and drops accents and punctuation, so "Kraków" and "krakow" compare equal.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
            'ç' | 'ć' | 'č' | 'Ç' | 'Č' => 'c',
            'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' | 'É' | 'È' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ı' | 'Í' | 'İ' => 'i',
            'ñ' | 'ń' | 'ň' => 'n',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'Ó' | 'Ö' => 'o',
            'ś' | 'š' | 'ș' | 'ş' | 'Š' | 'Ş' => 's',
            'ț' | 'ţ' => 't',
            'ú' | 'ù' | 'û' | 'ü' | 'ů' | 'Ú' | 'Ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' | 'Ž' => 'z',
            'ğ' | 'Ğ' => 'g',
            'ł' | 'Ł' => 'l',
            'ř' => 'r',
            'đ' | 'ď' => 'd',
            c => c,
        };
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// The city called `name` (or one of its other spellings), ignoring case and accents.
pub fn find(name: &str) -> Option<&'static City> {
    let want = fold(name);
    if want.is_empty() {
        return None;
    }
    CITIES
        .iter()
        .find(|c| fold(c.name) == want || c.aliases.iter().any(|a| fold(a) == want))
}

/// Great-circle distance in kilometres.
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}

/// The city nearest to a point, if one is within `km`.
pub fn nearest(lat: f64, lon: f64, km: f64) -> Option<&'static City> {
    if !lat.is_finite() || !lon.is_finite() {
        return None;
    }
    CITIES
        .iter()
        .map(|c| (distance_km(lat, lon, c.lat, c.lon), c))
        .filter(|(d, _)| *d <= km)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_valid_and_coordinates_in_range() {
        let mut seen = std::collections::HashSet::new();
        for c in CITIES {
            assert!(summitry_data::is_valid_id(c.id), "{}", c.id);
            assert!(seen.insert(c.id), "duplicate {}", c.id);
            assert!((-90.0..=90.0).contains(&c.lat) && (-180.0..=180.0).contains(&c.lon));
            assert_eq!(c.country.len(), 2);
        }
    }

    #[test]
    fn other_spellings_and_accents_find_the_same_city() {
        assert_eq!(find("Kiev").unwrap().id, "kyiv");
        assert_eq!(find("kraków").unwrap().id, "krakow");
        assert_eq!(find("Washington, D.C.").unwrap().id, "washington");
        assert!(find("Atlantis").is_none());
    }

    #[test]
    fn a_point_near_a_city_finds_it() {
        assert_eq!(nearest(50.45, 30.52, 25.0).unwrap().id, "kyiv");
        assert!(nearest(0.0, -140.0, 25.0).is_none());
    }

    #[test]
    fn brussels_stands_for_belgium_and_the_eu() {
        assert_eq!(find("Brussels").unwrap().capital_of, &["BE", "EU"]);
    }
}
