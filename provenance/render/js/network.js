/* The vis-network graph: its DataSets, options and the network itself (window.network). */

/* ---------- the network ---------- */

performance.mark("provenance:data");
var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
  var later = DATA.layout && !OVERVIEW && typeof n.label === "string";
  var copy = {};
  // (a copy without the label rather than a delete: deleting slows every later lookup)
  for (var k in n) if (!(later && k === "label")) copy[k] = n[k];
  var base = FONT_SIZE[n.kind] || 13;
  copy.font = n.font || {size: DATA.arranged ? arrangedFont(n)
                : n.kind === "person" || n.kind === "work" ? Math.round(base * n.size / 14) : base,
               color: PALETTE.ink,
               strokeWidth: 3, strokeColor: PALETTE.paper};
  var size = DATA.layout ? weightedSize(n) : undefined;
  if (size !== undefined) copy.size = size;
  if (later) LATER_LABELS[n.id] = [n.label, copy.font.size];
  return copy;
}));
var edges = new vis.DataSet(DATA.edges.map(function (e) {
  return HIDDEN_AT_START[e.kind] ? Object.assign({}, e, {hidden: true}) : e;
}));
// A big graph (positions from Python, not an overview) gives vis its nodes only, and the
// page draws its relations itself (edgeLayer, biggraph.js): vis builds
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
scaleOptions(options);  // biggraph.js
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
