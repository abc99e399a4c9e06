/**
 * A small FEC as an accounting package writes it (tab, decimal comma with thousands spaces, CRLF, dates
 * AAAAMMJJ, empty DateLet/Montantdevise/Idevise), year 2025. Its answers are worked by hand in the tests.
 * Customers: MARTIN (auxiliary, opening invoice of 2024 paid in January; an invoice partly settled by a
 * credit note and a payment), DUPONT (auxiliary, one invoice paid, one open), and 411200 without auxiliary.
 */
const rows = [
  "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise",
  "AN\tA nouveaux\tAN1\t20250101\t411000\tClients\tMARTIN\tMartin SARL\tF2024-090\t20241215\tFacture F2024-090\t1 200,00\t0,00\tA\t20250120\t20250101\t\t",
  "AN\tA nouveaux\tAN1\t20250101\t110000\tReport à nouveau\t\t\tAN\t20250101\tA nouveaux\t0,00\t1 200,00\t\t\t20250101\t\t",
  "VE\tVentes\tVE1\t20250110\t411000\tClients\tDUPONT\tDupont SA\tF2025-001\t20250110\tFacture F2025-001\t1 200,00\t0,00\tA\t20250228\t20250110\t\t",
  "VE\tVentes\tVE1\t20250110\t706000\tPrestations de services\t\t\tF2025-001\t20250110\tFacture F2025-001\t0,00\t1 000,00\t\t\t20250110\t\t",
  "VE\tVentes\tVE1\t20250110\t445710\tTVA collectée\t\t\tF2025-001\t20250110\tFacture F2025-001\t0,00\t200,00\t\t\t20250110\t\t",
  "VE\tVentes\tVE2\t20250215\t411000\tClients\tDUPONT\tDupont SA\tF2025-002\t20250215\tFacture F2025-002\t600,00\t0,00\t\t\t20250215\t\t",
  "VE\tVentes\tVE2\t20250215\t706000\tPrestations de services\t\t\tF2025-002\t20250215\tFacture F2025-002\t0,00\t500,00\t\t\t20250215\t\t",
  "VE\tVentes\tVE2\t20250215\t445710\tTVA collectée\t\t\tF2025-002\t20250215\tFacture F2025-002\t0,00\t100,00\t\t\t20250215\t\t",
  "VE\tVentes\tVE3\t20250301\t411000\tClients\tMARTIN\tMartin SARL\tF2025-003\t20250301\tFacture F2025-003\t2 400,00\t0,00\tB\t\t20250301\t\t",
  "VE\tVentes\tVE3\t20250301\t706000\tPrestations de services\t\t\tF2025-003\t20250301\tFacture F2025-003\t0,00\t2 000,00\t\t\t20250301\t\t",
  "VE\tVentes\tVE3\t20250301\t445710\tTVA collectée\t\t\tF2025-003\t20250301\tFacture F2025-003\t0,00\t400,00\t\t\t20250301\t\t",
  "VE\tVentes\tVE4\t20250310\t411000\tClients\tMARTIN\tMartin SARL\tAV2025-001\t20250310\tAvoir sur F2025-003\t0,00\t240,00\tB\t\t20250310\t\t",
  "VE\tVentes\tVE4\t20250310\t706000\tPrestations de services\t\t\tAV2025-001\t20250310\tAvoir sur F2025-003\t200,00\t0,00\t\t\t20250310\t\t",
  "VE\tVentes\tVE4\t20250310\t445710\tTVA collectée\t\t\tAV2025-001\t20250310\tAvoir sur F2025-003\t40,00\t0,00\t\t\t20250310\t\t",
  "BQ\tBanque\tBQ1\t20250120\t512000\tBanque\t\t\tVIR-0120\t20250120\tVirement Martin\t1 200,00\t0,00\t\t\t20250120\t\t",
  "BQ\tBanque\tBQ1\t20250120\t411000\tClients\tMARTIN\tMartin SARL\tVIR-0120\t20250120\tVirement Martin\t0,00\t1 200,00\tA\t20250120\t20250120\t\t",
  "BQ\tBanque\tBQ2\t20250228\t512000\tBanque\t\t\tVIR-0228\t20250228\tVirement Dupont\t1 200,00\t0,00\t\t\t20250228\t\t",
  "BQ\tBanque\tBQ2\t20250228\t411000\tClients\tDUPONT\tDupont SA\tVIR-0228\t20250228\tVirement Dupont\t0,00\t1 200,00\tA\t20250228\t20250228\t\t",
  "BQ\tBanque\tBQ3\t20250415\t512000\tBanque\t\t\tVIR-0415\t20250415\tVirement Martin\t1 000,00\t0,00\t\t\t20250415\t\t",
  "BQ\tBanque\tBQ3\t20250415\t411000\tClients\tMARTIN\tMartin SARL\tVIR-0415\t20250415\tVirement Martin\t0,00\t1 000,00\tB\t\t20250415\t\t",
  "VE\tVentes\tVE5\t20250501\t411200\tClient divers\t\t\tF2025-004\t20250501\tFacture F2025-004\t360,00\t0,00\t\t\t20250501\t\t",
  "VE\tVentes\tVE5\t20250501\t706000\tPrestations de services\t\t\tF2025-004\t20250501\tFacture F2025-004\t0,00\t300,00\t\t\t20250501\t\t",
  "VE\tVentes\tVE5\t20250501\t445710\tTVA collectée\t\t\tF2025-004\t20250501\tFacture F2025-004\t0,00\t60,00\t\t\t20250501\t\t",
];

export const HAND_WRITTEN_FEC = rows.join("\r\n") + "\r\n";
