import { CoreError } from "../../../src/core";
import { parsePortfolioSelection, parseSalesSelection } from "../../../src/taskpane/proposals";

const messageOf = (result: unknown, language: "en" | "fr" = "en"): string => {
  if (!(result instanceof CoreError)) throw new Error(`expected a CoreError, got ${JSON.stringify(result)}`);
  return result.messageIn(language);
};

describe("parseSalesSelection", () => {
  it("reads one column of numbers, top to bottom, skipping a text header", () => {
    expect(parseSalesSelection([["Ventes HT"], [95000], [102000], [98000]], "Feuil1!C2:C5")).toEqual([95000, 102000, 98000]);
  });

  it("reads one row of numbers, left to right", () => {
    expect(parseSalesSelection([[1000, 2000, 0, 4000]])).toEqual([1000, 2000, 0, 4000]);
  });

  it("reads numbers typed as text, French style", () => {
    expect(parseSalesSelection([["12 000,50"], ["8000"]])).toEqual([12000.5, 8000]);
  });

  it("names the blank cell, from the selection's address", () => {
    const result = parseSalesSelection([["Ventes"], [95000], [""], [98000]], "'Mes ventes'!$C$2:$C$5");
    expect(messageOf(result)).toBe("Cell C4 is empty: fill it (0 if there were no sales) or select only the sales.");
    expect(messageOf(result, "fr")).toBe("La cellule C4 est vide : remplissez-la (0 s'il n'y a pas eu de ventes) ou ne sélectionnez que les ventes.");
  });

  it("refuses a block of several rows and columns, saying its shape", () => {
    expect(messageOf(parseSalesSelection([[1, 2], [3, 4]]))).toBe("Select one row or one column of sales (the selection has 2 rows and 2 columns).");
  });

  it("refuses text after the first cell, a negative sale and a header alone", () => {
    expect(messageOf(parseSalesSelection([[100], ["total"]], "A1:A2"))).toBe("Cell A2 is not a number (total): select only the sales amounts.");
    expect(messageOf(parseSalesSelection([[100, -5]], "B3:C3"))).toBe("Cell C3 is negative: sales must be 0 or more.");
    expect(messageOf(parseSalesSelection([["Ventes"]]))).toMatch(/header only/);
    expect(messageOf(parseSalesSelection([]))).toMatch(/^The selection is empty/);
  });

  it("answers with a VALUE error naming the selection", () => {
    const result = parseSalesSelection([[1, 2], [3, 4]]);
    expect(result).toMatchObject({ code: "VALUE", argument: "selection" });
  });
});

describe("parsePortfolioSelection", () => {
  it("reads exposures, PDs and LGDs under a header row", () => {
    expect(parsePortfolioSelection([["Exposition", "PD", "LGD"], [50000, 0.02, 0.45], [20000, 0.05, 1]])).toEqual({
      exposures: [50000, 20000],
      pds: [0.02, 0.05],
      lgds: [0.45, 1],
      creditLimits: [null, null],
    });
  });

  it("takes an LGD of 100 % when only two columns are selected, and skips blank rows", () => {
    expect(parsePortfolioSelection([[50000, 0.02], ["", ""], [20000, 0.05]])).toEqual({ exposures: [50000, 20000], pds: [0.02, 0.05], lgds: [1, 1], creditLimits: [null, null] });
  });

  it("reads PDs given as percentage points or as text with %", () => {
    expect(parsePortfolioSelection([[50000, 2], [20000, 5]])).toEqual({ exposures: [50000, 20000], pds: [0.02, 0.05], lgds: [1, 1], creditLimits: [null, null] });
    expect(parsePortfolioSelection([[50000, "2 %"], [20000, "0,5%"]])).toMatchObject({ pds: [0.02, 0.005] });
  });

  it("refuses a selection of one or five columns", () => {
    expect(messageOf(parsePortfolioSelection([[1], [2]]))).toMatch(/^Select 2 to 4 columns.*\(the selection has 1\)\.$/);
    expect(messageOf(parsePortfolioSelection([[1, 2, 3, 4, 5]]), "fr")).toMatch(/^Sélectionnez 2 à 4 colonnes/);
  });

  it("names a blank cell inside a row", () => {
    expect(messageOf(parsePortfolioSelection([["Exposure", "PD"], [50000, ""]], "Sheet1!D10:E11"))).toBe(
      "Cell E11 is empty: each row needs an outstanding and a PD of 0 or more.",
    );
  });

  it("refuses PDs above 100 and a selection without any buyer", () => {
    expect(messageOf(parsePortfolioSelection([[50000, 150]]))).toMatch(/^Default probabilities must be between 0 and 1/);
    expect(messageOf(parsePortfolioSelection([["Exposure", "PD"], ["", ""]]))).toMatch(/no buyer/);
  });
});
