// The CustomFunctions runtime object that Excel provides to the add-in's page, reproduced for Node:
// same error codes (the strings Excel shows), same Error shape (code + optional message), and an
// associate() that records what the add-in registers, so tests can look functions up by id.
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError {
  code: string;
  message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

const associated = new Map<string, (...args: unknown[]) => unknown>();

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate(idOrMappings: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
    if (typeof idOrMappings === "string") {
      if (fn) associated.set(idOrMappings.toUpperCase(), fn);
    } else {
      for (const [id, f] of Object.entries(idOrMappings)) associated.set(id.toUpperCase(), f);
    }
  },
  __associated: associated,
};
