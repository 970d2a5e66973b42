import { jsonPath, type FeedProblem } from './parse'
import type { FeedDocumentName, RawFeed } from './raw-feed'

/**
 * Names a reader tells apart by eye: "Donald Trump" and "Dоnald Trump" (a Cyrillic о) would be two
 * speakers who look the same. Flags a word that mixes Latin, Cyrillic and Greek letters, a name
 * with invisible formatting characters (a right-to-left override, a zero-width space), and two
 * records whose names are the same once those tricks are undone.
 */

/** The names checked here (the text check leaves their direction controls to this one). */
export const readerNames: { document: FeedDocumentName; list: string; field: string }[] = [
  { document: 'index', list: 'people', field: 'name' },
  { document: 'index', list: 'parties', field: 'name' },
  { document: 'index', list: 'sources', field: 'name' },
  { document: 'index', list: 'topics', field: 'label' },
  { document: 'markets', list: 'instruments', field: 'name' },
]

const scripts = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
] as const
const invisible = /[\p{Cf}\u115F\u1160\u3164\uFFA0]/gu
/**
 * The zero-width non-joiner and joiner are part of how some scripts spell: Persian writes
 * "علی‌اکبر" with one, Indic scripts choose a letter's form with them. After a letter or mark of
 * such a script they are spelling, not a trick; after a Latin, Cyrillic or Greek letter they are.
 */
const spellingJoiner =
  /(?<=[\p{L}\p{M}](?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]))[\u200C\u200D]/gu

/**
 * Direction marks (LRM, RLM, ALM) place the punctuation and Latin letters of a right-to-left name
 * (a closing parenthesis after Hebrew letters, held by a U+200F): in a name with right-to-left
 * letters they are spelling too. Elsewhere they have no use; undone, names still collide.
 */
const directionMark = /[\u200E\u200F\u061C]/gu
const rightToLeftLetter =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u

/** The invisible characters of a name that are no part of how its script is written. */
function hiddenCharacters(name: string): string[] {
  let rest = name.replace(spellingJoiner, '')
  if (rightToLeftLetter.test(name)) rest = rest.replace(directionMark, '')
  return [...new Set(rest.match(invisible) ?? [])]
}

/** Cyrillic and Greek letters drawn like Latin ones (lower case; the name is lower-cased first). */
const lookalikes: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ɡ: 'g',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
}

/** A name with case, accents, invisible characters, lookalike letters and spacing undone. */
export function nameSkeleton(name: string): string {
  return name
    .normalize('NFKC')
    .replace(invisible, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/./gu, (ch) => lookalikes[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim()
}

function scriptsOf(word: string): string[] {
  return scripts.filter(([, pattern]) => pattern.test(word)).map(([name]) => name)
}

function records(raw: unknown, list: string): unknown[] {
  if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, list)) return []
  const value: unknown = Object.getOwnPropertyDescriptor(raw, list)?.value
  return Array.isArray(value) ? value : []
}

function fieldOf(record: unknown, field: string): string | null {
  if (typeof record !== 'object' || record === null) return null
  const value: unknown = Object.getOwnPropertyDescriptor(record, field)?.value
  return typeof value === 'string' ? value : null
}

const codePoint = (ch: string) =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

export function lookalikeNameProblems(
  feed: RawFeed,
  documentPath: (name: FeedDocumentName) => string,
): FeedProblem[] {
  const problems: FeedProblem[] = []
  for (const { document, list, field } of readerNames) {
    const resource = documentPath(document)
    const firstBySkeleton = new Map<string, { name: string; path: string }>()
    records(feed.documents[document], list).forEach((record, index) => {
      const name = fieldOf(record, field)
      if (name === null) return
      const path = jsonPath([list, index, field])
      const hidden = hiddenCharacters(name)
      if (hidden.length > 0) {
        problems.push({
          resource,
          path,
          message: `suspicious name ${JSON.stringify(name)}: invisible formatting character ${hidden.map(codePoint).join(', ')} (expected visible letters only)`,
        })
      }
      for (const word of name.split(/[\s\p{P}]+/u)) {
        const found = scriptsOf(word)
        if (found.length > 1) {
          problems.push({
            resource,
            path,
            message: `suspicious name ${JSON.stringify(name)}: "${word}" mixes ${found.join(' and ')} letters (expected one script per word)`,
          })
        }
      }
      const skeleton = nameSkeleton(name)
      const first = firstBySkeleton.get(skeleton)
      if (first && first.name !== name) {
        problems.push({
          resource,
          path,
          message: `suspicious name ${JSON.stringify(name)}: looks the same as ${JSON.stringify(first.name)} at ${first.path} (expected names a reader can tell apart)`,
        })
      } else if (!first) firstBySkeleton.set(skeleton, { name, path })
    })
  }
  return problems
}
