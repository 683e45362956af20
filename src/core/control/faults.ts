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

/** No latency and no fault: what every request gets while no rule is set. */
const NO_DECISION: Readonly<Decision> = Object.freeze({ latencyMs: 0 });

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

/** The rules as several processes share them: definitions and the next id, not the draws. */
export interface SharedRules {
  rules: Rule[];
  nextId: number;
}

interface LiveRule {
  rule: Rule;
  random: () => number;
}

/** Whether a session id names a live session. */
export type SessionIsLive = (session: string) => boolean;

/**
 * Latency and fault rules for an API or one operation. Every rule draws from
 * its own random sequence, seeded by the rule, so the same requests in the
 * same order meet the same faults: a chaos run can be replayed.
 *
 * A rule added in a session (`session` set) meets only that session's
 * requests and goes with it; a shared rule (`session: null`) meets every
 * request. Calls naming a session see and remove its rules only; calls naming
 * none, the shared rules only, so no test can remove another's.
 */
export class FaultRules {
  #rules: LiveRule[] = [];
  #nextId = 1;
  readonly #isLive: SessionIsLive;

  constructor(isLive: SessionIsLive = () => true) {
    this.#isLive = isLive;
  }

  add(input: RuleInput, session: string | null = null): Rule {
    this.#prune();
    const seed = input.seed ?? 1;
    const rule: Rule = {
      ...input,
      id: `rule-${this.#nextId++}`,
      probability: input.probability ?? 1,
      seed,
      session,
      matched: 0,
      applied: 0,
    };
    this.#rules.push({ rule, random: randomSequence(seed) });
    return rule;
  }

  /** The rules of one session, or (`undefined`) every rule, shared and sessions' alike. */
  list(session?: string | null): Rule[] {
    this.#prune();
    return this.#rules
      .filter(({ rule }) => session === undefined || rule.session === session)
      .map(({ rule }) => ({ ...rule }));
  }

  get size(): number {
    this.#prune();
    return this.#rules.length;
  }

  /** Removes the rule `id` when it belongs to `session` (`null`: a shared rule). */
  remove(id: string, session: string | null = null): boolean {
    const at = this.#rules.findIndex(({ rule }) => rule.id === id && rule.session === session);
    if (at < 0) return false;
    this.#rules.splice(at, 1);
    return true;
  }

  /** Removes the rules of `session` (`null`: the shared ones). */
  clear(session: string | null = null): void {
    this.#rules = this.#rules.filter(({ rule }) => rule.session !== session);
  }

  /** A copy to change and then share: same rules and ids, fresh draws. */
  copy(): FaultRules {
    const copy = new FaultRules();
    copy.replace(this.shared());
    return copy;
  }

  shared(): SharedRules {
    return { rules: this.list(), nextId: this.#nextId };
  }

  /** Takes the rules another process shared; a rule kept keeps its draws and counts here. */
  replace(shared: SharedRules): void {
    const kept = new Map(this.#rules.map((live) => [live.rule.id, live]));
    this.#rules.length = 0;
    for (const rule of shared.rules) {
      const live = kept.get(rule.id);
      this.#rules.push(
        live ?? {
          rule: { ...rule, matched: 0, applied: 0 },
          random: randomSequence(rule.seed ?? 1),
        },
      );
    }
    this.#nextId = shared.nextId;
  }

  /** Draws every rule that matches the request: latencies add up, the first fault drawn wins. */
  decide(api: string, operationId: string | undefined, session?: string): Readonly<Decision> {
    if (this.#rules.length === 0) return NO_DECISION;
    const decision: Decision = { latencyMs: 0 };
    for (const live of this.#rules) {
      const { rule } = live;
      if (rule.session !== null && (rule.session !== session || !this.#isLive(session))) continue;
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

  /** Rules of sessions that ended or expired go with them. */
  #prune(): void {
    this.#rules = this.#rules.filter(
      ({ rule }) => rule.session === null || this.#isLive(rule.session),
    );
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
