/**
 * What the pane shows for a simulator's seed (src/taskpane/simulators/<tab>/inputs.ts), worked by hand, where more
 * than one browser test checks the same figures: one table, read with expectFigures (./browser-harness.ts).
 */

/**
 * The Diagnostic tab's seed (diagnose's worked example), shown to the euro: 2 000 000 € HT at 60 days against 30
 * agreed, top 5 = 45 %, margin 30 %: 2 000 000 × 1.2 × 60 / 365 = 394 520.55 of receivables (exposure at default,
 * turnover TTC); × 90 % = 355 068.49 freed; × 2 % = 7 890.41 expected; × 9 % = 35 506.85 on the largest customer;
 * / 30 % = 118 356.16 of sales to earn it back; 30 days late and concentrated → both.
 */
export const DIAGNOSTIC_SEED_FIGURES: Readonly<Record<string, string>> = {
  cashFreed: "355 068 €",
  expectedLoss: "7 890 €",
  largestCustomerLoss: "35 507 €",
  turnoverToRecoverLoss: "118 356 €",
  recommendation: "Affacturage et assurance-crédit",
};
