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
    function swatch(family, text) {  // family: "prior" or "derivative" (page.css, the palette)
      return el("li", {}, [el("span", {class: "swatch " + family, "aria-hidden": "true", text: "■ "}), text]);
    }
    left.insertBefore(el("section", {id: "citation-legend"}, [
      el("h2", {text: "Citation view"}),
      el("ul", {class: "legend"}, [
        el("li", {text: "Left to right: year of publication; works without a year stand at the far left."}),
        el("li", {text: "Size: how many works of this dossier cite it."}),
        el("li", {text: "Click a work to trace what it rests on and what builds on it."}),
        swatch("prior", "prior works: what it cites, directly or through others"),
        swatch("derivative", "derivative works: what cites it")
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
                                     highlight: {background: colour, border: PALETTE.ink}}; }
    var current = null;
    function highlight(id) {
      current = id;
      var prior = id ? reach(id, cites) : {}, derived = id ? reach(id, citedBy) : {};
      nodes.update(DATA.nodes.map(function (n) {
        if (!id || n.id === id) return {id: n.id, color: original[n.id], opacity: 1};
        if (prior[n.id]) return {id: n.id, color: paint(PALETTE.prior), opacity: 1};
        if (derived[n.id]) return {id: n.id, color: paint(PALETTE.derivative), opacity: 1};
        return {id: n.id, color: original[n.id], opacity: 0.2};
      }));
      edges.update(DATA.edges.map(function (e) {
        var on = !id || ((e.from === id || prior[e.from]) && prior[e.to]) ||
                 (derived[e.from] && (e.to === id || derived[e.to]));
        return {id: e.id, hidden: !on};
      }));
      return {prior: Object.keys(prior), derived: Object.keys(derived)};
    }
    function listOf(title, ids, family) {
      var box = el("section", {class: "citation-family " + family});
      box.appendChild(el("h3", {text: title + " (" + ids.length + ")"}));
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
        details.appendChild(listOf("Prior works it rests on", fam.prior, "prior"));
        details.appendChild(listOf("Derivative works citing it", fam.derived, "derivative"));
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
        ctx.strokeStyle = PALETTE["year-line"];
        ctx.beginPath(); ctx.moveTo(x, top - 60); ctx.lineTo(x, bottom + 60); ctx.stroke();
        ctx.fillStyle = PALETTE.muted;
        ctx.fillText(String(y), x, top - 70);
      }
      ctx.restore();
    });
  })();
}
