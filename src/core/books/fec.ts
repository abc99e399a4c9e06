import { MESSAGES } from "../messages";
import { fail } from "../validate";
import { daysInMonth, serialOf } from "./dates";
import type { FecBooks, FecCredit, FecCustomer, FecInvoice, FecSetAsideLine, FecUnbalancedEntry } from "./types";

/**
 * The 18 mandatory fields of a FEC, in the order of LPF art. A47 A-1 (VII, 1° and 2°, and VIII, 3° to 8°; BOFiP
 * BOI-CF-IOR-60-40-20: "la première ligne d'enregistrement du fichier […] comporte le nom des champs").
 */
export const FEC_FIELDS = [
  "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef",
  "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
] as const;

/** How many set-aside lines and unbalanced entries are kept in detail; the rest are counted. */
export const FEC_DETAIL_LIMIT = 50;

const DETAIL_LIMIT = FEC_DETAIL_LIMIT;

type Field = (typeof FEC_FIELDS)[number];

/** A FEC reader fed with the decoded text in pieces of any size (a line may be cut anywhere). */
export interface FecReader {
  /** Reads a piece of the file's text. */
  push(chunk: string): void;
  /** Reads the last line (which needs no line break) and returns the books. */
  end(): FecBooks;
}

// Character codes the hot loop compares against.
const TAB = 9;
const LF = "\n";
const CR = 13;
const SPACE = 32;
const NBSP = 0xa0;
const NARROW_NBSP = 0x202f;
const COMMA = 44;
const POINT = 46;
const MINUS = 45;
const PLUS = 43;
const ZERO = 48;
const NINE = 57;

/** 10^13 euros in cents stays below 2^53: more integer digits than that is not an amount. */
const MAX_INTEGER_DIGITS = 13;

/**
 * An amount in integer cents from text[start, end): decimal comma or point, thousands separated by spaces
 * (also non-breaking) or by the other punctuation ("1 234,56", "1.234,56", "1,234.56", "-12.5"). The decimal
 * separator is the last comma or point; digits after the second decimal must be 0 (a FEC holds cents). An
 * empty field is 0 (packages leave Credit empty on a debit line). NaN when the text is not an amount.
 */
const parseCents = (text: string, start: number, end: number): number => {
  let decimalAt = -1;
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === POINT) {
      decimalAt = i;
      break;
    }
  }
  const decimalChar = decimalAt >= 0 ? text.charCodeAt(decimalAt) : 0;
  let units = 0;
  let digits = 0;
  let cents = 0;
  let places = 0;
  let sign = 1;
  let seenDigit = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      seenDigit = true;
      const d = c - ZERO;
      if (decimalAt < 0 || i < decimalAt) {
        if (digits > 0 || d > 0) digits++;
        units = units * 10 + d;
      } else {
        places++;
        if (places === 1) cents += d * 10;
        else if (places === 2) cents += d;
        else if (d !== 0) return NaN;
      }
    } else if (c === SPACE || c === NBSP || c === NARROW_NBSP) {
      // thousands separators, and padding around the figure
    } else if ((c === MINUS || c === PLUS) && !seenDigit && sign === 1) {
      if (c === MINUS) sign = -1;
    } else if (i === decimalAt) {
      // the decimal separator
    } else if ((c === COMMA || c === POINT) && c !== decimalChar && i < decimalAt && seenDigit) {
      // thousands separated by the other punctuation
    } else {
      return NaN;
    }
  }
  if (digits > MAX_INTEGER_DIGITS) return NaN;
  const value = units * 100 + cents;
  return sign < 0 && value !== 0 ? -value : value;
};

/** An AAAAMMJJ date in text[start, end) as an Excel serial (spaces around it allowed), or NaN. */
const parseDate = (text: string, start: number, end: number): number => {
  while (start < end && text.charCodeAt(start) === SPACE) start++;
  while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
  if (end - start !== 8) return NaN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  if (year < 1901 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return serialOf(year, month, day);
};

const isBlank = (text: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== SPACE && text.charCodeAt(i) !== TAB) return false;
  return true;
};

/** Lower case, accents off: "À-nouveaux" → "a-nouveaux". Used on the few labels a rule reads, never per field. */
const plain = (text: string): string => text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");

/** Journal codes of opening entries (reprise des soldes, "à-nouveaux") in the usual packages. */
const OPENING_JOURNALS = new Set(["AN", "RAN", "ANO", "ANX"]);

/**
 * Whether an entry is an opening entry: journal code AN, RAN, ANO or ANX, or a journal label or entry
 * number that says "à nouveau(x)" (with or without accent or hyphen).
 */
const isOpening = (journal: string, journalLabel: string, entry: string): boolean => {
  if (OPENING_JOURNALS.has(journal.toUpperCase())) return true;
  // Cheap test first: "nouv" is in every spelling ("à-nouveaux", "A NOUVEAU", "anouveau").
  if (!journalLabel.toLowerCase().includes("nouv") && !entry.toLowerCase().includes("nouv")) return false;
  const words = plain(`${journalLabel} ${entry}`).replace(/[-_]/g, " ");
  return words.includes("a nouveau") || words.includes("anouveau");
};

/** A string of its own, not a view on the piece of text it was cut from (see `kept` in the reader). */
const own = (value: string): string => (value.length < 13 ? value : (" " + value).slice(1));

interface CustomerLine {
  customer: number;
  journal: string;
  entry: string;
  postedDate: number;
  pieceRef: string;
  pieceDate: number;
  /** The entry label says "avoir" (credit note); the label itself is not kept. */
  saysCreditNote: boolean;
  /** Debit − credit in cents: > 0 an invoice, < 0 a payment or credit note. */
  cents: number;
  lettering: string;
  opening: boolean;
  line: number;
}

type Header = Record<Field, number> & { montant: number; sens: number; count: number };

const readHeader = (text: string): { header: Header; separator: "\t" | "|" } => {
  const line = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = line.includes("\t") ? "\t" : line.includes("|") ? "|" : fail("VALUE", MESSAGES.fecNoSeparator(), "fec");
  const names = line.split(separator).map((name) => name.trim().toLowerCase());
  const at = (name: string): number => names.indexOf(name.toLowerCase());
  const header = { count: names.length, montant: at("Montant"), sens: at("Sens") } as Header;
  // LPF art. A47 A-1 allows the amount as Montant and Sens instead of Debit and Credit.
  const signed = at("Debit") < 0 && at("Credit") < 0 && header.montant >= 0 && header.sens >= 0;
  for (const field of FEC_FIELDS) {
    header[field] = at(field);
    if (header[field] < 0 && !(signed && (field === "Debit" || field === "Credit"))) fail("VALUE", MESSAGES.fecMissingField(field), "fec");
  }
  return { header, separator };
};

/**
 * A streaming reader of a FEC (fichier des écritures comptables, LPF art. A47 A-1): feed it the file's text in
 * pieces with `push` (cut anywhere, even inside a line or a CRLF), then `end` returns the customers' invoices,
 * payments and credit notes, the year's turnover, and what was set aside. It never holds more than one piece
 * and the lines on customer accounts, so a file of a million lines reads in a few seconds.
 *
 * The file, as the article and the BOFiP (BOI-CF-IOR-60-40-20) describe it: first line the field names (the 18
 * of {@link FEC_FIELDS}, in any case: "ECRITURENUM", "EcritureNum"; extra fields ignored; Montant + Sens
 * accepted instead of Debit + Credit); fields separated by a tab or `|` (found on the first line); decimal
 * comma or point, thousands spaces allowed; dates AAAAMMJJ; CRLF or LF; a BOM dropped.
 *
 * Rules, as DESIGN.md ("Receivables from the books: the FEC") sets them:
 * - customer accounts: CompteNum beginning 411, 413 or 416; the customer is CompAuxNum when filled, else
 *   CompteNum; its name CompAuxLib, else CompteLib.
 * - a net debit on a customer account is an invoice (dated PieceDate, the invoice's date; EcritureDate when
 *   PieceDate is empty); a net credit is a credit note when its journal also posts to class 70 accounts (a
 *   sales journal) or its EcritureLib says "avoir", otherwise a payment.
 * - lines of one customer sharing an EcritureLet are matched when they sum to 0: every invoice of the group
 *   is paid on the latest EcritureDate of the group's credits. A group that does not sum to 0 (partial
 *   lettering) leaves its lines open. Open items = open invoices − unallocated credits = Σ customer debits −
 *   Σ customer credits, to the cent (the reconciliation in `summary`).
 * - opening entries (journal AN, RAN, ANO, ANX, or a label saying "à nouveau") are open items at their
 *   PieceDate, flagged `opening`.
 * - turnover HT: credits − debits of class 70 accounts, outside opening entries.
 * - a line with another number of fields than the header, a bad EcritureDate or PieceDate, or a bad amount is
 *   set aside with its line number (the first 50 in detail, all counted) and the reading goes on.
 * - an entry (JournalCode + EcritureNum) whose debits and credits differ is reported in `unbalanced`, even when
 *   its lines are scattered through the file (with the first line of its first part that does not balance).
 * Amounts are summed in integer cents: the reconciliation is exact.
 *
 * @throws CoreError VALUE from `push`/`end`: an empty file, a first line without tabs or `|`, a mandatory field
 *   missing from the first line (named), a piece that is not text, or a push after `end`
 * @example
 * const reader = createFecReader();
 * reader.push(text); // any number of times
 * const books = reader.end(); // books.invoices, books.turnover, books.summary …
 */
export const createFecReader = (): FecReader => {
  let rest = "";
  let ended = false;
  let lineNumber = 0;
  let header: Header | null = null;
  let separator = "\t";
  let separatorCode = TAB;
  let starts = new Int32Array(0);
  let ends = new Int32Array(0);

  let linesRead = 0;
  let linesUsed = 0;
  let setAsideCount = 0;
  const setAside: FecSetAsideLine[] = [];
  let turnoverCents = 0;
  const salesJournals = new Set<string>();
  const customerIndex = new Map<string, number>();
  const customers: FecCustomer[] = [];
  const lines: CustomerLine[] = [];

  // Balance of entries: the running entry (lines of an entry are usually together) and, when an entry is
  // left, its balance added to a map (an entry may come back later in an unsorted file).
  let entryJournal = "";
  let entryNumber = "";
  let entryFirstLine = 0;
  let entryCents = 0;
  let entryOpening = false;
  const entries = new Map<string, { journal: string; entry: string; line: number; cents: number }>();

  const setAsideLine = (reason: FecSetAsideLine["reason"], field: string): void => {
    setAsideCount++;
    if (setAside.length < DETAIL_LIMIT) setAside.push({ line: lineNumber, reason, field });
  };

  const flushEntry = (): void => {
    // A part that balances changes no sum: the usual entry, whole and balanced, never touches the map.
    if (entryFirstLine === 0 || entryCents === 0) return;
    const key = `${entryJournal}\u0000${entryNumber}`;
    const known = entries.get(key);
    if (known) known.cents += entryCents;
    else entries.set(key, { journal: entryJournal, entry: entryNumber, line: entryFirstLine, cents: entryCents });
  };

  const field = (text: string, k: number): string => text.slice(starts[k], ends[k]).trim();
  /**
   * A field kept after its piece of text is gone (a customer's name, a piece reference, a lettering code).
   * JavaScript engines make a substring of 13 characters or more a view on its parent string (V8's
   * SlicedString): one such view kept per piece would keep every 4 MiB piece of the file alive, the whole file
   * in memory. Concatenating then slicing copies it into a string of its own; shorter ones are copies already.
   */
  const kept = (text: string, k: number): string => own(field(text, k));

  const readLine = (text: string, start: number, end: number): void => {
    const h = header as Header;
    // Field boundaries by indexOf, into two preallocated arrays: no array of strings per line.
    let count = 0;
    let position = start;
    for (;;) {
      const next = text.indexOf(separator, position);
      if (count >= h.count) {
        count++;
        break;
      }
      starts[count] = position;
      if (next < 0 || next >= end) {
        ends[count++] = end;
        break;
      }
      ends[count++] = next;
      position = next + 1;
    }
    if (count !== h.count) return setAsideLine("fields", `${count}`);

    const postedDate = parseDate(text, starts[h.EcritureDate], ends[h.EcritureDate]);
    if (postedDate !== postedDate) return setAsideLine("date", "EcritureDate");
    let pieceDate = postedDate;
    if (!isBlank(text, starts[h.PieceDate], ends[h.PieceDate])) {
      pieceDate = parseDate(text, starts[h.PieceDate], ends[h.PieceDate]);
      if (pieceDate !== pieceDate) return setAsideLine("date", "PieceDate");
    }
    let cents: number;
    if (h.Debit >= 0) {
      const debit = parseCents(text, starts[h.Debit], ends[h.Debit]);
      if (debit !== debit) return setAsideLine("amount", "Debit");
      const credit = parseCents(text, starts[h.Credit], ends[h.Credit]);
      if (credit !== credit) return setAsideLine("amount", "Credit");
      cents = debit - credit;
    } else {
      const amount = parseCents(text, starts[h.montant], ends[h.montant]);
      if (amount !== amount) return setAsideLine("amount", "Montant");
      const sens = field(text, h.sens).toUpperCase();
      if (sens === "D" || sens === "+1" || sens === "1") cents = amount;
      else if (sens === "C" || sens === "-1") cents = -amount;
      else return setAsideLine("amount", "Sens");
    }
    linesUsed++;

    // Entry balance: compare in place, slice only when the entry changes.
    const js = starts[h.JournalCode];
    const je = ends[h.JournalCode];
    const ns = starts[h.EcritureNum];
    const ne = ends[h.EcritureNum];
    if (entryFirstLine === 0 || je - js !== entryJournal.length || ne - ns !== entryNumber.length ||
      !text.startsWith(entryJournal, js) || !text.startsWith(entryNumber, ns)) {
      flushEntry();
      entryJournal = own(text.slice(js, je));
      entryNumber = own(text.slice(ns, ne));
      entryFirstLine = lineNumber;
      entryCents = 0;
      entryOpening = isOpening(entryJournal.trim(), field(text, h.JournalLib), entryNumber);
    }
    entryCents += cents;

    // Account class from the first characters of CompteNum.
    let a = starts[h.CompteNum];
    const ae = ends[h.CompteNum];
    while (a < ae && text.charCodeAt(a) === SPACE) a++;
    const c0 = text.charCodeAt(a);
    const c1 = text.charCodeAt(a + 1);
    if (c0 === 55 && c1 === ZERO) {
      // class 70: sales. Opening entries carry no turnover (class 7 is closed at year end anyway).
      const journal = entryJournal.trim();
      if (!salesJournals.has(journal)) salesJournals.add(journal);
      if (!entryOpening) turnoverCents -= cents;
      return;
    }
    const c2 = text.charCodeAt(a + 2);
    if (c0 !== 52 || c1 !== 49 || (c2 !== 49 && c2 !== 51 && c2 !== 54)) return; // not 411, 413, 416
    const account = kept(text, h.CompteNum);
    const auxiliary = kept(text, h.CompAuxNum);
    const key = auxiliary === "" ? account : `${account}\u0000${auxiliary}`;
    let customer = customerIndex.get(key);
    if (customer === undefined) {
      customer = customers.length;
      customerIndex.set(key, customer);
      const name = auxiliary === "" ? kept(text, h.CompteLib) : kept(text, h.CompAuxLib) || kept(text, h.CompteLib);
      customers.push({ id: auxiliary === "" ? account : auxiliary, name, account });
    }
    const journal = entryJournal.trim();
    lines.push({
      customer,
      journal,
      entry: entryNumber.trim(),
      postedDate,
      pieceRef: kept(text, h.PieceRef),
      pieceDate,
      saysCreditNote: field(text, h.EcritureLib).toLowerCase().includes("avoir"),
      cents,
      lettering: kept(text, h.EcritureLet),
      opening: entryOpening,
      line: lineNumber,
    });
  };

  const handleLine = (text: string, start: number, end: number): void => {
    lineNumber++;
    if (end > start && text.charCodeAt(end - 1) === CR) end--;
    if (header === null) {
      if (isBlank(text, start, end)) return;
      const read = readHeader(text.slice(start, end));
      header = read.header;
      separator = read.separator;
      separatorCode = separator.charCodeAt(0);
      starts = new Int32Array(header.count + 1);
      ends = new Int32Array(header.count + 1);
      return;
    }
    // A blank line (often the file's last) is no record.
    if (end === start || (text.charCodeAt(start) !== separatorCode && isBlank(text, start, end))) return;
    linesRead++;
    readLine(text, start, end);
  };

  const readLines = (text: string): void => {
    let start = 0;
    for (let next = text.indexOf(LF); next >= 0; next = text.indexOf(LF, start)) {
      handleLine(text, start, next);
      start = next + 1;
    }
    rest = start === 0 ? text : text.slice(start);
  };

  return {
    push(chunk: string): void {
      if (ended) fail("VALUE", MESSAGES.fecReaderEnded(), "fec");
      if (typeof chunk !== "string") fail("VALUE", MESSAGES.notText("chunk"), "chunk");
      readLines(rest.length > 0 ? rest + chunk : chunk);
    },
    end(): FecBooks {
      if (ended) fail("VALUE", MESSAGES.fecReaderEnded(), "fec");
      ended = true;
      if (rest.length > 0) handleLine(rest, 0, rest.length);
      rest = "";
      if (header === null) return fail("VALUE", MESSAGES.fecEmpty(), "fec");
      flushEntry();
      return assemble();
    },
  };

  function assemble(): FecBooks {
    // Lettering groups: one customer, one EcritureLet; matched when the group sums to 0.
    const groups = new Map<string, { cents: number; paidDate: number; lastDate: number }>();
    for (const item of lines) {
      if (item.lettering === "") continue;
      const key = `${item.customer}\u0000${item.lettering}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { cents: 0, paidDate: -1, lastDate: -1 }));
      group.cents += item.cents;
      if (item.cents < 0 && item.postedDate > group.paidDate) group.paidDate = item.postedDate;
      if (item.postedDate > group.lastDate) group.lastDate = item.postedDate;
    }
    const invoices: FecInvoice[] = [];
    const payments: FecCredit[] = [];
    const creditNotes: FecCredit[] = [];
    let debitCents = 0;
    let creditCents = 0;
    let openInvoiceCents = 0;
    let unallocatedCents = 0;
    for (const item of lines) {
      const group = item.lettering === "" ? undefined : groups.get(`${item.customer}\u0000${item.lettering}`);
      const matched = group !== undefined && group.cents === 0;
      const customer = customers[item.customer].id;
      if (item.cents > 0) {
        debitCents += item.cents;
        // A group of debits only (an invoice lettered with a negative one) is settled on its last date.
        const paidDate = matched ? (group.paidDate >= 0 ? group.paidDate : group.lastDate) : null;
        if (paidDate === null) openInvoiceCents += item.cents;
        invoices.push({
          customer, pieceRef: item.pieceRef, journal: item.journal, entry: item.entry, date: item.pieceDate, postedDate: item.postedDate,
          amount: item.cents / 100, paidDate, lettering: item.lettering, opening: item.opening, line: item.line,
        });
      } else if (item.cents < 0) {
        creditCents -= item.cents;
        if (!matched) unallocatedCents -= item.cents;
        const isCreditNote = !item.opening && (salesJournals.has(item.journal) || item.saysCreditNote);
        (isCreditNote ? creditNotes : payments).push({
          customer, pieceRef: item.pieceRef, journal: item.journal, entry: item.entry, date: item.postedDate, amount: -item.cents / 100,
          matched, lettering: item.lettering, opening: item.opening, line: item.line,
        });
      }
    }
    const unbalanced: FecUnbalancedEntry[] = [];
    let unbalancedCount = 0;
    for (const entry of entries.values()) {
      if (entry.cents === 0) continue;
      unbalancedCount++;
      if (unbalanced.length < DETAIL_LIMIT) {
        unbalanced.push({ journal: entry.journal.trim(), entry: entry.entry.trim(), line: entry.line, difference: entry.cents / 100 });
      }
    }
    return {
      separator: separator as "\t" | "|",
      customers,
      invoices,
      payments,
      creditNotes,
      turnover: turnoverCents / 100,
      unbalanced,
      unbalancedCount,
      setAside,
      setAsideCount,
      summary: {
        linesRead,
        linesUsed,
        linesSetAside: setAsideCount,
        customerDebits: debitCents / 100,
        customerCredits: creditCents / 100,
        openInvoices: openInvoiceCents / 100,
        unallocatedCredits: unallocatedCents / 100,
        openItems: (openInvoiceCents - unallocatedCents) / 100,
        balanced: debitCents - creditCents === openInvoiceCents - unallocatedCents,
      },
    };
  }
};

/**
 * Reads a whole FEC held as one string (a convenience over {@link createFecReader} for small files and tests).
 *
 * @throws CoreError as {@link createFecReader}
 */
export const readFec = (text: string): FecBooks => {
  const reader = createFecReader();
  reader.push(text);
  return reader.end();
};
