/**
 * What the pane keeps beside the simulators' inputs: the client every tab works for, and the broker who
 * signs the proposal sheets (name, ORIAS number, validity of a proposal). The broker is the user's, not the
 * workbook's: it is kept in the pane's own storage on this computer (localStorage), never sent anywhere.
 */
import { DEFAULT_VALIDITY_DAYS, type Broker, type ProposalHeader } from "../proposals/common";
import { MAX_NAME_LENGTH } from "../office/settings";
import type { Language, Translate } from "../i18n";
import { SEED_CLIENT } from "../simulators/shape";

/** The broker's settings as the form keeps them. */
export interface BrokerSettings {
  name: string;
  orias: string;
  validityDays: number;
}

export const EMPTY_BROKER: BrokerSettings = { name: "", orias: "", validityDays: DEFAULT_VALIDITY_DAYS };

const STORAGE_KEY = "encours.broker";

/** An ORIAS registration number: 8 digits (spaces allowed when typed: "07 012 345"). */
export const ORIAS_DIGITS = 8;
export const normaliseOrias = (text: string): string => text.replace(/[\s\u00a0\u202f]/g, "");
export const isOrias = (text: string): boolean => new RegExp(`^\\d{${ORIAS_DIGITS}}$`).test(normaliseOrias(text));

/** Longest validity accepted: a year. */
const MAX_VALIDITY_DAYS = 365;
export const isValidity = (days: number): boolean => Number.isInteger(days) && days >= 1 && days <= MAX_VALIDITY_DAYS;

/** Why each broker field is wrong, naming the field by its label; empty when all are right. */
export const brokerErrors = (settings: BrokerSettings, t: Translate): Partial<Record<keyof BrokerSettings, string>> => {
  const errors: Partial<Record<keyof BrokerSettings, string>> = {};
  if (settings.name.length > MAX_NAME_LENGTH) errors.name = t("brokerNameTooLong", { label: t("brokerName"), max: MAX_NAME_LENGTH });
  // An ORIAS number is optional only together with the name: a named broker shows their registration.
  if (settings.orias !== "" && !isOrias(settings.orias)) errors.orias = t("oriasInvalid", { label: t("brokerOrias") });
  if (settings.name.trim() !== "" && settings.orias === "") errors.orias = t("oriasMissing", { label: t("brokerOrias") });
  if (!isValidity(settings.validityDays)) errors.validityDays = t("validityInvalid", { label: t("validityDays"), max: MAX_VALIDITY_DAYS });
  return errors;
};

const storage = (): Storage | null => {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
};

/** The broker kept on this computer, or the empty settings when none (or unreadable). */
export const loadBroker = (): BrokerSettings => {
  try {
    const parsed = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? "null") as Partial<BrokerSettings> | null;
    if (parsed === null || typeof parsed !== "object") return EMPTY_BROKER;
    const name = typeof parsed.name === "string" && parsed.name.length <= MAX_NAME_LENGTH ? parsed.name : "";
    const orias = typeof parsed.orias === "string" && isOrias(parsed.orias) ? normaliseOrias(parsed.orias) : "";
    const validityDays = typeof parsed.validityDays === "number" && isValidity(parsed.validityDays) ? parsed.validityDays : DEFAULT_VALIDITY_DAYS;
    return { name, orias, validityDays };
  } catch {
    return EMPTY_BROKER;
  }
};

/** Keeps the broker on this computer; false when the storage refuses (private mode, quota). */
export const saveBroker = (settings: BrokerSettings): boolean => {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ ...settings, orias: normaliseOrias(settings.orias) }));
    return storage() !== null;
  } catch {
    return false;
  }
};

/** Today as "YYYY-MM-DD", in the computer's time zone (the day the broker hands the proposal over). */
export const today = (now = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;

/** The header of the sheets inserted now. */
export const proposalHeader = (settings: BrokerSettings, now = new Date()): ProposalHeader => {
  const broker: Broker | null = settings.name.trim() === "" ? null : { name: settings.name.trim(), orias: normaliseOrias(settings.orias) };
  return { broker, date: today(now), validityDays: settings.validityDays };
};

/** The example client's name in each language: the seeds' name is the French one. */
export const EXAMPLE_CLIENT: Readonly<Record<Language, string>> = { fr: SEED_CLIENT, en: "Example client" };

/** The client's name shown in a language: the example name follows the language, a real name stays. */
export const clientIn = (name: string, language: Language): string =>
  Object.values(EXAMPLE_CLIENT).includes(name) ? EXAMPLE_CLIENT[language] : name;
