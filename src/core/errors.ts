// Typed errors: tests check `error.name`, users read the message, which says the fix.

export class NewsgraphError extends Error {
  override name = "NewsgraphError";
}

/** The input (articles, arguments) cannot be used. */
export class InputError extends NewsgraphError {
  override name = "InputError";
}

/** A graph does not satisfy the graph contract. */
export class ContractError extends NewsgraphError {
  override name = "ContractError";
}
