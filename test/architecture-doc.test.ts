/**
 * docs/dev/architecture.md stays true to the code: every repository path it names exists, and every code
 * name it writes in backticks is declared in src/ (a function, class, type, constant, method or field), or
 * is one of the few words listed below that are not code of this repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const doc = readFileSync('docs/dev/architecture.md', 'utf8')

function walk(d: string): string[] {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n)
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : []
  })
}
const source = walk('src')
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n')

/** Words in backticks that are not names of this repository's code: JavaScript, data keys, values. */
const NOT_CODE = new Set([
  // JavaScript the page forbids or mentions
  'parseFloat',
  'toFixed',
  'number',
  // keys and values of the parameter data and of scenario files
  'id',
  'en',
  'from',
  'to',
  'low',
  'output',
  'LOW_CONFIDENCE_RULE',
])

const paths = [
  ...new Set([...doc.matchAll(/`((?:src|test|scripts|bench|docs)\/[\w./*-]+)`/g)].map((m) => m[1]!)),
]
const names = [...new Set([...doc.matchAll(/`([A-Za-z_]\w*)`/g)].map((m) => m[1]!))]

/** Is `name` declared in src: a declaration, or a member (`name(`, `name<`, `name:`, `readonly name`)? */
function declared(name: string): boolean {
  const decl = new RegExp(`\\b(?:function|const|let|class|interface|type|readonly)\\s+#?${name}\\b`)
  const member = new RegExp(`^\\s*(?:static\\s+)?${name}\\s*[(<:?]`, 'm')
  return decl.test(source) || member.test(source)
}

/** The files a path names (`docs/guides/*\/x.md`: one per folder matching the star). */
function expand(path: string): string[] {
  const star = path.indexOf('*')
  if (star < 0) return [path]
  const dir = path.slice(0, star)
  const rest = path.slice(star + 1)
  return readdirSync(dir).map((d) => `${dir}${d}${rest}`)
}

describe('docs/dev/architecture.md is true to the code', () => {
  it('names paths and code names to check', () => {
    expect(paths.length).toBeGreaterThan(20)
    expect(names.length).toBeGreaterThan(40)
  })

  it.each(paths)('the path %s exists', (p) => {
    const files = expand(p.replace(/\/$/, ''))
    expect(files.length).toBeGreaterThan(0)
    for (const f of files) expect(existsSync(f), f).toBe(true)
  })

  it.each(names.filter((n) => !NOT_CODE.has(n)))('the name %s is declared in src', (n) => {
    expect(declared(n)).toBe(true)
  })

  it('names no file outside the repository', () => {
    expect(doc).not.toMatch(/\/work\/|\.\.\/|shared\/(domain|design)/)
  })
})
