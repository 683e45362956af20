import { ApiError, type Issue } from '../../core/api/index.ts';
import type { components } from '../../generated/computestacks.ts';
import { MODEL } from './messages.ts';
import type { ComputeStacksState, ComputeStacksUser, Labels, StoredAccount } from './state.ts';

export type UpdateAttributes = components['schemas']['UpdateUserAttributes'];
export type CreateAttributes = components['schemas']['CreateUserAttributes'];

/** Text attributes the account may leave empty (`null` in `GET /api/users`). */
export const OPTIONAL_TEXT = [
  'phone',
  'address1',
  'address2',
  'city',
  'company_name',
  'zip',
  'state',
] as const;

/** ajv-formats' `email` (what responses are checked against), for emails the server makes up. */
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** `Money::Currency.table`: a code the money gem knows; anything else is `Unknown currency.`. */
export function isKnownCurrency(code: string): boolean {
  return ISO_CURRENCIES.has(code);
}

/** `{code, symbol}` as `show.rabl` renders it (`Money.new(1, code).symbol`). */
export function currencyOf(code: string): ComputeStacksUser['currency'] {
  const parts = new Intl.NumberFormat('en', {
    style: 'currency',
    currency: code,
    currencyDisplay: 'narrowSymbol',
  }).formatToParts(0);
  return { code, symbol: parts.find((part) => part.type === 'currency')?.value ?? code };
}

export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Collects the model's validation errors, as `user.errors` would, and throws them together. */
export class ModelErrors {
  readonly #issues: Issue[] = [];

  add(attribute: string, message: string): void {
    this.#issues.push({
      location: 'body',
      pointer: `/user/${attribute}`,
      message,
      keyword: MODEL,
    });
  }

  throwIfAny(): void {
    if (this.#issues.length === 0) return;
    throw new ApiError({
      kind: 'invalid',
      message: this.#issues.map((issue) => `${issue.pointer} ${issue.message}`).join(', '),
      issues: this.#issues,
    });
  }
}

/** The `validates` of the User model that the schema cannot express. */
export function validateUser(
  state: ComputeStacksState,
  user: ComputeStacksUser,
  self: StoredAccount | undefined,
  errors: ModelErrors,
): void {
  if (isBlank(user.fname)) errors.add('fname', "can't be blank");
  if (isBlank(user.lname)) errors.add('lname', "can't be blank");
  if (!EMAIL.test(user.email)) errors.add('email', 'is invalid');
  const holder = state.accounts.find('email', user.email.toLowerCase());
  if (holder && holder !== self) errors.add('email', 'has already been taken');
  if (!isKnownCurrency(user.currency.code)) errors.add('currency', 'Unknown currency.');
}

/** `combine_labels`: each top-level key of `merge_labels` replaces the user's. */
export function mergeLabels(labels: Labels, merge: Labels | undefined): Labels {
  return merge ? { ...labels, ...merge } : labels;
}

/** Copies the permitted attributes the request sends onto a user (strong parameters). */
export function assignAttributes(
  user: ComputeStacksUser,
  attributes: UpdateAttributes | CreateAttributes,
): ComputeStacksUser {
  const next: ComputeStacksUser = { ...user };
  if (typeof attributes.fname === 'string') next.fname = attributes.fname;
  if (typeof attributes.lname === 'string') next.lname = attributes.lname;
  if (typeof attributes.email === 'string') next.email = attributes.email.toLowerCase();
  if (typeof attributes.locale === 'string') next.locale = attributes.locale;
  if (typeof attributes.country === 'string') next.country = attributes.country;
  const sftp = castBoolean(attributes.c_sftp_pass);
  if (sftp !== undefined) next.c_sftp_pass = sftp;
  // The model upcases the currency before validation, on create and on update.
  if (typeof attributes.currency === 'string' && attributes.currency !== '')
    next.currency = currencyOf(attributes.currency.toUpperCase());
  for (const field of OPTIONAL_TEXT) {
    const value = attributes[field];
    if (value !== undefined) next[field] = value;
  }
  return next;
}

/** ActiveModel::Type::Boolean's FALSE_VALUES; any other value is true, and blank is no value. */
const FALSE_VALUES = new Set([false, 0, '0', 'f', 'F', 'false', 'FALSE', 'off', 'OFF']);

function castBoolean(value: unknown): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return !FALSE_VALUES.has(value as string | number | boolean);
}
