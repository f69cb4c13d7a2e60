// Annals dashboard. Data from the API is only ever put into the page as text (textContent,
// createTextNode, setAttribute on SVG geometry), never as HTML, so a story that holds markup
// shows that markup as text.
"use strict";

const FILTERS = ["actor", "source", "target", "country", "code", "root", "quad", "mode", "from",
  "to", "q"];
const SVG = "http://www.w3.org/2000/svg";
let nextCursor = null;

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function status(text) {
  document.getElementById("status").textContent = text;
}

function filterParams() {
  const form = document.getElementById("filters");
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const v = form.elements[name].value.trim();
    if (v) params.set(name, v);
  }
  return params;
}

async function getJson(path, params) {
  const url = params && [...params].length ? path + "?" + params : path;
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function actorLabel(a) {
  return a.code;
}

function eventRow(e) {
  const tr = document.createElement("tr");
  tr.dataset.id = e.id;
  tr.append(el("td", e.date || "undated"), el("td", actorLabel(e.source)),
    el("td", e.code + " " + e.code_name), el("td", actorLabel(e.target)), el("td", e.mode),
    el("td", e.goldstein, "num"), el("td", e.mentions, "num"),
    el("td", e.evidence, "evidence"));
  tr.addEventListener("click", () => { location.hash = "#event/" + encodeURIComponent(e.id); });
  return tr;
}

async function loadEvents(append) {
  const params = filterParams();
  params.set("limit", "100");
  if (append && nextCursor) params.set("cursor", nextCursor);
  status("loading…");
  try {
    const page = await getJson("/api/events", params);
    const body = document.querySelector("#events tbody");
    if (!append) body.replaceChildren();
    for (const e of page.items) body.append(eventRow(e));
    nextCursor = page.next;
    document.getElementById("more").hidden = !nextCursor;
    status(body.rows.length + " events shown");
  } catch (err) {
    status("error: " + err.message);
  }
}

async function loadTimeline() {
  const params = filterParams();
  params.set("period", "month");
  params.set("by", "none");
  const svg = document.getElementById("timeline-svg");
  svg.replaceChildren();
  let data;
  try {
    data = await getJson("/api/aggregates", params);
  } catch (err) {
    return;
  }
  const buckets = data.buckets.filter(b => b.period).sort((a, b) => a.period < b.period ? -1 : 1);
  drawTimeline(svg, everyMonth(buckets));
}

// Adds an empty bucket for each month without events, so that the bars keep to the calendar.
function everyMonth(buckets) {
  if (!buckets.length) return buckets;
  const byMonth = new Map(buckets.map(b => [b.period.substring(0, 7), b]));
  let [y, m] = buckets[0].period.substring(0, 7).split("-").map(Number);
  const last = buckets[buckets.length - 1].period.substring(0, 7);
  const all = [];
  for (let i = 0; i < 1200; i++) {
    const key = y + "-" + String(m).padStart(2, "0");
    all.push(byMonth.get(key) || { period: key + "-01", events: 0, goldstein: 0 });
    if (key >= last) break;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return all;
}

function drawTimeline(svg, buckets) {
  const width = 900, height = 160, left = 36, bottom = 22, top = 8;
  if (!buckets.length) {
    svg.append(svgText(left, height / 2, "no dated events"));
    return;
  }
  const max = Math.max(...buckets.map(b => b.events));
  const step = (width - left - 4) / buckets.length;
  const plot = height - bottom - top;
  svg.append(svgText(2, top + 8, String(max)), svgText(2, height - bottom, "0"));
  buckets.forEach((b, i) => {
    const h = b.events ? Math.max(1, Math.round(plot * b.events / max)) : 0;
    const r = document.createElementNS(SVG, "rect");
    r.setAttribute("x", String(left + i * step + 1));
    r.setAttribute("y", String(height - bottom - h));
    r.setAttribute("width", String(Math.max(1, step - 2)));
    r.setAttribute("height", String(h));
    const tip = document.createElementNS(SVG, "title");
    tip.textContent = b.period.substring(0, 7) + ": " + b.events + " events, Goldstein "
      + b.goldstein.toFixed(1);
    r.append(tip);
    svg.append(r);
    const every = Math.ceil(buckets.length / 12);
    if (i % every === 0) {
      svg.append(svgText(left + i * step, height - 6, b.period.substring(0, 7)));
    }
  });
}

function svgText(x, y, text) {
  const t = document.createElementNS(SVG, "text");
  t.setAttribute("x", String(x));
  t.setAttribute("y", String(y));
  t.textContent = text;
  return t;
}

// Finds where the trigger and the actors' words stand in the sentence; overlapping spans lose.
function highlights(e) {
  const wanted = [[e.trigger, "trigger"], [e.source.text, "source"], [e.target.text, "target"]];
  const spans = [];
  const lower = e.evidence.toLowerCase();
  for (const [words, cls] of wanted) {
    if (!words) continue;
    let at = e.evidence.indexOf(words);
    if (at < 0) at = lower.indexOf(words.toLowerCase());
    if (at < 0) continue;
    const span = { begin: at, end: at + words.length, cls };
    if (!spans.some(s => s.begin < span.end && span.begin < s.end)) spans.push(span);
  }
  return spans.sort((a, b) => a.begin - b.begin);
}

function renderEvidence(target, e) {
  target.replaceChildren();
  let pos = 0;
  for (const s of highlights(e)) {
    target.append(document.createTextNode(e.evidence.substring(pos, s.begin)));
    const m = el("mark", e.evidence.substring(s.begin, s.end), s.cls);
    m.title = s.cls;
    target.append(m);
    pos = s.end;
  }
  target.append(document.createTextNode(e.evidence.substring(pos)));
}

function fact(dl, name, value) {
  if (value === null || value === undefined || value === "") return;
  dl.append(el("dt", name), el("dd", value));
}

async function showEvent(id) {
  document.getElementById("list-view").hidden = true;
  const view = document.getElementById("event-view");
  view.hidden = false;
  status("loading…");
  try {
    const e = await getJson("/api/events/" + encodeURIComponent(id));
    document.getElementById("event-title").textContent =
      e.source.code + " " + e.code + " (" + e.code_name + ") " + e.target.code;
    const dl = document.getElementById("event-facts");
    dl.replaceChildren();
    fact(dl, "Date", e.date || "undated");
    fact(dl, "Mode", e.mode);
    fact(dl, "Quad class", e.quad);
    fact(dl, "Goldstein", e.goldstein);
    fact(dl, "PLOVER", e.plover);
    fact(dl, "Source", e.source.code + " (" + e.source.text + ")");
    fact(dl, "Target", e.target.code + " (" + e.target.text + ")");
    fact(dl, "Trigger", e.trigger);
    fact(dl, "Pattern", e.pattern);
    fact(dl, "Place", e.place);
    fact(dl, "Attribution", e.attribution);
    fact(dl, "Mentions", e.mentions + " in " + e.articles + " articles");
    renderEvidence(document.getElementById("event-evidence"), e);
    const list = document.getElementById("event-mentions");
    list.replaceChildren();
    for (const m of e.mention_list) {
      const li = document.createElement("li");
      li.append(el("strong", m.article.title || m.article.id), el("span",
        " — " + (m.article.publisher || "") + " " + (m.article.published || "")));
      const q = el("blockquote");
      renderEvidence(q, m);
      li.append(q);
      list.append(li);
    }
    status("");
  } catch (err) {
    document.getElementById("event-title").textContent = "Event not found";
    status("error: " + err.message);
  }
}

function showList() {
  document.getElementById("event-view").hidden = true;
  document.getElementById("list-view").hidden = false;
}

function route() {
  const m = /^#event\/(.+)$/.exec(location.hash);
  if (m) {
    showEvent(decodeURIComponent(m[1]));
  } else {
    showList();
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("filters");
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    loadEvents(false);
    loadTimeline();
  });
  form.addEventListener("reset", () => setTimeout(() => { loadEvents(false); loadTimeline(); }));
  document.getElementById("more").addEventListener("click", () => loadEvents(true));
  window.addEventListener("hashchange", route);
  loadEvents(false);
  loadTimeline();
  route();
});
