import { randomUUID } from "node:crypto";
import { ReferralSentV1, type SealedSharedClientData } from "@counselling/contracts";
import type { StaffPrincipal } from "@counselling/platform";
import { waitFor } from "@counselling/testkit";
import { ReferralCollections } from "./referral-parts";
import { FixedServiceDirectory } from "./testing/fixed-service-directory";
import {
  appointmentEventsFor,
  eventsOf,
  type ReferralHarness,
  useReferralService,
  waitForEventTypes,
} from "./testing/referral-test-kit";

// Tuesday 17 November 2026; Wednesday 18 is Buß- und Bettag, a public holiday in Saxony only.
const tuesday = "2026-11-17T09:00:00Z";

const counsellor: StaffPrincipal = {
  staffId: "counsellor-mbe-01",
  role: "counsellor",
  organisationId: "organisation-halle",
  locationIds: [],
};
const intake: StaffPrincipal = {
  staffId: "intake-psz-01",
  role: "intake",
  organisationId: "organisation-psz",
  locationIds: ["location-psz-leipzig"],
};
const otherIntake: StaffPrincipal = {
  ...intake,
  staffId: "intake-elsewhere",
  organisationId: "organisation-other",
  locationIds: [],
};

function aDraftInput(overrides: Record<string, unknown> = {}) {
  return {
    clientReference: "MBE-2026-0815",
    fromService: { serviceId: "service-mbe-halle", serviceKind: "adult_migration_counselling" },
    to: {
      scope: "organisation",
      serviceKind: "psychosocial_centre",
      organisationId: "organisation-psz",
      locationId: "location-psz-leipzig",
      serviceId: null,
      federalState: "DE-SN",
    },
    urgency: "soon",
    reasonCode: "psychological_support",
    communication: { language: "ar", interpreterNeeded: true },
    sharedData: {
      contact: { name: "Amal", phone: "+4915112345678", note: "nur vormittags" },
      language: { dialect: "Syrisch-Arabisch", furtherLanguages: ["en"] },
      health_notes: { text: "Schlafstörungen seit der Flucht" },
      referral_reason: { text: "Albträume, Rückzug" },
    },
    ...overrides,
  };
}

const consent = {
  dataCategories: ["contact", "language"],
  purpose: "Vermittlung an das PSZ und Terminabsprache",
  givenHow: "verbal_documented",
  witnessedBy: "Frau K., Sprachmittlerin",
  givenAt: "2026-11-17T08:30:00Z",
  expiresAt: "2027-05-17T08:30:00Z",
};

/**
 * Booking's directory as this suite sees it (booking does not run here): the PSZ in
 * Leipzig answers referrals within two working days; the configured default (10) is only
 * for region-wide referrals.
 */
const directory = new FixedServiceDirectory([
  {
    serviceId: "service-psz-leipzig",
    kind: "psychosocial_centre",
    organisationId: "organisation-psz",
    locationIds: ["location-psz-leipzig"],
    acceptWithinWorkingDays: 2,
  },
]);

/** A referral's events up to its first appointment, in order: what every closed loop starts with. */
const untilScheduled = ["referral.sent", "referral.received", "referral.accepted", "referral.scheduled"];

describe("referral service on the real broker and database", () => {
  const suite = useReferralService("referral", tuesday, {}, { serviceDirectory: directory });
  let tokens: { counsellor: string; intake: string; otherIntake: string };

  beforeAll(async () => {
    const h = suite();
    tokens = {
      counsellor: await h.tokenFor(counsellor),
      intake: await h.tokenFor(intake),
      otherIntake: await h.tokenFor(otherIntake),
    };
  });

  beforeEach(() => {
    suite().setNow(tuesday);
    directory.unavailable = false;
  });

  async function sentReferral(h: ReferralHarness, overrides: Record<string, unknown> = {}): Promise<string> {
    const created = await h.call("counsellor.createDraft", tokens.counsellor, aDraftInput(overrides));
    expect(created.status).toBe(200);
    const { referralId } = created.data as { referralId: string };
    expect(
      (await h.call("counsellor.recordConsent", tokens.counsellor, { referralId, consent })).status,
    ).toBe(200);
    expect((await h.call("counsellor.send", tokens.counsellor, { referralId })).status).toBe(200);
    return referralId;
  }

  const rawReferral = (h: ReferralHarness, referralId: string) =>
    h.db.collection(ReferralCollections.referrals).findOne({ _id: referralId as never });

  it("refuses to send without consent, with a stable code, and changes nothing", async () => {
    const h = suite();
    const { data } = await h.call("counsellor.createDraft", tokens.counsellor, aDraftInput());
    const { referralId } = data as { referralId: string };
    const refused = await h.call("counsellor.send", tokens.counsellor, { referralId });
    expect(refused.status).toBe(412);
    expect(refused.error?.data).toMatchObject({ appCode: "PRECONDITION_FAILED", reason: "consent_missing" });
    expect(await rawReferral(h, referralId)).toMatchObject({
      status: "draft",
      revision: 0,
      outboxPending: 0,
    });
  });

  it("carries only consented categories: in the sent event and in the stored document", async () => {
    const h = suite();
    const { data } = await h.call("counsellor.createDraft", tokens.counsellor, aDraftInput());
    const { referralId } = data as { referralId: string };
    await h.call("counsellor.recordConsent", tokens.counsellor, { referralId, consent });
    const sent = await h.call("counsellor.send", tokens.counsellor, { referralId });
    expect(sent.data).toMatchObject({
      status: "sent",
      acceptBy: "2026-11-20T23:00:00.000Z", // two working days in Saxony, skipping Buß- und Bettag
      withheldCategories: ["referral_reason", "health_notes"],
    });

    const [event] = await waitForEventTypes(h, referralId, ["referral.sent"]);
    expect(ReferralSentV1.envelope.safeParse(event).success).toBe(true);
    const stored = await rawReferral(h, referralId);
    for (const text of [JSON.stringify(event), JSON.stringify(stored)]) {
      expect(text).not.toMatch(/Schlafstörungen|Albträume|Amal|\+4915112345678|nur vormittags|MBE-2026-0815/);
      expect(text).not.toContain('health_notes":{');
    }
    // Sealed with the referral's own key: only the released categories are inside.
    const sealed = (stored as unknown as { sharedData: SealedSharedClientData }).sharedData;
    expect(sealed).toMatchObject({ clientId: `client-${referralId}`, categories: ["contact", "language"] });
    expect((event?.data as { sharedData: unknown }).sharedData).toEqual(sealed);
    const opened = JSON.parse(await h.protection.vault.decrypt(sealed.clientId, sealed.sealed)) as object;
    expect(Object.keys(opened).sort()).toEqual(["contact", "language"]);
    expect(opened).toMatchObject({ contact: { name: "Amal", phone: "+4915112345678" } });
    expect(stored).toMatchObject({ phoneIndex: h.protection.phoneIndex.of("+4915112345678") });
  });

  it("closes the loop from appointment events, applies duplicates once, and audits every read of personal data", async () => {
    const h = suite();
    const referralId = await sentReferral(h);
    h.setNow("2026-11-19T08:00:00Z");
    const opened = await h.call("intake.open", tokens.intake, { referralId });
    expect(opened.status).toBe(200);
    expect(opened.data).toMatchObject({
      status: "received",
      sharedData: { contact: { name: "Amal" } },
      personalDataErased: false,
    });
    const accessesBy = async (staffId: string) =>
      (
        await h.db
          .collection(ReferralCollections.personalDataAccessLog)
          .find({ "record.recordIds": referralId, "record.staffId": staffId })
          .sort({ _id: 1 })
          .toArray()
      ).map((entry) => entry.record as unknown);
    expect(await accessesBy(intake.staffId)).toEqual([
      expect.objectContaining({
        staffId: "intake-psz-01",
        role: "intake",
        organisationId: "organisation-psz",
        action: "read",
        procedure: "intake.open",
        clientIds: [`client-${referralId}`],
        fields: ["contact", "language"],
      }),
    ]);
    expect(
      (await h.call("intake.accept", tokens.intake, { referralId, serviceId: "service-psz-leipzig" })).data,
    ).toEqual({ status: "accepted", hold: null });

    const appointment = appointmentEventsFor(referralId);
    // Redeliveries (same envelope id), a republished fact under a new envelope id, then the
    // check-in behind them on the same partition (same appointment key).
    const republished = { ...appointment.booked, id: randomUUID() };
    await h.produceAppointmentEvents([appointment.booked, appointment.booked, republished]);
    await h.produceAppointmentEvents([appointment.checkedIn, appointment.checkedIn]);
    await waitForEventTypes(h, referralId, [...untilScheduled, "referral.attended"]);
    expect(
      (await h.call("intake.close", tokens.intake, { referralId, outcome: "service_provided" })).data,
    ).toEqual({
      status: "closed",
    });
    const events = await waitForEventTypes(h, referralId, [
      ...untilScheduled,
      "referral.attended",
      "referral.closed",
    ]);
    expect(events[3]).toMatchObject({
      causationId: appointment.booked.id,
      data: { appointmentId: appointment.appointmentId, startsAt: "2026-11-26T09:00:00Z" },
    });

    const timeline = await h.call("counsellor.timeline", tokens.counsellor, { referralId }, "query");
    expect(timeline.data).toMatchObject({ status: "closed", outcome: "service_provided" });
    const steps = (timeline.data as { timeline: { to: string }[] }).timeline.map((entry) => entry.to);
    expect(steps).toEqual(["sent", "received", "accepted", "scheduled", "attended", "closed"]);

    const list = await h.call("counsellor.myReferrals", tokens.counsellor, undefined, "query");
    expect(list.data).toContainEqual(
      expect.objectContaining({ referralId, clientReference: "MBE-2026-0815", personalDataErased: false }),
    );
    // The counsellor's changes (draft, consent, send) and the list read, each recorded before it happened.
    expect(
      (
        (await accessesBy(counsellor.staffId)) as Array<{
          action: string;
          procedure: string;
          fields: string[];
        }>
      ).map(({ action, procedure, fields }) => ({ action, procedure, fields })),
    ).toEqual([
      {
        action: "change",
        procedure: "counsellor.createDraft",
        fields: ["client_reference", "contact", "language", "referral_reason", "health_notes"],
      },
      { action: "change", procedure: "counsellor.recordConsent", fields: ["consent"] },
      {
        action: "change",
        procedure: "counsellor.send",
        fields: ["contact", "language", "referral_reason", "health_notes"],
      },
      { action: "read", procedure: "counsellor.myReferrals", fields: ["client_reference"] },
    ]);
  });

  it("follows an appointment booked and checked in before acceptance, a check-in corrected to a no-show, and goes back to accepted on a cancelled one", async () => {
    const h = suite();
    const early = await sentReferral(h);
    await h.call("intake.open", tokens.intake, { referralId: early });
    const first = appointmentEventsFor(early);
    await h.produceAppointmentEvents([first.booked, first.checkedIn]);
    // The referral only remembers the appointment while it is not accepted; wait until it has.
    await waitFor(
      () => rawReferral(h, early),
      (doc) => (doc as { appointment?: { status: string } } | null)?.appointment?.status === "checked_in",
      { what: "the early appointment remembered" },
    );
    expect((await rawReferral(h, early))?.status).toBe("received");
    await h.call("intake.accept", tokens.intake, { referralId: early, serviceId: "service-psz-leipzig" });
    await waitForEventTypes(h, early, [...untilScheduled, "referral.attended"]);
    // Reception corrects the check-in to a no-show (booking allows it): the referral follows.
    await h.produceAppointmentEvents([first.noShow]);
    await waitForEventTypes(h, early, [...untilScheduled, "referral.attended", "referral.not_attended"]);
    expect((await rawReferral(h, early))?.status).toBe("not_attended");

    const moved = await sentReferral(h);
    await h.call("intake.open", tokens.intake, { referralId: moved });
    await h.call("intake.accept", tokens.intake, { referralId: moved, serviceId: "service-psz-leipzig" });
    const appointment = appointmentEventsFor(moved);
    await h.produceAppointmentEvents([appointment.booked, appointment.cancelled]);
    await waitFor(
      () => h.call("counsellor.timeline", tokens.counsellor, { referralId: moved }, "query"),
      (reply) => (reply.data as { timeline: unknown[] }).timeline.length === 5,
      { what: "scheduled, then back to accepted" },
    ).then((reply) => {
      expect(
        (reply.data as { timeline: { to: string }[] }).timeline.map((entry) => entry.to).slice(-2),
      ).toEqual(["scheduled", "accepted"]);
    });
    const [unscheduled] = (
      await waitForEventTypes(h, moved, [...untilScheduled, "referral.unscheduled"])
    ).slice(-1);
    expect(unscheduled?.data).toMatchObject({
      appointmentId: appointment.appointmentId,
      reason: "client_request",
    });
  });

  it("erases the receiving side's personal data on revocation, and keeps the referrer out of the receiver's notes", async () => {
    const h = suite();
    const referralId = await sentReferral(h);
    await h.call("intake.open", tokens.intake, { referralId });
    await h.call("intake.accept", tokens.intake, { referralId, serviceId: "service-psz-leipzig" });
    await h.call("intake.addNote", tokens.intake, {
      referralId,
      text: "Verdacht auf PTBS, Erstgespräch mit Dolmetscherin",
    });

    const asReferrer = await h.call("intake.open", tokens.counsellor, { referralId });
    expect(asReferrer.status).toBe(403);
    expect(asReferrer.error?.data).toMatchObject({ appCode: "FORBIDDEN", reason: "role_not_allowed" });
    expect((await h.call("intake.open", tokens.otherIntake, { referralId })).status).toBe(403);
    const timeline = await h.call("counsellor.timeline", tokens.counsellor, { referralId }, "query");
    expect(JSON.stringify(timeline.data)).not.toMatch(/PTBS|Amal/);
    expect((await h.call("counsellor.timeline", tokens.intake, { referralId }, "query")).status).toBe(403);

    const revoked = await h.call("counsellor.revokeConsent", tokens.counsellor, {
      referralId,
      categories: "all",
    });
    expect(revoked.data).toEqual({ status: "accepted", appointmentKept: null });
    // Events already decided stay in the outbox until relayed; once out, the document holds no personal data.
    const stored = await waitFor(
      () => rawReferral(h, referralId),
      (doc) => doc?.outboxPending === 0,
      { what: "the outbox relayed" },
    );
    expect(stored).toMatchObject({ sharedData: { categories: [] }, receiverNotes: [] });
    const remaining = (stored as unknown as { sharedData: SealedSharedClientData }).sharedData;
    expect(await h.protection.vault.decrypt(remaining.clientId, remaining.sealed)).toBe("{}");
    expect(JSON.stringify(stored)).not.toMatch(/Amal|PTBS|\+4915112345678|Syrisch/);
    const view = await h.call("intake.open", tokens.intake, { referralId });
    expect(view.data).toMatchObject({
      status: "accepted",
      sharedData: {},
      notes: [],
      personalDataErased: false,
    });
    const [revokedEvent] = (
      await waitForEventTypes(h, referralId, [
        "referral.sent",
        "referral.received",
        "referral.accepted",
        "referral.consent_revoked",
      ])
    ).slice(-1);
    expect(revokedEvent?.data).toMatchObject({ revokedDataCategories: ["contact", "language"] });
  });

  it("keeps the appointment made for the referral after a revocation of contact, and names it in the reply", async () => {
    const h = suite();
    const referralId = await sentReferral(h);
    await h.call("intake.open", tokens.intake, { referralId });
    await h.call("intake.accept", tokens.intake, { referralId, serviceId: "service-psz-leipzig" });
    const appointment = appointmentEventsFor(referralId);
    await h.produceAppointmentEvents([appointment.booked]);
    await waitForEventTypes(h, referralId, untilScheduled);

    const onlyLanguage = await h.call("intake.revokeConsent", tokens.intake, {
      referralId,
      categories: ["language"],
    });
    expect(onlyLanguage.data).toEqual({ status: "scheduled", appointmentKept: null });
    const contact = await h.call("counsellor.revokeConsent", tokens.counsellor, {
      referralId,
      categories: ["contact"],
    });
    // Not cancelled: the client may still go; booking keeps it, with the name and phone on it.
    expect(contact.data).toEqual({
      status: "scheduled",
      appointmentKept: {
        appointmentId: appointment.appointmentId,
        startsAt: "2026-11-26T09:00:00Z",
        status: "booked",
      },
    });
    expect(await rawReferral(h, referralId)).toMatchObject({
      status: "scheduled",
      sharedData: { categories: [] },
    });
  });

  it("refuses bad transitions and bad input with clear 4xx codes, and nothing changes", async () => {
    const h = suite();
    const referralId = await sentReferral(h);
    await waitForEventTypes(h, referralId, ["referral.sent"]);
    const before = await waitFor(
      () => rawReferral(h, referralId),
      (doc) => doc?.outboxPending === 0,
      { what: "the outbox relayed" },
    );

    const early = await h.call("intake.accept", tokens.intake, {
      referralId,
      serviceId: "service-psz-leipzig",
    });
    expect(early.status).toBe(412);
    expect(early.error).toMatchObject({
      message: "A referral that is sent cannot become accepted",
      data: {
        appCode: "PRECONDITION_FAILED",
        reason: "referral_invalid_transition",
        details: { from: "sent", to: "accepted" },
      },
    });
    const badReason = await h.call("intake.decline", tokens.intake, { referralId, reason: "busy" });
    expect(badReason.status).toBe(400);
    expect(badReason.error?.data.appCode).toBe("VALIDATION_FAILED");
    const noToken = await h.call("intake.accept", null, { referralId, serviceId: "s" });
    expect(noToken.status).toBe(401);
    const unknown = await h.call(
      "counsellor.timeline",
      tokens.counsellor,
      { referralId: "no-such-referral" },
      "query",
    );
    expect(unknown.status).toBe(404);
    const noState = await h.call(
      "counsellor.createDraft",
      tokens.counsellor,
      aDraftInput({ to: { ...aDraftInput().to, federalState: undefined } }),
    );
    expect(noState.status).toBe(400);

    expect(await rawReferral(h, referralId)).toEqual(before);
    expect(eventsOf(h, referralId).map((event) => event.type)).toEqual(["referral.sent"]);
  });

  it("takes the deadline from the receiving service in booking's directory, refuses a recipient without the kind, and does not send while the directory is unreachable", async () => {
    const h = suite();
    const notOffered = await h.call(
      "counsellor.createDraft",
      tokens.counsellor,
      aDraftInput({ to: { ...aDraftInput().to, organisationId: "organisation-other", locationId: null } }),
    );
    expect(notOffered.status).toBe(422);
    expect(notOffered.error?.data).toMatchObject({
      appCode: "UNPROCESSABLE",
      reason: "service_kind_not_offered",
      details: { organisationId: "organisation-other", serviceKind: "psychosocial_centre" },
    });
    const wrongKind = await h.call(
      "counsellor.createDraft",
      tokens.counsellor,
      aDraftInput({ to: { ...aDraftInput().to, serviceKind: "refugee_counselling" } }),
    );
    expect(wrongKind.error?.data).toMatchObject({ reason: "service_kind_not_offered" });

    // Booking cannot be asked when sending: refused, the draft stays as it was.
    const { data } = await h.call("counsellor.createDraft", tokens.counsellor, aDraftInput());
    const { referralId } = data as { referralId: string };
    await h.call("counsellor.recordConsent", tokens.counsellor, { referralId, consent });
    const draft = await rawReferral(h, referralId);
    directory.unavailable = true;
    const unavailable = await h.call("counsellor.send", tokens.counsellor, { referralId });
    expect(unavailable.status).toBe(503);
    expect(unavailable.error?.data).toMatchObject({ appCode: "UNAVAILABLE", reason: "booking_unavailable" });
    expect(await rawReferral(h, referralId)).toEqual(draft);
    // A region-wide referral names no service: the configured default, no directory needed.
    const region = await h.call(
      "counsellor.createDraft",
      tokens.counsellor,
      aDraftInput({
        to: {
          scope: "region",
          serviceKind: "psychosocial_centre",
          federalState: "DE-SN",
          nearPostalCode: null,
        },
      }),
    );
    const regionId = (region.data as { referralId: string }).referralId;
    await h.call("counsellor.recordConsent", tokens.counsellor, { referralId: regionId, consent });
    expect((await h.call("counsellor.send", tokens.counsellor, { referralId: regionId })).data).toMatchObject(
      {
        status: "sent",
        acceptWithin: { workingDays: 10, source: "default" },
        acceptBy: "2026-12-02T23:00:00.000Z", // ten working days in Saxony after Buß- und Bettag
      },
    );

    directory.unavailable = false;
    const sent = await h.call("counsellor.send", tokens.counsellor, { referralId });
    expect(sent.data).toMatchObject({
      status: "sent",
      acceptWithin: { workingDays: 2, source: "organisation" },
      acceptBy: "2026-11-20T23:00:00.000Z",
    });
    expect(await rawReferral(h, referralId)).toMatchObject({ acceptWithinWorkingDays: 2 });
  });

  it("expires referrals not accepted within their working-day deadline, counting the Land's holidays", async () => {
    const h = suite();
    const inSaxony = await sentReferral(h);
    const inThuringia = await sentReferral(h, { to: { ...aDraftInput().to, federalState: "DE-TH" } });
    await h.call("intake.open", tokens.intake, { referralId: inThuringia });

    h.setNow("2026-11-20T12:00:00Z"); // Friday: Thuringia's two working days (Wed, Thu) are over
    await h.expireOverdue.execute();
    h.setNow("2026-11-20T22:59:59Z");
    await h.expireOverdue.execute();
    expect((await rawReferral(h, inSaxony))?.status).toBe("sent");
    expect((await rawReferral(h, inThuringia))?.status).toBe("expired");

    h.setNow("2026-11-20T23:00:00Z"); // midnight in Berlin ends Saxony's second working day (Thu, Fri)
    await h.expireOverdue.execute();
    const [expired] = (await waitForEventTypes(h, inSaxony, ["referral.sent", "referral.expired"])).slice(-1);
    expect(expired?.data).toMatchObject({
      cause: "not_accepted_in_time",
      actor: { kind: "system", component: "referral/expiry-job" },
      at: "2026-11-20T23:00:00.000Z",
    });
    await waitForEventTypes(h, inThuringia, ["referral.sent", "referral.received", "referral.expired"]);
    const tooLate = await h.call("intake.accept", tokens.intake, { referralId: inThuringia, serviceId: "s" });
    expect(tooLate.error?.data).toMatchObject({ reason: "referral_invalid_transition" });
  });
});
