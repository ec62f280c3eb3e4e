import { AppointmentBookedV1 } from "../events/appointment/appointment-booked.v1";
import { ReferralSentV1 } from "../events/referral/referral-sent.v1";
import { anAppointmentBookedEvent, anAppointmentClient, aReferralSentEvent } from "./index";

describe("object mothers", () => {
  it("build valid events keyed by their aggregate", () => {
    const booked = anAppointmentBookedEvent();
    expect(AppointmentBookedV1.envelope.parse(booked)).toEqual(booked);
    expect(booked.subject).toBe(booked.data.appointmentId);
    const sent = aReferralSentEvent();
    expect(ReferralSentV1.envelope.parse(sent)).toEqual(sent);
    expect(sent.subject).toBe(sent.data.referralId);
  });

  it("give every event its own envelope id unless told otherwise", () => {
    expect(anAppointmentBookedEvent().id).not.toBe(anAppointmentBookedEvent().id);
    const id = "3b1f8a52-6c1e-4c8e-9a39-2f1d1c0e5b7a";
    expect(anAppointmentBookedEvent({ id }).id).toBe(id);
  });

  it("apply data overrides and follow the appointment id with the subject", () => {
    const event = anAppointmentBookedEvent({
      data: { appointmentId: "appointment-0042", client: anAppointmentClient({ preferredLanguage: "uk" }) },
    });
    expect(event.subject).toBe("appointment-0042");
    expect(event.data.client.preferredLanguage).toBe("uk");
  });

  it("refuse overrides that would make an invalid event", () => {
    expect(() => anAppointmentBookedEvent({ data: { sequence: 3 as 0 } })).toThrow();
  });
});
