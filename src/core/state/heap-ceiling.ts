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
  return `a large store: start with NODE_OPTIONS=--max-old-space-size=${ceiling} to keep memory near the data (the heap may now grow to ${Math.round(heapLimitBytes / MB)} MB before it is collected); under that ceiling, reset a store this large with \`facsimile reset\` while it is stopped, not through the admin API or a session`;
}
