/**
 * GENERATED from the catalogue (src/catalogue) by `npm run generate`: do not edit; edit the catalogue.
 *
 * Every Excel custom function of Encours (namespace ENCOURS), one exported wrapper each. The JSDoc of each is
 * its Excel metadata (custom-functions-metadata reads it); the implementation is built from the same catalogue
 * entry (implementations.ts), so a wrapper only hands its arguments over, in the declared order.
 */
import { implementation } from "./implementations";

const FACTOR_ADVANCE = implementation("FACTOR.ADVANCE");

/**
 * Cash the factor pays when an invoice is assigned: amount × advance_rate. Accepts ranges (the result spills).
 * @customfunction FACTOR.ADVANCE FACTOR.ADVANCE
 * @param amount Invoice amount in currency units, 0 or more (e.g. 10000). A range gives one result per invoice.
 * @param [advance_rate] Share of the amount paid on assignment, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).
 * @returns Advance in currency units.
 * @helpurl https://localhost:3000/help/en/factor.advance.html
 */
export function factorAdvance(amount: unknown[][], advance_rate?: unknown[][]): unknown[][] {
  return FACTOR_ADVANCE(amount, advance_rate) as unknown[][];
}

const FACTOR_COST = implementation("FACTOR.COST");

/**
 * Total factoring cost of an invoice: service fee plus financing commission on the cash advanced. Accepts ranges.
 * @customfunction FACTOR.COST FACTOR.COST
 * @param amount Invoice amount in currency units, 0 or more (e.g. 10000).
 * @param days Days from assignment until the customer pays, 0 or more (e.g. 60).
 * @param [service_fee_rate] Service fee as a share of the amount, a decimal from 0 to 1 (e.g. 1% or 0.01; default 0.01).
 * @param [financing_rate] Annual financing rate on the cash advanced, a decimal (e.g. 5% or 0.05; default 0.05).
 * @param [advance_rate] Share of the amount advanced, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).
 * @param [min_fee] Minimum service fee per invoice in currency units, 0 or more (default 0).
 * @param [day_basis] Days in the financing year: 360 (money-market basis, default) or 365.
 * @returns Cost in currency units: max(amount × service_fee_rate, min_fee) + amount × advance_rate × financing_rate × days / day_basis.
 * @helpurl https://localhost:3000/help/en/factor.cost.html
 */
export function factorCost(amount: unknown[][], days: unknown[][], service_fee_rate?: unknown[][], financing_rate?: unknown[][], advance_rate?: unknown[][], min_fee?: unknown[][], day_basis?: unknown[][]): unknown[][] {
  return FACTOR_COST(amount, days, service_fee_rate, financing_rate, advance_rate, min_fee, day_basis) as unknown[][];
}

const FACTOR_NET = implementation("FACTOR.NET");

/**
 * All the cash the seller gets in the end for a factored invoice: amount − factoring cost. Accepts ranges.
 * @customfunction FACTOR.NET FACTOR.NET
 * @param amount Invoice amount in currency units, 0 or more (e.g. 10000).
 * @param days Days from assignment until the customer pays, 0 or more (e.g. 60).
 * @param [service_fee_rate] Service fee as a share of the amount, a decimal from 0 to 1 (e.g. 1% or 0.01; default 0.01).
 * @param [financing_rate] Annual financing rate on the cash advanced, a decimal (e.g. 5% or 0.05; default 0.05).
 * @param [advance_rate] Share of the amount advanced, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).
 * @param [min_fee] Minimum service fee per invoice in currency units, 0 or more (default 0).
 * @param [day_basis] Days in the financing year: 360 (money-market basis, default) or 365.
 * @returns Net cash in currency units.
 * @helpurl https://localhost:3000/help/en/factor.net.html
 */
export function factorNet(amount: unknown[][], days: unknown[][], service_fee_rate?: unknown[][], financing_rate?: unknown[][], advance_rate?: unknown[][], min_fee?: unknown[][], day_basis?: unknown[][]): unknown[][] {
  return FACTOR_NET(amount, days, service_fee_rate, financing_rate, advance_rate, min_fee, day_basis) as unknown[][];
}

const FACTOR_APR = implementation("FACTOR.APR");

/**
 * All-in annualised cost of the cash advanced, every fee included (not the regulatory TEG: see FACTOR.TEG): cost / advance × 365 / days, or compounded. Accepts ranges.
 * @customfunction FACTOR.APR FACTOR.APR
 * @param amount Invoice amount in currency units, more than 0 (e.g. 10000).
 * @param days Days from assignment until the customer pays, more than 0 (e.g. 60).
 * @param [service_fee_rate] Service fee as a share of the amount, a decimal from 0 to 1 (e.g. 1% or 0.01; default 0.01).
 * @param [financing_rate] Annual financing rate on the cash advanced, a decimal (e.g. 5% or 0.05; default 0.05).
 * @param [advance_rate] Share of the amount advanced, a decimal more than 0 and up to 1 (e.g. 90% or 0.9; default 0.9).
 * @param [min_fee] Minimum service fee per invoice in currency units, 0 or more (default 0).
 * @param [day_basis] Days in the financing year for the commission: 360 (default) or 365.
 * @param [compound] FALSE (default) for the simple annual rate; TRUE for the compounded rate, equal to XIRR of the flows.
 * @returns Annual rate as a decimal (0.118 is 11.8%).
 * @helpurl https://localhost:3000/help/en/factor.apr.html
 */
export function factorApr(amount: unknown[][], days: unknown[][], service_fee_rate?: unknown[][], financing_rate?: unknown[][], advance_rate?: unknown[][], min_fee?: unknown[][], day_basis?: unknown[][], compound?: unknown[][]): unknown[][] {
  return FACTOR_APR(amount, days, service_fee_rate, financing_rate, advance_rate, min_fee, day_basis, compound) as unknown[][];
}

const FACTOR_SCHEDULE = implementation("FACTOR.SCHEDULE");

/**
 * Cash timeline of a factored invoice, spilled as rows of day, label, cash flow: the advance at day 0, the balance when the customer pays.
 * @customfunction FACTOR.SCHEDULE FACTOR.SCHEDULE
 * @param amount Invoice amount in currency units, 0 or more (e.g. 10000). A single value.
 * @param days Days from assignment until the customer pays, 0 or more (e.g. 60). A single value.
 * @param [service_fee_rate] Service fee as a share of the amount, a decimal from 0 to 1 (e.g. 1% or 0.01; default 0.01).
 * @param [financing_rate] Annual financing rate on the cash advanced, a decimal (e.g. 5% or 0.05; default 0.05).
 * @param [advance_rate] Share of the amount advanced, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).
 * @param [min_fee] Minimum service fee per invoice in currency units, 0 or more (default 0).
 * @param [day_basis] Days in the financing year: 360 (money-market basis, default) or 365.
 * @returns Two rows of three columns: day (0, then days), label ("Advance", "Balance"), cash flow in currency units.
 * @helpurl https://localhost:3000/help/en/factor.schedule.html
 */
export function factorSchedule(amount: unknown[][], days: unknown[][], service_fee_rate?: unknown[][], financing_rate?: unknown[][], advance_rate?: unknown[][], min_fee?: unknown[][], day_basis?: unknown[][]): unknown[][] {
  return FACTOR_SCHEDULE(amount, days, service_fee_rate, financing_rate, advance_rate, min_fee, day_basis) as unknown[][];
}

const FACTOR_LINE = implementation("FACTOR.LINE");

/**
 * Average financed outstanding of a factoring programme: turnover × dso_days / 365 × advance_rate × usage. Accepts ranges.
 * @customfunction FACTOR.LINE FACTOR.LINE
 * @param annual_turnover Turnover assigned to the factor in a year, in currency units, 0 or more (e.g. 1200000).
 * @param dso_days Days sales outstanding of that turnover, 0 or more (e.g. 60).
 * @param [advance_rate] Share of the receivables advanced, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).
 * @param [usage] Share of the available advance actually drawn, a decimal from 0 to 1 (e.g. 80% or 0.8; default 1).
 * @returns Average financed outstanding in currency units.
 * @helpurl https://localhost:3000/help/en/factor.line.html
 */
export function factorLine(annual_turnover: unknown[][], dso_days: unknown[][], advance_rate?: unknown[][], usage?: unknown[][]): unknown[][] {
  return FACTOR_LINE(annual_turnover, dso_days, advance_rate, usage) as unknown[][];
}

const FACTOR_ANNUALCOST = implementation("FACTOR.ANNUALCOST");

/**
 * Yearly cost of a factoring programme: service fee on the turnover, financing of the line, fixed fees. Accepts ranges.
 * @customfunction FACTOR.ANNUALCOST FACTOR.ANNUALCOST
 * @param annual_turnover Turnover assigned to the factor in a year, in currency units, 0 or more (e.g. 1200000).
 * @param dso_days Days sales outstanding of that turnover, 0 or more (e.g. 60).
 * @param [service_fee_rate] Service fee as a share of the turnover, a decimal from 0 to 1 (e.g. 1% or 0.01; default 0.01).
 * @param [financing_rate] Annual financing rate on the line, a decimal (e.g. 5% or 0.05; default 0.05).
 * @param [advance_rate] Share of the receivables advanced, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).
 * @param [usage] Share of the available advance actually drawn, a decimal from 0 to 1 (e.g. 80% or 0.8; default 1).
 * @param [min_annual_fee] Minimum yearly service fee in currency units, 0 or more (default 0).
 * @param [fixed_fees] File, subscription and other yearly fees in currency units, 0 or more (default 0).
 * @returns Yearly cost in currency units: max(turnover × service_fee_rate, min_annual_fee) + line × financing_rate + fixed_fees.
 * @helpurl https://localhost:3000/help/en/factor.annualcost.html
 */
export function factorAnnualcost(annual_turnover: unknown[][], dso_days: unknown[][], service_fee_rate?: unknown[][], financing_rate?: unknown[][], advance_rate?: unknown[][], usage?: unknown[][], min_annual_fee?: unknown[][], fixed_fees?: unknown[][]): unknown[][] {
  return FACTOR_ANNUALCOST(annual_turnover, dso_days, service_fee_rate, financing_rate, advance_rate, usage, min_annual_fee, fixed_fees) as unknown[][];
}

const FACTOR_TEG = implementation("FACTOR.TEG");

/**
 * Regulatory effective rate (TEG) of a factoring advance, as the contract prints it (Code de la consommation R314-6 and annex): financing commissions and financing fees over the amounts financed, per day × 365. Service fees are outside it. Accepts ranges.
 * @customfunction FACTOR.TEG FACTOR.TEG
 * @param amount Invoice amount in currency units, 0 or more (e.g. 10000).
 * @param days Days from assignment until the customer pays, 0 or more (e.g. 60).
 * @param [advance_rate] Share of the amount advanced, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).
 * @param [reserve_rate] Guarantee reserve held until the buyer pays, as a share of the invoice incl. VAT, from 0 to below 1 and at most advance_rate (e.g. 10% or 0.1; default 0).
 * @param [index_rate] Reference index of the financing as typed in the contract, e.g. Euribor 3M, a decimal from -1 to 1 (e.g. 3% or 0.03; default 0).
 * @param [margin] Margin added to the index, a decimal from 0 to 1 (e.g. 1.5% or 0.015; default 0.05, with an index of 0 the 5% of FACTOR.COST).
 * @param [index_floor] TRUE when the contract floors the index at 0 (default FALSE).
 * @param [financing_on_gross] TRUE (default) when the financing commission runs on the whole advance, reserve included; FALSE when it runs net of the reserve.
 * @param [precounted] TRUE when the financing commission is taken when the advance is paid (précomptée); FALSE (default) when charged at the end (post-comptée).
 * @param [collection_days] Days the contract adds to the financing period for collection (jours de valeur), 0 or more (default 0).
 * @param [day_basis] Days in the financing year: 360 (money-market basis, default) or 365.
 * @param [financing_fees] Fees the contract ties to the financing (counted in the TEG), in currency units, 0 or more (default 0).
 * @returns TEG as a decimal (0.0507 is 5.07%), proportional to the one-day period rate.
 * @helpurl https://localhost:3000/help/en/factor.teg.html
 */
export function factorTeg(amount: unknown[][], days: unknown[][], advance_rate?: unknown[][], reserve_rate?: unknown[][], index_rate?: unknown[][], margin?: unknown[][], index_floor?: unknown[][], financing_on_gross?: unknown[][], precounted?: unknown[][], collection_days?: unknown[][], day_basis?: unknown[][], financing_fees?: unknown[][]): unknown[][] {
  return FACTOR_TEG(amount, days, advance_rate, reserve_rate, index_rate, margin, index_floor, financing_on_gross, precounted, collection_days, day_basis, financing_fees) as unknown[][];
}

const FACTOR_PROGRAMME = implementation("FACTOR.PROGRAMME");

/**
 * A year of factoring under one offer, spilled as rows of figure and value: average cash freed (net of the reserve), charges excl. VAT, VAT, TEG, cost per euro of turnover and per euro of cash freed.
 * @customfunction FACTOR.PROGRAMME FACTOR.PROGRAMME
 * @param annual_turnover Turnover incl. VAT ceded to the factor in a year, in currency units, 0 or more (e.g. 1200000). A single value.
 * @param dso_days Days sales outstanding of that turnover, 0 or more (e.g. 60).
 * @param [advance_rate] Share of the amount advanced, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).
 * @param [reserve_rate] Guarantee reserve held until the buyer pays, as a share of the invoice incl. VAT, from 0 to below 1 and at most advance_rate (e.g. 10% or 0.1; default 0).
 * @param [index_rate] Reference index of the financing as typed in the contract, e.g. Euribor 3M, a decimal from -1 to 1 (e.g. 3% or 0.03; default 0).
 * @param [margin] Margin added to the index, a decimal from 0 to 1 (e.g. 1.5% or 0.015; default 0.05, with an index of 0 the 5% of FACTOR.COST).
 * @param [index_floor] TRUE when the contract floors the index at 0 (default FALSE).
 * @param [financing_on_gross] TRUE (default) when the financing commission runs on the whole advance, reserve included; FALSE when it runs net of the reserve.
 * @param [precounted] TRUE when the financing commission is taken when the advance is paid (précomptée); FALSE (default) when charged at the end (post-comptée).
 * @param [collection_days] Days the contract adds to the financing period for collection (jours de valeur), 0 or more (default 0).
 * @param [day_basis] Days in the financing year: 360 (money-market basis, default) or 365.
 * @param [service_fee_rate] Service fee as a share of the amount, a decimal from 0 to 1 (e.g. 1% or 0.01; default 0.01).
 * @param [per_invoice_min_fee] Minimum factoring commission per invoice in currency units, 0 or more (default 0).
 * @param [min_annual_fee] Minimum yearly service fee in currency units, 0 or more (default 0).
 * @param [invoices] Invoices ceded in a year, 0 or more (needed with a per-invoice minimum or fee; default 0).
 * @param [per_invoice_fee] Handling fee per invoice in currency units excl. VAT, 0 or more (default 0).
 * @param [buyers] Number of buyers the per-buyer fees are charged on (approval, monitoring), 0 or more (default 0).
 * @param [per_buyer_fee] Yearly fee per buyer (approval, monitoring) in currency units excl. VAT, 0 or more (default 0).
 * @param [file_fee] File (set-up) fee of the year in currency units excl. VAT, 0 or more (default 0).
 * @param [yearly_fees] Subscription and other yearly fees in currency units excl. VAT, 0 or more (default 0).
 * @param [financing_fees] Fees the contract ties to the financing (counted in the TEG), in currency units, 0 or more (default 0).
 * @param [commission_vat_rate] VAT rate on the factoring commission and the fees (none on financing), a decimal (e.g. 20% or 0.2; default 0.2).
 * @param [cover_quota] Share of approved buyers' unpaid invoices the factor bears (with guarantee), a decimal from 0 to 1 (default 0: unpaid invoices come back to you, with recourse).
 * @param [recourse_days] Days overdue after which an unpaid invoice is de-financed and comes back to you; blank or 0 when not stated (default).
 * @returns Thirteen rows of two columns: the figure's name (English) and its value (currency units, or a decimal for rates).
 * @helpurl https://localhost:3000/help/en/factor.programme.html
 */
export function factorProgramme(annual_turnover: unknown[][], dso_days: unknown[][], advance_rate?: unknown[][], reserve_rate?: unknown[][], index_rate?: unknown[][], margin?: unknown[][], index_floor?: unknown[][], financing_on_gross?: unknown[][], precounted?: unknown[][], collection_days?: unknown[][], day_basis?: unknown[][], service_fee_rate?: unknown[][], per_invoice_min_fee?: unknown[][], min_annual_fee?: unknown[][], invoices?: unknown[][], per_invoice_fee?: unknown[][], buyers?: unknown[][], per_buyer_fee?: unknown[][], file_fee?: unknown[][], yearly_fees?: unknown[][], financing_fees?: unknown[][], commission_vat_rate?: unknown[][], cover_quota?: unknown[][], recourse_days?: unknown[][]): unknown[][] {
  return FACTOR_PROGRAMME(annual_turnover, dso_days, advance_rate, reserve_rate, index_rate, margin, index_floor, financing_on_gross, precounted, collection_days, day_basis, service_fee_rate, per_invoice_min_fee, min_annual_fee, invoices, per_invoice_fee, buyers, per_buyer_fee, file_fee, yearly_fees, financing_fees, commission_vat_rate, cover_quota, recourse_days) as unknown[][];
}

const CREDIT_EXPECTEDLOSS = implementation("CREDIT.EXPECTEDLOSS");

/**
 * Expected yearly credit loss of a portfolio of buyers: the sum of exposure × pd × lgd.
 * @customfunction CREDIT.EXPECTEDLOSS CREDIT.EXPECTEDLOSS
 * @param exposures Amounts owed by each buyer in currency units, 0 or more: a range, one buyer per cell (e.g. 50000).
 * @param pds One-year default probability of each buyer, decimals from 0 to 1 (e.g. 2% or 0.02): a range shaped like exposures.
 * @param [lgds] Loss given default, decimals from 0 to 1 (e.g. 45% or 0.45): one value for all buyers or a range shaped like exposures (default 1).
 * @returns Expected loss in currency units.
 * @helpurl https://localhost:3000/help/en/credit.expectedloss.html
 */
export function creditExpectedloss(exposures: unknown[][], pds: unknown[][], lgds?: unknown[][]): number {
  return CREDIT_EXPECTEDLOSS(exposures, pds, lgds) as number;
}

const CREDIT_PREMIUM = implementation("CREDIT.PREMIUM");

/**
 * Yearly credit-insurance premium: insured turnover × rate, at least the minimum premium. Accepts ranges.
 * @customfunction CREDIT.PREMIUM CREDIT.PREMIUM
 * @param insured_turnover Turnover insured in a year, in currency units, 0 or more (e.g. 1200000).
 * @param rate Premium rate on the turnover, a decimal from 0 to 1 (e.g. 0.3% or 0.003).
 * @param [min_premium] Minimum yearly premium in currency units, 0 or more (default 0).
 * @returns Premium in currency units.
 * @helpurl https://localhost:3000/help/en/credit.premium.html
 */
export function creditPremium(insured_turnover: unknown[][], rate: unknown[][], min_premium?: unknown[][]): unknown[][] {
  return CREDIT_PREMIUM(insured_turnover, rate, min_premium) as unknown[][];
}

const CREDIT_INDEMNITY = implementation("CREDIT.INDEMNITY");

/**
 * What the credit insurer pays on an unpaid claim: cover_rate × (the loss up to the credit limit, less the deductible). Accepts ranges.
 * @customfunction CREDIT.INDEMNITY CREDIT.INDEMNITY
 * @param loss Unpaid amount claimed, in currency units, 0 or more (e.g. 50000).
 * @param [cover_rate] Share of the insured loss the insurer pays, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).
 * @param [credit_limit] Credit limit granted on the buyer, in currency units; blank or 0 means no limit (default none).
 * @param [deductible] Amount of each claim the seller keeps, in currency units, 0 or more (default 0).
 * @param [threshold] Smallest loss the policy pays on, in currency units, 0 or more (default 0).
 * @returns Indemnity in currency units (0 when the loss is below the threshold).
 * @helpurl https://localhost:3000/help/en/credit.indemnity.html
 */
export function creditIndemnity(loss: unknown[][], cover_rate?: unknown[][], credit_limit?: unknown[][], deductible?: unknown[][], threshold?: unknown[][]): unknown[][] {
  return CREDIT_INDEMNITY(loss, cover_rate, credit_limit, deductible, threshold) as unknown[][];
}

const CREDIT_NETCOST = implementation("CREDIT.NETCOST");

/**
 * Net yearly cost of credit insurance on a portfolio: premium − expected indemnity (above 0: the cover costs more than it returns on average).
 * @customfunction CREDIT.NETCOST CREDIT.NETCOST
 * @param premium Yearly premium in currency units, 0 or more (e.g. 3000). A single value.
 * @param exposures Amounts owed by each buyer in currency units, 0 or more: a range, one buyer per cell (e.g. 50000).
 * @param pds One-year default probability of each buyer, decimals from 0 to 1 (e.g. 2% or 0.02): a range shaped like exposures.
 * @param [lgds] Loss given default, decimals from 0 to 1 (e.g. 45% or 0.45): one value for all buyers or a range shaped like exposures (default 1).
 * @param [cover_rate] Share of the insured loss the insurer pays, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).
 * @param [credit_limits] Credit limit on each buyer in currency units: one value for all or a range shaped like exposures; blank or 0 means no limit (default none).
 * @returns Net cost in currency units.
 * @helpurl https://localhost:3000/help/en/credit.netcost.html
 */
export function creditNetcost(premium: unknown[][], exposures: unknown[][], pds: unknown[][], lgds?: unknown[][], cover_rate?: unknown[][], credit_limits?: unknown[][]): number {
  return CREDIT_NETCOST(premium, exposures, pds, lgds, cover_rate, credit_limits) as number;
}

const CREDIT_BREAKEVENPD = implementation("CREDIT.BREAKEVENPD");

/**
 * Default probability of a buyer at which the expected indemnity equals the premium: above it, the cover pays for itself. Accepts ranges.
 * @customfunction CREDIT.BREAKEVENPD CREDIT.BREAKEVENPD
 * @param premium Yearly premium for this buyer's cover, in currency units, 0 or more (e.g. 900).
 * @param exposure Amount owed by the buyer, in currency units, 0 or more (e.g. 50000).
 * @param [lgd] Loss given default, a decimal from 0 to 1 (e.g. 45% or 0.45; default 1).
 * @param [cover_rate] Share of the insured loss the insurer pays, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).
 * @param [credit_limit] Credit limit granted on the buyer, in currency units; blank or 0 means no limit (default none).
 * @returns Break-even default probability as a decimal (0.02 is 2%).
 * @helpurl https://localhost:3000/help/en/credit.breakevenpd.html
 */
export function creditBreakevenpd(premium: unknown[][], exposure: unknown[][], lgd?: unknown[][], cover_rate?: unknown[][], credit_limit?: unknown[][]): unknown[][] {
  return CREDIT_BREAKEVENPD(premium, exposure, lgd, cover_rate, credit_limit) as unknown[][];
}

const CREDIT_LOSSQUANTILE = implementation("CREDIT.LOSSQUANTILE");

/**
 * Quantile of a portfolio's loss in a year (CreditRisk+), e.g. the loss exceeded only one year in 100; with cover terms, of the loss the seller keeps after indemnities.
 * @customfunction CREDIT.LOSSQUANTILE CREDIT.LOSSQUANTILE
 * @param exposures Amounts owed by each buyer in currency units, 0 or more: a range, one buyer per cell (e.g. 50000).
 * @param pds One-year default probability of each buyer, decimals from 0 to 1 (e.g. 2% or 0.02): a range shaped like exposures.
 * @param level Quantile level, a decimal strictly between 0 and 1 (e.g. 99% or 0.99).
 * @param [lgds] Loss given default, decimals from 0 to 1 (e.g. 45% or 0.45): one value for all buyers or a range shaped like exposures (default 1).
 * @param [pd_volatility] Volatility of the default rate as a multiple of the pd, 0 or more (default 0.5; 0 gives Poisson defaults).
 * @param [cover_rate] Share of the insured loss the insurer pays, decimals from 0 to 1: one value or a range shaped like exposures (no cover when cover_rate, credit_limits and deductible are all omitted; 0.9 otherwise).
 * @param [credit_limits] Credit limit on each buyer in currency units: one value for all or a range shaped like exposures; blank or 0 means no limit (default none).
 * @param [deductible] Amount of each claim the seller keeps, in currency units, 0 or more: one value or a range shaped like exposures (default 0).
 * @param [band_unit] Loss unit of the CreditRisk+ grid in currency units, more than 0; blank or 0: the largest exposure / 100, rounded up (default). A larger unit covers larger portfolios.
 * @param [sectors] Sector of each buyer, a whole number from 1 (0: no sector, defaults independent), one value or a range shaped like exposures (default: one sector for all).
 * @param [sector_volatilities] Relative default-rate volatility of each sector (σ_k / μ_k), 0 or more: one value or one per sector in sector order (default pd_volatility).
 * @param [sector_correlations] Correlation matrix of the sectors' default rates, a square range with 1 on the diagonal, values from -1 to 1 (default: independent sectors).
 * @returns Loss in currency units, interpolated linearly between the points of the loss grid.
 * @helpurl https://localhost:3000/help/en/credit.lossquantile.html
 */
export function creditLossquantile(exposures: unknown[][], pds: unknown[][], level: unknown[][], lgds?: unknown[][], pd_volatility?: unknown[][], cover_rate?: unknown[][], credit_limits?: unknown[][], deductible?: unknown[][], band_unit?: unknown[][], sectors?: unknown[][], sector_volatilities?: unknown[][], sector_correlations?: unknown[][]): number {
  return CREDIT_LOSSQUANTILE(exposures, pds, level, lgds, pd_volatility, cover_rate, credit_limits, deductible, band_unit, sectors, sector_volatilities, sector_correlations) as number;
}

const CREDIT_LOSSDIST = implementation("CREDIT.LOSSDIST");

/**
 * Distribution of a portfolio's loss in a year (CreditRisk+), spilled as rows of loss, probability, cumulative probability.
 * @customfunction CREDIT.LOSSDIST CREDIT.LOSSDIST
 * @param exposures Amounts owed by each buyer in currency units, 0 or more: a range, one buyer per cell (e.g. 50000).
 * @param pds One-year default probability of each buyer, decimals from 0 to 1 (e.g. 2% or 0.02): a range shaped like exposures.
 * @param [lgds] Loss given default, decimals from 0 to 1 (e.g. 45% or 0.45): one value for all buyers or a range shaped like exposures (default 1).
 * @param [pd_volatility] Volatility of the default rate as a multiple of the pd, 0 or more (default 0.5; 0 gives Poisson defaults).
 * @param [cover_rate] Share of the insured loss the insurer pays, decimals from 0 to 1: one value or a range shaped like exposures (no cover when cover_rate, credit_limits and deductible are all omitted; 0.9 otherwise).
 * @param [credit_limits] Credit limit on each buyer in currency units: one value for all or a range shaped like exposures; blank or 0 means no limit (default none).
 * @param [deductible] Amount of each claim the seller keeps, in currency units, 0 or more: one value or a range shaped like exposures (default 0).
 * @param [band_unit] Loss unit of the CreditRisk+ grid in currency units, more than 0; blank or 0: the largest exposure / 100, rounded up (default). A larger unit covers larger portfolios.
 * @param [sectors] Sector of each buyer, a whole number from 1 (0: no sector, defaults independent), one value or a range shaped like exposures (default: one sector for all).
 * @param [sector_volatilities] Relative default-rate volatility of each sector (σ_k / μ_k), 0 or more: one value or one per sector in sector order (default pd_volatility).
 * @param [sector_correlations] Correlation matrix of the sectors' default rates, a square range with 1 on the diagonal, values from -1 to 1 (default: independent sectors).
 * @returns One row per point of the loss grid, from a loss of 0: loss in currency units, its probability, the probability of a loss up to it.
 * @helpurl https://localhost:3000/help/en/credit.lossdist.html
 */
export function creditLossdist(exposures: unknown[][], pds: unknown[][], lgds?: unknown[][], pd_volatility?: unknown[][], cover_rate?: unknown[][], credit_limits?: unknown[][], deductible?: unknown[][], band_unit?: unknown[][], sectors?: unknown[][], sector_volatilities?: unknown[][], sector_correlations?: unknown[][]): unknown[][] {
  return CREDIT_LOSSDIST(exposures, pds, lgds, pd_volatility, cover_rate, credit_limits, deductible, band_unit, sectors, sector_volatilities, sector_correlations) as unknown[][];
}

const CREDIT_CONTRIBUTIONS = implementation("CREDIT.CONTRIBUTIONS");

/**
 * Which buyers make a bad year (CreditRisk+ risk contributions), spilled one row per buyer: expected loss, contribution to the standard deviation, contribution to the level quantile; each column adds up to the portfolio's figure.
 * @customfunction CREDIT.CONTRIBUTIONS CREDIT.CONTRIBUTIONS
 * @param exposures Amounts owed by each buyer in currency units, 0 or more: a range, one buyer per cell (e.g. 50000).
 * @param pds One-year default probability of each buyer, decimals from 0 to 1 (e.g. 2% or 0.02): a range shaped like exposures.
 * @param level Quantile level, a decimal strictly between 0 and 1 (e.g. 99% or 0.99).
 * @param [lgds] Loss given default, decimals from 0 to 1 (e.g. 45% or 0.45): one value for all buyers or a range shaped like exposures (default 1).
 * @param [pd_volatility] Volatility of the default rate as a multiple of the pd, 0 or more (default 0.5; 0 gives Poisson defaults).
 * @param [cover_rate] Share of the insured loss the insurer pays, decimals from 0 to 1: one value or a range shaped like exposures (no cover when cover_rate, credit_limits and deductible are all omitted; 0.9 otherwise).
 * @param [credit_limits] Credit limit on each buyer in currency units: one value for all or a range shaped like exposures; blank or 0 means no limit (default none).
 * @param [deductible] Amount of each claim the seller keeps, in currency units, 0 or more: one value or a range shaped like exposures (default 0).
 * @param [band_unit] Loss unit of the CreditRisk+ grid in currency units, more than 0; blank or 0: the largest exposure / 100, rounded up (default). A larger unit covers larger portfolios.
 * @param [sectors] Sector of each buyer, a whole number from 1 (0: no sector, defaults independent), one value or a range shaped like exposures (default: one sector for all).
 * @param [sector_volatilities] Relative default-rate volatility of each sector (σ_k / μ_k), 0 or more: one value or one per sector in sector order (default pd_volatility).
 * @param [sector_correlations] Correlation matrix of the sectors' default rates, a square range with 1 on the diagonal, values from -1 to 1 (default: independent sectors).
 * @returns One row per buyer, in the order given: expected loss, contribution to the standard deviation, contribution to the quantile (currency units).
 * @helpurl https://localhost:3000/help/en/credit.contributions.html
 */
export function creditContributions(exposures: unknown[][], pds: unknown[][], level: unknown[][], lgds?: unknown[][], pd_volatility?: unknown[][], cover_rate?: unknown[][], credit_limits?: unknown[][], deductible?: unknown[][], band_unit?: unknown[][], sectors?: unknown[][], sector_volatilities?: unknown[][], sector_correlations?: unknown[][]): unknown[][] {
  return CREDIT_CONTRIBUTIONS(exposures, pds, level, lgds, pd_volatility, cover_rate, credit_limits, deductible, band_unit, sectors, sector_volatilities, sector_correlations) as unknown[][];
}

const CREDIT_POLICYCHARGES = implementation("CREDIT.POLICYCHARGES");

/**
 * What a credit-insurance policy bills in a year: premium (at least the minimum) + insurance tax + monitoring and enquiry fees + their VAT. Accepts ranges.
 * @customfunction CREDIT.POLICYCHARGES CREDIT.POLICYCHARGES
 * @param insured_turnover Turnover insured in a year, in currency units, 0 or more (e.g. 1200000).
 * @param premium_rate Premium rate on the insured turnover, a decimal from 0 to 1 (e.g. 0.25% or 0.0025).
 * @param [min_premium] Minimum yearly premium in currency units, 0 or more (default 0).
 * @param [insurance_tax_rate] Insurance premium tax on the premium (taxe spéciale sur les conventions d'assurance, CGI art. 1001), a decimal (e.g. 9% or 0.09; default 0.09).
 * @param [buyers] Number of buyers the per-buyer fees are charged on (approval, monitoring), 0 or more (default 0).
 * @param [monitoring_fee] Yearly monitoring fee per buyer (frais de surveillance) in currency units excl. VAT, 0 or more (default 0).
 * @param [enquiry_fee] Fee per credit-limit enquiry (frais d'étude) in currency units excl. VAT, 0 or more (default 0).
 * @param [enquiries] Credit-limit enquiries in the year, 0 or more (default: one per buyer, as in a first year).
 * @param [fee_vat_rate] VAT rate on the monitoring and enquiry fees (the premium bears insurance tax, not VAT), a decimal (e.g. 20% or 0.2; default 0.2).
 * @returns Yearly charges in currency units.
 * @helpurl https://localhost:3000/help/en/credit.policycharges.html
 */
export function creditPolicycharges(insured_turnover: unknown[][], premium_rate: unknown[][], min_premium?: unknown[][], insurance_tax_rate?: unknown[][], buyers?: unknown[][], monitoring_fee?: unknown[][], enquiry_fee?: unknown[][], enquiries?: unknown[][], fee_vat_rate?: unknown[][]): unknown[][] {
  return CREDIT_POLICYCHARGES(insured_turnover, premium_rate, min_premium, insurance_tax_rate, buyers, monitoring_fee, enquiry_fee, enquiries, fee_vat_rate) as unknown[][];
}

const CREDIT_POLICYYEAR = implementation("CREDIT.POLICYYEAR");

/**
 * A year of a credit-insurance policy on a portfolio, spilled as rows of figure and value: expected loss, what the policy bills, expected indemnity under the maximum liability and aggregate deductible, profit share, yearly cost, and the loss kept in a bad year and when the largest buyers fail.
 * @customfunction CREDIT.POLICYYEAR CREDIT.POLICYYEAR
 * @param exposures Amounts owed by each buyer in currency units, 0 or more: a range, one buyer per cell (e.g. 50000).
 * @param pds One-year default probability of each buyer, decimals from 0 to 1 (e.g. 2% or 0.02): a range shaped like exposures.
 * @param insured_turnover Turnover insured in a year, in currency units, 0 or more (e.g. 1200000).
 * @param premium_rate Premium rate on the insured turnover, a decimal from 0 to 1 (e.g. 0.25% or 0.0025).
 * @param [lgds] Loss given default, decimals from 0 to 1 (e.g. 45% or 0.45): one value for all buyers or a range shaped like exposures (default 1).
 * @param [credit_limits] Credit limit on each buyer in currency units: one value for all or a range shaped like exposures; blank or 0 means no limit (default none).
 * @param [pd_volatility] Volatility of the default rate as a multiple of the pd, 0 or more (default 0.5; 0 gives Poisson defaults).
 * @param [cover_rate] Share of the insured loss the insurer pays, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).
 * @param [deductible] Amount of each claim the seller keeps, in currency units, 0 or more (default 0).
 * @param [threshold] Smallest loss the policy pays on, in currency units, 0 or more (default 0).
 * @param [discretionary_limit] Cover of a buyer without a named credit limit, in currency units; blank or 0 means covered in full (default).
 * @param [aggregate_deductible] Indemnities of the year the insurer does not pay (annual aggregate deductible), in currency units, 0 or more (default 0).
 * @param [max_liability_multiple] Most the insurer pays in a year, as a multiple of the premium (plafond d'indemnisation), 0 or more (e.g. 30; default 30).
 * @param [profit_share_rate] Share of premium − claims − fees paid back when positive (participation bénéficiaire), a decimal from 0 to 1 (e.g. 20% or 0.2; default 0).
 * @param [min_premium] Minimum yearly premium in currency units, 0 or more (default 0).
 * @param [insurance_tax_rate] Insurance premium tax on the premium (taxe spéciale sur les conventions d'assurance, CGI art. 1001), a decimal (e.g. 9% or 0.09; default 0.09).
 * @param [monitoring_fee] Yearly monitoring fee per buyer (frais de surveillance) in currency units excl. VAT, 0 or more (default 0).
 * @param [enquiry_fee] Fee per credit-limit enquiry (frais d'étude) in currency units excl. VAT, 0 or more (default 0).
 * @param [enquiries] Credit-limit enquiries in the year, 0 or more (default: one per buyer, as in a first year).
 * @param [fee_vat_rate] VAT rate on the monitoring and enquiry fees (the premium bears insurance tax, not VAT), a decimal (e.g. 20% or 0.2; default 0.2).
 * @returns Seventeen rows of two columns: the figure's name (English) and its value in currency units.
 * @helpurl https://localhost:3000/help/en/credit.policyyear.html
 */
export function creditPolicyyear(exposures: unknown[][], pds: unknown[][], insured_turnover: unknown[][], premium_rate: unknown[][], lgds?: unknown[][], credit_limits?: unknown[][], pd_volatility?: unknown[][], cover_rate?: unknown[][], deductible?: unknown[][], threshold?: unknown[][], discretionary_limit?: unknown[][], aggregate_deductible?: unknown[][], max_liability_multiple?: unknown[][], profit_share_rate?: unknown[][], min_premium?: unknown[][], insurance_tax_rate?: unknown[][], monitoring_fee?: unknown[][], enquiry_fee?: unknown[][], enquiries?: unknown[][], fee_vat_rate?: unknown[][]): unknown[][] {
  return CREDIT_POLICYYEAR(exposures, pds, insured_turnover, premium_rate, lgds, credit_limits, pd_volatility, cover_rate, deductible, threshold, discretionary_limit, aggregate_deductible, max_liability_multiple, profit_share_rate, min_premium, insurance_tax_rate, monitoring_fee, enquiry_fee, enquiries, fee_vat_rate) as unknown[][];
}

const CREDIT_KEPTQUANTILE = implementation("CREDIT.KEPTQUANTILE");

/**
 * Quantile of the loss a seller keeps in a year under a credit-insurance policy, honouring the maximum liability (a multiple of the premium) and the annual aggregate deductible.
 * @customfunction CREDIT.KEPTQUANTILE CREDIT.KEPTQUANTILE
 * @param exposures Amounts owed by each buyer in currency units, 0 or more: a range, one buyer per cell (e.g. 50000).
 * @param pds One-year default probability of each buyer, decimals from 0 to 1 (e.g. 2% or 0.02): a range shaped like exposures.
 * @param level Quantile level, a decimal strictly between 0 and 1 (e.g. 99% or 0.99).
 * @param insured_turnover Turnover insured in a year, in currency units, 0 or more (e.g. 1200000).
 * @param premium_rate Premium rate on the insured turnover, a decimal from 0 to 1 (e.g. 0.25% or 0.0025).
 * @param [lgds] Loss given default, decimals from 0 to 1 (e.g. 45% or 0.45): one value for all buyers or a range shaped like exposures (default 1).
 * @param [credit_limits] Credit limit on each buyer in currency units: one value for all or a range shaped like exposures; blank or 0 means no limit (default none).
 * @param [pd_volatility] Volatility of the default rate as a multiple of the pd, 0 or more (default 0.5; 0 gives Poisson defaults).
 * @param [cover_rate] Share of the insured loss the insurer pays, a decimal from 0 to 1 (e.g. 90% or 0.9; default 0.9).
 * @param [deductible] Amount of each claim the seller keeps, in currency units, 0 or more (default 0).
 * @param [threshold] Smallest loss the policy pays on, in currency units, 0 or more (default 0).
 * @param [discretionary_limit] Cover of a buyer without a named credit limit, in currency units; blank or 0 means covered in full (default).
 * @param [aggregate_deductible] Indemnities of the year the insurer does not pay (annual aggregate deductible), in currency units, 0 or more (default 0).
 * @param [max_liability_multiple] Most the insurer pays in a year, as a multiple of the premium (plafond d'indemnisation), 0 or more (e.g. 30; default 30).
 * @param [profit_share_rate] Share of premium − claims − fees paid back when positive (participation bénéficiaire), a decimal from 0 to 1 (e.g. 20% or 0.2; default 0).
 * @param [min_premium] Minimum yearly premium in currency units, 0 or more (default 0).
 * @param [insurance_tax_rate] Insurance premium tax on the premium (taxe spéciale sur les conventions d'assurance, CGI art. 1001), a decimal (e.g. 9% or 0.09; default 0.09).
 * @param [monitoring_fee] Yearly monitoring fee per buyer (frais de surveillance) in currency units excl. VAT, 0 or more (default 0).
 * @param [enquiry_fee] Fee per credit-limit enquiry (frais d'étude) in currency units excl. VAT, 0 or more (default 0).
 * @param [enquiries] Credit-limit enquiries in the year, 0 or more (default: one per buyer, as in a first year).
 * @param [fee_vat_rate] VAT rate on the monitoring and enquiry fees (the premium bears insurance tax, not VAT), a decimal (e.g. 20% or 0.2; default 0.2).
 * @returns Loss kept in currency units, interpolated linearly between the points of the loss grid.
 * @helpurl https://localhost:3000/help/en/credit.keptquantile.html
 */
export function creditKeptquantile(exposures: unknown[][], pds: unknown[][], level: unknown[][], insured_turnover: unknown[][], premium_rate: unknown[][], lgds?: unknown[][], credit_limits?: unknown[][], pd_volatility?: unknown[][], cover_rate?: unknown[][], deductible?: unknown[][], threshold?: unknown[][], discretionary_limit?: unknown[][], aggregate_deductible?: unknown[][], max_liability_multiple?: unknown[][], profit_share_rate?: unknown[][], min_premium?: unknown[][], insurance_tax_rate?: unknown[][], monitoring_fee?: unknown[][], enquiry_fee?: unknown[][], enquiries?: unknown[][], fee_vat_rate?: unknown[][]): number {
  return CREDIT_KEPTQUANTILE(exposures, pds, level, insured_turnover, premium_rate, lgds, credit_limits, pd_volatility, cover_rate, deductible, threshold, discretionary_limit, aggregate_deductible, max_liability_multiple, profit_share_rate, min_premium, insurance_tax_rate, monitoring_fee, enquiry_fee, enquiries, fee_vat_rate) as number;
}

const DSO = implementation("DSO");

/**
 * Days sales outstanding by the countback method: receivables are matched with the most recent sales first, period by period.
 * @customfunction DSO DSO
 * @param receivables Receivables outstanding at the end of the last period, in currency units, 0 or more (e.g. 212000).
 * @param sales Sales of each period in currency units, oldest first: a range, one period per cell (e.g. 70000, 80000, 100000); blank or 0 cells after the last value are not periods (C:C works).
 * @param [period_days] Days in each period: one number for all or a range shaped like sales (default 30).
 * @param [vat_rate] VAT rate when sales are net of VAT and receivables include it, a decimal (e.g. 20% or 0.2; default 0).
 * @param [newest_first] TRUE when the first period of sales is the most recent (default FALSE: oldest first).
 * @returns DSO in days.
 * @helpurl https://localhost:3000/help/en/dso.html
 */
export function dso(receivables: unknown[][], sales: unknown[][], period_days?: unknown[][], vat_rate?: unknown[][], newest_first?: unknown[][]): number {
  return DSO(receivables, sales, period_days, vat_rate, newest_first) as number;
}

const DSO_BESTPOSSIBLE = implementation("DSO.BESTPOSSIBLE");

/**
 * Best possible DSO: the countback DSO of the receivables not yet due, i.e. the DSO if every customer paid on time.
 * @customfunction DSO.BESTPOSSIBLE DSO.BESTPOSSIBLE
 * @param current_receivables Receivables not yet due, in currency units, 0 or more (e.g. 90000).
 * @param sales Sales of each period in currency units, oldest first: a range, one period per cell (e.g. 70000, 80000, 100000); blank or 0 cells after the last value are not periods (C:C works).
 * @param [period_days] Days in each period: one number for all or a range shaped like sales (default 30).
 * @param [vat_rate] VAT rate when sales are net of VAT and receivables include it, a decimal (e.g. 20% or 0.2; default 0).
 * @param [newest_first] TRUE when the first period of sales is the most recent (default FALSE: oldest first).
 * @returns Best possible DSO in days.
 * @helpurl https://localhost:3000/help/en/dso.bestpossible.html
 */
export function dsoBestpossible(current_receivables: unknown[][], sales: unknown[][], period_days?: unknown[][], vat_rate?: unknown[][], newest_first?: unknown[][]): number {
  return DSO_BESTPOSSIBLE(current_receivables, sales, period_days, vat_rate, newest_first) as number;
}

const DSO_DELINQUENT = implementation("DSO.DELINQUENT");

/**
 * Average days delinquent: DSO − best possible DSO, the days late payers add beyond the payment terms.
 * @customfunction DSO.DELINQUENT DSO.DELINQUENT
 * @param receivables All receivables outstanding, in currency units, 0 or more (e.g. 212000).
 * @param current_receivables The part of receivables not yet due, in currency units, 0 or more and at most receivables (e.g. 90000).
 * @param sales Sales of each period in currency units, oldest first: a range, one period per cell (e.g. 70000, 80000, 100000); blank or 0 cells after the last value are not periods (C:C works).
 * @param [period_days] Days in each period: one number for all or a range shaped like sales (default 30).
 * @param [vat_rate] VAT rate when sales are net of VAT and receivables include it, a decimal (e.g. 20% or 0.2; default 0).
 * @param [newest_first] TRUE when the first period of sales is the most recent (default FALSE: oldest first).
 * @returns Days delinquent.
 * @helpurl https://localhost:3000/help/en/dso.delinquent.html
 */
export function dsoDelinquent(receivables: unknown[][], current_receivables: unknown[][], sales: unknown[][], period_days?: unknown[][], vat_rate?: unknown[][], newest_first?: unknown[][]): number {
  return DSO_DELINQUENT(receivables, current_receivables, sales, period_days, vat_rate, newest_first) as number;
}

const CONCENTRATION_TOP = implementation("CONCENTRATION.TOP");

/**
 * Share of the n largest values in the total, e.g. the top-5 customers' share of receivables.
 * @customfunction CONCENTRATION.TOP CONCENTRATION.TOP
 * @param values Amounts per customer in currency units, 0 or more: a range (e.g. receivables by customer).
 * @param [n] How many of the largest values to count, a whole number of 1 or more (default 5).
 * @returns Share as a decimal from 0 to 1 (0.62 is 62%).
 * @helpurl https://localhost:3000/help/en/concentration.top.html
 */
export function concentrationTop(values: unknown[][], n?: unknown[][]): number {
  return CONCENTRATION_TOP(values, n) as number;
}

const CONCENTRATION_HHI = implementation("CONCENTRATION.HHI");

/**
 * Herfindahl-Hirschman index of concentration: the sum of the squared shares of each value in the total.
 * @customfunction CONCENTRATION.HHI CONCENTRATION.HHI
 * @param values Amounts per customer in currency units, 0 or more: a range (e.g. receivables by customer).
 * @returns Index from 0 to 1 (1: a single customer; 0.1: like ten equal customers).
 * @helpurl https://localhost:3000/help/en/concentration.hhi.html
 */
export function concentrationHhi(values: unknown[][]): number {
  return CONCENTRATION_HHI(values) as number;
}

const RECEIVABLES_DUEDATE = implementation("RECEIVABLES.DUEDATE");

/**
 * Due date of an invoice from its date and the payment terms ("60 jours", "45 jours fin de mois"…), as Code de commerce L441-10 counts them. Accepts ranges.
 * @customfunction RECEIVABLES.DUEDATE RECEIVABLES.DUEDATE
 * @param invoice_date Date of the invoice (an Excel date, e.g. DATE(2026,1,15)).
 * @param [terms] Payment terms: a number of days or their wording ("60 jours", "45 jours fin de mois", "fin de mois 45 jours"); default 30 days (Code de commerce L441-10).
 * @param [end_of_month_first] For "N jours fin de mois": FALSE (default) counts the days then goes to the end of that month; TRUE goes to the end of the month then adds the days (both are tolerated).
 * @returns Due date as an Excel date serial (format the cell as a date).
 * @helpurl https://localhost:3000/help/en/receivables.duedate.html
 */
export function receivablesDuedate(invoice_date: unknown[][], terms?: unknown[][], end_of_month_first?: unknown[][]): unknown[][] {
  return RECEIVABLES_DUEDATE(invoice_date, terms, end_of_month_first) as unknown[][];
}

const RECEIVABLES_LATEPENALTY = implementation("RECEIVABLES.LATEPENALTY");

/**
 * Late-payment penalties an invoice paid late carries: simple interest on the amount incl. VAT from the day after the due date, plus the fixed recovery fee (Code de commerce L441-10, D441-5). Accepts ranges.
 * @customfunction RECEIVABLES.LATEPENALTY RECEIVABLES.LATEPENALTY
 * @param amount Amount incl. VAT of the invoice, in currency units, 0 or more (e.g. 15000).
 * @param due_date Due date of the invoice (an Excel date).
 * @param paid_date Date the invoice was paid, or the date of the reckoning if still unpaid (an Excel date).
 * @param interest_rate Annual late-payment interest rate, a decimal (e.g. 12.15% or 0.1215: the ECB main refinancing rate + 10 points, unless the contract says otherwise).
 * @param [interest_day_basis] Days in the interest year: 365 (default) or 360 if the contract says so.
 * @param [recovery_fee] Fixed recovery fee per invoice paid late, in currency units (default 40, Code de commerce D441-5).
 * @returns Interest + recovery fee in currency units (0 when paid on time).
 * @helpurl https://localhost:3000/help/en/receivables.latepenalty.html
 */
export function receivablesLatepenalty(amount: unknown[][], due_date: unknown[][], paid_date: unknown[][], interest_rate: unknown[][], interest_day_basis?: unknown[][], recovery_fee?: unknown[][]): unknown[][] {
  return RECEIVABLES_LATEPENALTY(amount, due_date, paid_date, interest_rate, interest_day_basis, recovery_fee) as unknown[][];
}

const RECEIVABLES_AGEDBALANCE = implementation("RECEIVABLES.AGEDBALANCE");

/**
 * Aged balance of the invoices issued, unpaid at a date, in the management report's legal layout (Code de commerce D441-6): columns 0 day (indicative), 1–30, 31–60, 61–90, 91 days and more, total of 1 day and more.
 * @customfunction RECEIVABLES.AGEDBALANCE RECEIVABLES.AGEDBALANCE
 * @param invoice_dates Date of each invoice: a range, one invoice per cell (Excel dates).
 * @param amounts Amount incl. VAT of each invoice, 0 or more: a range shaped like invoice_dates.
 * @param as_of Date of the balance, e.g. the closing date of the year (an Excel date).
 * @param turnover_ht The year's turnover excl. VAT, more than 0, for the % of turnover row (e.g. 3000000).
 * @param [paid_dates] Date each invoice was paid, blank or 0 while unpaid: a range shaped like invoice_dates (default: all unpaid).
 * @param [terms] Payment terms: a number of days or their wording ("60 jours", "45 jours fin de mois", "fin de mois 45 jours"); default 30 days (Code de commerce L441-10).
 * @param [end_of_month_first] For "N jours fin de mois": FALSE (default) counts the days then goes to the end of that month; TRUE goes to the end of the month then adds the days (both are tolerated).
 * @returns Three rows of seven columns: the measure (number of invoices, amount incl. VAT, % of turnover excl. VAT), then the six columns of the legal table.
 * @helpurl https://localhost:3000/help/en/receivables.agedbalance.html
 */
export function receivablesAgedbalance(invoice_dates: unknown[][], amounts: unknown[][], as_of: unknown[][], turnover_ht: unknown[][], paid_dates?: unknown[][], terms?: unknown[][], end_of_month_first?: unknown[][]): unknown[][] {
  return RECEIVABLES_AGEDBALANCE(invoice_dates, amounts, as_of, turnover_ht, paid_dates, terms, end_of_month_first) as unknown[][];
}
