//! The world events happen in: sides, actors and places, and each side's stance on each
//! proposition.

use super::model::{actor_kind, Actor, ActorKind, Place, Position, Rank, Side, STANCES};
use super::rng::Rng;
use super::text::{capitalise, fill, slug, Ids};
use super::vocab::{
    Family, SideSpec, BLOCS, CITIES, COUNTRIES, COUNTRY_PEOPLE, EUROPEAN, EXTRA_ROLES, PROPOSITIONS,
};

/// Sides, actors, places, and what each side thinks.
#[derive(Debug)]
pub struct World {
    /// Every side.
    pub sides: Vec<Side>,
    /// Every actor.
    pub actors: Vec<Actor>,
    /// Every place.
    pub places: Vec<Place>,
    /// Actor indices per side.
    pub actors_of: Vec<Vec<usize>>,
    /// The capital (place index) per side, where the side has a country.
    pub capital: Vec<Option<usize>>,
    /// Place indices per country code.
    pub places_in: std::collections::BTreeMap<String, Vec<usize>>,
    /// Per side, its stance on each of `vocab::PROPOSITIONS`.
    pub stances: Vec<Vec<Position>>,
}

/// How many places a dataset of `events` events has: a few hundred at most.
pub fn place_count(events: usize) -> usize {
    (events / 30 + 20).min(400)
}

/// How many actors a dataset of `events` events has: a few hundred at most.
pub fn actor_count(events: usize) -> usize {
    (events / 25 + 150).min(400)
}

/// Builds the world for a dataset of `events` events.
pub fn build(seed: u64, events: usize) -> World {
    let specs: Vec<&SideSpec> = COUNTRIES
        .iter()
        .chain(BLOCS.iter().map(|b| &b.side))
        .collect();
    let sides: Vec<Side> = specs
        .iter()
        .map(|s| Side {
            id: s.id.to_string(),
            label: s.label.to_string(),
            country: s.country.map(str::to_string),
            of: s.of.to_string(),
            weight: s.weight,
        })
        .collect();
    let actors = actors(
        &mut Rng::stream(seed, "actors"),
        &specs,
        actor_count(events),
    );
    let places = places(
        &mut Rng::stream(seed, "places"),
        &specs,
        place_count(events),
    );
    let mut actors_of = vec![Vec::new(); sides.len()];
    for (i, a) in actors.iter().enumerate() {
        actors_of[a.side].push(i);
    }
    let capital = sides
        .iter()
        .map(|s| {
            let c = s.country.as_deref()?;
            places
                .iter()
                .position(|p| p.capital_of.iter().any(|x| x == c))
        })
        .collect();
    let mut places_in: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
    for (i, p) in places.iter().enumerate() {
        places_in.entry(p.country.clone()).or_default().push(i);
    }
    let mut rng = Rng::stream(seed, "stances");
    let stances = sides
        .iter()
        .map(|side| {
            PROPOSITIONS
                .iter()
                .map(|p| Position::ALL[rng.weighted(&stance_weights(&side.id, p.0))])
                .collect()
        })
        .collect();
    World {
        sides,
        actors,
        places,
        actors_of,
        capital,
        places_in,
        stances,
    }
}

/// How likely a side takes each stance (in the order of `Position::ALL`) on a proposition: Kyiv's
/// partners mostly back what helps Ukraine, Moscow and Minsk mostly reject it or set conditions,
/// and mediators hedge, so comparisons read like real ones while staying random.
fn stance_weights(side: &str, proposition: &str) -> [u32; STANCES] {
    let for_ukraine = matches!(
        proposition,
        "security-guarantees"
            | "sanctions-package"
            | "accession-talks"
            | "reassurance-force"
            | "frozen-assets"
            | "nato-membership"
    );
    let hostile = matches!(side, "russia" | "belarus");
    let mediator = matches!(
        side,
        "turkiye"
            | "china"
            | "saudi-arabia"
            | "qatar"
            | "un"
            | "hungary"
            | "azerbaijan"
            | "armenia"
            | "georgia"
    );
    match (hostile, mediator, for_ukraine) {
        (true, _, true) => [0, 2, 20, 50, 28],
        (true, _, false) => [15, 15, 45, 10, 15],
        (_, true, true) => [5, 20, 40, 10, 25],
        (_, true, false) => [20, 35, 30, 3, 12],
        _ => [25, 52, 15, 2, 6],
    }
}

/// A fictional person's name from `family`: (full name, surname).
fn person_name(rng: &mut Rng, family: &Family) -> (String, String) {
    let female = rng.chance(0.35);
    let first = if female {
        *rng.pick(family.first_f)
    } else {
        *rng.pick(family.first_m)
    };
    let i = rng.below(family.last_m.len());
    let last = if female && !family.last_f.is_empty() {
        family.last_f[i]
    } else {
        family.last_m[i]
    };
    if family.family_first {
        (format!("{last} {first}"), last.to_string())
    } else {
        (format!("{first} {last}"), capitalise(last))
    }
}

struct ActorMaker<'a> {
    rng: &'a mut Rng,
    ids: Ids,
    names: std::collections::HashSet<String>,
    out: Vec<Actor>,
}

impl ActorMaker<'_> {
    fn person(&mut self, side: usize, spec: &SideSpec, role: String, rank: Rank) {
        let family = match spec.family {
            Some(f) => f,
            None => EUROPEAN[self.rng.below(EUROPEAN.len())],
        };
        // Distinct names read better; a few tries are enough with these pools.
        let mut name = person_name(self.rng, family);
        for _ in 0..20 {
            if !self.names.contains(&name.0) {
                break;
            }
            name = person_name(self.rng, family);
        }
        self.names.insert(name.0.clone());
        let (full, short) = name;
        self.out.push(Actor {
            id: self.ids.unique(&slug(&full)),
            subject: full.clone(),
            name: full,
            short,
            kind: ActorKind::Person,
            role: Some(role),
            country: spec.country.map(str::to_string),
            side,
            rank,
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn body(
        &mut self,
        side: usize,
        spec: &SideSpec,
        id: &str,
        name: String,
        subject: String,
        kind: ActorKind,
        role: Option<String>,
    ) {
        self.out.push(Actor {
            id: self.ids.unique(id),
            short: name.clone(),
            name,
            subject,
            kind,
            role,
            country: spec.country.map(str::to_string),
            side,
            rank: Rank::Body,
        });
    }
}

fn actors(rng: &mut Rng, specs: &[&SideSpec], target: usize) -> Vec<Actor> {
    let mut m = ActorMaker {
        rng,
        ids: Ids::default(),
        names: Default::default(),
        out: Vec::new(),
    };
    let role = |template: &str, s: &SideSpec| {
        fill(
            template,
            &[("of", s.of), ("adj", s.adjective), ("leader", s.leader)],
        )
    };
    // Everyone each side always has.
    for (i, s) in COUNTRIES.iter().enumerate() {
        m.person(i, s, format!("{} of {}", s.leader, s.of), Rank::Leader);
        for r in COUNTRY_PEOPLE {
            m.person(i, s, format!("{r} of {}", s.of), Rank::Minister);
        }
        m.body(
            i,
            s,
            &format!("{}-government", s.id),
            format!("Government of {}", s.of),
            format!("The Government of {}", s.of),
            ActorKind::Government,
            None,
        );
        m.body(
            i,
            s,
            &format!("{}-delegation", s.id),
            format!("{} delegation", s.adjective),
            format!("The {} delegation", s.adjective),
            ActorKind::Delegation,
            Some(format!("Negotiators of {}", s.of)),
        );
    }
    let base_people = [3, 1, 1, 0];
    for (b, bloc) in BLOCS.iter().enumerate() {
        let i = COUNTRIES.len() + b;
        for &(id, name, subject, kind, role) in bloc.actors {
            m.body(
                i,
                &bloc.side,
                id,
                name.to_string(),
                subject.to_string(),
                actor_kind(kind),
                role.map(str::to_string),
            );
        }
        for (k, r) in bloc.people.iter().take(base_people[b]).enumerate() {
            let rank = if k == 0 { Rank::Leader } else { Rank::Minister };
            m.person(i, &bloc.side, r.to_string(), rank);
        }
    }
    // Extras, side by side in proportion to how often each side takes part, until the target.
    let mut extra_roles: Vec<Vec<String>> = specs
        .iter()
        .enumerate()
        .map(|(i, s)| match i.checked_sub(COUNTRIES.len()) {
            None => EXTRA_ROLES.iter().map(|t| role(t, s)).collect(),
            Some(b) => BLOCS[b].people[base_people[b].min(BLOCS[b].people.len())..]
                .iter()
                .map(|r| r.to_string())
                .collect(),
        })
        .collect();
    for roles in &mut extra_roles {
        m.rng.shuffle(roles);
    }
    while m.out.len() < target {
        let weights: Vec<u32> = specs
            .iter()
            .zip(&extra_roles)
            .map(|(s, r)| if r.is_empty() { 0 } else { s.weight })
            .collect();
        if weights.iter().all(|&w| w == 0) {
            break;
        }
        let i = m.rng.weighted(&weights);
        let r = extra_roles[i]
            .pop()
            .expect("weighted only where roles remain");
        m.person(i, specs[i], r, Rank::Official);
    }
    m.out
}

/// Approximate cosine of an angle in degrees within ±90°, by Bhaskara I's formula: plain
/// arithmetic, so coordinates do not depend on the platform's libm.
fn cos_deg(deg: f64) -> f64 {
    let x = deg.abs().min(90.0);
    (32400.0 - 4.0 * x * x) / (32400.0 + x * x)
}

fn places(rng: &mut Rng, specs: &[&SideSpec], target: usize) -> Vec<Place> {
    let side_countries: Vec<&str> = specs.iter().filter_map(|s| s.country).collect();
    let is_side_capital = |c: &(&str, &str, f64, f64, &[&str], bool, bool)| {
        c.4.iter().any(|x| side_countries.contains(x))
    };
    // Every side's capital first (calls are drawn between them), then other cities in order.
    let chosen: Vec<usize> = (0..CITIES.len())
        .filter(|&i| is_side_capital(&CITIES[i]))
        .chain((0..CITIES.len()).filter(|&i| !is_side_capital(&CITIES[i])))
        .collect();
    let real = target.max(CITIES.iter().filter(|c| is_side_capital(c)).count());
    let mut ids = Ids::default();
    let mut names: std::collections::HashSet<String> = Default::default();
    let mut out: Vec<Place> = Vec::new();
    for &i in chosen.iter().take(real) {
        let (name, country, lat, lon, capital_of, _, neutral) = CITIES[i];
        names.insert(name.to_string());
        out.push(Place {
            id: ids.unique(&slug(name)),
            name: name.to_string(),
            country: country.to_string(),
            lat,
            lon,
            capital_of: capital_of.iter().map(|c| c.to_string()).collect(),
            neutral,
        });
    }
    // Towns around inland cities, named in the country's language, so markers cluster the way
    // a real dataset's do.
    let family_of = |country: &str| {
        COUNTRIES
            .iter()
            .find(|s| s.country == Some(country))
            .and_then(|s| s.family.map(|f| (f, s.weight)))
            .filter(|(f, _)| !f.town_a.is_empty())
    };
    let anchors: Vec<(usize, &Family, u32)> = chosen
        .iter()
        .take(real)
        .enumerate()
        .filter(|(_, &i)| CITIES[i].5)
        .filter_map(|(k, &i)| family_of(CITIES[i].1).map(|(f, w)| (k, f, w)))
        .collect();
    let weights: Vec<u32> = anchors.iter().map(|a| a.2).collect();
    while out.len() < target && !anchors.is_empty() {
        let (k, family, _) = anchors[rng.weighted(&weights)];
        let mut name = town_name(rng, family);
        for _ in 0..30 {
            if !names.contains(&name) {
                break;
            }
            name = town_name(rng, family);
        }
        names.insert(name.clone());
        let (lat0, lon0, country) = (out[k].lat, out[k].lon, out[k].country.clone());
        // A point 15–90 km away in a direction drawn uniformly from the unit disc.
        let (dx, dy) = loop {
            let x = rng.unit() * 2.0 - 1.0;
            let y = rng.unit() * 2.0 - 1.0;
            let r2 = x * x + y * y;
            if (0.04..=1.0).contains(&r2) {
                break (x, y);
            }
        };
        let km = 15.0 + rng.unit() * 75.0;
        let lat = lat0 + dy * km / 111.0;
        let lon = lon0 + dx * km / (111.0 * cos_deg(lat0));
        out.push(Place {
            id: ids.unique(&slug(&name)),
            name,
            country,
            lat: (lat * 10_000.0).round() / 10_000.0,
            lon: (lon * 10_000.0).round() / 10_000.0,
            capital_of: Vec::new(),
            neutral: false,
        });
    }
    out
}

fn town_name(rng: &mut Rng, family: &Family) -> String {
    loop {
        let a = rng.pick(family.town_a);
        let b = rng.pick(family.town_b);
        if !a.trim().eq_ignore_ascii_case(b) {
            return format!("{a}{b}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_side_with_a_country_has_a_capital() {
        for n in [1, 300, 10_000] {
            let w = build(1, n);
            for (s, c) in w.sides.iter().zip(&w.capital) {
                assert_eq!(s.country.is_some(), c.is_some(), "{} at {n} events", s.id);
            }
        }
    }

    #[test]
    fn places_and_actors_scale_with_the_events_up_to_a_few_hundred() {
        let small = build(1, 300);
        let large = build(1, 10_000);
        assert!(small.places.len() < large.places.len());
        assert_eq!(large.places.len(), place_count(10_000));
        assert_eq!(large.actors.len(), actor_count(10_000));
        assert!(large.places.len() <= 400 && large.actors.len() <= 400);
    }

    #[test]
    fn generated_towns_lie_near_their_city() {
        let w = build(3, 10_000);
        for p in w
            .places
            .iter()
            .filter(|p| !CITIES.iter().any(|c| c.0 == p.name))
        {
            let near = w
                .places
                .iter()
                .filter(|c| c.country == p.country && CITIES.iter().any(|x| x.0 == c.name))
                .any(|c| (c.lat - p.lat).abs() < 1.0 && (c.lon - p.lon).abs() < 1.7);
            assert!(near, "{} ({}, {})", p.name, p.lat, p.lon);
        }
    }

    #[test]
    fn bhaskaras_cosine_is_close_enough_for_placing_towns() {
        assert!((cos_deg(0.0) - 1.0).abs() < 1e-9);
        assert!((cos_deg(60.0) - 0.5).abs() < 0.002);
    }
}
