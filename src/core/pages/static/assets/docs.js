/* global document, fetch, URL, window */
import { adminJson, adminToken, readJson } from './admin.js';
import { el, pathSegment, showMessage } from './dom.js';

const DEMO_AUTHORIZATION = 'Bearer facsimile-demo';
const api = pathSegment(1);
const isAdmin = api === 'admin';

try {
  const spec = isAdmin
    ? await fetch('/specs/admin.json').then((response) => readJson(response, '/specs/admin.json'))
    : await adminJson(`/__facsimile/specs/${encodeURIComponent(api)}`);
  document.title = `${spec.info?.title ?? api} · facsimile`;
  document.getElementById('about').replaceChildren(...(isAdmin ? adminAbout() : await apiAbout()));
  window.SwaggerUIBundle({
    spec,
    domNode: document.getElementById('swagger'),
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    deepLinking: true,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    displayRequestDuration: true,
    filter: true,
    // The public validator badge would call the internet.
    validatorUrl: null,
    requestInterceptor: withCredentials,
  });
} catch (error) {
  showMessage(`Could not load the reference: ${error.message}`);
}

/**
 * "Try it out" works without setup: calls to this stub's APIs carry the
 * demo token and calls to the admin API the admin token, unless the user
 * set an Authorization of their own (Authorize button).
 */
function withCredentials(request) {
  const url = new URL(request.url, document.location.href);
  if (url.origin !== document.location.origin) return request;
  const headers = request.headers ?? {};
  if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) return request;
  if (url.pathname.startsWith('/__facsimile')) {
    if (adminToken()) headers.Authorization = `Bearer ${adminToken()}`;
  } else {
    headers.Authorization = DEMO_AUTHORIZATION;
  }
  request.headers = headers;
  return request;
}

async function apiAbout() {
  const health = await adminJson('/__facsimile/health');
  const served = health.apis.find((entry) => entry.name === api);
  const name = encodeURIComponent(api);
  return [
    el(
      'p',
      {},
      '“Try it out” calls this stub at ',
      el('code', {}, `/${api}`),
      '. Without an Authorization of your own (Authorize button), requests carry ',
      el('code', {}, `Authorization: ${DEMO_AUTHORIZATION}`),
      '.',
    ),
    served &&
      el('p', {}, 'Demo credentials: ', el('span', { class: 'credentials' }, served.credentials)),
    el(
      'p',
      { class: 'card-links' },
      el('a', { href: `/state/${name}`, class: 'button' }, 'State'),
      el('a', { href: `/journal?api=${name}`, class: 'button' }, 'Journal'),
    ),
  ];
}

function adminAbout() {
  return [
    el(
      'p',
      {},
      'facsimile’s own control plane, under ',
      el('code', {}, '/__facsimile'),
      '. “Try it out” sends the admin token entered on these pages, if any.',
    ),
  ];
}
