/** The consumer named in generated and recorded pacts unless told otherwise. */
export const DEFAULT_CONSUMER = 'facsimile-consumer';

/** The demo credential every API accepts, as generated and recorded pacts send it. */
export const DEMO_AUTHORIZATION = 'Bearer facsimile-demo';

/** A consumer name that is safe as a file name: it names `<consumer>-<api>.json` in the pact directory. */
export const CONSUMER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
