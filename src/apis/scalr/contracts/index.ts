import type { ContractCase } from '../../../core/api/index.ts';
import { accountUserContracts } from './account-users.ts';
import { userContracts } from './users.ts';

/** One interaction per operation and documented response of Scalr IAM's users and account-users. */
export const scalrContracts: ContractCase[] = [...accountUserContracts, ...userContracts];
