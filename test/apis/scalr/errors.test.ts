import { describe, expect, it } from 'vitest';
import { renderScalrError } from '../../../src/apis/scalr/errors.ts';
import { ApiError } from '../../../src/core/api/errors.ts';
import { DEMO_ACCOUNT, JANE, example, useScalrStub } from './setup.ts';

const { api } = useScalrStub();

describe('Scalr: malformed requests get JSON:API errors, never a 500', () => {
  it.each([
    ['POST', '/users'],
    ['PATCH', `/users/${JANE}`],
    ['POST', `/accounts/${DEMO_ACCOUNT}/actions/invite`],
  ])(
    '%s %s answers malformed JSON with 400 and a wrong content type with 415',
    async (method, path) => {
      const malformed = await api(method, path, { body: '{"data":', raw: true });
      expect(malformed.status).toBe(400);
      expect(malformed.body).toEqual(example('MalformedJsonError'));
      const wrongType = await api(method, path, {
        body: 'email=x',
        raw: true,
        headers: { 'content-type': 'text/plain' },
      });
      expect(wrongType.status).toBe(415);
      expect(wrongType.body).toEqual(example('UnsupportedMediaTypeError'));
      const plainJson = await api(method, path, {
        body: { data: { type: 'users', attributes: { email: 'json@example.com' } } },
        headers: { 'content-type': 'application/json' },
      });
      expect(plainJson.status).toBe(415);
    },
  );

  it.each([
    ['an array body', [], ''],
    ['null data', { data: null }, '/data'],
    [
      'a numeric email',
      { data: { type: 'users', attributes: { email: 42 } } },
      '/data/attributes/email',
    ],
    [
      'a relationship that is no list',
      {
        data: {
          type: 'users',
          attributes: { email: 'a@example.com' },
          relationships: { 'identity-providers': { data: 'idp-sohkb0o1phrdmr8' } },
        },
      },
      '/data/relationships/identity-providers/data',
    ],
  ])('answers %s with 422 at its pointer', async (_case, request, pointer) => {
    const answer = await api('POST', '/users', { body: request });
    expect(answer.status).toBe(422);
    expect(answer.body.errors[0].source).toEqual({ pointer });
  });

  it('answers a body over 1 MB with 413', async () => {
    const answer = await api('POST', '/users', {
      body: {
        data: {
          type: 'users',
          attributes: { email: 'big@example.com', pad: 'x'.repeat(1_100_000) },
        },
      },
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual(example('PayloadTooLargeError'));
  });

  it('answers an unknown path with 404 and a wrong method with 405 and Allow', async () => {
    const unknown = await api('GET', '/teams');
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0]).toMatchObject({ status: '404', title: 'Not Found' });
    const wrongMethod = await api('PUT', `/users/${JANE}`, { body: { data: { type: 'users' } } });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('DELETE, PATCH, GET');
    expect(wrongMethod.body.errors[0]).toEqual({
      status: '405',
      title: 'Method Not Allowed',
      detail: 'PUT is not allowed here; allowed methods: DELETE, PATCH, GET.',
    });
    expect(wrongMethod.headers.get('content-type')).toMatch(/^application\/vnd\.api\+json/);
  });

  it('renders an internal error as the spec’s 500 example, without internals', () => {
    const rendered = renderScalrError(
      new ApiError({ kind: 'internal', message: 'boom at x.ts:1' }),
    );
    expect(rendered).toEqual({ status: 500, body: example('InternalServerError') });
  });
});
