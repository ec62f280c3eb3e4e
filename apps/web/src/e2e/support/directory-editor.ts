import type { Page } from "playwright-core";
import { staffDe } from "../../i18n/locales/staff/de";
import { signIn } from "./staff-sign-in";

/** Signs in as an organisation's admin and waits for the directory editor. */
export async function openDirectoryEditor(page: Page, baseUrl: string, username: string): Promise<void> {
  await signIn(page, baseUrl, "/staff/admin", username);
  await page.getByRole("heading", { name: staffDe.admin.heading, exact: true }).waitFor();
}

/** Saves the directory and waits until the editor says it is saved. */
export async function saveDirectory(page: Page): Promise<void> {
  await page.getByRole("button", { name: staffDe.admin.save }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Gespeichert/ })
    .waitFor();
}

/** Reloads the editor (what is shown now comes from booking). */
export async function reloadDirectoryEditor(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole("heading", { name: staffDe.admin.heading, exact: true }).waitFor();
}
