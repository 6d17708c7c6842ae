//! The open-data exports: what a researcher downloads must parse back to the same dataset.

use std::path::Path;

use summitry_data::{export, load, Dataset};

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
fn the_compiled_form_round_trips() {
    let ds = real();
    let bytes = postcard::to_allocvec(&ds).unwrap();
    let back: Dataset = postcard::from_bytes(&bytes).unwrap();
    assert_eq!(back, ds);
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
