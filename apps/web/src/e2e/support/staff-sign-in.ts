import type { Page } from "playwright-core";
import { de } from "../../i18n/locales/de";

/** Opens a staff page, is sent to the sign-in, signs in with a demo account and lands back there. */
export async function signIn(page: Page, baseUrl: string, path: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole("heading", { name: de.staffLogin.heading }).waitFor();
  await page.getByLabel(de.staffLogin.username).fill(username);
  await page.getByLabel(de.staffLogin.password).fill("demo");
  await page.getByRole("button", { name: de.staffLogin.submit }).click();
  await page.waitForURL((url) => url.pathname === path.split("?")[0]);
}
