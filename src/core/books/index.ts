export { FEC_FIELDS, FEC_DETAIL_LIMIT, createFecReader, readFec, type FecReader } from "./fec";
export { createFecTextDecoder, type FecEncoding, type FecTextDecoder } from "./decode";
export type { FecBooks, FecCustomer, FecInvoice, FecCredit, FecSetAsideLine, FecUnbalancedEntry, FecReconciliation } from "./types";
export { excelSerialFromDate, dateFromExcelSerial, type CalendarDate } from "./dates";
export {
  PAYMENT_TERMS_DEFAULTS, parsePaymentTerms, paymentDueDate, paymentTermsCheck, lateInterest,
  type EndOfMonthMethod, type PaymentTerms, type PaymentTermsCheck, type LateInterest,
} from "./terms";
export type { TermsOptions } from "./books";
export { agedBalance, AGED_BALANCE_COLUMNS, type AgedBalance } from "./agedBalance";
export { customerReceivables, type CustomerReceivables } from "./customerReceivables";
export { dsoSeries, type MonthlyDso } from "./dsoSeries";
export { agedBalanceOfInvoices, invoiceDueDate, type AgedBalanceRow, type InvoiceListOptions } from "./invoiceFunctions";
