/**
 * What a provider folder builds on: the shape of an API definition and its
 * handlers, the one error model every provider renders in its own envelope,
 * password hashing, and helpers over the generated spec types.
 */
export * from './definition.ts';
export * from './errors.ts';
export * from './passwords.ts';
export * from './types.ts';
