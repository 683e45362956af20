import { getHeapStatistics } from 'node:v8';

const MB = 1024 * 1024;
/** Below this store size the default heap limit never matters. */
const LARGE_STORE_BYTES = 64 * MB;

/**
 * The old-space ceiling (in MB) that keeps a store's heap near its data. An
 * opened store holds little on the V8 heap (its rows and indexes sit in
 * buffers outside it; the heap has the rows changed since start): 0.6 of
 * the file plus 128 MB for the server, without letting the heap run up to
 * V8's default limit of several gigabytes before it collects. An admin reset
 * or a session of a store that large builds the seeded rows as heap objects,
 * which this ceiling has no room for: the hint says so.
 */
export function heapCeilingMb(storeBytes: number): number {
  return 64 * Math.ceil((storeBytes * 0.6 + 128 * MB) / (64 * MB));
}

/** What to tell the user when a large store runs under a heap limit far above its ceiling. */
export function heapCeilingHint(storeBytes: number, heapLimitBytes: number): string | undefined {
  if (storeBytes < LARGE_STORE_BYTES) return undefined;
  const ceiling = heapCeilingMb(storeBytes);
  if (heapLimitBytes <= 2 * ceiling * MB) return undefined;
  return `a large store: start with NODE_OPTIONS=--max-old-space-size=${ceiling} to keep memory near the data (the heap may now grow to ${Math.round(heapLimitBytes / MB)} MB before it is collected); under that ceiling, reset a store this large with \`facsimile reset\` while it is stopped: the admin API refuses to (507)`;
}

/**
 * What seeding one API holds on the heap per demo user, with room to spare: the
 * seeded objects measured 0.5–1.9 KB per user (Scalr and Scalingo the most), and
 * opening their tables allocates beside them.
 */
const SEED_HEAP_BYTES_PER_USER = 4096;

/** Thrown instead of seeding an API the heap has no room for (the process would stop). */
export class SeedOutgrowsHeap extends Error {
  constructor(api: string, users: number, needMb: number, leftMb: number) {
    super(
      `seeding ${users} demo users of ${api} needs about ${needMb} MB of heap and this process has ${leftMb} MB left under its limit: reset a store this large with \`facsimile reset\` while facsimile is stopped, or give it more heap (NODE_OPTIONS=--max-old-space-size)`,
    );
    this.name = 'SeedOutgrowsHeap';
  }
}

/** Refuses, before anything changes, to seed `users` demo users where the heap cannot take them. */
export function assertSeedFits(api: string, users: number): void {
  const need = users * SEED_HEAP_BYTES_PER_USER;
  const { heap_size_limit: limit, used_heap_size: used } = getHeapStatistics();
  if (need > limit - used)
    throw new SeedOutgrowsHeap(api, users, Math.ceil(need / MB), Math.floor((limit - used) / MB));
}
