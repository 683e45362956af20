import { loadSpec } from '../specs/spec.ts';

/**
 * An API's spec as this stub serves it: `servers` points at the API's prefix
 * on the main port, so a reference page's "try it" calls the stub, and the
 * provider's own servers are kept as descriptions.
 */
export function servedSpec(api: string): Record<string, unknown> {
  const spec = loadSpec(api);
  const providerServers = (spec.servers ?? []) as { url: string }[];
  const note = providerServers.map((server) => server.url).join(', ');
  return {
    ...spec,
    servers: [
      {
        url: `/${api}`,
        description: `facsimile${note ? ` (standing in for ${note})` : ''}`,
      },
    ],
  };
}
