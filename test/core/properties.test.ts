import fc from "fast-check";
import * as core from "../../src/core";
import { deepFreeze } from "./deepFreeze";

// Laws of the domain, checked on random inputs (dinero.js style). Sizes stay within what a seller could
// hold (amounts up to 1e9, days up to 3 years) so that no law is hidden behind an overflow error.

const amount = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true });
const positiveAmount = fc.double({ min: 0.01, max: 1e9, noNaN: true, noDefaultInfinity: true });
const rate = fc.double({ min: 0, max: 1, noNaN: true });
const days = fc.double({ min: 0, max: 1100, noNaN: true });
const dayBasis = fc.constantFrom(360, 365);
const terms = fc.record({
  amount,
  days,
  serviceFeeRate: rate,
  financingRate: rate,
  advanceRate: rate,
  minFee: fc.double({ min: 0, max: 1000, noNaN: true }),
  dayBasis,
});
const salesList = fc.array(positiveAmount, { minLength: 1, maxLength: 24 });
const relativeTolerance = (x: number): number => 1e-9 * Math.max(1, Math.abs(x));

describe("factoring laws", () => {
  it("never advances more than the invoice", () => {
    fc.assert(fc.property(amount, rate, (a, r) => core.factoringAdvance({ amount: a, advanceRate: r }) <= a));
  });

  it("costs more, or the same, for more days", () => {
    fc.assert(fc.property(terms, days, (t, extra) => core.factoringCost(t).total <= core.factoringCost({ ...t, days: t.days + extra }).total));
  });

  it("costs more, or the same, for a higher rate of each kind", () => {
    fc.assert(
      fc.property(terms, rate, fc.constantFrom("serviceFeeRate", "financingRate", "advanceRate") , (t, r, key) => {
        const [low, high] = [Math.min(t[key], r), Math.max(t[key], r)];
        return core.factoringCost({ ...t, [key]: low }).total <= core.factoringCost({ ...t, [key]: high }).total;
      }),
    );
  });

  it("has net + cost = amount", () => {
    fc.assert(fc.property(terms, (t) => Math.abs(core.factoringNet(t) + core.factoringCost(t).total - t.amount) <= relativeTolerance(t.amount)));
  });

  it("has schedule flows that add up to the net amount", () => {
    fc.assert(
      fc.property(terms, (t) => {
        const [advance, balance] = core.factoringSchedule(t);
        return Math.abs(advance.cashFlow + balance.cashFlow - core.factoringNet(t)) <= relativeTolerance(t.amount);
      }),
    );
  });

  it("gives a compound APR at least the simple APR for up to 365 days", () => {
    const shortTerms = fc.record({
      amount: positiveAmount,
      days: fc.double({ min: 1, max: 365, noNaN: true }),
      serviceFeeRate: rate,
      financingRate: rate,
      advanceRate: fc.double({ min: 0.05, max: 1, noNaN: true }),
      dayBasis,
    });
    fc.assert(
      fc.property(shortTerms, (t) => {
        const simple = core.factoringApr(t);
        try {
          return core.factoringApr({ ...t, compound: true }) >= simple * (1 - 1e-12);
        } catch (error) {
          // (1 + r)^(365/days) beyond a double (a 600 % cost over one day): NUM, larger than any simple rate.
          return core.isCoreError(error) && error.code === "NUM";
        }
      }),
    );
  });

  it("has a line and annual cost that grow with the DSO", () => {
    fc.assert(
      fc.property(amount, days, days, rate, (turnover, d1, d2, r) => {
        const [low, high] = [Math.min(d1, d2), Math.max(d1, d2)];
        return (
          core.factoringLine({ annualTurnover: turnover, dsoDays: low, usage: r }) <= core.factoringLine({ annualTurnover: turnover, dsoDays: high, usage: r }) &&
          core.factoringAnnualCost({ annualTurnover: turnover, dsoDays: low }).total <= core.factoringAnnualCost({ annualTurnover: turnover, dsoDays: high }).total
        );
      }),
    );
  });
});

describe("credit insurance laws", () => {
  it("never pays more than cover_rate × min(loss, limit)", () => {
    fc.assert(
      fc.property(amount, rate, fc.option(amount, { nil: null }), amount, amount, (loss, coverRate, creditLimit, deductible, threshold) => {
        const paid = core.creditIndemnity({ loss, coverRate, creditLimit, deductible, threshold });
        const cap = coverRate * Math.min(loss, creditLimit ?? loss);
        return paid >= 0 && paid <= cap + relativeTolerance(cap);
      }),
    );
  });

  it("expects an indemnity no larger than cover_rate × the expected loss", () => {
    const portfolio = fc.array(fc.tuple(amount, rate, rate), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(portfolio, rate, (buyers, coverRate) => {
        const options = { exposures: buyers.map((b) => b[0]), pds: buyers.map((b) => b[1]), lgds: buyers.map((b) => b[2]) };
        const loss = core.creditExpectedLoss(options);
        return core.creditExpectedIndemnity({ ...options, coverRate }) <= coverRate * loss + relativeTolerance(loss);
      }),
    );
  });

  it("expects Σ pd × creditIndemnity of each claim, with a credit limit and a deductible per buyer", () => {
    const buyer = fc.tuple(amount, rate, rate, fc.option(amount, { nil: null }), amount);
    fc.assert(
      fc.property(fc.array(buyer, { minLength: 1, maxLength: 30 }), rate, (buyers, coverRate) => {
        const options = {
          exposures: buyers.map((b) => b[0]),
          pds: buyers.map((b) => b[1]),
          lgds: buyers.map((b) => b[2]),
          creditLimits: buyers.map((b) => b[3]),
          deductibles: buyers.map((b) => b[4]),
          coverRate,
        };
        const byClaim = buyers.reduce(
          (sum, [exposure, pd, lgd, creditLimit, deductible]) => sum + pd * core.creditIndemnity({ loss: exposure * lgd, coverRate, creditLimit, deductible }),
          0,
        );
        const expected = core.creditExpectedIndemnity(options);
        return Math.abs(expected - byClaim) <= relativeTolerance(byClaim) * buyers.length;
      }),
    );
  });

  it("expects less indemnity, and a higher net cost, for a larger deductible", () => {
    const portfolio = fc.array(fc.tuple(amount, rate, rate), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(portfolio, rate, amount, amount, amount, (buyers, coverRate, premium, a, b) => {
        const options = { exposures: buyers.map((x) => x[0]), pds: buyers.map((x) => x[1]), lgds: buyers.map((x) => x[2]), coverRate };
        const [small, large] = a <= b ? [a, b] : [b, a];
        const withSmall = core.creditExpectedIndemnity({ ...options, deductibles: small });
        const withLarge = core.creditExpectedIndemnity({ ...options, deductibles: large });
        const none = core.creditExpectedIndemnity(options);
        return (
          withLarge <= withSmall &&
          withSmall <= none &&
          withLarge >= 0 &&
          core.creditNetCost({ ...options, premium, deductibles: large }) >= core.creditNetCost({ ...options, premium, deductibles: small })
        );
      }),
    );
  });

  it("breaks even with a deductible: at the break-even PD the expected indemnity with that deductible equals the premium", () => {
    fc.assert(
      fc.property(positiveAmount, fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true }),
        (exposure, coverRate, deductibleShare, share) => {
          const deductible = exposure * deductibleShare;
          const claim = exposure - deductible;
          fc.pre(claim > 0);
          const premium = claim * coverRate * share;
          const pd = core.creditBreakEvenPd({ premium, exposure, coverRate, deductible });
          const expected = core.creditExpectedIndemnity({ exposures: [exposure], pds: [pd], coverRate, deductibles: deductible });
          return pd >= 0 && pd <= 1 && Math.abs(expected - premium) <= relativeTolerance(premium);
        }),
    );
  });

  it("breaks even: at the break-even PD the expected indemnity equals the premium", () => {
    fc.assert(
      fc.property(positiveAmount, fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true }), (exposure, coverRate, share) => {
        // share < 1: at exactly 1 the double product may round one ulp above the decimal one (NUM, tested apart)
        const premium = exposure * coverRate * share;
        const pd = core.creditBreakEvenPd({ premium, exposure, coverRate });
        const expected = core.creditExpectedIndemnity({ exposures: [exposure], pds: [pd], coverRate });
        return pd >= 0 && pd <= 1 && Math.abs(expected - premium) <= relativeTolerance(premium);
      }),
    );
  });
});

describe("DSO laws", () => {
  it("gives a period's days when receivables equal its sales", () => {
    fc.assert(
      fc.property(salesList, fc.integer({ min: 1, max: 31 }), (sales, periodDays) =>
        core.dsoCountback({ receivables: sales[sales.length - 1], sales, periodDays }) === periodDays,
      ),
    );
  });

  it("grows with receivables", () => {
    fc.assert(
      fc.property(salesList, rate, rate, (sales, s1, s2) => {
        const total = sales.reduce((a, b) => a + b, 0);
        // Below the total (the double sum may round above the decimal one): both receivables fit the history.
        const [low, high] = [Math.min(s1, s2) * total * 0.999, Math.max(s1, s2) * total * 0.999];
        return core.dsoCountback({ receivables: low, sales }) <= core.dsoCountback({ receivables: high, sales });
      }),
    );
  });

  it("never counts more days than the history holds, with 2 periods or more", () => {
    fc.assert(
      fc.property(fc.array(positiveAmount, { minLength: 2, maxLength: 24 }), rate, (sales, share) => {
        const total = sales.reduce((a, b) => a + b, 0);
        const dso = core.dsoCountback({ receivables: share * total * 0.999, sales });
        return dso >= 0 && dso <= 30 * sales.length;
      }),
    );
  });

  it("has a delinquent DSO that is the difference of the two countbacks and never negative", () => {
    fc.assert(
      fc.property(salesList, rate, rate, (sales, s1, s2) => {
        const total = sales.reduce((a, b) => a + b, 0);
        const [current, all] = [Math.min(s1, s2) * total * 0.999, Math.max(s1, s2) * total * 0.999];
        const delinquent = core.dsoDelinquent({ receivables: all, currentReceivables: current, sales });
        const difference = core.dsoCountback({ receivables: all, sales }) - core.dsoBestPossible({ currentReceivables: current, sales });
        return delinquent >= 0 && Math.abs(delinquent - difference) <= 1e-9;
      }),
    );
  });

  it("has a detail whose days add up to the DSO", () => {
    fc.assert(
      fc.property(salesList, rate, (sales, share) => {
        const total = sales.reduce((a, b) => a + b, 0);
        const detail = core.dsoCountbackDetail({ receivables: share * total * 0.999, sales });
        const sum = detail.periods.reduce((a, p) => a + p.daysCounted, 0);
        return detail.periods.length === sales.length && Math.abs(sum - detail.dso) <= 1e-9;
      }),
    );
  });
});

describe("concentration laws", () => {
  const positives = fc.array(positiveAmount, { minLength: 1, maxLength: 50 });

  it("gives the top n a share between min(n, count) / count and 1", () => {
    fc.assert(
      fc.property(positives, fc.integer({ min: 1, max: 60 }), (values, n) => {
        const share = core.concentrationTop({ values, n });
        return share >= Math.min(n, values.length) / values.length - 1e-12 && share <= 1 + 1e-12;
      }),
    );
  });

  it("keeps the HHI between 1 / count and 1", () => {
    fc.assert(
      fc.property(positives, (values) => {
        const hhi = core.concentrationHhi({ values });
        return hhi >= 1 / values.length - 1e-12 && hhi <= 1 + 1e-12;
      }),
    );
  });
});

describe("inputs", () => {
  it("are never mutated (frozen arrays, compared with copies)", () => {
    fc.assert(
      fc.property(salesList, fc.array(rate, { minLength: 1, maxLength: 24 }), (sales, pds) => {
        const values = deepFreeze([...sales]);
        const history = deepFreeze({ receivables: sales[sales.length - 1], currentReceivables: 0, sales: [...sales], periodDays: sales.map(() => 30) });
        const portfolio = deepFreeze({ premium: 1, exposures: pds.map(() => 1000), pds: [...pds], lgds: pds.map(() => 0.5), creditLimits: pds.map(() => null), deductibles: pds.map(() => 100) });
        const before = JSON.stringify([values, history, portfolio]);
        core.concentrationTop({ values, n: 2 });
        core.concentrationHhi({ values });
        core.dsoCountback(history);
        core.dsoCountbackDetail(history);
        core.dsoAccountingRatio(history);
        core.dsoBestPossible(history);
        core.dsoDelinquent(history);
        core.creditExpectedLoss(portfolio);
        core.creditExpectedIndemnity(portfolio);
        core.creditNetCost(portfolio);
        return JSON.stringify([values, history, portfolio]) === before;
      }),
    );
  });

  it("are never mutated for scalar options objects", () => {
    const options = deepFreeze({ amount: 10000, days: 60, compound: true });
    expect(() => [core.factoringCost(options), core.factoringNet(options), core.factoringApr(options), core.factoringSchedule(options)]).not.toThrow();
    expect(options).toEqual({ amount: 10000, days: 60, compound: true });
  });
});
