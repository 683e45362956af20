/* global document, history, URLSearchParams */
import { adminJson } from './admin.js';
import { clockTime, el, pathSegment, pretty, showMessage } from './dom.js';

const api = pathSegment(1);
const sessionSelect = document.getElementById('session');
document.getElementById('api-name').textContent = api;
document.title = `State of ${api} · facsimile`;
document.getElementById('controls').addEventListener('submit', (event) => {
  event.preventDefault();
  void refresh();
});
sessionSelect.addEventListener('change', () => {
  const query = sessionSelect.value ? `?session=${encodeURIComponent(sessionSelect.value)}` : '';
  history.replaceState(null, '', `${document.location.pathname}${query}`);
  void refresh();
});

await refresh();

async function refresh() {
  try {
    await listSessions();
    const session = sessionSelect.value;
    const query = session ? `?session=${encodeURIComponent(session)}` : '';
    const dump = await adminJson(`/__facsimile/state/${encodeURIComponent(api)}${query}`);
    document.getElementById('state').replaceChildren(...stateSections(dump.data));
    document.getElementById('loaded').textContent = `loaded at ${clockTime(new Date())}`;
    showMessage('');
  } catch (error) {
    showMessage(`Could not read the state: ${error.message}`);
  }
}

/** Fills the session selector, keeping the current choice (or the one in the URL). */
async function listSessions() {
  const wanted =
    sessionSelect.value || new URLSearchParams(document.location.search).get('session') || '';
  const { sessions } = await adminJson('/__facsimile/sessions');
  const ids = sessions.map((session) => session.id);
  if (wanted && !ids.includes(wanted)) ids.push(wanted);
  sessionSelect.replaceChildren(
    el('option', { value: '' }, 'shared'),
    ...ids.map((id) => el('option', { value: id }, `session ${id}`)),
  );
  sessionSelect.value = wanted;
}

function stateSections(data) {
  const sections = Object.entries(data ?? {}).map(([key, value]) =>
    el(
      'details',
      { class: 'card state-section', open: true, 'data-key': key },
      el('summary', {}, el('h2', {}, key), el('span', { class: 'count' }, sizeOf(value))),
      stateValue(value),
    ),
  );
  const raw = el(
    'details',
    { class: 'card state-section' },
    el('summary', {}, el('h2', {}, 'Raw JSON')),
    el('pre', { class: 'json' }, pretty(data)),
  );
  return sections.length ? [...sections, raw] : [el('p', { class: 'muted' }, 'Nothing stored.')];
}

function sizeOf(value) {
  if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  if (isPlainObject(value)) return `${Object.keys(value).length} fields`;
  return '';
}

function stateValue(value) {
  if (Array.isArray(value) && value.length > 0 && value.every(isPlainObject))
    return recordTable(value);
  if (Array.isArray(value) && value.every((item) => !isPlainObject(item) && !Array.isArray(item)))
    return el('p', { class: 'chips' }, ...value.map((item) => el('code', {}, cellText(item))));
  return el('pre', { class: 'json' }, pretty(value));
}

/** One row per record; nested objects become `parent.child` columns, two levels deep. */
function recordTable(records) {
  const rows = records.map((record) => flatten(record));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return el(
    'div',
    { class: 'table-scroll' },
    el(
      'table',
      { class: 'records' },
      el('thead', {}, el('tr', {}, ...columns.map((column) => el('th', {}, column)))),
      el(
        'tbody',
        {},
        ...rows.map((row) =>
          el(
            'tr',
            {},
            ...columns.map((column) => {
              const text = column in row ? cellText(row[column]) : '';
              return el('td', { title: text, class: row[column] === null ? 'null' : null }, text);
            }),
          ),
        ),
      ),
    ),
  );
}

function flatten(record, prefix = '', depth = 0, into = {}) {
  for (const [key, value] of Object.entries(record)) {
    const column = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value) && Object.keys(value).length > 0 && depth < 2)
      flatten(value, column, depth + 1, into);
    else into[column] = value;
  }
  return into;
}

function cellText(value) {
  if (value === null) return 'null';
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
    return value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
