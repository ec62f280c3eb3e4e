/** The test run's environment, read here only (the lint rule keeps process.env in env files). */
export const processEnv: Record<string, string | undefined> = process.env;

/** `UPDATE_SCREENSHOTS=1` rewrites docs/screenshots/ from this run. */
export const updateScreenshots = process.env.UPDATE_SCREENSHOTS === "1";

/** Debian's Chromium (the machine has no Playwright-downloaded browser). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
