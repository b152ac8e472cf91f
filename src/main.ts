/**
 * The entry of the CLI's one-file bundle (scripts/bundle.mjs → dist/claims.cjs): the command
 * line, and the library's extract() that the build runs once to warm the bundle's code cache.
 */
export { run } from "./cli.js";
export { extract } from "./index.js";
