// The app shell: header with the language switch, the four tools as tabs (hash routes), each tool's module
// loaded when its tab is first opened.
import './style.css'
// the app switches to English at any moment: it loads the library's English pack (Indonesian is built in)
import 'bpjs-ketenagakerjaan/locales/en'
import type { Lang } from './i18n'
import { h, setLanguage, state, t, tx } from './ui'
import type { Key } from './i18n'

interface Route {
  id: string
  label: Key
  load: () => Promise<{ mount: (root: HTMLElement) => void }>
}

const ROUTES: readonly Route[] = [
  { id: 'iuran', label: 'tabIuran', load: () => import('./tools/iuran') },
  { id: 'manfaat', label: 'tabManfaat', load: () => import('./tools/manfaat') },
  { id: 'kelayakan', label: 'tabKelayakan', load: () => import('./tools/kelayakan') },
  { id: 'program', label: 'tabProgram', load: () => import('./tools/program') },
]

const params = new URLSearchParams(location.search)
const stored = (() => {
  try {
    return localStorage.getItem('bpjs-tk-lang')
  } catch {
    return null
  }
})()
const initial: Lang = (params.get('lang') ?? stored) === 'en' ? 'en' : 'id'
state.lang = initial

const langSelect = h(
  'select',
  { id: 'lang', name: 'lang' },
  h('option', { value: 'id' }, 'Bahasa Indonesia'),
  h('option', { value: 'en' }, 'English'),
)
langSelect.value = initial
langSelect.addEventListener('change', () => {
  const lang: Lang = langSelect.value === 'en' ? 'en' : 'id'
  try {
    localStorage.setItem('bpjs-tk-lang', lang)
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  setLanguage(lang)
})

const tabs = ROUTES.map((r) => h('a', { href: `#/${r.id}`, 'data-route': r.id }, tx(r.label)))
const main = h('main', { id: 'content', tabindex: '-1' })
const sections = new Map<string, HTMLElement>()

document.body.replaceChildren(
  h('a', { class: 'skip', href: '#content' }, tx('skip')),
  h(
    'header',
    { class: 'top' },
    h('div', { class: 'brand' }, h('h1', {}, tx('appTitle')), h('p', { class: 'lead' }, tx('appLead'))),
    h('div', { class: 'lang' }, h('label', { for: 'lang' }, tx('language')), langSelect),
  ),
  h('nav', { class: 'tabs', 'aria-label': t('nav') }, ...tabs),
  main,
  h('footer', {}, h('p', {}, tx('footer'))),
  h('div', { id: 'live', class: 'visually-hidden', 'aria-live': 'polite', role: 'status' }),
)

async function show(): Promise<void> {
  const id = location.hash.replace(/^#\/?/, '').split('/')[0] || 'iuran'
  const route = ROUTES.find((r) => r.id === id) ?? ROUTES[0]!
  for (const a of tabs)
    if (a.dataset.route === route.id) a.setAttribute('aria-current', 'page')
    else a.removeAttribute('aria-current')
  for (const [k, s] of sections) s.hidden = k !== route.id
  if (!sections.has(route.id)) {
    const section = h('section', { id: `tool-${route.id}`, class: 'tool' })
    sections.set(route.id, section)
    main.append(section)
    const mod = await route.load()
    mod.mount(section)
  }
  document.body.dataset.route = route.id
  document.body.dataset.ready = 'true'
}

window.addEventListener('hashchange', () => {
  document.body.dataset.ready = 'false'
  void show().then(() => main.focus({ preventScroll: true }))
})
setLanguage(initial)
void show()
