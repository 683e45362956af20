/* global document, fetch, sessionStorage */
import { el } from './dom.js';

const TOKEN_KEY = 'facsimile.adminToken';
let tokenAsked;

/** The admin token entered in this tab, or an empty string. */
export function adminToken() {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * GETs a path of the admin API as JSON. When it answers 401, shows the
 * token form, waits for a token and tries again.
 */
export async function adminJson(path) {
  for (;;) {
    const token = adminToken();
    const headers = token ? { authorization: `Bearer ${token}` } : {};
    const response = await fetch(path, { headers });
    if (response.status !== 401) return readJson(response, path);
    await askForToken(token !== '');
  }
}

/** The JSON body of a response; an error with the stub's message when it is not a success. */
export async function readJson(response, path) {
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(body?.error ?? `${path} answered ${response.status}`);
  return body;
}

/** Every caller waiting for a token waits for the same form. */
function askForToken(refused) {
  tokenAsked ??= new Promise((resolve) => {
    const input = el('input', {
      id: 'admin-token',
      name: 'token',
      type: 'password',
      autocomplete: 'off',
      required: true,
    });
    const form = el(
      'form',
      {
        class: 'token-form',
        onsubmit: (event) => {
          event.preventDefault();
          sessionStorage.setItem(TOKEN_KEY, input.value.trim());
          form.remove();
          tokenAsked = undefined;
          resolve();
        },
      },
      el('h2', {}, 'Admin token needed'),
      el(
        'p',
        {},
        'This stub protects its admin API (',
        el('code', {}, '/__facsimile'),
        ') with a token (',
        el('code', {}, '--admin-token'),
        ' or ',
        el('code', {}, 'FACSIMILE_ADMIN_TOKEN'),
        '). The pages keep it in this tab only and send it as ',
        el('code', {}, 'Authorization: Bearer <token>'),
        '.',
      ),
      refused && el('p', { class: 'error', role: 'alert' }, 'That token was refused.'),
      el(
        'div',
        { class: 'row' },
        el('label', { for: 'admin-token' }, 'Admin token'),
        input,
        el('button', { type: 'submit' }, 'Use token'),
      ),
    );
    document.getElementById('auth').replaceChildren(form);
    input.focus();
  });
  return tokenAsked;
}
