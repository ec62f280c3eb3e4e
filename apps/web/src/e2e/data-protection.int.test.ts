import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Browser, Download, Page } from "playwright-core";
import { ar } from "../i18n/locales/ar";
import { de } from "../i18n/locales/de";
import { staffAr } from "../i18n/locales/staff/ar";
import { staffDe } from "../i18n/locales/staff/de";
import { seriousA11yViolations } from "./support/axe-check";
import { launchChromium } from "./support/browser";
import { isFocused, widerThanScreen } from "./support/page-checks";
import { desktop, phone, saveScreenshots } from "./support/screenshots";
import { berlinDate, callTrpc, staffToken, waitForTexts } from "./support/service-calls";
import { startWebSystem, type WebSystem } from "./support/web-system";

const SERVICE_ID = "svc-westsachsen-mbe";
const LOCATION_ID = "loc-leipzig-ost";
const PSZ_SERVICE_ID = "svc-saale-elbe-psz";
const PSZ_LOCATION_ID = "loc-halle-sued";

/** The person who asks: booked online with SMS, and referred on to the PSZ with their consent. */
const person = { name: "Samira Datenschutz", phone: "+4915122233344", written: "0151 222 333 44" };

/** Axe finds nothing serious and nothing sticks out sideways, on a phone and on a desktop. */
async function checkAccessibleAtBothSizes(page: Page): Promise<void> {
  await page.setViewportSize(phone);
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await widerThanScreen(page)).toEqual([]);
  await page.setViewportSize(desktop);
  expect(await seriousA11yViolations(page)).toEqual([]);
}

/** The export's file as downloaded by the browser. */
async function downloadedText(download: Download): Promise<string> {
  return readFile(await download.path(), "utf8");
}

/**
 * The data protection officer's page in headless Chromium against the real services: a
 * person's data exported from booking, referral and notify as a file, the access logs read
 * and checked, the person erased everywhere with every service's confirmation, and
 * nothing of them in an export afterwards.
 */
describe("the data protection officer's page in a real browser", () => {
  let system: WebSystem;
  let browser: Browser;
  let page: Page;
  const found = { appointmentId: "", clientId: "" };

  beforeAll(async () => {
    [system, browser] = await Promise.all([startWebSystem("web-e2e-privacy"), launchChromium()]);
    const context = await browser.newContext({ viewport: desktop, locale: "de-DE", acceptDownloads: true });
    page = await context.newPage();
  }, 90_000);

  afterAll(async () => {
    await browser.close();
    await system.stop();
  }, 30_000);

  it("a client books with SMS and is referred on; reception sees the day", async () => {
    const slots = await callTrpc<Array<{ start: string; counsellorId: string }>>(
      system.bookingUrl,
      "availability.slots",
      { serviceId: SERVICE_ID, locationId: LOCATION_ID, language: "de", channel: "in_person", limit: 5 },
    );
    const slot = slots[0]!;
    const { appointment } = await callTrpc<{ appointment: { appointmentId: string } }>(
      system.bookingUrl,
      "appointments.book",
      {
        idempotencyKey: randomUUID(),
        serviceId: SERVICE_ID,
        locationId: LOCATION_ID,
        counsellorId: slot.counsellorId,
        startsAt: slot.start,
        channel: "in_person",
        client: { displayName: person.name, phone: person.phone, preferredLanguage: "de", smsConsent: true },
        referralId: null,
      },
      "POST",
    );
    found.appointmentId = appointment.appointmentId;
    found.clientId = `client-${appointment.appointmentId}`;
    // Notify holds the appointment and its text once the confirmation is in the dev inbox.
    await waitForTexts(system.notifyUrl, person.phone, 1);

    const amira = await staffToken(system.bookingUrl, "amira");
    const { referralId } = await callTrpc<{ referralId: string }>(
      system.referralUrl,
      "counsellor.createDraft",
      {
        clientReference: "MBE-WS-DSB-1",
        fromService: { serviceId: SERVICE_ID, serviceKind: "adult_migration_counselling" },
        to: {
          scope: "organisation",
          serviceKind: "psychosocial_centre",
          organisationId: "org-saale-elbe",
          locationId: PSZ_LOCATION_ID,
          serviceId: PSZ_SERVICE_ID,
          federalState: "DE-ST",
        },
        urgency: "soon",
        reasonCode: "psychological_support",
        communication: { language: "de", interpreterNeeded: false },
        sharedData: { contact: { name: person.name, phone: person.phone, note: null } },
      },
      "POST",
      amira,
    );
    await callTrpc(
      system.referralUrl,
      "counsellor.recordConsent",
      {
        referralId,
        consent: {
          dataCategories: ["contact"],
          purpose: "Überweisung an das PSZ",
          givenHow: "signed_form",
          witnessedBy: null,
          givenAt: new Date(Date.now() - 60_000).toISOString(),
          expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
        },
      },
      "POST",
      amira,
    );
    await callTrpc(system.referralUrl, "counsellor.send", { referralId }, "POST", amira);

    // Reception reads the day with the client's name: an entry in booking's access log.
    const reception = await staffToken(system.bookingUrl, "rezeption.leipzig");
    await callTrpc(
      system.bookingUrl,
      "reception.day",
      { locationId: LOCATION_ID, date: berlinDate(slot.start) },
      "GET",
      reception,
    );
  }, 60_000);

  it("the data protection officer signs in, lands on the page and exports the person's data as a file with a summary", async () => {
    // "For staff" leads a signed-in data protection officer to their page.
    await page.goto(`${system.baseUrl}/staff`);
    await page.getByRole("heading", { name: de.staffLogin.heading }).waitFor();
    await page.getByLabel(de.staffLogin.username).fill("datenschutz");
    await page.getByLabel(de.staffLogin.password).fill("demo");
    await page.getByRole("button", { name: de.staffLogin.submit }).click();
    await page.waitForURL((url) => url.pathname === "/staff/privacy");
    await page.getByRole("heading", { name: staffDe.privacy.heading, exact: true }).waitFor();

    // Nothing named: said at the phone field, which takes focus; nothing is sent.
    await page.getByRole("button", { name: staffDe.privacy.export, exact: true }).click();
    await page.getByText(staffDe.privacy.errors.nothingGiven).waitFor();
    expect(await isFocused(page, '[name="phone"]')).toBe(true);
    expect(await page.locator('[name="phone"]').getAttribute("aria-invalid")).toBe("true");

    // A number booking refuses (400 phone_invalid): said in German in an alert that takes focus.
    await page.getByLabel(staffDe.privacy.phone, { exact: true }).fill("0049 12 345");
    await page.getByRole("button", { name: staffDe.privacy.export, exact: true }).click();
    await page.getByRole("alert").filter({ hasText: de.errors.phone_invalid }).waitFor();
    expect(await isFocused(page, '[role="alert"]')).toBe(true);

    await page.getByLabel(staffDe.privacy.phone, { exact: true }).fill(person.written);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      (async () => {
        await page.getByRole("button", { name: staffDe.privacy.export, exact: true }).click();
        const result = page.getByTestId("export-result");
        await result.getByRole("heading", { name: staffDe.privacy.exportHeading }).waitFor();
        // Focus moves to the result.
        expect(await isFocused(page, '[data-testid="export-result"] h2')).toBe(true);
        expect(await result.textContent()).toContain(person.phone);
        await result.getByRole("link", { name: staffDe.privacy.download }).click();
      })(),
    ]);

    const count = (service: string, kind: string) =>
      page.locator(`tr[data-service="${service}"][data-kind="${kind}"] [data-testid="count"]`).textContent();
    expect(await count("booking", "appointments")).toBe("1");
    expect(await count("referral", "referrals")).toBe("1");
    expect(await count("notify", "appointments")).toBe("1");
    expect(Number(await count("notify", "messages"))).toBeGreaterThanOrEqual(1);
    await page.getByTestId("client-ids-found").getByText(found.clientId, { exact: true }).waitFor();

    expect(download.suggestedFilename()).toMatch(/^privacy-export-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const file = JSON.parse(await downloadedText(download)) as {
      booking: { appointments: Array<{ appointmentId: string; client: { name: string; phone: string } }> };
      referral: { referrals: unknown[] };
      notify: { messages: Array<{ to: string }> };
    };
    expect(file.booking.appointments[0]?.appointmentId).toBe(found.appointmentId);
    expect(file.booking.appointments[0]?.client).toMatchObject({ name: person.name, phone: person.phone });
    expect(file.referral.referrals).toHaveLength(1);
    expect(file.notify.messages[0]?.to).toBe(person.phone);

    await checkAccessibleAtBothSizes(page);
    await saveScreenshots(page, "21-privacy-export", '[data-testid="export-result"]');
  }, 60_000);

  it("reads who accessed the person's records in every service, newest first, and checks the logs' integrity", async () => {
    const form = page.getByTestId("access-log-form");
    await form.getByLabel(staffDe.privacy.clientId, { exact: true }).fill(found.clientId);
    await form.getByRole("button", { name: staffDe.privacy.showLog }).click();
    const result = page.getByTestId("access-log-result");
    const rows = result.locator("tbody tr");
    await rows.first().waitFor();
    // Reception's read of the day (booking), then the exports by booking and notify; the newest first.
    expect(
      await result.locator('tr[data-service="booking"][data-action="read"]').count(),
    ).toBeGreaterThanOrEqual(1);
    expect(await result.locator('tr[data-service="booking"][data-action="export"]').count()).toBe(1);
    expect(await result.locator('tr[data-service="notify"][data-action="export"]').count()).toBe(1);
    expect(await rows.first().getAttribute("data-action")).toBe("export");
    expect(await rows.last().getAttribute("data-action")).not.toBe("export");
    expect(await result.textContent()).toContain(staffDe.roles.reception);
    expect(await isFocused(page, '[data-testid="access-log-result"] [role="status"]')).toBe(true);

    await page.getByRole("button", { name: staffDe.privacy.verify }).click();
    const integrity = page.getByTestId("integrity");
    await integrity.locator('li[data-service="notify"]').waitFor();
    expect(await integrity.locator('li[data-state="intact"]').count()).toBe(3);

    await checkAccessibleAtBothSizes(page);
    await saveScreenshots(page, "22-privacy-access-log", ".privacy-access-log");
  }, 60_000);

  it("erases the person after a confirmation that says what happens; all three services confirm; an export afterwards holds nothing of them", async () => {
    await page.getByRole("button", { name: staffDe.privacy.erase }).click();
    const confirmation = page.getByTestId("erase-confirmation");
    await confirmation.getByRole("heading", { name: staffDe.privacy.eraseHeading }).waitFor();
    expect(await isFocused(page, '[data-testid="erase-confirmation"] h2')).toBe(true);
    const said = (await confirmation.textContent()) ?? "";
    for (const text of [
      staffDe.privacy.eraseWhat,
      staffDe.privacy.eraseStatistics,
      staffDe.privacy.eraseFinal,
      person.phone,
    ]) {
      expect(said).toContain(text);
    }
    await checkAccessibleAtBothSizes(page);

    // "Back" erases nothing and returns to the button.
    await confirmation.getByRole("button", { name: staffDe.privacy.eraseCancel }).click();
    expect(await page.getByTestId("erase-confirmation").count()).toBe(0);
    expect(
      await page
        .getByRole("button", { name: staffDe.privacy.erase })
        .evaluate((button) => button === document.activeElement),
    ).toBe(true);

    await page.getByRole("button", { name: staffDe.privacy.erase }).press("Enter");
    await confirmation.getByRole("button", { name: staffDe.privacy.eraseConfirm }).click();
    const status = page.getByTestId("erasure-status");
    await status.getByRole("heading", { name: staffDe.privacy.erasureHeading }).waitFor();
    expect(await isFocused(page, '[data-testid="erasure-status"] h2')).toBe(true);
    const requestId = (await status.getByTestId("erasure-request-id").textContent()) ?? "";
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(new URL(page.url()).searchParams.get("erasure")).toBe(requestId);

    await status.getByTestId("erasure-progress").filter({ hasText: staffDe.privacy.complete }).waitFor({
      timeout: 45_000,
    });
    for (const service of ["booking", "referral", "notify"]) {
      const line = status.locator(`li[data-service="${service}"]`);
      expect(await line.getAttribute("data-state")).toBe("confirmed");
      expect(await line.textContent()).toMatch(/bestätigt \(\d+ Datens(atz|ätze) gelöscht\)/);
    }
    await checkAccessibleAtBothSizes(page);
    await saveScreenshots(page, "23-privacy-erasure", '[data-testid="erasure-status"]');

    // The request stays on the page after a reload (its id is in the address).
    await page.reload();
    await page.getByTestId("erasure-progress").filter({ hasText: staffDe.privacy.complete }).waitFor();
    expect(await page.getByTestId("erasure-request-id").textContent()).toBe(requestId);

    // A new export by the same number (sent with Enter) finds nothing of the person.
    const phoneField = page.getByLabel(staffDe.privacy.phone, { exact: true });
    await phoneField.fill(person.written);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      (async () => {
        await phoneField.press("Enter");
        await page.getByTestId("export-total").filter({ hasText: staffDe.privacy.nothingFound }).waitFor();
        await page.getByRole("link", { name: staffDe.privacy.download }).click();
      })(),
    ]);
    const text = await downloadedText(download);
    expect(text).not.toContain(person.name);
    expect(text).not.toContain(person.phone);
    const after = JSON.parse(text) as {
      booking: { appointments: unknown[] };
      referral: { referrals: unknown[] };
      notify: { messages: unknown[]; appointments: unknown[] };
    };
    expect([
      after.booking.appointments,
      after.referral.referrals,
      after.notify.messages,
      after.notify.appointments,
    ]).toEqual([[], [], [], []]);
  }, 90_000);

  it("reads right to left in Arabic and fits a phone", async () => {
    await page.getByLabel(de.app.language, { exact: true }).selectOption("ar");
    await page.getByRole("heading", { name: staffAr.privacy.heading, exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await page.getByRole("button", { name: staffAr.privacy.verify }).click();
    await page.getByTestId("integrity").locator('li[data-state="intact"]').nth(2).waitFor();
    await page.getByTestId("erasure-progress").filter({ hasText: staffAr.privacy.complete }).waitFor();
    await checkAccessibleAtBothSizes(page);
    // Back to German for whoever uses this browser next.
    await page.getByLabel(ar.app.language, { exact: true }).selectOption("de");
  }, 30_000);
});
