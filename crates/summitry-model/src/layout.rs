//! Where the map's buttons and labels go, so nothing overlaps at any width.
//!
//! The map is laid out once per width class ([`WIDTHS`]): phones, tablets and desktops. A page the
//! build renders ahead of time cannot know its width, so it carries every class's layout and the
//! stylesheet shows the one that applies (a container query on the map); the live widget does the
//! same, so it needs no resize listener. Each class is laid out at its narrowest width, so
//! whatever fits there fits everywhere in the class.
//!
//! Buttons that would overlap (or stand closer than a 24 px target allows) are clustered: the
//! heaviest keeps its place and the cluster counts all its events. Call buttons slide along their
//! arc before they give up a place. Labels try the right, left, top and bottom of their button,
//! then a shorter name, and are left out when nothing fits; [`LabelState`] says which, so the
//! list view can name what the map does not.

use summitry_geo::Point;

use crate::viewbox::ViewBox;

/// A width class of the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WidthClass {
    /// Its CSS class suffix (`sm-w-s`...).
    pub id: &'static str,
    /// The narrowest map width in the class, in CSS pixels: the layout's width.
    pub px: f64,
}

/// Phones, tablets and narrow columns, wide columns. The stylesheet's container queries switch at
/// the next class's `px` (480 and 720).
pub const WIDTHS: [WidthClass; 3] = [
    WidthClass { id: "s", px: 300.0 },
    WidthClass { id: "m", px: 480.0 },
    WidthClass { id: "l", px: 720.0 },
];

/// The smallest distance between two targets' edges, in CSS pixels: with 28 px buttons this keeps
/// every target's 24 px circle clear of the others (WCAG 2.2, 2.5.8).
pub const GAP: f64 = 4.0;

/// Label text height and an average character width, in CSS pixels, at the labels' 12 px font.
/// The width errs wide (system fonts average about 6.6 px) so a label never overlaps for want of
/// a pixel.
const LABEL_HEIGHT: f64 = 16.0;
const CHAR_WIDTH: f64 = 7.0;
const LABEL_PAD: f64 = 6.0;
/// Space between a button and its label.
const LABEL_OFFSET: f64 = 3.0;

/// What a map item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// A place with events: a button.
    Place,
    /// Calls between two capitals: a button on their arc.
    Calls,
    /// A capital at the end of a call arc, with no events of its own shown: a label only.
    End,
}

/// Something to place on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Stable id (a place id, or `kyiv-paris` for a call line).
    pub key: String,
    /// Button, call button or label only.
    pub kind: ItemKind,
    /// Where it may go, in map units, best first (call buttons: along their arc).
    pub at: Vec<Point>,
    /// Diameter in CSS pixels (0 for an [`ItemKind::End`]).
    pub diameter: f64,
    /// How many events it stands for: heavier items keep their place.
    pub weight: usize,
    /// Label texts, longest first; none for no label.
    pub names: Vec<String>,
}

/// A button as laid out for one width: one item, or several clustered.
#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    /// The items it stands for (indexes into the items), heaviest first.
    pub members: Vec<usize>,
    /// Its kind (every member has it).
    pub kind: ItemKind,
    /// Centre, in percent of the view box's width and height.
    pub at: (f64, f64),
    /// Diameter in CSS pixels.
    pub diameter: f64,
    /// Where its place really is, in percent, when the button was moved aside to make room (a
    /// leader line joins them).
    pub anchor: Option<(f64, f64)>,
}

/// How far a place's button may move aside to make room, in CSS pixels, tried in turn.
const SPREAD: [f64; 3] = [20.0, 28.0, 36.0];

/// Directions a button tries when moved aside: away from what it would touch first.
const DIRECTIONS: usize = 8;

/// The cosine and sine of each eighth of a turn.
const EIGHTHS: [(f64, f64); DIRECTIONS] = {
    use std::f64::consts::FRAC_1_SQRT_2 as H;
    [
        (1.0, 0.0),
        (H, H),
        (0.0, 1.0),
        (-H, H),
        (-1.0, 0.0),
        (-H, -H),
        (0.0, -1.0),
        (H, -H),
    ]
};

/// The squared distance between `a` and `b`: no square root is taken (the layout asks how far
/// apart two centres are hundreds of thousands of times at scale).
fn dist2(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (a.0 - b.0, a.1 - b.1);
    dx * dx + dy * dy
}

/// Whether centres `a` and `b` are closer than `r` (not negative).
fn closer(a: (f64, f64), b: (f64, f64), r: f64) -> bool {
    dist2(a, b) < r * r
}

/// `(dx, dy)` scaled to length 1; east for a zero vector.
fn unit(dx: f64, dy: f64) -> (f64, f64) {
    let len = dx.hypot(dy);
    if len > 0.0 {
        (dx / len, dy / len)
    } else {
        (1.0, 0.0)
    }
}

/// Which side of its button a label sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// To the right.
    Right,
    /// To the left.
    Left,
    /// Above.
    Above,
    /// Below.
    Below,
}

impl Side {
    /// The CSS class suffix.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Right => "right",
            Side::Left => "left",
            Side::Above => "above",
            Side::Below => "below",
        }
    }
}

/// A label as laid out for one width.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The item it names.
    pub item: usize,
    /// Its text (maybe a shortened name).
    pub text: String,
    /// The centre of the button (or capital) it belongs to, in percent.
    pub at: (f64, f64),
    /// Half the button's diameter, in CSS pixels: how far from `at` the label starts.
    pub offset: f64,
    /// Which side of the button.
    pub side: Side,
}

/// How an item's name fared at one width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelState {
    /// Labelled in full.
    Shown,
    /// Labelled with a shorter name.
    Shortened,
    /// No room: not labelled (its button still names it to screen readers).
    Dropped,
}

/// The layout for one width.
#[derive(Debug, Clone, PartialEq)]
pub struct WidthLayout {
    /// The buttons.
    pub buttons: Vec<Button>,
    /// The labels.
    pub labels: Vec<Label>,
    /// Per item (with names), how its name fared.
    pub states: Vec<Option<LabelState>>,
}

#[derive(Debug, Clone, Copy)]
struct Boxed {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Boxed {
    fn around(c: (f64, f64), d: f64) -> Boxed {
        let r = d / 2.0;
        Boxed {
            x0: c.0 - r,
            y0: c.1 - r,
            x1: c.0 + r,
            y1: c.1 + r,
        }
    }

    fn overlaps(&self, o: &Boxed) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    fn inside(&self, w: f64, h: f64) -> bool {
        self.x0 >= 0.0 && self.y0 >= 0.0 && self.x1 <= w && self.y1 <= h
    }
}

/// The diameter of a cluster of `n` events: the place marker's rule.
fn cluster_diameter(base: f64, n: usize) -> f64 {
    base.max(28.0 + 6.0 * ((n as f64).sqrt() - 1.0))
}

/// Lays `items` out in view box `vb` drawn `width` CSS pixels wide.
pub fn lay_out(items: &[Item], vb: &ViewBox, width: f64) -> WidthLayout {
    let frame = Frame::new(vb, width);
    let order = frame.order(items);
    let (placed, ends) = frame.place_buttons(items, &order);
    let wanted = wanted_labels(items, &placed, &ends);
    let (labels, states) = frame.place_labels(items, &placed, wanted);
    WidthLayout {
        buttons: placed.into_iter().map(|p| frame.finished(p)).collect(),
        labels,
        states,
    }
}

/// A button being laid out: its centre in CSS pixels and the events it stands for, beside it.
struct Placed {
    button: Button,
    centre: (f64, f64),
    weight: usize,
}

impl Placed {
    /// Item `i` alone, centred on `at` (CSS pixels), with a leader line to `anchor` if any.
    fn new(i: usize, item: &Item, at: (f64, f64), anchor: Option<(f64, f64)>) -> Placed {
        Placed {
            button: Button {
                members: vec![i],
                kind: item.kind,
                at,
                diameter: item.diameter,
                anchor,
            },
            centre: at,
            weight: item.weight,
        }
    }
}

/// A capital at the end of a call line (an [`ItemKind::End`]): its item and centre in CSS pixels.
type End = (usize, (f64, f64));

/// Whether a button `d` CSS pixels wide centred on `c` stands clear of every placed one.
fn clear(c: (f64, f64), d: f64, placed: &[Placed]) -> bool {
    placed
        .iter()
        .all(|p| !closer(c, p.centre, (d + p.button.diameter) / 2.0 + GAP))
}

/// The map drawn at one width: the view box's scale, and the map's size in CSS pixels.
struct Frame<'a> {
    vb: &'a ViewBox,
    scale: f64,
    width: f64,
    height: f64,
}

impl Frame<'_> {
    fn new(vb: &ViewBox, width: f64) -> Frame<'_> {
        let scale = width / vb.w;
        Frame {
            vb,
            scale,
            width,
            height: vb.h * scale,
        }
    }

    /// `p` (map units) in CSS pixels from the map's top left corner.
    fn px(&self, p: Point) -> (f64, f64) {
        (
            (p.x - self.vb.x) * self.scale,
            (p.y - self.vb.y) * self.scale,
        )
    }

    /// Whether `p` (CSS pixels) is on the map.
    fn inside(&self, p: (f64, f64)) -> bool {
        p.0 >= 0.0 && p.1 >= 0.0 && p.0 <= self.width && p.1 <= self.height
    }

    /// `c` (CSS pixels) in percent of the map's width and height.
    fn percent(&self, c: (f64, f64)) -> (f64, f64) {
        percent(c, self.width, self.height)
    }

    /// `p`'s button as the layout gives it: in percent, a cluster without a leader line.
    fn finished(&self, p: Placed) -> Button {
        let mut b = p.button;
        b.at = self.percent(p.centre);
        b.anchor = b.anchor.map(|a| self.percent(a));
        if b.members.len() > 1 {
            // A cluster stands where its leading place is.
            b.anchor = None;
        }
        b
    }

    /// The items on the map, in the order they are placed.
    fn order(&self, items: &[Item]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..items.len())
            .filter(|i| {
                items[*i]
                    .at
                    .first()
                    .is_some_and(|p| self.inside(self.px(*p)))
            })
            .collect();
        // Places first, then calls; heavier first; ties by key so the layout is the same every
        // time.
        let rank = |k: ItemKind| match k {
            ItemKind::Place => 0,
            ItemKind::Calls => 1,
            ItemKind::End => 2,
        };
        summitry_data::order::sort_by(&mut order, |a, b| {
            let (x, y) = (&items[*a], &items[*b]);
            (rank(x.kind), std::cmp::Reverse(x.weight), &x.key).cmp(&(
                rank(y.kind),
                std::cmp::Reverse(y.weight),
                &y.key,
            ))
        });
        order
    }

    /// Places the buttons of `order`'s items, each where it is, stepped aside or in a cluster;
    /// also returns the capitals that only take a label (with their centres).
    fn place_buttons(&self, items: &[Item], order: &[usize]) -> (Vec<Placed>, Vec<End>) {
        let mut placed: Vec<Placed> = Vec::new();
        let mut ends: Vec<End> = Vec::new();
        // `order` holds the places first: their clusters are merged to their final size before
        // any call button is placed, so a call button keeps clear of what they grow into.
        let calls = order
            .iter()
            .position(|&i| items[i].kind != ItemKind::Place)
            .unwrap_or(order.len());
        for &i in &order[..calls] {
            self.place(&mut placed, i, &items[i]);
        }
        merge_clusters(&mut placed);
        for &i in &order[calls..] {
            let item = &items[i];
            if item.kind == ItemKind::End {
                ends.push((i, self.px(item.at[0])));
                continue;
            }
            // A call button tries each spot on its arc before it steps aside from the first.
            match item
                .at
                .iter()
                .map(|p| self.px(*p))
                .find(|c| self.inside(*c) && clear(*c, item.diameter, &placed))
            {
                Some(c) => placed.push(Placed::new(i, item, c, None)),
                None => self.place(&mut placed, i, item),
            }
        }
        (placed, ends)
    }

    /// Places item `i` where it is, or (when it would touch a placed button) stepped aside with
    /// a leader line back to where it is, or else in the button it touches.
    fn place(&self, placed: &mut Vec<Placed>, i: usize, item: &Item) {
        let c = self.px(item.at[0]);
        // Every place keeps a button and a label while there is room; so does a call button none
        // of whose spots on its arc is free, from the arc's first spot.
        if !clear(c, item.diameter, placed) {
            if let Some(s) = self.aside(c, item.diameter, placed) {
                placed.push(Placed::new(i, item, s, Some(c)));
                return;
            }
        }
        join_or_place(placed, i, item, c);
    }

    /// A free spot near `c` for a button `d` CSS pixels wide that would touch one of `placed`
    /// there, on the map: the nearest of [`SPREAD`], straight away from the nearest button first.
    fn aside(&self, c: (f64, f64), d: f64, placed: &[Placed]) -> Option<(f64, f64)> {
        // The direction away from the nearest button, as a unit vector (east when there is none,
        // or it sits on the same spot).
        let away = placed
            .iter()
            .map(|p| p.centre)
            .min_by(|a, b| dist2(*a, c).total_cmp(&dist2(*b, c)))
            .map_or((1.0, 0.0), |pc| unit(c.0 - pc.0, c.1 - pc.1));
        SPREAD.iter().find_map(|r| {
            (0..DIRECTIONS).find_map(|k| {
                // Straight away first, then alternately either side of it, by eighths of a turn
                // (rotated by a table rather than trigonometry, which the wasm then does
                // without).
                let turn = k.div_ceil(2) as i64 * if k % 2 == 0 { -1 } else { 1 };
                let (cos, sin) = EIGHTHS[turn.rem_euclid(DIRECTIONS as i64) as usize];
                let dir = (away.0 * cos - away.1 * sin, away.0 * sin + away.1 * cos);
                let s = (c.0 + r * dir.0, c.1 + r * dir.1);
                let fits = s.0 - d / 2.0 >= 0.0
                    && s.1 - d / 2.0 >= 0.0
                    && s.0 + d / 2.0 <= self.width
                    && s.1 + d / 2.0 <= self.height;
                (fits && clear(s, d, placed)).then_some(s)
            })
        })
    }

    /// Places the `wanted` labels in turn, each beside its marker where it overlaps nothing
    /// placed before it (buttons included), with its longest name that fits; returns them and
    /// how each item's name fared.
    fn place_labels(
        &self,
        items: &[Item],
        placed: &[Placed],
        wanted: Vec<Wanted>,
    ) -> (Vec<Label>, Vec<Option<LabelState>>) {
        let mut taken: Vec<Boxed> = placed
            .iter()
            .map(|p| Boxed::around(p.centre, p.button.diameter))
            .collect();
        let mut labels = Vec::new();
        let mut states: Vec<Option<LabelState>> = items
            .iter()
            .map(|it| (!it.names.is_empty()).then_some(LabelState::Dropped))
            .collect();
        for want in wanted {
            let Some((n, side, b)) = self.label_spot(&want, &taken) else {
                continue;
            };
            taken.push(b);
            labels.push(Label {
                item: want.item,
                text: want.names[n].clone(),
                at: self.percent(want.centre),
                offset: want.radius,
                side,
            });
            let state = if n == 0 {
                LabelState::Shown
            } else {
                LabelState::Shortened
            };
            for m in &want.members {
                if states[*m].is_some() {
                    states[*m] = Some(state);
                }
            }
        }
        (labels, states)
    }

    /// The first of `want`'s names (longest first) and sides (right, left, above, below) whose
    /// box is on the map and overlaps none of `taken`, with that box.
    fn label_spot(&self, want: &Wanted, taken: &[Boxed]) -> Option<(usize, Side, Boxed)> {
        want.names.iter().enumerate().find_map(|(n, text)| {
            let w = text.chars().count() as f64 * CHAR_WIDTH + LABEL_PAD;
            let d = want.radius + LABEL_OFFSET;
            [Side::Right, Side::Left, Side::Above, Side::Below]
                .into_iter()
                .map(|side| (side, label_box(want.centre, d, w, side)))
                .find(|(_, b)| {
                    b.inside(self.width, self.height) && !taken.iter().any(|t| t.overlaps(b))
                })
                .map(|(side, b)| (n, side, b))
        })
    }
}

/// The box of a label `w` CSS pixels wide on `side` of a marker centred on `c`, `d` from it.
fn label_box(c: (f64, f64), d: f64, w: f64, side: Side) -> Boxed {
    let h = LABEL_HEIGHT;
    match side {
        Side::Right => Boxed {
            x0: c.0 + d,
            y0: c.1 - h / 2.0,
            x1: c.0 + d + w,
            y1: c.1 + h / 2.0,
        },
        Side::Left => Boxed {
            x0: c.0 - d - w,
            y0: c.1 - h / 2.0,
            x1: c.0 - d,
            y1: c.1 + h / 2.0,
        },
        Side::Above => Boxed {
            x0: c.0 - w / 2.0,
            y0: c.1 - d - h,
            x1: c.0 + w / 2.0,
            y1: c.1 - d,
        },
        Side::Below => Boxed {
            x0: c.0 - w / 2.0,
            y0: c.1 + d,
            x1: c.0 + w / 2.0,
            y1: c.1 + d + h,
        },
    }
}

/// Adds item `i` (centred on `c`) to the placed button it touches, or else places it there.
///
/// A place joins a place, and the cluster grows with its events ([`merge_clusters`] then merges
/// what it grew into). A call button, which comes after every place, joins the nearest button it
/// touches of either kind without growing it, so nothing placed before it is covered: its events
/// are counted and listed in that button.
fn join_or_place(placed: &mut Vec<Placed>, i: usize, item: &Item, c: (f64, f64)) {
    let touches = |p: &Placed| closer(c, p.centre, (item.diameter + p.button.diameter) / 2.0 + GAP);
    let join = match item.kind {
        ItemKind::Place => placed
            .iter()
            .position(|p| p.button.kind == ItemKind::Place && touches(p)),
        _ => (0..placed.len())
            .filter(|&j| touches(&placed[j]))
            .min_by(|&a, &b| dist2(placed[a].centre, c).total_cmp(&dist2(placed[b].centre, c))),
    };
    match join {
        Some(j) => {
            let p = &mut placed[j];
            p.button.members.push(i);
            if item.kind == ItemKind::Place {
                p.weight += item.weight;
                p.button.diameter = cluster_diameter(p.button.diameter, p.weight);
            }
        }
        None => placed.push(Placed::new(i, item, c, None)),
    }
}

/// A cluster that grew may now touch another of its kind: merges places until none does.
fn merge_clusters(placed: &mut Vec<Placed>) {
    while let Some((a, b)) = touching_places(placed) {
        let gone = placed.remove(b);
        let keep = &mut placed[a];
        keep.button.members.extend(gone.button.members);
        keep.weight += gone.weight;
        keep.button.diameter = cluster_diameter(keep.button.diameter, keep.weight);
    }
}

/// The first two place buttons (in placing order) that stand too close.
fn touching_places(placed: &[Placed]) -> Option<(usize, usize)> {
    (0..placed.len()).find_map(|a| {
        (a + 1..placed.len()).find_map(|b| {
            let (pa, pb) = (&placed[a], &placed[b]);
            (pa.button.kind == pb.button.kind
                && pa.button.kind == ItemKind::Place
                && closer(
                    pa.centre,
                    pb.centre,
                    (pa.button.diameter + pb.button.diameter) / 2.0 + GAP,
                ))
            .then_some((a, b))
        })
    })
}

/// The labels to place, in turn: a place button's first member names it ("Paris", or "Paris +1"
/// for a cluster), then each capital at the end of a call line.
fn wanted_labels(items: &[Item], placed: &[Placed], ends: &[End]) -> Vec<Wanted> {
    let mut wanted: Vec<Wanted> = placed
        .iter()
        .filter(|p| p.button.kind == ItemKind::Place)
        .map(
            |Placed {
                 button: b, centre, ..
             }| {
                let first = &items[b.members[0]];
                let extra = b.members.len() - 1;
                let names = first
                    .names
                    .iter()
                    .map(|n| {
                        if extra > 0 {
                            format!("{n} +{extra}")
                        } else {
                            n.clone()
                        }
                    })
                    .collect();
                Wanted {
                    item: b.members[0],
                    centre: *centre,
                    radius: b.diameter / 2.0,
                    names,
                    members: b.members.clone(),
                }
            },
        )
        .collect();
    wanted.extend(ends.iter().map(|(i, c)| Wanted {
        item: *i,
        centre: *c,
        radius: 3.0,
        names: items[*i].names.clone(),
        members: vec![*i],
    }));
    wanted
}

fn percent(c: (f64, f64), width: f64, height: f64) -> (f64, f64) {
    let round = |v: f64| (v * 100.0).round() / 100.0;
    (round(c.0 / width * 100.0), round(c.1 / height * 100.0))
}

/// Something shown at some widths: `widths[k]` is true where [`WIDTHS`]`[k]` shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct AtWidths<T> {
    /// The thing.
    pub item: T,
    /// Which width classes show it.
    pub widths: [bool; 3],
}

impl<T> AtWidths<T> {
    /// The CSS classes that show it at its widths (`sm-w sm-w-s sm-w-m`).
    pub fn classes(&self) -> String {
        self.classes_in(false)
    }

    /// [`AtWidths::classes`], or for a layout of one width ([`MapLayout::single`]) only the
    /// width's own class, which no container query hides: such a layout is redone when the width
    /// changes, and is shown at whatever width it is printed.
    pub fn classes_in(&self, single: bool) -> String {
        let mut c = String::from(if single { "" } else { "sm-w" });
        for (k, on) in self.widths.iter().enumerate() {
            if *on {
                if !c.is_empty() {
                    c.push(' ');
                }
                c.push_str("sm-w-");
                c.push_str(WIDTHS[k].id);
            }
        }
        c
    }
}

/// The map at every width: each distinct button and label once, with the widths that show it.
#[derive(Debug, Clone, PartialEq)]
pub struct MapLayout {
    /// Buttons.
    pub buttons: Vec<AtWidths<Button>>,
    /// Labels.
    pub labels: Vec<AtWidths<Label>>,
    /// Per item, how its name fared at each width (`None` for items without names).
    pub states: Vec<[Option<LabelState>; 3]>,
    /// Laid out for one width class only ([`lay_out_for`]).
    pub single: bool,
}

/// The width class of a map `px` CSS pixels wide: the stylesheet's container queries switch at
/// the next class's width.
pub fn class_for(px: f64) -> usize {
    WIDTHS[1..].iter().take_while(|c| px >= c.px).count()
}

fn merge<T: PartialEq>(all: &mut Vec<AtWidths<T>>, item: T, k: usize) {
    match all.iter_mut().find(|x| x.item == item) {
        Some(x) => x.widths[k] = true,
        None => {
            let mut widths = [false; 3];
            widths[k] = true;
            all.push(AtWidths { item, widths });
        }
    }
}

/// Lays `items` out at every width class.
pub fn lay_out_all(items: &[Item], vb: &ViewBox) -> MapLayout {
    lay_out_for(items, vb, None)
}

/// Lays `items` out at width class `only` ([`WIDTHS`]), or at every class: the live widget,
/// which knows its width, lays out one (a third of the work, and a third as many buttons that no
/// one sees); the page the build renders, which cannot know it, lays out all.
pub fn lay_out_for(items: &[Item], vb: &ViewBox, only: Option<usize>) -> MapLayout {
    let mut out = MapLayout {
        buttons: Vec::new(),
        labels: Vec::new(),
        states: vec![[None; 3]; items.len()],
        single: only.is_some(),
    };
    for (k, class) in WIDTHS.iter().enumerate() {
        if only.is_some_and(|o| o != k) {
            continue;
        }
        let l = lay_out(items, vb, class.px);
        for b in l.buttons {
            merge(&mut out.buttons, b, k);
        }
        for label in l.labels {
            merge(&mut out.labels, label, k);
        }
        for (i, s) in l.states.into_iter().enumerate() {
            out.states[i][k] = s;
        }
    }
    out
}

/// A label to place: the item it names, where its marker sits, the marker's radius, the names to
/// try (longest first) and the items that share the marker.
struct Wanted {
    item: usize,
    centre: (f64, f64),
    radius: f64,
    names: Vec<String>,
    members: Vec<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole() -> ViewBox {
        ViewBox {
            x: 0.0,
            y: 0.0,
            w: 1000.0,
            h: 760.0,
        }
    }

    fn place(key: &str, x: f64, y: f64, weight: usize) -> Item {
        Item {
            key: key.into(),
            kind: ItemKind::Place,
            at: vec![Point::new(x, y)],
            diameter: 28.0,
            weight,
            names: vec![key.to_string()],
        }
    }

    #[test]
    fn far_apart_places_get_a_button_and_a_label_each() {
        let items = [place("a", 100.0, 100.0, 1), place("b", 800.0, 600.0, 1)];
        let l = lay_out(&items, &whole(), 300.0);
        assert_eq!(l.buttons.len(), 2);
        assert_eq!(l.labels.len(), 2);
        assert_eq!(l.states, [Some(LabelState::Shown), Some(LabelState::Shown)]);
    }

    #[test]
    fn a_place_that_would_touch_another_on_a_phone_steps_aside_with_a_leader_line() {
        // 60 map units apart: 18 px at 300 px wide (touching), 43 px at 720 px (clear).
        let items = [
            place("paris", 300.0, 300.0, 3),
            place("brussels", 330.0, 248.0, 2),
        ];
        let phone = lay_out(&items, &whole(), 300.0);
        assert_eq!(phone.buttons.len(), 2);
        assert_eq!(
            phone.buttons[0].anchor, None,
            "the heavier place stays where it is"
        );
        let moved = &phone.buttons[1];
        assert!(moved.anchor.is_some(), "the lighter one steps aside");
        assert_eq!(phone.labels.len(), 2, "and both keep their labels");
        let desktop = lay_out(&items, &whole(), 720.0);
        assert!(desktop.buttons.iter().all(|b| b.anchor.is_none()));
    }

    #[test]
    fn places_with_no_room_to_step_aside_become_one_button() {
        // Nine places within a few pixels of each other on a phone.
        let items: Vec<Item> = (0..9)
            .map(|i| {
                place(
                    &format!("p{i}"),
                    500.0 + (i % 3) as f64 * 6.0,
                    380.0 + (i / 3) as f64 * 6.0,
                    9 - i,
                )
            })
            .collect();
        let phone = lay_out(&items, &whole(), 300.0);
        let cluster = phone
            .buttons
            .iter()
            .find(|b| b.members.len() > 1)
            .expect("a cluster");
        assert_eq!(cluster.members[0], 0, "the heaviest place leads it");
        assert!(cluster.diameter > 28.0, "a cluster grows with its events");
        assert!(phone.labels.iter().any(|l| l.text.starts_with("p0 +")));
    }

    #[test]
    fn no_two_buttons_stand_closer_than_the_target_gap() {
        let items: Vec<Item> = (0..40)
            .map(|i| {
                place(
                    &format!("p{i}"),
                    100.0 + (i % 8) as f64 * 37.0,
                    100.0 + (i / 8) as f64 * 41.0,
                    1 + i % 3,
                )
            })
            .collect();
        for class in WIDTHS {
            let close = too_close(&items, &whole(), class.px);
            assert!(close.is_empty(), "at {} px wide: {close:?}", class.px);
        }
    }

    #[test]
    fn labels_never_overlap_each_other_or_a_button() {
        let items: Vec<Item> = (0..30)
            .map(|i| {
                let mut p = place(
                    &format!("place number {i}"),
                    80.0 + (i % 6) as f64 * 150.0,
                    80.0 + (i / 6) as f64 * 140.0,
                    1,
                );
                p.names.push(format!("p{i}"));
                p
            })
            .collect();
        for class in WIDTHS {
            let l = lay_out(&items, &whole(), class.px);
            let (w, h) = (class.px, class.px * 0.76);
            let boxes: Vec<Boxed> = l
                .labels
                .iter()
                .map(|label| {
                    let c = (label.at.0 / 100.0 * w, label.at.1 / 100.0 * h);
                    let lw = label.text.chars().count() as f64 * CHAR_WIDTH + LABEL_PAD;
                    let d = label.offset + LABEL_OFFSET;
                    match label.side {
                        Side::Right => Boxed {
                            x0: c.0 + d,
                            y0: c.1 - 8.0,
                            x1: c.0 + d + lw,
                            y1: c.1 + 8.0,
                        },
                        Side::Left => Boxed {
                            x0: c.0 - d - lw,
                            y0: c.1 - 8.0,
                            x1: c.0 - d,
                            y1: c.1 + 8.0,
                        },
                        Side::Above => Boxed {
                            x0: c.0 - lw / 2.0,
                            y0: c.1 - d - 16.0,
                            x1: c.0 + lw / 2.0,
                            y1: c.1 - d,
                        },
                        Side::Below => Boxed {
                            x0: c.0 - lw / 2.0,
                            y0: c.1 + d,
                            x1: c.0 + lw / 2.0,
                            y1: c.1 + d + 16.0,
                        },
                    }
                })
                .collect();
            for (i, a) in boxes.iter().enumerate() {
                assert!(a.inside(w + 0.01, h + 0.01), "a label runs off the map");
                for b in &boxes[i + 1..] {
                    assert!(!a.overlaps(b), "two labels overlap at {w} px");
                }
                for btn in &l.buttons {
                    let c = (btn.at.0 / 100.0 * w, btn.at.1 / 100.0 * h);
                    assert!(
                        !a.overlaps(&Boxed::around(c, btn.diameter - 0.1)),
                        "a label covers a button"
                    );
                }
            }
            // Every name is accounted for: shown, shortened or dropped.
            assert!(l.states.iter().all(Option::is_some));
        }
    }

    fn memorial(x: f64) -> Item {
        let mut p = place("x", x, 380.0, 1);
        p.names = vec![
            "A very long memorial name, Somewhere".into(),
            "Somewhere".into(),
        ];
        p
    }

    #[test]
    fn a_name_too_long_for_its_room_is_shortened() {
        // At the map's left edge with a neighbour 100 px to the right: the long name runs into
        // it or off the map on every side; the short one fits on the right.
        let items = [memorial(30.0), place("e", 170.0, 380.0, 5)];
        let l = lay_out(&items, &whole(), 720.0);
        assert_eq!(l.states[0], Some(LabelState::Shortened));
        assert_eq!(
            l.labels.iter().find(|x| x.item == 0).unwrap().text,
            "Somewhere"
        );
    }

    #[test]
    fn a_name_with_no_room_at_all_is_left_out() {
        // Neighbours 50 px away on all four sides.
        let items = [
            memorial(500.0),
            place("w", 430.0, 380.0, 5),
            place("e", 570.0, 380.0, 5),
            place("n", 500.0, 320.0, 5),
            place("s", 500.0, 440.0, 5),
        ];
        let l = lay_out(&items, &whole(), 720.0);
        assert_eq!(l.buttons.len(), 5, "no clustering at this width");
        assert_eq!(l.states[0], Some(LabelState::Dropped));
        assert!(l.labels.iter().all(|x| x.item != 0));
    }

    #[test]
    fn a_call_button_slides_along_its_arc_when_its_middle_is_taken() {
        let call = Item {
            key: "a-b".into(),
            kind: ItemKind::Calls,
            at: vec![Point::new(500.0, 380.0), Point::new(400.0, 380.0)],
            diameter: 26.0,
            weight: 1,
            names: vec![],
        };
        let items = [place("x", 500.0, 380.0, 1), call];
        let l = lay_out(&items, &whole(), 720.0);
        assert_eq!(l.buttons.len(), 2);
        assert_eq!(l.buttons[1].at.0, 40.0, "moved to its second spot");
    }

    #[test]
    fn a_map_takes_the_class_of_its_width() {
        assert_eq!(class_for(200.0), 0);
        assert_eq!(class_for(479.5), 0);
        assert_eq!(class_for(480.0), 1);
        assert_eq!(class_for(719.0), 1);
        assert_eq!(class_for(720.0), 2);
        assert_eq!(class_for(1400.0), 2);
    }

    #[test]
    fn a_layout_for_one_width_is_that_width_of_the_layout_for_all() {
        let items: Vec<Item> = (0..30)
            .map(|i| {
                place(
                    &format!("p{i}"),
                    100.0 + (i % 6) as f64 * 29.0,
                    200.0 + (i / 6) as f64 * 33.0,
                    1 + i % 4,
                )
            })
            .collect();
        let all = lay_out_all(&items, &whole());
        for (k, class) in WIDTHS.iter().enumerate() {
            let one = lay_out_for(&items, &whole(), Some(k));
            assert!(one.single);
            let of_all: Vec<&Button> = all
                .buttons
                .iter()
                .filter(|b| b.widths[k])
                .map(|b| &b.item)
                .collect();
            let only: Vec<&Button> = one.buttons.iter().map(|b| &b.item).collect();
            assert_eq!(only, of_all, "width {k}");
            assert!(one
                .buttons
                .iter()
                .all(|b| b.widths == std::array::from_fn(|j| j == k)));
            assert_eq!(
                one.buttons[0].classes_in(true),
                format!("sm-w-{}", class.id),
                "no class a container query hides"
            );
        }
    }

    #[test]
    fn what_is_the_same_at_every_width_is_there_once() {
        let items = [place("a", 100.0, 100.0, 1), place("b", 800.0, 600.0, 1)];
        let all = lay_out_all(&items, &whole());
        assert_eq!(all.buttons.len(), 2);
        assert!(all.buttons.iter().all(|b| b.widths == [true; 3]));
        assert_eq!(all.buttons[0].classes(), "sm-w sm-w-s sm-w-m sm-w-l");
    }

    /// Every pair of buttons at one width, in CSS pixels apart, with the least that keeps them
    /// clear ([`GAP`] between their edges).
    fn too_close(items: &[Item], vb: &ViewBox, width: f64) -> Vec<String> {
        let l = lay_out(items, vb, width);
        let height = vb.h * width / vb.w;
        let px = |b: &Button| (b.at.0 * width / 100.0, b.at.1 * height / 100.0);
        let mut out = Vec::new();
        for (i, a) in l.buttons.iter().enumerate() {
            for b in &l.buttons[i + 1..] {
                let (pa, pb) = (px(a), px(b));
                let apart = (pa.0 - pb.0).hypot(pa.1 - pb.1);
                let least = (a.diameter + b.diameter) / 2.0 + GAP;
                if apart + 0.1 < least {
                    let key = |b: &Button| items[b.members[0]].key.clone();
                    out.push(format!(
                        "{} and {}: {apart:.1} px apart, {least:.1} needed",
                        key(a),
                        key(b)
                    ));
                }
            }
        }
        out
    }

    fn call(key: &str, arc: &[(f64, f64)], weight: usize) -> Item {
        Item {
            key: key.into(),
            kind: ItemKind::Calls,
            at: arc.iter().map(|&(x, y)| Point::new(x, y)).collect(),
            diameter: 26.0,
            weight,
            names: vec![],
        }
    }

    #[test]
    fn a_call_line_with_no_room_joins_the_button_it_would_cover() {
        // A hundred places 3 map units apart, one cluster some 80 px wide on a phone; a call
        // line whose only spot is in its middle, too far in to step aside.
        let mut items: Vec<Item> = (0..100)
            .map(|i| {
                place(
                    &format!("p{i}"),
                    470.0 + (i % 10) as f64 * 3.0,
                    350.0 + (i / 10) as f64 * 3.0,
                    1,
                )
            })
            .collect();
        items.push(call("x-y", &[(485.0, 365.0)], 1));
        assert_eq!(too_close(&items, &whole(), 300.0), Vec::<String>::new());
        let l = lay_out(&items, &whole(), 300.0);
        assert_eq!(l.buttons.len(), 1, "one button");
        assert!(
            l.buttons[0].members.contains(&100),
            "the call is counted in it"
        );
        assert_eq!(l.buttons[0].kind, ItemKind::Place);
    }

    proptest::proptest! {
        #[test]
        fn no_two_buttons_ever_stand_closer_than_the_target_gap(
            places in proptest::collection::vec((0.0..1000.0f64, 0.0..760.0f64, 1usize..60), 0..60),
            calls in proptest::collection::vec(
                proptest::collection::vec((0.0..1000.0f64, 0.0..760.0f64), 1..6), 0..30),
        ) {
            let mut items: Vec<Item> = places
                .iter()
                .enumerate()
                .map(|(i, &(x, y, w))| place(&format!("p{i}"), x, y, w))
                .collect();
            items.extend(calls.iter().enumerate().map(|(i, arc)| call(&format!("c{i}"), arc, 1)));
            for class in WIDTHS {
                let close = too_close(&items, &whole(), class.px);
                proptest::prop_assert!(close.is_empty(), "at {} px: {:?}", class.px, close);
            }
        }
    }
}
