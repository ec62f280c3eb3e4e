import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ar } from "../i18n/locales/ar";
import { de } from "../i18n/locales/de";
import { en } from "../i18n/locales/en";
import { staffDe } from "../i18n/locales/staff/de";
import { openDirectoryEditor, saveDirectory } from "./support/directory-editor";
import { seriousA11yViolations } from "./support/axe-check";
import { launchChromium } from "./support/browser";
import { desktop, phone, saveScreenshots } from "./support/screenshots";
import { berlinDate, callTrpc, waitForTexts } from "./support/service-calls";
import { signIn } from "./support/staff-sign-in";
import { startWebSystem, type WebSystem } from "./support/web-system";

const ARABIC_LETTERS = /[\u0600-\u06FF]/;
const SERVICE_ID = "svc-westsachsen-mbe";
const LOCATION_ID = "loc-leipzig-ost";
const PSZ_SERVICE_ID = "svc-saale-elbe-psz";
const PSZ_LOCATION_ID = "loc-halle-sued";

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
    [system, browser] = await Promise.all([startWebSystem("web-e2e"), launchChromium()]);
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

    // The calendar download on the confirmation page (notify has the booking by now: the SMS came).
    const calendarHref = await page
      .getByRole("link", { name: ar.confirmation.addToCalendar })
      .getAttribute("href");
    const calendar = await fetch(`${system.baseUrl}${calendarHref ?? ""}`);
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get("content-type")).toContain("text/calendar");
    expect(await calendar.text()).toMatch(/BEGIN:VCALENDAR[\s\S]*METHOD:REQUEST/);

    // The demo's SMS page shows the same text, right-to-left by its own language.
    await page.goto(`${system.baseUrl}/dev/sms`);
    const shown = page.getByTestId("sms-body").filter({ hasText: ARABIC_LETTERS });
    await shown.first().waitFor();
    expect(await shown.first().getAttribute("lang")).toBe("ar");
    await saveScreenshots(page, "8-dev-sms-inbox");
  }, 60_000);

  it("the manage link works in a fresh browser (as opened from the SMS): the appointment from booking, in Arabic", async () => {
    const fresh = await browser.newContext({ viewport: phone, locale: "ar" });
    const page = await fresh.newPage();
    await page.goto(booked.manageUrl);
    await page.getByRole("heading", { name: ar.manage.heading }).waitFor();
    await page.getByTestId("managed-status").filter({ hasText: ar.manage.statuses.booked }).waitFor();
    expect(await page.getByTestId("managed-time").textContent()).toMatch(/\d{2}:\d{2}/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshots(page, "6-manage");
    await fresh.close();
  }, 30_000);

  it("the client moves, then cancels through the manage link (secret in the URL fragment), told by SMS each time", async () => {
    const page = clientPage;
    await page.goto(booked.manageUrl);
    await page.getByRole("heading", { name: ar.manage.heading }).waitFor();
    await page.getByTestId("managed-status").waitFor();

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
    await fromOldSms.getByRole("alert").filter({ hasText: ar.errors.manage_link_invalid }).waitFor();
    expect(await fromOldSms.getByRole("button", { name: ar.manage.cancel }).count()).toBe(0);
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
  it('a counsellor refers the client to the PSZ with consent; intake accepts and books; reception checks in; the counsellor sees "attended"', async () => {
    // The MBE counsellor of Westsachsen (Leipzig) refers the Arabic-speaking client.
    const counsellor = await browser.newContext({ viewport: desktop, locale: "de-DE" });
    const amira = await counsellor.newPage();
    await signIn(amira, system.baseUrl, "/staff/counsellor", "amira");
    await amira.getByRole("heading", { name: staffDe.counsellor.heading, exact: true }).waitFor();
    await amira.goto(`${system.baseUrl}/staff/referrals/new`);
    await amira.getByRole("heading", { name: staffDe.referralForm.heading, exact: true }).waitFor();

    // An empty form: the first missing field is named and focused.
    await amira.getByRole("button", { name: staffDe.referralForm.next }).click();
    await amira.getByText(staffDe.referralForm.errors.clientReferenceMissing).waitFor();
    const reference = amira.getByLabel(staffDe.referralForm.clientReference, { exact: true });
    expect(await reference.evaluate((input) => input === document.activeElement)).toBe(true);

    await reference.fill("MBE-WS-4711");
    await amira.getByLabel(staffDe.referralForm.toKind, { exact: true }).selectOption("psychosocial_centre");
    await amira
      .getByLabel(staffDe.referralForm.toChoice, { exact: true })
      .selectOption(`${PSZ_SERVICE_ID}@${PSZ_LOCATION_ID}`);
    await amira
      .getByLabel(staffDe.referralForm.reasonCode, { exact: true })
      .selectOption("psychological_support");
    await amira.getByLabel(staffDe.urgency.soon, { exact: true }).check();
    await amira.getByLabel(staffDe.referralForm.language, { exact: true }).selectOption("ar");
    expect(await seriousA11yViolations(amira)).toEqual([]);
    await saveScreenshots(amira, "11-referral-form");
    await amira.getByRole("button", { name: staffDe.referralForm.next }).click();

    // Consent: only name, phone and language details travel.
    await amira.getByRole("heading", { name: staffDe.consentForm.heading, exact: true }).waitFor();
    await amira.getByLabel(staffDe.consentForm.categories.contact.label, { exact: true }).check();
    await amira.getByLabel(staffDe.consentForm.categories.language.label, { exact: true }).check();
    await amira.getByLabel(staffDe.consentForm.contactName, { exact: true }).fill("أمينة");
    await amira.getByLabel(staffDe.consentForm.contactPhone, { exact: true }).fill("0151 23456789");
    await amira.getByLabel(staffDe.consentForm.dialect, { exact: true }).fill("Syrisch-Arabisch");
    await amira.getByLabel(staffDe.consentForm.how.verbal_documented, { exact: true }).check();
    await amira.getByRole("button", { name: staffDe.consentForm.next }).click();
    await amira.getByText(staffDe.consentForm.errors.witnessMissing).waitFor();
    await amira.getByLabel(staffDe.consentForm.witnessedBy, { exact: true }).fill("Jonas B.");
    expect(await seriousA11yViolations(amira)).toEqual([]);
    await saveScreenshots(amira, "12-consent-form");
    await amira.getByRole("button", { name: staffDe.consentForm.next }).click();

    await amira.getByRole("heading", { name: staffDe.sendStep.heading, exact: true }).waitFor();
    await amira.getByRole("button", { name: staffDe.sendStep.send }).click();
    await amira.getByRole("heading", { name: staffDe.timeline.heading, exact: true }).waitFor();
    await amira.getByTestId("referral-status").filter({ hasText: staffDe.referralStatus.sent }).waitFor();
    const referralId = new URL(amira.url()).pathname.split("/").pop() ?? "";

    // Intake of the PSZ (Halle): the inbox with its ageing, the released data only, accept, book.
    const intakeContext = await browser.newContext({ viewport: desktop, locale: "de-DE" });
    const intake = await intakeContext.newPage();
    await signIn(intake, system.baseUrl, `/staff/intake?service=${PSZ_SERVICE_ID}`, "intake.psz");
    const line = intake.locator(`li[data-referral-id="${referralId}"]`);
    await line.locator(".ageing").first().waitFor();
    expect(await line.textContent()).toMatch(/noch \d+ Arbeitstage?|heute fällig/);
    expect(await seriousA11yViolations(intake)).toEqual([]);
    await saveScreenshots(intake, "13-intake-inbox");
    await line.getByRole("link").click();

    await intake
      .getByTestId("referral-status")
      .filter({ hasText: staffDe.referralStatus.received })
      .waitFor();
    const released = (await intake.getByTestId("released-data").textContent()) ?? "";
    expect(released).toContain("أمينة");
    expect(released).toContain("+4915123456789");
    expect(await intake.locator("main").textContent()).not.toContain("MBE-WS-4711"); // the referrer's own reference
    await intake.getByRole("button", { name: staffDe.intakeReferral.accept }).click();
    await intake
      .getByTestId("referral-status")
      .filter({ hasText: staffDe.referralStatus.accepted })
      .waitFor();
    await intake.locator(".button-slot").first().click();
    const bookedHere = intake.getByTestId("booked-appointment");
    await bookedHere.waitFor();
    const appointmentId = (await bookedHere.getAttribute("data-appointment-id")) ?? "";
    const startsAt = (await bookedHere.getAttribute("data-starts-at")) ?? "";
    await intake
      .getByTestId("referral-status")
      .filter({ hasText: staffDe.referralStatus.scheduled })
      .waitFor();
    await saveScreenshots(intake, "14-intake-referral");

    // The client is told in Arabic, and the text does not name the psychosocial centre.
    const texts = await waitForTexts(system.notifyUrl, booked.phoneE164, 4);
    expect(texts[3]?.language).toBe("ar");
    expect(texts[3]?.body).not.toMatch(/PSZ|psycho/i);

    // Reception in Halle checks the client in.
    const receptionContext = await browser.newContext({ viewport: desktop, locale: "de-DE" });
    const reception = await receptionContext.newPage();
    await signIn(reception, system.baseUrl, "/staff/reception", "rezeption.halle");
    await reception.getByLabel(de.reception.date).fill(berlinDate(startsAt));
    const row = reception.locator(`tr[data-appointment-id="${appointmentId}"]`);
    await row.getByRole("button", { name: new RegExp(`^${de.reception.checkIn}`) }).click();
    await row.locator(".status-badge").filter({ hasText: de.reception.status.checked_in }).waitFor();
    await reception
      .getByRole("heading", { name: staffDe.messagePanels.failedHeading, exact: true })
      .waitFor();
    await reception
      .getByRole("heading", { name: staffDe.messagePanels.callbackHeading, exact: true })
      .waitFor();
    expect(await seriousA11yViolations(reception)).toEqual([]);

    // The referral follows booking's events on its own: the counsellor's timeline page shows it.
    await amira.getByTestId("referral-status").filter({ hasText: staffDe.referralStatus.attended }).waitFor({
      timeout: 30_000,
    });
    const history = (await amira.locator(".timeline").textContent()) ?? "";
    for (const status of ["sent", "received", "accepted", "scheduled", "attended"] as const) {
      expect(history).toContain(staffDe.referralStatus[status]);
    }
    expect(await amira.locator("main").textContent()).not.toMatch(/أمينة|\+4915123456789/);
    expect(await seriousA11yViolations(amira)).toEqual([]);
    await saveScreenshots(amira, "15-referral-timeline");
    await Promise.all([counsellor.close(), intakeContext.close(), receptionContext.close()]);
  }, 90_000);

  it("an admin edits the directory: problems stand next to their fields in German, booking's own are translated, a good save goes through", async () => {
    const context = await browser.newContext({ viewport: desktop, locale: "de-DE" });
    const page = await context.newPage();
    await openDirectoryEditor(page, system.baseUrl, "admin.saale-elbe");
    const psz = page.locator(`fieldset[data-entry-id="${PSZ_SERVICE_ID}"]`);
    const duration = psz.getByLabel(staffDe.admin.duration, { exact: true });
    const seats = psz.getByLabel(staffDe.admin.groupCapacity, { exact: true });
    const original = await duration.inputValue();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshots(page, "16-admin-directory");

    // The form's own check: nothing is sent, the message stands at the field, what was typed stays.
    await duration.fill("47");
    await page.getByRole("button", { name: staffDe.admin.save }).click();
    const minutesRule = staffDe.admin.rules.minutes.replace("{{min}}", "5").replace("{{max}}", "480");
    await psz.getByText(minutesRule).waitFor();
    expect(await duration.getAttribute("aria-invalid")).toBe("true");
    expect(await duration.inputValue()).toBe("47");
    await page
      .getByTestId("save-problems")
      .getByRole("button", { name: new RegExp(minutesRule) })
      .click();
    expect(await duration.evaluate((input) => input === document.activeElement)).toBe(true);

    // Booking's own check (no room for a group of 20 in Halle): translated, on the entry and in the list.
    await duration.fill(original);
    await seats.fill("20");
    await page.getByRole("button", { name: staffDe.admin.save }).click();
    const noRoom = staffDe.admin.serverProblems.noRoomForService.replace("{{seats}}", "21");
    await psz.getByText(noRoom).waitFor();
    await page.getByTestId("save-problems").getByText(noRoom).waitFor();
    expect(await seats.inputValue()).toBe("20");

    await seats.fill("");
    await saveDirectory(page);
    await context.close();
  }, 60_000);

  it("a waitlist offer link that is not (or no longer) valid says so in the client's language", async () => {
    const page = clientPage;
    await page.goto(`${system.baseUrl}/offer/wl-unknown#${"x".repeat(43)}`);
    await page.getByRole("heading", { name: ar.offer.heading }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: ar.offer.take }).click();
    await page.getByRole("alert").filter({ hasText: ar.errors.offer_link_invalid }).waitFor();
  }, 30_000);
});
