/**
 * The formulas the factoring and offers sheets share: an offer's year (the figures of factoringProgramme) as
 * formulas over the sheet's labelled inputs, so that a user who edits a term sees the figures move. The TEG is
 * the add-in's FACTOR.TEG in the live variant; the other figures are native formulas written as the core's
 * factoringProgramme computes them (src/core/factoring/programme.ts), which test/workbook/pane-proposals.test.ts
 * holds equal to the pane.
 */
import { type Content, formula } from "../../proposals/layout";
import type { FigureRow, Variant } from "../../proposals/common";

/** One result row: its label, its key (the offer's suffix is added), its format and its content. */
export type SheetFigure = FigureRow;

/**
 * The year of an offer. `term(key)` is the placeholder of a term's cell ("{advanceRate}" or "{advanceRate2}"),
 * `own(key)` the placeholder of this offer's own result cells; the profile's cells are {annualTurnover},
 * {dsoDays}, {invoices} and {buyers}. The figures, in the order they are written:
 * - financing days = dso_days + collection_days; financing rate = (index floored at 0 when the contract says so) + margin;
 * - financing commission = base × rate × financing days / day basis, base = turnover × advance (on the gross)
 *   or turnover × (advance − reserve) (net of the reserve);
 * - average cash freed = (turnover × (advance − reserve) − pre-counted commission) × financing days / 365;
 * - factoring commission = max(turnover × rate, invoices × per-invoice minimum, yearly minimum) (equal invoices);
 * - service fees = buyers × per-buyer fee + invoices × per-invoice fee + file fee + yearly fees;
 * - total cost excl. VAT = factoring commission + financing commission + service fees + financing fees;
 * - TEG (art. R314-6): FACTOR.TEG over the year's turnover and DSO, the same ratio as for one invoice;
 * - cost / turnover and cost / average cash freed.
 */
export const programmeFigures = (term: (key: string) => string, own: (key: string) => string, variant: Variant): SheetFigure[] => {
  const financingRate = `(IF(${term("indexFloor")},MAX(${term("indexRate")},0),${term("indexRate")})+${term("margin")})`;
  const base = `IF(${term("financingOnGross")},{annualTurnover}*${term("advanceRate")},{annualTurnover}*(${term("advanceRate")}-${term("reserveRate")}))`;
  const teg = variant === "live"
    ? `=ENCOURS.FACTOR.TEG({annualTurnover},{dsoDays},${["advanceRate", "reserveRate", "indexRate", "margin", "indexFloor", "financingOnGross", "precounted", "collectionDays", "dayBasis", "financingFees"].map(term).join(",")})`
    : `=(${own("financingCommission")}+${term("financingFees")})/(({annualTurnover}*${term("advanceRate")}-{annualTurnover}*${term("reserveRate")})*${own("financingDays")})*365`;
  return [
    { label: "sheetFactoringFinancingDays", key: "financingDays", format: "days", content: formula(`={dsoDays}+${term("collectionDays")}`) },
    { label: "sheetFactoringFinancingRate", key: "financingRate", format: "percent", content: formula(`=${financingRate}`) },
    {
      label: "factoringFinancingCommission", key: "financingCommission", format: "currency",
      content: formula(`=${base}*${own("financingRate")}*${own("financingDays")}/${term("dayBasis")}`),
    },
    {
      label: "factoringAverageCashFreed", key: "cashFreed", format: "currency",
      content: formula(`=({annualTurnover}*${term("advanceRate")}-{annualTurnover}*${term("reserveRate")}-IF(${term("precounted")},${own("financingCommission")},0))*${own("financingDays")}/365`),
    },
    { label: "factoringAverageReserve", key: "reserveHeld", format: "currency", content: formula(`={annualTurnover}*${term("reserveRate")}*${own("financingDays")}/365`) },
    {
      label: "factoringCommission", key: "factoringCommission", format: "currency",
      content: formula(`=MAX({annualTurnover}*${term("serviceFeeRate")},{invoices}*${term("perInvoiceMinFee")},${term("minAnnualFee")})`),
    },
    {
      label: "factoringFees", key: "serviceFees", format: "currency",
      content: formula(`={buyers}*${term("perBuyerFee")}+{invoices}*${term("perInvoiceFee")}+${term("fileFee")}+${term("yearlyFees")}`),
    },
    {
      label: "factoringYearlyCost", key: "totalCost", format: "currency",
      content: formula(`=${own("factoringCommission")}+${own("financingCommission")}+${own("serviceFees")}+${term("financingFees")}`),
    },
    { label: "factoringVat", key: "vat", format: "currency", content: formula(`=(${own("factoringCommission")}+${own("serviceFees")})*${term("vatRate")}`) },
    { label: "factoringTeg", key: "teg", format: "percent", content: formula(teg) },
    { label: "factoringCostPerTurnover", key: "costPerTurnover", format: "percent", content: formula(`=${own("totalCost")}/{annualTurnover}`) },
    { label: "factoringCostPerCashFreed", key: "costPerCashFreed", format: "percent", content: formula(`=${own("totalCost")}/${own("cashFreed")}`) },
  ];
};

/** A label with a day in it ("Jour {day} : solde") as a formula over the day's cell, so the label follows the day. */
export const dayLabelFormula = (template: string, dayCell: string): Content => {
  const [before, after = ""] = template.split("{day}");
  const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
  return formula(`=${quote(before)}&${dayCell}&${quote(after)}`);
};
