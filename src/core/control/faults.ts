import type { components } from '../../generated/admin.ts';

export type RuleInput = components['schemas']['RuleInput'];
export type Rule = components['schemas']['Rule'];

/** Rules live at once: every request draws from each, so their number bounds its cost. */
export const MAX_RULES = 100;

/** What the rules decided for one request. */
export interface Decision {
  latencyMs: number;
  fault?: { rule: string; kind: 'status' | 'drop' | 'malformed'; status?: number };
}

/** mulberry32: a small PRNG whose sequence depends only on its seed. */
export function randomSequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface LiveRule {
  rule: Rule;
  random: () => number;
}

/**
 * Latency and fault rules for an API or one operation. Every rule draws from
 * its own random sequence, seeded by the rule, so the same requests in the
 * same order meet the same faults: a chaos run can be replayed.
 */
export class FaultRules {
  readonly #rules: LiveRule[] = [];
  #nextId = 1;

  add(input: RuleInput): Rule {
    const seed = input.seed ?? 1;
    const rule: Rule = {
      ...input,
      id: `rule-${this.#nextId++}`,
      probability: input.probability ?? 1,
      seed,
      matched: 0,
      applied: 0,
    };
    this.#rules.push({ rule, random: randomSequence(seed) });
    return rule;
  }

  list(): Rule[] {
    return this.#rules.map(({ rule }) => ({ ...rule }));
  }

  get size(): number {
    return this.#rules.length;
  }

  remove(id: string): boolean {
    const at = this.#rules.findIndex(({ rule }) => rule.id === id);
    if (at < 0) return false;
    this.#rules.splice(at, 1);
    return true;
  }

  clear(): void {
    this.#rules.length = 0;
  }

  /** Draws every rule that matches the request: latencies add up, the first fault drawn wins. */
  decide(api: string, operationId: string | undefined): Decision {
    const decision: Decision = { latencyMs: 0 };
    for (const live of this.#rules) {
      const { rule } = live;
      if (rule.api !== undefined && rule.api !== api) continue;
      if (rule.operationId !== undefined && rule.operationId !== operationId) continue;
      rule.matched += 1;
      if (live.random() >= rule.probability) continue;
      rule.applied += 1;
      decision.latencyMs += latencyOf(rule, live.random);
      if (!decision.fault && rule.fault) decision.fault = faultOf(rule);
    }
    return decision;
  }
}

function latencyOf(rule: Rule, random: () => number): number {
  const latency = rule.latency;
  if (!latency) return 0;
  if ('ms' in latency) return latency.ms;
  const low = Math.min(latency.min, latency.max);
  const high = Math.max(latency.min, latency.max);
  return Math.round(low + random() * (high - low));
}

function faultOf(rule: Rule): Decision['fault'] {
  const fault = rule.fault;
  if (!fault) return undefined;
  if ('status' in fault) return { rule: rule.id, kind: 'status', status: fault.status };
  return { rule: rule.id, kind: fault.kind };
}
