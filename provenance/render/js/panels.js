/* The tooltip, the details panel, and an opened question's claims laid out in bands. */

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
  var meta = [["position", info.position_label]];  // in words, from Python (text.position_label)
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
    var side = el("div", {class: "side"}, [el("h5", {text: p.label +
      (p.share !== null && p.share !== undefined ? " · " + Math.round(100 * p.share) + "% of the weight" : "")})]);
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
  closeQuestion();
  if (!info) {
    details.appendChild(el("p", {class: "hint", text: "Click a question, claim, person or work to read its quotes in context, who says what, and the evidence."}));
    return;
  }
  var shut = el("button", {type: "button", class: "details-close", text: "Close ✕",
                           title: "Close (Esc): back to the whole picture"});
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
  var wasOpen = openedQuestion !== null;
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

var measureLabels = document.createElement("canvas").getContext("2d"), labelWidths = {};

function labelWidth(text, px) {
  // The widest line of ``text`` at ``px`` (arial, as vis draws labels), measured once.
  var key = px + "|" + text, w = labelWidths[key];
  if (w !== undefined) return w;
  measureLabels.font = px + "px arial";
  w = 0;
  String(text).split("\n").forEach(function (line) { w = Math.max(w, measureLabels.measureText(line).width); });
  return (labelWidths[key] = w);
}

function labelExtent(id, scale) {
  // Where the label placer draws node ``id``'s label at this zoom, as a landmark (the nodes
  // fitted are boosted to landmarks: LABEL_MIN_PX to LABEL_MAX_PX on screen), in canvas
  // units from the node's centre: its half width, and how far below the centre it ends.
  // The same sums as labelPlacer's place(); null for a node without a label.
  var n = nodes.get(id), body = network.body.nodes[id];
  if (!n || !body || typeof n.label !== "string" || !n.label) return null;
  var f = n.font && n.font.size ? n.font.size : 14;
  var px = Math.round(Math.min(LABEL_MAX_PX, Math.max(LABEL_MIN_PX, f * scale)) * 2) / 2;
  var lines = n.label.split("\n").length, r = body.options.size || 10;
  return {half: (labelWidth(n.label, px) / 2 + 3) / scale,
          below: r + 4 + (0.5 * px - 2 + lines * px * 1.2 + 3) / scale};
}

function fitNodes(ids, opts) {
  // Fit ``ids`` and their labels in the visible part of the graph (left of the details
  // panel), no closer than opts.maxScale; returns the scale chosen. A label's size on
  // screen depends on the zoom (see labelPlacer), so the zoom is found by a few rounds.
  opts = opts || {};
  var pos = network.getPositions(ids), box = document.getElementById("network");
  var free = box.clientWidth - drawerWidth(), H = box.clientHeight, most = opts.maxScale || 1.6;
  function bounds(s) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, m = 12 / s;
    ids.forEach(function (id) {
      var p = pos[id], node = network.body.nodes[id];
      if (!p || !node) return;
      var r = node.options.size || 10, lab = labelExtent(id, s);
      var half = Math.max(r + 60, lab ? lab.half + m : 0), below = Math.max(r + 50, lab ? lab.below + m : 0);
      x0 = Math.min(x0, p.x - half); x1 = Math.max(x1, p.x + half);
      y0 = Math.min(y0, p.y - r - 20); y1 = Math.max(y1, p.y + below);
    });
    return x0 === Infinity ? null : [x0, y0, x1, y1];
  }
  var scale = most, b = null;
  for (var i = 0; i < 8; i++) {
    b = bounds(scale);
    if (!b) return network.getScale();
    var next = Math.min(free / (b[2] - b[0]), H / (b[3] - b[1]), most);
    if (!(next > 0) || !isFinite(next)) return network.getScale();  // no room (hidden, printing)
    var done = next >= scale * 0.995;
    scale = Math.min(scale, next);
    if (done) break;
  }
  network.moveTo({position: {x: (b[0] + b[2]) / 2, y: (b[1] + b[3]) / 2}, scale: scale,
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
 * claim's label has room, the people who state them in a column beside it, and the view
 * fits board and people, left of the details panel, at a zoom where they can be read.
 * They go back to their arc when something else is chosen (openedQuestion, core.js). */

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
  var claimW = 0, big = 0;
  ids.forEach(function (c) {
    claimW = Math.max(claimW, labelWidth(nodes.get(c).label || "", fc));
    big = Math.max(big, network.body.nodes[c].options.size || 10);
  });
  var hub = network.body.nodes[qid], wanted = {};
  ids.forEach(function (c) { wanted[c] = true; });
  // Its speakers, the people who state its claims (drawn while it is open), stand in a
  // column left of the board, each level with the claims it states: where they stood on the
  // arc, the board's fit left them out of sight or under the details panel, and a fit that
  // took them in there zoomed out too far to read the claims. They go back with the claims.
  var said = {}, speakers = [];
  allEdges().forEach(function (e) {
    if (e.kind !== "states" || !wanted[e.to] || e.from === qid || !visible(e.from)) return;
    if (!said[e.from]) { said[e.from] = []; speakers.push(e.from); }
    said[e.from].push(e.to);
  });
  var colGap = speakers.length ? 40 : 0;
  function speakerSize(p, sc) {  // a speaker's room in the column: [width, height]
    var r = network.body.nodes[p].options.size || 10, lab = labelExtent(p, sc);
    return [Math.max(2 * r, lab ? 2 * lab.half : 0), r + (lab ? lab.below : r) + 22];
  }
  function cells(sc) {
    // A claim's cell and the speakers' column at zoom ``sc``, in canvas units. The labels
    // are drawn at 12 px at least (labelPlacer): below zoom 1 they take more of the canvas.
    var grow = Math.min(LABEL_MAX_PX, Math.max(LABEL_MIN_PX, fc * sc)) / sc / fc;
    var out = {w: claimW * grow + 28, h: 2 * 1.25 * fc * grow + 2 * big + 14, colW: 0, colH: 0};
    speakers.forEach(function (p) {
      var size = speakerSize(p, sc);
      out.colW = Math.max(out.colW, size[0]);
      out.colH += size[1];
    });
    return out;
  }
  function lead(sc) {  // from the question's centre to the board: its name in between
    var lab = labelExtent(qid, sc);
    return Math.max((hub.options.size || 20) + 90, lab ? lab.below + 24 / sc : 0);
  }
  var bands = [];
  q.positions.forEach(function (p) {
    var members = p.claims.map(function (c) { return c.id; }).filter(function (c) { return wanted[c]; });
    if (members.length) bands.push({p: p, members: members});
  });
  // As many claims a row as make the board's shape the free area's: the biggest zoom (found
  // by a few rounds for each, the cells' size in the canvas depending on the zoom).
  var per = 1, bestScale = 0;
  for (var k = 1; k <= ids.length; k++) {
    var rows = 0, sc = target;
    bands.forEach(function (b) { rows += Math.ceil(b.members.length / k); });
    for (var round = 0; round < 6; round++) {
      var room = cells(sc);
      var wide = Math.min(k, ids.length) * room.w + 120 + room.colW + colGap;
      var tall = Math.max(rows * room.h + bands.length * 36, room.colH) + lead(sc) + 110;
      var next = Math.min(free / wide, H / tall, target);
      var done = next >= sc * 0.995;
      sc = Math.min(sc, next);
      if (done) break;
    }
    if (sc > bestScale + 1e-6) { bestScale = sc; per = k; }
  }
  // (a graph area with no room, hidden or squeezed to nothing: no zoom fits, and cells at
  // zoom 0 would be infinite; leave the nodes where they are)
  if (!(bestScale > 0)) {
    if (labels) labels.boost([qid].concat(ids));
    return fitNodes([qid].concat(ids), {maxScale: 1.4});
  }
  var chosen = cells(bestScale), cellW = chosen.w, cellH = chosen.h;
  var width = Math.min(per, Math.max.apply(null, bands.map(function (b) { return b.members.length; }))) * cellW;
  var x0 = hub.x - width / 2, y = hub.y + lead(bestScale);
  var saved = {}, headers = [], top = y, placedY = {};
  bands.forEach(function (b) {
    headers.push({x: x0, y: y, text: positionText(b.p)});
    y += 30;
    b.members.forEach(function (c, i) {
      var node = network.body.nodes[c];
      saved[c] = {x: node.x, y: node.y};
      var col = i % per, row = Math.floor(i / per);
      placedY[c] = y + row * cellH + (node.options.size || 10);
      network.moveNode(c, x0 + col * cellW + cellW / 2, placedY[c]);
    });
    y += Math.ceil(b.members.length / per) * cellH + 6;
  });
  // the speakers, top to bottom in the order of their claims, none over the next one's name
  var column = speakers.map(function (p) {
    var sum = 0;
    said[p].forEach(function (c) { sum += placedY[c]; });
    return {id: p, want: sum / said[p].length};
  }).sort(function (a, b) { return a.want - b.want || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); });
  var floor = top;
  column.forEach(function (o) {
    var node = network.body.nodes[o.id], r = node.options.size || 10;
    var at = Math.max(o.want, floor + r);
    saved[o.id] = {x: node.x, y: node.y};
    network.moveNode(o.id, x0 - colGap - chosen.colW / 2, at);
    floor = at - r + speakerSize(o.id, bestScale)[1];
  });
  openedQuestion = {id: qid, saved: saved, headers: headers, x0: x0, width: width, filtered: filtered};
  var shown = [qid].concat(ids, speakers);
  if (labels) labels.boost(shown);
  return fitNodes(shown, {maxScale: target});
}

function fitHeader(ctx, text, room) {
  // ``text`` ("name — 2 claims · 40% of the weight") in ``room`` canvas units: the name is
  // shortened with an ellipsis first; the tail is cut only if even it does not fit.
  if (!(room > 0) || ctx.measureText(text).width <= room) return text;
  var dash = text.lastIndexOf(" — "), name = dash > 0 ? text.slice(0, dash) : text;
  var tail = dash > 0 ? text.slice(dash) : "";
  // the longest start of the name that fits, found by halving (this runs on every frame
  // drawn while a question is open: a few measures, not one per letter)
  var lo = 4, hi = name.length;
  while (lo < hi) {
    var mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(name.slice(0, mid) + "…" + tail).width <= room) lo = mid;
    else hi = mid - 1;
  }
  var out = name.slice(0, lo).replace(/\s+$/, "") + "…" + tail;
  if (ctx.measureText(out).width <= room) return out;
  lo = 1; hi = out.length;  // not even the tail fits: the whole line cut
  while (lo < hi) {
    var m2 = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(out.slice(0, m2) + "…").width <= room) lo = m2;
    else hi = m2 - 1;
  }
  return out.slice(0, lo) + "…";
}

function positionText(p) {
  var name = p.label;  // the position in words, from Python (text.position_label)
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
  ctx.strokeStyle = PALETTE.paper;
  ctx.fillStyle = PALETTE["band-label"];
  // Each name ends before the details panel (or the graph's edge): its words are cut,
  // never its count and share of the weight, which come after the dash.
  var box = document.getElementById("network");
  var right = network.DOMtoCanvas({x: box.clientWidth - drawerWidth() - 8, y: 0}).x;
  openedQuestion.headers.forEach(function (h) {
    var text = fitHeader(ctx, h.text, right - h.x);
    ctx.strokeText(text, h.x, h.y);
    ctx.fillText(text, h.x, h.y);
  });
  ctx.restore();
});
