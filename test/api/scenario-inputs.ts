/** The JSON scenario fixtures (test/scenarios), read once: shared by the API tests (one pass, schemas). */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export interface Fixture {
  readonly file: string
  readonly name: string
  readonly function: string
  readonly input: unknown
  readonly options?: unknown
  readonly output?: unknown
  readonly error?: { readonly class: string; readonly code?: string }
}

const root = new URL('../scenarios/', import.meta.url).pathname

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f)
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.json') ? [p] : []
    })
}

/** Every fixture, in file order. */
export const FIXTURES: readonly Fixture[] = walk(root).flatMap((file) => {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Fixture | Fixture[]
  return (Array.isArray(raw) ? raw : [raw]).map((f) => ({ ...f, file: relative(root, file) }))
})

/** The fixtures whose input is valid (they expect a result). */
export const VALID_FIXTURES = FIXTURES.filter((f) => f.error === undefined)
