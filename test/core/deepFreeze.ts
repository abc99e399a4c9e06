/** A deep-frozen copy: any attempt by the core to write into its inputs throws a TypeError in strict mode. */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

/**
 * Runs `call` on `input` and asserts that the input still equals a deep copy taken before: for inputs the core
 * must not write into, checked after the fact rather than frozen.
 */
export const expectUnchangedBy = <T>(input: T, call: (input: T) => unknown): void => {
  const copy: unknown = JSON.parse(JSON.stringify(input));
  call(input);
  expect(input).toEqual(copy);
};
