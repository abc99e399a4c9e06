/**
 * The loss a seller keeps in a bad year under a credit-insurance policy with a maximum liability and an annual
 * aggregate deductible, on the 10 000-obligor portfolio of creditriskplus.bench.ts: the joint CreditRisk+ law of
 * (gross loss, indemnity) by Sundt's bivariate Panjer recursion (src/core/portfolio/cappedLoss.ts), timed as a
 * ratio to the uncapped one-dimensional Panjer run (creditRiskPlus) on the same portfolio in the same run, and
 * its 99 % kept loss checked against a brute-force Monte Carlo of the unrounded model (test/insurance/monteCarlo.ts).
 *
 * Policy: 90 % cover, credit limits of 100 000 € on every buyer (so large buyers are partly uninsured), an
 * aggregate deductible of 5 % of the expected indemnity owed and a cap of twice it: both bind in a bad year.
 *
 * Standalone: npx esbuild bench/insurancecap.bench.ts --bundle --platform=node --packages=external --outfile=.tmp/cap.js && node .tmp/cap.js
 */
import { cappedLossDistribution, creditRiskPlus, lossQuantile } from "../src/core/portfolio";
import { quantileInterval, seededUniform, simulateYears } from "../testkit/insuranceMonteCarlo";
import { medianMs } from "./measure";
import type { BenchRow, BenchSection } from "./types";

const RUNS = 7;
const YEARS = 200_000;
const SEED = 20240502;
const LIMIT = 100_000;

const format = (x: number, digits = 4): string => Number(x.toPrecision(digits)).toString();

/**
 * creditriskplus.bench.ts's portfolio, drawn again from its seed with the same generator (xoshiro128**):
 * exposures 5 000..500 000, pds 0.2%..5%, lgd 60%, pd_volatility 0.5. (Importing that section would run it.)
 */
const benchPortfolio = () => {
  const random = seededUniform(20240501);
  const exposures = Array.from({ length: 10_000 }, () => Math.round(5000 * Math.exp(random() * Math.log(100))));
  const pds = exposures.map(() => 0.002 + random() * 0.048);
  return { exposures, pds, lgds: 0.6, pdVolatility: 0.5 };
};

/** The bench portfolio with the policy's per-claim terms and yearly layer. */
export const cappedBenchCase = () => {
  const portfolio = benchPortfolio();
  const grossLosses = portfolio.exposures.map((e) => e * portfolio.lgds);
  // insured = min(exposure, limit) × lgd, then 90 % cover (DESIGN.md, "Exposure")
  const indemnities = portfolio.exposures.map((e) => 0.9 * Math.min(e, LIMIT) * portfolio.lgds);
  const owed = indemnities.reduce((s, c, i) => s + c * portfolio.pds[i], 0);
  return {
    portfolio,
    options: {
      grossLosses,
      indemnities,
      pds: portfolio.pds,
      pdVolatility: portfolio.pdVolatility,
      aggregateDeductible: 0.05 * owed,
      maxLiability: 2 * owed,
    },
  };
};

export const run: BenchSection = async () => {
  const { portfolio, options } = cappedBenchCase();
  const cappedMs = medianMs(() => cappedLossDistribution(options), RUNS);
  const uncappedMs = medianMs(() => creditRiskPlus(portfolio), RUNS);
  const capped = cappedLossDistribution(options);
  const kept99 = lossQuantile(capped.kept, 0.99);

  const simulated = simulateYears({ ...options, profitShareRate: 0, profitShareBase: 0 }, YEARS, SEED);
  const [low, high] = quantileInterval(simulated.kept, 0.99, 3);
  const [mcKept99] = quantileInterval(simulated.kept, 0.99, 0);
  const ratio = kept99 / mcKept99;
  const within = kept99 >= low - capped.unit && kept99 <= high + capped.unit;

  const rows: BenchRow[] = [
    {
      figure: `Capped 99% kept loss, ${portfolio.exposures.length.toLocaleString("en-US")} obligors (joint Panjer, median of ${RUNS})`,
      value: `${format(cappedMs, 3)} ms`,
      baseline: `uncapped creditRiskPlus: ${format(uncappedMs, 3)} ms`,
      ratio: format(cappedMs / uncappedMs, 3),
      goal: "< 300 ms",
      met: cappedMs < 300,
      ...(cappedMs < 300 ? {} : { note: `band unit ${capped.unit}, ${capped.gross.probabilities.length} rows; the machine may be loaded` }),
    },
    {
      figure: `Capped 99% kept loss vs Monte Carlo ${YEARS.toLocaleString("en-US")} years (unit ${capped.unit})`,
      value: format(kept99, 8),
      baseline: `Monte Carlo: ${format(mcKept99, 8)} (99.7% interval ${format(low, 6)}–${format(high, 6)})`,
      ratio: format(ratio, 5),
      goal: "within the interval ± one band unit",
      met: within,
    },
    {
      figure: "Capped expected insurer payment vs Monte Carlo",
      value: format(capped.expectedInsurerPayment, 8),
      baseline: `Monte Carlo: ${format(simulated.payment.mean, 8)} ± ${format(simulated.payment.standardError, 3)}`,
      ratio: format(capped.expectedInsurerPayment / simulated.payment.mean, 5),
      goal: "within 0.5%",
      met: Math.abs(capped.expectedInsurerPayment / simulated.payment.mean - 1) <= 0.005,
    },
  ];
  return rows;
};

if (require.main === module) {
  void run().then((rows) => console.table(rows));
}
