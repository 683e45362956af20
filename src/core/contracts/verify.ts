import './no-tracking.ts';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Verifier } from '@pact-foundation/pact';
import type { AnyApiDefinition } from '../api/definition.ts';
import { startStub } from '../serving/server.ts';
import type { ApiName } from '../specs/spec-files.ts';

export interface VerificationResult {
  api: string;
  files: string[];
  passed: boolean;
  error?: string;
}

/**
 * Pact files named by the arguments: files as they are, directories by their
 * `*.json`. A missing path, or a directory without pact files, is an error
 * that says what to do; `defaultDir` is the folder used when none is named.
 */
export async function pactFilesIn(paths: readonly string[], defaultDir?: string): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw new Error(`cannot read ${path} (${error.code})`);
      throw new Error(
        path === defaultDir
          ? `no ./${path} folder here: write the pact files first with \`facsimile contracts generate\`, or name the pact files to verify`
          : `${path} does not exist`,
      );
    });
    if (!found.isDirectory()) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((name) => name.endsWith('.json')).sort();
    if (names.length === 0)
      throw new Error(
        `no pact files (*.json) in ${path}: write them with \`facsimile contracts generate --dir ${path}\``,
      );
    files.push(...names.map((name) => join(path, name)));
  }
  return files;
}

/**
 * Runs Pact's own verifier against a fresh in-memory stub on free ports:
 * each pact is replayed against its provider API (the pact's provider name),
 * with provider states set through `/__facsimile/provider-states`.
 */
export async function verifyContracts(
  apis: readonly AnyApiDefinition[],
  files: readonly string[],
): Promise<VerificationResult[]> {
  const byApi = await groupByProvider(apis, files);
  const stub = await startStub({ apis, db: null });
  const results: VerificationResult[] = [];
  try {
    for (const [api, apiFiles] of byApi) {
      const verifier = new Verifier({
        provider: api,
        providerBaseUrl: stub.rootUrlOf(api as ApiName) ?? stub.urlOf(api as ApiName),
        pactUrls: apiFiles,
        providerStatesSetupUrl: `${stub.url}/__facsimile/provider-states`,
        providerStatesSetupTeardown: true,
        logLevel: 'warn',
      });
      try {
        await verifier.verifyProvider();
        results.push({ api, files: apiFiles, passed: true });
      } catch (error) {
        results.push({ api, files: apiFiles, passed: false, error: (error as Error).message });
      }
    }
  } finally {
    await stub.close();
  }
  return results;
}

async function groupByProvider(apis: readonly AnyApiDefinition[], files: readonly string[]) {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const pact = JSON.parse(await readFile(file, 'utf8')) as { provider?: { name?: string } };
    const provider = pact.provider?.name ?? '';
    if (!apis.some((api) => api.name === provider)) {
      throw new Error(`${file}: provider "${provider}" is not one of ${apis.map((a) => a.name).join(', ')}`);
    }
    groups.set(provider, [...(groups.get(provider) ?? []), file]);
  }
  return groups;
}
