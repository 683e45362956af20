import { accountUserHandlers } from './account-users.ts';
import { userHandlers } from './users.ts';

export const scalrHandlers = { ...accountUserHandlers, ...userHandlers };
