import { type Decimal, toNumber } from "./decimal";
import { CoreError, type CoreErrorCode } from "./errors";
import { type Bilingual, type CoreArgument, MESSAGES, exampleOf } from "./messages";

/**
 * Shared argument checks of the core (coerce → check → compute, as formulajs and HyperFormula do it):
 * each check either returns the value with a precise type or throws a `CoreError` whose EN+FR message names
 * the Excel argument. Checks run on `unknown` because the core is also reached from JavaScript callers
 * (the task pane, the function layer) where TypeScript's types are only a promise.
 */

/** Throws a CoreError built from a bilingual message. */
export const fail = (code: CoreErrorCode, message: Bilingual, argument?: string): never => {
  throw new CoreError(code, message.en, message.fr, argument);
};

const named = (argument: CoreArgument): Bilingual => ({ en: argument, fr: argument });
const example = exampleOf;

/** The options object itself: a function called with nothing, or with a number, answers VALUE, not a TypeError. */
export const checkOptions = (options: unknown): Record<string, unknown> => {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return fail("VALUE", MESSAGES.notAnObject());
  }
  return options as Record<string, unknown>;
};

/** An omitted optional argument: `undefined` or `null` (Excel passes omitted arguments as null). */
export const isOmitted = (value: unknown): value is null | undefined => value === undefined || value === null;

type Check = (value: unknown, label: Bilingual, argument: CoreArgument) => number;

const finite: Check = (value, label, argument) =>
  typeof value === "number" && Number.isFinite(value) ? value : fail("VALUE", MESSAGES.notANumber(label, example(argument)), argument);

const nonNegative: Check = (value, label, argument) => {
  const n = finite(value, label, argument);
  return n >= 0 ? n : fail("VALUE", MESSAGES.notNonNegative(label, example(argument)), argument);
};

const positive: Check = (value, label, argument) => {
  const n = finite(value, label, argument);
  return n > 0 ? n : fail("VALUE", MESSAGES.notPositive(label, example(argument)), argument);
};

// Rates are decimals (90 % = 0.9, what a cell formatted as % holds): 90 typed for 90 % is the usual slip,
// so the message shows both spellings.
const rate: Check = (value, label, argument) => {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1) {
    return fail("VALUE", MESSAGES.notARate(label, example(argument)), argument);
  }
  return value;
};

// A share that must be more than 0 (a margin of 0 can never earn a loss back).
const positiveRate: Check = (value, label, argument) =>
  typeof value === "number" && value > 0 && value <= 1 ? value : fail("VALUE", MESSAGES.notAPositiveRate(label, example(argument)), argument);

// A probability level strictly between 0 and 1 (a quantile of 1 lies beyond any computed distribution).
const level: Check = (value, label, argument) =>
  typeof value === "number" && value > 0 && value < 1 ? value : fail("VALUE", MESSAGES.notALevel(label, example(argument)), argument);

// Fast tests for the usual case, a valid number: no label or message is built unless a check fails (the full
// checks above then build the message). `x < Infinity` is false for NaN and Infinity, so this is finite and ≥ 0.
const isNonNegative = (value: unknown): value is number => typeof value === "number" && value >= 0 && value < Infinity;
const isRate = (value: unknown): value is number => typeof value === "number" && value >= 0 && value <= 1;

/** A required finite number of 0 or more (amounts, days, turnovers). */
export const checkNonNegative = (value: unknown, argument: CoreArgument): number =>
  isNonNegative(value) ? value : nonNegative(value, named(argument), argument);

/** An optional finite number of 0 or more; omitted → `fallback`. */
export const optionalNonNegative = (value: unknown, argument: CoreArgument, fallback: number): number =>
  isNonNegative(value) ? value : isOmitted(value) ? fallback : nonNegative(value, named(argument), argument);

/** A required finite number of more than 0 (a band unit, a period). */
export const checkPositive = (value: unknown, argument: CoreArgument): number => positive(value, named(argument), argument);

/** An optional finite number of more than 0; omitted → `fallback`. */
export const optionalPositive = <T>(value: unknown, argument: CoreArgument, fallback: T): number | T =>
  isOmitted(value) ? fallback : positive(value, named(argument), argument);

/** A required rate of more than 0 and at most 1 (a gross margin). */
export const checkPositiveRate = (value: unknown, argument: CoreArgument): number => positiveRate(value, named(argument), argument);

/** A required probability level strictly between 0 and 1 (a quantile's level). */
export const checkLevel = (value: unknown, argument: CoreArgument): number => level(value, named(argument), argument);

/** A required rate between 0 and 1. */
export const checkRate = (value: unknown, argument: CoreArgument): number => (isRate(value) ? value : rate(value, named(argument), argument));

/** An optional rate between 0 and 1; omitted → `fallback`. */
export const optionalRate = (value: unknown, argument: CoreArgument, fallback: number): number =>
  isRate(value) ? value : isOmitted(value) ? fallback : rate(value, named(argument), argument);

/** An optional day basis, exactly 360 or 365; omitted → `fallback`. */
export const optionalDayBasis = (value: unknown, argument: CoreArgument, fallback: number): number => {
  if (isOmitted(value)) return fallback;
  return value === 360 || value === 365 ? value : fail("VALUE", MESSAGES.notADayBasis(named(argument)), argument);
};

/** An optional whole number of 1 or more; omitted → `fallback`. */
export const optionalPositiveInteger = (value: unknown, argument: CoreArgument, fallback: number): number => {
  if (isOmitted(value)) return fallback;
  return typeof value === "number" && Number.isInteger(value) && value >= 1
    ? value
    : fail("VALUE", MESSAGES.notAPositiveInteger(named(argument), example(argument)), argument);
};

/** An optional TRUE/FALSE; omitted → `fallback`. */
export const optionalBoolean = (value: unknown, argument: CoreArgument, fallback: boolean): boolean => {
  if (isOmitted(value)) return fallback;
  return typeof value === "boolean" ? value : fail("VALUE", MESSAGES.notABoolean(named(argument), example(argument)), argument);
};

/** An optional credit limit: omitted or null means "no limit" (returned as null), else a number of 0 or more. */
export const optionalLimit = (value: unknown, argument: CoreArgument): number | null =>
  isNonNegative(value) ? value : isOmitted(value) ? null : nonNegative(value, named(argument), argument);

const checkList = (value: unknown, argument: CoreArgument, check: Check, isValid: (item: unknown) => item is number): number[] => {
  if (!Array.isArray(value)) return fail("VALUE", MESSAGES.notAList(named(argument), example(argument)), argument);
  if (value.length === 0) return fail("NA", MESSAGES.empty(argument), argument);
  // A copy: the caller's array is never touched, even by a later sort. The label of a value is built only
  // for a value that fails its check.
  return value.map((item: unknown, index: number) =>
    isValid(item) ? item : check(item, MESSAGES.element(named(argument), index + 1), argument),
  );
};

/** A non-empty list of numbers of 0 or more (exposures, sales, values); empty → NA. */
export const checkNonNegativeList = (value: unknown, argument: CoreArgument): number[] => checkList(value, argument, nonNegative, isNonNegative);

/** A non-empty list of rates between 0 and 1 (pds); empty → NA. */
export const checkRateList = (value: unknown, argument: CoreArgument): number[] => checkList(value, argument, rate, isRate);

/** Arrays that pair up value by value: both lengths in the message, so the user sees which range is short. */
export const checkSameLength = (first: readonly unknown[], firstArgument: CoreArgument, second: readonly unknown[], secondArgument: CoreArgument): void => {
  if (first.length !== second.length) {
    fail("VALUE", MESSAGES.lengthMismatch(firstArgument, secondArgument, first.length, second.length), secondArgument);
  }
};

/**
 * A value given once for all (scalar) or per value (list as long as `pairedWith`), each checked by `check`;
 * omitted → `fallback` for all. `omittedItem`, when given, is what a blank item of the list stands for.
 */
const broadcast = <T = never>(check: Check, isValid: (item: unknown) => item is number, omittedItem?: T) =>
  (value: unknown, argument: CoreArgument, fallback: number | T, pairedWith: readonly number[], pairedArgument: CoreArgument): Array<number | T> => {
  if (isOmitted(value)) return pairedWith.map(() => fallback);
  if (typeof value === "number") {
    const scalar = check(value, named(argument), argument);
    return pairedWith.map(() => scalar);
  }
  if (!Array.isArray(value)) return fail("VALUE", MESSAGES.notANumberOrList(named(argument), example(argument)), argument);
  checkSameLength(pairedWith, pairedArgument, value, argument);
  return value.map((item: unknown, index: number) =>
    isValid(item) ? item : omittedItem !== undefined && isOmitted(item) ? omittedItem : check(item, MESSAGES.element(named(argument), index + 1), argument),
  );
};

/** A rate given once for all (scalar) or per value (list as long as `pairedWith`); omitted → `fallback` for all. */
export const broadcastRate = broadcast(rate, isRate);

/** Positive numbers given once (scalar) or per value (list as long as `pairedWith`); omitted → `fallback` for all. */
export const broadcastPositive = broadcast(positive, (item: unknown): item is number => typeof item === "number" && item > 0 && item < Infinity);

/** Amounts of 0 or more (deductibles) given once (scalar) or per value (list as long as `pairedWith`); omitted → `fallback` for all. */
export const broadcastNonNegative = broadcast(nonNegative, isNonNegative);

const limits = broadcast<null>(nonNegative, isNonNegative, null);

/** Credit limits given once or per value; null (once or per value) means "no limit". */
export const broadcastLimits = (value: unknown, argument: CoreArgument, pairedWith: readonly number[], pairedArgument: CoreArgument): Array<number | null> =>
  limits(value, argument, null, pairedWith, pairedArgument);

/**
 * A decimal result back to a double. Inputs are finite doubles, but their products need not be
 * (1e200 × 1e200): such a result is NUM rather than Infinity in a cell.
 */
export const finiteResult = (value: Decimal): number => {
  const n = toNumber(value);
  return Number.isFinite(n) ? n : fail("NUM", MESSAGES.tooLarge());
};
