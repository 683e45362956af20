export const REDACTED = '[redacted]';

/** Field, header and parameter names whose values are secrets wherever they appear. */
export const SECRET_NAME =
  /pass(word|wd|phrase)?|secret|token|authorization|api[-_]?key|credential|private|digest|hash|jwt|signature|cookie/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** A field name as clients write them (`password`, `user[password]`), not a text that holds values. */
const PLAIN_NAME = /^[\w.\-[\]]{1,128}$/;

/**
 * A field name, unless it is text that names a secret: `curl -d '{"password":"x"}'`
 * sends JSON as a form, whose parsed form is one field named by the whole text.
 */
export function redactName(name: string): string {
  return PLAIN_NAME.test(name) || !isSecretName(name) ? name : REDACTED;
}

/** A deep copy of `value` with the value of every secret-named field replaced. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 32) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      redactName(key),
      isSecretName(key) && item !== null && item !== '' ? REDACTED : redact(item, depth + 1),
    ]),
  );
}

/**
 * A request target with the value of every secret-named query parameter
 * replaced (`?access_token=...`), for logs and the journal. The query is
 * rewritten by hand, not through `URL`, so an odd target stays as it came.
 */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const query = url
    .slice(at + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return pair;
      return isSecretName(safeDecode(pair.slice(0, equals)))
        ? `${pair.slice(0, equals)}=${encodeURIComponent(REDACTED)}`
        : pair;
    });
  return `${url.slice(0, at)}?${query.join('&')}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * What is wrong with an unparsable body, without quoting it: V8's own message
 * (`Unexpected token 'p', "password=S"... is not valid JSON`) carries its
 * first characters, which may be a password, into the answer, journal and pacts.
 */
export function unparsedBodyMessage(message = ''): string {
  if (/end of JSON input/i.test(message)) return 'the body ends before its JSON does';
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined
    ? 'the body is not valid JSON'
    : `the body is not valid JSON (at position ${position})`;
}
