//! The drawing: one circle per node, grouped by side, a line per pair and channel, every node
//! a button in keyboard order and every line reachable from its nodes by the arrow keys.

use leptos::prelude::*;
use summitry_geo::num::short;
use summitry_model::network::{next, Channel, Focus, Key, Tag};
use summitry_model::network_words::{network_words, NetworkWords};

use super::{display_name, said, selected_node, selected_pair, Drawn};
use crate::state::{use_state, State};
use crate::store;

/// How many side colours the style has (`--sm-side-0` to `--sm-side-8`).
const SIDE_COLOURS: usize = 9;

/// A node as the drawing shows it (everything it renders, so an unchanged node is kept: it is
/// its own key).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct NodeItem {
    index: usize,
    testid: String,
    /// Its actor's id, or for a group its side's id.
    id: String,
    group: bool,
    label: String,
    lang: Option<&'static str>,
    at: (String, String),
    r: String,
    side: usize,
    tag: TagItem,
}

/// A node's label or number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum TagItem {
    Text(String, String, String, &'static str),
    Number(String, String, String),
}

/// An edge as the drawing shows it (its own key, as a node).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct EdgeItem {
    index: usize,
    testid: String,
    ends: [String; 2],
    label: String,
    d: String,
    width: String,
    channel: &'static str,
}

fn node_items(d: &Drawn, w: &NetworkWords) -> Vec<NodeItem> {
    let ds = store();
    let ed = ds.edition;
    let (net, at) = (&d.net, &d.layout.nodes);
    net.nodes
        .iter()
        .zip(at)
        .enumerate()
        .map(|(index, (n, a))| {
            let name = display_name(n, w);
            let tag = match &a.tag {
                Tag::Text {
                    text, x, y, anchor, ..
                } => TagItem::Text(
                    text.clone(),
                    short(*x, 1).to_string(),
                    short(*y, 1).to_string(),
                    anchor.as_str(),
                ),
                Tag::Key { number, rect } => TagItem::Number(
                    number.to_string(),
                    short(rect.x + rect.w / 2.0, 1).to_string(),
                    short(rect.y + rect.h * 0.8, 1).to_string(),
                ),
            };
            NodeItem {
                index,
                testid: format!("node-{}", n.key().replace(':', "-")),
                id: if n.is_group() { n.side } else { n.id }.to_string(),
                group: n.is_group(),
                label: (w.node_label)(&name, &said(w, &net.at(&n.events))),
                lang: (!n.is_group()).then(|| ed.lang_of("actor", n.id, "name")),
                at: (short(a.at.x, 1).to_string(), short(a.at.y, 1).to_string()),
                r: short(a.r, 1).to_string(),
                side: n.side_index % SIDE_COLOURS,
                tag,
            }
        })
        .collect()
}

fn edge_items(d: &Drawn, w: &NetworkWords) -> Vec<EdgeItem> {
    let net = &d.net;
    net.edges
        .iter()
        .zip(&d.layout.edges)
        .enumerate()
        .map(|(index, (e, at))| {
            let (a, b) = (&net.nodes[e.a], &net.nodes[e.b]);
            let channel = match e.channel {
                Channel::InPerson => "met",
                Channel::Call => "call",
                Channel::Planned => "planned",
            };
            EdgeItem {
                index,
                testid: format!("edge-{}-{}-{channel}", a.key(), b.key()).replace(':', "-"),
                ends: [a.key(), b.key()],
                label: (w.edge_label)(
                    &display_name(a, w),
                    &display_name(b, w),
                    &said(w, &net.at(&e.events)),
                ),
                d: at.d.clone(),
                width: short(at.width, 2).to_string(),
                channel,
            }
        })
        .collect()
}

/// A node's label beside it, or its number on it.
fn label_view(item: NodeItem) -> impl IntoView {
    match item.tag {
        TagItem::Text(text, x, y, anchor) => view! {
            <text class="sm-net__label" x=x y=y text-anchor=anchor lang=item.lang>{text}</text>
        }
        .into_any(),
        TagItem::Number(n, x, y) => view! {
            <text class="sm-net__number" x=x y=y text-anchor="middle">{n}</text>
        }
        .into_any(),
    }
}

/// The network drawing; clicks and keys select what the details panel shows.
#[component]
pub fn NetworkGraph(drawn: Memo<Drawn>) -> impl IntoView {
    let state = use_state();
    let w = network_words(state.lang);
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let nodes = Memo::new(move |_| drawn.with(|d| node_items(d, w)));
    let edges = Memo::new(move |_| drawn.with(|d| edge_items(d, w)));
    let arrows = Arrows {
        drawn,
        svg,
        from: StoredValue::new(None),
    };
    let view_box = move || drawn.with(|d| d.layout.view_box.clone());
    let font = move || drawn.with(|d| short(d.font_px, 1).to_string());
    let empty = move || drawn.with(|d| d.net.nodes.is_empty());
    view! {
        <figure class="sm-net" data-testid="network-graph">
            <svg
                class="sm-net__svg"
                viewBox=view_box
                role="group"
                aria-label=w.drawing
                aria-describedby="sm-net-keys"
                font-size=font
                node_ref=svg
            >
                <g class="sm-net__edges">
                    <For
                        each=move || edges.get()
                        key=EdgeItem::clone
                        children=move |item| edge_view(state, arrows, item)
                    />
                </g>
                <g class="sm-net__nodes">
                    <For
                        each=move || nodes.get()
                        key=NodeItem::clone
                        children=move |item| node_view(state, arrows, item)
                    />
                </g>
                // Apart from the buttons, whose names say more than a label or a number.
                <g class="sm-net__labels" aria-hidden="true">
                    <For each=move || nodes.get() key=NodeItem::clone children=label_view />
                </g>
            </svg>
            <Show when=empty>
                <p class="sm-net__empty">{w.nobody}</p>
            </Show>
            <figcaption class="sm-net__caption">
                <SideKey drawn=drawn />
                <ul class="sm-net__legend">
                    <li class="sm-net__legend-item sm-net__legend-item--met">{w.legend[0]}</li>
                    <li class="sm-net__legend-item sm-net__legend-item--call">{w.legend[1]}</li>
                    <li class="sm-net__legend-item sm-net__legend-item--planned">{w.legend[2]}</li>
                    <li class="sm-net__legend-item">{w.legend[3]}</li>
                </ul>
                <p class="sm-net__keys" id="sm-net-keys">{w.keys}</p>
                <NumberKey drawn=drawn />
            </figcaption>
        </figure>
    }
}

/// What the arrow keys need: the drawing, its element (to move focus in) and the node the
/// focused line was reached from.
#[derive(Clone, Copy)]
struct Arrows {
    drawn: Memo<Drawn>,
    svg: NodeRef<leptos::svg::Svg>,
    from: StoredValue<Option<usize>>,
}

impl Arrows {
    /// Moves keyboard focus to the node or line `to`.
    fn focus(self, to: Focus) {
        let sel = match to {
            Focus::Node(i) => format!("[data-node=\"{i}\"]"),
            Focus::Edge { edge, .. } => format!("[data-edge=\"{edge}\"]"),
        };
        let Some(root) = self.svg.get_untracked() else {
            return;
        };
        if let Ok(Some(el)) = root.query_selector(&sel) {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::SvgElement>() {
                let _ = el.focus();
            }
        }
    }

    /// Follows an arrow key (or Escape) from `current`, the focused node or line.
    fn on_key(self, ev: leptos::ev::KeyboardEvent, current: Focus) {
        let key = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => Key::Next,
            "ArrowLeft" | "ArrowUp" => Key::Previous,
            "Escape" => Key::Back,
            _ => return,
        };
        ev.prevent_default();
        if let Some(to) = self
            .drawn
            .with_untracked(|d| next(&d.net, Some(current), key))
        {
            if let Focus::Edge { from: f, .. } = to {
                self.from.set_value(Some(f));
            }
            self.focus(to);
        }
    }
}

/// Selects a node's actor, or opens the group it stands for.
fn select_node(state: State, item: &NodeItem) {
    if item.group {
        let side = item.id.clone();
        state.opened.update(|o| o.push(side));
    } else {
        state.who.set(vec![item.id.clone()]);
    }
}

/// A node: a button in keyboard order, pressed while its actor or one of its pair is selected.
fn node_view(state: State, arrows: Arrows, item: NodeItem) -> impl IntoView {
    let drawn = arrows.drawn;
    let i = item.index;
    let selected = move || {
        let who = state.who.get();
        drawn.with(|d| {
            selected_node(&d.net, &who) == Some(i)
                || selected_pair(&d.net, &who).is_some_and(|(a, b)| a == i || b == i)
        })
    };
    let (clicked, keyed) = (item.clone(), item.clone());
    view! {
        <g
            class=format!("sm-net__node sm-net__node--side{}", item.side)
            class:sm-net__node--group=item.group
            class:sm-net__node--selected=selected
            role="button"
            tabindex="0"
            aria-label=item.label.clone()
            aria-pressed=move || if selected() { "true" } else { "false" }
            data-node=i
            data-testid=item.testid.clone()
            on:click=move |_| select_node(state, &clicked)
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if matches!(ev.key().as_str(), "Enter" | " ") {
                    ev.prevent_default();
                    select_node(state, &keyed);
                } else {
                    arrows.on_key(ev, Focus::Node(i));
                }
            }
        >
            <circle class="sm-net__hit" cx=item.at.0.clone() cy=item.at.1.clone() r="13" />
            <circle class="sm-net__dot" cx=item.at.0 cy=item.at.1 r=item.r />
        </g>
    }
}

/// A line: a button reached from its nodes by the arrow keys, which selects its pair.
fn edge_view(state: State, arrows: Arrows, item: EdgeItem) -> impl IntoView {
    let drawn = arrows.drawn;
    let i = item.index;
    let ends = item.ends.clone();
    let selected = move || {
        let who = state.who.get();
        drawn.with(|d| {
            d.net
                .edges
                .get(i)
                .is_some_and(|e| selected_pair(&d.net, &who) == Some((e.a, e.b)))
        })
    };
    let select = move || {
        let ids = ends.clone().into_iter().collect::<Vec<_>>();
        state.who.set(ids);
    };
    let select_key = select.clone();
    // One element per line (no wider invisible twin): at 10,000 events the drawing keeps
    // hundreds of lines, and the panel and the table reach every pair too.
    view! {
        <path
            class=format!("sm-net__edge sm-net__edge--{}", item.channel)
            class:sm-net__edge--selected=selected
            d=item.d
            stroke-width=item.width
            role="button"
            tabindex="-1"
            aria-label=item.label
            data-edge=i
            data-ends=item.ends.join(" ")
            data-testid=item.testid
            on:click=move |_| select()
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if matches!(ev.key().as_str(), "Enter" | " ") {
                    ev.prevent_default();
                    select_key();
                } else {
                    let start = arrows.from.get_value().unwrap_or_else(|| {
                        drawn.with_untracked(|d| d.net.edges.get(i).map_or(0, |e| e.a))
                    });
                    arrows.on_key(ev, Focus::Edge { edge: i, from: start });
                }
            }
        />
    }
}

/// The names of the nodes drawn with a number, and how many lines were left out.
#[component]
fn NumberKey(drawn: Memo<Drawn>) -> impl IntoView {
    let state = use_state();
    let w = network_words(state.lang);
    let ed = store().edition;
    let key = move || {
        drawn.with(|d| {
            d.layout
                .key
                .iter()
                .enumerate()
                .map(|(i, n)| {
                    let node = &d.net.nodes[*n];
                    let lang = (!node.is_group()).then(|| ed.lang_of("actor", node.id, "name"));
                    let name = format!("{} {}", i + 1, display_name(node, w));
                    view! { <li lang=lang>{name}</li> }
                })
                .collect::<Vec<_>>()
        })
    };
    let dropped = move || drawn.with(|d| d.net.dropped_edges);
    view! {
        <Show when=move || drawn.with(|d| !d.layout.key.is_empty())>
            <p class="sm-net__key-heading">{w.key_heading}</p>
            <ol class="sm-net__key" data-testid="network-key">{key}</ol>
        </Show>
        <Show when=move || { dropped() > 0 }>
            <p class="sm-net__dropped">{move || (w.dropped)(dropped())}</p>
        </Show>
    }
}

/// The sides drawn, each with its colour, in the dataset's order.
#[component]
fn SideKey(drawn: Memo<Drawn>) -> impl IntoView {
    let ds = store();
    let ed = ds.edition;
    let sides = move || {
        drawn.with(|d| {
            let mut seen: Vec<usize> = d.net.nodes.iter().map(|n| n.side_index).collect();
            seen.dedup();
            seen.into_iter()
                .filter_map(|i| ds.sides().get(i).map(|s| (i, s)))
                .map(|(i, s)| {
                    view! {
                        <li class=format!("sm-net__side sm-net__node--side{}", i % SIDE_COLOURS) lang=ed.lang_of("side", &s.id, "label")>
                            {s.label.clone()}
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! { <ul class="sm-net__sides" data-testid="network-sides">{sides}</ul> }
}
