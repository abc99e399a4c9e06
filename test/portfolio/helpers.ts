import fc from "fast-check";

export const sum = (values: readonly number[]): number => values.reduce((total, x) => total + x, 0);

/** The published case: 500 obligors, exposure 1, pd 1%, default-rate volatility √0.2 × pd. */
export const mcNeilPortfolio = () => ({
  exposures: new Array<number>(500).fill(1),
  pds: new Array<number>(500).fill(0.01),
  pdVolatility: Math.sqrt(0.2),
});

/**
 * fast-check: random portfolios of 1 to `maxSize` buyers, with exposures 0..`maxExposure`, pds 0..30 %, lgds 0..1
 * and a pd volatility 0..1.5, plus the per-buyer lists `more` builds from a list-of-`size` helper.
 */
export const randomPortfolio = <M extends object>(
  maxSize: number,
  maxExposure: number,
  more: (list: <U>(arbitrary: fc.Arbitrary<U>) => fc.Arbitrary<U[]>) => fc.Arbitrary<M>,
) =>
  fc.integer({ min: 1, max: maxSize }).chain((size) => {
    const list = <U>(arbitrary: fc.Arbitrary<U>) => fc.array(arbitrary, { minLength: size, maxLength: size });
    const portfolio = fc.record({
      exposures: list(fc.double({ min: 0, max: maxExposure, noNaN: true })),
      pds: list(fc.double({ min: 0, max: 0.3, noNaN: true })),
      lgds: list(fc.double({ min: 0, max: 1, noNaN: true })),
      pdVolatility: fc.double({ min: 0, max: 1.5, noNaN: true }),
    });
    return fc.tuple(portfolio, more(list)).map(([base, extra]) => ({ ...base, ...extra }));
  });
