/* provenance page script: core (read first; the other modules follow it in the order
 * render/page.py SCRIPT_MODULES gives, joined into one inline script).
 *
 * Every piece of dossier text reaches the DOM through textContent (see el()),
 * never innerHTML: quotes come from the web. The vis.Network is the global
 * `network`, as in pyvis' pages, so tests and tools can inspect it.
 *
 * The state the modules share is declared here, before anything reads it.
 */
"use strict";

// Marks for benchmarks/bench_render.py's breakdown of the time to the first frame.
performance.mark("provenance:start");

/* ---------- shared state ---------- */

// The palette (render/style.py), handed over as data: the canvas and vis-network need
// colours as values, the DOM takes them from page.css's classes and variables.
var PALETTE = JSON.parse(document.getElementById("provenance-style").textContent);
var OVERVIEW = null;         // an overview's groups and members (overview.js), set while unpacking
var openGroup = null;        // the overview group shown on its own, or null (overview.js)
var openedQuestion = null;   // the question whose claims are laid out in bands (panels.js)

var DATA = JSON.parse(document.getElementById("provenance-data").textContent);
DATA = unpackData(DATA);  // biggraph.js: packed and compressed data of big pages
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

/* ---------- drawing constants the modules share ---------- */

var FONT_SIZE = {question: 24, person: 17, work: 17, claim: 12};
// On-screen label sizes (see labelPlacer): landmarks never under LABEL_MIN_PX, no label over
// LABEL_MAX_PX (claims CLAIM_MAX_PX), and none drawn under LABEL_READABLE_PX.
var LABEL_MIN_PX = 12, LABEL_MAX_PX = 22, CLAIM_MAX_PX = 16, LABEL_READABLE_PX = 12;
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
// labels are handed to vis when the reader zooms in on them (labelsOnDemand, biggraph.js):
// vis measures every label it has before the first frame, a third of that frame's cost.
var LATER_LABELS = {};  // id -> [label, font size] of the nodes whose label vis gets later

/* Below this zoom, edges of a big graph are drawn as plain lines: at that size dash
 * patterns and arrowheads cannot be seen, and drawing them costs most of a frame
 * (measured: 1.2 s of a 1.5 s redraw at 10,000 nodes). Zoom in and they are back. */
var DETAIL_SCALE = 0.45;
