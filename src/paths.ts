/**
 * Where the built files are, whichever way this code runs: from dist/ as tsc wrote it, from
 * the one-file bundle dist/claims.cjs the CLI starts from (scripts/bundle.mjs), or from src/
 * under the test runner. Modules that name a file of the package (its package.json, the
 * batch worker) resolve it from here, never from their own place, which a bundle changes.
 */
const here = import.meta.url;

/** The dist/ folder, as a URL ending in a slash. */
export const DIST: URL = here.endsWith(".ts") ? new URL("../dist/", here) : new URL("./", here);

/** The package's root folder. */
export const ROOT: URL = new URL("../", DIST);
