// Two small SVG charts (no library: they scale with the page, print sharply, and carry a text alternative):
// a column chart of a series (the monthly budget) and a horizontal bar chart of a few values (coverage).
// Each chart is an <svg role="img"> with a label, followed by its figures as a table for screen readers.
import { h } from './ui'

const NS = 'http://www.w3.org/2000/svg'

function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag)
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v))
  for (const c of children) el.append(c)
  return el
}

export interface Point {
  label: string
  /** A short label for the axis (the column chart); the full label is in the tooltip and the table. */
  short?: string
  value: number
}

/** The figures of a chart as a small table (visually tucked away, read by screen readers and in print). */
function figuresTable(
  caption: string,
  head: [string, string],
  points: readonly Point[],
  fmt: (n: number) => string,
): HTMLElement {
  return h(
    'details',
    { class: 'chart-data' },
    h('summary', {}, caption),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, head[0]), h('th', { scope: 'col', class: 'num' }, head[1])),
      ),
      h(
        'tbody',
        {},
        ...points.map((p) =>
          h('tr', {}, h('th', { scope: 'row' }, p.label), h('td', { class: 'num' }, fmt(p.value))),
        ),
      ),
    ),
  )
}

/**
 * A column chart: one column per point. The columns are an SVG stretched to the width; the labels are HTML
 * under it, so that they keep their size on a phone and in print.
 */
export function columnChart(
  title: string,
  points: readonly Point[],
  fmt: (n: number) => string,
  tableCaption: string,
  head: [string, string],
): HTMLElement {
  const W = 600
  const H = 200
  const max = Math.max(1, ...points.map((p) => p.value))
  const bw = W / Math.max(1, points.length)
  const y = (v: number): number => H * (1 - v / max)
  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-label': title,
      class: 'chart',
      preserveAspectRatio: 'none',
    },
    ...points.map((p) =>
      s(
        'rect',
        { x: 0, y: y(p.value), width: bw * 0.76, height: H - y(p.value), class: 'bar' },
        s('title', {}, `${p.label}: ${fmt(p.value)}`),
      ),
    ),
    s('line', { x1: 0, x2: W, y1: H, y2: H, class: 'axis' }),
  )
  points.forEach((_, i) => svg.children[i]?.setAttribute('x', String(i * bw + bw * 0.12)))
  const every = Math.ceil(points.length / 12)
  const ticks = h(
    'div',
    { class: 'ticks', 'aria-hidden': 'true' },
    ...points.map((p, i) => h('span', {}, i % every === 0 ? (p.short ?? p.label) : '')),
  )
  return h(
    'figure',
    { class: 'chart-box', 'data-chart': 'columns' },
    h('figcaption', {}, title),
    h('div', { class: 'chart-max', 'aria-hidden': 'true' }, fmt(max)),
    svg,
    ticks,
    figuresTable(tableCaption, head, points, fmt),
  )
}

/** Horizontal bars of a few values against the first (the whole): e.g. potential, covered before, after. */
export function barChart(
  title: string,
  points: readonly Point[],
  fmt: (n: number) => string,
  tableCaption: string,
  head: [string, string],
): HTMLElement {
  const max = Math.max(1, ...points.map((p) => p.value))
  const rows = points.map((p, i) =>
    h(
      'div',
      { class: `hbar hbar-${i}` },
      h('span', { class: 'hbar-label' }, p.label),
      h(
        'span',
        { class: 'hbar-track', 'aria-hidden': 'true' },
        h('span', { class: 'hbar-fill', style: `width:${(p.value / max) * 100}%` }),
      ),
      h('span', { class: 'hbar-value' }, fmt(p.value)),
    ),
  )
  return h(
    'figure',
    { class: 'chart-box' },
    h('figcaption', {}, title),
    h(
      'div',
      {
        class: 'hbars',
        role: 'img',
        'aria-label': `${title}: ${points.map((p) => `${p.label} ${fmt(p.value)}`).join('; ')}`,
      },
      ...rows,
    ),
    figuresTable(tableCaption, head, points, fmt),
  )
}
