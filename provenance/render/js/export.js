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
  var a = el("a", {href: url, download: name, hidden: true});
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
}

function viewPNG(done) {
  var src = document.querySelector("#network canvas");
  var out = document.createElement("canvas");
  out.width = src.width; out.height = src.height;
  var ctx = out.getContext("2d");
  ctx.fillStyle = PALETTE.paper;
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
  svg.appendChild(node("rect", {x: 0, y: 0, width: W, height: H, fill: PALETTE.paper}));
  var title = node("title", {});
  title.textContent = DATA.title || "provenance";
  svg.appendChild(title);
  function colour(c, which) { return c && typeof c === "object" ? (c[which] || c.color || PALETTE["vis-default"]) : (c || PALETTE["vis-default"]); }
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
                            "font-weight": "bold", fill: PALETTE["band-label"]});
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
                              "font-size": px.toFixed(1), "text-anchor": "middle", fill: PALETTE.ink,
                              stroke: PALETTE.paper, "stroke-width": (3 * s).toFixed(1), "paint-order": "stroke"});
        t.textContent = line;
        svg.appendChild(t);
      });
    }
  });
  return new XMLSerializer().serializeToString(svg);
}

(function exportButtons() {
  var bar = el("div", {id: "export", role: "group", "aria-label": "Save this view"});
  // One row at the foot of the left panel, always in sight (page.css keeps it there while
  // the panel scrolls): over the graph they hid its lowest labels, and under the filters
  // they were below the fold of a long questions list.
  var png = el("button", {type: "button", id: "save-png", text: "Save view as PNG"});
  var svgb = el("button", {type: "button", id: "save-svg", text: "SVG"});
  png.addEventListener("click", function () { viewPNG(function (b) { saveBlob(b, exportName("png")); }); });
  svgb.addEventListener("click", function () {
    saveBlob(new Blob([viewSVG()], {type: "image/svg+xml"}), exportName("svg"));
  });
  bar.appendChild(png); bar.appendChild(svgb);
  document.getElementById("left").appendChild(bar);
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
