import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { ar } from "../i18n/locales/ar";
import { de } from "../i18n/locales/de";
import { en } from "../i18n/locales/en";
import { seriousA11yViolations } from "./support/axe-check";
import { chromiumPath } from "./support/env";
import { desktop, phone, saveScreenshots } from "./support/screenshots";
import { berlinDate, callTrpc, waitForTexts } from "./support/service-calls";
import { startWebSystem, type WebSystem } from "./support/web-system";

const ARABIC_LETTERS = /[\u0600-\u06FF]/;
const SERVICE_ID = "svc-westsachsen-mbe";
const LOCATION_ID = "loc-leipzig-ost";

/**
 * The web app in headless Chromium against the real booking and notify services, broker
 * and database: what a client on a phone and reception at the desk actually do.
 */
describe("web app in a real browser", () => {
  let system: WebSystem;
  let browser: Browser;
  let clientContext: BrowserContext;
  let clientPage: Page;
  /** Filled by the booking test, used by the next ones. */
  const booked = { manageUrl: "", phoneE164: "+4915123456789" };

  beforeAll(async () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(`No Chromium at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH`);
    }
    [system, browser] = await Promise.all([
      startWebSystem("web-e2e"),
      chromium.launch({
        executablePath: chromiumPath,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      }),
    ]);
    clientContext = await browser.newContext({ viewport: phone, locale: "en-US" });
    clientPage = await clientContext.newPage();
  }, 90_000);

  afterAll(async () => {
    await browser.close();
    await system.stop();
  }, 30_000);

  it("a client books in Arabic on a 360 px phone: RTL layout, accessible steps, confirmation, Arabic SMS", async () => {
    const page = clientPage;
    await page.goto(`${system.baseUrl}/`);
    await page.getByRole("heading", { name: en.language.heading }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshots(page, "1-language");

    await page.getByRole("button", { name: "العربية" }).click();
    await page.getByRole("heading", { name: ar.service.heading }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual([
      "rtl",
      "ar",
    ]);
    const serviceCard = page.locator(`article[data-service-id="${SERVICE_ID}"]`);
    await serviceCard.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshots(page, "2-service");
    await serviceCard.getByRole("button", { name: ar.service.chooseShort }).click();

    await page.getByRole("heading", { name: ar.place.heading }).waitFor();
    await page.getByLabel(ar.place.channel.in_person).check();
    await page.locator(`input[name="location"][value="${LOCATION_ID}"]`).check();
    await page.getByRole("button", { name: ar.place.continue }).click();

    await page.getByRole("heading", { name: ar.times.heading }).waitFor();
    const firstTime = page.locator(".button-slot").first();
    await firstTime.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshots(page, "3-times");
    await firstTime.click();

    // An empty form: the error is tied to the field and focus lands on it.
    await page.getByRole("heading", { name: ar.details.heading }).waitFor();
    await page.getByRole("button", { name: ar.details.submit }).click();
    const nameInput = page.locator('input[name="displayName"]');
    await page.getByText(ar.details.errors.nameMissing).waitFor();
    expect(await nameInput.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await nameInput.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await nameInput.getAttribute("aria-describedby")) ?? "";
    const errorTexts = await Promise.all(
      describedBy.split(" ").map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(errorTexts).toContain(ar.details.errors.nameMissing);

    await nameInput.fill("أمينة");
    await page.locator('input[name="phone"]').fill("0151 23456789");
    await page.getByLabel(ar.details.smsConsent).check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshots(page, "4-details");
    await page.getByRole("button", { name: ar.details.submit }).click();

    await page.getByRole("heading", { name: ar.confirmation.heading }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshots(page, "5-confirmation");
    booked.manageUrl = (await page.getByTestId("manage-link").getAttribute("href")) ?? "";
    expect(booked.manageUrl).toMatch(new RegExp(`^${system.baseUrl}/manage/[^#]+#[A-Za-z0-9_-]{20,}$`));

    const [confirmation] = await waitForTexts(system.notifyUrl, booked.phoneE164, 1);
    expect(confirmation?.language).toBe("ar");
    expect(confirmation?.body).toMatch(ARABIC_LETTERS);

    // The demo's SMS page shows the same text, right-to-left by its own language.
    await page.goto(`${system.baseUrl}/dev/sms`);
    const shown = page.getByTestId("sms-body").filter({ hasText: ARABIC_LETTERS });
    await shown.first().waitFor();
    expect(await shown.first().getAttribute("lang")).toBe("ar");
    await saveScreenshots(page, "8-dev-sms-inbox");
  }, 60_000);

  it("the client moves, then cancels through the manage link (secret in the URL fragment), told by SMS each time", async () => {
    const page = clientPage;
    await page.goto(booked.manageUrl);
    await page.getByRole("heading", { name: ar.manage.heading }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshots(page, "6-manage");

    // Moving: another time with the same counsellor; the link's secret changes.
    await page.getByRole("button", { name: ar.manage.move }).click();
    await page.locator(".button-slot").first().click();
    await page.getByTestId("manage-link").waitFor();
    const newManageUrl = (await page.getByTestId("manage-link").getAttribute("href")) ?? "";
    expect(newManageUrl.split("#")[0]).toBe(booked.manageUrl.split("#")[0]);
    expect(newManageUrl).not.toBe(booked.manageUrl);
    expect(new URL(page.url()).hash).toBe(new URL(newManageUrl).hash);

    await page.getByRole("button", { name: ar.manage.cancel }).click();
    await page.getByRole("button", { name: ar.manage.cancelYes }).click();
    await page.getByRole("heading", { name: ar.manage.cancelled }).waitFor();

    // Confirmation, move and cancellation: all three texts in Arabic.
    const texts = await waitForTexts(system.notifyUrl, booked.phoneE164, 3);
    expect(texts.map((sms) => sms.language)).toEqual(["ar", "ar", "ar"]);
    expect(texts[2]?.body).toMatch(ARABIC_LETTERS);

    // The first link, opened in a fresh tab as from the first SMS, died with the move: a clear message in Arabic.
    const fromOldSms = await clientContext.newPage();
    await fromOldSms.goto(booked.manageUrl);
    await fromOldSms.getByText(ar.manage.unknownDetails).waitFor();
    await fromOldSms.getByRole("button", { name: ar.manage.cancel }).click();
    await fromOldSms.getByRole("button", { name: ar.manage.cancelYes }).click();
    await fromOldSms.getByRole("alert").filter({ hasText: ar.errors.manage_link_invalid }).waitFor();
    await fromOldSms.close();
  }, 60_000);

  it("reception signs in, sees the day board and checks a client in", async () => {
    const slots = await callTrpc<Array<{ start: string; counsellorId: string }>>(
      system.bookingUrl,
      "availability.slots",
      { serviceId: SERVICE_ID, locationId: LOCATION_ID, language: "uk", channel: "in_person", limit: 5 },
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
        client: { displayName: "Olena Petrenko", phone: null, preferredLanguage: "uk", smsConsent: false },
        referralId: null,
      },
      "POST",
    );

    const context = await browser.newContext({ viewport: desktop, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(`${system.baseUrl}/staff/reception`);
    await page.getByRole("heading", { name: de.staffLogin.heading }).waitFor();
    await page.getByRole("button", { name: "rezeption.leipzig" }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel(de.staffLogin.username).fill("rezeption.leipzig");
    await page.getByLabel(de.staffLogin.password).fill("not-the-password");
    await page.getByRole("button", { name: de.staffLogin.submit }).click();
    await page.getByRole("alert").filter({ hasText: de.errors.login_failed }).waitFor();
    await page.getByRole("button", { name: "rezeption.leipzig" }).click();
    await saveScreenshots(page, "9-staff-login");
    await page.getByRole("button", { name: de.staffLogin.submit }).click();

    await page.getByRole("heading", { name: new RegExp(de.reception.heading) }).waitFor();
    await page.getByLabel(de.reception.date).fill(berlinDate(slot.start));
    const row = page.locator(`tr[data-appointment-id="${appointment.appointmentId}"]`);
    await row.getByRole("rowheader", { name: "Olena" }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await row.getByRole("button", { name: new RegExp(`^${de.reception.checkIn}`) }).click();
    await row.locator(".status-badge").filter({ hasText: de.reception.status.checked_in }).waitFor();
    await saveScreenshots(page, "10-reception-board");
    await context.close();
  }, 60_000);
});
