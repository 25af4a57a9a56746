// node scripts/code-metrics.mjs [dir] [--json] [--check]
//
// The size figures of issue 15, from the TypeScript syntax tree of every .ts file under `dir` (default src):
//   - files over 400 lines;
//   - functions (declarations, methods, arrow and function expressions, accessors, constructors) over 50
//     and over 80 lines, the first line of the signature to the closing brace;
//   - module-level mutable state: top-level `let` bindings and top-level `const` bindings made with
//     `new Map`, `new Set`, `new WeakMap`, `new WeakSet` or a typed array (the caches; an ALL_CAPS
//     constant such as a registry is a table, not a cache);
//   - the caches made through src/internal/cache.ts (`boundedMap`, `weakCache`, `scratchArray`), listed
//     apart: registered, described and bounded.
// --check exits 1 when a file is over 400 lines or a function over 80 lines, except the files listed in
// KNOWN_LARGE below (files not yet split, reported, not hidden). Data tables (an exported const whose
// initializer is an object or array literal) are not functions and are not counted.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

const args = process.argv.slice(2)
const dir = args.find((a) => !a.startsWith('--')) ?? 'src'
const json = args.includes('--json')
const check = args.includes('--check')

/** Files known to be over a limit, kept in view until they are split (path → why). */
export const KNOWN_LARGE = new Map([])

function walk(d) {
  const out = []
  for (const name of readdirSync(d)) {
    const p = join(d, name)
    if (statSync(p).isDirectory()) out.push(...walk(p))
    else if (p.endsWith('.ts')) out.push(p)
  }
  return out.sort()
}

const REGISTERED = /^(boundedMap|weakCache|scratchArray)\b/
const CACHE_CTORS = /^new (Map|Set|WeakMap|WeakSet|Float64Array|Int32Array|Uint8Array|Int8Array)\b/

function nameOf(node, sf) {
  if (node.name) return node.name.getText(sf)
  if (ts.isConstructorDeclaration(node)) return 'constructor'
  const p = node.parent
  if (p && ts.isVariableDeclaration(p)) return p.name.getText(sf)
  if (p && ts.isPropertyAssignment(p)) return p.name.getText(sf)
  if (p && ts.isPropertyDeclaration(p)) return p.name.getText(sf)
  return '(anonymous)'
}

export function measure(root) {
  const files = []
  const functions = []
  const caches = []
  const registered = []
  for (const file of walk(root)) {
    const text = readFileSync(file, 'utf8')
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const rel = relative(process.cwd(), file)
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
    files.push({ file: rel, lines })
    const line = (pos) => sf.getLineAndCharacterOfPosition(pos).line + 1
    const visit = (node) => {
      if (
        ts.isFunctionDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isArrowFunction(node) ||
        ts.isFunctionExpression(node) ||
        ts.isGetAccessor(node) ||
        ts.isSetAccessor(node) ||
        ts.isConstructorDeclaration(node)
      ) {
        if (node.body) {
          const n = line(node.body.end) - line(node.getStart(sf)) + 1
          functions.push({ file: rel, name: nameOf(node, sf), line: line(node.getStart(sf)), lines: n })
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
    for (const st of sf.statements) {
      if (!ts.isVariableStatement(st)) continue
      const isLet = (st.declarationList.flags & ts.NodeFlags.Let) !== 0
      for (const d of st.declarationList.declarations) {
        const init = d.initializer?.getText(sf) ?? ''
        const name = d.name.getText(sf)
        if (REGISTERED.test(init)) {
          registered.push({ file: rel, name, line: line(d.getStart(sf)), kind: init.split(/[(<]/)[0] })
          continue
        }
        // an ALL_CAPS constant (a registry, a set of forbidden keys, an empty map) is a table, not a cache
        if (isLet || (CACHE_CTORS.test(init) && !/^[A-Z0-9_]+$/.test(name)))
          caches.push({
            file: rel,
            name,
            line: line(d.getStart(sf)),
            kind: isLet ? 'let' : init.split(/[(<]/)[0],
          })
      }
    }
  }
  functions.sort((a, b) => b.lines - a.lines)
  files.sort((a, b) => b.lines - a.lines)
  return { files, functions, caches, registered }
}

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  const m = measure(dir)
  const over = (n) => m.functions.filter((f) => f.lines > n)
  const big = m.files.filter((f) => f.lines > 400)
  if (json) console.log(JSON.stringify({ ...m, over50: over(50).length, over80: over(80).length }, null, 2))
  else {
    console.log(`files over 400 lines: ${big.length}`)
    for (const f of big) console.log(`  ${f.lines}  ${f.file}`)
    console.log(`functions over 50 lines: ${over(50).length}; over 80: ${over(80).length}`)
    for (const f of over(50)) console.log(`  ${f.lines}  ${f.file}:${f.line} ${f.name}`)
    console.log(`module-level mutable state outside src/internal/cache.ts: ${m.caches.length}`)
    for (const c of m.caches) console.log(`  ${c.file}:${c.line} ${c.name} (${c.kind})`)
    console.log(`caches registered in src/internal/cache.ts: ${m.registered.length}`)
    for (const c of m.registered) console.log(`  ${c.file}:${c.line} ${c.name} (${c.kind})`)
  }
  if (check) {
    const bad = [
      ...big.filter((f) => !KNOWN_LARGE.has(f.file)).map((f) => `${f.file}: ${f.lines} lines`),
      ...over(80)
        .filter((f) => !KNOWN_LARGE.has(f.file))
        .map((f) => `${f.file}:${f.line} ${f.name}: ${f.lines} lines`),
    ]
    if (bad.length > 0) {
      console.error(`over the limits (400 lines a file, 80 a function):\n  ${bad.join('\n  ')}`)
      process.exit(1)
    }
  }
}
