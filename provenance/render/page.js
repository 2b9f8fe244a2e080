/* provenance page script.
 *
 * Every piece of dossier text reaches the DOM through textContent (see el()),
 * never innerHTML: quotes come from the web. The vis.Network is the global
 * `network`, as in pyvis' pages, so tests and tools can inspect it.
 */
"use strict";

// Marks for benchmarks/bench_render.py's breakdown of the time to the first frame.
performance.mark("provenance:start");
var DATA = JSON.parse(document.getElementById("provenance-data").textContent);
DATA = unpackData(DATA);  // scale: see "big graphs" at the end
// DATA.info, which a big page inflates when first read (see unpackData).
Object.defineProperty(window, "INFO", {get: function () { return DATA.info; }, configurable: true});
var KIND_NAMES = {question: "question", claim: "claim", person: "person", work: "work"};
var STATUS_TEXT = {
  exact: "verified: exact", normalized: "verified: same words",
  fuzzy: "unverified: close match only", missing: "unverified: not found in source",
  "no-source": "unverified: no source text"
};

function el(tag, attrs, children) {
  var node = document.createElement(tag);
  if (attrs) {
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "text") node.textContent = String(v);
      else if (k === "class") node.className = v;
      else if (k === "hidden") node.hidden = true;
      else node.setAttribute(k, String(v));
    });
  }
  (children || []).forEach(function (c) {
    if (c === null || c === undefined) return;
    node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  });
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

function labelOf(id) {
  var n = nodes.get(id);
  if (!n) return String(id);
  var label = n.label === undefined && LATER_LABELS[id] ? LATER_LABELS[id][0] : n.label;
  return typeof label === "string" ? label.replace(/\n/g, " ") : label;
}

function nodeLink(id, text) {
  var a = el("a", {class: "node-link", role: "link", tabindex: "0", text: text || labelOf(id)});
  function go(ev) { ev.preventDefault(); focusNode(id); }
  a.addEventListener("click", go);
  a.addEventListener("keydown", function (ev) { if (ev.key === "Enter") go(ev); });
  return a;
}

function externalLink(url, text) {
  // Only http(s) URLs reach here (checked in Python); the user's click opens them.
  return el("a", {href: url, target: "_blank", rel: "noopener noreferrer", text: text || url});
}

function badge(status) {
  var s = STATUS_TEXT[status] ? status : "missing";
  return el("span", {class: "badge " + s, text: STATUS_TEXT[s]});
}

/* ---------- the network ---------- */

var FONT_SIZE = {question: 24, person: 17, work: 17, claim: 12};
// On-screen label sizes (see labelPlacer): landmarks never under LABEL_MIN_PX, no label over
// LABEL_MAX_PX (claims CLAIM_MAX_PX), and none drawn under LABEL_READABLE_PX.
var LABEL_MIN_PX = 12, LABEL_MAX_PX = 22, CLAIM_MAX_PX = 16, LABEL_READABLE_PX = 11;
// Canvas font sizes on a page laid out in Python (debate layout, overview, citation view): the
// layout leaves room for these under each node (render/layout.py LANDMARK_FONT).
var ARRANGED_FONT = {question: 20, person: 20, work: 19, claim: 12, group: 20};
function arrangedFont(n) {
  var f = DATA.arranged.font, base = ARRANGED_FONT[n.kind] || 13;
  return f && n.kind !== "claim" ? Math.round(f * base / 20 * 10) / 10 : base;
}
// Relations hidden until the reader asks for them: they repeat what the details panel shows
// and turn the article into a hairball hub.
var HIDDEN_AT_START = {appears_in: true};

// Node size by evidence weight (claims, works) and contestedness (questions), from
// DATA.analysis (undefined: the node keeps its size). A big graph's nodes get it before vis
// sees them, since updating 10,000 nodes afterwards costs vis a second pass over every one
// of them and a redraw; a small graph's are updated after (analysisBlock), as its physics
// layout has always been computed that way.
function weightedSize(n) {
  var A = DATA.analysis;
  if (!A) return undefined;
  if (n.kind === "claim" && A.weights[n.id] !== undefined) {
    return Math.round((7 + 16 * A.weights[n.id]) * 10) / 10;
  } else if (n.kind === "work" && A.weights[n.id] !== undefined) {
    return Math.round(n.size * (0.75 + A.weights[n.id]) * 10) / 10;
  } else if (n.kind === "question" && A.scores[n.id] !== undefined) {
    return Math.round(n.size * (0.8 + 0.5 * A.scores[n.id]) * 10) / 10;
  }
  return undefined;
}

// Big graphs (positions from Python) open too far out for any label to be read; their
// labels are handed to vis when the reader zooms in on them (labelsOnDemand, at the end):
// vis measures every label it has before the first frame, a third of that frame's cost.
var LATER_LABELS = {};  // id -> [label, font size] of the nodes whose label vis gets later

performance.mark("provenance:data");
var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
  var later = DATA.layout && !OVERVIEW && typeof n.label === "string";
  var copy = {};
  // (a copy without the label rather than a delete: deleting slows every later lookup)
  for (var k in n) if (!(later && k === "label")) copy[k] = n[k];
  var base = FONT_SIZE[n.kind] || 13;
  copy.font = n.font || {size: DATA.arranged ? arrangedFont(n)
                : n.kind === "person" || n.kind === "work" ? Math.round(base * n.size / 14) : base,
               color: "#1d1d1f",
               strokeWidth: 3, strokeColor: "#ffffff"};
  var size = DATA.layout ? weightedSize(n) : undefined;
  if (size !== undefined) copy.size = size;
  if (later) LATER_LABELS[n.id] = [n.label, copy.font.size];
  return copy;
}));
var edges = new vis.DataSet(DATA.edges.map(function (e) {
  return HIDDEN_AT_START[e.kind] ? Object.assign({}, e, {hidden: true}) : e;
}));
// A big graph (positions from Python, not an overview) gives vis its nodes only, and the
// page draws its relations itself (edgeLayer, under "big graphs" at the end): vis builds
// an object of some thirty parts for every edge it is given, over half the time to the
// first frame at 15,000 relations. `edges` holds every relation either way.
var EDGE_LAYER = !!DATA.layout && !OVERVIEW;

function allEdges() {
  // Every relation, drawn or not: what the details panel and the filters read.
  return edges.get();
}

var options = {
  autoResize: true,
  nodes: {borderWidth: 1.5,
          // Labels too small to read at the current zoom are not drawn: zoom in to read them.
          scaling: {label: {enabled: false, drawThreshold: 6}}},
  edges: {smooth: {enabled: true, type: "continuous", roundness: 0.3},
          selectionWidth: 2, hoverWidth: 1.5},
  interaction: {hover: true, tooltipDelay: 120, hideEdgesOnDrag: false, navigationButtons: false,
                keyboard: {enabled: false}},
  physics: DATA.physics ? {
    enabled: true, solver: "forceAtlas2Based",
    forceAtlas2Based: {gravitationalConstant: -110, centralGravity: 0.008, springLength: 110,
                       springConstant: 0.05, avoidOverlap: 0.8},
    stabilization: {enabled: true, iterations: 400, updateInterval: 50, fit: true},
    maxVelocity: 40, minVelocity: 0.8
  } : {enabled: false},
  layout: {improvedLayout: DATA.nodes.length < 150, randomSeed: 7}
};

if (DATA.arranged || (DATA.physics === false && !DATA.layout)) {
  // Positions from Python: drawn as placed, the same on every render.
  options.physics = {enabled: false};
  options.layout = {improvedLayout: false};
  options.edges.smooth = false;
}
scaleOptions(options);  // scale: see "big graphs" at the end
var network = new vis.Network(document.getElementById("network"),
                              {nodes: nodes, edges: EDGE_LAYER ? new vis.DataSet() : edges},
                              options);
window.network = network;
performance.mark("provenance:network");
// Before the page's own listeners: a click that hits no node is given the relation under it.
var edgeView = EDGE_LAYER ? edgeLayer(network, edges, nodes) : null;
// Labels placed so that they can be read and never overlap (see labelPlacer); a big graph's
// full view keeps labelsOnDemand instead.
var labels = EDGE_LAYER ? null : labelPlacer(network, nodes);
window.labels = labels;
network.once("stabilizationIterationsDone", function () { network.fit({animation: false}); });

function whenDrawn(fn, idle) {
  // Work nobody sees in the first frame waits until a big graph is on screen; `idle` work
  // (the people list, which also fills itself when first opened) until nothing else is
  // waiting, so a first hover is answered before it.
  if (!DATA.layout) { fn(); return; }
  network.once("afterDrawing", function () {
    if (idle && window.requestIdleCallback) requestIdleCallback(fn, {timeout: 3000});
    else setTimeout(fn, 0);
  });
}
// The dossier's text, for tooltips and details: a first hover needs it. The browser's own
// inflater does it off the main thread; a read before it is done inflates it at once.
// The search index, which reads all of it, follows.
whenDrawn(function () {
  if (typeof DATA.inflateInfo === "function") DATA.inflateInfo(function () { searchIndex(); });
  else if (DATA.info) searchIndex();
});

/* ---------- tooltip on hover ---------- */

var tooltip = document.getElementById("tooltip");

function firstAppearance(info) {
  return info && info.appearances && info.appearances.length ? info.appearances[0] : null;
}

// A tooltip shows at most this much of a text; the details panel shows all of it.
function clip(s) { return s && s.length > 600 ? s.slice(0, 599) + "…" : s; }

function tooltipFor(id) {
  var info = INFO[id];
  if (!info) return null;
  var parts = [el("div", {class: "kind", text: KIND_NAMES[info.kind] || info.kind})];
  parts.push(el("div", {text: clip(info.title)}));
  if (info.kind === "claim") {
    var app = firstAppearance(info);
    if (app) {
      parts.push(el("blockquote", {}, ["“" + clip(app.quote) + "”", badge(app.status)]));
      parts.push(el("div", {class: "source",
        text: "— " + (app.by_name ? app.by_name + ", " : "") + "in " + app.work_label}));
      if (info.appearances.length > 1) {
        parts.push(el("div", {class: "source",
          text: "+" + (info.appearances.length - 1) + " more appearance(s)"}));
      }
    } else if (info.based_on.length) {
      parts.push(el("div", {class: "source",
        text: "from " + info.based_on.map(function (b) { return b.label; }).join(", ")}));
    }
  } else if (info.kind === "person") {
    if (info.affiliation) parts.push(el("div", {class: "source", text: info.affiliation}));
  } else if (info.kind === "work") {
    var bits = [info.venue, info.year, info.design, info.sample].filter(Boolean);
    if (bits.length) parts.push(el("div", {class: "source", text: bits.join(" · ")}));
  } else if (info.kind === "question") {
    var q = questionById(id);
    if (q && q.contested) {
      parts.push(el("div", {}, [el("span", {class: "badge contested", text: "contested"})]));
      if (q.summary) parts.push(el("div", {class: "source", text: q.summary}));
      else q.reasons.forEach(function (r) { parts.push(el("div", {class: "source", text: r})); });
    }
  }
  return parts;
}

function tooltipForEdge(id) {
  var e = edges.get(id);
  if (!e) return null;
  var parts = [el("div", {class: "kind", text: e.kind.replace("_", " ")}),
               el("div", {text: labelOf(e.from) + " → " + labelOf(e.to)})];
  if (e.quote) parts.push(el("blockquote", {text: "“" + e.quote + "”"}));
  if (e.work && INFO[e.work]) parts.push(el("div", {class: "source", text: "in " + labelOf(e.work)}));
  return parts;
}

function showTooltip(parts, pointer) {
  if (!parts) { hideTooltip(); return; }
  clear(tooltip);
  parts.forEach(function (p) { tooltip.appendChild(p); });
  tooltip.hidden = false;
  var wrap = tooltip.parentNode.getBoundingClientRect();
  var x = Math.min(pointer.x + 14, wrap.width - tooltip.offsetWidth - 6);
  var y = Math.min(pointer.y + 14, wrap.height - tooltip.offsetHeight - 6);
  tooltip.style.left = Math.max(4, x) + "px";
  tooltip.style.top = Math.max(4, y) + "px";
}

function hideTooltip() { tooltip.hidden = true; }

network.on("hoverNode", function (p) { showTooltip(tooltipFor(p.node), p.pointer.DOM); });
network.on("hoverEdge", function (p) { showTooltip(tooltipForEdge(p.edge), p.pointer.DOM); });
network.on("blurNode", hideTooltip);
network.on("blurEdge", hideTooltip);
network.on("dragStart", hideTooltip);
network.on("zoom", hideTooltip);

/* ---------- details panel on click ---------- */

var details = document.getElementById("details");

function kv(pairs) {
  var dl = el("dl", {class: "kv"});
  pairs.forEach(function (p) {
    if (p[1] === null || p[1] === undefined || p[1] === "" ||
        (Array.isArray(p[1]) && !p[1].length)) return;
    dl.appendChild(el("dt", {text: p[0]}));
    var dd = el("dd");
    var v = p[1];
    if (v instanceof Node) dd.appendChild(v); else dd.textContent = String(v);
    if (p[2]) dd.appendChild(el("span", {class: "unverified-field", text: "unverified"}));
    dl.appendChild(dd);
  });
  return dl;
}

function contextBlock(app) {
  // The paragraph around the quote, the quoted pieces marked, all as text nodes.
  var box = el("div", {class: "context"});
  var text = app.paragraph, pos = 0;
  (app.spans || []).forEach(function (s) {
    if (s[0] > pos) box.appendChild(document.createTextNode(text.slice(pos, s[0])));
    box.appendChild(el("mark", {text: text.slice(s[0], s[1])}));
    pos = s[1];
  });
  box.appendChild(document.createTextNode(text.slice(pos)));
  return box;
}

function relatedEdges(id, kinds) {
  var out = [];
  allEdges().forEach(function (e) {
    if (kinds.indexOf(e.kind) >= 0 && (e.from === id || e.to === id)) out.push(e);
  });
  return out;
}

function linkList(ids) {
  var ul = el("ul");
  ids.forEach(function (id) { ul.appendChild(el("li", {}, [nodeLink(id)])); });
  return ul;
}

function claimDetails(id, info) {
  var out = [];
  var meta = [["position", info.position ? String(info.position).replace(/[-_]+/g, " ") : null]];
  if (info.question) meta.push(["question", nodeLink(info.question)]);
  if (info.estimate) {
    var e = info.estimate, num = e.shown || e.text || "";
    if (!num) {
      num = e.value !== undefined ? String(e.value) : "";
      if (e.low !== undefined && e.high !== undefined) num += (num ? " " : "") + "(" + e.low + "–" + e.high + ")";
      if (e.unit) num += " " + e.unit;
    }
    meta.push(["estimate", num + (e.population ? " — " + e.population : "")]);
  }
  meta.push(["note", info.note]);
  out.push(kv(meta));
  out.push(el("h4", {text: "Where it is said (" + info.appearances.length + ")"}));
  if (!info.appearances.length) out.push(el("p", {class: "hint", text: "No quote: this claim is a finding taken from the works below."}));
  info.appearances.forEach(function (app) {
    var who = el("div", {class: "who"}, [
      app.by ? nodeLink(app.by, app.by_name || app.by) : "narration", " in ",
      nodeLink(app.work, app.work_label),
      app.line ? " (line " + app.line + ")" : ""]);
    var box = el("div", {class: "appearance"}, [
      el("div", {class: "quote"}, ["“" + app.quote + "”", badge(app.status)]), who]);
    if (app.attribution === "mismatch") {
      box.appendChild(el("div", {class: "badge missing",
        text: "misattributed? the text gives these words to " + (app.said_by || "someone else")}));
    }
    if (app.paragraph !== undefined) box.appendChild(contextBlock(app));
    else if (app.closest) box.appendChild(el("div", {class: "context", text: "Closest passage: " + app.closest}));
    out.push(box);
  });
  if (info.based_on.length) {
    out.push(el("h4", {text: "Evidence it rests on"}));
    out.push(linkList(info.based_on.map(function (b) { return b.id; })));
  }
  var rel = relatedEdges(id, ["supports", "contradicts"]);
  if (rel.length) {
    out.push(el("h4", {text: "Supports and contradicts"}));
    var ul = el("ul");
    rel.forEach(function (e) {
      var other = e.from === id ? e.to : e.from;
      var verb = e.from === id ? e.kind + " " : (e.kind === "supports" ? "supported by " : "contradicted by ");
      ul.appendChild(el("li", {}, [verb, nodeLink(other)]));
    });
    out.push(ul);
  }
  return out;
}

function personDetails(id, info) {
  var out = [kv([["aliases", (info.aliases || []).join(", ")], ["affiliation", info.affiliation],
                 ["role", info.role], ["note", info.note],
                 ["web", info.url ? externalLink(info.url) : null]])];
  var stated = [], authored = [];
  allEdges().forEach(function (e) {
    if (e.from !== id) return;
    if (e.kind === "states" && stated.indexOf(e.to) < 0) stated.push(e.to);
    if (e.kind === "authored") authored.push(e.to);
  });
  if (stated.length) { out.push(el("h4", {text: "States"})); out.push(linkList(stated)); }
  if (authored.length) { out.push(el("h4", {text: "Authored"})); out.push(linkList(authored)); }
  return out;
}

function workDetails(id, info) {
  var unv = info.unverified || [];
  function u(f) { return unv.indexOf(f) >= 0; }
  var out = [kv([
    ["type", info.type], ["authors", (info.authors || []).join(", "), u("authors")],
    ["venue", info.venue, u("venue")], ["year", info.year, u("year")],
    ["design", info.design ? info.design + (info.design_note ? " — " + info.design_note : "") : null, u("design")],
    ["sample", info.sample, u("sample")],
    ["DOI", info.doi ? (info.doi_url ? externalLink(info.doi_url, info.doi) : info.doi) : null, u("doi")],
    ["PMID", info.pmid, u("pmid")],
    ["web", info.url ? externalLink(info.url) : null, u("url")],
    ["note", info.note]])];
  var groups = {"Claims resting on it": [], "Claims stated in it": [], "Cites": [], "Cited by": []};
  allEdges().forEach(function (e) {
    if (e.kind === "based_on" && e.to === id) groups["Claims resting on it"].push(e.from);
    if (e.kind === "appears_in" && e.to === id && groups["Claims stated in it"].indexOf(e.from) < 0) groups["Claims stated in it"].push(e.from);
    if (e.kind === "cites" && e.from === id) groups["Cites"].push(e.to);
    if (e.kind === "cites" && e.to === id) groups["Cited by"].push(e.from);
  });
  Object.keys(groups).forEach(function (k) {
    if (groups[k].length) { out.push(el("h4", {text: k + " (" + groups[k].length + ")"})); out.push(linkList(groups[k])); }
  });
  return out;
}

function questionById(id) {
  for (var i = 0; i < DATA.questions.length; i++) if (DATA.questions[i].id === id) return DATA.questions[i];
  return null;
}

function questionDetails(id) {
  var q = questionById(id);
  var out = [];
  if (!q) return out;
  if (q.contested) {
    out.push(el("p", {}, [el("span", {class: "badge contested", text: "contested"})]));
    if (!q.summary) {
      var ul = el("ul", {class: "reasons"});
      q.reasons.forEach(function (r) { ul.appendChild(el("li", {text: r})); });
      out.push(ul);
    }
  } else {
    out.push(el("p", {class: "hint", text: "Not contested in this dossier: its claims agree."}));
  }
  out.push(el("h4", {text: "Positions (" + q.positions.length + ")"}));
  var sides = el("div", {class: "sides"});
  q.positions.forEach(function (p) {
    var side = el("div", {class: "side"}, [el("h5", {text: p.position === "(no position)" ? "no position"
      : String(p.position).replace(/[-_]+/g, " ") + (p.share !== null && p.share !== undefined ? " · " + Math.round(100 * p.share) + "% of the weight" : "")})]);
    side.appendChild(linkList(p.claims.map(function (c) { return c.id; })));
    var who = p.people.map(function (x) { return x.name; }).join(", ");
    var what = p.works.map(function (w) { return labelOf(w.id); }).join(", ");
    if (who) side.appendChild(el("div", {class: "who", text: "who: " + who}));
    if (what) side.appendChild(el("div", {class: "who", text: "in / on: " + what}));
    sides.appendChild(side);
  });
  out.push(sides);
  return out;
}

function showDetails(id) {
  var info = INFO[id];
  clear(details);
  // The panel opens over the right of the graph when there is something to read in it,
  // so the first view has the whole width for the graph.
  details.classList.toggle("open", !!info);
  if (labels) labels.boost(null);
  if (typeof closeQuestion === "function") closeQuestion();
  if (!info) {
    details.appendChild(el("p", {class: "hint", text: "Click a question, claim, person or work to read its quotes in context, who says what, and the evidence."}));
    return;
  }
  var shut = el("button", {type: "button", class: "details-close", text: "Close ✕",
                           title: "Close (Esc): back to the whole picture"});
  shut.style.float = "right";
  shut.addEventListener("click", closeDetails);
  details.appendChild(shut);
  details.appendChild(el("div", {class: "badge-kind", text: KIND_NAMES[info.kind]}));
  details.appendChild(el("h3", {text: info.title}));
  var body = info.kind === "claim" ? claimDetails(id, info)
    : info.kind === "person" ? personDetails(id, info)
    : info.kind === "work" ? workDetails(id, info)
    : questionDetails(id);
  body.forEach(function (b) { details.appendChild(b); });
  details.scrollTop = 0;
}

function closeDetails() {
  // The panel closes; an opened question goes back to its arc and the picture is fitted.
  var wasOpen = typeof openedQuestion !== "undefined" && openedQuestion !== null;
  network.unselectAll();
  showDetails(null);
  if (wasOpen && labels) labels.fit();
}

document.addEventListener("keydown", function (ev) {
  if (ev.key === "Escape" && !document.getElementById("debate") && details.classList.contains("open")) closeDetails();
});

function showEdgeDetails(eid) {
  var e = edges.get(eid);
  clear(details);
  details.classList.toggle("open", !!e);
  if (!e) return;
  var shut = el("button", {type: "button", class: "details-close", text: "Close ✕"});
  shut.style.float = "right";
  shut.addEventListener("click", closeDetails);
  details.appendChild(shut);
  details.appendChild(el("div", {class: "badge-kind", text: "relation"}));
  details.appendChild(el("h3", {text: e.kind.replace("_", " ")}));
  details.appendChild(el("p", {}, [nodeLink(e.from), " → ", nodeLink(e.to)]));
  if (e.quote) details.appendChild(el("div", {class: "quote", text: "“" + e.quote + "”"}));
  if (e.work && INFO[e.work]) details.appendChild(el("p", {class: "who"}, ["in ", nodeLink(e.work)]));
}

network.on("click", function (p) {
  hideTooltip();
  if (p.nodes && p.nodes.length && labels && INFO[p.nodes[0]] && INFO[p.nodes[0]].kind === "question") {
    showDetails(p.nodes[0]);
    focusQuestion(p.nodes[0]);
  } else if (p.nodes && p.nodes.length) showDetails(p.nodes[0]);
  else if (p.edges && p.edges.length) showEdgeDetails(p.edges[0]);
  else showDetails(null);
});

function focusNode(id) {
  if (!nodes.get(id)) return;
  var n = nodes.get(id);
  if (n.hidden) resetFilters();
  network.selectNodes([id]);
  showDetails(id);
  if (n.kind === "question" && labels) { focusQuestion(id); return; }
  if (labels) labels.boost([id]);  // the node looked for is labelled first
  // Centred in the part of the graph the details panel leaves free; the labels around it
  // are placed again when the camera stops (see labelPlacer), so nothing piles up.
  network.focus(id, {scale: Math.max(network.getScale(), 1.0), offset: {x: -drawerWidth() / 2, y: 0},
                     animation: {duration: 300}});
}

/* ---------- fitting a question's claims ---------- */

function drawerWidth() {
  var d = document.getElementById("details");
  return d.classList.contains("open") ? d.offsetWidth : 0;
}

function fitNodes(ids, opts) {
  // Fit ``ids`` in the visible part of the graph (left of the details panel), no closer
  // than opts.maxScale; returns the scale chosen.
  opts = opts || {};
  var pos = network.getPositions(ids), x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  ids.forEach(function (id) {
    var p = pos[id], node = network.body.nodes[id];
    if (!p || !node) return;
    var r = node.options.size || 10;
    x0 = Math.min(x0, p.x - r - 60); x1 = Math.max(x1, p.x + r + 60);
    y0 = Math.min(y0, p.y - r - 20); y1 = Math.max(y1, p.y + r + 50);
  });
  if (x0 === Infinity) return network.getScale();
  var box = document.getElementById("network"), free = box.clientWidth - drawerWidth();
  var scale = Math.min(free / (x1 - x0), box.clientHeight / (y1 - y0), opts.maxScale || 1.6);
  if (!(scale > 0) || !isFinite(scale)) return network.getScale();
  network.moveTo({position: {x: (x0 + x1) / 2, y: (y0 + y1) / 2}, scale: scale,
                  offset: {x: -drawerWidth() / 2, y: 0},
                  animation: opts.animation === false ? false : {duration: 300}});
  return scale;
}

function claimsOf(qid) {
  var ids = [];
  allEdges().forEach(function (e) { if (e.kind === "addresses" && e.to === qid) ids.push(e.from); });
  return ids;
}

/* A question opened: its claims leave their arc for a board under the question, one band
 * per position (its name and share of the weight written above it), laid out so that every
 * claim's label has room, and the view fits the board at a zoom where they can be read.
 * The claims go back to their arc when something else is chosen. */
var openedQuestion = null;

function closeQuestion() {
  if (!openedQuestion) return;
  var back = openedQuestion.saved, filtered = openedQuestion.filtered;
  openedQuestion = null;
  if (filtered && qSelect.value) { qSelect.value = ""; applyFilters(); }
  Object.keys(back).forEach(function (id) {
    if (network.body.nodes[id]) network.moveNode(id, back[id].x, back[id].y);
  });
}

function focusQuestion(qid) {
  closeQuestion();
  var q = questionById(qid), filtered = false;
  if (q && qSelect.value !== qid) {
    // Only this question's part of the graph while it is open.
    qSelect.value = qid;
    applyFilters();
    filtered = true;
  }
  var visible = function (c) { return nodes.get(c) && !nodes.get(c).hidden && network.body.nodes[c]; };
  var ids = claimsOf(qid).filter(visible);
  if (!q || !ids.length || !network.body.nodes[qid]) {
    if (labels) labels.boost([qid].concat(ids));
    return fitNodes([qid].concat(ids), {maxScale: 1.4});
  }
  var box = document.getElementById("network");
  var free = box.clientWidth - drawerWidth(), H = box.clientHeight;
  var fc = 12, target = 14 / fc;  // claims' labels at about 14 px
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = fc + "px arial";
  var cellW = 0, big = 0;
  ids.forEach(function (c) {
    String(nodes.get(c).label || "").split("\n").forEach(function (line) {
      cellW = Math.max(cellW, measure.measureText(line).width);
    });
    big = Math.max(big, network.body.nodes[c].options.size || 10);
  });
  cellW += 28;
  var cellH = 2 * 1.25 * fc + 2 * big + 14;
  var hub = network.body.nodes[qid], wanted = {};
  ids.forEach(function (c) { wanted[c] = true; });
  var bands = [];
  q.positions.forEach(function (p) {
    var members = p.claims.map(function (c) { return c.id; }).filter(function (c) { return wanted[c]; });
    if (members.length) bands.push({p: p, members: members});
  });
  // As many claims a row as make the board's shape the free area's: the biggest zoom.
  var per = 1, bestScale = 0;
  for (var k = 1; k <= ids.length; k++) {
    var rows = 0;
    bands.forEach(function (b) { rows += Math.ceil(b.members.length / k); });
    var wide = Math.min(k, ids.length) * cellW + 120, tall = rows * cellH + bands.length * 36 + 200;
    var sc = Math.min(free / wide, H / tall, target);
    if (sc > bestScale + 1e-6) { bestScale = sc; per = k; }
  }
  var width = Math.min(per, Math.max.apply(null, bands.map(function (b) { return b.members.length; }))) * cellW;
  var x0 = hub.x - width / 2, y = hub.y + (hub.options.size || 20) + 90;
  var saved = {}, headers = [];
  bands.forEach(function (b) {
    headers.push({x: x0, y: y, text: positionText(b.p)});
    y += 30;
    b.members.forEach(function (c, i) {
      var node = network.body.nodes[c];
      saved[c] = {x: node.x, y: node.y};
      var col = i % per, row = Math.floor(i / per);
      network.moveNode(c, x0 + col * cellW + cellW / 2, y + row * cellH + (node.options.size || 10));
    });
    y += Math.ceil(b.members.length / per) * cellH + 6;
  });
  openedQuestion = {id: qid, saved: saved, headers: headers, x0: x0, width: width, filtered: filtered};
  if (labels) labels.boost([qid].concat(ids));
  return fitNodes([qid].concat(ids), {maxScale: target});
}

function positionText(p) {
  var name = p.position === "(no position)" ? "no position" : String(p.position).replace(/[-_]+/g, " ");
  var share = p.share === null || p.share === undefined ? "" : " · " + Math.round(100 * p.share) + "% of the weight";
  return name + " — " + p.claims.length + " claim" + (p.claims.length === 1 ? "" : "s") + share;
}

network.on("afterDrawing", function (ctx) {
  // The opened question's position names, above their bands, 13 px on screen.
  if (!openedQuestion) return;
  var s = network.getScale();
  ctx.save();
  ctx.font = "bold " + 13 / s + "px arial";
  ctx.textBaseline = "top";
  ctx.lineWidth = 4 / s;
  ctx.strokeStyle = "#ffffff";
  ctx.fillStyle = "#5f3b00";
  openedQuestion.headers.forEach(function (h) {
    ctx.strokeText(h.text, h.x, h.y);
    ctx.fillText(h.text, h.x, h.y);
  });
  ctx.restore();
});

/* ---------- contested questions list ---------- */

(function buildQuestionList() {
  if (DATA.analysis && DATA.questions.length) return;  // the analysis block lists them, by score
  var list = document.getElementById("question-list");
  var qs = DATA.questions.slice().sort(function (a, b) { return (b.contested ? 1 : 0) - (a.contested ? 1 : 0); });
  if (!qs.length) list.appendChild(el("li", {class: "hint", text: "No questions in this dossier."}));
  qs.forEach(function (q) {
    var li = el("li", {class: q.contested ? "contested" : "", tabindex: "0"}, [
      el("span", {class: q.contested ? "flag" : "settled",
                  text: q.contested ? "⚑ contested" + (q.summary ? " · " + q.summary : "") : "not contested"}),
      q.text]);
    function go() { document.getElementById("filter-question").value = q.id; applyFilters(); focusNode(q.id); }
    li.addEventListener("click", go);
    li.addEventListener("keydown", function (ev) { if (ev.key === "Enter") go(); });
    list.appendChild(li);
  });
})();

/* ---------- filters ---------- */

var qSelect = document.getElementById("filter-question");
var pSelect = document.getElementById("filter-person");
var relBox = document.getElementById("filter-relations");

DATA.questions.forEach(function (q) { qSelect.appendChild(el("option", {value: q.id, text: q.text})); });
var peopleListed = false;
function listPeople() {  // thousands of people on a big page: not needed for the first frame
  if (peopleListed) return;
  peopleListed = true;
  DATA.people.forEach(function (p) { pSelect.appendChild(el("option", {value: p.id, text: p.name})); });
}
whenDrawn(listPeople, true);
pSelect.addEventListener("focus", listPeople);
pSelect.addEventListener("mousedown", listPeople);
DATA.edge_kinds.forEach(function (k) {
  var box = el("input", {type: "checkbox", value: k.kind});
  box.checked = !HIDDEN_AT_START[k.kind];
  box.addEventListener("change", applyFilters);
  relBox.appendChild(el("label", {}, [box, " " + k.legend]));
});

var adjacency = {};
allEdges().forEach(function (e) {
  (adjacency[e.from] = adjacency[e.from] || []).push(e);
  (adjacency[e.to] = adjacency[e.to] || []).push(e);
});

function neighbourhoodOfQuestion(qid) {
  var keep = {}; keep[qid] = true;
  (adjacency[qid] || []).forEach(function (e) {
    if (e.kind !== "addresses") return;
    keep[e.from] = true;
    (adjacency[e.from] || []).forEach(function (f) { keep[f.from] = true; keep[f.to] = true; });
  });
  return keep;
}

function neighbourhoodOfPerson(pid) {
  var keep = {}; keep[pid] = true;
  (adjacency[pid] || []).forEach(function (e) {
    var other = e.from === pid ? e.to : e.from;
    keep[other] = true;
    if (e.kind === "states") {
      (adjacency[other] || []).forEach(function (f) {
        if (f.kind === "addresses" || f.kind === "based_on" || f.kind === "appears_in") { keep[f.to] = true; }
      });
    }
  });
  return keep;
}

function applyFilters() {
  var q = qSelect.value, p = pSelect.value;
  var keepQ = q ? neighbourhoodOfQuestion(q) : null;
  var keepP = p ? neighbourhoodOfPerson(p) : null;
  // Only what changes is updated: vis re-reads every updated item (slow at 10,000 nodes).
  nodes.update(nodes.get().filter(function (n) {
    var show = (!keepQ || keepQ[n.id]) && (!keepP || keepP[n.id]) && !overviewHides(n.id);
    return !n.hidden === !show;
  }).map(function (n) { return {id: n.id, hidden: !n.hidden}; }));
  var kinds = {};
  Array.prototype.forEach.call(relBox.querySelectorAll("input"), function (b) { kinds[b.value] = b.checked; });
  edges.update(edges.get().filter(function (e) { return !e.hidden !== !!kinds[e.kind]; })
    .map(function (e) { return {id: e.id, hidden: !e.hidden}; }));
}

function resetFilters() {
  qSelect.value = ""; pSelect.value = "";
  Array.prototype.forEach.call(relBox.querySelectorAll("input"), function (b) { b.checked = !HIDDEN_AT_START[b.value]; });
  applyFilters();
}

qSelect.addEventListener("change", function () { applyFilters(); if (qSelect.value) focusNode(qSelect.value); else network.fit(); });
pSelect.addEventListener("change", function () { applyFilters(); if (pSelect.value) focusNode(pSelect.value); else network.fit(); });
document.getElementById("filter-reset").addEventListener("click", function () { resetFilters(); network.fit(); });

/* ---------- search ---------- */

var searchBox = document.getElementById("search-box");
var results = document.getElementById("search-results");
var haystack = null;  // see searchIndex()

function haystackEntry(n) {
  var info = INFO[n.id] || {};
  var words = [n.label, info.title || "", (info.aliases || []).join(" "), info.note || ""];
  (info.appearances || []).forEach(function (a) { words.push(a.quote); });
  return {id: n.id, kind: n.kind, label: info.title || n.label, text: words.join(" \u0001 ").toLowerCase(),
          name: [n.label, info.title || "", (info.aliases || []).join(" ")].join(" \u0001 ").toLowerCase()};
}

function searchIndex() {
  // Built right after the first frame, or at the first search if that comes sooner.
  if (!haystack) {
    haystack = DATA.nodes.map(haystackEntry);
    // an overview's search finds every node, not only the bubbles on screen
    if (OVERVIEW) OVERVIEW.allNodes.forEach(function (n) { haystack.push(haystackEntry(n)); });
  }
  return haystack;
}
// (built after the dossier's text is inflated, see whenDrawn above)

function search(term) {
  term = term.trim().toLowerCase();
  if (!term) return [];
  var words = term.split(/\s+/);
  var hits = [];
  searchIndex().forEach(function (h) {
    if (words.every(function (w) { return h.text.indexOf(w) >= 0; })) {
      // Names and titles that match rank above records that only mention the words.
      h.rank = words.every(function (w) { return h.name.indexOf(w) >= 0; }) ? 0 : 1;
      hits.push(h);
    }
  });
  var order = {person: 0, question: 1, work: 2, claim: 3};
  hits.sort(function (a, b) { return (a.rank - b.rank) || (order[a.kind] - order[b.kind]); });
  return hits.slice(0, 15);
}

function renderResults(hits) {
  clear(results);
  if (!searchBox.value.trim()) { results.hidden = true; return; }
  if (!hits.length) results.appendChild(el("li", {class: "hint", text: "Nothing matches."}));
  hits.forEach(function (h, i) {
    var li = el("li", {class: i === 0 ? "active" : ""}, [el("span", {class: "kind", text: h.kind}), h.label]);
    li.addEventListener("mousedown", function (ev) { ev.preventDefault(); results.hidden = true; focusNode(h.id); });
    results.appendChild(li);
  });
  results.hidden = false;
}

searchBox.addEventListener("input", function () { renderResults(search(searchBox.value)); });
searchBox.addEventListener("keydown", function (ev) {
  if (ev.key === "Enter") {
    var hits = search(searchBox.value);
    if (hits.length) { results.hidden = true; focusNode(hits[0].id); }
  } else if (ev.key === "Escape") { results.hidden = true; }
});
searchBox.addEventListener("blur", function () { results.hidden = true; });

/* ======================================================================
 * Analysis on the page (evidence weight, chains, scores, debate view).
 * Data: DATA.analysis from provenance.analysis.page_analysis. All text goes
 * through el()/textContent; styles are set through the CSSOM (allowed by the
 * page's CSP), so this block needs no change to page.css.
 * ====================================================================== */
(function analysisBlock() {
  var A = DATA.analysis;
  if (!A) return;

  function css(node, styles) { Object.keys(styles).forEach(function (k) { node.style[k] = styles[k]; }); return node; }
  function pct(x) { return Math.round(100 * x) + "%"; }
  function fmt(x) { return (Math.round(100 * (x || 0)) / 100).toFixed(2); }
  function bar(share, color) {
    var outer = css(el("span", {class: "weight-bar", "aria-hidden": "true"}),
      {display: "inline-block", width: "60px", height: "7px", background: "#e6e6e1",
       borderRadius: "4px", verticalAlign: "middle", marginLeft: "6px", overflow: "hidden"});
    outer.appendChild(css(el("span"), {display: "block", height: "100%",
      width: Math.max(2, Math.round(100 * Math.min(1, share || 0))) + "%", background: color || "#4e79a7"}));
    return outer;
  }

  /* ---- node size by evidence weight; contested questions by score (see weightedSize) ---- */
  if (!DATA.layout) {
    var sized = [];
    nodes.get().forEach(function (n) {
      var size = weightedSize(n);
      if (size !== undefined) sized.push({id: n.id, size: size});
    });
    nodes.update(sized);
  }

  /* ---- a click on a claim lights up its chain ---- */
  var CHAIN_KINDS = {};
  (A.chain_edge_kinds || []).forEach(function (k) { CHAIN_KINDS[k] = true; });
  var lit = {nodes: {}, edges: {}};

  function unlight() {
    var ns = Object.keys(lit.nodes), es = Object.keys(lit.edges);
    if (ns.length) nodes.update(ns.map(function (id) { return lit.nodes[id]; }));
    if (es.length) edges.update(es.map(function (id) { return lit.edges[id]; }));
    lit = {nodes: {}, edges: {}};
  }

  function chainEdges(inChain) {
    var out = [];
    edges.get().forEach(function (e) {
      if (inChain[e.from] && inChain[e.to] && CHAIN_KINDS[e.kind]) out.push(e);
    });
    return out;
  }

  function lightChain(cid) {
    unlight();
    var chain = A.chains[cid];
    if (!chain) return [];
    var inChain = {};
    chain.forEach(function (id) { inChain[id] = true; });
    var ns = [];
    chain.forEach(function (id) {
      var n = nodes.get(id);
      if (!n) return;
      lit.nodes[id] = {id: id, borderWidth: n.borderWidth === undefined ? 1.5 : n.borderWidth,
                       shadow: n.shadow || {enabled: false}};
      ns.push({id: id, borderWidth: 4,
               shadow: {enabled: true, color: "rgba(225,87,89,0.85)", size: 16, x: 0, y: 0}});
    });
    nodes.update(ns);
    var es = chainEdges(inChain);
    edges.update(es.map(function (e) {
      lit.edges[e.id] = {id: e.id, width: e.width === undefined ? 1 : e.width,
                         shadow: e.shadow || {enabled: false}};
      return {id: e.id, width: (e.width || 1) * 2.4,
              shadow: {enabled: true, color: "rgba(225,87,89,0.7)", size: 8, x: 0, y: 0}};
    }));
    network.selectNodes([cid], false);
    return chain;
  }
  window.lightChain = lightChain;

  network.on("click", function (p) {
    var id = p.nodes && p.nodes.length ? p.nodes[0] : null;
    if (id && INFO[id] && INFO[id].kind === "claim") lightChain(id); else unlight();
  });

  /* ---- details panel: weight with reasons, flags, the chain as a path ---- */
  function claimAnalysis(id) {
    var out = [];
    var w = A.weights[id];
    if (w === undefined) return out;
    out.push(el("h4", {}, ["Evidence weight " + fmt(w), bar(w, "#f28e2b")]));
    var ul = el("ul", {class: "weight-reasons"});
    (A.reasons[id] || []).forEach(function (r) { ul.appendChild(el("li", {text: r})); });
    out.push(ul);
    var flags = A.flags[id] || [];
    if (flags.length) {
      out.push(el("h4", {text: "What to check (" + flags.length + ")"}));
      var fl = el("ul", {class: "chain-flags"});
      flags.forEach(function (f) { fl.appendChild(css(el("li", {text: f}), {color: "#8c1010"})); });
      out.push(fl);
    }
    var chain = A.chains[id] || [];
    if (chain.length > 1) {
      out.push(el("h4", {text: "Its chain (lit up in the graph)"}));
      var path = el("p", {class: "chain-path"});
      chain.forEach(function (n, i) {
        if (i) path.appendChild(document.createTextNode(" → "));
        var label = labelOf(n);
        if (INFO[n] && INFO[n].kind === "work" && A.primary.indexOf(n) >= 0) label += " (primary)";
        path.appendChild(nodeLink(n, label));
      });
      out.push(path);
    }
    return out;
  }

  function questionAnalysis(id) {
    var q = A.questions[id];
    if (!q) return [];
    var btn = el("button", {type: "button", class: "debate-open", text: "Open the debate view"});
    btn.addEventListener("click", function () { openDebate(id); });
    var out = [el("p", {class: "q-summary-line"}, [
                 el("strong", {text: q.summary || ""}), " ", bar(q.score, "#e15759")]),
               howComputed(q), btn];
    return out;
  }

  function howComputed(q) {
    // The formula stays one click away: the sentence above is what a reader needs.
    var box = el("details", {class: "how-computed"}, [
      el("summary", {text: "How is this computed? (contestedness " + fmt(q.score) + " of 1)"})]);
    var ul = el("ul", {class: "score-explanation"});
    (q.explanation || []).forEach(function (e) { ul.appendChild(el("li", {text: e})); });
    box.appendChild(ul);
    box.appendChild(el("p", {class: "hint", text:
      "0 means every claim takes one position; the score grows with each further position " +
      "of real weight and with every contradiction or pair of figures that disagree, " +
      "most when the two sides weigh the same. It ranks questions; it does not say who is right."}));
    return box;
  }
  window.howComputed = howComputed;

  var baseShowDetails = showDetails;
  showDetails = function (id) {  // eslint-disable-line no-global-assign
    baseShowDetails(id);
    var info = id ? INFO[id] : null;
    if (!info) return;
    var extra = info.kind === "claim" ? claimAnalysis(id)
      : info.kind === "question" ? questionAnalysis(id) : [];
    if (info.kind === "work" && A.weights[id] !== undefined) {
      extra = [el("h4", {}, ["Evidence weight " + fmt(A.weights[id]), bar(A.weights[id], "#59a14f")]),
               linkListText(A.work_reasons[id] || [])];
    }
    var h3 = details.querySelector("h3");
    var anchor = h3 ? h3.nextSibling : null;
    extra.forEach(function (b) { details.insertBefore(b, anchor); });
  };

  function linkListText(items) {
    var ul = el("ul");
    items.forEach(function (t) { ul.appendChild(el("li", {text: t})); });
    return ul;
  }

  /* ---- contested questions listed by score ---- */
  (function rebuildQuestionList() {
    var list = document.getElementById("question-list");
    if (!list || !DATA.questions.length) return;
    clear(list);
    var qs = DATA.questions.slice().sort(function (a, b) {
      return ((b.score || 0) - (a.score || 0)) || ((b.contested ? 1 : 0) - (a.contested ? 1 : 0));
    });
    qs.forEach(function (q) {
      var debate = el("button", {type: "button", class: "debate-open", text: "debate view"});
      css(debate, {float: "right", fontSize: "11px", marginLeft: "6px"});
      debate.addEventListener("click", function (ev) { ev.stopPropagation(); openDebate(q.id); });
      var meter = bar(q.score, "#e15759");
      meter.title = "contestedness " + fmt(q.score) + " of 1";
      var head = el("span", {class: q.contested ? "flag" : "settled"},
                    [q.contested ? "⚑ contested" : "not contested", meter]);
      var li = el("li", {class: q.contested ? "contested" : "", tabindex: "0", "data-question": q.id},
                  [debate, head, q.text,
                   q.summary ? css(el("span", {class: "q-summary", text: q.summary}),
                                   {display: "block", fontSize: "12px", color: "#5f6368", marginTop: "2px"}) : null]);
      function go() {
        document.getElementById("filter-question").value = q.id;
        applyFilters();
        focusNode(q.id);
      }
      li.addEventListener("click", go);
      li.addEventListener("keydown", function (ev) { if (ev.key === "Enter") go(); });
      list.appendChild(li);
    });
  })();

  /* ---- the debate view: one column per position, like a teacher's board ---- */
  var overlay = null;

  function closeDebate() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function claimCard(c) {
    var info = INFO[c.id] || {};
    var card = css(el("div", {class: "debate-claim", tabindex: "0", "data-claim": c.id}),
      {border: "1px solid #d8d8d2", borderRadius: "6px", padding: "6px 8px", margin: "0 0 8px",
       background: "#fff", cursor: "pointer"});
    card.appendChild(el("div", {text: c.text}));
    card.appendChild(css(el("div", {class: "who"}, ["weight " + fmt(c.weight), bar(c.weight, "#f28e2b")]),
                         {fontSize: "12px", color: "#555"}));
    var app = info.appearances && info.appearances.length ? info.appearances[0] : null;
    if (app) {
      card.appendChild(css(el("blockquote", {}, ["“" + app.quote + "”", badge(app.status)]),
                           {margin: "4px 0", fontStyle: "italic", fontSize: "12px"}));
      card.appendChild(css(el("div", {text: "— " + (app.by_name ? app.by_name + ", " : "") + "in " + app.work_label}),
                           {fontSize: "12px", color: "#555"}));
    } else if (info.based_on && info.based_on.length) {
      card.appendChild(css(el("div", {text: "finding of " + info.based_on.map(function (b) { return b.label; }).join(", ")}),
                           {fontSize: "12px", color: "#555"}));
    }
    (A.flags[c.id] || []).slice(0, 3).forEach(function (f) {
      card.appendChild(css(el("div", {class: "debate-flag", text: "⚠ " + f}), {fontSize: "11px", color: "#8c1010"}));
    });
    function go() { closeDebate(); focusNode(c.id); lightChain(c.id); }
    card.addEventListener("click", go);
    card.addEventListener("keydown", function (ev) { if (ev.key === "Enter") go(); });
    return card;
  }

  function openDebate(qid) {
    var q = questionById(qid);
    if (!q) return;
    closeDebate();
    overlay = css(el("div", {id: "debate", role: "dialog", "aria-modal": "true",
                             "aria-label": "Debate view: " + q.text}),
      {position: "fixed", inset: "0", background: "rgba(20,20,20,0.45)", zIndex: "50",
       display: "flex", alignItems: "flex-start", justifyContent: "center", overflow: "auto"});
    var panel = css(el("div", {class: "debate-panel"}),
      {background: "#fafaf7", margin: "3vh 2vw", padding: "14px 18px", borderRadius: "8px",
       maxWidth: "1200px", width: "100%", boxShadow: "0 6px 30px rgba(0,0,0,.3)"});
    var close = el("button", {type: "button", class: "debate-close", text: "Close ✕"});
    css(close, {float: "right"});
    close.addEventListener("click", closeDebate);
    panel.appendChild(close);
    // A handout: the print stylesheet (page.css, @media print) keeps only this panel.
    var print = el("button", {type: "button", class: "debate-print", text: "Print handout"});
    css(print, {float: "right", marginRight: "8px"});
    print.addEventListener("click", function () { window.print(); });
    panel.appendChild(print);
    panel.appendChild(el("div", {class: "badge-kind", text: "debate view"}));
    panel.appendChild(css(el("h2", {text: q.text}),
                          {fontSize: "20px", textTransform: "none", letterSpacing: "0", color: "#1d1d1f"}));
    var qa = A.questions[qid] || {};
    panel.appendChild(el("p", {}, [
      q.contested ? el("span", {class: "badge contested", text: "contested"}) : "not contested",
      " ", el("strong", {text: qa.summary || q.summary || ""}), bar(qa.score || 0, "#e15759")]));
    panel.appendChild(css(howComputed(qa), {fontSize: "12px", color: "#444"}));

    var cols = q.positions.filter(function (p) { return p.position !== "(no position)"; });
    var loose = q.positions.filter(function (p) { return p.position === "(no position)"; });
    var board = css(el("div", {class: "debate-board"}),
      {display: "grid", gap: "12px", alignItems: "start",
       gridTemplateColumns: "repeat(" + Math.max(1, cols.length) + ", minmax(220px, 1fr))"});
    cols.forEach(function (p, i) {
      var col = css(el("section", {class: "debate-side", "data-position": p.position}),
        {borderTop: "5px solid " + (i === 0 ? "#4e79a7" : i === 1 ? "#e15759" : "#76b7b2"),
         background: "#f1f1ec", borderRadius: "6px", padding: "8px"});
      col.appendChild(el("h3", {text: String(p.position).replace(/[-_]+/g, " ")}));
      col.appendChild(css(el("div", {}, [
        "weight " + fmt(p.weight) + (p.share !== null && p.share !== undefined ? " · " + pct(p.share) + " of the weight" : ""),
        bar(p.share === null || p.share === undefined ? p.weight : p.share, i === 1 ? "#e15759" : "#4e79a7")]),
        {fontSize: "12px", margin: "0 0 6px"}));
      var who = p.people.map(function (x) { return x.name; }).join(", ");
      if (who) col.appendChild(css(el("div", {text: "who: " + who}), {fontSize: "12px", color: "#555", margin: "0 0 6px"}));
      p.claims.slice().sort(function (a, b) { return b.weight - a.weight; })
        .forEach(function (c) { col.appendChild(claimCard(c)); });
      board.appendChild(col);
    });
    panel.appendChild(board);
    if (loose.length) {
      panel.appendChild(el("h3", {text: "Claims without a position"}));
      loose[0].claims.forEach(function (c) { panel.appendChild(claimCard(c)); });
    }
    var clashes = (q.contradictions || []).length + (q.estimate_conflicts || []).length;
    if (clashes) {
      panel.appendChild(el("h3", {text: "Where they clash (" + clashes + ")"}));
      var ul = el("ul");
      (q.contradictions || []).forEach(function (c) {
        ul.appendChild(el("li", {}, [nodeLink(c.source), " contradicts ", nodeLink(c.target)]));
      });
      (q.estimate_conflicts || []).forEach(function (n) {
        ul.appendChild(el("li", {}, ["figures: ", nodeLink(n.claims[0]), " vs ", nodeLink(n.claims[1]),
                                     " — " + n.detail]));
      });
      Array.prototype.forEach.call(ul.querySelectorAll("a.node-link"), function (a) {
        a.addEventListener("click", closeDebate);
      });
      panel.appendChild(ul);
    }
    overlay.appendChild(panel);
    overlay.addEventListener("click", function (ev) { if (ev.target === overlay) closeDebate(); });
    document.body.appendChild(overlay);
    close.focus();
  }
  window.openDebate = openDebate;

  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") closeDebate(); });
})();

/* ---------- citation view (provenance render --citations) ----------
 * Studies by year, older left; selecting one highlights its prior works (what it cites,
 * directly or through others) and its derivative works (what cites it). Only runs in
 * that view, so the claim graph above is untouched. */
if (DATA.mode === "citations") {
  // Only works and citations are drawn here: keep just their entries in the legend.
  Array.prototype.forEach.call(document.querySelectorAll("#legend li[data-legend]"), function (li) {
    li.hidden = ["study", "article", "cites"].indexOf(li.getAttribute("data-legend")) < 0;
  });
  (function citationView() {
    var C = DATA.citations;
    // The side panel explains this view instead of the claim graph's questions and filters.
    var left = document.getElementById("left");
    Array.prototype.forEach.call(left.querySelectorAll("section"), function (s) {
      if (s.id !== "legend") s.hidden = true;
    });
    function swatch(colour, text) {
      var box = el("span", {class: "swatch", "aria-hidden": "true", text: "■ "});
      box.style.color = colour;
      return el("li", {}, [box, text]);
    }
    left.insertBefore(el("section", {id: "citation-legend"}, [
      el("h2", {text: "Citation view"}),
      el("ul", {class: "legend"}, [
        el("li", {text: "Left to right: year of publication; works without a year stand at the far left."}),
        el("li", {text: "Size: how many works of this dossier cite it."}),
        el("li", {text: "Click a work to trace what it rests on and what builds on it."}),
        swatch(C.prior_colour, "prior works: what it cites, directly or through others"),
        swatch(C.derivative_colour, "derivative works: what cites it")
      ])
    ]), left.firstChild);
    var cites = {}, citedBy = {};
    DATA.edges.forEach(function (e) {
      (cites[e.from] = cites[e.from] || []).push(e.to);
      (citedBy[e.to] = citedBy[e.to] || []).push(e.from);
    });
    function reach(start, next) {
      var seen = {}, stack = [start];
      while (stack.length) {
        (next[stack.pop()] || []).forEach(function (m) {
          if (!seen[m] && m !== start) { seen[m] = true; stack.push(m); }
        });
      }
      return seen;
    }
    var original = {};
    DATA.nodes.forEach(function (n) { original[n.id] = n.color; });
    function paint(colour) { return {background: colour, border: colour,
                                     highlight: {background: colour, border: "#1d1d1f"}}; }
    var current = null;
    function highlight(id) {
      current = id;
      var prior = id ? reach(id, cites) : {}, derived = id ? reach(id, citedBy) : {};
      nodes.update(DATA.nodes.map(function (n) {
        if (!id || n.id === id) return {id: n.id, color: original[n.id], opacity: 1};
        if (prior[n.id]) return {id: n.id, color: paint(C.prior_colour), opacity: 1};
        if (derived[n.id]) return {id: n.id, color: paint(C.derivative_colour), opacity: 1};
        return {id: n.id, color: original[n.id], opacity: 0.2};
      }));
      edges.update(DATA.edges.map(function (e) {
        var on = !id || ((e.from === id || prior[e.from]) && prior[e.to]) ||
                 (derived[e.from] && (e.to === id || derived[e.to]));
        return {id: e.id, hidden: !on};
      }));
      return {prior: Object.keys(prior), derived: Object.keys(derived)};
    }
    function listOf(title, ids, colour) {
      var box = el("section", {class: "citation-family"});
      var h = el("h3", {text: title + " (" + ids.length + ")"});
      h.style.color = colour;
      box.appendChild(h);
      var ul = el("ul");
      ids.sort(function (a, b) { return (INFO[a].year || 0) - (INFO[b].year || 0); });
      ids.slice(0, 200).forEach(function (w) { ul.appendChild(el("li", {}, [nodeLink(w)])); });
      box.appendChild(ul);
      return box;
    }
    network.on("selectNode", function (p) {
      var id = p.nodes[0];
      var fam = highlight(id);
      // After the page's own click handler has filled the details panel.
      setTimeout(function () {
        if (current !== id) return;
        var details = document.getElementById("details");
        details.appendChild(listOf("Prior works it rests on", fam.prior, C.prior_colour));
        details.appendChild(listOf("Derivative works citing it", fam.derived,
                                   C.derivative_colour));
      }, 0);
    });
    network.on("deselectNode", function () { highlight(null); });
    // A work chosen from a list or the search box is selected without a selectNode event.
    var pageFocus = focusNode;
    focusNode = function (id) {
      pageFocus(id);
      if (nodes.get(id)) network.emit("selectNode", {nodes: [id], edges: []});
    };
    // Years along the top, one faint line each.
    network.on("beforeDrawing", function (ctx) {
      if (!C.years.length) return;
      var top = Infinity, bottom = -Infinity;
      DATA.nodes.forEach(function (n) { top = Math.min(top, n.y); bottom = Math.max(bottom, n.y); });
      // Years 12 px on screen at any zoom, as many as fit without touching.
      var s = network.getScale(), px = 12 / s;
      var step = Math.max(1, Math.ceil(px * 3.2 / C.x_per_year));
      ctx.save();
      ctx.font = px + "px sans-serif";
      ctx.textAlign = "center";
      ctx.lineWidth = 1 / s;
      for (var y = C.years[0]; y <= C.years[1]; y += step) {
        var x = (y - C.years[0]) * C.x_per_year;
        ctx.strokeStyle = "rgba(0,0,0,0.07)";
        ctx.beginPath(); ctx.moveTo(x, top - 60); ctx.lineTo(x, bottom + 60); ctx.stroke();
        ctx.fillStyle = "#5f6368";
        ctx.fillText(String(y), x, top - 70);
      }
      ctx.restore();
    });
  })();
}

/* ---------- big graphs (provenance/render/scale.py) ----------
 * Kept apart from the code above: the data arrives packed (styles and repeated
 * strings by reference) and is unpacked before anything reads it; graphs with
 * positions from Python (DATA.layout) draw with physics off and lighter edges.
 */

function unpackData(d) {
  // Inverse of scale.pack(): after this, DATA is exactly what page_data() made.
  function inflated(base64) {
    return JSON.parse(new TextDecoder("utf-8").decode(inflateRaw(base64Bytes(base64))));
  }
  var infoLater = typeof d.deflated_info === "string" ? d.deflated_info : null;
  if (typeof d.deflated === "string") d = inflated(d.deflated);
  var P = d.packed;
  if (!P) return d;
  delete d.packed;
  var S = P.strings;
  // Plain loops, no per-object key arrays or deletes: this walks every record of a
  // 10,000-node page before anything is drawn.
  function strings(v) {
    if (Array.isArray(v)) {
      for (var i = 0; i < v.length; i++) {
        var y = v[i];
        if (y !== null && typeof y === "object") v[i] = strings(y);
      }
      return v;
    }
    if (typeof v.$ === "number") {
      var only = true;
      for (var o in v) if (o !== "$") { only = false; break; }
      if (only) return S[v.$];
    }
    for (var k in v) {
      var x = v[k];
      if (x !== null && typeof x === "object") v[k] = strings(x);
    }
    return v;
  }
  strings(d);
  function rows(table, ids, styles, numbered) {
    // Objects with the table's columns; a row's style ("_s") merged in; edge ids "e<row>".
    var cols = table.cols, isRef = cols.map(function (c) { return table.refs.indexOf(c) >= 0; });
    var sCol = cols.indexOf("_s"), all = table.rows, out = new Array(all.length);
    for (var j = 0; j < all.length; j++) {
      var r = all[j], o = {};
      for (var i = 0; i < r.length; i++) {
        var v = r[i];
        if (v === null || v === undefined || i === sCol) continue;
        o[cols[i]] = isRef[i] && typeof v === "number" ? ids[v] : v;
      }
      if (sCol >= 0 && r[sCol] !== null && r[sCol] !== undefined) {
        var st = styles[r[sCol]];
        for (var k in st) o[k] = st[k];
      }
      if (numbered) o.id = "e" + j;
      out[j] = o;
    }
    return out;
  }
  d.nodes = rows(d.nodes, null, P.node_styles, false);
  var ids = new Array(d.nodes.length), label = {};
  for (var n = 0; n < d.nodes.length; n++) {
    ids[n] = d.nodes[n].id;
    label[ids[n]] = d.nodes[n].label;
  }
  d.edges = rows(d.edges, ids, P.edge_styles, !!P.edge_ids);
  function refs(v, info) {
    if (v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (var i = 0; i < v.length; i++) refs(v[i], info);
      return;
    }
    for (var k in v) {
      var x = v[k];
      if (x === null || typeof x !== "object") continue;
      if (!Array.isArray(x)) {
        if (typeof x.$L === "string") { v[k] = label[v[x.$L]]; continue; }
        if (typeof x.$T === "string") { var r = info && info[v[x.$T]]; v[k] = r ? r.title : undefined; continue; }
      }
      refs(x, info);
    }
  }
  if (infoLater === null) {
    refs(d.info, d.info);
  } else {
    // Half the data, and nothing the first frame needs: inflated by the browser off the
    // main thread right after the first frame (inflateInfo, from whenDrawn), or here at
    // once if something reads it sooner (scale.pack refers to no title in it from the rest).
    var settle = function (raw) {
      var info = strings(raw);
      refs(info, info);
      Object.defineProperty(d, "info", {value: info, enumerable: true, configurable: true,
                                        writable: true});
      return info;
    };
    var pending = true;
    var now = function () { pending = false; return settle(inflated(infoLater)); };
    Object.defineProperty(d, "info", {enumerable: true, configurable: true, get: now});
    Object.defineProperty(d, "inflateInfo", {configurable: true, value: function (then) {
      var done = function () { if (pending) now(); then(); };
      if (typeof DecompressionStream !== "function") { done(); return; }
      var stream;
      try {  // "deflate-raw" is newer than DecompressionStream itself
        stream = new Blob([base64Bytes(infoLater)]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
      } catch (e) { done(); return; }
      new Response(stream).text().then(function (text) {
        if (pending) { pending = false; settle(JSON.parse(text)); }
        then();
      }, done);
    }});
  }
  var early = infoLater === null ? d.info : null;
  refs(d.questions, early); refs(d.people, early);
  if (d.overview) enterOverview(d);
  return d;
}

function base64Bytes(base64) {
  // The browser's own decoder where it has one (a megabyte in about a millisecond).
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(base64);
  var bin = atob(base64), bytes = new Uint8Array(bin.length);
  for (var b = 0; b < bin.length; b++) bytes[b] = bin.charCodeAt(b);
  return bytes;
}

function inflateRaw(src) {
  // A plain DEFLATE (RFC 1951) decoder: big pages ship their data compressed and
  // the page must have it synchronously, before anything else runs.
  var out = new Uint8Array(Math.max(1024, src.length * 6)), op = 0;
  var pos = 0, bitBuf = 0, bitCnt = 0;
  function grow(need) {
    if (op + need <= out.length) return;
    var bigger = new Uint8Array(Math.max(out.length * 2, op + need));
    bigger.set(out.subarray(0, op)); out = bigger;
  }
  function bits(n) {
    while (bitCnt < n) {
      if (pos >= src.length + 4) throw new Error("inflate: unexpected end of data");
      if (pos < src.length) bitBuf |= src[pos] << bitCnt;
      pos++; bitCnt += 8;
    }
    var v = bitBuf & ((1 << n) - 1);
    bitBuf >>>= n; bitCnt -= n;
    return v;
  }
  function table(lengths, n) {
    // Canonical Huffman codes, looked up by the next `max` bits of input at once.
    var counts = new Uint16Array(16), next = new Uint16Array(16), max = 0, i;
    for (i = 0; i < n; i++) { counts[lengths[i]]++; if (lengths[i] > max) max = lengths[i]; }
    counts[0] = 0;
    for (i = 1, code = 0; i < 16; i++) { var code; code = (code + counts[i - 1]) << 1; next[i] = code; }
    if (max === 0) max = 1;
    var size = 1 << max, tab = new Int32Array(size);
    for (i = 0; i < n; i++) {
      var L = lengths[i];
      if (!L) continue;
      var c = next[L]++, rev = 0;
      for (var b = 0; b < L; b++) { rev = (rev << 1) | (c & 1); c >>= 1; }
      for (var f = rev; f < size; f += 1 << L) tab[f] = (i << 4) | L;
    }
    return {tab: tab, max: max, mask: size - 1};
  }
  function decode(t) {
    while (bitCnt < t.max) {
      if (pos < src.length) bitBuf |= src[pos] << bitCnt;
      pos++; bitCnt += 8;
    }
    var e = t.tab[bitBuf & t.mask], L = e & 15;
    if (!L) throw new Error("inflate: bad code");
    bitBuf >>>= L; bitCnt -= L;
    return e >> 4;
  }
  var LBASE = [3,4,5,6,7,8,9,10,11,13,15,17,19,23,27,31,35,43,51,59,67,83,99,115,131,163,195,227,258];
  var LEXT = [0,0,0,0,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,0];
  var DBASE = [1,2,3,4,5,7,9,13,17,25,33,49,65,97,129,193,257,385,513,769,1025,1537,2049,3073,
               4097,6145,8193,12289,16385,24577];
  var DEXT = [0,0,0,0,1,1,2,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9,10,10,11,11,12,12,13,13];
  var ORDER = [16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1,15];
  var fixedL = null, fixedD = null;
  var last;
  do {
    last = bits(1);
    var type = bits(2);
    if (type === 0) {
      pos -= bitCnt >> 3;  // give back whole bytes read ahead, then skip to a byte boundary
      bitBuf = 0; bitCnt = 0;
      var len = src[pos] | (src[pos + 1] << 8); pos += 4;
      grow(len); out.set(src.subarray(pos, pos + len), op); op += len; pos += len;
      continue;
    }
    var lt, dt;
    if (type === 1) {
      if (!fixedL) {
        var l = new Uint8Array(288), i;
        for (i = 0; i < 144; i++) l[i] = 8;
        for (; i < 256; i++) l[i] = 9;
        for (; i < 280; i++) l[i] = 7;
        for (; i < 288; i++) l[i] = 8;
        fixedL = table(l, 288);
        var d5 = new Uint8Array(30); d5.fill(5); fixedD = table(d5, 30);
      }
      lt = fixedL; dt = fixedD;
    } else if (type === 2) {
      var hlit = bits(5) + 257, hdist = bits(5) + 1, hclen = bits(4) + 4;
      var cl = new Uint8Array(19);
      for (var k = 0; k < hclen; k++) cl[ORDER[k]] = bits(3);
      var ct = table(cl, 19), lens = new Uint8Array(hlit + hdist), n = 0;
      while (n < hlit + hdist) {
        var sym = decode(ct);
        if (sym < 16) { lens[n++] = sym; continue; }
        var rep = 0, prev = 0;
        if (sym === 16) { prev = lens[n - 1]; rep = 3 + bits(2); }
        else if (sym === 17) rep = 3 + bits(3);
        else rep = 11 + bits(7);
        while (rep--) lens[n++] = prev;
      }
      lt = table(lens.subarray(0, hlit), hlit);
      dt = table(lens.subarray(hlit), hdist);
    } else {
      throw new Error("inflate: bad block type");
    }
    for (;;) {
      var s = decode(lt);
      if (s < 256) { if (op >= out.length) grow(1); out[op++] = s; continue; }
      if (s === 256) break;
      s -= 257;
      var length = LBASE[s] + bits(LEXT[s]);
      var ds = decode(dt);
      var dist = DBASE[ds] + bits(DEXT[ds]);
      grow(length);
      for (var c = 0; c < length; c++, op++) out[op] = out[op - dist];
    }
  } while (!last);
  return out.subarray(0, op);
}

/* Below this zoom, edges of a big graph are drawn as plain lines: at that size dash
 * patterns and arrowheads cannot be seen, and drawing them costs most of a frame
 * (measured: 1.2 s of a 1.5 s redraw at 10,000 nodes). Zoom in and they are back. */
var DETAIL_SCALE = 0.45;

function levelOfDetail(net, edgeData) {
  var detailed = null, saved = {};
  function apply() {
    var want = net.getScale() >= DETAIL_SCALE;
    if (want === detailed) return;
    detailed = want;
    var all = net.body.edges;
    Object.keys(all).forEach(function (id) {
      var o = all[id].options;
      if (!want) {
        if (!saved[id]) saved[id] = [o.dashes, o.arrows.to.enabled];
        o.dashes = false; o.arrows.to.enabled = false;
      } else if (saved[id]) {
        o.dashes = saved[id][0]; o.arrows.to.enabled = saved[id][1];
        delete saved[id];
      }
    });
  }
  net.on("beforeDrawing", apply);
  // Edges added or updated since: look at every edge again at the next frame. `saved`
  // stays, since an update of other fields (hidden, colour) leaves the plain line in place.
  edgeData.on("*", function () { detailed = null; });
}

/* A big graph's relations, drawn by the page (EDGE_LAYER) rather than by vis-network.
 * They stay in the `edges` DataSet, which filters and highlights update as on any page,
 * and are drawn under the nodes the way vis draws them: colour, width and dashes, vis'
 * arrowheads (shapes and sizes of its EndPoints, tip on the node's border), thicker and in
 * the highlight colour when an end is selected or hovered, plain lines below DETAIL_SCALE,
 * none while dragging or zooming (hideEdgesOnDrag/Zoom). Hover and click reach the page as
 * vis' own would: "hoverEdge"/"blurEdge" are emitted on the network, and a click that hits
 * no node gets the relation under the pointer (within vis' 10 canvas units) in `edges`. */
function edgeLayer(net, edgeData, nodeData) {
  var HIT = 10, LOOP = 20;
  var HEADS = {  // vis' EndPoints, in units of the head's length, tip at (0, 0)
    arrow: [[0, 0], [-1, 0.3], [-0.9, 0], [-1, -0.3]],
    vee: [[-1, 0.3], [-0.5, 0], [-1, -0.3], [0, 0]],
    bar: [[0, 0.5], [0, -0.5], [-0.15, -0.5], [-0.15, 0.5]]
  };
  var groups = null;   // drawn relations by look: [{look, items}]; null: rebuild at next frame
  var special = [];    // relations with a shadow (a lit chain): drawn one by one, on top
  var selectedEnds = {}, hoverNode = null, hoverEdge = null, picked = null;

  function redrawSoon() { net.body.emitter.emit("_requestRedraw"); }
  edgeData.on("*", function () { groups = null; redrawSoon(); });
  nodeData.on("*", function () { groups = null; });  // vis redraws after its own update

  function colour(c, which) {
    if (c && typeof c === "object") return c[which] || c.color || "#848484";
    return c || "#848484";
  }
  function rebuild() {
    groups = []; special = [];
    var index = {}, body = net.body.nodes;
    edgeData.forEach(function (e) {
      var a = body[e.from], b = body[e.to];
      if (e.hidden || !a || !b || a.options.hidden || b.options.hidden) return;
      var to = e.arrows === "to" || e.arrows === true ? {} : e.arrows && e.arrows.to;
      var head = to && to !== true && to.enabled === false ? null : to ? to : null;
      var it = {e: e, a: a, b: b, width: e.width === undefined ? 1 : e.width,
                colour: colour(e.color, "color"),
                dashes: Array.isArray(e.dashes) ? e.dashes : e.dashes ? [5, 5] : null,
                head: head ? (head === true ? "arrow" : head.type || "arrow") : null,
                headScale: head && head.scaleFactor !== undefined ? head.scaleFactor : 1,
                shadow: e.shadow && e.shadow.enabled ? e.shadow : null};
      if (it.shadow) { special.push(it); return; }
      var key = [it.colour, it.width, it.dashes, it.head, it.headScale].join("|");
      if (!index[key]) { index[key] = {look: it, items: []}; groups.push(index[key]); }
      index[key].items.push(it);
    });
  }

  function state(it) {  // 2 selected, 1 hovered, 0 neither (vis: selection wins)
    var id = it.e.id, f = it.e.from, t = it.e.to;
    if (picked === id || selectedEnds[f] || selectedEnds[t]) return 2;
    if (hoverEdge === id || hoverNode === f || hoverNode === t) return 1;
    return 0;
  }
  function extra(option, width) {  // vis' selectionWidth / hoverWidth
    return typeof option === "function" ? option(width) : width + (option || 0);
  }
  function path(ctx, it) {
    var a = it.a;
    if (a !== it.b) {
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(it.b.x, it.b.y);
      return;
    }
    // A relation of a node to itself: vis' circle of selfReference.size, centred on the
    // node's border at its selfReference.angle (both vis' defaults here).
    var d = a.distanceToBorder(ctx, Math.PI / 4);
    it.loop = {x: a.x + d * Math.cos(Math.PI / 4), y: a.y - d * Math.sin(Math.PI / 4)};
    ctx.moveTo(it.loop.x + LOOP, it.loop.y);
    ctx.arc(it.loop.x, it.loop.y, LOOP, 0, 2 * Math.PI);
  }
  function headPath(ctx, it, width) {
    var a = it.a, b = it.b, dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy);
    if (!d) return;
    var angle = Math.atan2(dy, dx), cos = Math.cos(angle), sin = Math.sin(angle);
    var along = (d - b.distanceToBorder(ctx, angle)) / d;
    var x = a.x + dx * along, y = a.y + dy * along, len = 15 * it.headScale + 3 * width;
    if (it.head === "circle") {
      var cx = x - 0.4 * len * cos, cy = y - 0.4 * len * sin;
      ctx.moveTo(cx + 0.4 * len, cy);
      ctx.arc(cx, cy, 0.4 * len, 0, 2 * Math.PI);
      return;
    }
    var pts = HEADS[it.head] || HEADS.arrow;
    for (var i = 0; i < pts.length; i++) {
      var px = x + len * (pts[i][0] * cos - pts[i][1] * sin);
      var py = y + len * (pts[i][0] * sin + pts[i][1] * cos);
      if (i) ctx.lineTo(px, py); else ctx.moveTo(px, py);
    }
    ctx.closePath();
  }
  function style(ctx, dashes, detail) {
    ctx.setLineDash(detail && dashes ? dashes : []);
    ctx.lineCap = detail && dashes ? "round" : "butt";
  }

  net.on("beforeDrawing", function (ctx) {
    var r = net.renderer;
    if (r.dragging || r.zooming) return;
    if (!groups) rebuild();
    var scale = net.getScale(), detail = scale >= DETAIL_SCALE, thin = 0.3 / scale;
    var box = net.body.container, m = 50 / scale;
    var lo = net.DOMtoCanvas({x: 0, y: 0}), hi = net.DOMtoCanvas({x: box.clientWidth, y: box.clientHeight});
    function off(it) {
      var a = it.a, b = it.b;
      return (a.x < lo.x - m && b.x < lo.x - m) || (a.x > hi.x + m && b.x > hi.x + m) ||
             (a.y < lo.y - m && b.y < lo.y - m) || (a.y > hi.y + m && b.y > hi.y + m);
    }
    var opts = net.edgesHandler.options, marked = [];
    ctx.save();
    groups.forEach(function (g) {
      var look = g.look, shown = [];
      ctx.strokeStyle = look.colour;
      ctx.lineWidth = Math.max(look.width, thin);
      style(ctx, look.dashes, detail);
      ctx.beginPath();
      for (var i = 0; i < g.items.length; i++) {
        var it = g.items[i];
        if (state(it)) { marked.push(it); continue; }
        if (off(it)) continue;
        path(ctx, it);
        shown.push(it);
      }
      ctx.stroke();
      if (detail && look.head && shown.length) {
        ctx.fillStyle = look.colour;
        ctx.beginPath();
        shown.forEach(function (it) { headPath(ctx, it, look.width); });
        ctx.fill();
      }
    });
    special.concat(marked).forEach(function (it) {
      if (off(it)) return;
      var s = state(it), width = it.width, c = it.colour;
      if (s === 2) { width = extra(opts.selectionWidth, width); c = colour(it.e.color, "highlight"); }
      if (s === 1) { width = extra(opts.hoverWidth, width); c = colour(it.e.color, "hover"); }
      if (it.shadow) {
        ctx.shadowColor = it.shadow.color; ctx.shadowBlur = it.shadow.size;
        ctx.shadowOffsetX = it.shadow.x || 0; ctx.shadowOffsetY = it.shadow.y || 0;
      }
      ctx.strokeStyle = ctx.fillStyle = c;
      ctx.lineWidth = Math.max(width, thin);
      style(ctx, it.dashes, detail);
      ctx.beginPath();
      path(ctx, it);
      ctx.stroke();
      if (detail && it.head) { ctx.beginPath(); headPath(ctx, it, width); ctx.fill(); }
      ctx.shadowColor = "rgba(0,0,0,0)"; ctx.shadowBlur = 0;
    });
    ctx.restore();
  });

  function distance(it, p) {  // from point p to the line (or loop), canvas units
    if (it.a === it.b) {
      if (!it.loop) return Infinity;  // not drawn yet
      return Math.abs(Math.sqrt(Math.pow(p.x - it.loop.x, 2) + Math.pow(p.y - it.loop.y, 2)) - LOOP);
    }
    var a = it.a, b = it.b, dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy;
    var t = l2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2)) : 0;
    var x = a.x + t * dx - p.x, y = a.y + t * dy - p.y;
    return Math.sqrt(x * x + y * y);
  }
  function at(p) {  // the drawn relation nearest to canvas point p, within HIT; or null
    if (!groups) rebuild();
    var best = null, bestD = HIT;
    function look(it) {
      var d = distance(it, p);
      if (d < bestD) { bestD = d; best = it.e.id; }
    }
    groups.forEach(function (g) { g.items.forEach(look); });
    special.forEach(look);
    return best;
  }

  // Hover: after vis' own mousemove handler (on the canvas, inside this box) has seen it.
  var container = net.body.container;
  function setHover(id, dom) {
    if (id === hoverEdge) return;
    if (hoverEdge !== null) net.emit("blurEdge", {edge: hoverEdge, pointer: {DOM: dom}});
    hoverEdge = id;
    if (id !== null) net.emit("hoverEdge", {edge: id, pointer: {DOM: dom, canvas: net.DOMtoCanvas(dom)}});
    redrawSoon();
  }
  container.addEventListener("mousemove", function (ev) {
    if (ev.buttons) return;
    var rect = container.getBoundingClientRect();
    var dom = {x: ev.clientX - rect.left, y: ev.clientY - rect.top};
    setHover(net.getNodeAt(dom) === undefined ? at(net.DOMtoCanvas(dom)) : null, dom);
  });
  container.addEventListener("mouseleave", function () { setHover(null, {x: 0, y: 0}); });
  net.on("hoverNode", function (p) {
    // vis tells of the node before the mousemove reaches the box: leave the relation now,
    // or its "blurEdge" would hide the node's tooltip just shown.
    if (hoverEdge !== null) setHover(null, p.pointer.DOM);
    hoverNode = p.node;
  });
  net.on("blurNode", function () { hoverNode = null; });

  // Selection: a node selected by a click or by selectNodes() lights its relations, as vis
  // does, unless selectNodes was told not to; a clicked relation lights itself.
  function select(ids) {
    selectedEnds = {};
    (ids || []).forEach(function (id) { selectedEnds[id] = true; });
    redrawSoon();
  }
  net.on("selectNode", function (p) { select(p.nodes); });
  net.on("deselectNode", function (p) { select(p.nodes); });
  net.on("dragStart", function (p) {  // dragging a node selects it, with no "selectNode"
    if (p.nodes.length && net.getNodeAt(p.pointer.DOM) !== undefined) {
      picked = null;
      select(p.nodes);
    }
  });
  var selectNodes = net.selectNodes;
  net.selectNodes = function (ids, highlightEdges) {
    picked = null;  // as vis, which unselects a clicked relation too
    select(highlightEdges === false ? [] : ids);
    return selectNodes.apply(net, arguments);
  };
  net.on("click", function (p) {
    picked = p.nodes && p.nodes.length ? null : at(p.pointer.canvas);
    if (picked !== null) p.edges = [picked];
    redrawSoon();
  });

  return {
    at: at,
    drawn: function () {  // how many relations are on the page now (shown, ends shown)
      if (!groups) rebuild();
      return groups.reduce(function (n, g) { return n + g.items.length; }, special.length);
    }
  };
}

function scaleOptions(opts) {
  if (!DATA.layout) return;
  // Positions come from Python: no physics, straight edges, and nothing redrawn
  // twice while the reader drags or zooms.
  opts.physics = {enabled: false};
  opts.layout = {improvedLayout: false};
  opts.edges.smooth = false;
  opts.interaction.hideEdgesOnDrag = true;
  opts.interaction.hideEdgesOnZoom = true;
}

if (DATA.layout && !EDGE_LAYER) levelOfDetail(network, edges);  // an overview's edges are vis'

/* A node's label is given to vis just before the first frame in which it could be read:
 * big enough at the current zoom (vis draws no label under nodes.scaling.label.drawThreshold
 * pixels) and on or near the screen. Until then vis neither measures nor draws it, so
 * every frame looks as it would with all labels given at the start. */
function labelsOnDemand(net, later) {
  var ids = Object.keys(later);
  if (!ids.length) return;
  // vis skips a label whose font is under drawThreshold - 1 px on screen; give it a pixel more.
  var readable = net.nodesHandler.options.scaling.label.drawThreshold - 2;
  var minScale = Infinity;
  ids.forEach(function (id) { minScale = Math.min(minScale, readable / later[id][1]); });
  net.on("beforeDrawing", function () {
    var scale = net.getScale();
    if (!ids.length || scale < minScale) return;
    // A label hangs below its node and may be wide: nodes this far off screen count too.
    var m = 1000, box = net.body.container;
    var a = net.DOMtoCanvas({x: -m, y: -m});
    var b = net.DOMtoCanvas({x: box.clientWidth + m, y: box.clientHeight + m});
    var rest = [];
    ids.forEach(function (id) {
      var node = net.body.nodes[id], l = later[id];
      if (node && l[1] * scale >= readable &&
          node.x >= a.x && node.x <= b.x && node.y >= a.y && node.y <= b.y) {
        node.setOptions({label: l[0]});  // no DataSet update: that would redraw from inside a draw
      } else {
        rest.push(id);
      }
    });
    ids = rest;
  });
}

labelsOnDemand(network, LATER_LABELS);

/* A focus view says what it leaves out, and how to see the rest. */
(function viewBanner() {
  var v = DATA.view;
  if (!v || v.kind !== "focus") return;
  function name(id) {  // names and titles, not ids
    var info = INFO[id];
    return info ? (info.kind === "work" ? labelOf(id) : info.title) : String(id);
  }
  var what = v.question ? "the question “" + name(v.question) + "”" : v.person ? name(v.person)
    : name(v.center) + " and what is within " + v.depth + " link" + (v.depth === 1 ? "" : "s");
  var text = "Focus view: " + what + " — " + v.shown.toLocaleString("en") + " of " +
    v.total.toLocaleString("en") + " nodes" + (v.truncated ? " (cut at the nearest)" : "") +
    (DATA.questions.length ? " · " + DATA.questions.length + " question" +
     (DATA.questions.length === 1 ? "" : "s") + " it touches, listed on the left" : "") +
    ". Render without --focus/--question/--person for the whole dossier.";
  var bar = el("div", {id: "view-banner", role: "note", text: text});
  bar.style.cssText = "";
  bar.style.padding = "4px 10px";
  bar.style.background = "#fff4d6";
  bar.style.borderBottom = "1px solid #e0c36a";
  bar.style.fontSize = "13px";
  var top = document.getElementById("top");
  top.parentNode.insertBefore(bar, top.nextSibling);
})();

/* ---------- overview: groups that open on click (DATA.overview) ----------
 * The page starts with one bubble per group (a question with its claims, people
 * and works; or a cluster); clicking a bubble, searching for one of its members or
 * choosing its question in the filter puts the members in its place.
 */

var OVERVIEW;  // set by enterOverview() while the data is unpacked, above

function enterOverview(d) {
  var ov = d.overview, groupNodes = [], memberOf = {}, groups = {};
  ov.groups.forEach(function (g) {
    groups[g.id] = g;
    g.members.forEach(function (i) { memberOf[d.nodes[i].id] = g.id; });
    groupNodes.push({id: g.id, kind: "group", x: g.x, y: g.y, shape: "dot", size: g.size,
                     contested: g.contested, count: g.count, labelled: g.labelled,
                     font: {size: ov.font || 20, color: "#1d1d1f", strokeWidth: 3, strokeColor: "#ffffff"},
                     label: g.label,
                     color: g.color, borderWidth: g.contested ? 4 : 2});
    d.info[g.id] = {kind: "group", title: g.title, note: g.summary + " — click to open"};
  });
  var edgesOf = {};
  d.edges.forEach(function (e, i) {
    (edgesOf[e.from] = edgesOf[e.from] || []).push(i);
    (edgesOf[e.to] = edgesOf[e.to] || []).push(i);
  });
  OVERVIEW = {groups: groups, memberOf: memberOf, allNodes: d.nodes, allEdges: d.edges,
              edgesOf: edgesOf};
  d.nodes = groupNodes;
  // Many groups all linked to each other draw a mesh that hides the bubbles: only the
  // strongest links, as many as there are groups, are drawn then.
  var keep = ov.edges.length;
  if (ov.edges.length > 2 * ov.groups.length) {
    var counts = ov.edges.map(function (e) { return e.count; }).sort(function (a, b) { return b - a; });
    keep = counts[Math.min(counts.length - 1, ov.groups.length)];
  }
  d.edges = ov.edges.filter(function (e) {
    return ov.edges.length <= 2 * ov.groups.length || e.count > keep;
  }).map(function (e, i) {
    return {id: "g" + i, from: e.from, to: e.to, kind: "group",
            width: Math.min(4, 0.5 + Math.log(e.count) / 2),
            color: {color: "rgba(107,91,149,0.16)", highlight: "#6b5b95", hover: "#6b5b95", inherit: false},
            arrows: {to: {enabled: false}}, title: e.count + " links"};
  });
  d.edge_kinds = d.edge_kinds.concat([{kind: "group", legend: "links between groups"}]);
}

var openGroup = null;  // the group shown on its own, or null: the overview

function overviewHides(id) {
  // In the overview, either the bubbles show, or one opened group's members.
  if (!OVERVIEW) return false;
  if (OVERVIEW.groups[id]) return openGroup !== null;
  return OVERVIEW.memberOf[id] !== openGroup;
}

function showOverviewPart() {
  var changes = [], q = qSelect.value, p = pSelect.value;
  var keepQ = q ? neighbourhoodOfQuestion(q) : null, keepP = p ? neighbourhoodOfPerson(p) : null;
  nodes.forEach(function (n) {
    var hide = overviewHides(n.id) || (keepQ && !keepQ[n.id]) || (keepP && !keepP[n.id]);
    if (!n.hidden !== !hide) changes.push({id: n.id, hidden: hide});
  });
  nodes.update(changes);
  var back = document.getElementById("overview-back");
  if (back) back.hidden = openGroup === null;
}

function expandGroup(gid) {
  var g = OVERVIEW && OVERVIEW.groups[gid];
  if (!g) return [];
  var ids = g.members.map(function (i) { return OVERVIEW.allNodes[i].id; });
  if (openGroup === gid) return ids;
  openGroup = gid;
  if (!g.open) {
    g.open = true;
    var scale = (g.font || 20) / 20;
    var add = g.members.map(function (i) {
      var n = Object.assign({}, OVERVIEW.allNodes[i]);
      n.font = {size: n.kind === "claim" ? 12 : Math.round((ARRANGED_FONT[n.kind] || 13) * scale * 10) / 10,
                color: "#1d1d1f", strokeWidth: 3, strokeColor: "#ffffff"};
      return n;
    });
    nodes.add(add);
    var seen = {}, newEdges = [];
    ids.forEach(function (m) {
      (OVERVIEW.edgesOf[m] || []).forEach(function (ei) {
        if (seen[ei]) return;
        var e = OVERVIEW.allEdges[ei], other = e.from === m ? e.to : e.from;
        if (nodes.get(other) === null) return;
        seen[ei] = true;
        newEdges.push(HIDDEN_AT_START[e.kind] ? Object.assign({}, e, {hidden: true}) : e);
      });
    });
    edges.add(newEdges);
    adjacency = {};
    edges.get().forEach(function (e) {
      (adjacency[e.from] = adjacency[e.from] || []).push(e);
      (adjacency[e.to] = adjacency[e.to] || []).push(e);
    });
  }
  showOverviewPart();
  return ids;
}

function backToOverview() {
  if (!OVERVIEW || openGroup === null) return;
  openGroup = null;
  closeQuestion();
  showOverviewPart();
  showDetails(null);
  network.fit({animation: {duration: 300}});
}

if (OVERVIEW) {
  var focusInGraph = focusNode;
  focusNode = function (id) {
    if (nodes.get(id) === null && OVERVIEW.memberOf[id]) expandGroup(OVERVIEW.memberOf[id]);
    focusInGraph(id);
  };
  network.on("click", function (p) {
    var id = p.nodes && p.nodes[0];
    if (id && OVERVIEW.groups[id]) {
      var ids = expandGroup(id), key = OVERVIEW.groups[id].key;
      // a question's part: its details beside it
      if (key.indexOf("q:") === 0 && INFO[key.slice(2)]) showDetails(key.slice(2));
      fitNodes(ids, {maxScale: 1.2});
    }
  });
  (function backButton() {
    var b = el("button", {id: "overview-back", type: "button", text: "← Back to the overview"});
    b.hidden = true;
    b.style.position = "absolute"; b.style.top = "8px"; b.style.left = "8px"; b.style.zIndex = "12";
    b.addEventListener("click", backToOverview);
    document.getElementById("graph-wrap").appendChild(b);
  })();
  // choosing a question or person in the filter opens the group it is in first
  [qSelect, pSelect].forEach(function (sel) {
    sel.addEventListener("change", function () {
      if (sel.value && OVERVIEW.memberOf[sel.value]) expandGroup(OVERVIEW.memberOf[sel.value]);
    }, true);
  });
  // (search finds every node: see searchIndex)
}

performance.mark("provenance:setup");

/* ---------- labels a person can read (labelPlacer) ----------
 * Like a map's: the landmarks (contested questions, the people who make the claims, the
 * works, an overview's groups) are labelled first and never smaller than LABEL_MIN_PX on
 * screen; then questions, other people and claims while there is room. A label that would
 * overlap one already placed is not drawn (its full text is in the tooltip); zooming in
 * makes room, so more labels appear. Placed again whenever the camera stops or nodes change.
 * Sizes are vis' own: on-screen size = font size x network.getScale(), boxes from
 * labelModule.size (what the Chromium tests measure). */
function labelPlacer(net, nodeData) {
  var text = {}, font = {}, kinds = {}, shown = {}, boxes = {}, boost = null, pending = null, ranks = null;
  var measureCtx = document.createElement("canvas").getContext("2d"), widths = {};

  function remember() {
    // The label and font each node came with; the placer only ever shows or hides them.
    nodeData.forEach(function (n) {
      if (text[n.id] === undefined) {
        text[n.id] = typeof n.label === "string" ? n.label : "";
        font[n.id] = n.font && n.font.size ? n.font.size : 14;
        kinds[n.id] = n.kind;
      }
    });
    ranks = null;
  }
  function stating() {
    var out = {};
    allEdges().forEach(function (e) { if (e.kind === "states") out[e.from] = true; });
    return out;
  }
  function rankAll() {
    var A = DATA.analysis || {}, scores = A.scores || {}, weights = A.weights || {};
    var speakers = stating(), out = {};
    nodeData.forEach(function (n) {
      var info = INFO[n.id] || {}, r = 0;
      if (n.kind === "question") r = info.contested ? 1000 + 100 * (scores[n.id] || 0) : 600;
      else if (n.kind === "group") r = (n.labelled ? (n.contested ? 950 : 700) : 400) + Math.min(99, Math.log(1 + (n.count || 1)) * 9);
      else if (n.kind === "person") r = speakers[n.id] ? 900 : 300;
      else if (n.kind === "work") r = 800 + 50 * (weights[n.id] || 0) + Math.min(40, (n.size || 0));
      else if (n.kind === "claim") r = 100 + 100 * (weights[n.id] || 0);
      out[n.id] = r;
    });
    return out;
  }
  function landmark(id) { return ranks[id] >= 600 || (boost && boost[id]); }
  function width(label, px) {
    var key = px + "|" + label, w = widths[key];
    if (w === undefined) {
      measureCtx.font = px + "px arial";
      w = 0;
      label.split("\n").forEach(function (line) { w = Math.max(w, measureCtx.measureText(line).width); });
      widths[key] = w;
    }
    return w;
  }
  function place() {
    pending = null;
    if (!ranks) ranks = rankAll();
    var s = net.getScale(), box = net.body.container;
    var W = box.clientWidth, H = box.clientHeight;
    var ids = net.body.nodeIndices.slice().sort(function (a, b) {
      return ((boost && boost[b] ? 2000 : 0) + (ranks[b] || 0)) - ((boost && boost[a] ? 2000 : 0) + (ranks[a] || 0)) ||
             (a < b ? -1 : a > b ? 1 : 0);
    });
    // Boxes [x0, y0, x1, y1, id] on screen in a grid of 80 px cells: labels placed so far,
    // and the nodes on screen (but claims, which stand close on their arcs), which are
    // obstacles for all but the landmarks' labels: a claim's or an author's label never
    // covers a person, a work or a question.
    var cell = 80, labelGrid = {}, nodeGrid = {};
    function hits(grid, b, add) {
      for (var gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
        for (var gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) {
          var k = gx + "," + gy, list = grid[k];
          if (add) { (grid[k] = list || []).push(b); continue; }
          if (list) for (var i = 0; i < list.length; i++) {
            var o = list[i];
            if (o[4] !== b[4] && b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) return true;
          }
        }
      }
      return false;
    }
    function cells(b, add) { return hits(labelGrid, b, add); }
    function obstacle(b, add) { return hits(nodeGrid, b, add); }
    ids.forEach(function (id) {
      var node = net.body.nodes[id];
      if (!node || node.options.hidden || kinds[id] === "claim") return;
      var p = net.canvasToDOM({x: node.x, y: node.y}), r = (node.options.size || 10) * s;
      if (p.x + r < 0 || p.x - r > W || p.y + r < 0 || p.y - r > H) return;
      obstacle([p.x - r, p.y - r, p.x + r, p.y + r, id], true);
    });
    var changed = false;
    boxes = {};
    ids.forEach(function (id) {
      var node = net.body.nodes[id], label = text[id];
      if (!node || !label || node.options.hidden) return;
      var px = font[id] * s, mark = landmark(id);
      px = mark ? Math.min(LABEL_MAX_PX, Math.max(LABEL_MIN_PX, px))
                : Math.min(kinds[id] === "claim" ? CLAIM_MAX_PX : LABEL_MAX_PX, px);
      px = Math.round(px * 2) / 2;
      var show = px >= LABEL_READABLE_PX, b = null;
      if (show) {
        var p = net.canvasToDOM({x: node.x, y: node.y}), lines = label.split("\n").length;
        var w = width(label, px), h = lines * px * 1.2 + 2;
        var top = p.y + ((node.options.size || 10) + 4) * s + 0.5 * px - 2;
        b = [p.x - w / 2 - 3, top - 1, p.x + w / 2 + 3, top + h + 1];
        b[4] = id;
        var off = b[2] < 0 || b[0] > W || b[3] < 0 || b[1] > H;
        var partly = b[0] < 0 || b[2] > W || b[1] < 0 || b[3] > H;
        var careful = !mark || kinds[id] === "group";  // a bubble's label never hides another
        if (off ? !mark : cells(b, false) || (careful && (partly || obstacle(b, false)))) show = false;
        else if (!off) cells(b, true);
        if (show) boxes[id] = b;
      }
      var f = Math.round(px / s * 100) / 100;
      var want = show ? label + "\u0000" + f : "";
      if (shown[id] === want) return;
      shown[id] = want;
      changed = true;
      node.setOptions({label: show ? label : "", font: {size: show ? f : font[id]}});
    });
    if (changed) net.body.emitter.emit("_requestRedraw");
  }
  function fitWithLabels() {
    // vis' fit() reads label boxes from the last frame; these are the ones just placed.
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    net.body.nodeIndices.forEach(function (id) {
      var node = net.body.nodes[id], r = node.options.size || 10, b = boxes[id];
      x0 = Math.min(x0, node.x - r); x1 = Math.max(x1, node.x + r);
      y0 = Math.min(y0, node.y - r); y1 = Math.max(y1, node.y + r);
      if (b) {
        var a = net.DOMtoCanvas({x: b[0], y: b[1]}), c = net.DOMtoCanvas({x: b[2], y: b[3]});
        x0 = Math.min(x0, a.x); x1 = Math.max(x1, c.x); y0 = Math.min(y0, a.y); y1 = Math.max(y1, c.y);
      }
    });
    if (x0 === Infinity) return;
    var box = net.body.container, W = box.clientWidth, H = box.clientHeight;
    var scale = Math.min(W / ((x1 - x0) * 1.06), H / ((y1 - y0) * 1.06), 2);
    if (!(scale > 0) || !isFinite(scale)) return;  // no room (hidden, printing): keep the view
    net.moveTo({position: {x: (x0 + x1) / 2, y: (y0 + y1) / 2}, scale: scale, animation: false});
  }
  function soon() {
    if (pending) clearTimeout(pending);
    pending = setTimeout(place, 60);
  }
  remember();
  nodeData.on("*", function (ev, p) {
    if (ev === "add") remember();
    if (ev === "update") {  // vis has just given these nodes their DataSet label and font back
      (p.items || []).forEach(function (id) { delete shown[id]; });
    }
    if (ev === "remove") ranks = null;
    soon();
  });
  var first = true, ready = false;
  net.on("afterDrawing", function () {
    if (!first) return;
    first = false;
    ready = true;
    // Place, fit the picture with its labels, place again at the new zoom.
    for (var i = 0; i < 4; i++) { place(); fitWithLabels(); }
    place();
  });
  ["zoom", "dragEnd", "animationFinished"].forEach(function (ev) { net.on(ev, soon); });
  // Until the reader moves the picture, a resize (the page settling, a window resized)
  // fits it again with its labels.
  var moved = false;
  ["zoom", "dragStart", "click"].forEach(function (ev) { net.on(ev, function () { moved = true; }); });
  net.on("resize", function () {
    if (moved || first) { soon(); return; }
    setTimeout(function () { if (!moved) { place(); fitWithLabels(); place(); } }, 0);
  });
  return {
    place: place,
    fit: function () { place(); fitWithLabels(); place(); },
    ready: function () { return ready && !pending; },
    boost: function (ids) {
      boost = null;
      if (ids) { boost = {}; ids.forEach(function (id) { boost[id] = true; }); }
      soon();
    },
    shown: function () { return Object.keys(shown).filter(function (id) { return shown[id]; }); }
  };
}

/* ---------- take it away: the current view as PNG or SVG ----------
 * PNG: the canvas as drawn, on white. SVG: the same view written out as shapes, lines and
 * text (vis-network draws on a canvas, so the page writes the SVG itself: nodes, the relations
 * drawn between them and the labels on screen). Both are made in the page and saved through
 * a blob: link; nothing reaches the network. Text goes in as DOM text, never as markup. */
function exportName(ext) {
  var base = (DATA.title || "provenance").replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return (base || "provenance") + "." + ext;
}

function saveBlob(blob, name) {
  var url = URL.createObjectURL(blob);
  var a = el("a", {href: url, download: name});
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
}

function viewPNG(done) {
  var src = document.querySelector("#network canvas");
  var out = document.createElement("canvas");
  out.width = src.width; out.height = src.height;
  var ctx = out.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(src, 0, 0);
  out.toBlob(done, "image/png");
}

function viewSVG() {
  var NS = "http://www.w3.org/2000/svg";
  var box = document.getElementById("network"), W = box.clientWidth, H = box.clientHeight;
  var s = network.getScale();
  function node(tag, attrs) {
    var n = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { n.setAttribute(k, String(attrs[k])); });
    return n;
  }
  var svg = node("svg", {xmlns: NS, width: W, height: H, viewBox: "0 0 " + W + " " + H,
                         "font-family": "Arial, sans-serif"});
  svg.appendChild(node("rect", {x: 0, y: 0, width: W, height: H, fill: "#ffffff"}));
  var title = node("title", {});
  title.textContent = DATA.title || "provenance";
  svg.appendChild(title);
  function colour(c, which) { return c && typeof c === "object" ? (c[which] || c.color || "#848484") : (c || "#848484"); }
  function on(p) { return p.x > -50 && p.x < W + 50 && p.y > -50 && p.y < H + 50; }
  var body = network.body.nodes, g = node("g", {"stroke-linecap": "round"});
  edges.forEach(function (e) {
    var a = body[e.from], b = body[e.to];
    if (e.hidden || !a || !b || a.options.hidden || b.options.hidden) return;
    var p = network.canvasToDOM({x: a.x, y: a.y}), q = network.canvasToDOM({x: b.x, y: b.y});
    if (!on(p) && !on(q)) return;
    var attrs = {x1: p.x.toFixed(1), y1: p.y.toFixed(1), x2: q.x.toFixed(1), y2: q.y.toFixed(1),
                 stroke: colour(e.color, "color"), "stroke-width": Math.max(0.5, (e.width || 1) * s).toFixed(2)};
    if (Array.isArray(e.dashes)) attrs["stroke-dasharray"] = e.dashes.map(function (d) { return (d * s).toFixed(1); }).join(" ");
    g.appendChild(node("line", attrs));
    // its arrowhead at the border of the node it points to (a triangle; a bar for contradicts)
    var dx = q.x - p.x, dy = q.y - p.y, len = Math.sqrt(dx * dx + dy * dy);
    var to = e.arrows && e.arrows.to, type = to && to.enabled !== false ? (to.type || "arrow") : null;
    if (type && len > 1) {
      var ux = dx / len, uy = dy / len, r = (b.options.size || 10) * s + 1;
      var tx = q.x - ux * r, ty = q.y - uy * r, h = Math.max(4, 9 * s);
      var pts = type === "bar"
        ? [[tx - uy * h * 0.6, ty + ux * h * 0.6], [tx + uy * h * 0.6, ty - ux * h * 0.6],
           [tx + uy * h * 0.6 - ux * 2, ty - ux * h * 0.6 - uy * 2], [tx - uy * h * 0.6 - ux * 2, ty + ux * h * 0.6 - uy * 2]]
        : [[tx, ty], [tx - ux * h - uy * h * 0.35, ty - uy * h + ux * h * 0.35],
           [tx - ux * h + uy * h * 0.35, ty - uy * h - ux * h * 0.35]];
      g.appendChild(node("polygon", {points: pts.map(function (t) { return t[0].toFixed(1) + "," + t[1].toFixed(1); }).join(" "),
                                     fill: attrs.stroke}));
    }
  });
  svg.appendChild(g);
  if (openedQuestion) {  // an opened question's position names, as on the canvas
    openedQuestion.headers.forEach(function (hd) {
      var at = network.canvasToDOM({x: hd.x, y: hd.y});
      var t = node("text", {x: at.x.toFixed(1), y: (at.y + 11).toFixed(1), "font-size": 13,
                            "font-weight": "bold", fill: "#5f3b00"});
      t.textContent = hd.text;
      svg.appendChild(t);
    });
  }
  network.body.nodeIndices.forEach(function (id) {
    var n = body[id], p = network.canvasToDOM({x: n.x, y: n.y});
    if (!on(p)) return;
    var r = (n.options.size || 10) * s, fill = colour(n.options.color, "background");
    var stroke = colour(n.options.color, "border"), sw = ((n.options.borderWidth || 1) * s).toFixed(2);
    var shape = n.options.shape, el2;
    function poly(pts) { return pts.map(function (t) { return (p.x + t[0] * r).toFixed(1) + "," + (p.y + t[1] * r).toFixed(1); }).join(" "); }
    if (shape === "square") el2 = node("rect", {x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r});
    else if (shape === "diamond") el2 = node("polygon", {points: poly([[0, -1], [1, 0], [0, 1], [-1, 0]])});
    else if (shape === "star") {
      var pts = [];
      for (var i = 0; i < 10; i++) {
        var ang = -Math.PI / 2 + i * Math.PI / 5, k = i % 2 ? 0.45 : 1;
        pts.push([k * Math.cos(ang), k * Math.sin(ang)]);
      }
      el2 = node("polygon", {points: poly(pts)});
    } else el2 = node("circle", {cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1)});
    el2.setAttribute("fill", fill); el2.setAttribute("stroke", stroke); el2.setAttribute("stroke-width", sw);
    svg.appendChild(el2);
    var lm = n.labelModule;
    if (n.options.label && lm.size.width) {
      var px = lm.fontOptions.size * s, top = network.canvasToDOM({x: lm.size.left, y: lm.size.top}).y;
      String(n.options.label).split("\n").forEach(function (line, li) {
        var t = node("text", {x: p.x.toFixed(1), y: (top + px * (li + 0.85) * 1.05).toFixed(1),
                              "font-size": px.toFixed(1), "text-anchor": "middle", fill: "#1d1d1f",
                              stroke: "#ffffff", "stroke-width": (3 * s).toFixed(1), "paint-order": "stroke"});
        t.textContent = line;
        svg.appendChild(t);
      });
    }
  });
  return new XMLSerializer().serializeToString(svg);
}

(function exportButtons() {
  var bar = el("div", {id: "export", role: "group", "aria-label": "Save this view"});
  bar.style.cssText = "";
  // bottom left: the details panel opens over the right, "back to the overview" sits top left
  bar.style.position = "absolute"; bar.style.bottom = "8px"; bar.style.left = "8px"; bar.style.zIndex = "12";
  var png = el("button", {type: "button", id: "save-png", text: "Save view as PNG"});
  var svgb = el("button", {type: "button", id: "save-svg", text: "SVG"});
  png.addEventListener("click", function () { viewPNG(function (b) { saveBlob(b, exportName("png")); }); });
  svgb.addEventListener("click", function () {
    saveBlob(new Blob([viewSVG()], {type: "image/svg+xml"}), exportName("svg"));
  });
  svgb.style.marginLeft = "4px";
  bar.appendChild(png); bar.appendChild(svgb);
  document.getElementById("graph-wrap").appendChild(bar);
})();

/* Printing the graph: a canvas does not redraw for the printed page, so the view on screen
 * is printed as a picture of itself (the debate view, when open, prints instead: page.css). */
window.addEventListener("beforeprint", function () {
  var old = document.getElementById("print-view");
  if (old) old.remove();
  var src = document.querySelector("#network canvas");
  if (!src || document.getElementById("debate")) return;
  var img = el("img", {id: "print-view", alt: "The graph as shown on screen", src: src.toDataURL("image/png")});
  document.getElementById("graph-wrap").appendChild(img);
});
window.addEventListener("afterprint", function () {
  var img = document.getElementById("print-view");
  if (img) img.remove();
});
