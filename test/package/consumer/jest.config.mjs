export default {
  globalSetup: './jest.setup.mjs',
  globalTeardown: './jest.teardown.mjs',
  testMatch: ['**/users.jest.test.mjs'],
  transform: {},
};
