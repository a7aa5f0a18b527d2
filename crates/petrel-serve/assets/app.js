// stormpetrel monitor — the front end of `petrel serve`.
// Plain ES2020, no framework. Every piece of API data reaches the page through
// textContent or attributes, never through innerHTML (the store holds news text).
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';
// Quad classes, in stacking order from the bottom of a bar (Okabe–Ito colours).
const QUADS = [
  { key: 'material_conflict', label: 'Material conflict', color: '#D55E00' },
  { key: 'verbal_conflict', label: 'Verbal conflict', color: '#E69F00' },
  { key: 'material_coop', label: 'Material cooperation', color: '#009E73' },
  { key: 'verbal_coop', label: 'Verbal cooperation', color: '#56B4E9' },
];
const QUAD_NAMES = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const BY_VALUES = ['day', 'week', 'month'];
const MEASURES = ['auto', 'share', 'count'];
const REFRESH_MS = 60000;
const CLUSTER_PAGE = 50;
const DYAD_PAGE = 40;

// The view: everything here is mirrored in the page URL.
const state = { dyads: [], by: 'week', from: '', to: '', measure: 'auto', period: null };
// Data last received, kept to redraw without fetching again.
const cache = { series: new Map(), seriesKey: '', dyadItems: [], health: null, width: 0 };
// Request generations: a response older than the latest request of its kind is dropped.
const gen = { dyads: 0, charts: 0, clusters: 0, alerts: 0, places: 0 };
let clusterOffset = 0;

const $ = (id) => document.getElementById(id);

/* ---------------------------------------------------------------- DOM helpers */

// An HTML element with a class (or props object) and children (strings become text nodes).
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  if (typeof props === 'string') node.className = props;
  else if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

// An SVG element with attributes and optional text content.
function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

// Shows a status line: kind is '', 'loading' or 'error'.
function setStatus(id, kind, text) {
  const node = $(id);
  node.textContent = text || '';
  node.className = 'status' + (kind ? ' ' + kind : '');
}

// Formats a number with at most `digits` decimals; '—' for null.
function fmt(n, digits = 0) {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return Number(n).toLocaleString('en-US', { maximumFractionDigits: digits });
}

/* ---------------------------------------------------------------- API */

// GETs a JSON API path; throws an Error carrying the API's {"error"} message.
async function api(path, params) {
  const qs = params && params.toString();
  let res;
  try {
    res = await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error(`cannot reach the server (${e.message})`);
  }
  let body = null;
  try { body = await res.json(); } catch (_) { body = null; }
  if (!res.ok) throw new Error((body && body.error) || `HTTP ${res.status} from ${path}`);
  if (body === null) throw new Error(`invalid JSON from ${path}`);
  return body;
}

// The common filters of the current view: dyads and date range.
function filterParams(dyads = state.dyads) {
  const p = new URLSearchParams();
  for (const d of dyads) p.append('dyad', d);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  return p;
}

/* ---------------------------------------------------------------- URL state */

const isDate = (s) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);
const isDyad = (s) => typeof s === 'string' && /^[A-Z0-9]{2,12}-[A-Z0-9]{2,12}$/.test(s);

// Reads the view from the page URL (unknown or malformed values are ignored).
function readUrlState() {
  const p = new URLSearchParams(location.search);
  state.dyads = [...new Set(p.getAll('dyad').map((d) => d.trim().toUpperCase()).filter(isDyad))];
  state.by = BY_VALUES.includes(p.get('by')) ? p.get('by') : 'week';
  state.measure = MEASURES.includes(p.get('measure')) ? p.get('measure') : 'auto';
  state.from = isDate(p.get('from')) ? p.get('from') : '';
  state.to = isDate(p.get('to')) ? p.get('to') : '';
  const [dyad, start, end] = (p.get('period') || '').split('_');
  state.period = isDyad(dyad) && isDate(start) && isDate(end) && state.dyads.includes(dyad)
    ? { dyad, start, end } : null;
}

// Writes the view into the page URL, so that it can be shared or reloaded.
function writeUrlState() {
  const p = new URLSearchParams();
  for (const d of state.dyads) p.append('dyad', d);
  if (state.by !== 'week') p.set('by', state.by);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.measure !== 'auto') p.set('measure', state.measure);
  if (state.period) p.set('period', `${state.period.dyad}_${state.period.start}_${state.period.end}`);
  const qs = p.toString();
  history.replaceState(null, '', qs ? `${location.pathname}?${qs}` : location.pathname);
}

// Puts the state into the form controls.
function syncControls() {
  $('by').value = state.by;
  $('measure').value = state.measure;
  $('from').value = state.from;
  $('to').value = state.to;
}

/* ---------------------------------------------------------------- health */

// Loads store statistics into the header; shows the empty-store banner.
async function loadHealth() {
  try {
    const h = await api('/api/health');
    cache.health = h;
    $('error').hidden = true;
    const range = h.first_day ? `${h.first_day} – ${h.last_day}` : 'no dates';
    $('stats').replaceChildren(
      statItem(fmt(h.documents), 'documents'), statItem(fmt(h.events), 'events'),
      statItem(range, ''), el('span', 'stat-version', `v${h.version}`));
    $('empty').hidden = h.events > 0;
    for (const id of ['from', 'to']) {
      $(id).min = h.first_day || '';
      $(id).max = h.last_day || '';
    }
  } catch (e) {
    showError(`Store unavailable: ${e.message}`);
    $('stats').textContent = 'store unavailable';
  }
}

// One "value label" item of the header statistics.
function statItem(value, label) {
  return el('span', 'stat', el('b', null, value), label ? ` ${label}` : '');
}

// Shows a page-wide error banner.
function showError(message) {
  $('error').textContent = message;
  $('error').hidden = false;
}

/* ---------------------------------------------------------------- dyad picker */

// Fetches the most active dyads matching the search box.
async function loadDyads() {
  const token = ++gen.dyads;
  const q = $('dyad-search').value.trim();
  setStatus('dyad-status', 'loading', 'Loading dyads…');
  try {
    const data = await api('/api/dyads', new URLSearchParams({ q, limit: String(DYAD_PAGE) }));
    if (token !== gen.dyads) return;
    cache.dyadItems = data.items;
    renderDyadList();
    const shown = data.items.length;
    setStatus('dyad-status', '', shown === 0
      ? (q ? `No dyad matches “${q}”.` : 'No dyads in the store yet.')
      : `${shown} of ${fmt(data.total)} dyads${q ? ` matching “${q}”` : ''}, most active first`);
  } catch (e) {
    if (token === gen.dyads) setStatus('dyad-status', 'error', e.message);
  }
}

// Draws the dyad list from the last response, with selection checkboxes.
function renderDyadList() {
  const max = Math.max(1, ...cache.dyadItems.map((d) => d.events));
  $('dyad-list').replaceChildren(...cache.dyadItems.map((d) => dyadItem(d, max)));
}

// One clickable dyad row: checkbox, name, events (with a small bar) and material conflict.
function dyadItem(d, max) {
  const box = el('input', { type: 'checkbox', 'aria-label': `show ${d.dyad}` });
  box.checked = state.dyads.includes(d.dyad);
  box.addEventListener('change', () => (box.checked ? addDyad(d.dyad) : removeDyad(d.dyad)));
  const bar = el('span', 'mini-bar');
  bar.style.width = `${Math.max(2, (d.events / max) * 100)}%`;
  const label = el('label', 'dyad-row', box,
    el('span', 'dyad-name', d.dyad),
    el('span', 'dyad-events', el('span', 'mini-track', bar), el('span', 'num', fmt(d.events))),
    el('span', 'num dyad-mc', fmt(d.material_conflict)));
  label.title = `${d.dyad}: ${d.events} events, ${d.material_conflict} material conflict, Goldstein mean ${fmt(d.goldstein_mean, 2)}`;
  return el('li', { class: 'dyad-item' + (box.checked ? ' selected' : ''), 'data-dyad': d.dyad }, label);
}

// Draws the selected dyads as removable chips.
function renderChips() {
  const chips = state.dyads.map((d) => {
    const remove = el('button', { type: 'button', class: 'chip-x', 'aria-label': `remove ${d}`, title: `remove ${d}` }, '×');
    remove.addEventListener('click', () => removeDyad(d));
    return el('span', { class: 'chip', 'data-dyad': d }, el('span', null, d), remove);
  });
  if (!chips.length) chips.push(el('span', 'chips-empty', 'No dyad selected'));
  $('chips').replaceChildren(...chips);
}

// Adds a dyad to the view and reloads what depends on it.
function addDyad(dyad) {
  if (state.dyads.includes(dyad)) return;
  state.dyads.push(dyad);
  selectionChanged();
}

// Removes a dyad from the view (and its selected period).
function removeDyad(dyad) {
  state.dyads = state.dyads.filter((d) => d !== dyad);
  if (state.period && state.period.dyad === dyad) setPeriod(null);
  selectionChanged();
}

// After the dyad selection changes: URL, chips, list, charts, places.
function selectionChanged() {
  writeUrlState();
  renderChips();
  renderDyadList();
  loadCharts();
  loadPlaces();
}

/* ---------------------------------------------------------------- charts */

// Fetches the series of every selected dyad and draws one chart each.
async function loadCharts() {
  const token = ++gen.charts;
  if (!state.dyads.length) {
    cache.series = new Map();
    cache.seriesKey = '';
    setStatus('charts-status', '', '');
    $('charts').replaceChildren(el('div', 'placeholder',
      el('p', 'placeholder-title', 'Pick a dyad to see its events over time'),
      el('p', null, 'Choose one or more dyads on the left, or click a row of the alerts table.')));
    return;
  }
  setStatus('charts-status', 'loading', 'Loading series…');
  const results = await Promise.all(state.dyads.map((d) => {
    const p = filterParams([d]);
    p.set('by', state.by);
    p.set('measure', state.measure);
    return api('/api/series', p).then((data) => [d, { data }], (error) => [d, { error }]);
  }));
  if (token !== gen.charts) return;
  setStatus('charts-status', '', '');
  // Unchanged data (the periodic refresh, mostly) is not drawn again: hover tooltips stay.
  const key = JSON.stringify([state.by, results.map(([d, r]) => [d, r.data || String(r.error)])]);
  if (key === cache.seriesKey && $('charts').querySelector('.chart-card')) return;
  cache.seriesKey = key;
  cache.series = new Map(results);
  renderCharts();
}

// Draws all charts from the cache, sized to the container.
function renderCharts() {
  if (!state.dyads.length) return;
  cache.width = $('charts').clientWidth;
  const width = Math.max(480, cache.width - 2);
  $('charts').replaceChildren(...state.dyads.filter((d) => cache.series.has(d)).map((d) => {
    const entry = cache.series.get(d);
    if (entry.error) return el('div', 'chart-card chart-error', el('b', null, d), `: ${entry.error.message}`);
    return el('div', 'chart-card', chartSvg(d, entry.data, width));
  }));
  markSelectedPeriod();
}

// Whether a period row is shaded as an alert (months: overlap; days and weeks: start inside).
function inAlert(row, alerts) {
  return alerts.some((a) => (state.by === 'month'
    ? row.start <= a.end && row.end >= a.start
    : row.start >= a.start && row.start <= a.end));
}

// Round tick values from 0 to at least `max` (about five of them).
function niceTicks(max) {
  const raw = max / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw));
  const ticks = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}

// Short axis label of a period start: "Apr 22" (days, weeks) or "Apr" (months).
function periodLabel(start) {
  const [, m, d] = start.split('-');
  return state.by === 'month' ? MONTHS[+m - 1] : `${MONTHS[+m - 1]} ${+d}`;
}

// Sum of a row's four quad-class counts.
const rowTotal = (r) => QUADS.reduce((s, q) => s + (r[q.key] || 0), 0);

// The SVG chart of one dyad's series: stacked quad bars, Goldstein line, alert bands.
function chartSvg(dyad, data, W) {
  const rows = data.rows || [];
  const alerts = data.alerts || [];
  const leg = legend(52, 44, W - 52);
  const m = { top: 46 + 18 * leg.lines, right: 52, bottom: 46, left: 52 };
  const H = 238 + m.top;
  const pw = W - m.left - m.right;
  const ph = H - m.top - m.bottom;
  const band = pw / Math.max(1, rows.length);
  const barW = band >= 4 ? band * 0.76 : band;
  const ticks = niceTicks(Math.max(1, ...rows.map(rowTotal)));
  const yMax = ticks[ticks.length - 1];
  const y = (v) => m.top + ph - (v / yMax) * ph;
  const g = (v) => m.top + ph / 2 - (v / 10) * (ph / 2);
  const x = (i) => m.left + i * band;

  const total = rows.reduce((s, r) => s + r.events, 0);
  const svg = svgEl('svg', {
    class: 'chart', 'data-dyad': dyad, viewBox: `0 0 ${W} ${H}`, width: W, height: H,
    role: 'group', 'aria-label': `${dyad} events per ${state.by}`,
  });
  const [src, tgt] = dyad.split('-');
  const title = svgEl('text', { x: m.left, y: 22, class: 'chart-title' });
  title.append(svgEl('tspan', {}, `${src} → ${tgt}`),
    svgEl('tspan', { class: 'chart-sub', dx: 12 },
      `${dyad} · per ${state.by} · ${fmt(total)} events · ${alerts.length} alert${alerts.length === 1 ? '' : 's'} (${data.measure})`));
  svg.append(title, leg.group);

  drawAxes(svg, { W, m, ph, ticks, y, g });
  drawAlertBands(svg, rows.map((r) => inAlert(r, alerts)), { x, band, m, ph });
  rows.forEach((r, i) => svg.append(periodGroup(r, i, { x, y, band, barW, m, ph, alerts })));
  drawGoldstein(svg, rows, { x, g, band });
  drawXLabels(svg, rows, { x, band, m, ph });
  if (!rows.length) {
    svg.append(svgEl('text', { x: m.left + pw / 2, y: m.top + ph / 2 - 16, class: 'chart-empty' }, 'No periods in this range'));
  }
  return svg;
}

// The legend: the four quad classes, the Goldstein line and the alert band, wrapped to
// lines that fit before maxX. Returns the group and the number of lines.
function legend(x0, y0, maxX) {
  const group = svgEl('g', { class: 'legend' });
  let x = x0;
  let y = y0;
  let lines = 1;
  const item = (makeSwatch, label) => {
    const w = 16 + label.length * 6.4;
    if (x > x0 && x + w > maxX) { x = x0; y += 18; lines++; }
    group.append(makeSwatch(x, y), svgEl('text', { x: x + 16, y: y + 4 }, label));
    x += w + 18;
  };
  for (const q of QUADS) item((sx, sy) => svgEl('rect', { x: sx, y: sy - 5, width: 11, height: 11, rx: 2, fill: q.color }), q.label);
  item((sx, sy) => {
    const line = svgEl('g', {});
    line.append(svgEl('line', { x1: sx, x2: sx + 12, y1: sy, y2: sy, class: 'gold-line' }),
      svgEl('circle', { cx: sx + 6, cy: sy, r: 2.6, class: 'gold-dot' }));
    return line;
  }, 'Goldstein mean (right axis)');
  item((sx, sy) => svgEl('rect', { x: sx, y: sy - 5, width: 11, height: 11, class: 'alert-band' }), 'Alert period');
  return { group, lines };
}

// Grid lines, count axis (left) and Goldstein axis (right, −10..10).
function drawAxes(svg, { W, m, ph, ticks, y, g }) {
  const axes = svgEl('g', { class: 'axes' });
  for (const t of ticks) {
    axes.append(svgEl('line', { x1: m.left, x2: W - m.right, y1: y(t), y2: y(t), class: t === 0 ? 'baseline' : 'grid' }),
      svgEl('text', { x: m.left - 8, y: y(t) + 4, class: 'tick tick-left' }, fmt(t)));
  }
  for (const v of [-10, -5, 0, 5, 10]) {
    axes.append(svgEl('text', { x: W - m.right + 8, y: g(v) + 4, class: 'tick tick-right' }, v > 0 ? `+${v}` : String(v)));
  }
  axes.append(svgEl('line', { x1: m.left, x2: W - m.right, y1: g(0), y2: g(0), class: 'gold-zero' }));
  axes.append(svgEl('text', { x: 14, y: m.top + ph / 2, class: 'axis-title', transform: `rotate(-90 14 ${m.top + ph / 2})` }, 'events'));
  axes.append(svgEl('text', { x: W - 10, y: m.top + ph / 2, class: 'axis-title', transform: `rotate(90 ${W - 10} ${m.top + ph / 2})` }, 'Goldstein'));
  svg.append(axes);
}

// Translucent red bands behind the bars, one per run of alerting periods.
function drawAlertBands(svg, flags, { x, band, m, ph }) {
  const group = svgEl('g', { class: 'alerts' });
  for (let i = 0; i < flags.length; i++) {
    if (!flags[i]) continue;
    let j = i;
    while (j + 1 < flags.length && flags[j + 1]) j++;
    const w = (j - i + 1) * band;
    group.append(svgEl('rect', { x: x(i), y: m.top, width: w, height: ph, class: 'alert-band' }),
      svgEl('rect', { x: x(i), y: m.top - 4, width: w, height: 4, class: 'alert-cap' }));
    i = j;
  }
  svg.append(group);
}

// One clickable period: transparent full-height hit area, stacked bars and a tooltip.
function periodGroup(r, i, { x, y, band, barW, m, ph, alerts }) {
  const group = svgEl('g', { class: 'period', 'data-start': r.start, 'data-end': r.end, tabindex: 0, role: 'button' });
  group.append(svgEl('rect', { x: x(i), y: m.top, width: band, height: ph, class: 'hit' }));
  let acc = 0;
  for (const q of QUADS) {
    const v = r[q.key] || 0;
    if (!v) continue;
    group.append(svgEl('rect', {
      x: x(i) + (band - barW) / 2, y: y(acc + v), width: barW, height: Math.max(0.5, y(acc) - y(acc + v)), fill: q.color,
    }));
    acc += v;
  }
  group.append(svgEl('title', {}, periodTooltip(r, alerts)));
  const open = () => selectPeriod(r.dyad || group.closest('svg').dataset.dyad, r.start, r.end);
  group.addEventListener('click', open);
  group.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
  return group;
}

// The tooltip text of a period.
function periodTooltip(r, alerts) {
  const lines = [
    r.start === r.end ? r.start : `${r.start} – ${r.end}`,
    `${r.events} events (${((r.share || 0) * 100).toFixed(1)}% of all ${r.total_events} events)`,
    ...QUADS.map((q) => `  ${q.label}: ${r[q.key]}`),
    `Goldstein mean: ${fmt(r.goldstein_mean, 2)}`,
  ];
  for (const a of alerts) {
    if (r.start <= a.end && r.end >= a.start) {
      lines.push(`ALERT ${a.signal.replace('_', ' ')}: ${fmt(a.observed)} observed, ${fmt(a.expected, 2)} expected, score ${fmt(a.score, 2)}`);
    }
  }
  lines.push('Click for the events');
  return lines.join('\n');
}

// The Goldstein-mean line (segments between neighbouring periods) and dots.
function drawGoldstein(svg, rows, { x, g, band }) {
  const group = svgEl('g', { class: 'goldstein' });
  let d = '';
  rows.forEach((r, i) => {
    if (r.goldstein_mean === null || r.goldstein_mean === undefined) return;
    const px = (x(i) + band / 2).toFixed(1);
    const py = g(r.goldstein_mean).toFixed(1);
    const prev = rows[i - 1];
    d += (i > 0 && prev.goldstein_mean !== null && prev.goldstein_mean !== undefined ? 'L' : 'M') + `${px},${py}`;
  });
  if (d) group.append(svgEl('path', { d, class: 'gold-line' }));
  const r0 = Math.min(3, Math.max(1.5, band / 4));
  rows.forEach((r, i) => {
    if (r.goldstein_mean === null || r.goldstein_mean === undefined) return;
    group.append(svgEl('circle', { cx: x(i) + band / 2, cy: g(r.goldstein_mean), r: r0, class: 'gold-dot' }));
  });
  svg.append(group);
}

// Date labels under the bars, thinned so they don't overlap; the year under the first
// label and wherever it changes.
function drawXLabels(svg, rows, { x, band, m, ph }) {
  const group = svgEl('g', { class: 'xlabels' });
  const step = Math.max(1, Math.ceil((state.by === 'month' ? 40 : 52) / band));
  let lastYear = '';
  for (let i = 0; i < rows.length; i += step) {
    const cx = x(i) + band / 2;
    const year = rows[i].start.slice(0, 4);
    group.append(svgEl('line', { x1: cx, x2: cx, y1: m.top + ph, y2: m.top + ph + 4, class: 'xtick' }),
      svgEl('text', { x: cx, y: m.top + ph + 17, class: 'tick tick-x' }, periodLabel(rows[i].start)));
    if (year !== lastYear) {
      group.append(svgEl('text', { x: cx, y: m.top + ph + 32, class: 'tick tick-year' }, year));
      lastYear = year;
    }
  }
  svg.append(group);
}

// Highlights the selected period in its chart (and clears the others).
function markSelectedPeriod() {
  for (const node of document.querySelectorAll('svg.chart .period.selected')) node.classList.remove('selected');
  const p = state.period;
  if (!p) return;
  for (const svg of document.querySelectorAll('svg.chart')) {
    if (svg.dataset.dyad !== p.dyad) continue;
    for (const node of svg.querySelectorAll('.period')) {
      if (node.dataset.start <= p.end && node.dataset.end >= p.start) node.classList.add('selected');
    }
  }
}

/* ---------------------------------------------------------------- clusters */

// Selects a period of a dyad and opens its event clusters.
function selectPeriod(dyad, start, end) {
  setPeriod({ dyad, start, end });
  writeUrlState();
  loadClusters(false, true);
}

// Sets (or clears, with null) the selected period and updates the chart marks.
function setPeriod(period) {
  state.period = period;
  markSelectedPeriod();
  if (!period) {
    gen.clusters++;
    $('clusters').hidden = true;
  }
}

// Loads the clusters of the selected period: a first page, or the next one (append);
// scroll: bring the panel into view (after a click, not on page load).
async function loadClusters(append, scroll = false) {
  const p = state.period;
  if (!p) return;
  const token = ++gen.clusters;
  const panel = $('clusters');
  panel.hidden = false;
  if (!append) {
    clusterOffset = 0;
    $('clusters-title').textContent = `${p.dyad} · ${p.start === p.end ? p.start : `${p.start} – ${p.end}`}`;
    $('cluster-list').replaceChildren();
  }
  $('clusters-more').hidden = true;
  setStatus('clusters-status', 'loading', 'Loading events…');
  const params = new URLSearchParams({ dyad: p.dyad, from: p.start, to: p.end, limit: String(CLUSTER_PAGE), offset: String(clusterOffset) });
  try {
    const data = await api('/api/clusters', params);
    if (token !== gen.clusters) return;
    $('cluster-list').append(...data.items.map(clusterCard));
    clusterOffset += data.items.length;
    $('clusters-more').hidden = !data.has_more;
    const n = $('cluster-list').childElementCount;
    setStatus('clusters-status', '', n ? `${n} event cluster${n === 1 ? '' : 's'}${data.has_more ? ' so far' : ''}, most reported first`
      : 'No events in this period.');
  } catch (e) {
    if (token === gen.clusters) setStatus('clusters-status', 'error', e.message);
  }
  if (scroll) panel.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
}

// An actor as "text (CODE)", or a dash when absent.
function actorNode(actor) {
  if (!actor) return el('span', 'actor none', '—');
  return el('span', 'actor', actor.text || '', ' ', el('code', null, actor.code || '?'));
}

// One event cluster: code, actors, date, counts and evidence sentences.
function clusterCard(c) {
  const cl = c.cluster || { num_mentions: 1, num_documents: 1, num_sources: 1, mentions: [] };
  const head = el('div', 'cluster-head',
    el('span', `code-badge q${c.quad_class}`, c.code),
    el('span', 'cluster-name', c.name || ''),
    el('span', `quad-tag q${c.quad_class}`, QUAD_NAMES[c.quad_class] || ''));
  const actors = el('div', 'cluster-actors', actorNode(c.source), el('span', 'arrow', '→'), actorNode(c.target));
  const place = c.location ? `${c.location.name} (${c.location.country})` : null;
  const meta = el('div', 'cluster-meta',
    metaItem('date', c.date && c.date.value), metaItem('mentions', fmt(cl.num_mentions)),
    metaItem('documents', fmt(cl.num_documents)), metaItem('outlets', fmt(cl.num_sources)),
    metaItem('Goldstein', fmt(c.goldstein, 1)), place ? metaItem('place', place) : null);
  const mentions = cl.mentions && cl.mentions.length ? cl.mentions
    : [{ doc_id: c.doc_id, outlet: null, trigger: c.evidence && c.evidence.text, sentence_text: c.sentence_text }];
  const evidence = el('ul', 'evidence-list', ...mentions.map(evidenceItem));
  return el('li', `cluster q${c.quad_class}`, head, actors, meta, evidence);
}

// A "label value" pair of the cluster metadata line.
function metaItem(label, value) {
  return el('span', 'meta-item', el('span', 'meta-label', label), ' ', el('b', null, value || '—'));
}

// One evidence sentence with its trigger marked, and its document and outlet.
function evidenceItem(mention) {
  return el('li', 'evidence',
    el('q', 'sentence', ...highlight(mention.sentence_text || '', mention.trigger || '')),
    el('span', 'source-ref', el('code', null, mention.doc_id || ''), mention.outlet ? ` · ${mention.outlet}` : ''));
}

// The sentence as nodes, with the first case-insensitive occurrence of the trigger in <mark>.
function highlight(sentence, trigger) {
  if (!trigger) return [sentence];
  const match = new RegExp(trigger.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu').exec(sentence);
  if (!match) return [sentence];
  const end = match.index + match[0].length;
  return [sentence.slice(0, match.index), el('mark', null, match[0]), sentence.slice(end)];
}

/* ---------------------------------------------------------------- alerts table */

// Fetches current alerts across the most active dyads.
async function loadAlerts() {
  const token = ++gen.alerts;
  const by = state.by === 'day' ? 'day' : 'week';
  const params = new URLSearchParams({ by, measure: state.measure, limit: '50' });
  if (state.from) params.set('since', state.from);
  setStatus('alerts-status', 'loading', 'Loading alerts…');
  try {
    const data = await api('/api/alerts', params);
    if (token !== gen.alerts) return;
    $('alerts-note').textContent = `by ${by} · measure ${data.measure || state.measure}${state.from ? ` · since ${state.from}` : ''}`;
    const rows = data.items.map(alertRow);
    if (!rows.length) rows.push(el('tr', 'empty-row', el('td', { colspan: 7 }, 'No alerts: no dyad’s conflict rose above its baseline.')));
    $('alerts-table').tBodies[0].replaceChildren(...rows);
    setStatus('alerts-status', '', data.has_more ? `Showing the ${data.items.length} most significant alerts.` : '');
  } catch (e) {
    if (token === gen.alerts) setStatus('alerts-status', 'error', e.message);
  }
}

// One clickable alert row.
function alertRow(a) {
  const tr = el('tr', { class: 'alert-row', tabindex: 0, 'data-dyad': a.dyad, 'data-start': a.start, 'data-end': a.end, title: 'Show this period’s events' },
    el('td', 'dyad-cell', a.dyad), el('td', null, a.start), el('td', null, a.end),
    el('td', null, el('span', `signal ${a.signal}`, a.signal.replace('_', ' '))),
    el('td', 'num', fmt(a.observed)), el('td', 'num', fmt(a.expected, 2)), el('td', 'num score', fmt(a.score, 2)));
  const open = () => openAlert(a);
  tr.addEventListener('click', open);
  tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
  return tr;
}

// Adds an alert's dyad to the view and opens the alert period's clusters.
function openAlert(a) {
  const isNew = !state.dyads.includes(a.dyad);
  if (isNew) state.dyads.push(a.dyad);
  setPeriod({ dyad: a.dyad, start: a.start, end: a.end });
  if (isNew) selectionChanged(); else writeUrlState();
  loadClusters(false, true);
}

/* ---------------------------------------------------------------- places */

// Fetches where the events of the current view happened and draws country bars.
async function loadPlaces() {
  const token = ++gen.places;
  const params = filterParams();
  params.set('limit', '15');
  $('places-note').textContent = state.dyads.length ? state.dyads.join(', ') : 'all dyads';
  setStatus('places-status', 'loading', 'Loading places…');
  try {
    const data = await api('/api/places', params);
    if (token !== gen.places) return;
    const max = Math.max(1, ...data.items.map((p) => p.events));
    $('places-list').replaceChildren(...data.items.map((p) => placeBar(p, max)));
    setStatus('places-status', '', data.items.length ? 'Events by country of the event place (events without a place are left out).'
      : 'No events with a known place in this view.');
  } catch (e) {
    if (token === gen.places) setStatus('places-status', 'error', e.message);
  }
}

// One horizontal bar: country code, bar, count.
function placeBar(p, max) {
  const fill = el('span', 'bar-fill');
  fill.style.width = `${Math.max(1, (p.events / max) * 100)}%`;
  return el('li', { class: 'bar-row', 'data-country': p.country, title: `${p.country}: ${p.events} events` },
    el('span', 'bar-code', p.country), el('span', 'bar-track', fill), el('span', 'bar-value num', fmt(p.events)));
}

/* ---------------------------------------------------------------- wiring */

// Reloads every part of the page (auto: the periodic refresh, which keeps the clusters panel).
async function refreshAll(auto = false) {
  const btn = $('refresh');
  btn.disabled = true;
  await Promise.all([loadHealth(), loadDyads(), loadCharts(), loadAlerts(), loadPlaces(),
    !auto && state.period ? loadClusters(false) : null]);
  btn.disabled = false;
  $('updated').textContent = `updated ${new Date().toLocaleTimeString('en-GB')}`;
}

// Applies a change of by / from / to / measure from the form controls.
function controlsChanged() {
  const from = $('from').value;
  const to = $('to').value;
  state.by = $('by').value;
  state.measure = $('measure').value;
  if (isDate(from) && isDate(to) && from > to) {
    setStatus('controls-status', 'error', `“From” (${from}) is after “To” (${to}).`);
    return;
  }
  setStatus('controls-status', '', '');
  state.from = isDate(from) ? from : '';
  state.to = isDate(to) ? to : '';
  writeUrlState();
  loadCharts();
  loadAlerts();
  loadPlaces();
}

// Returns fn delayed until `ms` after the last call.
function debounce(fn, ms) {
  let timer = 0;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

// Hooks up the controls and loads the page.
function init() {
  readUrlState();
  syncControls();
  renderChips();
  for (const id of ['by', 'from', 'to', 'measure']) $(id).addEventListener('change', controlsChanged);
  $('all-dates').addEventListener('click', () => { $('from').value = ''; $('to').value = ''; controlsChanged(); });
  $('dyad-search').addEventListener('input', debounce(loadDyads, 200));
  $('refresh').addEventListener('click', () => refreshAll(false));
  $('clusters-close').addEventListener('click', () => { setPeriod(null); writeUrlState(); });
  $('clusters-more').addEventListener('click', () => loadClusters(true));
  window.addEventListener('resize', debounce(() => { if ($('charts').clientWidth !== cache.width) renderCharts(); }, 150));
  refreshAll(false);
  setInterval(() => { if (!document.hidden) refreshAll(true); }, REFRESH_MS);
}

document.addEventListener('DOMContentLoaded', init);
