import type { Parameter } from './types.js'

/*
 * The parameters defined by the modules that are loaded: every one in Node and in a whole-library bundle,
 * only those the kept functions read in a tree-shaken browser bundle (a parameter is defined by a call of
 * `defineParameter` marked pure, which a bundler drops when nothing reads the parameter). The options of a call
 * compile the overrides of these parameters; an override of a parameter that is not loaded cannot change
 * anything the bundle computes, and is checked by id only (src/parameters/ids.ts).
 * A parameter id is defined once, so the map only grows to the 141 parameters of ALL_PARAMETERS.
 */
const LOADED = new Map<string, Parameter>()

/** Records a defined parameter (called by `defineParameter`). */
export function noteLoaded(p: Parameter): void {
  LOADED.set(p.id, p)
}

/** A loaded parameter by id, or `undefined` when no loaded module defines it. */
export function loadedParameter(id: string): Parameter | undefined {
  return LOADED.get(id)
}
