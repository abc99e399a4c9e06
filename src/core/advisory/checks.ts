import { ADVISORY_MESSAGES, advisoryFail } from "./messages";

/** The options object itself: anything else is VALUE, not a TypeError. */
export const checkObject = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : advisoryFail("VALUE", ADVISORY_MESSAGES.notAnObject());

/** A finite number of 0 or more. */
export const checkAmount = (value: unknown, argument: string, example: string): number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0
    ? value
    : advisoryFail("VALUE", ADVISORY_MESSAGES.notNonNegative(argument, example), argument);

/** A rate between 0 and 1; `strict` also excludes 0 (a margin of 0 can never earn a loss back). */
export const checkShare = (value: unknown, argument: string, percent: string, example: string, strict = false): number => {
  const ok = typeof value === "number" && Number.isFinite(value) && value <= 1 && (strict ? value > 0 : value >= 0);
  if (ok) return value;
  return advisoryFail(
    "VALUE",
    strict ? ADVISORY_MESSAGES.notAPositiveRate(argument, percent, example) : ADVISORY_MESSAGES.notARate(argument, percent, example),
    argument,
  );
};
