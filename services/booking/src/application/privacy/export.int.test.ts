import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { StaffPrincipal } from "@counselling/platform";
import { HttpPrivacyExportPeers } from "../../adapters/outbound/privacy/http-privacy-export-peers";
import {
  aBookingRequest,
  bookingUseCases,
  testActor,
  useBookingDatabase,
} from "../../testing/booking-test-kit";

const dpo: StaffPrincipal = {
  staffId: "staff-dpo",
  role: "dpo",
  organisationId: "org-test",
  locationIds: [],
};
const reception: StaffPrincipal = { ...dpo, staffId: "staff-rita", role: "reception" };
const amina = {
  displayName: "Amina Export",
  phone: "0151 23456789",
  preferredLanguage: "ar" as const,
  smsConsent: true,
};
const bogdan = {
  displayName: "Bogdan Other",
  phone: "+4915199887766",
  preferredLanguage: "de" as const,
  smsConsent: true,
};

/** Stand-ins for referral's and notify's `privacy.exportOwn`: they record what they were asked. */
function peerStandIn(service: string) {
  const asked: Array<{ method: string; body: string; authorization: string | undefined }> = [];
  let down = false;
  const server: Server = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      asked.push({ method: request.method ?? "", body, authorization: request.headers.authorization });
      const answer = down
        ? { error: { message: "down", data: { appCode: "INTERNAL" } } }
        : { result: { data: { service, records: [{ id: `${service}-record-1` }] } } };
      response
        .writeHead(down ? 500 : 200, { "content-type": "application/json" })
        .end(JSON.stringify(answer));
    });
  });
  return {
    asked,
    setDown: (value: boolean) => (down = value),
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe("export of a person's data on the real database", () => {
  const db = useBookingDatabase("export");
  const referral = peerStandIn("referral");
  const notify = peerStandIn("notify");
  const urls: { referral?: string; notify?: string } = {};

  beforeAll(async () => {
    urls.referral = await referral.start();
    urls.notify = await notify.start();
  });
  afterAll(async () => {
    await Promise.all([referral.stop(), notify.stop()]);
  });

  it("exports the person's appointments and waitlist entries, opened, and nothing of anyone else; audited", async () => {
    const uc = bookingUseCases(db());
    const first = await uc.book.execute(aBookingRequest("export-a1", { client: amina }), testActor);
    const second = await uc.bookForClient.execute(
      aBookingRequest("export-a2", {
        startsAt: "2026-12-07T08:00:00Z",
        client: { ...amina, phone: "+49 151 23456789" },
      }),
      reception,
    );
    const entry = await uc.joinWaitlist.execute(
      { idempotencyKey: "export-wl-a", serviceId: "svc-test", client: { ...amina, phone: "015123456789" } },
      reception,
    );
    const other = await uc.book.execute(
      aBookingRequest("export-b1", { startsAt: "2026-11-30T09:00:00Z", client: bogdan }),
      testActor,
    );

    await expect(uc.privacy.exportOwn.execute({ phone: amina.phone }, reception)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(uc.privacy.exportOwn.execute({}, dpo)).rejects.toThrow(/Name a phone number/);

    const exported = await uc.privacy.exportOwn.execute({ phone: amina.phone }, dpo);
    expect(exported.appointments.map((appointment) => appointment.appointmentId).sort()).toEqual(
      [first.appointment.appointmentId, second.appointment.appointmentId].sort(),
    );
    expect(exported.appointments[0]).toMatchObject({
      client: { name: "Amina Export", phone: "+4915123456789", preferredLanguage: "ar" },
      status: "booked",
      service: { serviceId: "svc-test", kind: "adult_migration_counselling" },
    });
    expect(exported.waitlistEntries).toEqual([
      expect.objectContaining({
        entryId: entry.entryId,
        client: expect.objectContaining({ name: "Amina Export" }) as unknown,
      }),
    ]);
    const text = JSON.stringify(exported);
    for (const foreign of [
      "Bogdan",
      bogdan.phone,
      other.appointment.appointmentId,
      other.appointment.client.clientId,
    ]) {
      expect([foreign, text.includes(foreign)]).toEqual([foreign, false]);
    }

    // By client id: exactly that record.
    const byKey = await uc.privacy.exportOwn.execute({ clientIds: [other.appointment.client.clientId] }, dpo);
    expect(byKey.appointments.map((appointment) => appointment.client.name)).toEqual(["Bogdan Other"]);
    expect(byKey.waitlistEntries).toEqual([]);

    const log = await uc.privacy.queryAccessLog.execute({ staffId: dpo.staffId }, dpo);
    expect(log).toEqual([
      expect.objectContaining({
        action: "export",
        procedure: "privacy.exportOwn",
        recordIds: expect.arrayContaining([first.appointment.appointmentId, entry.entryId]) as unknown,
      }),
      expect.objectContaining({ action: "export", recordIds: [other.appointment.appointmentId] }),
    ]);
  });

  it("gathers referral's and notify's exports with the DPO's own token into one document, or none at all", async () => {
    const peers = new HttpPrivacyExportPeers({ urls, timeoutMs: 2_000 });
    const uc = bookingUseCases(db(), { privacyPeers: peers });
    const booked = await uc.book.execute(
      aBookingRequest("export-all-1", {
        startsAt: "2026-11-30T10:00:00Z",
        client: { ...amina, phone: "+4915111122233" },
      }),
      testActor,
    );
    const everything = await uc.privacy.exportEverything.execute(
      { phone: "0151 11122233" },
      dpo,
      "dpo-token",
    );
    expect(everything).toMatchObject({
      generatedAt: "2026-11-25T10:00:00.000Z",
      subject: { phoneIndex: uc.personalData.phoneIndex.of("+4915111122233"), clientIds: [] },
      booking: {
        appointments: [expect.objectContaining({ appointmentId: booked.appointment.appointmentId })],
      },
      referral: { service: "referral", records: [{ id: "referral-record-1" }] },
      notify: { service: "notify", records: [{ id: "notify-record-1" }] },
    });
    for (const peer of [referral, notify]) {
      expect(peer.asked.at(-1)?.authorization).toBe("Bearer dpo-token");
      expect(peer.asked.at(-1)?.method).toBe("POST");
      expect(JSON.parse(peer.asked.at(-1)!.body)).toEqual({ phone: "+4915111122233" });
    }

    notify.setDown(true);
    const logBefore = await uc.privacy.queryAccessLog.execute(
      { recordId: booked.appointment.appointmentId },
      dpo,
    );
    await expect(
      uc.privacy.exportEverything.execute({ phone: "+4915111122233" }, dpo, "dpo-token"),
    ).rejects.toMatchObject({ code: "UNAVAILABLE", reason: "export_incomplete", httpStatus: 503 });
    notify.setDown(false);
    // Booking recorded no export that never went out.
    expect(
      await uc.privacy.queryAccessLog.execute({ recordId: booked.appointment.appointmentId }, dpo),
    ).toEqual(logBefore);

    const withoutNotify = bookingUseCases(db(), {
      privacyPeers: new HttpPrivacyExportPeers({ urls: { referral: urls.referral }, timeoutMs: 2_000 }),
    });
    await expect(
      withoutNotify.privacy.exportEverything.execute({ phone: "+4915111122233" }, dpo, "dpo-token"),
    ).rejects.toMatchObject({ code: "UNAVAILABLE", reason: "export_incomplete" });
    await expect(
      uc.privacy.exportEverything.execute({ phone: "+4915111122233" }, reception, "token"),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
