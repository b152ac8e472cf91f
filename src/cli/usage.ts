/** A run that cannot start as asked: a bad flag, no input, an output that is also an input. Exit code 2, one line, no trace. */
export class UsageError extends Error {
  override name = "UsageError";
}
