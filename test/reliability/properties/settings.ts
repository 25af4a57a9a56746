/** The fixed seed of every property test (reproducible `npm test`); change it locally to explore. */
export const PROPERTY_SEED = Number(process.env['PROPERTY_SEED'] ?? 20_261_124)
