/* global document */

/**
 * Builds an element. Children that are strings or numbers become text nodes,
 * so nothing that comes from the stub (journal bodies are user input) is
 * ever parsed as HTML.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === 'object' ? child : String(child));
  }
  return node;
}

/** JSON as readable text; `undefined` (no body) as a note. */
export function pretty(value) {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

/** Shows a failure in the page's message line, or clears it. */
export function showMessage(text) {
  const line = document.getElementById('message');
  if (!line) return;
  line.textContent = text;
  line.hidden = !text;
}

/** The page's segment after its prefix: `/state/triton` gives `triton`. */
export function pathSegment(index) {
  return decodeURIComponent(document.location.pathname.split('/').filter(Boolean)[index] ?? '');
}

export function clockTime(date) {
  const pad = (value, width = 2) => String(value).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}
