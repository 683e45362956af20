import fc from 'fast-check';
import { resolveRef, type SpecDocument } from '../../../src/core/specs/spec.ts';

type Schema = Record<string, unknown>;

/** Values a property or parameter should often take, by name (logins and emails already taken). */
export type KnownValues = Record<string, readonly string[]>;

/** Deeper schemas give `null`: the specs nest a few levels, and fuzzing depth has its own values. */
const MAX_DEPTH = 8;

/**
 * Values of a JSON schema inside an OpenAPI document: mostly valid, sometimes
 * near misses (fast-check cannot generate lookaheads, so a pattern's lookaheads
 * are only approximated, and lengths are not forced onto patterns).
 */
export function fromSchema(
  spec: SpecDocument,
  raw: unknown,
  known: KnownValues = {},
  depth = 0,
): fc.Arbitrary<unknown> {
  const schema = flatten(spec, raw);
  if (depth > MAX_DEPTH) return fc.constant(null);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (alternatives) {
    const base = Object.fromEntries(
      Object.entries(schema).filter(([key]) => key !== 'anyOf' && key !== 'oneOf'),
    );
    const options = alternatives.map((alternative) =>
      fromSchema(spec, alternative, known, depth + 1),
    );
    // A schema with its own properties next to anyOf: the base object, completed by one branch.
    if (base.properties)
      return fc
        .tuple(fromSchema(spec, base, known, depth + 1), fc.oneof(...options))
        .map(([value, branch]) => mergeDeep(value, branch));
    return fc.oneof(...options);
  }
  const types = [schema.type ?? inferredType(schema)].flat() as string[];
  if (types.length > 1)
    return fc.oneof(...types.map((type) => fromSchema(spec, { ...schema, type }, known, depth)));
  switch (types[0]) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return fc.integer({
        min: (schema.minimum as number | undefined) ?? -1000,
        max: (schema.maximum as number | undefined) ?? 1000,
      });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayOf(spec, schema, known, depth);
    case 'object':
      return objectOf(spec, schema, known, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Follows `$ref`s and folds `allOf` into one schema. */
function flatten(spec: SpecDocument, raw: unknown): Schema {
  const schema = resolveRef<Schema>(spec, raw as Schema) ?? {};
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...rest } = schema;
  return (allOf as unknown[])
    .map((part) => flatten(spec, part))
    .reduce(
      (merged, part) => ({
        ...merged,
        ...part,
        properties: { ...(merged.properties as object), ...(part.properties as object) },
        required: [
          ...((merged.required as string[]) ?? []),
          ...((part.required as string[]) ?? []),
        ],
      }),
      rest,
    );
}

function inferredType(schema: Schema): string | undefined {
  if (schema.properties || schema.additionalProperties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

function stringOf(schema: Schema): fc.Arbitrary<string> {
  const minLength = (schema.minLength as number | undefined) ?? 0;
  const maxLength = Math.max(minLength, (schema.maxLength as number | undefined) ?? minLength + 20);
  switch (schema.format) {
    case 'email':
      return fc.emailAddress();
    case 'date-time':
      return isoDate().map((date) => date.toISOString());
    case 'date':
      return isoDate().map((date) => date.toISOString().slice(0, 10));
    case 'uuid':
      return fc.uuid();
    case 'uri':
      return fc.webUrl();
  }
  if (typeof schema.pattern === 'string') return matching(schema.pattern, minLength, maxLength);
  return fc.string({ minLength, maxLength });
}

const isoDate = () =>
  fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  });

/**
 * A string for `pattern`. Leading lookaheads are cut off (fast-check has no
 * generator for them); each positive one of the form `(?=.*X)` is honoured by
 * appending one character matching `X`.
 */
function matching(pattern: string, minLength: number, maxLength: number): fc.Arbitrary<string> {
  let rest = pattern.startsWith('^') ? pattern.slice(1) : pattern;
  const required: fc.Arbitrary<string>[] = [];
  for (let group = leadingLookahead(rest); group; group = leadingLookahead(rest)) {
    rest = rest.slice(group.length);
    const wanted = /^\(\?=(?:\.\*|\[\\s\\S\]\*)(.+)\)$/.exec(group)?.[1];
    if (wanted) required.push(fc.stringMatching(new RegExp(`^${wanted}$`)));
  }
  const base =
    rest === '' || rest === '$'
      ? fc.string({ minLength, maxLength })
      : fc.stringMatching(new RegExp(`^${rest}`));
  return fc.tuple(base, ...required).map((parts) => parts.join(''));
}

/** `(?=...)` or `(?!...)` at the start of `text`, with balanced parentheses, or undefined. */
function leadingLookahead(text: string): string | undefined {
  if (!text.startsWith('(?=') && !text.startsWith('(?!')) return undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\') i += 1;
    else if (char === '[') i = text.indexOf(']', i + 1);
    else if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return text.slice(0, i + 1);
  }
  return undefined;
}

function arrayOf(
  spec: SpecDocument,
  schema: Schema,
  known: KnownValues,
  depth: number,
): fc.Arbitrary<unknown[]> {
  const items = fromSchema(spec, schema.items ?? {}, known, depth + 1);
  const minLength = (schema.minItems as number | undefined) ?? 0;
  const maxLength = Math.max(minLength, Math.min((schema.maxItems as number | undefined) ?? 3, 3));
  return schema.uniqueItems
    ? fc.uniqueArray(items, { minLength, maxLength, selector: (value) => JSON.stringify(value) })
    : fc.array(items, { minLength, maxLength });
}

function objectOf(
  spec: SpecDocument,
  schema: Schema,
  known: KnownValues,
  depth: number,
): fc.Arbitrary<object> {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const required = ((schema.required ?? []) as string[]).filter((key) => key in properties);
  const propertyValue = (key: string, value: unknown) => {
    const generated = fromSchema(spec, value, known, depth + 1);
    const taken = known[key] ?? [];
    // Half the time a value already taken: duplicates reach the handlers' own checks.
    return taken.length > 0 ? fc.oneof(generated, fc.constantFrom(...taken)) : generated;
  };
  const record = fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [key, propertyValue(key, value)]),
    ),
    { requiredKeys: required },
  );
  const extra = schema.additionalProperties;
  if (typeof extra !== 'object' || extra === null) return record;
  // A map such as Scalingo's `flags`: a few entries of the value schema.
  const entries = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 12 }),
    fromSchema(spec, extra, known, depth + 1),
    { maxKeys: 3 },
  );
  return fc.tuple(record, entries).map(([fixed, more]) => ({ ...more, ...fixed }));
}

function mergeDeep(base: unknown, extra: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(extra)) return extra === undefined ? base : extra;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) merged[key] = mergeDeep(merged[key], value);
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A JSON text spliced into a body where a value would go (`1e400`, 20 000
 * nested arrays, duplicate keys): JSON.stringify could not produce it, and
 * building it as a value would overflow the test's own stack.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

const RAW_MARK = '\u0001raw\u0001';

/** JSON.stringify, with every RawJson spliced in as its own text. */
export function serialise(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, inner: unknown) => {
    if (!(inner instanceof RawJson)) return inner;
    raws.push(inner.text);
    return RAW_MARK;
  });
  let at = 0;
  return (text ?? '').replaceAll(JSON.stringify(RAW_MARK), () => raws[at++] ?? 'null');
}

const nested = (depth: number, open: string, inner: string, close: string) =>
  new RawJson(open.repeat(depth) + inner + close.repeat(depth));

/** Strings that have broken parsers, routers, loggers and lookups before. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '../',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  'a\u0000b',
  '\u0000',
  '%',
  '%zz',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'null',
  'undefined',
  'true',
  '-1',
  '1e400',
  'NaN',
  '\ud800',
  '\udfff\ud800',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ 🎉👩‍👩‍👧',
  'ａｌｉｃｅ',
  '\u202eevil\u202c',
  'ﷺ\u0627\u0644\u0639\u0631\u0628\u064a\u0629',
  'a\r\nX-Injected: 1',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '${7*7}{{7*7}}',
  'alice@example.com\u0000.evil',
];

/** Values a field should never be trusted to hold. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...HOSTILE_STRINGS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      0,
      -1,
      1.5,
      1e308,
      2 ** 53 + 2,
      [],
      {},
      [[]],
      { '': '' },
      new RawJson('1e400'),
      new RawJson('-0'),
      new RawJson('123456789012345678901234567890'),
      new RawJson('{"a":1,"a":2}'),
      new RawJson('{"__proto__":{"polluted":true}}'),
      new RawJson('{"constructor":{"prototype":{"polluted":true}}}'),
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(1_000, 300_000).map((length) => 'x'.repeat(length)),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(64, 2_000, 20_000)
      .chain((depth) =>
        fc.constantFrom(nested(depth, '[', '', ']'), nested(depth, '{"a":', '1', '}')),
      ),
  },
);

/** Keys that reach an object's prototype chain, or that code may treat as special. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__defineGetter__',
  '',
  '$ref',
  'a.b',
  'user[name]',
];

/** What a mutation does at the node it picks. */
export interface Mutation {
  at: number;
  action: 'drop' | 'replace' | 'inject';
  key: string;
  payload: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('drop', 'replace', 'inject'),
  key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 10 })),
  payload: hostileValue,
});

/**
 * Applies mutations to a copy of a JSON value: drops a member, replaces a
 * node with a hostile value, or adds a member (an own `__proto__` included).
 */
export function mutate(value: unknown, mutations: readonly Mutation[]): unknown {
  const root = { value: JSON.parse(JSON.stringify(value ?? null)) as unknown };
  for (const { at, action, key, payload: shared } of mutations) {
    // Payloads come from constants shared by every run: mutate copies only.
    const payload = copyOf(shared);
    const slots = slotsOf(root);
    const [holder, slot] = slots[at % slots.length]!;
    const node = holder[slot];
    if (action === 'drop' && holder !== root) Reflect.deleteProperty(holder, slot);
    else if (action === 'inject' && isPlainObject(node))
      Object.defineProperty(node, key, {
        value: payload,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else holder[slot] = payload;
  }
  return root.value;
}

function copyOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || value instanceof RawJson) return value;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([] as never) : {};
  for (const key of Object.keys(value))
    Object.defineProperty(copy, key, {
      value: copyOf((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/** Every place a value sits: [the object or array holding it, its key]. */
function slotsOf(root: { value: unknown }): [Record<string, unknown>, string][] {
  const slots: [Record<string, unknown>, string][] = [];
  const visit = (holder: Record<string, unknown>, key: string) => {
    slots.push([holder, key]);
    const node = holder[key];
    if (typeof node === 'object' && node !== null && !(node instanceof RawJson))
      for (const inner of Object.keys(node)) visit(node as Record<string, unknown>, inner);
  };
  visit(root, 'value');
  return slots;
}
