/** The fixed seed of every property test (reproducible `npm test`); change it locally to explore. */
export const PROPERTY_SEED = Number(process.env['PROPERTY_SEED'] ?? 20_261_124)

/** Result checks of the property tests: the operation is named and no explanation text keeps a `{placeholder}`. */
export const STRICT = (operation: string) => ({ operation, strictText: true }) as const
