import { randomUUID } from "node:crypto";
import { decodeEventEnvelope, type EventEnvelope, Topics } from "@counselling/contracts";
import { type StaffPrincipal, StaffTokens } from "@counselling/platform";
import { waitFor } from "@counselling/testkit";
import { workingDayDeadline } from "./domain/calendar/working-days";
import { sharedStaffTokenSecret, type TwoServices, useBookingAndReferral } from "./testing/two-services";

/**
 * The closed loop across services: booking and referral as their own processes, with
 * only Kafka between them, plus the warm handover's hold, the one designed synchronous
 * call (referral → booking's tRPC on the staff member's behalf). Data: booking's demo
 * directory — the MBE of Diakonie Westsachsen (Saxony) refers to the psychosocial centre
 * (PSZ) of Diakonie Saale-Elbe in Halle (Saxony-Anhalt).
 */
const mbeCounsellor: StaffPrincipal = {
  staffId: "cns-westsachsen-amira",
  role: "counsellor",
  organisationId: "org-westsachsen",
  locationIds: [],
};
const pszOrganisation = "org-saale-elbe";
const pszIntake: StaffPrincipal = {
  staffId: "intake-saale-elbe-01",
  role: "intake",
  organisationId: pszOrganisation,
  locationIds: [],
};
const pszReception: StaffPrincipal = { ...pszIntake, staffId: "reception-halle-01", role: "reception" };

/** What the client told the MBE counsellor; only contact and language are released. */
const healthNote = "Schlafstörungen seit der Flucht";
const caseNote = "Erstgespräch: Verdacht auf PTBS";

interface Psz {
  serviceId: string;
  locationId: string;
  /** What the PSZ states in booking's directory: it answers referrals within so many working days. */
  acceptWithinWorkingDays: number;
}
interface ListedService {
  id: string;
  kind: string;
  referralAcceptWithinWorkingDays: number;
  organisation: { id: string };
  locations: { id: string }[];
}
interface Slot {
  start: string;
  counsellorId: string;
  interpreterNeeded: boolean;
}
interface Timeline {
  status: string;
  hold: { status: string } | null;
  timeline: { to: string }[];
}

describe("referral and booking as separate services: the closed loop with a warm handover", () => {
  const services = useBookingAndReferral("referral-booking");
  const tokens = new StaffTokens(sharedStaffTokenSecret);
  let token: { counsellor: string; intake: string; reception: string };
  let psz: Psz;

  beforeAll(async () => {
    token = {
      counsellor: await tokens.issue(mbeCounsellor),
      intake: await tokens.issue(pszIntake),
      reception: await tokens.issue(pszReception),
    };
    // The PSZ as a client (or the counsellor's web app) finds it: booking's public directory.
    const listed = await services().booking.call(
      "directory.services",
      null,
      { kind: "psychosocial_centre", language: "ar" },
      "query",
    );
    const service = (listed.data as ListedService[]).find(
      (candidate) => candidate.organisation.id === pszOrganisation,
    );
    if (!service)
      throw new Error(`no PSZ of ${pszOrganisation} in booking's directory: ${JSON.stringify(listed)}`);
    psz = {
      serviceId: service.id,
      locationId: service.locations[0]!.id,
      acceptWithinWorkingDays: service.referralAcceptWithinWorkingDays,
    };
  });

  const freeSlots = async (s: TwoServices): Promise<Slot[]> => {
    const reply = await s.booking.call(
      "availability.slots",
      null,
      { serviceId: psz.serviceId, locationId: psz.locationId, language: "ar", days: 21, limit: 500 },
      "query",
    );
    return reply.data as Slot[];
  };
  const isFree = (slots: Slot[], slot: Slot) =>
    slots.some((free) => free.start === slot.start && free.counsellorId === slot.counsellorId);

  const toPsz = () => ({
    scope: "organisation",
    serviceKind: "psychosocial_centre",
    organisationId: pszOrganisation,
    locationId: psz.locationId,
    serviceId: psz.serviceId,
    federalState: "DE-ST",
  });

  /** A draft of the MBE counsellor (to the PSZ unless told otherwise): the reply of createDraft. */
  const createDraft = (s: TwoServices, to: Record<string, unknown> = toPsz()) =>
    s.referral.call("counsellor.createDraft", token.counsellor, {
      clientReference: `MBE-WS-${randomUUID().slice(0, 8)}`,
      fromService: { serviceId: "svc-westsachsen-mbe", serviceKind: "adult_migration_counselling" },
      to,
      urgency: "soon",
      reasonCode: "psychological_support",
      communication: { language: "ar", interpreterNeeded: false },
      sharedData: {
        contact: { name: "Amal", phone: "+4915112345678", note: null },
        language: { dialect: "Syrisch-Arabisch", furtherLanguages: ["en"] },
        health_notes: { text: healthNote },
      },
    });

  /** A referral of the MBE counsellor to the PSZ, with consent, sent: its id, the reply and when it went. */
  async function sendToPsz(s: TwoServices, categories = ["contact", "language"]) {
    const created = await createDraft(s);
    expect(created.status).toBe(200);
    const { referralId } = created.data as { referralId: string };
    const now = Date.now();
    const consented = await s.referral.call("counsellor.recordConsent", token.counsellor, {
      referralId,
      consent: {
        dataCategories: categories,
        purpose: "Vermittlung an das PSZ und Terminabsprache",
        givenHow: "signed_form",
        witnessedBy: null,
        givenAt: new Date(now - 10 * 60_000).toISOString(),
        expiresAt: new Date(now + 180 * 86_400_000).toISOString(),
      },
    });
    expect(consented.status).toBe(200);
    const sendingFrom = new Date();
    const sent = await s.referral.call("counsellor.send", token.counsellor, { referralId });
    const sendingUntil = new Date();
    expect(sent.data).toMatchObject({ status: "sent" });
    expect((sent.data as { withheldCategories: string[] }).withheldCategories).toContain("health_notes");
    return { referralId, sent: sent.data as { acceptBy: string }, sendingFrom, sendingUntil };
  }

  const sentReferral = async (s: TwoServices, categories?: string[]): Promise<string> =>
    (await sendToPsz(s, categories)).referralId;

  const requestHold = (s: TwoServices, referralId: string, slot: Slot) =>
    s.referral.call("counsellor.requestHold", token.counsellor, {
      referralId,
      idempotencyKey: randomUUID(),
      serviceId: psz.serviceId,
      locationId: psz.locationId,
      counsellorId: slot.counsellorId,
      startsAt: slot.start,
      holdForMinutes: 60,
    });

  const timelineOf = async (s: TwoServices, referralId: string): Promise<Timeline> =>
    (await s.referral.call("counsellor.timeline", token.counsellor, { referralId }, "query"))
      .data as Timeline;

  const untilStatus = (s: TwoServices, referralId: string, status: string) =>
    waitFor(
      () => timelineOf(s, referralId),
      (timeline) => timeline.status === status,
      { what: `referral ${status}`, timeoutMs: 20_000 },
    );

  const eventsAbout = (s: TwoServices, topic: string, subject: string): EventEnvelope[] =>
    s.events(topic).filter((event) => event.subject === subject);

  it("referral with consent → hold → accepted (hold confirmed) → booked → scheduled → checked in → attended → closed", async () => {
    const s = services();
    const { referralId, sent, sendingFrom, sendingUntil } = await sendToPsz(s);

    // The PSZ's own deadline from booking's directory (5 working days), in Saxony-Anhalt's calendar.
    expect(psz.acceptWithinWorkingDays).toBe(5);
    expect(sent).toMatchObject({ acceptWithin: { workingDays: 5, source: "service" } });
    const fiveWorkingDaysInSaxonyAnhalt = [sendingFrom, sendingUntil].map((at) =>
      workingDayDeadline(at, 5, "DE-ST").toISOString(),
    );
    expect(fiveWorkingDaysInSaxonyAnhalt).toContain(sent.acceptBy);
    expect(Date.parse(sent.acceptBy)).toBeLessThan(workingDayDeadline(sendingUntil, 10, "DE-ST").getTime());

    // Warm handover: the counsellor holds a free PSZ slot for the client while intake decides.
    const slot = (await freeSlots(s)).find((offer) => !offer.interpreterNeeded);
    if (!slot) throw new Error("the demo PSZ has no free slot in Arabic within 21 days");
    const held = await requestHold(s, referralId, slot);
    expect(held.status).toBe(200);
    const hold = (held.data as { hold: { appointmentId: string; status: string; startsAt: string } }).hold;
    expect(hold).toMatchObject({ status: "pending", startsAt: slot.start, counsellorId: slot.counsellorId });
    expect(isFree(await freeSlots(s), slot)).toBe(false); // booking keeps the time from others

    // Intake of the PSZ opens the referral (received) and sees the hold; accepting confirms it at booking.
    const opened = await s.referral.call("intake.open", token.intake, { referralId });
    expect(opened.data).toMatchObject({
      status: "received",
      sharedData: { contact: { name: "Amal" } },
      hold: { appointmentId: hold.appointmentId, status: "pending" },
    });
    expect(JSON.stringify(opened.data)).not.toContain(healthNote);
    const accepted = await s.referral.call("intake.accept", token.intake, {
      referralId,
      serviceId: psz.serviceId,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.data).toMatchObject({ hold: "confirmed" });

    // Booking publishes appointment.booked with the referral id; referral follows it on its own.
    await untilStatus(s, referralId, "scheduled");
    const [booked] = eventsAbout(s, Topics.bookingAppointments, hold.appointmentId);
    expect(booked).toMatchObject({ type: "appointment.booked", data: { referralId } });
    // The released contact reached booking, and travels sealed with booking's key for the appointment.
    const client = (booked?.data as { client: { clientId: string; sealedName: string; sealedPhone: string } })
      .client;
    expect(await s.vault.decrypt(client.clientId, client.sealedName)).toBe("Amal");
    expect(await s.vault.decrypt(client.clientId, client.sealedPhone)).toBe("+4915112345678");
    expect(JSON.stringify(booked)).not.toMatch(/Amal|\+4915112345678/);
    expect(JSON.stringify(booked)).not.toContain(healthNote); // nothing unreleased reached booking

    // Reception of the PSZ checks the client in at booking: referral attended.
    const checkIn = await s.booking.call("reception.recordAttendance", token.reception, {
      appointmentId: hold.appointmentId,
      outcome: "checked_in",
    });
    expect(checkIn.data).toEqual({ appointmentId: hold.appointmentId, status: "checked_in" });
    await untilStatus(s, referralId, "attended");

    // Intake notes case content and closes; the referrer sees every status, never the content.
    expect(
      (await s.referral.call("intake.addNote", token.intake, { referralId, text: caseNote })).status,
    ).toBe(200);
    const closed = await s.referral.call("intake.close", token.intake, {
      referralId,
      outcome: "service_provided",
    });
    expect(closed.data).toEqual({ status: "closed" });
    const timeline = await timelineOf(s, referralId);
    expect(timeline.timeline.map((entry) => entry.to)).toEqual([
      "sent",
      "received",
      "accepted",
      "scheduled",
      "attended",
      "closed",
    ]);
    expect(timeline.hold?.status).toBe("confirmed");
    expect(JSON.stringify(timeline)).not.toMatch(/PTBS|Amal|Schlafstörungen|\+4915112345678/);

    const referralEvents = await waitFor(
      () => eventsAbout(s, Topics.referralReferrals, referralId),
      (events) => events.length >= 6,
      { what: "the referral's six events" },
    );
    expect(referralEvents.map((event) => event.type)).toEqual([
      "referral.sent",
      "referral.received",
      "referral.accepted",
      "referral.scheduled",
      "referral.attended",
      "referral.closed",
    ]);
    for (const event of referralEvents) expect(decodeEventEnvelope(event).ok).toBe(true);
    expect(referralEvents[3]).toMatchObject({
      data: { appointmentId: hold.appointmentId, startsAt: slot.start },
    });
    expect(JSON.stringify(referralEvents)).not.toMatch(/PTBS|Schlafstörungen/);
  });

  it("declining lets the held slot go at booking; a taken slot and unreleased contact details are refused", async () => {
    const s = services();
    const referralId = await sentReferral(s);
    const slot = (await freeSlots(s)).find((offer) => !offer.interpreterNeeded)!;
    const held = await requestHold(s, referralId, slot);
    expect(held.status).toBe(200);
    const { appointmentId } = (held.data as { hold: { appointmentId: string } }).hold;

    // Another referral can't hold the same time: booking's refusal, with its stable reason.
    const other = await sentReferral(s);
    const taken = await requestHold(s, other, slot);
    expect(taken.status).toBe(409);
    expect(taken.error?.data).toMatchObject({ appCode: "CONFLICT", reason: "slot_taken" });

    // Without released contact details no hold: booking would have to name the client.
    const anonymous = await sentReferral(s, ["language"]);
    const refused = await requestHold(s, anonymous, (await freeSlots(s))[0]!);
    expect(refused.status).toBe(412);
    expect(refused.error?.data).toMatchObject({
      appCode: "PRECONDITION_FAILED",
      reason: "contact_not_released",
    });

    await s.referral.call("intake.open", token.intake, { referralId });
    const declined = await s.referral.call("intake.decline", token.intake, {
      referralId,
      reason: "no_capacity",
      reasonNote: "Warteliste bis Februar",
    });
    expect(declined.data).toEqual({ status: "declined" });
    await waitFor(
      () => freeSlots(s),
      (slots) => isFree(slots, slot),
      { what: "the held slot free again at booking" },
    );
    expect((await timelineOf(s, referralId)).hold?.status).toBe("released");
    // The hold never became an appointment: booking published nothing for it.
    expect(eventsAbout(s, Topics.bookingAppointments, appointmentId)).toEqual([]);
  });

  it("refuses a referral to an organisation or location without the kind, and a hold at a service that is not the recipient", async () => {
    const s = services();
    // Diakonie Mittelthüringen runs no psychosocial centre; Saale-Elbe's PSZ is in Halle, not Magdeburg.
    for (const to of [
      {
        ...toPsz(),
        organisationId: "org-mittelthueringen",
        locationId: null,
        serviceId: null,
        federalState: "DE-TH",
      },
      { ...toPsz(), locationId: "loc-magdeburg-neustadt", serviceId: null },
    ]) {
      const refused = await createDraft(s, to);
      expect(refused.status).toBe(422);
      expect(refused.error?.data).toMatchObject({
        appCode: "UNPROCESSABLE",
        reason: "service_kind_not_offered",
      });
    }

    // A slot of Saale-Elbe's MBE for a PSZ referral: refused before booking holds anything with the client's name.
    const referralId = await sentReferral(s);
    const atMbe = await s.referral.call("counsellor.requestHold", token.counsellor, {
      referralId,
      idempotencyKey: randomUUID(),
      serviceId: "svc-saale-elbe-mbe",
      locationId: psz.locationId,
      counsellorId: "cns-saale-elbe-any",
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      holdForMinutes: 60,
    });
    expect(atMbe.status).toBe(422);
    expect(atMbe.error?.data).toMatchObject({ reason: "hold_not_at_recipient" });
    expect((await timelineOf(s, referralId)).hold).toBeNull();
  });
});
