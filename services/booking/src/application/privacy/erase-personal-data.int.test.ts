import type { PrivacyErasureRequestedV1Event } from "@counselling/contracts";
import type { StaffPrincipal } from "@counselling/platform";
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
const admin: StaffPrincipal = { ...dpo, staffId: "staff-admin", role: "admin" };
const reception: StaffPrincipal = { ...dpo, staffId: "staff-rita", role: "reception" };

const amina = {
  displayName: "Amina Erased",
  phone: "0151 23456789",
  preferredLanguage: "ar" as const,
  smsConsent: true,
};
const olena = {
  displayName: "Olena Kept",
  phone: "+4915199887766",
  preferredLanguage: "de" as const,
  smsConsent: true,
};

describe("erasure of one person's data on the real database", () => {
  const db = useBookingDatabase("erasure");

  /** The request event booking's consumer receives: as the relay publishes it from the request's outbox. */
  async function requestEventOf(requestId: string): Promise<PrivacyErasureRequestedV1Event> {
    const stored = (await db()
      .collection("erasure_requests")
      .findOne({ _id: requestId as never })) as unknown as { outbox: Array<{ envelope: unknown }> };
    return stored.outbox[0]!.envelope as PrivacyErasureRequestedV1Event;
  }

  it("shreds exactly that person's records (found by phone), leaves the others readable, keeps statistics, and confirms once", async () => {
    const uc = bookingUseCases(db());
    const first = await uc.book.execute(aBookingRequest("erase-a1", { client: amina }), testActor);
    const second = await uc.book.execute(
      aBookingRequest("erase-a2", { startsAt: "2026-12-07T08:00:00Z", client: amina }),
      testActor,
    );
    await uc.cancel.byClient({
      appointmentId: second.appointment.appointmentId,
      manageToken: second.manageToken!,
    });
    const other = await uc.book.execute(
      aBookingRequest("erase-b1", { startsAt: "2026-11-30T09:00:00Z", client: olena }),
      testActor,
    );
    const waiting = await uc.joinWaitlist.execute(
      { idempotencyKey: "erase-wl-a", serviceId: "svc-test", client: { ...amina, phone: "+4915123456789" } },
      reception,
    );
    const othersEntry = await uc.joinWaitlist.execute(
      { idempotencyKey: "erase-wl-b", serviceId: "svc-test", client: olena },
      reception,
    );
    const statisticsBefore = await uc.monthlyStatistics.execute({}, dpo);

    await expect(uc.privacy.requestErasure.execute({ phone: amina.phone }, admin)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { requestId } = await uc.privacy.requestErasure.execute({ phone: amina.phone }, dpo);
    const request = await requestEventOf(requestId);
    expect(request.type).toBe("privacy.erasure_requested");
    expect(JSON.stringify(request)).not.toContain("23456789");
    expect(request.data.phoneIndex).toBe(uc.personalData.phoneIndex.of("+4915123456789"));
    // It names the keys of Amina's records too: other services hold copies under them.
    expect(new Set(request.data.clientIds)).toEqual(
      new Set([
        first.appointment.client.clientId,
        second.appointment.client.clientId,
        waiting.client.clientId,
      ]),
    );

    await uc.privacy.erasePersonalData.execute(request);

    const { vault } = uc.personalData;
    for (const booked of [first, second]) {
      const appointment = await uc.appointments.findById(booked.appointment.appointmentId);
      expect(appointment).toMatchObject({ phoneIndex: null, personalDataErasedBy: requestId });
      expect(appointment?.personalDataErasedAt).toBeInstanceOf(Date);
      expect(
        await vault.decryptOrNull(
          appointment!.details.client.clientId,
          appointment!.details.client.sealedName,
        ),
      ).toBeNull();
      expect(await vault.hasKey(appointment!.details.client.clientId)).toBe(false);
    }
    const raw = await db()
      .collection("appointments")
      .findOne({ _id: first.appointment.appointmentId as never });
    expect(raw).not.toHaveProperty("phoneIndex");
    const entry = await uc.waitlist.findById(waiting.entryId);
    expect(entry).toMatchObject({ status: "withdrawn", phoneIndex: null, personalDataErasedBy: requestId });

    // Olena is untouched and readable.
    const kept = await uc.appointments.findById(other.appointment.appointmentId);
    expect(kept).toMatchObject({
      personalDataErasedAt: null,
      phoneIndex: uc.personalData.phoneIndex.of(olena.phone),
    });
    expect(await vault.decryptOrNull(kept!.details.client.clientId, kept!.details.client.sealedName)).toBe(
      "Olena Kept",
    );
    expect((await uc.waitlist.findById(othersEntry.entryId))?.status).toBe("waiting");
    const list = await uc.listWaitlist.execute({ serviceId: "svc-test" }, reception);
    expect(list.map((row) => row.clientName)).toEqual(["Olena Kept"]);

    // One receipt, confirming both appointments and the entry; a redelivery confirms nothing twice.
    await uc.privacy.erasePersonalData.execute(request);
    const receipts = await db().collection("erasure_receipts").find({}).toArray();
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({ requestId, service: "booking", recordsErased: 3, outboxPending: 1 });
    expect(new Set(receipts[0]!.clientIds as string[])).toEqual(
      new Set([
        first.appointment.client.clientId,
        second.appointment.client.clientId,
        waiting.client.clientId,
      ]),
    );

    // The day at reception shows the erased appointment as erased, not as an error.
    const day = await uc.locationDay.execute({ locationId: "loc-test", date: "2026-11-30" }, reception);
    expect(day.map((row) => [row.clientName, row.personalDataErased])).toEqual([
      ["", true],
      ["Olena Kept", false],
    ]);
    // Erasure keeps the records: the numbers are the same.
    expect(await uc.monthlyStatistics.execute({}, dpo)).toEqual(statisticsBefore);
    expect(statisticsBefore.rows).toEqual([
      { month: "2026-11", serviceKind: "adult_migration_counselling", status: "booked", count: 2 },
      { month: "2026-12", serviceKind: "adult_migration_counselling", status: "cancelled", count: 1 },
    ]);
    // A replay of the erased booking's request can't bring the client back.
    await expect(
      uc.book.execute(aBookingRequest("erase-a1", { client: amina }), testActor),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("collects the confirmations of all three services; complete only with the last", async () => {
    const uc = bookingUseCases(db());
    const { requestId } = await uc.privacy.requestErasure.execute({ clientIds: ["client-nobody"] }, dpo);
    await uc.privacy.erasePersonalData.execute(await requestEventOf(requestId));
    const confirm = (service: "booking" | "referral" | "notify") =>
      uc.privacy.recordErasureConfirmation.execute({
        requestId,
        service,
        clientIds: [],
        recordsErased: 0,
        at: "2026-11-25T10:05:00.000Z",
      });
    await confirm("booking");
    await confirm("booking"); // redelivered: the same again
    await confirm("referral");
    expect(await uc.privacy.erasureStatus.execute({ requestId }, dpo)).toMatchObject({
      requestId,
      complete: false,
      confirmations: { booking: { recordsErased: 0 }, referral: { clientIds: [] } },
    });
    await confirm("notify");
    const status = await uc.privacy.erasureStatus.execute({ requestId }, dpo);
    expect(status.complete).toBe(true);
    expect(Object.keys(status.confirmations).sort()).toEqual(["booking", "notify", "referral"]);
    await expect(uc.privacy.erasureStatus.execute({ requestId }, admin)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(uc.privacy.erasureStatus.execute({ requestId: "unknown" }, dpo)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
