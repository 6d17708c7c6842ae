//! Decoding TopoJSON (as published by world-atlas) into arcs and per-country
//! rings of `(lon, lat)`.
//!
//! TopoJSON stores each shared border once, as an "arc"; polygons list the
//! arcs around each ring, a negative index `i` meaning arc `!i` (`~i` in
//! JavaScript) walked backwards. Quantized files store arc positions as
//! integer deltas from the previous position, to be scaled and translated by
//! the topology's `transform`. See
//! <https://github.com/topojson/topojson-specification>.

use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// A decoded topology: arcs in `(lon, lat)` degrees, plus the polygons of
/// one geometry collection as arc indices.
#[derive(Clone, Debug, PartialEq)]
pub struct Topology {
    /// Every arc, de-quantized to `(lon, lat)`.
    pub arcs: Vec<Vec<(f64, f64)>>,
    /// The geometries of the requested object, in file order.
    pub countries: Vec<TopoCountry>,
}

/// One (multi)polygon geometry, still expressed as arc indices so callers
/// can process each shared arc once and then stitch rings with
/// [`stitch_ring`].
#[derive(Clone, Debug, PartialEq)]
pub struct TopoCountry {
    /// The geometry's `id` as a string (world-atlas: zero-padded ISO
    /// numeric code such as `"056"`), if it has one.
    pub id: Option<String>,
    /// `properties.name`, or empty if absent.
    pub name: String,
    /// Polygons → rings → arc indices. The first ring of each polygon is its
    /// exterior, the rest are holes.
    pub polygons: Vec<Vec<Vec<i64>>>,
}

#[derive(Deserialize)]
struct RawTopology {
    transform: Option<RawTransform>,
    arcs: Vec<Vec<Vec<f64>>>,
    objects: BTreeMap<String, RawObject>,
}

#[derive(Deserialize)]
struct RawTransform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct RawObject {
    #[serde(default)]
    geometries: Vec<RawGeometry>,
}

#[derive(Deserialize)]
struct RawGeometry {
    #[serde(rename = "type")]
    kind: Option<String>,
    id: Option<Value>,
    properties: Option<BTreeMap<String, Value>>,
    // Its shape depends on `kind`, so it is decoded after looking at that.
    arcs: Option<Value>,
}

impl Topology {
    /// Parses `json` and reads the geometry collection named `object`
    /// (`"countries"` for world-atlas). Geometries other than `Polygon` and
    /// `MultiPolygon` are kept with no polygons.
    pub fn parse(json: &str, object: &str) -> Result<Self, String> {
        let raw: RawTopology =
            serde_json::from_str(json).map_err(|e| format!("invalid TopoJSON: {e}"))?;
        let arcs = decode_arcs(&raw.arcs, raw.transform.as_ref())?;
        let collection = raw
            .objects
            .get(object)
            .ok_or_else(|| format!("TopoJSON has no object named {object:?}"))?;
        let countries = collection
            .geometries
            .iter()
            .map(|g| decode_geometry(g, arcs.len()))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self { arcs, countries })
    }

    /// The rings of `country` as `(lon, lat)` lists, polygon by polygon;
    /// each ring is closed (first point repeated at the end).
    pub fn rings(&self, country: &TopoCountry) -> Vec<Vec<Vec<(f64, f64)>>> {
        country
            .polygons
            .iter()
            .map(|polygon| {
                polygon
                    .iter()
                    .map(|ring| stitch_ring(&self.arcs, ring))
                    .collect()
            })
            .collect()
    }
}

/// Joins the arcs listed in `indices` into one ring, reversing arcs given as
/// negative indices (`!i`). Where an arc starts at the point the previous one
/// ended, that shared point is kept once. Indices must be in range (as
/// checked by [`Topology::parse`]).
pub fn stitch_ring<T: Copy + PartialEq>(arcs: &[Vec<T>], indices: &[i64]) -> Vec<T> {
    let mut ring: Vec<T> = Vec::new();
    for &index in indices {
        let (arc, reversed) = if index < 0 {
            (&arcs[!index as usize], true)
        } else {
            (&arcs[index as usize], false)
        };
        let mut push = |p: T| {
            if ring.last() != Some(&p) {
                ring.push(p);
            }
        };
        if reversed {
            arc.iter().rev().copied().for_each(&mut push);
        } else {
            arc.iter().copied().for_each(&mut push);
        }
    }
    ring
}

fn decode_arcs(
    raw: &[Vec<Vec<f64>>],
    transform: Option<&RawTransform>,
) -> Result<Vec<Vec<(f64, f64)>>, String> {
    raw.iter()
        .enumerate()
        .map(|(i, arc)| {
            // Quantized positions are deltas that restart at every arc.
            let (mut x, mut y) = (0.0, 0.0);
            arc.iter()
                .map(|position| {
                    let (&px, &py) = match position.as_slice() {
                        [px, py, ..] => (px, py),
                        _ => return Err(format!("arc {i} has a position with < 2 numbers")),
                    };
                    Ok(match transform {
                        Some(t) => {
                            x += px;
                            y += py;
                            (
                                x * t.scale[0] + t.translate[0],
                                y * t.scale[1] + t.translate[1],
                            )
                        }
                        None => (px, py),
                    })
                })
                .collect()
        })
        .collect()
}

fn decode_geometry(g: &RawGeometry, arc_count: usize) -> Result<TopoCountry, String> {
    let id = match &g.id {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let name = g
        .properties
        .as_ref()
        .and_then(|p| p.get("name"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let arcs = g.arcs.clone().unwrap_or(Value::Null);
    let polygons: Vec<Vec<Vec<i64>>> = match g.kind.as_deref() {
        Some("Polygon") => vec![from_value(arcs, &name)?],
        Some("MultiPolygon") => from_value(arcs, &name)?,
        _ => Vec::new(),
    };
    // Check indices once here so stitching can index without failing.
    let in_range = |&i: &i64| {
        let i = if i < 0 { !i } else { i };
        usize::try_from(i).is_ok_and(|i| i < arc_count)
    };
    if !polygons.iter().flatten().flatten().all(in_range) {
        return Err(format!("{name:?} refers to an arc that does not exist"));
    }
    Ok(TopoCountry { id, name, polygons })
}

fn from_value<T: serde::de::DeserializeOwned>(v: Value, name: &str) -> Result<T, String> {
    serde_json::from_value(v).map_err(|e| format!("{name:?} has malformed arcs: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Two arcs sharing the border x = 1 between a western and an eastern unit
    // square, quantized with scale 0.5 and translate (10, 40):
    // arc 0: (1,0)→(1,1) shared border; arc 1: (1,1)→(0,1)→(0,0)→(1,0);
    // arc 2: (1,0)→(2,0)→(2,1)→(1,1). Positions are deltas in units of 0.5.
    const TOPO: &str = r#"{
        "type": "Topology",
        "transform": {"scale": [0.5, 0.5], "translate": [10, 40]},
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "001", "properties": {"name": "West"},
             "arcs": [[0, 1]]},
            {"type": "MultiPolygon", "id": 2, "properties": {"name": "East"},
             "arcs": [[[2, -1]], [[3]]]},
            {"type": null, "properties": {"name": "Nowhere"}}
        ]}},
        "arcs": [
            [[2, 0], [0, 2]],
            [[2, 2], [-2, 0], [0, -2], [2, 0]],
            [[2, 0], [2, 0], [0, 2], [-2, 0]],
            [[8, 8], [1, 0], [0, 1], [-1, 0], [0, -1]]
        ]
    }"#;

    fn topo() -> Topology {
        Topology::parse(TOPO, "countries").unwrap()
    }

    #[test]
    fn quantized_deltas_are_summed_then_scaled_and_translated() {
        assert_eq!(topo().arcs[0], vec![(11.0, 40.0), (11.0, 41.0)]);
        assert_eq!(topo().arcs[3][2], (14.5, 44.5));
    }

    #[test]
    fn a_polygon_ring_joins_its_arcs_without_repeating_shared_points() {
        let t = topo();
        let west = &t.countries[0];
        assert_eq!(west.id.as_deref(), Some("001"));
        assert_eq!(west.name, "West");
        assert_eq!(
            t.rings(west),
            vec![vec![vec![
                (11.0, 40.0),
                (11.0, 41.0),
                (10.0, 41.0),
                (10.0, 40.0),
                (11.0, 40.0)
            ]]]
        );
    }

    #[test]
    fn a_negative_index_walks_the_shared_arc_backwards() {
        let t = topo();
        let east = t.rings(&t.countries[1]);
        assert_eq!(
            east[0][0],
            vec![
                (11.0, 40.0),
                (12.0, 40.0),
                (12.0, 41.0),
                (11.0, 41.0),
                (11.0, 40.0)
            ]
        );
    }

    #[test]
    fn a_multipolygon_keeps_each_polygon_and_numeric_ids_become_strings() {
        let t = topo();
        let east = &t.countries[1];
        assert_eq!(east.id.as_deref(), Some("2"));
        assert_eq!(east.polygons.len(), 2);
        let island = &t.rings(east)[1][0];
        assert_eq!(island.len(), 5);
        assert_eq!(island.first(), island.last());
    }

    #[test]
    fn geometries_without_a_type_have_no_polygons() {
        let t = topo();
        assert_eq!(t.countries[2].id, None);
        assert!(t.countries[2].polygons.is_empty());
    }

    #[test]
    fn a_missing_object_or_a_dangling_arc_index_is_an_error() {
        assert!(Topology::parse(TOPO, "land").is_err());
        let dangling = TOPO.replace("[[3]]", "[[-5]]");
        assert!(Topology::parse(&dangling, "countries").is_err());
        assert!(Topology::parse("{", "countries").is_err());
    }

    #[test]
    fn unquantized_topologies_use_positions_as_they_are() {
        let json = r#"{"type":"Topology","objects":{"c":{"geometries":[
            {"type":"Polygon","arcs":[[0]]}]}},
            "arcs":[[[1.5,2],[3,2],[3,4],[1.5,2]]]}"#;
        let t = Topology::parse(json, "c").unwrap();
        assert_eq!(t.arcs[0][1], (3.0, 2.0));
        assert_eq!(t.rings(&t.countries[0])[0][0].len(), 4);
    }
}
