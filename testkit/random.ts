/**
 * The seeded random numbers and samplers of the tests, the benchmarks and the FEC generator, in one place: the
 * same seed gives the same numbers on every run and in every tool. None of this is used by src/ (the brute-force
 * checks must share no code with the models they check).
 */

// Math's functions held in module constants: Jest runs tests in a vm context, where every read of a global
// (Math) goes through the context's interceptor and a million-draw simulation slows down tenfold.
const { imul, log, sqrt, pow } = Math;

/** mulberry32: 32-bit uniforms in [0, 1), fast; enough to build workbooks and files from a seed. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/**
 * xoshiro128** (Blackman and Vigna) seeded through splitmix32; two outputs make one 53-bit uniform in [0, 1),
 * fine enough for the logarithms of the samplers below (32-bit uniforms are too coarse there).
 */
export const seededUniform = (seed: number): (() => number) => {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = imul(z ^ (z >>> 16), 0x85ebca6b);
    z = imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = (): number => {
    const result = imul(((imul(b, 5) << 7) | (imul(b, 5) >>> 25)) >>> 0, 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    return result;
  };
  return () => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992;
};

/** A standard normal draw (Marsaglia's polar method). */
export const standardNormal = (random: () => number): number => {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * sqrt((-2 * log(s)) / s);
  }
};

/** Marsaglia and Tsang's gamma sampler, scale 1 (shape below 1 through the U^(1/shape) boost). */
export const gamma = (shape: number, random: () => number): number => {
  if (shape < 1) return gamma(shape + 1, random) * pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / sqrt(9 * d);
  for (;;) {
    const x = standardNormal(random);
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    if (log(random()) < 0.5 * x * x + d - d * v + d * log(v)) return d * v;
  }
};
