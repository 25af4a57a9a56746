// The built command-line tool (dist/cli.js), rebuilt when missing or older than its sources, as `npm run
// build` makes it (the cli entry of tsup.config.ts, bundled with esbuild, which tsup uses). Test files may
// call it at once: each builds into its own folder and renames the file into place (atomic).
import { build } from 'esbuild'
import type { Options } from 'tsup'
import { chmodSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '../..')
export const cli = join(root, 'dist/cli.js')

/** The newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

export async function ensureCli(): Promise<void> {
  const sources = Math.max(...['cli', 'src', 'doors'].map((d) => newest(join(root, d))))
  if (existsSync(cli) && statSync(cli).mtimeMs >= sources) return
  const configs = (await import('../../tsup.config.js')).default as unknown as Options[]
  const c = configs.find((x) => typeof x.entry === 'object' && !Array.isArray(x.entry) && 'cli' in x.entry)
  if (c === undefined) throw new Error('tsup.config.ts has no cli entry')
  const dist = join(root, 'dist')
  if (!existsSync(dist)) await import('node:fs').then((fs) => fs.mkdirSync(dist, { recursive: true }))
  const tmp = mkdtempSync(join(dist, '.cli-build-'))
  try {
    await build({
      absWorkingDir: root,
      entryPoints: c.entry as Record<string, string>,
      outdir: tmp,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: String(c.target ?? 'node20'),
      banner: { js: (c.banner as { js: string }).js },
      logLevel: 'error',
    })
    chmodSync(join(tmp, 'cli.js'), 0o755)
    renameSync(join(tmp, 'cli.js'), cli)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}
