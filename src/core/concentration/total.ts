import { type Decimal, dec } from "../decimal";
import { MESSAGES } from "../messages";
import { fail } from "../validate";

/** The total the shares are taken of; 0 → DIV0 (internal). */
export const checkTotal = (values: readonly number[]): Decimal => {
  const total = values.reduce((sum, value) => sum.plus(value), dec(0));
  return total.isZero() ? fail("DIV0", MESSAGES.valuesSumZero(), "values") : total;
};
