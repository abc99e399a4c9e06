/**
 * Messages of the Excel function layer, in English and French: only what the layer itself checks, i.e. the
 * forms in which Excel hands values over (text, ranges, shapes). Bounds (a rate between 0 and 1, days of 0 or
 * more) are the core's checks and the core's messages, so that each rule is stated once.
 */
import { type Bilingual, CORE_MESSAGES } from "../core";

export type { Bilingual };

/** "3×1": rows × columns, as Excel's status bar counts a selection. */
export const shapeText = (rows: number, columns: number): string => `${rows}×${columns}`;

const quoted = (text: string): string => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

export const MESSAGES = {
  /** "exposures (row 2, column 1)": the cell of a range a message is about. */
  cell: (argument: string, row: number, column: number): Bilingual => ({
    en: `${argument} (row ${row}, column ${column})`,
    fr: `${argument} (ligne ${row}, colonne ${column})`,
  }),
  notNumericText: (label: Bilingual, text: string): Bilingual => ({
    en: `${label.en} must be a number, not the text ${quoted(text)} (e.g. 10000, 0.9 or 90%)`,
    fr: `${label.fr} doit être un nombre, pas le texte ${quoted(text)} (par ex. 10000, 0,9 ou 90 %)`,
  }),
  notANumber: (label: Bilingual): Bilingual => ({
    en: `${label.en} must be a number (e.g. 10000, 0.9 or 90%)`,
    fr: `${label.fr} doit être un nombre (par ex. 10000, 0,9 ou 90 %)`,
  }),
  notTrueFalse: (label: Bilingual, text?: string): Bilingual => ({
    en: `${label.en} must be TRUE or FALSE${text === undefined ? "" : `, not the text ${quoted(text)}`}`,
    fr: `${label.fr} doit valoir VRAI ou FAUX${text === undefined ? "" : `, pas le texte ${quoted(text)}`}`,
  }),
  notASingleValue: (argument: string, shape: string): Bilingual => ({
    en: `${argument} must be a single value, not a ${shape} range`,
    fr: `${argument} doit être une valeur unique, pas une plage ${shape}`,
  }),
  notRectangular: (argument: string): Bilingual => ({
    en: `${argument} must be a rectangular range (every row as long as the first)`,
    fr: `${argument} doit être une plage rectangulaire (toutes les lignes de même longueur)`,
  }),
  /** The core's words for an empty list: an empty range is the same problem seen from Excel. */
  emptyRange: CORE_MESSAGES.empty,
  shapeMismatch: (first: string, firstShape: string, second: string, secondShape: string): Bilingual => ({
    en: `${first} is ${firstShape} but ${second} is ${secondShape}: ranges must have the same shape (or be a single cell)`,
    fr: `${first} est une plage ${firstShape} mais ${second} est ${secondShape} : les plages doivent avoir la même forme (ou être une seule cellule)`,
  }),
  notFinite: (): Bilingual => ({
    en: "the result is too large to be shown as a number: check the sizes of the arguments",
    fr: "le résultat est trop grand pour être affiché : vérifiez l'ordre de grandeur des arguments",
  }),
  unexpected: (): Bilingual => ({
    en: "Encours could not compute this value: check the arguments' types and ranges",
    fr: "Encours n'a pas pu calculer cette valeur : vérifiez le type et les plages des arguments",
  }),
} as const;
