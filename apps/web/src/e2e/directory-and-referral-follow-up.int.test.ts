import type { Browser } from "playwright-core";
import { de } from "../i18n/locales/de";
import { staffDe } from "../i18n/locales/staff/de";
import { seriousA11yViolations } from "./support/axe-check";
import { launchChromium } from "./support/browser";
import { isFocused, widerThanScreen } from "./support/page-checks";
import { desktop, phone, saveScreenshots } from "./support/screenshots";
import { openDirectoryEditor, reloadDirectoryEditor, saveDirectory } from "./support/directory-editor";
import { berlinDate, callTrpc, staffToken } from "./support/service-calls";
import { signIn } from "./support/staff-sign-in";
import { startWebSystem, type WebSystem } from "./support/web-system";

const PSZ_SERVICE_ID = "svc-saale-elbe-psz";
const PSZ_LOCATION_ID = "loc-halle-sued";
const NEW_SERVICE_ID = "svc-saale-elbe-ankommen";
const DILAN = "cns-saale-elbe-dilan";
const NEW_LOCATION_ID = "loc-halle-nord";

/**
 * What staff do after the first steps, in headless Chromium against the real services:
 * an admin adds a service and an absence; a counsellor refers a client to any PSZ of a
 * Land, intake keeps a note and closes the referral with an outcome; a counsellor records
 * that a client took back their consent, and the data is gone at the receiving side too.
 */
describe("directory editing and referral follow-up in a real browser", () => {
  let system: WebSystem;
  let browser: Browser;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startWebSystem("web-e2e-follow-up"), launchChromium()]);
  }, 90_000);

  afterAll(async () => {
    await browser.close();
    await system.stop();
  }, 30_000);

  it("an admin on a phone adds a service with a description and an absence for a counsellor; both are there after a reload, and clients can choose the service", async () => {
    const context = await browser.newContext({ viewport: phone, locale: "de-DE" });
    const page = await context.newPage();
    await openDirectoryEditor(page, system.baseUrl, "admin.saale-elbe");

    const add = page.getByTestId("add-service");
    await add.getByLabel(staffDe.admin.kindOfNew, { exact: true }).selectOption("integration_offers");
    const newId = add.getByLabel(staffDe.admin.serviceId, { exact: true });
    await newId.fill("Ankommen");
    await add.getByRole("button", { name: staffDe.admin.addService }).click();
    await add.getByText(staffDe.admin.idInvalid.replace("{{prefix}}", "svc")).waitFor();
    await newId.fill(NEW_SERVICE_ID);
    // Enter adds the entry; it does not save the directory.
    await newId.press("Enter");
    const service = page.locator(`fieldset[data-entry-id="${NEW_SERVICE_ID}"]`);
    await service.waitFor();
    expect(await service.locator('[name="name.de"]').inputValue()).toBe(
      staffDe.serviceKinds.integration_offers,
    );

    // Saving without a description: the form names the missing texts, in German, and sends nothing.
    await page.getByRole("button", { name: staffDe.admin.save }).click();
    const descriptionDe = service.locator('[name="description.de"]');
    await page.getByTestId("save-problems").waitFor();
    expect(await descriptionDe.getAttribute("aria-invalid")).toBe("true");
    expect(await service.locator(".field-error").first().textContent()).toBe(staffDe.admin.rules.required);
    await page
      .getByTestId("save-problems")
      .getByRole("button", { name: new RegExp(`${staffDe.admin.fieldNames.description} \\(Deutsch\\)`) })
      .click();
    expect(await isFocused(page, `fieldset[data-entry-id="${NEW_SERVICE_ID}"] [name="description.de"]`)).toBe(
      true,
    );

    const description =
      "Wir helfen beim Ankommen: Sprachkurs, Sportverein, Nachbarschaft. Die Beratung ist kostenlos.";
    await descriptionDe.fill(description);
    await service
      .locator('[name="description.en"]')
      .fill("We help you settle in: language course, sports club, neighbours.");
    // Arabic is behind "more languages", typed right to left.
    await service.locator("details.more-languages").nth(1).locator("summary").click();
    const descriptionAr = service.locator('[name="description.ar"]');
    await descriptionAr.fill("نساعدك على الاستقرار: دورة لغة، نادٍ رياضي، جيران.");
    expect(await descriptionAr.getAttribute("dir")).toBe("rtl");

    // Dilan offers it in Halle (so it can be booked), and is away one day in two months.
    const dilan = page.locator(`fieldset[data-entry-id="${DILAN}"]`);
    await dilan.getByLabel(staffDe.serviceKinds.integration_offers, { exact: true }).check();
    await dilan.getByRole("button", { name: staffDe.admin.addAbsence }).click();
    const awayDay = berlinDate(new Date(Date.now() + 60 * 86_400_000).toISOString());
    const absenceIndex = (await dilan.getByTestId("absence").count()) - 1;
    await dilan.locator(`[name="absences.${absenceIndex}.start"]`).fill(`${awayDay}T08:00`);
    await dilan.locator(`[name="absences.${absenceIndex}.end"]`).fill(`${awayDay}T18:00`);

    expect(await page.getByTestId("save-problems").count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await widerThanScreen(page)).toEqual([]);
    await saveDirectory(page);

    await reloadDirectoryEditor(page);
    const stored = page.locator(`fieldset[data-entry-id="${NEW_SERVICE_ID}"]`);
    expect(await stored.locator('[name="description.de"]').inputValue()).toBe(description);
    expect(await stored.locator("details.more-languages").nth(1).locator("summary").textContent()).toContain(
      "1",
    );
    const storedDilan = page.locator(`fieldset[data-entry-id="${DILAN}"]`);
    expect(
      await storedDilan.getByLabel(staffDe.serviceKinds.integration_offers, { exact: true }).isChecked(),
    ).toBe(true);
    expect(await storedDilan.locator(`[name="absences.${absenceIndex}.start"]`).inputValue()).toBe(
      `${awayDay}T08:00`,
    );
    expect(await storedDilan.locator(`[name="absences.${absenceIndex}.end"]`).inputValue()).toBe(
      `${awayDay}T18:00`,
    );
    await saveScreenshots(page, "17-admin-service-and-absence", `[data-entry-id="${NEW_SERVICE_ID}"]`);
    await context.close();

    // A client finds the new service in plain words, and can go on to choose the office.
    const client = await browser.newContext({ viewport: phone, locale: "de-DE" });
    const booking = await client.newPage();
    await booking.goto(`${system.baseUrl}/`);
    await booking.getByRole("button", { name: "Deutsch" }).click();
    await booking.getByRole("heading", { name: de.service.heading }).waitFor();
    const card = booking.locator(`article[data-service-id="${NEW_SERVICE_ID}"]`);
    await card.getByText(description).waitFor();
    await card.getByRole("button", { name: de.service.chooseShort }).click();
    await booking.getByRole("heading", { name: de.place.heading }).waitFor();
    await booking.locator(`input[name="location"][value="${PSZ_LOCATION_ID}"]`).waitFor();
    await client.close();
  }, 90_000);

  it("an admin adds an office with its address and access notes, and removes it again; both stick after a reload", async () => {
    const context = await browser.newContext({ viewport: desktop, locale: "de-DE" });
    const page = await context.newPage();
    await openDirectoryEditor(page, system.baseUrl, "admin.saale-elbe");

    const add = page.getByTestId("add-location");
    const newId = add.getByLabel(staffDe.admin.locationId, { exact: true });
    await newId.fill(NEW_LOCATION_ID);
    await add.getByRole("button", { name: staffDe.admin.addLocation }).click();
    const office = page.locator(`fieldset[data-entry-id="${NEW_LOCATION_ID}"]`);
    await office.waitFor();
    // A new office starts in the organisation's Land (Saxony-Anhalt: its holidays).
    expect(await office.locator('[name="federalState"]').inputValue()).toBe("DE-ST");
    await office.getByLabel(staffDe.admin.locationName, { exact: true }).fill("Beratung Halle-Nord");
    await office.locator('[name="address.street"]').fill("Reilstraße 12");
    await office.locator('[name="address.postalCode"]').fill("06114");
    await office.locator('[name="address.city"]').fill("Halle (Saale)");
    await office.locator('[name="accessibilityNotes.de"]').fill("Eingang ebenerdig, Aufzug im Hof.");
    await office.locator('[name="accessibilityNotes.en"]').fill("Step-free entrance, lift in the yard.");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveDirectory(page);

    await reloadDirectoryEditor(page);
    const stored = page.locator(`fieldset[data-entry-id="${NEW_LOCATION_ID}"]`);
    expect(await stored.locator('[name="address.street"]').inputValue()).toBe("Reilstraße 12");
    await stored
      .getByRole("button", {
        name: staffDe.admin.removeLocation.replace("{{name}}", "Beratung Halle-Nord"),
      })
      .click();
    await page.locator(`fieldset[data-entry-id="${NEW_LOCATION_ID}"]`).waitFor({ state: "detached" });
    await saveDirectory(page);
    await reloadDirectoryEditor(page);
    // The heading comes before the directory: wait for the offices that stay, then look.
    await page.locator(`fieldset[data-entry-id="${PSZ_LOCATION_ID}"]`).waitFor();
    expect(await page.locator(`fieldset[data-entry-id="${NEW_LOCATION_ID}"]`).count()).toBe(0);
    await context.close();
  }, 90_000);

  it("a counsellor refers a client to any PSZ in Saxony-Anhalt; intake of the PSZ accepts, keeps a note and closes the referral; the counsellor sees the outcome", async () => {
    const counsellor = await browser.newContext({ viewport: desktop, locale: "de-DE" });
    const amira = await counsellor.newPage();
    await signIn(amira, system.baseUrl, "/staff/referrals/new", "amira");
    await amira.getByRole("heading", { name: staffDe.referralForm.heading, exact: true }).waitFor();
    await amira.getByLabel(staffDe.referralForm.clientReference, { exact: true }).fill("MBE-WS-4712");
    await amira.getByLabel(staffDe.referralForm.toKind, { exact: true }).selectOption("psychosocial_centre");
    await amira.getByLabel(staffDe.referralForm.scopes.region, { exact: true }).check();
    await amira
      .getByLabel(staffDe.referralForm.reasonCode, { exact: true })
      .selectOption("psychological_support");
    // The Land is missing: named and focused.
    await amira.getByRole("button", { name: staffDe.referralForm.next }).click();
    await amira.getByText(staffDe.referralForm.errors.toFederalStateMissing).waitFor();
    expect(await isFocused(amira, '[name="toFederalState"]')).toBe(true);
    await amira.getByLabel(staffDe.referralForm.federalState, { exact: true }).selectOption("DE-ST");
    await amira.getByLabel(staffDe.referralForm.nearPostalCodeLabel, { exact: true }).fill("06110");
    expect(await seriousA11yViolations(amira)).toEqual([]);
    await saveScreenshots(amira, "18-region-referral", "fieldset.field-group");
    await amira.getByRole("button", { name: staffDe.referralForm.next }).click();

    await amira.getByRole("heading", { name: staffDe.consentForm.heading, exact: true }).waitFor();
    await amira.getByLabel(staffDe.consentForm.categories.contact.label, { exact: true }).check();
    await amira.getByLabel(staffDe.consentForm.contactName, { exact: true }).fill("Farid");
    await amira.getByLabel(staffDe.consentForm.contactPhone, { exact: true }).fill("0151 98765432");
    await amira.getByRole("button", { name: staffDe.consentForm.next }).click();
    await amira.getByRole("heading", { name: staffDe.sendStep.heading, exact: true }).waitFor();
    await amira.getByText(/Sachsen-Anhalt/).waitFor();
    await amira.getByRole("button", { name: staffDe.sendStep.send }).click();
    await amira.getByTestId("referral-status").filter({ hasText: staffDe.referralStatus.sent }).waitFor();
    expect(await amira.getByTestId("region-recipient").textContent()).toContain("Sachsen-Anhalt");
    const referralId = new URL(amira.url()).pathname.split("/").pop() ?? "";

    // Intake of the PSZ in Halle: the region-wide referral is in their inbox.
    const intakeContext = await browser.newContext({ viewport: desktop, locale: "de-DE" });
    const intake = await intakeContext.newPage();
    await signIn(intake, system.baseUrl, `/staff/intake?service=${PSZ_SERVICE_ID}`, "intake.psz");
    await intake.locator(`li[data-referral-id="${referralId}"]`).getByRole("link").click();
    await intake
      .getByTestId("referral-status")
      .filter({ hasText: staffDe.referralStatus.received })
      .waitFor();
    await intake.getByRole("button", { name: staffDe.intakeReferral.accept }).click();
    await intake
      .getByTestId("referral-status")
      .filter({ hasText: staffDe.referralStatus.accepted })
      .waitFor();

    // An empty note is refused at the field; a written one is kept and listed.
    const addNote = intake.getByRole("button", { name: staffDe.intakeReferral.addNote });
    await addNote.click();
    await intake.getByText(staffDe.intakeReferral.noteMissing).waitFor();
    expect(await isFocused(intake, '[name="note"]')).toBe(true);
    const note = "Erstgespräch am Telefon: möchte lieber vormittags kommen.";
    await intake.locator('[name="note"]').fill(note);
    await addNote.click();
    await intake.getByTestId("receiver-notes").getByText(note).waitFor();
    expect(await intake.locator('[name="note"]').inputValue()).toBe("");
    expect(await seriousA11yViolations(intake)).toEqual([]);
    await saveScreenshots(intake, "19-intake-notes-and-close", 'section:has([data-testid="receiver-notes"])');

    await intake.getByLabel(staffDe.intakeReferral.outcome, { exact: true }).selectOption("referred_onward");
    await intake.getByRole("button", { name: staffDe.intakeReferral.close, exact: true }).click();
    await intake.getByTestId("referral-status").filter({ hasText: staffDe.referralStatus.closed }).waitFor();
    // The note stays with the receiving service; the referrer never sees it.
    await intake.getByTestId("receiver-notes").getByText(note).waitFor();

    await amira.getByTestId("referral-status").filter({ hasText: staffDe.referralStatus.closed }).waitFor({
      timeout: 30_000,
    });
    await amira.getByText(staffDe.outcomes.referred_onward).waitFor();
    expect(await amira.locator("main").textContent()).not.toContain(note);
    await Promise.all([counsellor.close(), intakeContext.close()]);
  }, 90_000);

  it("a counsellor records that the client took back consent: a confirmation says what will be erased, then the receiving side has no data any more", async () => {
    const amiraToken = await staffToken(system.bookingUrl, "amira");
    const { referralId } = await callTrpc<{ referralId: string }>(
      system.referralUrl,
      "counsellor.createDraft",
      {
        clientReference: "MBE-WS-4713",
        fromService: { serviceId: "svc-westsachsen-mbe", serviceKind: "adult_migration_counselling" },
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
        communication: { language: "fa", interpreterNeeded: true },
        sharedData: {
          contact: { name: "Parisa", phone: "+4915111122233", note: null },
          language: { dialect: "Dari", furtherLanguages: [] },
        },
      },
      "POST",
      amiraToken,
    );
    await callTrpc(
      system.referralUrl,
      "counsellor.recordConsent",
      {
        referralId,
        consent: {
          dataCategories: ["contact", "language"],
          purpose: "Überweisung an das PSZ und erster Termin",
          givenHow: "signed_form",
          witnessedBy: null,
          givenAt: new Date(Date.now() - 60_000).toISOString(),
          expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
        },
      },
      "POST",
      amiraToken,
    );
    await callTrpc(system.referralUrl, "counsellor.send", { referralId }, "POST", amiraToken);

    const context = await browser.newContext({ viewport: phone, locale: "de-DE" });
    const page = await context.newPage();
    await signIn(page, system.baseUrl, `/staff/referrals/${referralId}`, "amira");
    await page.getByTestId("referral-status").filter({ hasText: staffDe.referralStatus.sent }).waitFor();
    await page.getByRole("button", { name: staffDe.revokeConsent.open }).click();
    await page.getByLabel(staffDe.consentForm.categories.contact.label, { exact: true }).waitFor();
    // Nothing chosen: said at the list, and nothing happens.
    await page.getByLabel(staffDe.consentForm.categories.contact.label, { exact: true }).uncheck();
    await page.getByLabel(staffDe.consentForm.categories.language.label, { exact: true }).uncheck();
    await page.getByRole("button", { name: staffDe.revokeConsent.next, exact: true }).click();
    await page.getByText(staffDe.revokeConsent.noneChosen).waitFor();
    await page.getByLabel(staffDe.consentForm.categories.contact.label, { exact: true }).check();
    await page.getByLabel(staffDe.consentForm.categories.language.label, { exact: true }).check();
    await page.getByRole("button", { name: staffDe.revokeConsent.next, exact: true }).click();

    const confirmation = page.getByTestId("revoke-confirmation");
    await confirmation.getByRole("heading", { name: staffDe.revokeConsent.confirmHeading }).waitFor();
    expect(await isFocused(page, '[data-testid="revoke-confirmation"] h2')).toBe(true);
    const said = (await confirmation.textContent()) ?? "";
    expect(said).toContain(staffDe.consentForm.categories.contact.label);
    expect(said).toContain(staffDe.revokeConsent.othersTold);
    expect(said).toContain(staffDe.revokeConsent.endsReferral);
    expect(said).toContain(staffDe.revokeConsent.final);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await widerThanScreen(page)).toEqual([]);
    await saveScreenshots(page, "20-revoke-consent", ".revoke-consent");
    await confirmation.getByRole("button", { name: staffDe.revokeConsent.confirm }).click();

    await page.getByRole("status").filter({ hasText: staffDe.revokeConsent.done }).waitFor();
    await page.getByTestId("referral-status").filter({ hasText: staffDe.referralStatus.cancelled }).waitFor();
    await page.getByText(new RegExp(staffDe.timeline.consentRevoked)).waitFor();
    await context.close();

    // The receiving service's view of the referral holds none of the revoked data.
    const intakeToken = await staffToken(system.bookingUrl, "intake.psz");
    const view = await callTrpc<{ sharedData: Record<string, unknown>; status: string }>(
      system.referralUrl,
      "intake.open",
      { referralId },
      "POST",
      intakeToken,
    );
    expect(view.status).toBe("cancelled");
    expect(view.sharedData).toEqual({});
  }, 60_000);
});
