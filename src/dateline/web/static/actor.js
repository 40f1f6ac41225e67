// Actor page: events per month stacked by quad class, and counts per PLOVER type.
"use strict";
(async function () {
  const box = document.getElementById("timeline-chart");
  const status = document.getElementById("timeline-status");
  if (!box) return;
  let data;
  try { data = await getJSON(box.dataset.api); } catch (err) { status.textContent = "Could not load the timeline: " + err.message; return; }
  const series = data.series || [];
  if (!series.length) { status.textContent = "No dated events to chart."; return; }

  // months from first to last, gaps included, so time reads left to right at an even pace
  const periods = [...new Set(series.map((s) => s.period || "undated"))].filter((p) => /^\d{4}-\d{2}$/.test(p)).sort();
  const months = [];
  if (periods.length) {
    let [y, m] = periods[0].split("-").map(Number);
    const [ly, lm] = periods[periods.length - 1].split("-").map(Number);
    while (y < ly || (y === ly && m <= lm)) { months.push(`${y}-${String(m).padStart(2, "0")}`); m++; if (m > 12) { m = 1; y++; } }
  }
  const byMonth = Object.fromEntries(months.map((p) => [p, { 1: 0, 2: 0, 3: 0, 4: 0 }]));
  const byType = {};
  for (const s of series) {
    if (byMonth[s.period] && s.quad) byMonth[s.period][s.quad] += s.count;
    byType[s.type] = byType[s.type] || { count: 0, quad: s.quad };
    byType[s.type].count += s.count;
  }

  const W = 640, H = 240, L = 34, B = 40, T = 10, R = 10;
  const max = Math.max(1, ...months.map((p) => [1, 2, 3, 4].reduce((a, q) => a + byMonth[p][q], 0)));
  const svg = svgEl("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, "aria-hidden": "true" });
  const bw = Math.min((W - L - R) / Math.max(months.length, 1), 56);
  const x0 = L + ((W - L - R) - bw * months.length) / 2;  // few months: narrow bars, centred
  const y = (v) => H - B - (v / max) * (H - B - T);
  svg.append(svgEl("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, stroke: "#aab3be" }));
  for (const tick of [0, Math.ceil(max / 2), max]) {
    svg.append(svgEl("text", { x: L - 6, y: y(tick) + 4, "text-anchor": "end" }, tick));
    svg.append(svgEl("line", { x1: L, x2: W - R, y1: y(tick), y2: y(tick), stroke: "#eef1f5" }));
  }
  const labelEvery = Math.ceil(months.length / 12);
  months.forEach((p, i) => {
    let base = 0;
    for (const q of [1, 2, 3, 4]) {
      const v = byMonth[p][q];
      if (!v) continue;
      const rect = svgEl("rect", { class: `bar q${q}`, x: x0 + i * bw + 1, width: Math.max(bw - 2, 1), y: y(base + v), height: y(base) - y(base + v) });
      rect.append(svgEl("title", {}, `${p}: ${v} ${QUAD_NAMES[q]}`));
      svg.append(rect);
      base += v;
    }
    if (i % labelEvery === 0) svg.append(svgEl("text", { x: x0 + i * bw + bw / 2, y: H - B + 14, "text-anchor": "middle" }, p));
  });
  box.append(svg);

  // PLOVER types, horizontal bars coloured by quad class
  const types = Object.entries(byType).sort((a, b) => b[1].count - a[1].count);
  const rowH = 20, tw = 320, th = types.length * rowH + 10, tl = 90;
  const tmax = Math.max(...types.map(([, v]) => v.count));
  const tsvg = svgEl("svg", { class: "chart", viewBox: `0 0 ${tw} ${th}`, "aria-hidden": "true" });
  types.forEach(([type, v], i) => {
    const w = ((tw - tl - 40) * v.count) / tmax;
    tsvg.append(svgEl("text", { x: tl - 6, y: i * rowH + 19, "text-anchor": "end" }, type));
    const rect = svgEl("rect", { class: `bar q${v.quad || 0}`, x: tl, y: i * rowH + 7, width: Math.max(w, 1), height: rowH - 6 });
    rect.append(svgEl("title", {}, `${type}: ${v.count}`));
    tsvg.append(rect);
    tsvg.append(svgEl("text", { x: tl + w + 4, y: i * rowH + 19 }, v.count));
  });
  document.getElementById("type-chart").append(tsvg);
  const total = types.reduce((a, [, v]) => a + v.count, 0);
  status.textContent = `${total} events over ${months.length} month${months.length === 1 ? "" : "s"}.`;
  box.setAttribute("aria-label", `Events per month by quad class: ${months.map((p) => p + " " + [1, 2, 3, 4].reduce((a, q) => a + byMonth[p][q], 0)).join(", ")}`);
})();
