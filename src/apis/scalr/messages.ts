import type { Issue } from '../../core/api/index.ts';

/** The password rule, worded as Scalr's create-user reference words it. */
export const WEAK_PASSWORD =
  'Must be at least 8 characters long and contain at least one digit, one lowercase letter, one uppercase letter, and one special character.';

const PASSWORD = '/data/attributes/password';
const ALLOWED = /allowed values: (.*)$/;
const LIMIT = /(\d+)/;
const PATTERN = /pattern "(.*)"$/;

const TYPE_MESSAGES: Record<string, string> = {
  integer: 'value is not a valid integer',
  number: 'value is not a valid float',
  string: 'str type expected',
  boolean: 'value could not be parsed to a boolean',
  object: 'value is not a valid dict',
  array: 'value is not a valid list',
};

/**
 * An issue's `detail` in the words of Scalr's validation (pydantic, as the
 * document's examples show: `value is not a valid email address`,
 * `ensure this value is less than or equal to 100`). Issues a handler raised
 * carry their own message.
 */
export function detailOf(issue: Issue): string {
  if (issue.pointer === PASSWORD && ['minLength', 'pattern'].includes(issue.keyword ?? ''))
    return WEAK_PASSWORD;
  const limit = LIMIT.exec(issue.message)?.[1];
  switch (issue.keyword) {
    case 'required':
      return 'field required';
    case 'additionalProperties':
      return 'extra fields not permitted';
    case 'enum':
      return enumDetail(issue);
    case 'format':
      return issue.message.includes('email')
        ? 'value is not a valid email address'
        : 'invalid datetime format';
    case 'minimum':
      return `ensure this value is greater than or equal to ${limit}`;
    case 'maximum':
      return `ensure this value is less than or equal to ${limit}`;
    case 'minLength':
      return `ensure this value has at least ${limit} characters`;
    case 'maxLength':
      return `ensure this value has at most ${limit} characters`;
    case 'pattern':
      return `string does not match regex "${PATTERN.exec(issue.message)?.[1] ?? ''}"`;
    case 'type':
      return (
        TYPE_MESSAGES[issue.message.replace('must be ', '').split(',')[0] ?? ''] ?? issue.message
      );
    default:
      return issue.message;
  }
}

/** Sort and include name what they accept; other enums list the permitted values. */
function enumDetail(issue: Issue): string {
  const allowed = (ALLOWED.exec(issue.message)?.[1] ?? '').split(', ').filter(Boolean);
  const parameter = issue.location === 'query' ? issue.pointer.split('/')[1] : undefined;
  if (parameter === 'sort') {
    const fields = allowed.filter((value) => !value.startsWith('-'));
    const named = typeof issue.value === 'string' ? ` '${issue.value}'` : '';
    return `Unknown sort field${named}; available: ${fields.join(', ')}.`;
  }
  if (parameter === 'include') return `Unknown include path; available: ${allowed.join(', ')}.`;
  return `value is not a valid enumeration member; permitted: ${allowed.map((value) => `'${value}'`).join(', ')}`;
}
