/**
 * The Affacturage tab holds two simulators (the invoice and programme, the offer comparison) and one "Nom du
 * client" field, the factoring view's. The offer comparison reads the name typed there: through the pane's
 * drafts (the texts typed in its fields, shared by the whole pane and kept across rebuilds), seeded by the
 * factoring view with its initial name so that a name never typed is read too.
 */
import type { PaneContext } from "../../ui/context";

/** The draft key of the factoring view's client field (Form scope "factoring", field key "clientName"). */
const CLIENT_DRAFT = "factoring.clientName";

/** Called by the factoring view before it builds its field: the name it starts with, unless one was typed. */
export const seedClientName = (context: PaneContext, initial: string): void => {
  if (!context.drafts.has(CLIENT_DRAFT)) context.drafts.set(CLIENT_DRAFT, { text: initial, language: context.language });
};

/** The tab's client name as typed now; `fallback` when the factoring view has not been built. */
export const tabClientName = (context: PaneContext, fallback: string): string => context.drafts.get(CLIENT_DRAFT)?.text ?? fallback;
