/**
 * The library's caches, in one place. Every module-level memo of `src/` is made here, by {@link boundedMap},
 * {@link weakCache} or {@link scratchArray}, with a description: what it holds, why sharing it between calls
 * is safe, how big it can grow. {@link registeredCaches} lists them (the repository's architecture guide shows
 * the same table; a test checks that the two agree and that no other module-level map exists in `src/`).
 *
 * The rules every cache follows:
 *
 * - It holds only values derived from the library's frozen law (parameters, catalogues, citations) or from
 *   frozen values a caller cannot change (resolved options, readings, rates); a cached value is frozen.
 * - It never changes a result, only how fast it is found: emptying any cache at any time is harmless.
 * - It is bounded: a {@link BoundedMap} is emptied when it is full (the next calls read the law again), a weak
 *   cache lives as long as its keys, a scratch array has a fixed length.
 * - Nothing global is configurable: there is no switch, no clock, no environment.
 */

/** What a cache holds, why it is safe to share, and how big it can grow (for the docs and the tests). */
export interface CacheDescription {
  /** `<file under src/> <binding>`, e.g. `'money/rate.ts rateCache'`. */
  readonly name: string
  readonly holds: string
  readonly safe: string
  /** The bound in words (a {@link BoundedMap} also states its number). */
  readonly bound: string
}

/** A registered cache: its description, its kind and, for a map, its current size. */
export interface RegisteredCache extends CacheDescription {
  readonly kind: 'bounded' | 'weak' | 'scratch'
  /** Entries now; `undefined` for a weak cache (not countable) and a scratch array. */
  size(): number | undefined
}

const REGISTRY: RegisteredCache[] = []

function register(entry: RegisteredCache): void {
  REGISTRY.push(Object.freeze(entry))
}

/** Every cache made so far (one per module-level binding; modules register theirs when first loaded). */
export function registeredCaches(): readonly RegisteredCache[] {
  return REGISTRY.slice()
}

/**
 * A map of at most `max` entries: adding a new key to a full map empties it first. The policy is the
 * simplest that bounds memory: a cache miss only costs reading the law again.
 */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>()

  constructor(readonly max: number) {}

  get(key: K): V | undefined {
    return this.map.get(key)
  }

  has(key: K): boolean {
    return this.map.has(key)
  }

  /** Keeps `value` under `key` (emptying the map first when it is full) and returns it. */
  set(key: K, value: V): V {
    if (this.map.size >= this.max && !this.map.has(key)) this.map.clear()
    this.map.set(key, value)
    return value
  }

  get size(): number {
    return this.map.size
  }

  clear(): void {
    this.map.clear()
  }
}

/** A registered module-level {@link BoundedMap} of at most `max` entries. */
export function boundedMap<K, V>(description: CacheDescription, max: number): BoundedMap<K, V> {
  const map = new BoundedMap<K, V>(max)
  register({ ...description, kind: 'bounded', size: () => map.size })
  return map
}

/**
 * A registered module-level `WeakMap`: an entry lives as long as its key (a frozen reading, rate, citation,
 * options object or plan), so the cache never outgrows what the caller keeps alive.
 */
export function weakCache<K extends object, V>(description: CacheDescription): WeakMap<K, V> {
  register({ ...description, kind: 'weak', size: () => undefined })
  return new WeakMap<K, V>()
}

/**
 * A registered module-level typed array of `length` numbers, written and read back within one synchronous
 * call (never kept across calls, never returned).
 */
export function scratchArray(description: CacheDescription, length: number): Float64Array {
  register({ ...description, kind: 'scratch', size: () => undefined })
  return new Float64Array(length)
}
