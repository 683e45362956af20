import express, { type Request, type Response } from 'express';
import type { AnyApiDefinition } from './api.ts';
import type { Runtime } from './runtime.ts';

/** The body Pact's verifier posts to a provider-state URL. */
interface StateChange {
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
 * Setup applies the named state to the real store; teardown restores the
 * owning API's seed, so every interaction starts from the same data.
 */
export function providerStatesRouter(runtime: Runtime) {
  const router = express.Router();
  router.post('/', express.json(), async (req: Request, res: Response) => {
    const change = (req.body ?? {}) as StateChange;
    const name = typeof change.state === 'string' ? change.state : '';
    const action = change.action === 'teardown' ? 'teardown' : 'setup';
    const found = matchState(runtime.apis, name);
    if (!found) {
      res
        .status(400)
        .json({ error: `unknown provider state "${name}"`, known: knownStates(runtime.apis) });
      return;
    }
    if (action === 'teardown') {
      await runtime.reset(found.api.name);
      runtime.activeState = undefined;
      res.json({});
      return;
    }
    const params = { ...found.captured, ...stringParams(change.params) };
    try {
      found.state.setup(runtime.state(found.api.name), params);
    } catch (error) {
      res.status(400).json({
        error: `provider state "${name}" could not be set up: ${(error as Error).message}`,
      });
      return;
    }
    await runtime.commit();
    runtime.activeState = { api: found.api.name, name, params };
    res.json(params);
  });
  router.get('/', (_req, res) => {
    res.json({ states: knownStates(runtime.apis) });
  });
  return router;
}

function knownStates(apis: readonly AnyApiDefinition[]) {
  return apis.flatMap((api) =>
    (api.states ?? []).map((state) => ({ api: api.name, example: state.example })),
  );
}

function stringParams(params: unknown): Record<string, string> {
  if (typeof params !== 'object' || params === null) return {};
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
}
