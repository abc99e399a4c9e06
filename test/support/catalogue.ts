/**
 * The Excel function catalogue of ../shared/DESIGN.md ("Excel function catalogue"), as data: ids are
 * permanent once published, so tests hold the metadata to this list, argument by argument.
 */
export interface CatalogueEntry {
  id: string;
  fr: string;
  /** argument names in order; optional ones in [brackets] */
  args: string[];
  /** "range-aware": spills with the ranges' shape; "aggregate": one value; "table": a spilled table */
  kind: "range-aware" | "aggregate" | "table";
}

const INVOICE = ["amount", "days", "[service_fee_rate]", "[financing_rate]", "[advance_rate]", "[min_fee]", "[day_basis]"];
const HISTORY = ["sales", "[period_days]", "[vat_rate]", "[newest_first]"];

export const CATALOGUE: CatalogueEntry[] = [
  { id: "FACTOR.ADVANCE", fr: "AFFACTURAGE.AVANCE", args: ["amount", "[advance_rate]"], kind: "range-aware" },
  { id: "FACTOR.COST", fr: "AFFACTURAGE.COUT", args: INVOICE, kind: "range-aware" },
  { id: "FACTOR.NET", fr: "AFFACTURAGE.NET", args: INVOICE, kind: "range-aware" },
  { id: "FACTOR.APR", fr: "AFFACTURAGE.TAUX", args: [...INVOICE, "[compound]"], kind: "range-aware" },
  { id: "FACTOR.SCHEDULE", fr: "AFFACTURAGE.ECHEANCIER", args: INVOICE, kind: "table" },
  { id: "FACTOR.LINE", fr: "AFFACTURAGE.ENCOURS", args: ["annual_turnover", "dso_days", "[advance_rate]", "[usage]"], kind: "range-aware" },
  {
    id: "FACTOR.ANNUALCOST",
    fr: "AFFACTURAGE.COUTANNUEL",
    args: ["annual_turnover", "dso_days", "[service_fee_rate]", "[financing_rate]", "[advance_rate]", "[usage]", "[min_annual_fee]", "[fixed_fees]"],
    kind: "range-aware",
  },
  {
    id: "FACTOR.TEG",
    fr: "AFFACTURAGE.TEG",
    args: ["amount", "days", "[advance_rate]", "[reserve_rate]", "[index_rate]", "[margin]", "[index_floor]", "[financing_on_gross]", "[precounted]", "[collection_days]", "[day_basis]", "[financing_fees]"],
    kind: "range-aware",
  },
  {
    id: "FACTOR.PROGRAMME",
    fr: "AFFACTURAGE.PROGRAMME",
    args: [
      "annual_turnover", "dso_days", "[advance_rate]", "[reserve_rate]", "[index_rate]", "[margin]", "[index_floor]", "[financing_on_gross]",
      "[precounted]", "[collection_days]", "[day_basis]", "[service_fee_rate]", "[per_invoice_min_fee]", "[min_annual_fee]", "[invoices]",
      "[per_invoice_fee]", "[buyers]", "[per_buyer_fee]", "[file_fee]", "[yearly_fees]", "[financing_fees]", "[commission_vat_rate]",
      "[cover_quota]", "[recourse_days]",
    ],
    kind: "table",
  },
  { id: "CREDIT.EXPECTEDLOSS", fr: "CREDIT.PERTEATTENDUE", args: ["exposures", "pds", "[lgds]"], kind: "aggregate" },
  { id: "CREDIT.PREMIUM", fr: "CREDIT.PRIME", args: ["insured_turnover", "rate", "[min_premium]"], kind: "range-aware" },
  { id: "CREDIT.INDEMNITY", fr: "CREDIT.INDEMNITE", args: ["loss", "[cover_rate]", "[credit_limit]", "[deductible]", "[threshold]"], kind: "range-aware" },
  { id: "CREDIT.NETCOST", fr: "CREDIT.COUTNET", args: ["premium", "exposures", "pds", "[lgds]", "[cover_rate]", "[credit_limits]"], kind: "aggregate" },
  // The catalogue does not say; one break-even PD per buyer is the natural use, so it is range-aware.
  { id: "CREDIT.BREAKEVENPD", fr: "CREDIT.PDEQUILIBRE", args: ["premium", "exposure", "[lgd]", "[cover_rate]", "[credit_limit]"], kind: "range-aware" },
  {
    id: "CREDIT.LOSSQUANTILE",
    fr: "CREDIT.QUANTILEPERTE",
    args: ["exposures", "pds", "level", "[lgds]", "[pd_volatility]", "[cover_rate]", "[credit_limits]", "[deductible]", "[band_unit]", "[sectors]", "[sector_volatilities]", "[sector_correlations]"],
    kind: "aggregate",
  },
  {
    id: "CREDIT.LOSSDIST",
    fr: "CREDIT.DISTRIBPERTE",
    args: ["exposures", "pds", "[lgds]", "[pd_volatility]", "[cover_rate]", "[credit_limits]", "[deductible]", "[band_unit]", "[sectors]", "[sector_volatilities]", "[sector_correlations]"],
    kind: "table",
  },
  {
    id: "CREDIT.CONTRIBUTIONS",
    fr: "CREDIT.CONTRIBUTIONS",
    args: ["exposures", "pds", "level", "[lgds]", "[pd_volatility]", "[cover_rate]", "[credit_limits]", "[deductible]", "[band_unit]", "[sectors]", "[sector_volatilities]", "[sector_correlations]"],
    kind: "table",
  },
  {
    id: "CREDIT.POLICYCHARGES",
    fr: "CREDIT.FRAISPOLICE",
    args: ["insured_turnover", "premium_rate", "[min_premium]", "[insurance_tax_rate]", "[buyers]", "[monitoring_fee]", "[enquiry_fee]", "[enquiries]", "[fee_vat_rate]"],
    kind: "range-aware",
  },
  {
    id: "CREDIT.POLICYYEAR",
    fr: "CREDIT.ANNEEPOLICE",
    args: ["exposures", "pds", "insured_turnover", "premium_rate",
      "[lgds]", "[credit_limits]", "[pd_volatility]", "[cover_rate]", "[deductible]", "[threshold]", "[discretionary_limit]", "[aggregate_deductible]",
      "[max_liability_multiple]", "[profit_share_rate]", "[min_premium]", "[insurance_tax_rate]", "[monitoring_fee]", "[enquiry_fee]", "[enquiries]", "[fee_vat_rate]"],
    kind: "table",
  },
  {
    id: "CREDIT.KEPTQUANTILE",
    fr: "CREDIT.QUANTILEGARDE",
    args: ["exposures", "pds", "level", "insured_turnover", "premium_rate",
      "[lgds]", "[credit_limits]", "[pd_volatility]", "[cover_rate]", "[deductible]", "[threshold]", "[discretionary_limit]", "[aggregate_deductible]",
      "[max_liability_multiple]", "[profit_share_rate]", "[min_premium]", "[insurance_tax_rate]", "[monitoring_fee]", "[enquiry_fee]", "[enquiries]", "[fee_vat_rate]"],
    kind: "aggregate",
  },
  { id: "DSO", fr: "DSO", args: ["receivables", ...HISTORY], kind: "aggregate" },
  { id: "DSO.BESTPOSSIBLE", fr: "DSO.OPTIMAL", args: ["current_receivables", ...HISTORY], kind: "aggregate" },
  { id: "DSO.DELINQUENT", fr: "DSO.RETARD", args: ["receivables", "current_receivables", ...HISTORY], kind: "aggregate" },
  { id: "CONCENTRATION.TOP", fr: "CONCENTRATION.TOP", args: ["values", "[n]"], kind: "aggregate" },
  { id: "CONCENTRATION.HHI", fr: "CONCENTRATION.HHI", args: ["values"], kind: "aggregate" },
  { id: "RECEIVABLES.DUEDATE", fr: "CREANCES.ECHEANCE", args: ["invoice_date", "[terms]", "[end_of_month_first]"], kind: "range-aware" },
  {
    id: "RECEIVABLES.LATEPENALTY",
    fr: "CREANCES.PENALITES",
    args: ["amount", "due_date", "paid_date", "interest_rate", "[interest_day_basis]", "[recovery_fee]"],
    kind: "range-aware",
  },
  {
    id: "RECEIVABLES.AGEDBALANCE",
    fr: "CREANCES.BALANCEAGEE",
    args: ["invoice_dates", "amounts", "as_of", "turnover_ht", "[paid_dates]", "[terms]", "[end_of_month_first]"],
    kind: "table",
  },
];
