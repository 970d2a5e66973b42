import { readFileSync } from 'node:fs'

const fixtures = new URL('../../mocks/fixtures/', import.meta.url)

/** One file of the demo feed (mocks/fixtures/), parsed fresh on every call. */
export const readFixture = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, fixtures), 'utf8'))
