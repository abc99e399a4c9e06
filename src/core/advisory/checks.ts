import { fail } from "../validate";
import { ADVISORY_MESSAGES } from "./messages";

/** A finite number of 0 or more. */
export const checkAmount = (value: unknown, argument: string, example: string): number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0
    ? value
    : fail("VALUE", ADVISORY_MESSAGES.notNonNegative(argument, example), argument);

/** A rate between 0 and 1; `strict` also excludes 0 (a margin of 0 can never earn a loss back). */
export const checkShare = (value: unknown, argument: string, percent: string, example: string, strict = false): number => {
  const ok = typeof value === "number" && Number.isFinite(value) && value <= 1 && (strict ? value > 0 : value >= 0);
  if (ok) return value;
  return fail(
    "VALUE",
    strict ? ADVISORY_MESSAGES.notAPositiveRate(argument, percent, example) : ADVISORY_MESSAGES.notARate(argument, percent, example),
    argument,
  );
};
