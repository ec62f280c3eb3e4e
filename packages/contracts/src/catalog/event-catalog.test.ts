import { Topics } from "../topics/topics";
import { eventCatalog, findEventDefinition } from "./event-catalog";

describe("eventCatalog", () => {
  it("has each type and version once", () => {
    const keys = eventCatalog.map((definition) => `${definition.type}@${definition.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("publishes every event on a known topic", () => {
    const topics: readonly string[] = Object.values(Topics);
    for (const definition of eventCatalog) {
      expect(topics).toContain(definition.topic);
    }
  });

  it("keeps each aggregate's events on its own topic", () => {
    for (const definition of eventCatalog) {
      const expectedTopic = {
        appointment: Topics.bookingAppointments,
        referral: Topics.referralReferrals,
        waitlist: Topics.bookingWaitlist,
        sms: definition.type === "sms.reply_received" ? Topics.notifyReplies : Topics.notifyDeliveries,
        privacy: Topics.privacyErasures,
      }[definition.type.split(".")[0] as "appointment" | "referral" | "waitlist" | "sms" | "privacy"];
      expect(definition.topic).toBe(expectedTopic);
    }
  });

  it("covers the appointment and referral lifecycles", () => {
    expect(eventCatalog.map((definition) => definition.type)).toEqual(
      expect.arrayContaining([
        "appointment.booked",
        "appointment.rescheduled",
        "appointment.cancelled",
        "appointment.checked_in",
        "appointment.no_show",
        "appointment.completed",
        "referral.sent",
        "referral.received",
        "referral.accepted",
        "referral.declined",
        "referral.scheduled",
        "referral.unscheduled",
        "referral.attended",
        "referral.not_attended",
        "referral.closed",
        "referral.cancelled",
        "referral.expired",
        "referral.consent_revoked",
        "sms.delivery_status_changed",
        "sms.reply_received",
      ]),
    );
  });
});

describe("findEventDefinition", () => {
  it("finds a definition by type and version", () => {
    expect(findEventDefinition("appointment.booked", 1)?.topic).toBe(Topics.bookingAppointments);
  });

  it("returns undefined for an unknown version or type", () => {
    // Typed as plain number/string, as a consumer reads them off a message.
    const futureVersion: number = 99;
    const unknownType: string = "appointment.exploded";
    expect(findEventDefinition("appointment.booked", futureVersion)).toBeUndefined();
    expect(findEventDefinition(unknownType, 1)).toBeUndefined();
  });
});
