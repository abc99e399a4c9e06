import * as core from "../../src/core";
import { type CoreErrorCode } from "../../src/core";
import { expectCoreError } from "../../testkit/coreError";

/**
 * Every argument of every function, given wrong: the CoreError code and the exact English message (the
 * French one must exist and differ). Rows are [what, call, code, message].
 */
type Row = [string, () => unknown, CoreErrorCode, string];
type Call = (value: unknown) => unknown;

const amountRows = (fn: string, call: Call, arg: string, example: string): Row[] => [
  [`${fn} rejects a missing ${arg}`, () => call(undefined), "VALUE", `${arg} must be a number (e.g. ${example})`],
  [`${fn} rejects ${arg} NaN`, () => call(NaN), "VALUE", `${arg} must be a number (e.g. ${example})`],
  [`${fn} rejects ${arg} Infinity`, () => call(Infinity), "VALUE", `${arg} must be a number (e.g. ${example})`],
  [`${fn} rejects ${arg} as text`, () => call("10"), "VALUE", `${arg} must be a number (e.g. ${example})`],
  [`${fn} rejects a negative ${arg}`, () => call(-1), "VALUE", `${arg} must be 0 or more (e.g. ${example})`],
];

const optionalAmountRows = (fn: string, call: Call, arg: string, example: string): Row[] => [
  [`${fn} rejects ${arg} NaN`, () => call(NaN), "VALUE", `${arg} must be a number (e.g. ${example})`],
  [`${fn} rejects ${arg} as text`, () => call("5"), "VALUE", `${arg} must be a number (e.g. ${example})`],
  [`${fn} rejects a negative ${arg}`, () => call(-0.01), "VALUE", `${arg} must be 0 or more (e.g. ${example})`],
];

const rateRows = (fn: string, call: Call, arg: string, percent: string, example: string): Row[] => {
  const message = `${arg} must be between 0 and 1 (${percent}% or ${example})`;
  return [
    [`${fn} rejects ${arg} given in percent (90 for 90 %)`, () => call(90), "VALUE", message],
    [`${fn} rejects a ${arg} above 1`, () => call(1.0001), "VALUE", message],
    [`${fn} rejects a negative ${arg}`, () => call(-0.1), "VALUE", message],
    [`${fn} rejects ${arg} NaN`, () => call(NaN), "VALUE", message],
    [`${fn} rejects ${arg} as text`, () => call("0.9"), "VALUE", message],
  ];
};

const optionsRows = (fn: string, call: (options: unknown) => unknown): Row[] =>
  [undefined, null, 5, [1, 2]].map((options): Row => [
    `${fn} rejects ${JSON.stringify(options) ?? "undefined"} in place of its options`,
    () => call(options),
    "VALUE",
    "the arguments must be given as one object of named options",
  ]);

/** A call of `f` with the options of `base` and one argument set to the value under test. */
const withArgument = (f: (o: never) => unknown, base: Record<string, unknown>) => (key: string): Call => (value) => f({ ...base, [key]: value } as never);

/** An option's key, its Excel argument and the example its messages give (rates: the percent, then the decimal). */
type AmountArgument = [key: string, arg: string, example: string];
type RateArgument = [key: string, arg: string, percent: string, example: string];

/**
 * The rows of a function's arguments, declared once by kind: the options object given wrong, then each required
 * amount, each rate and each optional amount given wrong, the others taken from `base`.
 */
const argumentRows = (
  fn: string,
  f: (o: never) => unknown,
  base: Record<string, unknown>,
  args: { amounts: AmountArgument[]; rates: RateArgument[]; optionalAmounts?: AmountArgument[] },
): Row[] => {
  const at = withArgument(f, base);
  return [
    ...optionsRows(fn, f as (o: unknown) => unknown),
    ...args.amounts.flatMap(([key, arg, example]) => amountRows(fn, at(key), arg, example)),
    ...args.rates.flatMap(([key, arg, percent, example]) => rateRows(fn, at(key), arg, percent, example)),
    ...(args.optionalAmounts ?? []).flatMap(([key, arg, example]) => optionalAmountRows(fn, at(key), arg, example)),
  ];
};

const invoiceRows = (fn: string, f: (o: never) => unknown): Row[] => {
  const base = { amount: 10000, days: 60 };
  const dayBasis = withArgument(f, base)("dayBasis");
  return [
    ...argumentRows(fn, f, base, {
      amounts: [["amount", "amount", "10000"], ["days", "days", "60"]],
      rates: [["serviceFeeRate", "service_fee_rate", "1", "0.01"], ["financingRate", "financing_rate", "5", "0.05"], ["advanceRate", "advance_rate", "90", "0.9"]],
      optionalAmounts: [["minFee", "min_fee", "50"]],
    }),
    ...[364, 0, 360.5, "360"].map((value): Row => [
      `${fn} rejects day_basis ${JSON.stringify(value)}`, () => dayBasis(value), "VALUE", "day_basis must be 360 or 365 (e.g. 360, the money-market basis)",
    ]),
  ];
};

const lineRows = (fn: string, f: (o: never) => unknown): Row[] =>
  argumentRows(fn, f, { annualTurnover: 1000000, dsoDays: 60 }, {
    amounts: [["annualTurnover", "annual_turnover", "1200000"], ["dsoDays", "dso_days", "60"]],
    rates: [["advanceRate", "advance_rate", "90", "0.9"], ["usage", "usage", "80", "0.8"]],
  });

const portfolioRows = (fn: string, f: (o: never) => unknown, extra: Record<string, unknown> = {}): Row[] => {
  const at = withArgument(f, { ...extra, exposures: [100, 200], pds: [0.01, 0.02] });
  return [
    ...optionsRows(fn, f as (o: unknown) => unknown),
    [`${fn} rejects exposures that are not a list`, () => at("exposures")(100), "VALUE", "exposures must be a list of numbers (e.g. 50000, 50000)"],
    [`${fn} answers NA for an empty portfolio`, () => f({ ...extra, exposures: [], pds: [] } as never), "NA", "exposures is empty: give at least one value"],
    [`${fn} rejects a negative exposure`, () => at("exposures")([100, -200]), "VALUE", "exposures (value 2) must be 0 or more (e.g. 50000)"],
    [`${fn} rejects a NaN exposure`, () => at("exposures")([NaN, 200]), "VALUE", "exposures (value 1) must be a number (e.g. 50000)"],
    [`${fn} rejects pds that are not a list`, () => at("pds")(0.01), "VALUE", "pds must be a list of numbers (e.g. 0.02, 0.02)"],
    [`${fn} rejects a pd given in percent`, () => at("pds")([0.01, 2]), "VALUE", "pds (value 2) must be between 0 and 1 (2% or 0.02)"],
    [`${fn} rejects pds of another length than exposures`, () => at("pds")([0.01]), "VALUE", "exposures and pds must have the same number of values (2 and 1 given)"],
    [`${fn} answers NA for empty pds`, () => at("pds")([]), "NA", "pds is empty: give at least one value"],
    [`${fn} rejects an lgd above 1`, () => at("lgds")(45), "VALUE", "lgds must be between 0 and 1 (45% or 0.45)"],
    [`${fn} rejects a bad lgd in a list`, () => at("lgds")([0.5, -1]), "VALUE", "lgds (value 2) must be between 0 and 1 (45% or 0.45)"],
    [`${fn} rejects lgds of another length`, () => at("lgds")([0.5, 0.5, 0.5]), "VALUE", "exposures and lgds must have the same number of values (2 and 3 given)"],
    [`${fn} rejects lgds as text`, () => at("lgds")("0.5"), "VALUE", "lgds must be a number or a list of numbers (e.g. 0.45)"],
  ];
};

const coverRows = (fn: string, f: (o: never) => unknown, extra: Record<string, unknown> = {}): Row[] => {
  const at = withArgument(f, { ...extra, exposures: [100, 200], pds: [0.01, 0.02] });
  return [
    ...rateRows(fn, at("coverRate"), "cover_rate", "90", "0.9"),
    [`${fn} rejects a negative credit limit`, () => at("creditLimits")(-5), "VALUE", "credit_limits must be 0 or more (e.g. 40000)"],
    [`${fn} rejects a NaN credit limit in a list`, () => at("creditLimits")([null, NaN]), "VALUE", "credit_limits (value 2) must be a number (e.g. 40000)"],
    [`${fn} rejects credit limits of another length`, () => at("creditLimits")([1000]), "VALUE", "exposures and credit_limits must have the same number of values (2 and 1 given)"],
    [`${fn} rejects credit limits as text`, () => at("creditLimits")("none"), "VALUE", "credit_limits must be a number or a list of numbers (e.g. 40000)"],
    [`${fn} rejects a negative deductible`, () => at("deductibles")(-5), "VALUE", "deductible must be 0 or more (e.g. 1000)"],
    [`${fn} rejects a NaN deductible in a list`, () => at("deductibles")([0, NaN]), "VALUE", "deductible (value 2) must be a number (e.g. 1000)"],
    [`${fn} rejects a negative deductible in a list`, () => at("deductibles")([-1, 0]), "VALUE", "deductible (value 1) must be 0 or more (e.g. 1000)"],
    [`${fn} rejects deductibles of another length`, () => at("deductibles")([1000]), "VALUE", "exposures and deductible must have the same number of values (2 and 1 given)"],
    [`${fn} rejects deductibles as text`, () => at("deductibles")("none"), "VALUE", "deductible must be a number or a list of numbers (e.g. 1000)"],
  ];
};

const historyRows = (fn: string, f: (o: never) => unknown, extra: Record<string, unknown>, receivablesArg: string): Row[] => {
  const at = withArgument(f, { ...extra, sales: [100, 200] });
  return [
    ...optionsRows(fn, f as (o: unknown) => unknown),
    [`${fn} rejects sales that are not a list`, () => at("sales")(100), "VALUE", "sales must be a list of numbers (e.g. 100000, 100000)"],
    [`${fn} answers NA for empty sales`, () => at("sales")([]), "NA", "sales is empty: give at least one value"],
    [`${fn} rejects negative sales (credit notes beyond the period's sales)`, () => at("sales")([100, -1]), "VALUE", "sales (value 2) must be 0 or more (e.g. 100000)"],
    [`${fn} rejects Infinity in sales`, () => at("sales")([Infinity, 1]), "VALUE", "sales (value 1) must be a number (e.g. 100000)"],
    [`${fn} rejects period_days of 0`, () => at("periodDays")(0), "VALUE", "period_days must be more than 0 (e.g. 30)"],
    [`${fn} rejects negative period_days in a list`, () => at("periodDays")([30, -31]), "VALUE", "period_days (value 2) must be more than 0 (e.g. 30)"],
    [`${fn} rejects period_days NaN`, () => at("periodDays")(NaN), "VALUE", "period_days must be a number (e.g. 30)"],
    [`${fn} rejects period_days of another length than sales`, () => at("periodDays")([30, 31, 30]), "VALUE", "sales and period_days must have the same number of values (2 and 3 given)"],
    [`${fn} rejects period_days as text`, () => at("periodDays")("30"), "VALUE", "period_days must be a number or a list of numbers (e.g. 30)"],
    ...rateRows(fn, at("vatRate"), "vat_rate", "20", "0.2"),
    [`${fn} rejects newest_first that is not TRUE or FALSE`, () => at("newestFirst")(1), "VALUE", "newest_first must be TRUE or FALSE (e.g. FALSE)"],
    ...amountRows(fn, at(receivablesArg === "receivables" ? "receivables" : "currentReceivables"), receivablesArg, receivablesArg === "receivables" ? "212000" : "150000"),
  ];
};

const valuesRows = (fn: string, f: (o: never) => unknown): Row[] => [
  ...optionsRows(fn, f as (o: unknown) => unknown),
  [`${fn} rejects values that are not a list`, () => f({ values: 5 } as never), "VALUE", "values must be a list of numbers (e.g. 250000, 250000)"],
  [`${fn} answers NA for an empty list`, () => f({ values: [] } as never), "NA", "values is empty: give at least one value"],
  [`${fn} rejects a negative value`, () => f({ values: [5, -5] } as never), "VALUE", "values (value 2) must be 0 or more (e.g. 250000)"],
  [`${fn} rejects a text value`, () => f({ values: ["5"] } as never), "VALUE", "values (value 1) must be a number (e.g. 250000)"],
  [`${fn} answers DIV0 when the values add up to 0`, () => f({ values: [0, 0] } as never), "DIV0", "values add up to 0: there is no total to take shares of"],
];

const tooLarge = "the result is too large to be shown as a number: check the sizes of the amounts and days";

const rows: Row[] = [
  // factoring
  ...argumentRows("factoringAdvance", core.factoringAdvance, { amount: 1 }, {
    amounts: [["amount", "amount", "10000"]],
    rates: [["advanceRate", "advance_rate", "90", "0.9"]],
  }),
  ...invoiceRows("factoringCost", core.factoringCost),
  ["factoringCost answers NUM when the commission overflows", () => core.factoringCost({ amount: 1e300, days: 1e300, financingRate: 1 }), "NUM", tooLarge],
  ...invoiceRows("factoringNet", core.factoringNet),
  ...invoiceRows("factoringApr", core.factoringApr),
  ["factoringApr rejects compound that is not TRUE or FALSE", () => core.factoringApr({ amount: 1, days: 1, compound: "yes" } as never), "VALUE", "compound must be TRUE or FALSE (e.g. TRUE)"],
  ["factoringApr answers DIV0 for an invoice of 0", () => core.factoringApr({ amount: 0, days: 60 }), "DIV0", "the advance is 0 (amount or advance_rate is 0): there is no cash advanced to annualise a cost on"],
  ["factoringApr answers DIV0 for an advance rate of 0", () => core.factoringApr({ amount: 100, days: 60, advanceRate: 0 }), "DIV0", "the advance is 0 (amount or advance_rate is 0): there is no cash advanced to annualise a cost on"],
  ["factoringApr answers DIV0 for 0 days", () => core.factoringApr({ amount: 100, days: 0 }), "DIV0", "days is 0: an annual rate needs a financing period of more than 0 days"],
  ["factoringApr answers NUM when the compound rate overflows", () => core.factoringApr({ amount: 100, days: 0.001, compound: true }), "NUM", tooLarge],
  ["factoringApr answers NUM when the simple rate overflows", () => core.factoringApr({ amount: 100, days: 1e-310 }), "NUM", tooLarge],
  ...invoiceRows("factoringSchedule", core.factoringSchedule),
  ...lineRows("factoringLine", core.factoringLine),
  ["factoringLine answers NUM on overflow", () => core.factoringLine({ annualTurnover: 1e308, dsoDays: 1e308, advanceRate: 1 }), "NUM", tooLarge],
  ...lineRows("factoringAnnualCost", core.factoringAnnualCost),
  ...rateRows("factoringAnnualCost", (v) => core.factoringAnnualCost({ annualTurnover: 1, dsoDays: 1, serviceFeeRate: v } as never), "service_fee_rate", "1", "0.01"),
  ...rateRows("factoringAnnualCost", (v) => core.factoringAnnualCost({ annualTurnover: 1, dsoDays: 1, financingRate: v } as never), "financing_rate", "5", "0.05"),
  ...optionalAmountRows("factoringAnnualCost", (v) => core.factoringAnnualCost({ annualTurnover: 1, dsoDays: 1, minAnnualFee: v } as never), "min_annual_fee", "1500"),
  ...optionalAmountRows("factoringAnnualCost", (v) => core.factoringAnnualCost({ annualTurnover: 1, dsoDays: 1, fixedFees: v } as never), "fixed_fees", "500"),
  ["factoringAnnualCost answers NUM when the total overflows", () => core.factoringAnnualCost({ annualTurnover: 1e308, dsoDays: 0, serviceFeeRate: 1, fixedFees: 1e308 }), "NUM", tooLarge],

  // credit insurance
  ...portfolioRows("creditExpectedLoss", core.creditExpectedLoss),
  ["creditExpectedLoss answers NUM on overflow", () => core.creditExpectedLoss({ exposures: [1e308, 1e308], pds: [1, 1] }), "NUM", tooLarge],
  ...optionsRows("creditPremium", core.creditPremium as never),
  ...amountRows("creditPremium", (v) => core.creditPremium({ insuredTurnover: v, rate: 0.003 } as never), "insured_turnover", "1200000"),
  ...rateRows("creditPremium", (v) => core.creditPremium({ insuredTurnover: 1, rate: v } as never), "rate", "0.3", "0.003"),
  ["creditPremium rejects a missing rate", () => core.creditPremium({ insuredTurnover: 1 } as never), "VALUE", "rate must be between 0 and 1 (0.3% or 0.003)"],
  ...optionalAmountRows("creditPremium", (v) => core.creditPremium({ insuredTurnover: 1, rate: 0.01, minPremium: v } as never), "min_premium", "2000"),
  ...argumentRows("creditIndemnity", core.creditIndemnity, { loss: 1 }, {
    amounts: [["loss", "loss", "50000"]],
    rates: [["coverRate", "cover_rate", "90", "0.9"]],
    optionalAmounts: [["creditLimit", "credit_limit", "40000"], ["deductible", "deductible", "1000"], ["threshold", "threshold", "500"]],
  }),
  ...portfolioRows("creditExpectedIndemnity", core.creditExpectedIndemnity),
  ...coverRows("creditExpectedIndemnity", core.creditExpectedIndemnity),
  ...portfolioRows("creditNetCost", core.creditNetCost, { premium: 10 }),
  ...coverRows("creditNetCost", core.creditNetCost, { premium: 10 }),
  ...amountRows("creditNetCost", (v) => core.creditNetCost({ premium: v, exposures: [1], pds: [0.1] } as never), "premium", "3000"),
  ...argumentRows("creditBreakEvenPd", core.creditBreakEvenPd, { premium: 1, exposure: 1000 }, {
    amounts: [["premium", "premium", "3000"], ["exposure", "exposure", "50000"]],
    rates: [["lgd", "lgd", "45", "0.45"], ["coverRate", "cover_rate", "90", "0.9"]],
    optionalAmounts: [["creditLimit", "credit_limit", "40000"], ["deductible", "deductible", "1000"]],
  }),
  ["creditBreakEvenPd answers DIV0 when the deductible takes the whole claim", () => core.creditBreakEvenPd({ premium: 100, exposure: 1000, deductible: 1000 }), "DIV0",
    "the deductible is at least the insured claim (min(exposure × lgd, credit_limit)): the insurer pays nothing, so no default probability breaks even"],
  ["creditBreakEvenPd answers DIV0 when the deductible exceeds the credit limit", () => core.creditBreakEvenPd({ premium: 100, exposure: 1000, creditLimit: 500, deductible: 600 }), "DIV0",
    "the deductible is at least the insured claim (min(exposure × lgd, credit_limit)): the insurer pays nothing, so no default probability breaks even"],
  ["creditBreakEvenPd answers DIV0 when no indemnity is possible", () => core.creditBreakEvenPd({ premium: 100, exposure: 0 }), "DIV0",
    "the largest possible indemnity is 0 (exposure, lgd, cover_rate or credit_limit is 0): no default probability breaks even"],
  ["creditBreakEvenPd answers DIV0 for a credit limit of 0", () => core.creditBreakEvenPd({ premium: 100, exposure: 1000, creditLimit: 0 }), "DIV0",
    "the largest possible indemnity is 0 (exposure, lgd, cover_rate or credit_limit is 0): no default probability breaks even"],
  ["creditBreakEvenPd answers NUM when the premium exceeds the largest indemnity", () => core.creditBreakEvenPd({ premium: 1000, exposure: 1000 }), "NUM",
    "the premium exceeds the largest possible indemnity: no default probability (at most 100%) breaks even"],

  // receivables
  ...historyRows("dsoCountback", core.dsoCountback, { receivables: 50 }, "receivables"),
  ["dsoCountback answers NA when receivables exceed all sales", () => core.dsoCountback({ receivables: 301, sales: [100, 200] }), "NA", "receivables exceed all the sales given: add older periods"],
  ["dsoCountback answers DIV0 for a single period without sales", () => core.dsoCountback({ receivables: 10, sales: [0] }), "DIV0",
    "sales is 0 for the only period given: a DSO cannot be computed (add periods or check the sales)"],
  ["dsoCountback answers NUM on overflow", () => core.dsoCountback({ receivables: 1e308, sales: [1e-300], periodDays: 1e10 }), "NUM", tooLarge],
  ...historyRows("dsoCountbackDetail", core.dsoCountbackDetail, { receivables: 50 }, "receivables"),
  ["dsoCountbackDetail answers NA when receivables exceed all sales", () => core.dsoCountbackDetail({ receivables: 301, sales: [100, 200] }), "NA", "receivables exceed all the sales given: add older periods"],
  ...historyRows("dsoAccountingRatio", core.dsoAccountingRatio, { receivables: 50 }, "receivables"),
  ["dsoAccountingRatio answers DIV0 when sales add up to 0", () => core.dsoAccountingRatio({ receivables: 10, sales: [0, 0] }), "DIV0",
    "sales add up to 0: the accounting DSO (receivables / sales × days) cannot be computed"],
  ...historyRows("dsoBestPossible", core.dsoBestPossible, { currentReceivables: 50 }, "current_receivables"),
  ["dsoBestPossible answers NA when current receivables exceed all sales", () => core.dsoBestPossible({ currentReceivables: 301, sales: [100, 200] }), "NA",
    "current_receivables exceed all the sales given: add older periods"],
  ...historyRows("dsoDelinquent", core.dsoDelinquent, { receivables: 50, currentReceivables: 10 }, "receivables"),
  ...amountRows("dsoDelinquent", (v) => core.dsoDelinquent({ receivables: 50, currentReceivables: v, sales: [100] } as never), "current_receivables", "150000"),
  ["dsoDelinquent rejects current receivables above receivables", () => core.dsoDelinquent({ receivables: 50, currentReceivables: 60, sales: [100, 100] }), "VALUE",
    "current_receivables must not exceed receivables (e.g. 150000 of 212000)"],
  ["dsoDelinquent answers NA when receivables exceed all sales", () => core.dsoDelinquent({ receivables: 301, currentReceivables: 1, sales: [100, 200] }), "NA",
    "receivables exceed all the sales given: add older periods"],

  // concentration
  ...valuesRows("concentrationTop", core.concentrationTop),
  ...[0, -1, 2.5, NaN, "5"].map((n): Row => [
    `concentrationTop rejects n ${JSON.stringify(n)}`, () => core.concentrationTop({ values: [1], n } as never), "VALUE", "n must be a whole number of 1 or more (e.g. 5)",
  ]),
  ...valuesRows("concentrationHhi", core.concentrationHhi),
];

describe("errors", () => {
  it.each(rows)("%s", (_what, call, code, message) => {
    expectCoreError(call, code, message);
  });

  it("names the snake_case argument on the error", () => {
    try {
      core.factoringAdvance({ amount: 1, advanceRate: 90 });
    } catch (error) {
      expect((error as core.CoreError).argument).toBe("advance_rate");
      expect((error as core.CoreError).messageFr).toBe("advance_rate doit être compris entre 0 et 1 (90 % ou 0,9)");
    }
    expect.assertions(2);
  });

  it("writes French decimals with a comma", () => {
    expectCoreError(() => core.creditPremium({ insuredTurnover: 1, rate: 2 }), "VALUE", "rate must be between 0 and 1 (0.3% or 0.003)");
    try {
      core.creditPremium({ insuredTurnover: 1, rate: 2 });
    } catch (error) {
      expect((error as core.CoreError).messageIn("fr")).toBe("rate doit être compris entre 0 et 1 (0,3 % ou 0,003)");
    }
  });
});
