/* ---------- labels a person can read (labelPlacer) ----------
 * Like a map's: the landmarks (contested questions, the people who make the claims, the
 * works, an overview's groups) are labelled first and never smaller than LABEL_MIN_PX on
 * screen; then questions, other people and claims while there is room. A label that would
 * overlap one already placed is not drawn (its full text is in the tooltip); zooming in
 * makes room, so more labels appear. Placed again whenever the camera stops or nodes change.
 * Sizes are vis' own: on-screen size = font size x network.getScale(), boxes from
 * labelModule.size (what the Chromium tests measure). */
function labelPlacer(net, nodeData) {
  var text = {}, font = {}, kinds = {}, shown = {}, boxes = {}, edgeBoxes = {}, boost = null,
      pending = null, ranks = null;
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
    edgeBoxes = {};
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
        var crowded = !off && cells(b, false);
        if (off ? !mark : crowded || (careful && (partly || obstacle(b, false)))) {
          show = false;
          // (cut only by the edge: the fit makes room for it, so it shows after)
          if (!off && partly && !crowded) edgeBoxes[id] = b;
        } else if (!off) cells(b, true);
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
      var node = net.body.nodes[id], r = node.options.size || 10, b = boxes[id] || edgeBoxes[id];
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
