/**
 * Every mutant disabled in the source as equivalent carries a reason and is listed in docs/dev/mutation.md;
 * a block disable is closed by a restore in the same file.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')
const doc = readFileSync(join(root, 'docs', 'dev', 'mutation.md'), 'utf8')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
}

const COMMENT = /\/\/ Stryker (disable|restore)(?: (next-line))?(?: ([A-Za-z, ]+?))?(?:: (.*))?$/
const comments = sourceFiles(join(root, 'src')).flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      const m = COMMENT.exec(line.trim())
      if (m === null) return []
      const rel = file.slice(join(root, 'src').length + 1).replaceAll('\\', '/')
      return [
        {
          where: `${rel}:${i + 1}`,
          line: i + 1,
          file: rel,
          kind: m[1]!,
          nextLine: m[2] !== undefined,
          mutators: m[3],
          reason: m[4],
        },
      ]
    }),
)
const disables = comments.filter((c) => c.kind === 'disable')

describe('equivalent mutants are documented', () => {
  it('the source has disable comments to check', () => {
    expect(disables.length).toBeGreaterThan(0)
  })

  it.each(disables.map((c) => [c.where, c] as const))('%s names its mutators and gives a reason', (_w, c) => {
    expect(c.mutators, 'a disable comment names its mutators (never "all")').toMatch(
      /^[A-Z][A-Za-z]+(, ?[A-Z][A-Za-z]+)*$/,
    )
    expect(c.reason ?? '').not.toBe('')
  })

  it.each(disables.map((c) => [c.where, c] as const))('%s is listed in docs/dev/mutation.md', (_w, c) => {
    const escaped = (c.reason ?? '').replaceAll('|', '\\|')
    expect(doc).toContain(`| \`${c.file}\` | ${c.mutators!.split(/, ?/).join(', ')} | ${escaped} |`)
  })

  it('the table lists no comment that is gone from the source', () => {
    const section = doc.slice(
      doc.indexOf('### Disabled in the source'),
      doc.indexOf('### Equivalent, left surviving'),
    )
    const rows = section.split('\n').filter((l) => l.startsWith('| `'))
    expect(rows).toHaveLength(disables.length)
  })

  it('a block disable is restored in the same file', () => {
    for (const c of disables.filter((d) => !d.nextLine)) {
      const restored = comments.some(
        (r) => r.kind === 'restore' && r.file === c.file && r.mutators === c.mutators && r.line > c.line,
      )
      expect(restored, `${c.where} disables ${c.mutators} to the end of the file`).toBe(true)
    }
  })
})
