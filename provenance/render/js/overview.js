/* Views of part of the dossier: a focus view's banner, and the overview of big dossiers. */

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
  var top = document.getElementById("top");
  top.parentNode.insertBefore(bar, top.nextSibling);
})();

/* ---------- overview: groups that open on click (DATA.overview) ----------
 * The page starts with one bubble per group (a question with its claims, people
 * and works; or a cluster); clicking a bubble, searching for one of its members or
 * choosing its question in the filter puts the members in its place.
 */

function enterOverview(d) {
  var ov = d.overview, groupNodes = [], memberOf = {}, groups = {};
  ov.groups.forEach(function (g) {
    groups[g.id] = g;
    g.members.forEach(function (i) { memberOf[d.nodes[i].id] = g.id; });
    groupNodes.push({id: g.id, kind: "group", x: g.x, y: g.y, shape: "dot", size: g.size,
                     contested: g.contested, count: g.count, labelled: g.labelled,
                     font: {size: ov.font || 20, color: PALETTE.ink, strokeWidth: 3, strokeColor: PALETTE.paper},
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
            color: {color: PALETTE["group-link"], highlight: PALETTE["group-link-strong"],
                    hover: PALETTE["group-link-strong"], inherit: false},
            arrows: {to: {enabled: false}}, title: e.count + " links"};
  });
  d.edge_kinds = d.edge_kinds.concat([{kind: "group", legend: "links between groups"}]);
}

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
                color: PALETTE.ink, strokeWidth: 3, strokeColor: PALETTE.paper};
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
    b.hidden = true;  // placed by page.css
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
