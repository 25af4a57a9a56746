// An HTTP endpoint for the library with Hono (https://hono.dev) on Node, then real requests to it on
// 127.0.0.1, checked here (run by `npm run examples`, after `npm run build`).
//
//   POST /contributions   body: a calculateContribution input (JSON); header Accept-Language: id | en
//   200 → the result; 422 → BpjsValidationError (every issue: path, code, message) or BpjsRuleError (its code);
//   400 → a body that is not JSON. Any other error is a 500: a bug, never shown to the caller as "invalid input".
import assert from 'node:assert/strict'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { BpjsValidationError, safeCalculateContribution } from 'bpjs-ketenagakerjaan'

const app = new Hono()

app.post('/contributions', async (c) => {
  const locale = (c.req.header('accept-language') ?? '').startsWith('en') ? 'en' : 'id'
  let body
  try {
    body = await c.req.json()
  } catch {
    return c.json({ error: 'INVALID_JSON' }, 400)
  }
  const r = safeCalculateContribution(body, { locale })
  if (r.success) return c.json(r.data, 200)
  if (r.error instanceof BpjsValidationError)
    return c.json(
      {
        error: r.error.code, // 'VALIDATION_FAILED'
        message: r.error.message,
        issues: r.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })),
      },
      422,
    )
  // a BpjsRuleError: a valid input the law the library knows does not cover
  return c.json({ error: r.error.code, message: r.error.message, path: r.error.path }, 422)
})

const server = await new Promise((resolve) => {
  const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s))
})
const { port } = server.address()
const post = async (body, lang = 'id') => {
  const res = await fetch(`http://127.0.0.1:${port}/contributions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: res.status, json: await res.json() }
}

try {
  // BPU minimum package, 2025-06: JKK 1% × 1,000,000 = 10,000 + JKM 6,800 = 16,800
  const ok = await post({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 })
  assert.equal(ok.status, 200)
  assert.equal(ok.json.totals.total, 16800)
  console.log(`200  BPU 2025-06 → total Rp${ok.json.totals.total}`)

  // one request, every problem: the wage, the enterprise size and the risk class at once (issue 20)
  const bad = await post({ category: 'PU', period: '2025-06' }, 'en')
  assert.equal(bad.status, 422)
  assert.equal(bad.json.error, 'VALIDATION_FAILED')
  assert.deepEqual(
    bad.json.issues.map((i) => [i.path.join('.'), i.code]),
    [
      ['wage', 'REQUIRED'],
      ['enterpriseSize', 'ENTERPRISE_SIZE_REQUIRED'],
      ['jkkRiskClass', 'JKK_RISK_CLASS_REQUIRED'],
    ],
  )
  console.log(`422  ${bad.json.issues.map((i) => `${i.path.join('.')} ${i.code}`).join('; ')}`)

  // a valid input before the law the library covers (2015-07): a BpjsRuleError, 422 with its code
  const early = await post({ category: 'BPU', period: '2015-06', declaredIncome: 1000000 })
  assert.equal(early.status, 422)
  assert.equal(early.json.error, 'DATE_BEFORE_COVERAGE')
  assert.deepEqual(early.json.path, ['period'])
  console.log(`422  ${early.json.error}: ${early.json.message}`)

  const notJson = await post('{"category": ')
  assert.equal(notJson.status, 400)
  console.log(`400  ${notJson.json.error}`)
} finally {
  server.close()
}
