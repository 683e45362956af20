// A CommonJS TypeScript file (a Jest test, say): `facsimile/testing` resolves to its CommonJS build.
import { useSession, type StubSession } from 'facsimile/testing';

const session: StubSession = useSession('http://127.0.0.1:4010');
const prefer: Readonly<Record<string, string>> = session.prefer({ code: 404 });
// @ts-expect-error: not one of the five APIs
session.urls.github;
console.log(session.urls.triton, prefer);
