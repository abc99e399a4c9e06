// The Excel metadata generated from functions.ts (as the build does) and its French twin, held to the
// catalogue of ../shared/DESIGN.md and to Microsoft's naming rules (learn.microsoft.com, "Custom functions
// naming guidelines": ids of A-Z 0-9 . _, at least 3 characters, never like a cell reference, never a
// built-in function's name).

import { catalogueTranslations, type FunctionsMetadata, localizeMetadata, type Translations } from "../../src/functions/localize";
import { CATALOGUE } from "../support/catalogue";
import { loadRegistry, type Registry } from "../../testkit/registry";

// Built-in Excel functions whose names a custom function could be mistaken for, in English and French.
const BUILT_IN_NAMES = new Set(
  [
    // English
    "ABS", "ACCRINT", "AND", "AVERAGE", "BINOM.DIST", "CEILING", "CHOOSE", "CONCAT", "CONCATENATE", "CORREL", "COUNT",
    "COUNTA", "COUNTIF", "COUPDAYS", "COVAR", "CUMIPMT", "CUMPRINC", "DATE", "DAY", "DAYS", "DAYS360", "DB", "DDB",
    "DISC", "DURATION", "EDATE", "EFFECT", "EOMONTH", "FILTER", "FLOOR", "FORECAST", "FV", "GROWTH", "HLOOKUP", "IF",
    "IFERROR", "IFS", "INDEX", "INDIRECT", "INT", "INTERCEPT", "INTRATE", "IPMT", "IRR", "ISPMT", "LAMBDA", "LARGE",
    "LEFT", "LEN", "LET", "LINEST", "LOGEST", "LOWER", "MATCH", "MAX", "MDURATION", "MEDIAN", "MID", "MIN", "MIRR",
    "MOD", "MODE", "MONTH", "NETWORKDAYS", "NOMINAL", "NORM.DIST", "NORM.INV", "NOT", "NOW", "NPER", "NPV", "OFFSET",
    "OR", "PDURATION", "PERCENTILE", "PERCENTRANK", "PMT", "POISSON.DIST", "POWER", "PPMT", "PRICE", "PRODUCT", "PV",
    "QUARTILE", "RAND", "RANDBETWEEN", "RANK", "RATE", "RECEIVED", "RIGHT", "ROUND", "RRI", "SEQUENCE", "SLN", "SLOPE",
    "SMALL", "SORT", "SQRT", "STDEV", "SUM", "SUMIF", "SUMIFS", "SUMPRODUCT", "SYD", "TEXT", "TODAY", "TREND", "TRIM",
    "UNIQUE", "UPPER", "VAR", "VDB", "VLOOKUP", "WEEKDAY", "WORKDAY", "XIRR", "XLOOKUP", "XNPV", "YEAR", "YEARFRAC",
    "YIELD",
    // French
    "ALEA", "ALEA.ENTRE.BORNES", "AMORLIN", "ANNEE", "ARRONDI", "AUJOURDHUI", "CENTILE", "CHOISIR", "COEFFICIENT.CORRELATION",
    "CONCATENER", "CROISSANCE", "CUMUL.INTER", "CUMUL.PRINCPER", "DECALER", "DROITE", "DROITEREG", "DUREE",
    "DUREE.MODIFIEE", "ECARTYPE", "ENT", "EQUIV", "EQUIVX", "ESTERREUR", "ESTNUM", "ESTVIDE", "ET", "FILTRE",
    "FIN.MOIS", "FRACTION.ANNEE", "GAUCHE", "INTPER", "JOUR", "JOURS", "JOURSEM", "LOGREG", "LOI.BINOMIALE",
    "LOI.NORMALE", "LOI.NORMALE.N", "LOI.POISSON", "MAINTENANT", "MAJUSCULE", "MEDIANE", "MINUSCULE", "MOIS",
    "MOIS.DECALER", "MOYENNE", "NB", "NB.JOURS.OUVRES", "NB.SI", "NB.SI.ENS", "NB.VIDE", "NBCAR", "NBVAL", "NPM",
    "ORDONNEE.ORIGINE", "OU", "PENTE", "PLAFOND", "PLANCHER", "PREVISION", "PRINCPER", "PRIX.TITRE", "PRODUIT",
    "PUISSANCE", "QUOTIENT", "RACINE", "RANG", "RECHERCHEH", "RECHERCHEV", "RECHERCHEX", "RENDEMENT.TITRE",
    "SERIE.JOUR.OUVRE", "SI", "SI.CONDITIONS", "SI.NON.DISP", "SIERREUR", "SOMME", "SOMME.SI", "SOMME.SI.ENS",
    "SOMMEPROD", "STXT", "SUPPRESPACE", "TAUX", "TAUX.EFFECTIF", "TAUX.ESCOMPTE", "TAUX.INT", "TAUX.INT.EQUIV",
    "TAUX.NOMINAL", "TENDANCE", "TEXTE", "TRI", "TRI.PAIEMENTS", "TRIER", "TRIM", "VA", "VAN", "VAN.PAIEMENTS",
    "VC", "VPM",
  ],
);

const ID_CHARACTERS = /^[A-Za-z0-9._]+$/;
/** A1-style (ABC123) or R1C1-style references, which Excel would read instead of the function. */
const CELL_REFERENCE = /^([A-Z]{1,3}[0-9]+|R[0-9]*C[0-9]*)$/i;

let registry: Registry;
let english: FunctionsMetadata;
let french: FunctionsMetadata;

beforeAll(async () => {
  registry = await loadRegistry();
  english = registry.metadata as unknown as FunctionsMetadata;
  french = localizeMetadata(english, catalogueTranslations());
});

describe("the English metadata generated from functions.ts", () => {
  it("has no generator errors (the tool prints them but never fails)", () => {
    expect(registry.errors).toEqual([]);
  });

  it("holds exactly the catalogue's ids, each called by the same name", () => {
    expect(registry.metadata.functions.map((f) => f.id).sort()).toEqual(CATALOGUE.map((c) => c.id).sort());
    for (const f of registry.metadata.functions) expect(f.name).toBe(f.id);
  });

  it("associates every id with an exported function", () => {
    expect([...registry.functions.keys()].sort()).toEqual(CATALOGUE.map((c) => c.id).sort());
    for (const { fn } of registry.functions.values()) expect(typeof fn).toBe("function");
  });

  it.each(CATALOGUE)("$id takes the catalogue's arguments in its order", ({ id, args }) => {
    const parameters = registry.functions.get(id)?.metadata.parameters ?? [];
    expect(parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))).toEqual(args);
  });

  it.each(CATALOGUE)("$id returns what its kind needs ($kind)", ({ id, kind }) => {
    const metadata = registry.functions.get(id)?.metadata;
    if (kind === "aggregate") expect(metadata?.result).toEqual({ type: "number" });
    else expect(metadata?.result.dimensionality).toBe("matrix");
    if (kind === "range-aware") expect(metadata?.parameters.every((p) => p.dimensionality === "matrix")).toBe(true);
  });

  it("declares every parameter a matrix, so that a blank cell ([[null]] or [[0]]) is never read as an omitted argument (null)", () => {
    // learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options: an omitted optional
    // argument is null, a range parameter a two-dimensional array; office-js issue 4702: a blank is null or 0.
    const dso = registry.functions.get("DSO")?.metadata.parameters ?? [];
    expect(dso.map((p) => p.dimensionality ?? "scalar")).toEqual(["matrix", "matrix", "matrix", "matrix", "matrix"]);
    const scalars = registry.metadata.functions.flatMap((f) => f.parameters.filter((p) => p.dimensionality !== "matrix").map((p) => `${f.id}:${p.name}`));
    expect(scalars).toEqual([]);
  });

  it("describes every function in one line and every parameter with a description", () => {
    for (const f of registry.metadata.functions) {
      expect(f.description).toMatch(/^\S.{20,}$/);
      for (const p of f.parameters) expect(p.description).toMatch(/^\S.{10,}$/);
    }
  });

  it("gives every function a help page at /help/en/<id lower-case>.html", () => {
    for (const f of registry.metadata.functions) {
      expect(f.helpUrl).toBe(`https://localhost:3000/help/en/${f.id.toLowerCase()}.html`);
    }
  });

  it("uses ids Excel accepts: A-Z 0-9 . _, 3 to 128 characters, not a cell reference, not a built-in", () => {
    for (const f of registry.metadata.functions) {
      expect(f.id).toMatch(ID_CHARACTERS);
      expect(f.id.length).toBeGreaterThanOrEqual(3);
      expect(f.id.length).toBeLessThanOrEqual(128);
      expect(f.id).not.toMatch(CELL_REFERENCE);
      expect(BUILT_IN_NAMES.has(f.name.toUpperCase())).toBe(false);
    }
  });
});

describe("the French metadata (functions-fr.json)", () => {
  it("has the same ids as the English one, one to one and in the same order", () => {
    expect(french.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
  });

  it.each(CATALOGUE)("calls $id by its catalogue name $fr", ({ id, fr }) => {
    expect(french.functions.find((f) => f.id === id)?.name).toBe(fr);
  });

  it("never reuses a built-in Excel name, in English or French, and never looks like a cell reference", () => {
    for (const f of french.functions) {
      expect(BUILT_IN_NAMES.has(f.name.toUpperCase())).toBe(false);
      expect(f.name).toMatch(ID_CHARACTERS);
      expect(f.name.length).toBeGreaterThanOrEqual(3);
      expect(f.name).not.toMatch(CELL_REFERENCE);
    }
  });

  it("translates every description and parameter description, and keeps types and parameter names", () => {
    english.functions.forEach((en, i) => {
      const fr = french.functions[i];
      expect(fr.description).not.toBe(en.description);
      expect(fr.parameters.map((p) => p.name)).toEqual(en.parameters.map((p) => p.name));
      fr.parameters.forEach((p, j) => {
        expect(p.description).toMatch(/^\S.{10,}$/);
        expect(p.description).not.toBe(en.parameters[j].description);
        expect({ ...p, description: undefined }).toEqual({ ...en.parameters[j], description: undefined });
      });
      expect(fr.result).toEqual(en.result);
    });
  });

  it("points every function at its French help page", () => {
    for (const f of french.functions) expect(f.helpUrl).toBe(`https://localhost:3000/help/fr/${f.id.toLowerCase()}.html`);
  });
});

describe("localizeMetadata", () => {
  const tiny: FunctionsMetadata = {
    functions: [
      {
        id: "FACTOR.ADVANCE",
        name: "FACTOR.ADVANCE",
        description: "Cash paid on assignment.",
        helpUrl: "https://localhost:3000/help/en/factor.advance.html",
        parameters: [{ name: "amount", description: "Invoice amount.", type: "any", dimensionality: "matrix" }],
        result: { dimensionality: "matrix" },
      },
    ],
  };
  const tinyFr: Translations = {
    "FACTOR.ADVANCE": { name: "AFFACTURAGE.AVANCE", description: "Somme versée à la cession.", parameters: { amount: "Montant de la facture." } },
  };

  it("uses the help base URL it is given", () => {
    const fr = localizeMetadata(tiny, tinyFr, "https://encours.example/help/fr/");
    expect(fr.functions[0]).toMatchObject({
      name: "AFFACTURAGE.AVANCE",
      description: "Somme versée à la cession.",
      helpUrl: "https://encours.example/help/fr/factor.advance.html",
      parameters: [{ name: "amount", description: "Montant de la facture.", type: "any", dimensionality: "matrix" }],
    });
  });

  it("leaves its input untouched", () => {
    const before = JSON.stringify(tiny);
    localizeMetadata(tiny, tinyFr);
    expect(JSON.stringify(tiny)).toBe(before);
  });

  it("refuses a function without a French translation", () => {
    expect(() => localizeMetadata(tiny, {})).toThrow("FACTOR.ADVANCE: no French translation");
  });

  it("refuses a parameter without a French description", () => {
    const missing: Translations = { "FACTOR.ADVANCE": { ...tinyFr["FACTOR.ADVANCE"], parameters: {} } };
    expect(() => localizeMetadata(tiny, missing)).toThrow("no French description for parameter amount");
  });

  it("refuses a translation for an id that no longer exists", () => {
    const stale: Translations = { ...tinyFr, "FACTOR.OLD": tinyFr["FACTOR.ADVANCE"] };
    expect(() => localizeMetadata(tiny, stale)).toThrow("FACTOR.OLD: translated but not a function any more");
  });
});
