// Map page: the shipped Natural Earth outline (equirectangular) with a circle per geocoded place.
"use strict";
(async function () {
  const box = document.getElementById("map");
  const status = document.getElementById("map-status");
  let world, places;
  try {
    [world, places] = await Promise.all([getJSON(box.dataset.world), getJSON(box.dataset.api)]);
  } catch (err) { status.textContent = "Could not load the map: " + err.message; return; }

  const W = 1000, H = 500;  // lon -180..180, lat 90..-90 (lat below -60 cropped: Antarctica)
  const X = (lon) => ((lon + 180) / 360) * W, Y = (lat) => ((90 - lat) / 150) * H;
  const svg = svgEl("svg", { class: "chart map", viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": "World map of event places" });
  svg.append(svgEl("rect", { class: "ocean", x: 0, y: 0, width: W, height: H }));
  for (const c of world.countries) {
    let d = "";
    for (const ring of c.rings) {
      for (let i = 0; i < ring.length; i += 2) d += (i ? "L" : "M") + X(ring[i]).toFixed(1) + "," + Y(ring[i + 1]).toFixed(1);
      d += "Z";
    }
    const path = svgEl("path", { class: "land", d });
    path.append(svgEl("title", {}, c.name));
    svg.append(path);
  }
  const items = places.items;
  const weight = (p) => p.events || p.mentions;
  const max = Math.max(1, ...items.map(weight));
  // big circles first so that small ones stay on top and can be hovered
  for (const p of [...items].sort((a, b) => weight(b) - weight(a))) {
    const r = 3 + 14 * Math.sqrt(weight(p) / max);
    const href = p.events ? `/events?place=${encodeURIComponent(p.name)}` : `/articles/${encodeURIComponent(p.article)}`;
    const a = svgEl("a", { href, "aria-label": `${p.name}: ${p.events} events, ${p.mentions} mentions` });
    const circle = svgEl("circle", { class: "spot", cx: X(p.lon).toFixed(1), cy: Y(p.lat).toFixed(1), r: r.toFixed(1) });
    circle.append(svgEl("title", {}, `${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.events} events, ${p.mentions} mentions in ${p.articles} article(s)`));
    a.append(circle);
    svg.append(a);
  }
  box.append(svg);
  status.textContent = `${items.length} of ${places.total} places with coordinates.`;

  const tbody = document.querySelector("#places-table tbody");
  for (const p of items.slice(0, 100)) {
    tbody.append(el("tr", {}, el("td", {}, el("a", { href: `/articles/${encodeURIComponent(p.article)}` }, p.name)), el("td", {}, p.country || "—"),
      el("td", { class: "num" }, p.events), el("td", { class: "num" }, p.mentions), el("td", { class: "num" }, p.articles),
      el("td", {}, `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`)));
  }
})();
