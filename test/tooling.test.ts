import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = (name: string) => `node_modules/.bin/${name}`;

/** Each project check as a test, so `npm test` counts it and shows its output when it fails. */
const checks: [string, string, string[]][] = [
  ['formatting (prettier --check)', bin('prettier'), ['--check', '.']],
  ['lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']],
  ['typecheck (tsc --noEmit, strict)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  [
    'spec lint (redocly recommended+)',
    bin('redocly'),
    ['lint', '--format=stylish', '--max-problems=50'],
  ],
  [
    'no import cycles, type-only imports included (dpdm)',
    bin('dpdm'),
    ['--no-tree', '--no-warning', '--no-progress', '--exit-code', 'circular:1'].concat([
      'src/**/*.ts',
      'bench/**/*.ts',
      'test/**/*.ts',
      'scripts/**/*.ts',
    ]),
  ],
  ['generated types are fresh (npm run gen)', bin('tsx'), ['scripts/gen-types.ts', '--check']],
];

describe('project checks', () => {
  it.each(checks)(
    '%s',
    async (_name, command, args) => {
      const result = await run(command, args, {
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          NO_COLOR: '1',
        },
        maxBuffer: 16 * 1024 * 1024,
      }).then(
        () => '',
        (error: { stdout?: string; stderr?: string }) =>
          `${error.stdout ?? ''}\n${error.stderr ?? ''}`.trim() || 'failed',
      );
      expect(result).toBe('');
    },
    180_000,
  );
});
