#!/usr/bin/env node
// Reports the transfer size of the web app's first page (dist-web/, after `vite build`): index.html, the
// entry script and everything it imports, the stylesheet, and the first tool (Iuran), each gzipped (level 6,
// what static hosts commonly send). Writes dist-web/size.json and fails above the budget (150 kB = 150,000
// bytes gzip, charts included). The e2e test measures the same page in the browser and holds it to the budget.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export const FIRST_PAGE_BUDGET = 150_000
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist-web')

/** The files of the first page and their raw and gzip sizes. */
export function firstPageFiles(dir = dist) {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'))
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)
  const files = new Set(['index.html'])
  const visit = (key) => {
    const chunk = manifest[key]
    if (chunk === undefined || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const imp of chunk.imports ?? []) visit(imp)
  }
  visit(entryKey)
  // the first tool, loaded by the entry when the page opens on its default route
  const first = (manifest[entryKey].dynamicImports ?? []).find((k) => /tools\/iuran\.ts$/.test(k))
  if (first !== undefined) visit(first)
  return [...files].map((file) => {
    const body = readFileSync(join(dir, file))
    return { file, bytes: body.length, gzip: gzipSync(body, { level: 6 }).length }
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = firstPageFiles()
  const gzip = files.reduce((s, f) => s + f.gzip, 0)
  const bytes = files.reduce((s, f) => s + f.bytes, 0)
  for (const f of files)
    console.log(
      `web-size: ${f.file.padEnd(40)} ${String(f.bytes).padStart(8)} B  ${String(f.gzip).padStart(7)} B gzip`,
    )
  console.log(
    `web-size: first page ${bytes} B, ${gzip} B gzip (${(gzip / 1000).toFixed(1)} kB; budget ${FIRST_PAGE_BUDGET / 1000} kB)`,
  )
  writeFileSync(
    join(dist, 'size.json'),
    `${JSON.stringify({ firstPage: { bytes, gzip, budget: FIRST_PAGE_BUDGET, files } }, null, 2)}\n`,
  )
  if (gzip > FIRST_PAGE_BUDGET) {
    console.error(`web-size: the first page is over budget by ${gzip - FIRST_PAGE_BUDGET} B gzip`)
    process.exit(1)
  }
}
