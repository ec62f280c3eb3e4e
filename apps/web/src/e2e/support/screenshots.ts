import path from "node:path";
import type { Page } from "playwright-core";
import { updateScreenshots } from "./env";

const screenshotDir = path.resolve(__dirname, "../../../../../docs/screenshots");

export const phone = { width: 360, height: 740 };
export const desktop = { width: 1280, height: 800 };

/**
 * With UPDATE_SCREENSHOTS=1: the page as it is now, on a phone and on a desktop
 * (`<name>.phone.png`, `<name>.desktop.png`), then back to the viewport it had.
 */
export async function saveScreenshots(page: Page, name: string): Promise<void> {
  if (!updateScreenshots) return;
  const before = page.viewportSize() ?? phone;
  for (const [size, viewport] of [
    ["phone", phone],
    ["desktop", desktop],
  ] as const) {
    await page.setViewportSize(viewport);
    // From the top, like a person arriving on the page (focus may have scrolled it).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(screenshotDir, `${name}.${size}.png`), fullPage: false });
  }
  await page.setViewportSize(before);
}
