import type { ContractCase } from '../../core/api/index.ts';
import { tokenWithoutScope } from './states.ts';

const JOHN = "the ComputeStacks user 'john@example.com'";
const TAKEN = "another ComputeStacks user with email 'taken@example.com'";
const NO_JANE = "no ComputeStacks user with email 'jane.smith@example.com'";
const withoutScope = (scope: string) => `a ComputeStacks token without scope '${scope}'`;

const USERS = '/api/users';
/** John Doe's API credential with a wrong password: the Basic 401 `{"errors": ["Not Authorized"]}`. */
const BAD_BASIC = {
  authorization: `Basic ${Buffer.from('john-doe-api:not-the-password').toString('base64')}`,
};
const scopeless = (scope: string) => ({ authorization: `Bearer ${tokenWithoutScope(scope)}` });
/** An obsolete API version: 422 `You requested an unsupported version (40)`. */
const VERSION_40 = { accept: 'application/json; api_version=40' };

/** The spec's request examples. */
const contactDetails = {
  user: {
    fname: 'John',
    lname: 'Doe',
    phone: '+1 555 0100',
    address1: '123 Main Street',
    address2: 'Suite 4',
    city: 'Portland',
    state: 'OR',
    zip: '97201',
    country: 'US',
    company_name: 'Example Inc.',
    locale: 'en',
    currency: 'USD',
    c_sftp_pass: true,
  },
};
const createCpanel = {
  user: {
    fname: 'Jane',
    lname: 'Smith',
    email: 'jane.smith@example.com',
    locale: 'en',
    currency: 'usd',
    country: 'NL',
    company_name: 'Smith Hosting',
  },
  provider: 'cpanel',
  provider_server: 'server1.example.com',
  provider_username: 'jsmith',
};
const createDocumentPlacement = {
  user: {
    fname: 'Jane',
    lname: 'Smith',
    email: 'jane.smith@example.com',
    locale: 'en',
    provider_server: 'server1.example.com',
    provider_username: 'jsmith',
  },
};
const createWithoutEmail = {
  user: { fname: 'Ada', lname: 'Lovelace' },
  provider_server: 'shared7.example.net',
  provider_username: 'ada',
};

/** One interaction per operation and documented response of the ComputeStacks user API. */
export const computeStacksContracts: ContractCase[] = [
  { operationId: 'getUser', status: 200, state: JOHN, request: { path: USERS } },
  {
    operationId: 'getUser',
    status: 401,
    state: JOHN,
    request: { path: USERS, headers: BAD_BASIC },
    example: 'NotAuthorized',
    description: 'a bad Basic login',
  },
  {
    operationId: 'getUser',
    status: 401,
    state: JOHN,
    request: { path: USERS, headers: { authorization: 'Bearer not-a-token' } },
    example: null,
    description: 'an unknown Bearer token: empty body',
  },
  {
    operationId: 'getUser',
    status: 403,
    state: withoutScope('profile_read'),
    request: { path: USERS, headers: scopeless('profile_read') },
  },
  {
    operationId: 'getUser',
    status: 422,
    state: JOHN,
    request: { path: USERS, headers: VERSION_40 },
    example: 'UnsupportedVersion',
  },
  {
    operationId: 'updateUser',
    status: 200,
    state: JOHN,
    request: { path: USERS, body: contactDetails },
    example: 'UserUpdated',
  },
  {
    operationId: 'updateUser',
    status: 400,
    state: JOHN,
    request: { path: USERS, body: { user: { email: 'not-an-email' } } },
    example: 'UpdateUserInvalid',
    description: 'an invalid email',
  },
  {
    operationId: 'updateUser',
    status: 400,
    state: TAKEN,
    request: { path: USERS, body: { user: { email: 'taken@example.com' } } },
    example: 'UpdateUserEmailTaken',
    description: 'an email another user holds',
  },
  {
    operationId: 'updateUser',
    status: 401,
    state: JOHN,
    request: { path: USERS, headers: BAD_BASIC, body: contactDetails },
    example: 'NotAuthorized',
  },
  {
    operationId: 'updateUser',
    status: 403,
    state: withoutScope('profile_update'),
    request: { path: USERS, headers: scopeless('profile_update'), body: contactDetails },
  },
  {
    operationId: 'updateUser',
    status: 400,
    state: JOHN,
    request: { path: USERS, body: { user: {} } },
    example: 'MissingUserParameter',
    description: 'an empty user',
  },
  {
    operationId: 'updateUser',
    status: 422,
    state: JOHN,
    request: { path: USERS, headers: VERSION_40, body: contactDetails },
    example: 'UnsupportedVersion',
    description: 'an unsupported API version',
  },
  {
    operationId: 'createUser',
    status: 201,
    state: NO_JANE,
    request: { path: USERS, body: createCpanel },
    example: 'CreatedUserCpanel',
    description: 'provider settings at the top level',
  },
  {
    operationId: 'createUser',
    status: 201,
    state: NO_JANE,
    request: { path: USERS, body: createDocumentPlacement },
    example: 'CreatedUserCpanel',
    description: 'provider settings inside user',
  },
  {
    operationId: 'createUser',
    status: 201,
    state: JOHN,
    request: { path: USERS, body: createWithoutEmail },
    example: 'CreatedUserGeneratedEmail',
    description: 'without an email',
  },
  {
    operationId: 'createUser',
    status: 401,
    state: JOHN,
    request: { path: USERS, headers: BAD_BASIC, body: createCpanel },
    example: 'NotAuthorized',
  },
  {
    operationId: 'createUser',
    status: 403,
    state: withoutScope('register'),
    request: { path: USERS, headers: scopeless('register'), body: createCpanel },
  },
  {
    operationId: 'createUser',
    status: 422,
    state: JOHN,
    request: { path: USERS, body: { user: { fname: 'Jane', lname: 'Smith' } } },
    example: 'MissingProviderSettings',
    description: 'without provider settings',
  },
  {
    operationId: 'createUser',
    status: 422,
    state: JOHN,
    request: {
      path: USERS,
      body: { ...createWithoutEmail, user: { fname: '', lname: '' } },
    },
    example: 'CreateUserInvalid',
    description: 'blank names',
  },
  {
    operationId: 'createUser',
    status: 400,
    state: JOHN,
    request: {
      path: USERS,
      body: { provider_server: 'server1.example.com', provider_username: 'jsmith' },
    },
    example: 'MissingUserParameter',
    description: 'without user',
  },
  {
    operationId: 'createUser',
    status: 422,
    state: JOHN,
    request: { path: USERS, headers: VERSION_40, body: createCpanel },
    example: 'UnsupportedVersion',
    description: 'an unsupported API version',
  },
  { operationId: 'getUserById', status: 200, state: JOHN, request: { path: `${USERS}/1` } },
  {
    operationId: 'updateUserById',
    status: 200,
    state: JOHN,
    request: { path: `${USERS}/1`, body: contactDetails },
  },
  {
    operationId: 'replaceUserById',
    status: 200,
    state: JOHN,
    request: { path: `${USERS}/1`, body: contactDetails },
  },
];
