import { describe, expect, it } from 'vitest';
import { FaultRules } from '../../src/core/control/faults.ts';
import { NO_PREFERENCE, parsePrefer } from '../../src/core/control/forcing.ts';

// What most requests carry (no Prefer of facsimile's, no fault rule) costs them no new object.
describe('the read path without Prefer or fault rules', () => {
  it('shares one frozen preference for every request that asks none of facsimile', () => {
    expect(Object.isFrozen(NO_PREFERENCE)).toBe(true);
    expect(parsePrefer(undefined)).toBe(NO_PREFERENCE);
    expect(parsePrefer('')).toBe(NO_PREFERENCE);
    // Scalr's own preference is the API's, not facsimile's.
    expect(parsePrefer('profile=preview')).toBe(NO_PREFERENCE);
    expect(parsePrefer('code=404, profile=preview')).toEqual({ code: 404 });
  });

  it('decides with one shared answer while no rule is set, and draws again once one is', () => {
    const rules = new FaultRules();
    const first = rules.decide('triton', 'GetUser');
    expect(rules.decide('scalr', undefined, 'session-1')).toBe(first);
    expect(first).toEqual({ latencyMs: 0 });
    expect(Object.isFrozen(first)).toBe(true);
    rules.add({ api: 'triton', latency: { ms: 5 }, probability: 1 });
    const decided = rules.decide('triton', 'GetUser');
    expect(decided).not.toBe(first);
    expect(decided.latencyMs).toBe(5);
    expect(rules.decide('scalr', undefined)).toEqual({ latencyMs: 0 });
  });
});
