/**
 * A result as rows of figure and value, in a fixed order: what a function that spills a two-column table
 * (FACTOR.PROGRAMME, CREDIT.POLICYYEAR) returns, with the figure's code in the first column.
 */

/** One figure of a result as a row: its code and its value. */
export interface FigureRow<F extends string> {
  figure: F;
  value: number;
}

/** The figures of `values` named in `order`, as rows, in that order. */
export const figuresAsRows = <F extends string>(values: Readonly<Record<F, number>>, order: readonly F[]): Array<FigureRow<F>> =>
  order.map((figure) => ({ figure, value: values[figure] }));
