/**
 * Messages of the advisory functions, in English and French. The argument names are the snake_case
 * names the task pane shows beside its fields (as the core's own messages do for Excel arguments).
 */
import type { Bilingual } from "../messages";

export type { Bilingual };

const frDecimal = (example: string): string => example.replace(".", ",");

export const ADVISORY_MESSAGES = {
  notNonNegative: (argument: string, example: string): Bilingual => ({
    en: `${argument} must be a number of 0 or more (e.g. ${example})`,
    fr: `${argument} doit être un nombre supérieur ou égal à 0 (par ex. ${frDecimal(example)})`,
  }),
  notARate: (argument: string, percent: string, example: string): Bilingual => ({
    en: `${argument} must be between 0 and 1 (${percent}% or ${example})`,
    fr: `${argument} doit être compris entre 0 et 1 (${frDecimal(percent)} % ou ${frDecimal(example)})`,
  }),
  notAPositiveRate: (argument: string, percent: string, example: string): Bilingual => ({
    en: `${argument} must be more than 0 and at most 1 (${percent}% or ${example})`,
    fr: `${argument} doit être strictement supérieur à 0 et au plus égal à 1 (${frDecimal(percent)} % ou ${frDecimal(example)})`,
  }),
  notAnObjective: (): Bilingual => ({
    en: 'objective must be "cash", "protection", "both" or "unsure"',
    fr: 'objective doit valoir "cash", "protection", "both" ou "unsure"',
  }),
  noOffers: (): Bilingual => ({
    en: "offers is empty: give at least one factoring offer",
    fr: "offers est vide : indiquez au moins une offre d'affacturage",
  }),
  notAList: (): Bilingual => ({
    en: "offers must be a list of factoring offers",
    fr: "offers doit être une liste d'offres d'affacturage",
  }),
  inOffer: (position: number, name: string, inner: Bilingual): Bilingual => ({
    en: `offer ${position}${name ? ` (${name})` : ""}: ${inner.en}`,
    fr: `offre ${position}${name ? ` (${name})` : ""} : ${inner.fr}`,
  }),
  noLine: (): Bilingual => ({
    en: "the financed line is 0 (annual_turnover, dso_days, usage or advance_rate is 0): there is no cash freed to annualise a cost on",
    fr: "l'encours financé est nul (annual_turnover, dso_days, usage ou advance_rate vaut 0) : aucun financement sur lequel annualiser un coût",
  }),
  creditCoverDiffers: (): Bilingual => ({
    en: "some offers include credit cover (with guarantee) and others do not (with recourse): the cost per euro freed does not price the cover; weigh it apart",
    fr: "certaines offres incluent la garantie (sans recours) et d'autres non (avec recours) : le coût par euro financé ne valorise pas la garantie ; pesez-la à part",
  }),
  coverQuotaDiffers: (): Bilingual => ({
    en: "the offers cover different shares of the approved limits (cover_quota): the cost per euro freed does not price the difference",
    fr: "les offres garantissent des quotités différentes des agréments (cover_quota) : le coût par euro financé ne valorise pas l'écart",
  }),
} as const;
