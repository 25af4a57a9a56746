import type { Json } from '../explain/types.js'
import type { PuBaseName, PuBases } from './pu-lines.js'
import { rp, rupiahOf } from './shared.js'

type Inputs = { readonly [key: string]: Json }

/**
 * The bases of one wage as an explanation shows them: each base's text (`Rp12.000.000`) and step inputs
 * (`{ wage: 12000000 }` for the wage, `{ base: … }` for a capped base), made once per explanation and shared
 * by the steps on that base (the JKK, JKM and JHT steps all show the wage). A base equal to the wage shares
 * its text.
 */
export class BaseTexts {
  private readonly texts: { readonly [K in PuBaseName]: string }
  private readonly own: { readonly [K in PuBaseName]: Inputs }

  constructor(readonly bases: PuBases) {
    const wage = rp(bases.wage)
    const textOf = (sen: number) => (sen === bases.wage ? wage : rp(sen))
    this.texts = {
      wage,
      jpCapped: textOf(bases.jpCapped),
      jkpCapped: textOf(bases.jkpCapped),
      recomposition: textOf(bases.recomposition),
    }
    const base = (sen: number): Inputs => Object.freeze({ base: rupiahOf(sen) })
    this.own = {
      wage: Object.freeze({ wage: rupiahOf(bases.wage) }),
      jpCapped: base(bases.jpCapped),
      jkpCapped: base(bases.jkpCapped),
      recomposition: base(bases.recomposition),
    }
  }

  /** The base `name` as text. */
  text(name: PuBaseName): string {
    return this.texts[name]
  }

  /** The inputs of a step on base `name`: the wage for the wage, else the base (with the step's own inputs). */
  inputs(name: PuBaseName, extra?: Inputs): Inputs {
    const own = this.own[name]
    return extra === undefined ? own : Object.freeze({ ...own, ...extra })
  }
}
