/** The five provider APIs, in the order the banner and the pages list them. */
export const API_NAMES = ['scalingo', 'scalingo-db', 'computestacks', 'triton', 'scalr'] as const;
export type ApiName = (typeof API_NAMES)[number];
