//! Attributing territories to the state the UN recognises where Natural
//! Earth's default (de facto) boundaries differ.
//!
//! A diplomacy widget tints countries by participant, so who a territory is
//! painted as matters: Natural Earth 4.1 draws Crimea as part of Russia and
//! Northern Cyprus as a separate unnamed entity. Following UN General
//! Assembly resolution 68/262 (Crimea) and Security Council resolution 541
//! (Cyprus), both are moved to the state they belong to de jure. Kosovo,
//! recognised by most EU states, stays its own shape (alpha-2 `XK`).
//! To draw Natural Earth's boundaries unchanged, empty [`TRANSFERS`].

use crate::topo::{stitch_ring, Topology};
use crate::viewport::LatLonBox;

/// Polygons to move from one world-atlas shape to another.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transfer {
    /// World-atlas `properties.name` of the shape that holds the polygons
    /// now (names are used because some shapes have no numeric id).
    pub from_name: &'static str,
    /// ISO numeric id of the shape that receives them.
    pub to_numeric: &'static str,
    /// Only polygons whose exterior ring lies entirely inside this box move.
    pub within: LatLonBox,
}

/// The transfers applied by [`crate::country_paths`].
pub const TRANSFERS: &[Transfer] = &[
    // Crimea and Sevastopol → Ukraine (UNGA 68/262).
    Transfer {
        from_name: "Russia",
        to_numeric: "804",
        within: LatLonBox {
            south: 44.0,
            west: 32.0,
            north: 46.5,
            east: 37.0,
        },
    },
    // Northern Cyprus → Cyprus (UNSC 541).
    Transfer {
        from_name: "N. Cyprus",
        to_numeric: "196",
        within: LatLonBox {
            south: 34.5,
            west: 32.0,
            north: 36.0,
            east: 35.0,
        },
    },
];

/// Applies `transfers` to `topo` in place; shapes left without polygons
/// simply produce no path. Transfers whose source or target is missing are
/// skipped, so a newer atlas that already draws a border differently is
/// not an error.
pub fn apply_transfers(topo: &mut Topology, transfers: &[Transfer]) {
    for t in transfers {
        let from = topo.countries.iter().position(|c| c.name == t.from_name);
        let to = topo
            .countries
            .iter()
            .position(|c| c.id.as_deref() == Some(t.to_numeric));
        let (Some(from), Some(to)) = (from, to) else {
            continue;
        };
        let arcs = &topo.arcs;
        let (moved, kept) = topo.countries[from]
            .polygons
            .drain(..)
            .partition::<Vec<_>, _>(|polygon| {
                polygon.first().is_some_and(|exterior| {
                    stitch_ring(arcs, exterior)
                        .iter()
                        .all(|&(lon, lat)| inside(&t.within, lat, lon))
                })
            });
        topo.countries[from].polygons = kept;
        topo.countries[to].polygons.extend(moved);
    }
}

fn inside(b: &LatLonBox, lat: f64, lon: f64) -> bool {
    (b.south..=b.north).contains(&lat) && (b.west..=b.east).contains(&lon)
}

#[cfg(test)]
mod tests {
    use super::*;

    // "Big" owns a mainland square and an island square at 45° N 34° E;
    // "Small" (id 804) owns one square.
    const TOPO: &str = r#"{"type":"Topology","objects":{"countries":{"geometries":[
        {"type":"MultiPolygon","id":"643","properties":{"name":"Russia"},
         "arcs":[[[0]],[[1]]]},
        {"type":"Polygon","id":"804","properties":{"name":"Ukraine"},"arcs":[[2]]}
    ]}},"arcs":[
        [[40,50],[45,50],[45,55],[40,50]],
        [[33,45],[35,45],[35,46],[33,45]],
        [[25,47],[30,47],[30,50],[25,47]]
    ]}"#;

    #[test]
    fn crimea_moves_to_ukraine_and_the_rest_of_russia_stays() {
        let mut topo = Topology::parse(TOPO, "countries").unwrap();
        apply_transfers(&mut topo, TRANSFERS);
        assert_eq!(topo.countries[0].polygons, vec![vec![vec![0]]]);
        assert_eq!(topo.countries[1].polygons.len(), 2);
        assert!(topo.countries[1].polygons.contains(&vec![vec![1]]));
    }

    #[test]
    fn a_transfer_between_missing_shapes_changes_nothing() {
        let mut topo = Topology::parse(TOPO, "countries").unwrap();
        let before = topo.clone();
        apply_transfers(&mut topo, &TRANSFERS[1..]);
        assert_eq!(topo, before);
    }
}
