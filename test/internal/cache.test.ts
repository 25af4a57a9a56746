/**
 * The library's caches live in one module (src/internal/cache.ts): each is registered with what it holds, why
 * it is safe and its bound; no other module-level map exists in src/; docs/dev/architecture.md lists each.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import '../../src/index.js'
import { BoundedMap, boundedMap, registeredCaches } from '../../src/internal/cache.js'

function walk(d: string): string[] {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n)
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : []
  })
}
const files = walk('src').map((f) => ({ file: f.slice('src/'.length), text: readFileSync(f, 'utf8') }))

/** `<file> <binding>` of every top-level binding made by the cache module's makers. */
const made = files.flatMap(({ file, text }) =>
  [...text.matchAll(/^(?:export )?const (\w+)\b[^=\n]*= (?:boundedMap|weakCache|scratchArray)\b/gm)].map(
    (m) => `${file} ${m[1]!}`,
  ),
)
/** Top-level `let`s and maps, sets and typed arrays made directly (an ALL_CAPS table excepted). */
const direct = files.flatMap(({ file, text }) =>
  [
    ...text.matchAll(
      /^(?:export )?(?:let (\w+)|const ([a-z]\w*)\b[^=\n]*= new (?:Map|Set|WeakMap|WeakSet|Float64Array|Int32Array|Uint8Array)\b)/gm,
    ),
  ].map((m) => `${file} ${m[1] ?? m[2]!}`),
)
const doc = readFileSync('docs/dev/architecture.md', 'utf8')

describe('src/internal/cache.ts', () => {
  it('BoundedMap keeps at most max entries: a new key in a full map empties it first', () => {
    const m = new BoundedMap<string, number>(2)
    expect(m.set('a', 1)).toBe(1)
    m.set('b', 2)
    expect([m.size, m.get('a'), m.has('b')]).toEqual([2, 1, true])
    // an existing key is replaced without emptying
    m.set('b', 3)
    expect([m.size, m.get('a'), m.get('b')]).toEqual([2, 1, 3])
    m.set('c', 4)
    expect([m.size, m.has('a'), m.has('b'), m.get('c')]).toEqual([1, false, false, 4])
    m.clear()
    expect(m.size).toBe(0)
  })

  it('a registered bounded map reports its size and description', () => {
    const before = registeredCaches().length
    const m = boundedMap<string, number>(
      { name: 'test x', holds: 'numbers', safe: 'a test', bound: '1 entry' },
      1,
    )
    m.set('a', 1)
    const entry = registeredCaches()[before]!
    expect([entry.name, entry.kind, entry.size(), registeredCaches().length]).toEqual([
      'test x',
      'bounded',
      1,
      before + 1,
    ])
  })

  it('every module-level cache of src/ is made by the cache module (none made directly)', () => {
    expect(direct).toEqual([])
    expect(made.length).toBeGreaterThanOrEqual(12)
  })

  it('every cache made in src/ is registered under its file and binding, described and bounded', () => {
    const names = registeredCaches().map((c) => c.name)
    for (const m of made) expect(names, m).toContain(m)
    for (const c of registeredCaches()) {
      expect(c.holds.length * c.safe.length * c.bound.length, c.name).toBeGreaterThan(0)
      expect(['bounded', 'weak', 'scratch']).toContain(c.kind)
    }
  })

  it.each(made)('docs/dev/architecture.md lists the cache %s', (m) => {
    const [file, name] = m.split(' ')
    expect(doc).toContain(`| \`src/${file!}\` \`${name!}\` |`)
  })
})
