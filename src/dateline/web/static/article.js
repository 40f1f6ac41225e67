// Article page: details of a highlighted item on hover or keyboard focus, the event's evidence sentence
// shaded (CSS Custom Highlight API), per-kind highlight toggles, and links from the lists to the text.
"use strict";
(function () {
  const text = document.getElementById("article-text");
  const details = JSON.parse(document.getElementById("record-details").textContent);
  const body = document.getElementById("details-body");
  const tip = document.getElementById("tooltip");
  let active = [];

  // [start, end) in code points (Python offsets) -> a DOM Range over the article's text nodes
  function rangeFor(start, end) {
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let pos = 0, node, setStart = false;
    while ((node = walker.nextNode())) {
      const chars = Array.from(node.data);
      const next = pos + chars.length;
      const unit = (k) => chars.slice(0, k).join("").length;  // code points -> UTF-16 units
      if (!setStart && start < next) { range.setStart(node, unit(start - pos)); setStart = true; }
      if (setStart && end <= next) { range.setEnd(node, unit(end - pos)); return range; }
      pos = next;
    }
    return null;
  }

  function describe(ref) {
    const d = details[ref];
    if (!d) return null;
    const dl = el("dl");
    for (const [k, v] of Object.entries(d.fields)) if (v !== null && v !== undefined && v !== "") dl.append(el("dt", {}, k), el("dd", {}, v));
    const title = el("strong", {}, d.title);
    const parts = [el("div", {}, el("span", { class: "tag" }, d.kind), " ", d.link ? el("a", { href: d.link }, title) : title), dl];
    return parts;
  }

  function show(mark) {
    const ref = mark.dataset.ref;
    const parts = describe(ref);
    if (!parts) return;
    active.forEach((m) => m.classList.remove("active"));
    active = [...text.querySelectorAll(`mark[data-ref="${CSS.escape(ref)}"]`)];
    active.forEach((m) => m.classList.add("active"));
    body.replaceChildren(...parts, el("p", { class: "meta" }, `“${mark.textContent}” at ${mark.dataset.span.replace("-", "–")}`));
    tip.replaceChildren(...describe(ref));
    const box = mark.getBoundingClientRect();
    tip.hidden = false;
    tip.style.left = `${Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 10)}px`;
    tip.style.top = `${window.scrollY + box.bottom + 6}px`;
    const d = details[ref];
    if (window.CSS && CSS.highlights) {
      CSS.highlights.delete("evidence");
      if (d.kind === "event" && d.evidence && d.evidence.length === 2) {
        const range = rangeFor(d.evidence[0], d.evidence[1]);
        if (range) CSS.highlights.set("evidence", new Highlight(range));
      }
    }
  }
  function hide() { tip.hidden = true; }

  text.addEventListener("mouseover", (e) => { const m = e.target.closest("mark.hl"); if (m) show(m); });
  text.addEventListener("mouseout", (e) => { if (e.target.closest("mark.hl")) hide(); });
  text.addEventListener("focusin", (e) => { const m = e.target.closest("mark.hl"); if (m) show(m); });
  text.addEventListener("focusout", hide);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(); });

  for (const box of document.querySelectorAll("input[data-toggle]")) {
    box.addEventListener("change", () => document.body.classList.toggle("hide-" + box.dataset.toggle, !box.checked));
  }
  function focusRef(ref) {
    const mark = text.querySelector(`mark[data-ref="${CSS.escape(ref)}"][tabindex]`);
    if (mark) { mark.focus(); mark.scrollIntoView({ block: "center" }); }
  }
  for (const link of document.querySelectorAll("a[data-focus]")) {
    link.addEventListener("click", (e) => { e.preventDefault(); focusRef(link.dataset.focus); });
  }
  // /articles/ID#e-... (links from the lists) lands on that event's or quote's words
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) for (const kind of ["event", "quote"]) if (details[`${kind} ${id}`]) { focusRef(`${kind} ${id}`); break; }
})();
