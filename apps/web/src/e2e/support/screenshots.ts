import path from "node:path";
import type { Page } from "playwright-core";
import { updateScreenshots } from "./env";

const screenshotDir = path.resolve(__dirname, "../../../../../docs/screenshots");

export const phone = { width: 360, height: 740 };
export const desktop = { width: 1280, height: 800 };

/**
 * With UPDATE_SCREENSHOTS=1: the page as it is now, on a phone and on a desktop
 * (`<name>.phone.png`, `<name>.desktop.png`), then back to the viewport it had. From the
 * top of the page, or with `showing` (a CSS selector) from that part of it.
 */
export async function saveScreenshots(page: Page, name: string, showing?: string): Promise<void> {
  if (!updateScreenshots) return;
  const before = page.viewportSize() ?? phone;
  for (const [size, viewport] of [
    ["phone", phone],
    ["desktop", desktop],
  ] as const) {
    await page.setViewportSize(viewport);
    // From the top, like a person arriving on the page (focus may have scrolled it), or at the part shown.
    await page.evaluate((selector) => {
      const part = selector ? document.querySelector(selector) : null;
      if (part) part.scrollIntoView({ block: "start" });
      else window.scrollTo(0, 0);
    }, showing ?? null);
    await page.screenshot({ path: path.join(screenshotDir, `${name}.${size}.png`), fullPage: false });
  }
  await page.setViewportSize(before);
}
