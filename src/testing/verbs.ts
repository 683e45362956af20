import type { Preference } from '../core/control/forcing.ts';
import type { components, operations } from '../generated/admin.ts';

export type { Preference };

/** A rule as `addRule` takes it: `probability` defaults to 1, `seed` to 1. */
export type RuleInput = Omit<components['schemas']['RuleInput'], 'probability'> & {
  probability?: number;
};
export type Rule = components['schemas']['Rule'];
/** What `verify` looks for in the journal; the session is always the helper's own. */
export type Expectation = Omit<components['schemas']['Verification'], 'session'>;
export type Verified = operations['verifyJournal']['responses'][200]['content']['application/json'];

/** `Prefer: code=404, example=…` from a preference, in the order the fields were given. */
export function preferHeader(preference: Preference): string {
  return Object.entries(preference)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(', ');
}

/** Calls one admin operation of the session; answers the JSON body, or throws with the reason. */
export type AdminCall = (method: string, path: string, body?: unknown) => Promise<unknown>;

/** The verbs that act on the session through the admin API. */
export function adminVerbs(id: string, admin: AdminCall) {
  return {
    addRule: async (rule: RuleInput) => (await admin('POST', '/rules', rule)) as Rule,
    clearRules: async () => {
      await admin('DELETE', '/rules');
    },
    given: async (state: string, params?: Record<string, unknown>) => {
      await admin('POST', '/provider-states', {
        state,
        action: 'setup',
        ...(params ? { params } : {}),
      });
    },
    verify: async (expectation: Expectation) => {
      const result = (await admin('POST', '/journal/verify', {
        ...expectation,
        session: id,
      })) as Verified;
      if (!result.verified)
        throw new Error(
          `facsimile: expected ${result.expected} request(s) matching ${JSON.stringify(expectation)} in session "${id}", found ${result.count}`,
        );
      return result;
    },
  };
}
