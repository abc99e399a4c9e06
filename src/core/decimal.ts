import DecimalJs from "decimal.js";

/**
 * The one decimal.js constructor of Encours. `Decimal.clone` rather than `Decimal.set`, so that no other
 * library sharing the runtime (Excel's shared runtime holds the task pane and the functions) can change it.
 * 40 significant digits: far beyond a double's 15-17, so money sums and rates are exact until the edge,
 * where results become `number` for cells and the DOM.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

/** A decimal from a finite double (callers validate first). */
export const dec = (value: number | Decimal): Decimal => new Decimal(value);

/** Back to a double at the edge; -0 becomes 0 so that no cell shows "-0". */
export const toNumber = (value: Decimal): number => {
  const n = value.toNumber();
  return n === 0 ? 0 : n;
};
