/**
 * What the FEC reader returns (internal types, exported through the barrel). Amounts are euros as doubles,
 * each the nearest double of an exact amount in cents (the reader sums in integer cents); dates are Excel
 * serials (days since 1899-12-30).
 */

/** A customer: one auxiliary account (CompAuxNum), or a 411/413/416 account without auxiliary. */
export interface FecCustomer {
  /** CompAuxNum when filled, else CompteNum. */
  id: string;
  /** CompAuxLib when filled, else CompteLib. */
  name: string;
  /** CompteNum of its first line (the collective account, e.g. 411000). */
  account: string;
}

/** An invoice: a net debit on a customer account. */
export interface FecInvoice {
  customer: string;
  pieceRef: string;
  journal: string;
  /** EcritureNum. */
  entry: string;
  /** PieceDate (the invoice's date; EcritureDate when PieceDate is empty). */
  date: number;
  /** EcritureDate. */
  postedDate: number;
  /** TTC, euros, more than 0. */
  amount: number;
  /** EcritureDate of the last credit of its fully lettered group, or null while open. */
  paidDate: number | null;
  /** EcritureLet, "" when not lettered. */
  lettering: string;
  /** From an opening entry (à-nouveaux): an item of an earlier year still open when the year began. */
  opening: boolean;
  /** Line number in the file (the header is line 1). */
  line: number;
}

/** A payment or a credit note: a net credit on a customer account. */
export interface FecCredit {
  customer: string;
  pieceRef: string;
  journal: string;
  entry: string;
  /** EcritureDate. */
  date: number;
  /** Euros, more than 0. */
  amount: number;
  /** Whether it belongs to a fully lettered group; false = an unallocated credit, still open. */
  matched: boolean;
  lettering: string;
  opening: boolean;
  line: number;
}

/** A line the reader could not use. */
export interface FecSetAsideLine {
  line: number;
  /** fields: not as many fields as the header; date: EcritureDate or PieceDate not AAAAMMJJ; amount: not an amount. */
  reason: "fields" | "date" | "amount";
  /** The field at fault, or for `fields` the number of fields found. */
  field: string;
}

/** An entry whose debits and credits differ. */
export interface FecUnbalancedEntry {
  journal: string;
  /** EcritureNum. */
  entry: string;
  /** First line of its first part that does not balance (an entry's lines are usually together: its first line). */
  line: number;
  /** Σ debit − Σ credit, euros. */
  difference: number;
}

/** The reconciliation of a reading, to the cent. */
export interface FecReconciliation {
  /** Records after the header (blank lines not counted). */
  linesRead: number;
  linesUsed: number;
  linesSetAside: number;
  /** Σ net debits on customer accounts (invoices), euros. */
  customerDebits: number;
  /** Σ net credits on customer accounts (payments and credit notes), euros. */
  customerCredits: number;
  /** Σ invoices not in a fully lettered group. */
  openInvoices: number;
  /** Σ credits not in a fully lettered group. */
  unallocatedCredits: number;
  /** openInvoices − unallocatedCredits: what customers owe at the end of the file. */
  openItems: number;
  /** Whether customerDebits − customerCredits equals openItems, checked in integer cents. */
  balanced: boolean;
}

/** The receivables read from a FEC. */
export interface FecBooks {
  separator: "\t" | "|";
  customers: FecCustomer[];
  invoices: FecInvoice[];
  payments: FecCredit[];
  creditNotes: FecCredit[];
  /** Turnover HT of the year: credits − debits of class 70 accounts, opening entries aside, euros. */
  turnover: number;
  /** The first 50 unbalanced entries. */
  unbalanced: FecUnbalancedEntry[];
  unbalancedCount: number;
  /** The first 50 lines set aside. */
  setAside: FecSetAsideLine[];
  setAsideCount: number;
  summary: FecReconciliation;
}
