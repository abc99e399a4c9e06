import { dec } from "../decimal";
import { finiteResult } from "../validate";
import type { InvoiceTerms } from "./defaults";
import { bigInvoiceNet, checkInvoiceTerms, exactInvoiceCost, invoiceCost } from "./terms";

/**
 * All the cash the seller gets in the end for one factored invoice: amount − total cost (advance now, the
 * balance when the debtor pays). Negative when a minimum fee exceeds a small invoice, which is worth seeing.
 *
 * @throws CoreError as {@link factoringCost}
 *
 * @example
 * // 10 000 € at 60 days, defaults: cost 100 + 75 = 175
 * factoringNet({ amount: 10000, days: 60 }) // => 9825
 */
export const factoringNet = (options: InvoiceTerms): number => {
  const terms = checkInvoiceTerms(options);
  // Exact on scaled integers when the digits allow, else on BigInt decimals (exact.ts); otherwise decimal.js.
  const exact = exactInvoiceCost(terms)?.net ?? bigInvoiceNet(terms);
  if (exact === exact) return exact;
  return finiteResult(dec(terms.amount).minus(invoiceCost(terms).total));
};
