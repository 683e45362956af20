// Type-checked against the published declarations (moduleResolution nodenext).
import { startStub, type ApiName, type RunningStub } from 'facsimile';
import { startRunStub, useSession, type StubSession } from 'facsimile/testing';

const api: ApiName = 'scalr';
const stub: RunningStub = await startStub({ users: 1, apis: undefined });
const url: string = stub.urlOf(api);
const run = await startRunStub({ seed: 7 });
const session: StubSession = useSession(run.url, { id: 'typed' });
const tritonBase: string = session.urls.triton;
const header: string = session.headers['X-Facsimile-Session'];
const answer: Response = await session.fetch(`${tritonBase}/demo/users`);
// @ts-expect-error: not one of the five APIs
session.urls.github;
// @ts-expect-error: reset takes an API name
await session.reset('github');
console.log(url, header, answer.status);
await Promise.all([stub.close(), run.stop()]);
