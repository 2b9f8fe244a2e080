/* ======================================================================
 * Analysis on the page (evidence weight, chains, scores, debate view).
 * Data: DATA.analysis from provenance.analysis.page_analysis, handed to the page
 * (pipeline.page_inputs). All text goes through el()/textContent; the look is
 * page.css's classes (a bar's fill width, a figure, is the only value set here).
 * ====================================================================== */
(function analysisBlock() {
  var A = DATA.analysis;
  if (!A) return;

  function pct(x) { return Math.round(100 * x) + "%"; }
  function fmt(x) { return (Math.round(100 * (x || 0)) / 100).toFixed(2); }
  function bar(share, kind) {
    // kind: whose colour the bar takes (claim, study, contested; a person's by default)
    var outer = el("span", {class: "weight-bar" + (kind ? " " + kind : ""), "aria-hidden": "true"});
    var fill = el("span");
    fill.style.width = Math.max(2, Math.round(100 * Math.min(1, share || 0))) + "%";
    outer.appendChild(fill);
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
               shadow: {enabled: true, color: PALETTE["chain-glow"], size: 16, x: 0, y: 0}});
    });
    nodes.update(ns);
    var es = chainEdges(inChain);
    edges.update(es.map(function (e) {
      lit.edges[e.id] = {id: e.id, width: e.width === undefined ? 1 : e.width,
                         shadow: e.shadow || {enabled: false}};
      return {id: e.id, width: (e.width || 1) * 2.4,
              shadow: {enabled: true, color: PALETTE["chain-glow-edge"], size: 8, x: 0, y: 0}};
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
    out.push(el("h4", {}, ["Evidence weight " + fmt(w), bar(w, "claim")]));
    var ul = el("ul", {class: "weight-reasons"});
    (A.reasons[id] || []).forEach(function (r) { ul.appendChild(el("li", {text: r})); });
    out.push(ul);
    var flags = A.flags[id] || [];
    if (flags.length) {
      out.push(el("h4", {text: "What to check (" + flags.length + ")"}));
      var fl = el("ul", {class: "chain-flags"});
      flags.forEach(function (f) { fl.appendChild(el("li", {text: f})); });
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
                 el("strong", {text: q.summary || ""}), " ", bar(q.score, "contested")]),
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
      extra = [el("h4", {}, ["Evidence weight " + fmt(A.weights[id]), bar(A.weights[id], "study")]),
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
      debate.addEventListener("click", function (ev) { ev.stopPropagation(); openDebate(q.id); });
      var meter = bar(q.score, "contested");
      meter.title = "contestedness " + fmt(q.score) + " of 1";
      var head = el("span", {class: q.contested ? "flag" : "settled"},
                    [q.contested ? "⚑ contested" : "not contested", meter]);
      var li = el("li", {class: q.contested ? "contested" : "", tabindex: "0", "data-question": q.id},
                  [debate, head, q.text,
                   q.summary ? el("span", {class: "q-summary", text: q.summary}) : null]);
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
    var card = el("div", {class: "debate-claim", tabindex: "0", "data-claim": c.id});
    card.appendChild(el("div", {text: c.text}));
    card.appendChild(el("div", {class: "who"}, ["weight " + fmt(c.weight), bar(c.weight, "claim")]));
    var app = info.appearances && info.appearances.length ? info.appearances[0] : null;
    if (app) {
      card.appendChild(el("blockquote", {}, ["“" + app.quote + "”", badge(app.status)]));
      card.appendChild(el("div", {class: "who", text: "— " + (app.by_name ? app.by_name + ", " : "") + "in " + app.work_label}));
    } else if (info.based_on && info.based_on.length) {
      card.appendChild(el("div", {class: "who", text: "finding of " + info.based_on.map(function (b) { return b.label; }).join(", ")}));
    }
    // the dossier's note on the claim: what a draft says to check ("Source guessed: ...")
    if (info.note) card.appendChild(el("div", {class: "debate-note", text: info.note}));
    (A.flags[c.id] || []).slice(0, 3).forEach(function (f) {
      card.appendChild(el("div", {class: "debate-flag", text: "⚠ " + f}));
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
    overlay = el("div", {id: "debate", role: "dialog", "aria-modal": "true",
                         "aria-label": "Debate view: " + q.text});
    var panel = el("div", {class: "debate-panel"});
    var close = el("button", {type: "button", class: "debate-close", text: "Close ✕"});
    close.addEventListener("click", closeDebate);
    panel.appendChild(close);
    // A handout: the print stylesheet (page.css, @media print) keeps only this panel.
    var print = el("button", {type: "button", class: "debate-print", text: "Print handout"});
    print.addEventListener("click", function () { window.print(); });
    panel.appendChild(print);
    panel.appendChild(el("div", {class: "badge-kind", text: "debate view"}));
    panel.appendChild(el("h2", {text: q.text}));
    var qa = A.questions[qid] || {};
    panel.appendChild(el("p", {}, [
      q.contested ? el("span", {class: "badge contested", text: "contested"}) : "not contested",
      " ", el("strong", {text: qa.summary || q.summary || ""}), bar(qa.score || 0, "contested")]));
    panel.appendChild(howComputed(qa));

    // (p.loose: the claims that take no position, as Python marks them)
    var cols = q.positions.filter(function (p) { return !p.loose; });
    var loose = q.positions.filter(function (p) { return p.loose; });
    var board = el("div", {class: "debate-board"});  // one column per position (page.css)
    cols.forEach(function (p, i) {
      var col = el("section", {class: "debate-side", "data-position": p.position});
      col.appendChild(el("h3", {text: p.label}));
      // (p.superseded: figures their own source has since revised, shown but not weighed)
      col.appendChild(el("div", {class: "side-weight"}, p.superseded ?
        ["revised since by the same source: not weighed"] : [
        "weight " + fmt(p.weight) + (p.share !== null && p.share !== undefined ? " · " + pct(p.share) + " of the weight" : ""),
        bar(p.share === null || p.share === undefined ? p.weight : p.share, i === 1 ? "contested" : null)]));
      var who = p.people.map(function (x) { return x.name; }).join(", ");
      if (who) col.appendChild(el("div", {class: "side-who", text: "who: " + who}));
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
