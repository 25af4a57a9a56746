/** The kind of a legal source. */
export type SourceKind =
  | 'UU' // undang-undang (statute)
  | 'KUH' // kitab undang-undang (a code, e.g. the Civil Code, KUH Perdata)
  | 'PP' // peraturan pemerintah (government regulation)
  | 'Perpres' // presidential regulation
  | 'Keppres' // presidential decision (keputusan presiden)
  | 'Inpres' // presidential instruction
  | 'Permenaker' // minister of manpower regulation
  | 'PMK' // minister of finance regulation
  | 'Permendagri' // minister of home affairs regulation
  | 'Perwal' // mayoral regulation
  | 'BPJS-letter' // BPJS Ketenagakerjaan letter or circular (e.g. the yearly JP wage cap)
  | 'BPJS-rule' // BPJS Ketenagakerjaan internal rule (Perdir)
  | 'BPJS-article' // an article on bpjsketenagakerjaan.go.id
  | 'statistic' // an official statistic (BPS)
  | 'library-decision' // a decision of this library where the sources leave a question open

/** A regulation or other source a parameter or rule rests on. */
export interface LegalSource {
  /** Stable id, e.g. `'PP-82-2019'`. */
  readonly id: string
  readonly kind: SourceKind
  /** Number and year as written in Indonesian (`'82/2019'`), or the letter number. */
  readonly number: string
  readonly year: number
  readonly title: { readonly id: string; readonly en: string }
  /** How citations name it when `kind number` is not the usual name (`'KUH Perdata'`). */
  readonly shortName?: string
  /** Date signed / set (ditetapkan), when known. */
  readonly signed?: string
  /** Date promulgated (diundangkan), when known. */
  readonly promulgated?: string
  /** Date from which it applies, when known. */
  readonly inForce?: string
  /** What replaced or amended it, by id. */
  readonly amendedBy?: readonly string[]
  readonly url?: string
  readonly note?: string
}

/** A pointer into the law: a source id and, where known, the article (`'Pasal 16 ayat (1) huruf a'`). */
export interface Citation {
  readonly source: string
  readonly article?: string
}
