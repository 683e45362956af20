/** What the account-user and user contract cases share: the seed's names, states and tokens. */
export const BASE = '/api/iacp/v3';
export const JANE = 'user-suh84u6vuvidtbg';
export const GHOST = 'user-doesnotexist';

export const JANE_STATE = `a Scalr user '${JANE}'`;
export const NO_GHOST = `no Scalr user '${GHOST}'`;
export const NO_IAM = 'tk-scalr-no-iam-access';
export const NO_IAM_STATE = `a Scalr token '${NO_IAM}' without IAM permissions`;

export const invalidToken = { authorization: 'Bearer not-a-token' };
export const noIam = { authorization: `Bearer ${NO_IAM}` };
