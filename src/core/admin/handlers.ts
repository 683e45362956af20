import { randomUUID } from 'node:crypto';
import type { Reply } from '../api/definition.ts';
import { reply } from '../api/definition.ts';
import type { ControlPlane } from '../control/control.ts';
import { MAX_RULES, type RuleInput } from '../control/faults.ts';
import { redact, type Verification } from '../control/journal.ts';
import { changeProviderState, knownStates, type StateChange } from '../control/provider-states.ts';
import { documentOf, infoOf, TooManySessions, type Session } from '../state/index.ts';
import { loadSpec, operationsOf } from '../specs/spec.ts';
import { servedSpec } from './served-spec.ts';

export interface AdminContext {
  control: ControlPlane;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** `X-Facsimile-Session`, when sent. */
  session: string | undefined;
  /** The API's own port, when it has one. */
  ownPortOf(api: string): number | null;
  version: string;
}

type AdminHandler = (ctx: AdminContext) => Reply | Promise<Reply>;

const notFound = (message: string) => reply(404, { error: message });
const badRequest = (message: string) => reply(400, { error: message });
/** Snapshots hold the shared state: a request naming a session is refused, never applied to the shared one. */
const sharedOnly = (done: string) =>
  badRequest(
    `a snapshot is the shared state and is ${done} only without X-Facsimile-Session; start a session from a snapshot with POST /__facsimile/sessions {"id", "snapshot"}`,
  );

function servedApi(ctx: AdminContext, name: string | undefined): Reply | undefined {
  if (name === undefined || ctx.control.runtime.apis.some((api) => api.name === name)) return;
  return notFound(`this stub does not serve the API "${name}"`);
}

async function storeHealth(runtime: AdminContext['control']['runtime']) {
  const basics = { file: runtime.location, seed: runtime.meta.seed, users: runtime.meta.users };
  const shared = runtime.store.shared;
  if (!shared) return basics;
  const { reachable, head } = await shared.status();
  const applied = runtime.appliedSeq;
  return {
    kind: 'postgres',
    ...basics,
    reachable,
    head,
    applied,
    lag: head === null ? null : Math.max(0, head - applied),
  };
}

/** The admin API's operations, keyed by operationId as in spec/admin.yaml. */
export const adminHandlers: Record<string, AdminHandler> = {
  getHealth: async (ctx) => {
    const { runtime, sessions, journal, rules, startedAt } = ctx.control;
    const store = await storeHealth(runtime);
    return reply(200, {
      status: 'reachable' in store && !store.reachable ? 'store-unreachable' : 'ok',
      version: ctx.version,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 100) / 10,
      store,
      apis: runtime.apis.map((api) => ({
        name: api.name,
        title: api.title,
        path: `/${api.name}`,
        ownPort: ctx.ownPortOf(api.name),
        credentials: api.demo.credentials,
      })),
      sessions: sessions.size,
      journal: { size: journal.size, capacity: journal.capacity },
      rules: rules.size,
    });
  },

  reset: async (ctx) => {
    const api = (ctx.body as { api?: string } | undefined)?.api;
    const unserved = servedApi(ctx, api);
    if (unserved) return unserved;
    const names = api ? [api] : ctx.control.runtime.apis.map((served) => served.name);
    if (ctx.session === undefined) {
      await ctx.control.runtime.reset(api);
      return reply(200, { reset: names });
    }
    const session = ctx.control.sessions.get(ctx.session);
    if (!session) return notFound(`no session "${ctx.session}"`);
    await ctx.control.resetSession(session, api);
    return reply(200, { reset: names, session: session.id });
  },

  listSnapshots: async (ctx) => reply(200, { snapshots: await ctx.control.snapshots.list() }),

  saveSnapshot: async (ctx) => {
    if (ctx.session !== undefined) return sharedOnly('saved');
    const name = ctx.params.name ?? '';
    const saved = await ctx.control.snapshots.save(name, () => ctx.control.runtime.takeView());
    return reply(saved.replaced ? 200 : 201, saved.info);
  },

  deleteSnapshot: async (ctx) =>
    (await ctx.control.snapshots.delete(ctx.params.name ?? ''))
      ? reply(204)
      : notFound(`no snapshot "${ctx.params.name}"`),

  restoreSnapshot: async (ctx) => {
    if (ctx.session !== undefined) return sharedOnly('restored');
    const snapshot = await ctx.control.snapshots.get(ctx.params.name ?? '');
    if (!snapshot) return notFound(`no snapshot "${ctx.params.name}"`);
    await ctx.control.runtime.restore(snapshot.data);
    return reply(200, infoOf(snapshot));
  },

  dumpState: (ctx) => {
    const api = ctx.params.api ?? '';
    const unserved = servedApi(ctx, api);
    if (unserved) return unserved;
    const sessionId = ctx.session ?? (ctx.query.session as string | undefined);
    if (sessionId === undefined)
      return reply(200, { api, session: null, data: redact(ctx.control.runtime.dataOf(api)) });
    const session = ctx.control.sessions.get(sessionId);
    if (!session) return notFound(`no session "${sessionId}"`);
    return reply(200, { api, session: session.id, data: redact(documentOf(session.opened(api))) });
  },

  listJournal: (ctx) => {
    const { api, operationId, status, session, limit } = ctx.query as {
      api?: string;
      operationId?: string;
      status?: number;
      session?: string;
      limit?: number;
    };
    const { total, entries } = ctx.control.journal.page(
      { api, operationId, status, session },
      limit ?? 100,
    );
    return reply(200, {
      capacity: ctx.control.journal.capacity,
      size: ctx.control.journal.size,
      total,
      entries,
    });
  },

  clearJournal: (ctx) => {
    ctx.control.journal.clear();
    return reply(204);
  },

  verifyJournal: (ctx) => reply(200, ctx.control.journal.verify(ctx.body as Verification)),

  listRules: (ctx) => reply(200, { rules: ctx.control.rules.list(ctx.session) }),

  addRule: async (ctx) => {
    const input = ctx.body as RuleInput;
    const unserved = servedApi(ctx, input.api);
    if (unserved) return badRequest(String((unserved.body as { error: string }).error));
    if (input.operationId !== undefined) {
      if (!input.api) return badRequest('a rule for an operationId needs its api');
      const known = operationsOf(loadSpec(input.api)).map((operation) => operation.operationId);
      if (!known.includes(input.operationId))
        return badRequest(
          `${input.api} has no operation "${input.operationId}" (it has ${known.join(', ')})`,
        );
    }
    if (!input.latency && !input.fault)
      return badRequest('a rule needs a latency, a fault or both');
    if (ctx.control.rules.size >= MAX_RULES)
      return badRequest(
        `at most ${MAX_RULES} rules can be live; delete some first (DELETE /rules, with the session's header for a session's rules)`,
      );
    if (ctx.session === undefined)
      return reply(201, await ctx.control.changeRules((rules) => rules.add(input)));
    // The rule lives as long as its session: start the session now if it is new.
    const session = usedSession(ctx, ctx.session);
    if ('status' in session) return session;
    return reply(201, await ctx.control.changeRules((rules) => rules.add(input, session.id)));
  },

  clearRules: async (ctx) => {
    await ctx.control.changeRules((rules) => rules.clear(ctx.session ?? null));
    return reply(204);
  },

  deleteRule: async (ctx) =>
    (await ctx.control.changeRules((rules) =>
      rules.remove(ctx.params.id ?? '', ctx.session ?? null),
    ))
      ? reply(204)
      : notFound(
          `no rule "${ctx.params.id}" ${ctx.session === undefined ? 'among the shared rules' : `in session "${ctx.session}"`}`,
        ),

  listSessions: (ctx) =>
    reply(200, {
      idleTimeoutSeconds: ctx.control.sessions.idleMs / 1000,
      sessions: ctx.control.sessions.list().map((session) => sessionView(ctx, session)),
    }),

  createSession: async (ctx) => {
    const body = (ctx.body ?? {}) as { id?: string; snapshot?: string };
    const id = body.id ?? `session-${randomUUID()}`;
    await ctx.control.prepareSession(id);
    if (ctx.control.sessions.get(id))
      return reply(409, { error: `session "${id}" exists already` });
    let source;
    if (body.snapshot !== undefined) {
      const snapshot = await ctx.control.snapshots.get(body.snapshot);
      if (!snapshot) return notFound(`no snapshot "${body.snapshot}"`);
      source = ctx.control.snapshotSource(snapshot);
    }
    try {
      return reply(201, sessionView(ctx, await ctx.control.startSession(id, source)));
    } catch (error) {
      if (error instanceof TooManySessions) return reply(503, { error: error.message });
      throw error;
    }
  },

  deleteSession: async (ctx) => {
    const id = ctx.params.id ?? '';
    if (!(await ctx.control.endSession(id))) return notFound(`no session "${id}"`);
    await ctx.control.changeRules((rules) => rules.clear(id));
    return reply(204);
  },

  listProviderStates: (ctx) => reply(200, { states: knownStates(ctx.control.runtime.apis) }),

  changeProviderState: (ctx) => {
    const change = (ctx.body ?? {}) as StateChange;
    if (ctx.session === undefined) return changeProviderState(ctx.control.runtime, change);
    const session = usedSession(ctx, ctx.session);
    if ('status' in session) return session;
    return changeProviderState(ctx.control.runtime, change, session, (s, api) =>
      ctx.control.resetSession(s, api),
    );
  },

  getServedSpec: (ctx) => {
    const api = ctx.params.api ?? '';
    return servedApi(ctx, api) ?? reply(200, servedSpec(api));
  },
  trustKey: (ctx) => {
    const name = ctx.params.api ?? '';
    const api = ctx.control.runtime.apis.find((candidate) => candidate.name === name);
    if (!api?.trustKey) return notFound(`this stub serves no API "${name}" that takes keys`);
    try {
      const fingerprint = api.trustKey((ctx.body as { key: string }).key);
      return reply(201, { api: name, fingerprint });
    } catch (error) {
      return badRequest((error as Error).message);
    }
  },
};

/** The session `id`, started when it is new; a 503 when no more sessions can start. */
function usedSession(ctx: AdminContext, id: string): Session | Reply {
  try {
    return ctx.control.sessions.use(id);
  } catch (error) {
    if (error instanceof TooManySessions) return reply(503, { error: error.message });
    throw error;
  }
}

function sessionView(ctx: AdminContext, session: Session) {
  return {
    id: session.id,
    createdAt: session.createdAt.toISOString(),
    lastUsedAt: session.lastUsedAt.toISOString(),
    expiresAt: ctx.control.sessions.expiresAt(session).toISOString(),
    requests: session.requests,
    from: session.source.from,
  };
}
