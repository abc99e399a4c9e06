import { countbackOf } from "./countback";
import type { SalesHistory } from "./defaults";

/**
 * Best possible DSO: the countback ({@link dsoCountback}) applied to the receivables not yet due. It is the
 * DSO the seller would have if every customer paid on time, i.e. what the payment terms alone explain.
 *
 * @throws CoreError as {@link dsoCountback}, naming current_receivables
 *
 * @example
 * // 90 000 € not yet due; monthly sales 70 000, 80 000, 100 000: 90 000 / 100 000 × 30
 * dsoBestPossible({ currentReceivables: 90000, sales: [70000, 80000, 100000] }) // => 27
 */
export const dsoBestPossible = (options: SalesHistory & { currentReceivables: number }): number => countbackOf(options, "current_receivables");
