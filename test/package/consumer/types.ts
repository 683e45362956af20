// Type-checked against the published declarations (moduleResolution nodenext, skipLibCheck off:
// no declaration of the package may need an `@types` package the consumer does not have).
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
const rule = await session.addRule({ api: 'triton', fault: { status: 503 } });
const ruleSession: string | null = rule.session;
// @ts-expect-error: a fault status is a number
await session.addRule({ fault: { status: '503' } });
const forced: Readonly<Record<string, string>> = session.prefer({ code: 404, dynamic: true });
await session.given("no Triton user 'ghost'");
const { count }: { count: number } = await session.verify({ operationId: 'ListUsers', times: 1 });
console.log(url, header, answer.status, ruleSession, forced, count);
await Promise.all([stub.close(), run.stop()]);
