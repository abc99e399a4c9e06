/**
 * Worksheet names Excel accepts: at most 31 characters, none of \ / ? * [ ] :, not starting or ending with
 * an apostrophe, not blank, not "History" (reserved by Excel). Pure, so that it is tested without Excel.
 */
const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;
const FALLBACK = "Encours";

/** A valid base name from any text. */
export const cleanSheetName = (text: string): string => {
  const cleaned = text
    .replace(FORBIDDEN, " ")
    .split("")
    .map((character) => (character.charCodeAt(0) < 32 ? " " : character))
    .join("")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (cleaned === "" || cleaned.toLowerCase() === "history") return cleaned === "" ? FALLBACK : `${cleaned} ${FALLBACK}`;
  return cleaned;
};

/** The n-th candidate: "base" for 1, "base (2)" for 2…, the base cut so that the suffix fits in 31 characters. */
export const candidateSheetName = (base: string, n: number): string => {
  const clean = cleanSheetName(base);
  const suffix = n <= 1 ? "" : ` (${n})`;
  const room = MAX_SHEET_NAME_LENGTH - suffix.length;
  const cut = clean.length > room ? clean.slice(0, room).replace(/[\s']+$/, "") : clean;
  return `${cut}${suffix}`;
};

/** The first candidate not taken (names compare case-insensitively, as in Excel). */
export const uniqueSheetName = (base: string, existing: readonly string[]): string => {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = candidateSheetName(base, n);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
};
