// Network page: actors as nodes, events as directed edges (width ~ count, colour ~ cooperation vs conflict).
// A small deterministic force layout in plain JS; nodes are links, so Tab walks them and Enter opens one.
"use strict";
(async function () {
  const box = document.getElementById("network");
  const status = document.getElementById("network-status");
  let data;
  try { data = await getJSON(box.dataset.api); } catch (err) { status.textContent = "Could not load the network: " + err.message; return; }
  const { nodes, edges } = data;
  if (!nodes.length) { status.textContent = "No events with both a source and a target match these filters."; return; }
  status.textContent = `${nodes.length} of ${data.total_nodes} actors, ${edges.length} of ${data.total_edges} links (most connected shown).`;

  const W = 960, H = 620;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const pos = nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length, r = 0.38 * Math.min(W, H);
    return { x: W / 2 + r * Math.cos(a), y: H / 2 + r * Math.sin(a) };
  });
  const links = edges.map((e) => ({ s: index.get(e.source), t: index.get(e.target), w: e.weight, e }));
  // Fruchterman-Reingold with a cooling step; a fixed start makes the picture the same on every load
  const k = Math.sqrt((W * H) / nodes.length) * 0.6;
  for (let iter = 0, temp = W / 10; iter < 300; iter++, temp *= 0.985) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < pos.length; i++) for (let j = i + 1; j < pos.length; j++) {
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, d = Math.max(Math.hypot(dx, dy), 0.01);
      if (d > 2.5 * k) continue;  // no long-range repulsion: separate groups stay near each other
      const f = (k * k) / d;
      disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f; disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
    }
    for (const l of links) {
      const dx = pos[l.s].x - pos[l.t].x, dy = pos[l.s].y - pos[l.t].y, d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (d * d) / k;
      disp[l.s].x -= (dx / d) * f; disp[l.s].y -= (dy / d) * f; disp[l.t].x += (dx / d) * f; disp[l.t].y += (dy / d) * f;
    }
    pos.forEach((p, i) => {
      // gravity keeps disconnected groups near the middle; the picture is fitted to the box afterwards
      disp[i].x += (W / 2 - p.x) * 0.05 * k / 50; disp[i].y += (H / 2 - p.y) * 0.05 * k / 50;
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01), step = Math.min(d, temp);
      p.x += (disp[i].x / d) * step;
      p.y += (disp[i].y / d) * step;
    });
  }

  // stretch the layout to fill the drawing, keeping room for labels
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (const p of pos) {
    p.x = 80 + ((p.x - x0) / Math.max(x1 - x0, 1)) * (W - 160);
    p.y = 40 + ((p.y - y0) / Math.max(y1 - y0, 1)) * (H - 70);
  }

  const svg = svgEl("svg", { class: "chart net", viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": "Actor network" });
  const defs = svgEl("defs");
  for (const kind of ["coop", "conf", "mixed"]) {
    const m = svgEl("marker", { id: "arrow-" + kind, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse", markerUnits: "userSpaceOnUse" });
    m.append(svgEl("path", { d: "M0,0 L10,5 L0,10 z", class: "edge " + kind, fill: kind === "coop" ? "#1f6f3f" : kind === "conf" ? "#c0392b" : "#8a8f99" }));
    defs.append(m);
  }
  svg.append(defs);
  const radius = (n) => 5 + 3 * Math.sqrt(n.events);
  const maxW = Math.max(...links.map((l) => l.w));
  for (const l of links) {
    const a = pos[l.s], b = pos[l.t];
    const d = Math.max(Math.hypot(b.x - a.x, b.y - a.y), 1), rb = radius(nodes[l.t]) + 2;
    const kind = l.e.cooperation > 2 * l.e.conflict ? "coop" : l.e.conflict > 2 * l.e.cooperation ? "conf" : "mixed";
    // offset each direction a little so that A->B and B->A do not overlap
    const ox = (-(b.y - a.y) / d) * 3, oy = ((b.x - a.x) / d) * 3;
    const line = svgEl("line", { class: "edge " + kind, x1: a.x + ox, y1: a.y + oy, x2: b.x - ((b.x - a.x) / d) * rb + ox, y2: b.y - ((b.y - a.y) / d) * rb + oy,
      "stroke-width": 1 + (5 * Math.log1p(l.w)) / Math.log1p(maxW), "marker-end": `url(#arrow-${kind})` });
    line.append(svgEl("title", {}, `${l.e.source} → ${l.e.target}: ${l.w} event(s), ${l.e.cooperation} cooperative, ${l.e.conflict} conflictual`));
    svg.append(line);
  }
  nodes.forEach((n, i) => {
    const a = svgEl("a", { href: actorHref(n.name), "aria-label": `${n.name}, ${n.events} events` });
    a.append(svgEl("circle", { class: "node", cx: pos[i].x, cy: pos[i].y, r: radius(n) }));
    a.append(svgEl("text", { x: pos[i].x, y: pos[i].y - radius(n) - 3, "text-anchor": "middle" }, n.name));
    svg.append(a);
  });
  box.append(svg);

  const tbody = document.querySelector("#edges-table tbody");
  for (const e of edges.slice(0, 30)) {
    const types = Object.entries(e.types).sort((a, b) => b[1] - a[1]).map(([t, c]) => `${t} ${c}`).join(", ");
    tbody.append(el("tr", {}, el("td", {}, el("a", { href: actorHref(e.source) }, e.source)),
      el("td", {}, el("a", { href: actorHref(e.target) }, e.target)), el("td", { class: "num" }, e.weight),
      el("td", { class: "num" }, e.cooperation), el("td", { class: "num" }, e.conflict), el("td", {}, types)));
  }
})();
