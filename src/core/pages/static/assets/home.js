/* global document */
import { adminJson } from './admin.js';
import { el, showMessage } from './dom.js';

try {
  const health = await adminJson('/__facsimile/health');
  document.getElementById('apis').replaceChildren(...health.apis.map(apiCard));
  document.getElementById('status').textContent = statusLine(health);
} catch (error) {
  showMessage(`Could not read /__facsimile/health: ${error.message}`);
}

function apiCard(api) {
  const name = encodeURIComponent(api.name);
  const { protocol, hostname, origin } = document.location;
  const ownPort = api.ownPort ? `${protocol}//${hostname}:${api.ownPort}` : 'none';
  return el(
    'article',
    { class: 'card api-card', 'data-api': api.name },
    el('h2', {}, api.title),
    el('code', { class: 'api-name' }, api.name),
    el(
      'dl',
      {},
      el('dt', {}, 'Base URL'),
      el('dd', {}, el('code', {}, `${origin}${api.path}`)),
      el('dt', {}, 'Own port'),
      el('dd', {}, el('code', {}, ownPort)),
      el('dt', {}, 'Credentials'),
      el('dd', { class: 'credentials' }, api.credentials),
    ),
    el(
      'nav',
      { class: 'card-links' },
      el('a', { href: `/docs/${name}`, class: 'button primary' }, 'Reference'),
      el('a', { href: `/state/${name}`, class: 'button' }, 'State'),
      el('a', { href: `/journal?api=${name}`, class: 'button' }, 'Journal'),
    ),
  );
}

function statusLine(health) {
  const store = health.store.file ? `store ${health.store.file}` : 'state in memory';
  return [
    `facsimile ${health.version}`,
    `up ${Math.round(health.uptimeSeconds)} s`,
    store,
    `seed ${health.store.seed}, ${health.store.users} demo users per API`,
    `${health.sessions} sessions`,
    `journal ${health.journal.size}/${health.journal.capacity}`,
    `${health.rules} fault rules`,
  ].join(' · ');
}
