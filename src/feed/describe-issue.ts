import type * as z from 'zod/mini'

// zod/mini ships no messages of its own ("Invalid input"): these lines say what was expected.

const datetimeHint = 'expected an ISO 8601 date-time with an offset, e.g. 2025-06-10T10:00:00+01:00'

function shown(input: unknown): string {
  if (input === undefined) return 'nothing'
  const text = JSON.stringify(input)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** "a string", "an array". */
function withArticle(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`
}

/** What came, by kind and value: "number 42", "null", "array [1,2]". */
function kindAndValue(input: unknown): string {
  if (input === null) return 'null'
  const kind = Array.isArray(input) ? 'array' : typeof input
  return `${kind} ${shown(input)}`
}

/** A zod issue as one readable line that says what was expected and what came. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const got = 'input' in issue ? ` (got ${shown(issue.input)})` : ''
  if (issue.code === 'invalid_format' && issue.format === 'datetime')
    return `invalid date-time${got} (${datetimeHint})`
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return `missing (expected ${withArticle(issue.expected)})`
  if (issue.code === 'invalid_value')
    return `Invalid option: expected one of ${issue.values.map((v) => JSON.stringify(v)).join('|')}${got}`
  if (issue.code === 'invalid_type')
    return `expected ${withArticle(issue.expected)}, got ${kindAndValue(issue.input)}`
  if (issue.code === 'too_small' && issue.origin === 'string')
    return `expected a non-empty string${got}`
  if (issue.code === 'invalid_format' && issue.format === 'regex')
    return `expected ${issue.message}${got}`
  if (/\bexpected\b/i.test(issue.message))
    return `${got === '' ? issue.message : issue.message.replace(/, received \w+$/, '')}${got}`
  return `invalid value${got} (expected ${issue.message})`
}
