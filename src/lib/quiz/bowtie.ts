// How many choices each part of a bow-tie keys. Kept apart from the schemas so that browser code
// (scoring, the BowTie component) can read it without bundling zod.
export const bowTieKeyed = { condition: 1, actions: 2, parameters: 2 } as const;
