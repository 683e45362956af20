import type { IncomingHttpHeaders } from 'node:http';
import type { Faker } from '@faker-js/faker';
import type { ApiName } from '../specs/spec-files.ts';
import type { ApiError, RenderedError } from './errors.ts';
import type { Table, TableSpecs } from '../state/table.ts';

/** What a handler answers: msw-style, a status with an optional body and headers. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export function reply(status: number, body?: unknown, headers?: Record<string, string>): Reply {
  return { status, body, ...(headers ? { headers } : {}) };
}

/** A stored record's provider-visible part and the schema it follows (`/components/schemas/User`). */
export interface StoredResource {
  schema: string;
  value: unknown;
}

/** A security requirement of the matched operation, read from the spec. */
export interface SecurityRequirement {
  scheme: string;
  scopes: string[];
}

export interface RequestView {
  method: string;
  /** The path inside the API, without facsimile's prefix, with the query string. */
  url: string;
  /** The path the client sent, prefix included (what a request signature covers). */
  originalUrl: string;
  headers: IncomingHttpHeaders;
}

/** Another served API's state in the same scope (session), or `undefined` when it is not served. */
export type PeerState = (api: ApiName) => unknown;

export interface HandlerContext<State, Principal> {
  operationId: string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  request: RequestView;
  principal: Principal;
  state: State;
  peer: PeerState;
}

export type Handler<State, Principal> = (
  ctx: HandlerContext<State, Principal>,
) => Reply | Promise<Reply>;

export interface AuthContext<State> {
  request: RequestView;
  params: Record<string, string>;
  security: SecurityRequirement[];
  state: State;
  peer: PeerState;
}

export interface SeedContext {
  /** Returns the named example's value from this API's spec (`components/examples`). */
  example<T>(name: string): T;
  /** The fixture file `fixtures/<api>.yaml`, parsed. */
  fixtures: Record<string, unknown>;
  /** A faker seeded by (seed, api, index), so record `index` never depends on the others. */
  fakerFor(index: number): Faker;
  /** How many faker-generated demo users to add. */
  users: number;
}

/**
 * A Pact provider state this API can put itself in. The name pattern's named
 * groups become parameters, merged with the `params` Pact sends, so both
 * "a Triton account 'demo' with user 'alice'" and a bare name with params work.
 */
export interface ProviderState<State> {
  name: RegExp;
  /** A concrete name that matches, shown in errors and docs. */
  example: string;
  /** Makes the state hold; running it twice changes nothing more. */
  setup(state: State, params: Record<string, string>): void;
}

/**
 * One interaction of the contract facsimile generates for an API: the request
 * that produces a documented response, and the provider state it needs. The
 * response itself comes from the spec (its named example and schema).
 */
export interface ContractCase {
  operationId: string;
  status: number;
  /** The Pact provider state (one of the API's `states`). */
  state: string;
  request: {
    path: string;
    query?: Record<string, string>;
    /** Defaults to `Authorization: Bearer facsimile-demo`. */
    headers?: Record<string, string>;
    body?: unknown;
  };
  /** The spec's example for the response; by default the status's first example; `null` for no body. */
  example?: string | null;
  /** Tells apart two cases of one operation and status. */
  description?: string;
}

/**
 * One provider API: its spec name, operation handlers keyed by operationId,
 * and the three provider-specific pieces the core cannot know: how credentials
 * are checked, how an error looks, and what seeded state looks like.
 */
export interface ApiDefinition<Data = unknown, State = unknown, Principal = unknown> {
  name: ApiName;
  title: string;
  /** Media types whose bodies are JSON for this API. */
  jsonTypes?: string[];
  /** The largest body in bytes the provider reads (default 1 MB); a larger one is `tooLarge`. */
  maxBodyBytes?: number;
  /** How deep a JSON body may nest before it is refused as malformed (the provider's parser limit). */
  maxBodyDepth?: number;
  /** Send `Content-Type` without `; charset=utf-8` (JSON:API forbids parameters; restify sends none). */
  bareContentType?: boolean;
  /** Answer query parameters the spec does not declare as a validation error (else ignore them). */
  strictQuery?: boolean;
  /**
   * Another API whose paths this API's host answers too, for paths under
   * `pathPrefix` (scalingo.js reaches the database API on the regional host).
   */
  alsoServes?: { api: ApiName; pathPrefix: string };
  /**
   * The path the spec routes for the one a client sent (Rails' optional `.json` format
   * suffix); logs keep the one sent, the journal the routed one.
   */
  routedUrl?(url: string): string;
  /** Answer HEAD on a GET route as that GET without its body (Express and Rails do; restify routes HEAD itself). */
  headAsGet?: boolean;
  /** The status of an answered CORS preflight (default 204; rack-cors answers 200). */
  preflightStatus?: number;
  /** Checks the raw request body against its headers (Triton's Content-MD5); throws an ApiError. */
  checkRawBody?(raw: Buffer, request: RequestView): void;
  /** Trusts one more public key (OpenSSH line) for request signatures; answers its fingerprint. */
  trustKey?(publicKey: string): string;
  seed(ctx: SeedContext): Data;
  /**
   * The top-level arrays of `Data` that change at run time, each opened as a
   * Table by its primary key. Everything else in `Data` is settings, which
   * nothing changes after seeding.
   */
  tables: TableSpecs;
  /** Builds the API's state from its opened tables (`tables[name]`) and settings. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  open(tables: Record<string, Table<any>>, settings: any): State;
  authenticate(ctx: AuthContext<State>): Principal | Promise<Principal>;
  /** Turns an error into the provider's envelope; `request` tells operations apart where the provider does. */
  renderError(error: ApiError, request: RequestView): RenderedError;
  handlers: Record<string, Handler<State, Principal>>;
  /** Headers to add to every response of this API (Triton's Request-Id, Server, ...). */
  responseHeaders?(request: RequestView, startedAt: bigint): Record<string, string>;
  /** Called with the exact bytes of every JSON response, for checksum headers. */
  onBody?(body: string): Record<string, string>;
  /** Pact provider states (setup only: teardown puts the API back to its seed). */
  states?: ProviderState<State>[];
  /** The interactions of the generated contract (`facsimile contracts generate`). */
  contracts?: ContractCase[];
  /** Every provider resource in the stored data, with the spec schema it must meet. */
  resources(data: Data): Iterable<StoredResource>;
  /** A stable `Authorization` to record in place of a per-request signature by this principal. */
  replayAuthorization?(principal: Principal): string | undefined;
  /** Demo credentials shown in the banner and the pages. */
  demo: { baseNote: string; credentials: string };
}

/** Erases the type parameters so the core can hold the five definitions in one list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyApiDefinition = ApiDefinition<any, any, any>;

export function defineApi<Data, State, Principal>(
  definition: ApiDefinition<Data, State, Principal>,
): ApiDefinition<Data, State, Principal> {
  return definition;
}
