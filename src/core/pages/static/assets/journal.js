/* global clearTimeout, document, history, setTimeout, URLSearchParams */
import { adminJson } from './admin.js';
import { clockTime, el, pretty, showMessage } from './dom.js';

const REFRESH_MS = 1000;
const FILTERS = ['api', 'operationId', 'status', 'session'];
const form = document.getElementById('filters');
const auto = document.getElementById('auto');
const openEntries = new Set();
let shownSignature = '';
let timer;
let inFlight = false;
let queued = false;

const query = new URLSearchParams(document.location.search);
for (const name of FILTERS) form.elements[name].value = query.get(name) ?? '';
form.addEventListener('submit', (event) => {
  event.preventDefault();
  applyFilters();
});
form.addEventListener('change', (event) => {
  if (event.target !== auto) applyFilters();
  else if (auto.checked) void refresh();
  else clearTimeout(timer);
});

await listApis();
await refresh();

/** Fills the API filter from the APIs this stub serves, keeping the one asked for. */
async function listApis() {
  const select = form.elements.api;
  const wanted = select.value;
  try {
    const health = await adminJson('/__facsimile/health');
    const names = health.apis.map((api) => api.name);
    if (wanted && !names.includes(wanted)) names.push(wanted);
    select.append(...names.map((name) => el('option', { value: name }, name)));
    select.value = wanted;
  } catch (error) {
    showMessage(`Could not read /__facsimile/health: ${error.message}`);
  }
}

function applyFilters() {
  history.replaceState(null, '', `/journal${filterQuery()}`);
  void refresh();
}

function filterQuery() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** One request at a time: a refresh asked for meanwhile runs right after. */
async function refresh() {
  clearTimeout(timer);
  if (inFlight) {
    queued = true;
    return;
  }
  inFlight = true;
  try {
    const filters = filterQuery();
    const journal = await adminJson(
      `/__facsimile/journal${filters}${filters ? '&' : '?'}limit=200`,
    );
    show(journal);
    showMessage('');
  } catch (error) {
    showMessage(`Could not read the journal: ${error.message}`);
  }
  inFlight = false;
  if (queued) {
    queued = false;
    return refresh();
  }
  if (auto.checked) timer = setTimeout(refresh, REFRESH_MS);
}

function show(journal) {
  const { entries, total, size, capacity } = journal;
  document.getElementById('counts').textContent =
    `${entries.length} shown of ${total} matching · ${size} kept of ${capacity}`;
  const signature = entries.map((entry) => entry.id).join(',');
  if (signature === shownSignature) return;
  shownSignature = signature;
  const list = document.getElementById('entries');
  if (entries.length === 0) {
    list.replaceChildren(
      el('p', { class: 'empty' }, 'No requests yet: try one from an API’s reference page.'),
    );
    return;
  }
  list.replaceChildren(...entries.map(entryView));
}

function entryView(entry) {
  const details = el(
    'details',
    { class: 'entry', 'data-id': entry.id, open: openEntries.has(entry.id) },
    el(
      'summary',
      {},
      el('span', { class: 'time' }, clockTime(new Date(entry.time))),
      el('span', { class: `method m-${entry.method.toLowerCase()}` }, entry.method),
      el('span', { class: 'api' }, entry.api),
      el('code', { class: 'path', title: entry.path }, entry.path),
      el('span', { class: `status ${statusClass(entry.status)}` }, entry.status ?? 'dropped'),
      el('span', { class: 'operation' }, entry.operationId ?? '—'),
      el('span', { class: 'duration' }, `${Math.round(entry.durationMs)} ms`),
      el('span', { class: 'session' }, entry.session ?? '—'),
    ),
    el(
      'div',
      { class: 'exchange' },
      exchangeHalf('Request', `${entry.method} /${entry.api}${entry.path}`, entry.request),
      exchangeHalf('Response', String(entry.status ?? 'no answer'), entry.response),
      notes(entry),
    ),
  );
  details.addEventListener('toggle', () => {
    if (details.open) openEntries.add(entry.id);
    else openEntries.delete(entry.id);
  });
  return details;
}

function exchangeHalf(title, line, half = {}) {
  return el(
    'section',
    { class: 'half' },
    el('h3', {}, title, ' ', el('code', {}, line)),
    el('h4', {}, 'Headers'),
    headerTable(half.headers ?? {}),
    el('h4', {}, 'Body'),
    el('pre', { class: 'json body' }, pretty(half.body)),
  );
}

function headerTable(headers) {
  return el(
    'table',
    { class: 'headers' },
    el(
      'tbody',
      {},
      ...Object.entries(headers).map(([name, value]) =>
        el(
          'tr',
          {},
          el('th', {}, name),
          el('td', {}, Array.isArray(value) ? value.join(', ') : String(value)),
        ),
      ),
    ),
  );
}

function notes(entry) {
  if (!entry.forced && !entry.fault) return null;
  return el(
    'section',
    { class: 'notes' },
    entry.forced && el('p', {}, 'Forced by Prefer: ', el('code', {}, JSON.stringify(entry.forced))),
    entry.fault && el('p', {}, 'Fault rule: ', el('code', {}, JSON.stringify(entry.fault))),
  );
}

function statusClass(status) {
  if (status === null || status === undefined) return 's-none';
  return `s-${String(status)[0]}xx`;
}
