/**
 * Valid inputs of the public functions, the starting points of the mutation fuzzer (one field replaced,
 * removed or added) and of the property tests. Each is a realistic case from the law or the issues.
 */
export const SEEDS: Readonly<Record<string, readonly unknown[]>> = {}
