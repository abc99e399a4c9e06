import { type CoreErrorCode, isCoreError } from "../../src/core";

/**
 * Runs `call` and asserts that it throws a CoreError with this code and English message, and a French
 * message that exists and differs from the English one. Returns the error for further assertions.
 */
export const expectCoreError = (call: () => unknown, code: CoreErrorCode, message: string | RegExp): void => {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(isCoreError(thrown)).toBe(true);
  if (!isCoreError(thrown)) return;
  expect(thrown.code).toBe(code);
  if (typeof message === "string") expect(thrown.message).toBe(message);
  else expect(thrown.message).toMatch(message);
  expect(thrown.messageFr.length).toBeGreaterThan(0);
  expect(thrown.messageFr).not.toBe(thrown.message);
  expect(thrown.messageIn("fr")).toBe(thrown.messageFr);
  expect(thrown.messageIn("en")).toBe(thrown.message);
};

/** A deep-frozen copy: any attempt by the core to write into its inputs throws a TypeError in strict mode. */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};
