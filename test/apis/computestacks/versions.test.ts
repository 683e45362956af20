import { describe, expect, it } from 'vitest';
import { createBody, example, useComputeStacksStub } from './setup.ts';

const { api } = useComputeStacksStub();

describe('API versions in Accept', () => {
  const accept = (version: string) => ({ accept: `application/json; api_version=${version}` });

  it.each(['80', undefined])('serves version %s without a deprecation header', async (version) => {
    const answer = await api('GET', '/api/users', { headers: version ? accept(version) : {} });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('api-deprecated')).toBeNull();
  });

  it.each(['51', '60', '71'])(
    'serves deprecated version %s with API-Deprecated: true',
    async (v) => {
      const answer = await api('PATCH', '/api/users', {
        headers: accept(v),
        body: { user: { city: 'Portland' } },
      });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('api-deprecated')).toBe('true');
    },
  );

  it.each([
    ['GET', '40', {}],
    ['PATCH', '50', { body: { user: { city: 'Portland' } } }],
    ['POST', '75', { body: createBody({ fname: 'Jane', lname: 'Smith' }) }],
    ['GET', '81', {}],
    ['GET', 'latest', {}],
  ])('answers %s with version %s 422 and API-Version-Supported: false', async (method, v, init) => {
    const answer = await api(method, '/api/users', { ...init, headers: accept(v) });
    expect(answer.status).toBe(422);
    expect(answer.headers.get('api-version-supported')).toBe('false');
    expect(answer.body).toEqual({ errors: [`You requested an unsupported version (${v})`] });
  });

  it('words the unsupported version as the example does', async () => {
    const answer = await api('GET', '/api/users', { headers: accept('40') });
    expect(answer.body).toEqual(example('UnsupportedVersion'));
  });
});
