import { randomBytes } from 'node:crypto';
import { reply, ApiError, type BodyOf, type Handler, hashPassword } from '../../core/api/index.ts';
import type { operations } from '../../generated/computestacks.ts';
import {
  assignAttributes,
  currencyOf,
  isBlank,
  mergeLabels,
  ModelErrors,
  validateUser,
  type CreateAttributes,
} from './attributes.ts';
import { generateApiCredential } from './credentials.ts';
import { MISSING_PROVIDER_SETTINGS } from './errors.ts';
import type { ComputeStacksPrincipal } from './auth.ts';
import {
  nextUserId,
  type ComputeStacksState,
  type ComputeStacksUser,
  type Labels,
} from './state.ts';

type CreateBody = BodyOf<operations['createUser']> & {
  user: CreateAttributes;
  provider?: string;
  provider_server?: string;
  provider_username?: string;
  labels?: Labels;
};

interface ProviderSettings {
  provider: string;
  server: string;
  username: string;
}

/**
 * `POST /api/users`: a user for the embeddable interface, with generated API
 * credentials (the password is shown once, in this answer) and cPanel labels.
 */
export const createUser: Handler<ComputeStacksState, ComputeStacksPrincipal> = ({
  state,
  body,
}) => {
  const request = body as CreateBody;
  const settings = providerSettingsOf(request);
  const now = new Date().toISOString();
  const user = newUser(state, request.user, settings, now);
  const errors = new ModelErrors();
  validateUser(state, user, undefined, errors);
  errors.throwIfAny();
  const labels = mergeLabels(
    { ...request.labels, [settings.provider]: { [settings.server]: settings.username } },
    request.user.merge_labels,
  );
  state.accounts.insert({ user, labels, externalId: request.user.external_id ?? null });
  const api = generateApiCredential();
  state.credentials.insert({
    name: 'generated-on-signup',
    username: api.username,
    passwordDigest: hashPassword(api.password),
    userId: user.id,
  });
  const { id, fname, lname, email, currency } = user;
  return reply(201, { user: { id, fname, lname, email, currency: currency.code, api, labels } });
};

/** The controller reads the top level; the document puts them in `user`: top level first. */
function providerSettingsOf(request: CreateBody): ProviderSettings {
  const provider = (request.provider ?? 'cpanel').toLowerCase();
  for (const holder of [request, request.user]) {
    if (!isBlank(holder.provider_server) && !isBlank(holder.provider_username))
      return {
        provider,
        server: String(holder.provider_server),
        username: String(holder.provider_username),
      };
  }
  throw new ApiError({
    kind: 'missing',
    code: MISSING_PROVIDER_SETTINGS,
    message: 'missing provider settings',
  });
}

function newUser(
  state: ComputeStacksState,
  attributes: CreateAttributes,
  settings: ProviderSettings,
  now: string,
): ComputeStacksUser {
  const { installation } = state.settings;
  const blankUser: ComputeStacksUser = {
    id: nextUserId(state),
    fname: '',
    lname: '',
    email: '',
    phone: null,
    address1: null,
    address2: null,
    city: null,
    company_name: null,
    // `user_address`: without billing address rules, a new user's country defaults to US.
    country: 'US',
    timezone: 'UTC',
    currency: currencyOf(installation.currency),
    c_sftp_pass: false,
    zip: null,
    vat: null,
    state: null,
    locale: 'en',
    created_at: now,
    updated_at: now,
    billing_plan: { ...installation.billingPlan },
    services: {
      projects: 0,
      containers: 0,
      container_services: 0,
      container_images: 0,
      container_registries: 0,
      dns_zones: 0,
    },
    quota: structuredClone(installation.quota),
    unprocessed_usage: 0,
  };
  const user = assignAttributes(blankUser, attributes);
  if (!installation.locales.includes(user.locale)) user.locale = 'en';
  if (isBlank(attributes.email) || state.accounts.find('email', user.email))
    user.email = generatedEmail(state, settings.username);
  return user;
}

/** `<provider_username>_<12 hex>@<host>`, as the controller makes one up. */
function generatedEmail(state: ComputeStacksState, username: string): string {
  const host = state.settings.installation.hostname.split(':')[0];
  for (;;) {
    const email = `${username}_${randomBytes(6).toString('hex')}@${host}`.toLowerCase();
    if (!state.accounts.find('email', email)) return email;
  }
}
