/* ---------- big graphs (provenance/render/scale.py) ----------
 * Kept apart from the rest of the page: the data arrives packed (styles and repeated
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
    if (c && typeof c === "object") return c[which] || c.color || PALETTE["vis-default"];
    return c || PALETTE["vis-default"];
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
      ctx.shadowColor = "transparent"; ctx.shadowBlur = 0;
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
