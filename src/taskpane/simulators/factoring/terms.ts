/**
 * A factoring offer's terms as the contract writes them (DESIGN.md, "Factoring offer terms"), shared by the
 * Affacturage tab and the offer comparison: the stored shape, the fields (built from the catalogue, the
 * advanced ones folded) and the rows the proposal sheets write. Rates are decimals (90 % = 0.9).
 */
import type { ParameterName } from "../../../catalogue";
import { FACTORING_DEFAULTS, FACTORING_OFFER_DEFAULTS, type FactoringOfferTerms } from "../../../core";
import type { Translate } from "../../i18n";
import { inputCell } from "../../proposals/common";
import type { Content } from "../../proposals/layout";
import type { CellFormat } from "../../proposals/types";
import { h } from "../../ui/dom";
import type { Field, Form } from "../../ui/form";
import { type Check, ofParameter } from "../shape";

/** Every term of an offer, none omitted: what the pane stores and the sheet writes. */
export type OfferTermsInputs = Required<Omit<FactoringOfferTerms, "recourseDays">> & { recourseDays: number | null; dayBasis: 360 | 365 };

/**
 * The catalogue's defaults: an offer given nothing more costs what FACTOR.COST says, plus VAT. In the order of
 * TERMS, as the fields read them: the pane compares inputs by their JSON text to save only what changed.
 */
export const TERMS_DEFAULT: OfferTermsInputs = {
  advanceRate: FACTORING_DEFAULTS.advanceRate,
  reserveRate: FACTORING_OFFER_DEFAULTS.reserveRate,
  indexRate: FACTORING_OFFER_DEFAULTS.indexRate,
  margin: FACTORING_OFFER_DEFAULTS.margin,
  indexFloor: FACTORING_OFFER_DEFAULTS.indexFloor,
  financingOnGross: FACTORING_OFFER_DEFAULTS.financingOnGross,
  precounted: FACTORING_OFFER_DEFAULTS.precounted,
  collectionDays: FACTORING_OFFER_DEFAULTS.collectionDays,
  dayBasis: FACTORING_DEFAULTS.dayBasis === 365 ? 365 : 360,
  serviceFeeRate: FACTORING_DEFAULTS.serviceFeeRate,
  perInvoiceMinFee: FACTORING_OFFER_DEFAULTS.perInvoiceMinFee,
  minAnnualFee: FACTORING_DEFAULTS.minAnnualFee,
  perInvoiceFee: FACTORING_OFFER_DEFAULTS.perInvoiceFee,
  perBuyerFee: FACTORING_OFFER_DEFAULTS.perBuyerFee,
  fileFee: FACTORING_OFFER_DEFAULTS.fileFee,
  yearlyFees: FACTORING_OFFER_DEFAULTS.yearlyFees,
  financingFees: FACTORING_OFFER_DEFAULTS.financingFees,
  vatRate: FACTORING_OFFER_DEFAULTS.vatRate,
  coverQuota: FACTORING_OFFER_DEFAULTS.coverQuota,
  recourseDays: FACTORING_OFFER_DEFAULTS.recourseDays,
};

type TermKey = keyof OfferTermsInputs;
type TermKind = "number" | "boolean" | "basis" | "optional";

/** One term: its catalogue parameter, its key, how it reads, whether it is folded, and its sheet format. */
interface TermSpec {
  parameter: ParameterName;
  key: TermKey;
  kind: TermKind;
  advanced: boolean;
  format: CellFormat;
}

const term = (parameter: ParameterName, key: TermKey, format: CellFormat, advanced: boolean, kind: TermKind = "number"): TermSpec => ({ parameter, key, kind, advanced, format });

/** The terms in the order of DESIGN.md's "Factoring offer terms" (financing, then commissions and fees, then cover). */
export const TERMS: readonly TermSpec[] = [
  term("advance_rate", "advanceRate", "percent", false),
  term("reserve_rate", "reserveRate", "percent", false),
  term("index_rate", "indexRate", "percent", false),
  term("margin", "margin", "percent", false),
  term("index_floor", "indexFloor", "text", true, "boolean"),
  term("financing_on_gross", "financingOnGross", "text", true, "boolean"),
  term("precounted", "precounted", "text", true, "boolean"),
  term("collection_days", "collectionDays", "days", true),
  term("day_basis", "dayBasis", "integer", true, "basis"),
  term("service_fee_rate", "serviceFeeRate", "percent", false),
  term("per_invoice_min_fee", "perInvoiceMinFee", "currency", true),
  term("min_annual_fee", "minAnnualFee", "currency", true),
  term("per_invoice_fee", "perInvoiceFee", "currency", true),
  term("per_buyer_fee", "perBuyerFee", "currency", true),
  term("file_fee", "fileFee", "currency", true),
  term("yearly_fees", "yearlyFees", "currency", true),
  term("financing_fees", "financingFees", "currency", true),
  term("commission_vat_rate", "vatRate", "percent", true),
  term("cover_quota", "coverQuota", "percent", false),
  term("recourse_days", "recourseDays", "days", true, "optional"),
];


/** The stored shape of the terms (workbook settings). */
export const TERMS_STORED: Readonly<Record<TermKey, Check>> = Object.fromEntries(
  TERMS.map((spec) => [spec.key, ofParameter(spec.parameter)]),
) as Record<TermKey, Check>;

/** The fields of an offer's terms: the main ones, and the advanced ones folded in a <details>. */
export interface TermFields {
  main: Field[];
  advanced: HTMLElement;
  /** Every term field's key (for placing a core error under the field of its offer). */
  keys: string[];
  read(): OfferTermsInputs;
}

/** Builds the terms' fields in a form; `keyOf` gives each field's key (an offer's editor prefixes them). */
export const termFields = (form: Form, t: Translate, initial: OfferTermsInputs, keyOf: (key: TermKey) => string = (key) => key): TermFields => {
  const yesNo = [
    { value: "true", label: t("factoringYes") },
    { value: "false", label: t("factoringNo") },
  ];
  const fields = TERMS.map((spec) => {
    const key = keyOf(spec.key);
    const initialValue = initial[spec.key];
    if (spec.kind === "boolean") return form.addParameter(spec.parameter, String(initialValue), { key, options: yesNo });
    if (spec.kind === "basis") {
      return form.addParameter(spec.parameter, String(initialValue), {
        key,
        options: [
          { value: "360", label: t("dayBasis360") },
          { value: "365", label: t("dayBasis365") },
        ],
      });
    }
    return form.addParameter(spec.parameter, initialValue as number | null, { key });
  });
  const main = fields.filter((_field, index) => !TERMS[index].advanced);
  const folded = fields.filter((_field, index) => TERMS[index].advanced);
  const advanced = h("details", { class: "advanced-terms" }, h("summary", { text: t("factoringAdvancedTerms") }), h("div", { class: "fields" }, ...folded.map((field) => field.element)));
  const read = (): OfferTermsInputs => {
    const entries = TERMS.map((spec, index) => {
      const field = fields[index];
      if (spec.kind === "boolean") return [spec.key, field.readText() === "true"];
      if (spec.kind === "basis") return [spec.key, field.readText() === "365" ? 365 : 360];
      if (spec.kind === "optional") return [spec.key, field.readOptionalNumber()];
      return [spec.key, field.readNumber()];
    });
    return Object.fromEntries(entries) as OfferTermsInputs;
  };
  return { main, advanced, keys: fields.map((field) => field.key), read };
};

/** A term's cell in a proposal sheet: booleans as TRUE()/FALSE() (Excel's logical values), a blank when not stated. */
export const termCell = (spec: TermSpec, terms: OfferTermsInputs): Content => inputCell(terms[spec.key]);
