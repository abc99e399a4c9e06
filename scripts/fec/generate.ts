/**
 * FEC generator for tests and benchmarks: realistic files (sales journal of invoices with VAT, bank journal of
 * lettered payments, credit notes, payments on account, opening entries, purchase filler) of any size, in
 * every dialect the reader accepts, optionally broken, with the answers known from the model rather than from
 * the reader: each customer's outstanding, open items, turnover HT, every invoice's paid date, the line
 * numbers of the broken lines and the unbalanced entries.
 *
 * Imported by test/books and bench/fec.bench.ts (no command line: a bundle of the bench must not print a file).
 */
import { seededRandom } from "../../testkit/random";

export interface FecDialect {
  /** Field separator (default tab). */
  separator?: "\t" | "|";
  /** Decimal separator (default comma). */
  decimal?: "," | ".";
  /** Thousands separated by a space: "12 345,67" (default false). */
  thousands?: boolean;
  /** Byte encoding of `bytes()` (default utf-8). */
  encoding?: "utf-8" | "iso-8859-15";
  /** A UTF-8 BOM before the header (default false; ignored in ISO-8859-15). */
  bom?: boolean;
  /** Line break (default CRLF, as most Windows packages write). */
  eol?: "\r\n" | "\n";
  /** Field names as the article spells them, or in upper or lower case (default canonical). */
  headerCase?: "canonical" | "upper" | "lower";
  /** Debit and Credit, or Montant and Sens (default debit_credit). */
  amounts?: "debit_credit" | "montant_sens";
  /** Zero amounts written empty rather than 0,00 (default false). */
  emptyZero?: boolean;
  /** An extra field after the 18 (default false). */
  extraField?: boolean;
}

export interface FecBreakage {
  /** Lines with a date that is not AAAAMMJJ. */
  badDates?: number;
  /** Lines with an amount that is not a number. */
  badAmounts?: number;
  /** Lines with one field missing. */
  wrongFieldCounts?: number;
  /** Entries whose debit and credit differ by 1.00. */
  unbalanced?: number;
  /** A mandatory field left out of the header. */
  missingField?: string;
}

export interface GenerateFecOptions {
  /** Number of customers (default 20). */
  customers?: number;
  /** Lines to reach at least (default 200). */
  lines?: number;
  /** Seed of the deterministic random numbers (default 1). */
  seed?: number;
  /** Fiscal year (calendar year, default 2025). */
  year?: number;
  dialect?: FecDialect;
  broken?: FecBreakage;
}

export interface FecExpected {
  /** Customer id → what it owes at the end of the file (Σ debits − Σ credits), in cents. */
  outstandingCents: Map<string, number>;
  /** Σ outstanding, cents. */
  openItemsCents: number;
  /** Σ of the invoices still open (not fully lettered), cents. */
  openInvoicesCents: number;
  /** Σ of the credits not lettered, cents. */
  unallocatedCents: number;
  /** Turnover HT: invoices HT − credit notes HT, cents. */
  turnoverCents: number;
  /** Invoice PieceRef → paid date (Excel serial) or null. */
  paidDates: Map<string, number | null>;
  invoices: number;
  payments: number;
  creditNotes: number;
  /** Line numbers of the broken lines, ascending (header = line 1). */
  setAsideLines: number[];
  /** EcritureNum of the unbalanced entries. */
  unbalancedEntries: string[];
  /** Records after the header. */
  linesRead: number;
}

export interface GeneratedFec {
  text: string;
  /** The text encoded in the dialect's encoding, BOM included. */
  bytes(): Uint8Array;
  expected: FecExpected;
}

const HEADER = ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef",
  "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise"];

const NAMES = ["Société Générale de Bâtiment", "Boulangerie Élodie", "Œnologie & Fils", "Café Zoé", "Garage Müller", "Déménagements Hervé",
  "Brasserie Ÿvonne", "Imprimerie Šárka", "Menuiserie Noël", "Électricité Durand", "Transports Léa", "Crèche Les Câlins"];

const serial = (year: number, month: number, day: number): number => Math.round(Date.UTC(year, month - 1, day) / 86400000) + 25569;
const ymd = (s: number): string => new Date((s - 25569) * 86400000).toISOString().slice(0, 10).replace(/-/g, "");

const letters = (n: number): string => {
  let s = "";
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

const LATIN9: Record<string, number> = { "€": 0xa4, Š: 0xa6, š: 0xa8, Ž: 0xb4, ž: 0xb8, Œ: 0xbc, œ: 0xbd, Ÿ: 0xbe };

const encodeLatin9 = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[i] = c < 256 && ![0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe].includes(c) ? c : (LATIN9[text[i]] ?? 0x3f);
  }
  return bytes;
};

/** A FEC with its known answers. */
export function generateFec(options: GenerateFecOptions = {}): GeneratedFec {
  const random = seededRandom(options.seed ?? 1);
  const year = options.year ?? 2025;
  const customerCount = options.customers ?? 20;
  const target = options.lines ?? 200;
  const d = options.dialect ?? {};
  const sep = d.separator ?? "\t";
  const eol = d.eol ?? "\r\n";
  const decimal = d.decimal ?? ",";
  const broken = options.broken ?? {};
  const montantSens = d.amounts === "montant_sens";

  const amount = (cents: number): string => {
    if (cents === 0 && d.emptyZero) return "";
    const units = Math.floor(cents / 100);
    const rest = String(cents % 100).padStart(2, "0");
    const digits = d.thousands ? String(units).replace(/\B(?=(\d{3})+(?!\d))/g, " ") : String(units);
    return `${digits}${decimal}${rest}`;
  };

  let names = HEADER.filter((name) => name !== broken.missingField);
  if (montantSens) names = names.flatMap((name) => (name === "Debit" ? ["Montant", "Sens"] : name === "Credit" ? [] : [name]));
  if (d.extraField) names.push("NumeroTVA");
  const cased = names.map((name) => (d.headerCase === "upper" ? name.toUpperCase() : d.headerCase === "lower" ? name.toLowerCase() : name));
  const out: string[] = [cased.join(sep)];

  interface Row { journal: string; journalLib: string; entry: string; date: number; account: string; accountLib: string; aux: string; auxLib: string;
    piece: string; pieceDate: number; label: string; debit: number; credit: number; letter: string }
  const fields = (r: Row): string[] => {
    const record: Record<string, string> = {
      JournalCode: r.journal, JournalLib: r.journalLib, EcritureNum: r.entry, EcritureDate: ymd(r.date), CompteNum: r.account, CompteLib: r.accountLib,
      CompAuxNum: r.aux, CompAuxLib: r.auxLib, PieceRef: r.piece, PieceDate: ymd(r.pieceDate), EcritureLib: r.label, Debit: amount(r.debit),
      Credit: amount(r.credit), EcritureLet: r.letter, DateLet: r.letter ? ymd(r.date) : "", ValidDate: ymd(r.date), Montantdevise: "", Idevise: "",
      Montant: amount(r.debit + r.credit), Sens: r.debit > 0 ? "D" : "C", NumeroTVA: "FR00123456789",
    };
    return names.map((name) => record[name]);
  };
  const emit = (r: Row): void => {
    out.push(fields(r).join(sep));
  };

  const outstanding = new Map<string, number>();
  const paidDates = new Map<string, number | null>();
  const customers = Array.from({ length: customerCount }, (_, i) => ({
    id: `C${String(i + 1).padStart(5, "0")}`,
    name: `${NAMES[i % NAMES.length]} ${i + 1}`,
    letters: 0,
  }));
  customers.forEach((c) => outstanding.set(c.id, 0));
  let entryNumber = 0;
  let pieceNumber = 0;
  let turnoverCents = 0;
  let openInvoicesCents = 0;
  let unallocatedCents = 0;
  let invoices = 0;
  let payments = 0;
  let creditNotes = 0;
  const setAsideLines: number[] = [];
  const unbalancedEntries: string[] = [];
  const first = serial(year, 1, 1);
  const last = serial(year, 12, 31);
  const base = { journalLib: "", aux: "", auxLib: "", letter: "" };
  const customerRow = (c: (typeof customers)[number]) => ({ account: "411000", accountLib: "Clients", aux: c.id, auxLib: c.name });
  const nextLetter = (c: (typeof customers)[number]): string => letters(c.letters++);
  const post = (c: (typeof customers)[number], cents: number): void => {
    outstanding.set(c.id, (outstanding.get(c.id) ?? 0) + cents);
  };

  // Opening entry: one customer in three owes an invoice of last year; half of those pay it during the year.
  {
    const entry = String(++entryNumber);
    let total = 0;
    const paidLater: Array<{ c: (typeof customers)[number]; cents: number; piece: string; letter: string; pieceDate: number }> = [];
    customers.forEach((c, i) => {
      if (i % 3 !== 0) return;
      const cents = 10000 + Math.floor(random() * 500000);
      const piece = `F${year - 1}-${String(++pieceNumber).padStart(6, "0")}`;
      const pieceDate = serial(year - 1, 12, 1) + Math.floor(random() * 30);
      const letter = random() < 0.5 ? nextLetter(c) : "";
      emit({ ...base, journal: "AN", journalLib: "A nouveaux", entry, date: first, ...customerRow(c), piece, pieceDate, label: `Reprise ${piece}`, debit: cents, credit: 0, letter });
      post(c, cents);
      invoices++;
      total += cents;
      if (letter) paidLater.push({ c, cents, piece, letter, pieceDate });
      else {
        paidDates.set(piece, null);
        openInvoicesCents += cents;
      }
    });
    emit({ ...base, journal: "AN", journalLib: "A nouveaux", entry, date: first, account: "110000", accountLib: "Report à nouveau", piece: "AN", pieceDate: first,
      label: "Reprise des soldes", debit: 0, credit: total });
    for (const p of paidLater) {
      const date = first + 5 + Math.floor(random() * 40);
      const bank = String(++entryNumber);
      emit({ ...base, journal: "BQ", journalLib: "Banque", entry: bank, date, account: "512000", accountLib: "Banque", piece: `VIR${bank}`, pieceDate: date,
        label: `Règlement ${p.piece}`, debit: p.cents, credit: 0 });
      emit({ ...base, journal: "BQ", journalLib: "Banque", entry: bank, date, ...customerRow(p.c), piece: `VIR${bank}`, pieceDate: date,
        label: `Règlement ${p.piece}`, debit: 0, credit: p.cents, letter: p.letter });
      post(p.c, -p.cents);
      payments++;
      paidDates.set(p.piece, date);
    }
  }

  const brokenPlan: Array<"date" | "amount" | "fields" | "unbalanced"> = [
    ...Array<"date">(broken.badDates ?? 0).fill("date"), ...Array<"amount">(broken.badAmounts ?? 0).fill("amount"),
    ...Array<"fields">(broken.wrongFieldCounts ?? 0).fill("fields"), ...Array<"unbalanced">(broken.unbalanced ?? 0).fill("unbalanced"),
  ];
  const emitBroken = (kind: (typeof brokenPlan)[number], date: number): void => {
    const entry = String(++entryNumber);
    const row = { ...base, journal: "OD", journalLib: "Opérations diverses", entry, date, account: "627000", accountLib: "Frais bancaires", piece: `OD${entry}`,
      pieceDate: date, label: "Frais", debit: 1250, credit: 0 };
    if (kind === "unbalanced") {
      emit(row);
      emit({ ...row, account: "512000", accountLib: "Banque", debit: 0, credit: 1150 });
      unbalancedEntries.push(entry);
      return;
    }
    const f = fields(row);
    if (kind === "date") f[names.indexOf("EcritureDate")] = `${year}1332`;
    if (kind === "amount") f[montantSens ? names.indexOf("Montant") : names.indexOf("Debit")] = "12,5x";
    if (kind === "fields") f.pop();
    out.push(f.join(sep));
    setAsideLines.push(out.length); // out[0] is the header, line 1
  };

  while (out.length - 1 < target) {
    const c = customers[Math.floor(random() * customerCount)];
    const date = first + Math.floor(random() * 365);
    if (date > last) continue;
    if (brokenPlan.length > 0 && random() < 0.2) emitBroken(brokenPlan.pop() as (typeof brokenPlan)[number], date);
    // An invoice: HT, VAT 20 % rounded to the cent, TTC on the customer.
    const ht = 5000 + Math.floor(random() * 2000000);
    const vat = Math.round(ht * 0.2);
    const ttc = ht + vat;
    const piece = `F${year}-${String(++pieceNumber).padStart(6, "0")}`;
    const entry = String(++entryNumber);
    const fate = random();
    const paidOn = date + 10 + Math.floor(random() * 80);
    const settles = fate < 0.75 && paidOn <= last;
    const letter = settles ? nextLetter(c) : "";
    const sale = { ...base, journal: "VT", journalLib: "Ventes", entry, date, piece, pieceDate: date, label: `Facture ${piece}` };
    emit({ ...sale, ...customerRow(c), debit: ttc, credit: 0, letter });
    emit({ ...sale, account: "706000", accountLib: "Prestations de services", debit: 0, credit: ht });
    emit({ ...sale, account: "445710", accountLib: "TVA collectée", debit: 0, credit: vat });
    post(c, ttc);
    invoices++;
    turnoverCents += ht;
    let due = ttc;
    if (settles && fate < 0.1) {
      // A credit note of 10 % HT in the sales journal, lettered with the invoice and the payment of the rest.
      const noteHt = Math.round(ht / 10);
      const noteVat = Math.round(noteHt * 0.2);
      const noteEntry = String(++entryNumber);
      const notePiece = `AV${noteEntry}`;
      const note = { ...base, journal: "VT", journalLib: "Ventes", entry: noteEntry, date: date + 3, piece: notePiece, pieceDate: date + 3, label: `Avoir sur ${piece}` };
      emit({ ...note, ...customerRow(c), debit: 0, credit: noteHt + noteVat, letter });
      emit({ ...note, account: "706000", accountLib: "Prestations de services", debit: noteHt, credit: 0 });
      emit({ ...note, account: "445710", accountLib: "TVA collectée", debit: noteVat, credit: 0 });
      post(c, -(noteHt + noteVat));
      turnoverCents -= noteHt;
      creditNotes++;
      due -= noteHt + noteVat;
    }
    if (settles) {
      const bank = String(++entryNumber);
      const pay = { ...base, journal: "BQ", journalLib: "Banque", entry: bank, date: paidOn, piece: `VIR${bank}`, pieceDate: paidOn, label: `Règlement ${piece}` };
      emit({ ...pay, account: "512000", accountLib: "Banque", debit: due, credit: 0 });
      emit({ ...pay, ...customerRow(c), debit: 0, credit: due, letter });
      post(c, -due);
      payments++;
      paidDates.set(piece, paidOn);
    } else {
      paidDates.set(piece, null);
      openInvoicesCents += ttc;
      if (fate > 0.93 && paidOn <= last) {
        // A payment on account, not lettered: an unallocated credit.
        const part = Math.round(ttc / 2);
        const bank = String(++entryNumber);
        const pay = { ...base, journal: "BQ", journalLib: "Banque", entry: bank, date: paidOn, piece: `VIR${bank}`, pieceDate: paidOn, label: "Acompte client" };
        emit({ ...pay, account: "512000", accountLib: "Banque", debit: part, credit: 0 });
        emit({ ...pay, ...customerRow(c), debit: 0, credit: part });
        post(c, -part);
        payments++;
        unallocatedCents += part;
      }
    }
    if (random() < 0.3) {
      // Purchase filler: no customer, no sales.
      const purchase = String(++entryNumber);
      const row = { ...base, journal: "HA", journalLib: "Achats", entry: purchase, date, piece: `FA${purchase}`, pieceDate: date, label: "Achat fournitures" };
      emit({ ...row, account: "606000", accountLib: "Fournitures", debit: 12000, credit: 0 });
      emit({ ...row, account: "401000", accountLib: "Fournisseurs", aux: "F001", auxLib: "Papeterie", debit: 0, credit: 12000 });
    }
  }
  while (brokenPlan.length > 0) emitBroken(brokenPlan.pop() as (typeof brokenPlan)[number], last);

  const text = (d.bom && d.encoding !== "iso-8859-15" ? "\ufeff" : "") + out.join(eol) + eol;
  let openItemsCents = 0;
  outstanding.forEach((cents) => (openItemsCents += cents));
  return {
    text,
    bytes: () => (d.encoding === "iso-8859-15" ? encodeLatin9(text) : new TextEncoder().encode(text)),
    expected: {
      outstandingCents: outstanding, openItemsCents, openInvoicesCents, unallocatedCents, turnoverCents, paidDates, invoices, payments, creditNotes,
      setAsideLines, unbalancedEntries, linesRead: out.length - 1,
    },
  };
}
