import { MatchersV3 } from '@pact-foundation/pact';
import { resolveRef, type SpecDocument } from '../specs/spec.ts';

type Schema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  format?: string;
  pattern?: string;
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  enum?: unknown[];
};

type Node = Record<string, unknown>;

/** In an error body these say which error it is: the contract, so they match exactly. */
const PINNED_ERROR_KEYS = new Set(['code', 'status', 'resource']);

const DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const EMAIL = '^[^@\\s]+@[^@\\s]+$';

/**
 * Turns an example body into Pact matchers guided by its schema, so a
 * contract pins shape and codes rather than demo values: objects keep only
 * the properties the schema requires, lists become `eachLike`, ids and dates
 * become regexes, other scalars match by type.
 */
export function toMatchers(spec: SpecDocument, schema: unknown, value: unknown, depth = 0): unknown {
  const resolved = flatten(spec, schema, value);
  if (Array.isArray(value)) {
    if (value.length === 0) return MatchersV3.like([]);
    const item = toMatchers(spec, resolved.items ?? {}, value[0], depth + 1);
    // A nested list may be empty in another record (an app without addons); the body's own list may not.
    return depth === 0 ? MatchersV3.eachLike(item) : MatchersV3.atLeastLike(item, 0, 1);
  }
  if (value !== null && typeof value === 'object') {
    const required = new Set(resolved.required ?? Object.keys(resolved.properties ?? {}));
    const open = !resolved.properties;
    // Optional and nullable fields are not promised: another record (or state) may differ there.
    const promised = (key: string) =>
      required.has(key) && !allowsNull(flatten(spec, resolved.properties?.[key] ?? {}, undefined));
    const entries = Object.entries(value).filter(([key]) => open || promised(key));
    return Object.fromEntries(
      entries.map(([key, child]) => [key, toMatchers(spec, resolved.properties?.[key] ?? {}, child, depth + 1)]),
    );
  }
  if (typeof value === 'string') return stringMatcher(resolved, value);
  return MatchersV3.like(value);
}

function stringMatcher(schema: Schema, value: string) {
  if (typeof schema.const === 'string') return MatchersV3.equal(value);
  if (schema.format === 'uuid') return MatchersV3.uuid(value);
  if (schema.format === 'date-time') return MatchersV3.regex(DATE_TIME, value);
  if (schema.format === 'date') return MatchersV3.regex(DATE, value);
  if (schema.format === 'email') return MatchersV3.regex(EMAIL, value);
  if (schema.enum?.every((item) => typeof item === 'string')) {
    return MatchersV3.regex(`^(${(schema.enum as string[]).map(escapeRegex).join('|')})$`, value);
  }
  // Pact's engine uses Rust regexes: no look-around, so such patterns match by type.
  if (schema.pattern && !schema.pattern.includes('(?') && new RegExp(schema.pattern, 'u').test(value)) {
    return MatchersV3.regex(schema.pattern, value);
  }
  if (typeof schema.minLength === 'number' || typeof schema.maxLength === 'number') {
    return MatchersV3.regex(`^[\\s\\S]{${schema.minLength ?? 0},${schema.maxLength ?? ''}}$`, value);
  }
  return MatchersV3.like(value);
}

/** Resolves `$ref`, merges `allOf`, and picks the `oneOf`/`anyOf` branch the example fits. */
function flatten(spec: SpecDocument, schema: unknown, value: unknown): Schema {
  let current = resolveRef<Schema>(spec, (schema ?? {}) as Schema);
  if (current.allOf) {
    const parts = current.allOf.map((part) => flatten(spec, part, value));
    current = parts.reduce<Schema>(
      (merged, part) => ({
        ...merged,
        ...part,
        properties: { ...merged.properties, ...part.properties },
        required: [...(merged.required ?? []), ...(part.required ?? [])],
      }),
      { ...current, allOf: undefined },
    );
  }
  const branches = current.oneOf ?? current.anyOf;
  if (branches) {
    const fitting = branches.map((branch) => flatten(spec, branch, value)).find((branch) => fits(branch, value));
    return fitting ?? current;
  }
  return current;
}

function allowsNull(schema: Schema): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes('null') || (schema.oneOf ?? schema.anyOf ?? []).some((branch) => branch.type === 'null');
}

function fits(schema: Schema, value: unknown): boolean {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const known = schema.properties ? Object.keys(schema.properties) : null;
    // A discriminating scalar (`type: users`) must fit the branch's enum or const.
    const scalarsFit = Object.entries(schema.properties ?? {}).every(([key, property]) => {
      const child = record[key];
      if (child === undefined || typeof child === 'object') return true;
      if (property.const !== undefined) return property.const === child;
      return !property.enum || property.enum.includes(child);
    });
    return (
      scalarsFit &&
      (schema.required ?? []).every((key) => keys.includes(key)) &&
      (!known || keys.every((k) => known.includes(k)))
    );
  }
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  return schema.type === undefined || type.includes(Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A response body as matchers; in an error body the `code` and `status` are the contract, so they match exactly. */
export function bodyMatchers(spec: SpecDocument, schema: unknown, value: unknown, status: number): unknown {
  const matchers = toMatchers(spec, schema, value);
  return status >= 400 ? pinErrorCodes(matchers, value) : matchers;
}

/** `Content-Type` matching the media type, whatever parameters (charset) follow it. */
export function contentTypeMatcher(type: string): Record<string, unknown> {
  const essence = type.split(';', 1)[0]?.trim() ?? type;
  return { 'Content-Type': MatchersV3.regex(`^${essence.replace(/[.+]/g, '\\$&')}(;.*)?$`, essence) };
}

function pinErrorCodes(matchers: unknown, value: unknown): unknown {
  // Messages are what tells one error from another where there is no code (Rails' full messages).
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return MatchersV3.equal(value);
  if (Array.isArray(value)) {
    return MatchersV3.eachLike(pinErrorCodes(unwrapEachLike(matchers), value[0]));
  }
  if (value === null || typeof value !== 'object') return matchers;
  const result: Node = { ...(matchers as Node) };
  for (const [key, child] of Object.entries(value)) {
    if (!(key in result)) continue;
    result[key] =
      PINNED_ERROR_KEYS.has(key) && typeof child === 'string'
        ? MatchersV3.equal(child)
        : pinErrorCodes(result[key], child);
  }
  return result;
}

function unwrapEachLike(matcher: unknown): unknown {
  const value = (matcher as { value?: unknown[] } | undefined)?.value;
  return Array.isArray(value) ? value[0] : matcher;
}
