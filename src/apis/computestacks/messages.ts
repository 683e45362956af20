import type { Issue } from '../../core/api/index.ts';

/** Rails' `humanize`: `company_name` → `Company name`, `external_id` → `External`. */
export function humanize(attribute: string): string {
  const words = attribute.replace(/_id$/, '').replaceAll('_', ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `errors.full_messages`: the attribute's human name, then the message. */
export function fullMessage(attribute: string, message: string): string {
  return `${humanize(attribute)} ${message}`;
}

/** The model attribute an issue is about: `/user/email` → `email`. */
export function attributeOf(issue: Issue): string {
  const segments = issue.pointer.split('/').filter(Boolean);
  return (segments[0] === 'user' ? segments[1] : segments[0]) ?? 'base';
}

/** `Issue.keyword` of a message the handlers wrote in the model's own words. */
export const MODEL = 'model';

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * What the model would say about a value the schema refused. The real model
 * only checks presence, email and currency; the rest reads as `is invalid`.
 */
export function modelMessage(attribute: string, issue: Issue): string {
  if (issue.keyword === MODEL) return issue.message;
  if (issue.keyword === 'required' || (issue.keyword !== 'type' && blank(issue.value)))
    return "can't be blank";
  if (attribute === 'currency') return 'Unknown currency.';
  if (attribute === 'country' && typeof issue.value === 'string' && issue.value.length !== 2)
    return 'is the wrong length (should be 2 characters)';
  return 'is invalid';
}

/**
 * The order the model validates in (`fname`, `lname`, `email`, then the
 * address, then `UserValidator`'s currency), which is the order of its messages.
 */
const VALIDATION_ORDER = [
  'fname',
  'lname',
  'email',
  'locale',
  'country',
  'state',
  'address1',
  'address2',
  'city',
  'zip',
  'phone',
  'company_name',
  'c_sftp_pass',
  'external_id',
  'merge_labels',
  'currency',
];

const rank = (attribute: string) => {
  const at = VALIDATION_ORDER.indexOf(attribute);
  return at < 0 ? VALIDATION_ORDER.length : at;
};

/** One full message per attribute, in the model's order. */
export function fullMessagesOf(issues: readonly Issue[]): string[] {
  const byAttribute = new Map<string, string>();
  for (const issue of issues) {
    const attribute = attributeOf(issue);
    if (!byAttribute.has(attribute))
      byAttribute.set(attribute, fullMessage(attribute, modelMessage(attribute, issue)));
  }
  return [...byAttribute.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([, message]) => message);
}
