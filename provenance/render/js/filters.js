/* The left panel's contested questions list, the filters, and the search box. */

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
// (built after the dossier's text is inflated, see whenDrawn in network.js)

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
