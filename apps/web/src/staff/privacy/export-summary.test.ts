import type { PrivacyExport } from "../../api/service-types";
import { exportFileName, summariseExport } from "./export-summary";

const erasedAt = "2026-11-20T10:00:00.000Z";

const exported = {
  generatedAt: "2026-11-25T13:30:00.000Z",
  subject: { phoneIndex: "idx", clientIds: [] },
  booking: {
    service: "booking",
    subject: { phoneIndex: "idx", clientIds: [] },
    appointments: [
      { appointmentId: "a1", client: { clientId: "client-a1" }, personalDataErasedAt: null },
      { appointmentId: "a2", client: { clientId: "client-a2" }, personalDataErasedAt: erasedAt },
    ],
    waitlistEntries: [{ entryId: "w1", client: { clientId: "client-w1" }, personalDataErasedAt: null }],
  },
  referral: {
    service: "referral",
    referrals: [{ referralId: "r1", clientId: "client-r1", personalDataErasedAt: null }],
  },
  notify: {
    service: "notify",
    clientIds: ["client-a1", "client-asked"],
    appointments: [{ appointmentId: "a1", clientId: "client-a1", personalDataErasedAt: null }],
    messages: [
      { messageId: "m1", clientId: "client-a1", personalDataErasedAt: null },
      { messageId: "m2", clientId: "client-a1", personalDataErasedAt: null },
    ],
    replies: [],
  },
} as unknown as PrivacyExport;

describe("summary of an export", () => {
  it("counts each service's records by kind, and those already erased", () => {
    const summary = summariseExport(exported);
    expect(summary.rows).toEqual([
      { service: "booking", kind: "appointments", count: 2, erased: 1 },
      { service: "booking", kind: "waitlistEntries", count: 1, erased: 0 },
      { service: "referral", kind: "referrals", count: 1, erased: 0 },
      { service: "notify", kind: "appointments", count: 1, erased: 0 },
      { service: "notify", kind: "messages", count: 2, erased: 0 },
      { service: "notify", kind: "replies", count: 0, erased: 0 },
    ]);
    expect(summary.total).toBe(7);
  });

  it("lists the client ids of the records found (not those merely asked for), once each", () => {
    expect(summariseExport(exported).clientIds).toEqual(["client-a1", "client-a2", "client-r1", "client-w1"]);
  });

  it("reads a part a service left out or shaped otherwise as empty", () => {
    const summary = summariseExport({
      ...exported,
      referral: null,
      notify: { messages: "not a list" },
    });
    expect(summary.rows.filter((row) => row.service !== "booking").every((row) => row.count === 0)).toBe(
      true,
    );
    expect(summary.total).toBe(3);
  });

  it("names the file with the Berlin date and time it was made", () => {
    expect(exportFileName("2026-11-25T13:30:00.000Z")).toBe("privacy-export-2026-11-25-1430.json");
    expect(exportFileName("2026-07-01T22:05:00.000Z")).toBe("privacy-export-2026-07-02-0005.json");
  });
});
