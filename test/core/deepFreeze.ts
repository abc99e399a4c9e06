/** A deep-frozen copy: any attempt by the core to write into its inputs throws a TypeError in strict mode. */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};
