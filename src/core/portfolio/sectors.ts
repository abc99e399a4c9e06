/**
 * The sector terms of CreditRisk+ read and checked: which sector factors each buyer loads on, each sector's
 * relative default-rate volatility, and the correlations between sectors if any (see `SectorTerms`).
 */
import { MESSAGES } from "../messages";
import { checkNonNegative, checkOptions, fail, isOmitted } from "../validate";

/** The sectors of a portfolio, ready for the model. */
export interface SectorModel {
  /** K, the number of sectors with a volatile factor (the specific sector is not counted) */
  readonly count: number;
  /** for each buyer, its loadings θ_Ak as (sector index 0..K−1, weight > 0) pairs */
  readonly loadings: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  /** for each buyer, the idiosyncratic share 1 − Σ_k θ_Ak (the specific sector: Poisson, no volatility) */
  readonly specific: readonly number[];
  /** ω_k = σ_k / μ_k, each sector's relative default-rate volatility */
  readonly volatilities: readonly number[];
  /** the sector correlations, or null for independent sectors */
  readonly correlations: ReadonlyArray<readonly number[]> | null;
}

/** Row sums may exceed 1 by rounding (0.7 + 0.2 + 0.1 is 1.0000000000000002 in doubles). */
const ROW_SUM_TOLERANCE = 1e-9;

const readIds = (ids: unknown, buyers: number): { count: number; loadings: Array<Array<[number, number]>>; specific: number[] } => {
  if (!Array.isArray(ids)) return fail("VALUE", MESSAGES.notASectorId(1), "sectors");
  if (ids.length !== buyers) return fail("VALUE", MESSAGES.lengthMismatch("exposures", "sectors", buyers, ids.length), "sectors");
  const checked = ids.map((id: unknown, i: number) =>
    typeof id === "number" && Number.isInteger(id) && id >= 0 ? id : fail("VALUE", MESSAGES.notASectorId(i + 1), "sectors"),
  );
  const count = checked.reduce((max, id) => Math.max(max, id), 0);
  return {
    count,
    loadings: checked.map((id) => (id === 0 ? [] : [[id - 1, 1]])),
    specific: checked.map((id) => (id === 0 ? 1 : 0)),
  };
};

const readWeights = (weights: unknown, buyers: number): { count: number; loadings: Array<Array<[number, number]>>; specific: number[] } => {
  if (!Array.isArray(weights)) return fail("VALUE", MESSAGES.notSectorWeights(1), "sector_weights");
  if (weights.length !== buyers) {
    return fail("VALUE", MESSAGES.lengthMismatch("exposures", "sector_weights", buyers, weights.length), "sector_weights");
  }
  const first: unknown = weights[0];
  const count = Array.isArray(first) ? first.length : 0;
  if (count === 0) return fail("VALUE", MESSAGES.notSectorWeights(1), "sector_weights");
  const loadings: Array<Array<[number, number]>> = [];
  const specific: number[] = [];
  weights.forEach((row: unknown, i: number) => {
    if (!Array.isArray(row)) return fail("VALUE", MESSAGES.notSectorWeights(i + 1), "sector_weights");
    if (row.length !== count) return fail("VALUE", MESSAGES.notOnePerSector("sector_weights", count, row.length), "sector_weights");
    let total = 0;
    const pairs: Array<[number, number]> = [];
    row.forEach((weight: unknown, k: number) => {
      if (typeof weight !== "number" || !(weight >= 0 && weight <= 1)) {
        return fail("VALUE", MESSAGES.notSectorWeights(i + 1), "sector_weights");
      }
      total += weight;
      if (weight > 0) pairs.push([k, weight]);
      return undefined;
    });
    if (total > 1 + ROW_SUM_TOLERANCE) return fail("VALUE", MESSAGES.notSectorWeights(i + 1), "sector_weights");
    loadings.push(pairs);
    specific.push(Math.max(0, 1 - total));
    return undefined;
  });
  return { count, loadings, specific };
};

const readVolatilities = (value: unknown, count: number, pdVolatility: number): number[] => {
  // σ_A = pdVolatility × p_A for every buyer, so σ_k / μ_k = Σ θ_Ak pdVolatility p_A / Σ θ_Ak p_A = pdVolatility
  // exactly; it is taken as such rather than through the two sums, whose rounding would differ by an ulp.
  if (isOmitted(value)) return new Array<number>(count).fill(pdVolatility);
  if (typeof value === "number") return new Array<number>(count).fill(checkNonNegative(value, "sector_volatilities"));
  if (!Array.isArray(value) || value.length !== count) {
    const given = Array.isArray(value) ? value.length : 0;
    return fail("VALUE", MESSAGES.notOnePerSector("sector_volatilities", count, given), "sector_volatilities");
  }
  return value.map((v: unknown) => checkNonNegative(v, "sector_volatilities"));
};

const readCorrelations = (value: unknown, count: number): number[][] | null => {
  if (isOmitted(value)) return null;
  const invalid = (): never => fail("VALUE", MESSAGES.notACorrelationMatrix(count), "sector_correlations");
  if (!Array.isArray(value) || value.length !== count) return invalid();
  const matrix = value.map((row: unknown) => {
    if (!Array.isArray(row) || row.length !== count) return invalid();
    return row.map((x: unknown) => (typeof x === "number" && x >= -1 && x <= 1 ? x : invalid()));
  });
  matrix.forEach((row, k) =>
    row.forEach((x, l) => {
      if ((k === l && x !== 1) || x !== matrix[l][k]) invalid();
    }),
  );
  return matrix;
};

/**
 * The sector terms of `options.sectors`; omitted, one sector holds every buyer with volatility `pdVolatility`
 * (the single-sector model of the technical document).
 */
export const readSectors = (value: unknown, buyers: number, pdVolatility: number): SectorModel => {
  if (isOmitted(value)) {
    return {
      count: 1,
      loadings: new Array(buyers).fill([[0, 1]]) as Array<Array<[number, number]>>,
      specific: new Array<number>(buyers).fill(0),
      volatilities: [pdVolatility],
      correlations: null,
    };
  }
  const terms = checkOptions(value);
  const hasIds = !isOmitted(terms.ids);
  const hasWeights = !isOmitted(terms.weights);
  if (hasIds && hasWeights) return fail("VALUE", MESSAGES.sectorIdsAndWeights(), "sectors");
  const layout = hasWeights
    ? readWeights(terms.weights, buyers)
    : hasIds
      ? readIds(terms.ids, buyers)
      : readIds(new Array<number>(buyers).fill(1), buyers);
  return {
    ...layout,
    volatilities: readVolatilities(terms.volatilities, layout.count, pdVolatility),
    correlations: readCorrelations(terms.correlations, layout.count),
  };
};
