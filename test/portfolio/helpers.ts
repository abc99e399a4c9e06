export const sum = (values: readonly number[]): number => values.reduce((total, x) => total + x, 0);

/** The published case: 500 obligors, exposure 1, pd 1%, default-rate volatility √0.2 × pd. */
export const mcNeilPortfolio = () => ({
  exposures: new Array<number>(500).fill(1),
  pds: new Array<number>(500).fill(0.01),
  pdVolatility: Math.sqrt(0.2),
});
