import { anAppointmentBookedData, anAppointmentBookedEvent, anAppointmentClient } from "../../testing";
import { AppointmentBookedV1 } from "./appointment-booked.v1";
import { AppointmentCancelledV1 } from "./appointment-cancelled.v1";
import { AppointmentNoShowV1 } from "./appointment-no-show.v1";
import { AppointmentRescheduledV1 } from "./appointment-rescheduled.v1";

function issuePathsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join("."));
}

describe("appointment.booked v1", () => {
  it("accepts the object mother's event", () => {
    expect(AppointmentBookedV1.envelope.safeParse(anAppointmentBookedEvent()).success).toBe(true);
  });

  it("accepts a phone appointment with interpreter and no room, for a client without a phone", () => {
    const data = anAppointmentBookedData({
      channel: "phone",
      roomId: null,
      interpreter: { interpreterId: "interpreter-07", language: "ti", dialect: null, mode: "phone" },
      client: anAppointmentClient({ sealedPhone: null, smsConsent: false }),
    });
    expect(AppointmentBookedV1.data.safeParse(data).success).toBe(true);
  });

  it("rejects an end before the start", () => {
    const data = anAppointmentBookedData({
      time: { startsAt: "2026-03-30T08:00:00Z", endsAt: "2026-03-30T07:00:00Z", timeZone: "Europe/Berlin" },
    });
    expect(issuePathsOf(AppointmentBookedV1.data.safeParse(data))).toEqual(["time.endsAt"]);
  });

  it("rejects local times dressed as instants", () => {
    const data = anAppointmentBookedData({
      time: {
        startsAt: "2026-03-30T10:00:00+02:00",
        endsAt: "2026-03-30T10:45:00+02:00",
        timeZone: "Europe/Berlin",
      },
    });
    expect(AppointmentBookedV1.data.safeParse(data).success).toBe(false);
  });

  it("rejects SMS consent without a phone number", () => {
    const data = anAppointmentBookedData({
      client: anAppointmentClient({ sealedPhone: null, smsConsent: true }),
    });
    expect(issuePathsOf(AppointmentBookedV1.data.safeParse(data))).toEqual(["client.smsConsent"]);
  });

  it("starts the calendar sequence at 0", () => {
    expect(AppointmentBookedV1.data.safeParse({ ...anAppointmentBookedData(), sequence: 1 }).success).toBe(
      false,
    );
  });

  it("only takes http(s) manage links", () => {
    const data = anAppointmentBookedData({ manageUrl: "javascript:alert(1)" });
    expect(issuePathsOf(AppointmentBookedV1.data.safeParse(data))).toEqual(["manageUrl"]);
  });

  it("rejects an unknown service kind or a missing sensitive flag", () => {
    const base = anAppointmentBookedData();
    const unknownKind = { ...base, service: { ...base.service, kind: "therapy" } };
    const { sensitive: _dropped, ...serviceWithoutFlag } = base.service;
    expect(AppointmentBookedV1.data.safeParse(unknownKind).success).toBe(false);
    expect(AppointmentBookedV1.data.safeParse({ ...base, service: serviceWithoutFlag }).success).toBe(false);
  });
});

describe("appointment.rescheduled v1", () => {
  it("carries the new state, the previous time and a new manage link", () => {
    const booked = anAppointmentBookedData();
    const rescheduled = {
      ...booked,
      sequence: 1,
      previousTime: booked.time,
      time: { startsAt: "2026-10-26T09:00:00Z", endsAt: "2026-10-26T09:45:00Z", timeZone: "Europe/Berlin" },
      manageUrl: "https://termine.example.org/manage/appointment-0001?token=rotated",
      actor: { kind: "client", clientId: booked.client.clientId },
    };
    expect(AppointmentRescheduledV1.data.safeParse(rescheduled).success).toBe(true);
    const { previousTime: _dropped, ...withoutPrevious } = rescheduled;
    expect(AppointmentRescheduledV1.data.safeParse(withoutPrevious).success).toBe(false);
  });
});

describe("appointment.cancelled v1", () => {
  const { manageUrl: _noLinkAfterCancel, ...details } = anAppointmentBookedData();

  it("says why and by whom", () => {
    const cancelled = {
      ...details,
      sequence: 1,
      reason: "client_sms_reply",
      reasonNote: null,
      actor: { kind: "client", clientId: details.client.clientId },
    };
    const parsed = AppointmentCancelledV1.data.parse(cancelled);
    expect(parsed.reason).toBe("client_sms_reply");
    expect(AppointmentCancelledV1.data.safeParse({ ...cancelled, reason: "whatever" }).success).toBe(false);
  });
});

describe("appointment.no_show v1", () => {
  it("is recorded with the staff member who marked it", () => {
    const { manageUrl: _unused, ...details } = anAppointmentBookedData();
    const noShow = { ...details, at: "2026-03-30T16:00:00Z" };
    expect(AppointmentNoShowV1.data.safeParse(noShow).success).toBe(true);
    expect(AppointmentNoShowV1.data.safeParse({ ...noShow, actor: { kind: "staff" } }).success).toBe(false);
  });
});
