/**
 * The credit-insurance simulator's results — premium, expected loss without cover, expected indemnity, net
 * cost and break-even default rate — computed once, here, for the task pane (src/taskpane/simulators/insurance/view.ts)
 * and checked against the proposal sheet (./insurance.ts), whose formulas run over the same portfolio and
 * terms: the buyers of ./portfolio.ts (the portfolio read from the sheet, or the illustrative equal buyers),
 * the cover rate and the deductible per claim. All the math is the core's; this only says which call gets
 * which inputs. Pure: no Office, no DOM.
 */
import { creditBreakEvenPd, creditExpectedIndemnity, creditExpectedLoss, creditNetCost, creditPremium } from "../../../core";
import type { InsuranceInputs } from "./inputs";
import { lossPortfolio } from "./portfolio";

/** The results block of the credit-insurance simulator. */
export interface InsuranceFigures {
  /** Yearly premium: max(insured turnover × rate, minimum premium). */
  premium: number;
  /** Σ exposure × pd × lgd over the buyers. */
  expectedLoss: number;
  /** Σ pd × cover_rate × max(0, exposure × lgd − deductible): one claim per default, the deductible taken on each. */
  expectedIndemnity: number;
  /** premium − expected indemnity. */
  netCost: number;
  /** The default probability, the same for every buyer, at which the expected indemnity equals the premium. */
  breakEvenPd: number;
}

/**
 * Each figure as its own core call, so that a caller can show the figures the core accepts and the reason
 * for the others (the pane runs each through its Attempts). Net cost and break-even need the premium.
 */
export interface InsuranceFigureCalls {
  premium: () => number;
  expectedLoss: () => number;
  expectedIndemnity: () => number;
  netCost: (premium: number) => number;
  breakEvenPd: (premium: number) => number;
}

export const insuranceFigureCalls = (inputs: InsuranceInputs): InsuranceFigureCalls => {
  const buyers = lossPortfolio(inputs);
  const cover = { coverRate: inputs.coverRate, deductibles: inputs.deductible };
  return {
    premium: () => creditPremium({ insuredTurnover: inputs.insuredTurnover, rate: inputs.premiumRate, minPremium: inputs.minPremium }),
    expectedLoss: () => creditExpectedLoss(buyers),
    expectedIndemnity: () => creditExpectedIndemnity({ ...buyers, ...cover }),
    netCost: (premium) => creditNetCost({ premium, ...buyers, ...cover }),
    // At a default probability p for every buyer the expected indemnity is p × cover_rate × (the claims the
    // policy would accept if every buyer failed), so the break-even p is CREDIT.BREAKEVENPD on that total
    // claim: the core's expected indemnity at pd 1 and 100 % cover, the deductible taken on each claim.
    breakEvenPd: (premium) =>
      creditBreakEvenPd({
        premium,
        exposure: creditExpectedIndemnity({ ...buyers, pds: buyers.pds.map(() => 1), coverRate: 1, deductibles: inputs.deductible }),
        lgd: 1,
        coverRate: inputs.coverRate,
      }),
  };
};

/** All five figures; throws the core's CoreError when it refuses the inputs. */
export const insuranceFigures = (inputs: InsuranceInputs): InsuranceFigures => {
  const calls = insuranceFigureCalls(inputs);
  const premium = calls.premium();
  return {
    premium,
    expectedLoss: calls.expectedLoss(),
    expectedIndemnity: calls.expectedIndemnity(),
    netCost: calls.netCost(premium),
    breakEvenPd: calls.breakEvenPd(premium),
  };
};
