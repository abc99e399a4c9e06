/**
 * The one way tests catch a CoreError: {@link coreErrorOf} returns it for further assertions (and fails the test
 * when the call throws anything else, or nothing); {@link expectCoreError} asserts its code, English message and
 * French translation; {@link coreRejectionOf} is the same for a promise.
 */
import { CoreError, type CoreErrorCode } from "../src/core";

const asCoreError = (thrown: unknown): CoreError => {
  if (thrown instanceof CoreError) return thrown;
  throw thrown;
};

/** The CoreError a call throws (fails the test when it throws anything else or nothing). */
export const coreErrorOf = (call: () => unknown): CoreError => {
  try {
    call();
  } catch (error) {
    return asCoreError(error);
  }
  throw new Error("expected a CoreError, none was thrown");
};

/** The CoreError a promise rejects with (fails the test when it rejects with anything else or resolves). */
export const coreRejectionOf = async (promise: Promise<unknown>): Promise<CoreError> => {
  try {
    await promise;
  } catch (error) {
    return asCoreError(error);
  }
  throw new Error("expected a rejection with a CoreError, the promise resolved");
};

/**
 * Runs `call` and asserts that it throws a CoreError with this code and English message, and a French
 * message that exists and differs from the English one.
 */
export const expectCoreError = (call: () => unknown, code: CoreErrorCode, message: string | RegExp): void => {
  const thrown = coreErrorOf(call);
  expect(thrown.code).toBe(code);
  if (typeof message === "string") expect(thrown.message).toBe(message);
  else expect(thrown.message).toMatch(message);
  expect(thrown.messageFr.length).toBeGreaterThan(0);
  expect(thrown.messageFr).not.toBe(thrown.message);
  expect(thrown.messageIn("fr")).toBe(thrown.messageFr);
  expect(thrown.messageIn("en")).toBe(thrown.message);
};
