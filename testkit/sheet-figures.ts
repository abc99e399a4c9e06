/**
 * Comparing the figures a proposal sheet shows, read by their labels, with the core's: one table per comparison,
 * so that a failure's diff names every label whose value is off. Shared by the proposal tests
 * (test/taskpane/proposals/, test/workbook/pane-proposals.test.ts).
 */
import type { Diagnosis } from "../src/core";

/** The value `read` gives for each label, as one object keyed by label. */
export const readEach = (labels: readonly string[], read: (label: string) => unknown): Record<string, unknown> =>
  Object.fromEntries(labels.map((label) => [label, read(label)]));

/**
 * Expects the value read under each label to be close to its expected number: jest's `expect.closeTo(value, digits)`,
 * the test of `toBeCloseTo(value, digits)` (|difference| < 10^-digits / 2).
 */
export const expectCloseFigures = (read: (label: string) => unknown, expected: Readonly<Record<string, number>>, digits: number): void => {
  const close = Object.fromEntries(Object.entries(expected).map(([label, value]) => [label, expect.closeTo(value, digits)]));
  expect(readEach(Object.keys(expected), read)).toEqual(close);
};

/** The diagnostic sheet's English figure labels and the core's figure each one shows. */
export const diagnosticSheetFigures = (d: Diagnosis): Record<string, number> => ({
  "Average receivables outstanding": d.receivablesOutstanding,
  "Cash factoring would free": d.cashFreed,
  "Yearly cost of factoring": d.factoringYearlyCost,
  "Expected loss over a year": d.expectedLoss,
  "Loss if the largest customer fails (at least)": d.largestCustomerLoss,
  "Sales needed to earn that loss back": d.turnoverToRecoverLoss,
});
