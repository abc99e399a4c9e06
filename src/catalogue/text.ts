/**
 * The languages of Encours and a text in each: the one declaration that the catalogue, the core's messages,
 * the function layer, the help pages and the task pane all use.
 */
export const LANGUAGES = ["fr", "en"] as const;

/** A language Encours speaks: French first (the domain's language), then English. */
export type Language = (typeof LANGUAGES)[number];

/** One text in both languages of Encours. */
export type Text = Readonly<Record<Language, string>>;

/** The language of an Office or browser locale tag ("fr-FR", "fr-CA", "en-US"): French for any fr-*, else English. */
export const languageOf = (locale: string | null | undefined): Language => (/^fr\b/i.test(locale ?? "") ? "fr" : "en");
