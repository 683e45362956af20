import type { Reply } from '../api/definition.ts';
import { dynamicBody } from './dynamic-body.ts';
import { ApiError } from '../api/errors.ts';
import { operationById, resolveRef, type SpecDocument } from '../specs/spec.ts';

/** What a `Prefer` header asks of facsimile (Prism's forms, plus `delay`). */
export interface Preference {
  code?: number;
  example?: string;
  dynamic?: boolean;
  /** Milliseconds to wait before answering. */
  delay?: number;
}

export const MAX_DELAY_MS = 60_000;

/** What a request without facsimile's preferences asks: one object shared by all of them. */
export const NO_PREFERENCE: Readonly<Preference> = Object.freeze({});

/**
 * Reads `Prefer: code=404, example=notFound, dynamic=true, delay=250`.
 * Other preferences (Scalr's `profile=preview`) are left to the API.
 */
export function parsePrefer(header: string | undefined): Readonly<Preference> {
  if (header === undefined || header === '') return NO_PREFERENCE;
  const preference: Preference = {};
  for (const part of (header ?? '').split(/[,;]/)) {
    const [rawKey = '', ...rest] = part.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (key === 'code') preference.code = wholeNumber(key, value, 100, 599);
    else if (key === 'example') preference.example = value;
    else if (key === 'dynamic') preference.dynamic = value === '' || value === 'true';
    else if (key === 'delay') preference.delay = wholeNumber(key, value, 0, MAX_DELAY_MS);
  }
  return Object.keys(preference).length === 0 ? NO_PREFERENCE : preference;
}

function wholeNumber(key: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (value === '' || !Number.isInteger(number) || number < min || number > max) {
    throw new ApiError({
      kind: 'invalid',
      message: `Prefer: ${key}=${value} is not a whole number from ${min} to ${max}`,
      issues: [
        { location: 'header', pointer: '/prefer', message: `${key} must be ${min}..${max}` },
      ],
    });
  }
  return number;
}

const FACSIMILE_PREFERENCES = new Set(['code', 'example', 'dynamic', 'delay']);

/** The `Prefer` header without facsimile's own preferences: what the real provider would see. */
export function providerPreferences(header: string | undefined): string | undefined {
  const kept = (header ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(
      (part) =>
        part && !FACSIMILE_PREFERENCES.has(part.split(/[=;]/)[0]?.trim().toLowerCase() ?? ''),
    );
  return kept.length > 0 ? kept.join(', ') : undefined;
}

export function forcesAnswer(preference: Preference): boolean {
  return (
    preference.code !== undefined || preference.example !== undefined || preference.dynamic === true
  );
}

interface MediaObject {
  schema?: unknown;
  example?: unknown;
  examples?: Record<string, unknown>;
}

interface ResponseObject {
  headers?: Record<string, unknown>;
  content?: Record<string, MediaObject>;
}

/**
 * The answer an operation documents for a `Prefer`, taken from the spec alone:
 * the status asked for (or the first 2xx), its named or first example, or a
 * body generated from its schema with faker. No handler runs, no state changes.
 */
export function forcedReply(
  spec: SpecDocument,
  operationId: string,
  preference: Preference,
  pathParams: Record<string, string> = {},
): Reply {
  const operation = operationById(spec, operationId);
  if (!operation) throw new Error(`no operation ${operationId} in the spec`);
  const responses = operation.operation.responses as Record<string, unknown>;
  const statuses = Object.keys(responses).filter((status) => /^\d{3}$/.test(status));
  const status = chooseStatus(operationId, statuses, responses, spec, preference);
  const response = resolveRef<ResponseObject>(spec, responses[status] as ResponseObject);
  const [mediaType, media] = Object.entries(response.content ?? {})[0] ?? [];
  if (!mediaType || !media) return { status: Number(status) };
  const body = bodyFor(spec, operationId, status, media, preference, pathParams);
  return { status: Number(status), body, headers: { 'Content-Type': mediaType } };
}

function chooseStatus(
  operationId: string,
  statuses: string[],
  responses: Record<string, unknown>,
  spec: SpecDocument,
  preference: Preference,
): string {
  if (preference.code !== undefined) {
    const status = String(preference.code);
    if (statuses.includes(status)) return status;
    throw unavailable(`${operationId} documents no ${status} response`, statuses);
  }
  if (preference.example !== undefined) {
    const holder = statuses.find((status) =>
      Object.keys(examplesOf(spec, responses[status])).includes(preference.example ?? ''),
    );
    if (holder) return holder;
    const named = statuses.flatMap((status) =>
      Object.keys(examplesOf(spec, responses[status])).map((name) => `${name} (${status})`),
    );
    throw unavailable(`${operationId} has no example named "${preference.example}"`, named);
  }
  const success = statuses.find((status) => status.startsWith('2'));
  if (!success) throw unavailable(`${operationId} documents no 2xx response`, statuses);
  return success;
}

function examplesOf(spec: SpecDocument, response: unknown): Record<string, unknown> {
  const resolved = resolveRef<ResponseObject>(spec, response as ResponseObject);
  const media = Object.values(resolved.content ?? {})[0];
  return media?.examples ?? {};
}

function bodyFor(
  spec: SpecDocument,
  operationId: string,
  status: string,
  media: MediaObject,
  preference: Preference,
  pathParams: Record<string, string>,
): unknown {
  const examples = media.examples ?? {};
  if (preference.example !== undefined && !preference.dynamic) {
    const example = examples[preference.example];
    if (!example)
      throw unavailable(
        `${operationId}'s ${status} response has no example "${preference.example}"`,
        Object.keys(examples),
      );
    return exampleValue(spec, example, pathParams);
  }
  if (!preference.dynamic) {
    const first = Object.values(examples)[0];
    if (first !== undefined) return exampleValue(spec, first, pathParams);
    if (media.example !== undefined) return structuredClone(media.example);
  }
  return dynamicBody(spec, media.schema as object);
}

/** Names the values of an example that stand for a path parameter: `{ user: 'dave' }`. */
const PATH_VALUES = 'x-facsimile-path-values';

interface ExampleObject {
  value: unknown;
  [PATH_VALUES]?: Record<string, string>;
}

/**
 * An example's value, with the values it marks as standing for a path parameter
 * replaced by the request's: a forced 404 on `alice` says "alice does not exist".
 */
function exampleValue(
  spec: SpecDocument,
  example: unknown,
  pathParams: Record<string, string> = {},
): unknown {
  const resolved = resolveRef<ExampleObject>(spec, example as ExampleObject);
  let text = JSON.stringify(resolved.value);
  if (text === undefined) return undefined;
  for (const [param, documented] of Object.entries(resolved[PATH_VALUES] ?? {})) {
    const actual = pathParams[param];
    if (actual !== undefined)
      text = text.replaceAll(
        JSON.stringify(documented).slice(1, -1),
        JSON.stringify(actual).slice(1, -1),
      );
  }
  return JSON.parse(text) as unknown;
}

function unavailable(problem: string, choices: string[]): ApiError {
  const message = `Prefer cannot be met: ${problem} (it has: ${choices.join(', ') || 'none'})`;
  return new ApiError({
    kind: 'invalid',
    message,
    issues: [{ location: 'header', pointer: '/prefer', message }],
  });
}
