/** The consumer named in generated and recorded pacts unless told otherwise. */
export const DEFAULT_CONSUMER = 'facsimile-consumer';
