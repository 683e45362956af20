import type { AnyApiDefinition, Reply } from '../api/definition.ts';
import type { Runtime, Session } from '../state/index.ts';

/** The body Pact's verifier posts to a provider-state URL. */
export interface StateChange {
  state?: unknown;
  params?: unknown;
  action?: unknown;
}

export interface ActiveState {
  api: string;
  name: string;
  params: Record<string, string>;
}

/** Finds the API and state a name belongs to, with the parameters its pattern captures. */
export function matchState(apis: readonly AnyApiDefinition[], name: string) {
  for (const api of apis) {
    for (const state of api.states ?? []) {
      const match = state.name.exec(name);
      if (match) return { api, state, captured: { ...match.groups } as Record<string, string> };
    }
  }
  return undefined;
}

/**
 * `POST /__facsimile/provider-states` in the shape Pact's verifier calls:
 * `{ "state": "...", "params": {...}, "action": "setup" | "teardown" }`.
 * Setup applies the named state to the shared store, or to `session`'s state
 * when the request names one; teardown puts the owning API back to its seed
 * (the session's back to its source), so every interaction starts alike.
 */
export async function changeProviderState(
  runtime: Runtime,
  change: StateChange,
  session?: Session,
  resetSession: (session: Session, api: string) => Promise<void> = async (s, api) => s.reset(api),
): Promise<Reply> {
  const name = typeof change.state === 'string' ? change.state : '';
  const found = matchState(runtime.apis, name);
  if (!found) {
    return {
      status: 400,
      body: { error: `unknown provider state "${name}"`, known: knownStates(runtime.apis) },
    };
  }
  if (change.action === 'teardown') {
    if (session) await resetSession(session, found.api.name);
    else {
      await runtime.reset(found.api.name);
      runtime.activeState = undefined;
    }
    return { status: 200, body: {} };
  }
  const params = { ...found.captured, ...stringParams(change.params) };
  try {
    await (session ?? runtime).transact(found.api.name, (state) =>
      found.state.setup(state, params),
    );
  } catch (error) {
    const reason = (error as Error).message;
    return {
      status: 400,
      body: { error: `provider state "${name}" could not be set up: ${reason}` },
    };
  }
  if (!session) runtime.activeState = { api: found.api.name, name, params };
  return { status: 200, body: params };
}

export function knownStates(apis: readonly AnyApiDefinition[]) {
  return apis.flatMap((api) =>
    (api.states ?? []).map((state) => ({ api: api.name, example: state.example })),
  );
}

function stringParams(params: unknown): Record<string, string> {
  if (typeof params !== 'object' || params === null) return {};
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
}
