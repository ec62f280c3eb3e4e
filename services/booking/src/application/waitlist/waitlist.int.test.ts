import type { StaffPrincipal } from "@counselling/platform";
import {
  aBookingRequest,
  bookingUseCases,
  testActor,
  useBookingDatabase,
} from "../../testing/booking-test-kit";
import { freedSlotOf } from "./pass-on-lapsed-offer.use-case";

const reception: StaffPrincipal = {
  staffId: "staff-rita",
  role: "reception",
  organisationId: "org-test",
  locationIds: [],
};
const aClient = (displayName: string, phone: string) => ({
  displayName,
  phone,
  preferredLanguage: "de" as const,
  smsConsent: true,
});

type OutboxOf = {
  outbox: Array<{
    envelope: {
      type: string;
      data: {
        offerUrl: string;
        offerExpiresAt: string;
        client: { clientId: string; sealedName: string; sealedPhone: string };
      };
    };
  }>;
};

describe("waitlist on the real database", () => {
  const db = useBookingDatabase("waitlist");

  it("offers a freed slot to the longest-waiting person, holds it for them, and books it when they accept", async () => {
    const uc = bookingUseCases(db());
    const booked = await uc.book.execute(aBookingRequest("wl-booked-1"), testActor);
    const first = await uc.joinWaitlist.execute(
      { idempotencyKey: "wl-join-1", serviceId: "svc-test", client: aClient("Ola", "+4915111111111") },
      reception,
    );
    await uc.joinWaitlist.execute(
      { idempotencyKey: "wl-join-2", serviceId: "svc-test", client: aClient("Yusuf", "+4915122222222") },
      reception,
    );
    // Joining twice with the same key is the same entry.
    const again = await uc.joinWaitlist.execute(
      { idempotencyKey: "wl-join-1", serviceId: "svc-test", client: aClient("Ola", "+4915111111111") },
      reception,
    );
    expect(again.entryId).toBe(first.entryId);

    const cancelled = await uc.cancel.byClient({
      appointmentId: booked.appointment.appointmentId,
      manageToken: booked.manageToken!,
    });
    const offered = await uc.offerFreedSlot.execute(freedSlotOf(cancelled.details));
    expect(offered).toMatchObject({ entryId: first.entryId, status: "offered" });
    // Delivered twice (the consumer's redelivery): no second offer, the slot stays with Ola.
    expect(await uc.offerFreedSlot.execute(freedSlotOf(cancelled.details))).toBeNull();
    await expect(uc.book.execute(aBookingRequest("wl-sneak"), testActor)).rejects.toMatchObject({
      reason: "slot_taken",
    });

    const raw = (await db()
      .collection("waitlist")
      .findOne({ _id: first.entryId as never })) as unknown as OutboxOf;
    expect(raw.outbox.map((entry) => entry.envelope.type)).toEqual(["waitlist.slot_offered"]);
    const offerUrl = raw.outbox[0]!.envelope.data.offerUrl;
    const token = offerUrl.split("#")[1]!;
    expect(offerUrl).toContain(`/offer/${first.entryId}#`);
    // The offer is texted from the hold's own sealed copy of Ola's name and number, not the entry's key.
    const { client } = raw.outbox[0]!.envelope.data;
    expect(client.clientId).not.toBe(`client-${first.entryId}`);
    expect(await uc.personalData.vault.decrypt(client.clientId, client.sealedName)).toBe("Ola");
    expect(await uc.personalData.vault.decrypt(client.clientId, client.sealedPhone)).toBe("+4915111111111");

    await expect(
      uc.acceptWaitlistOffer.execute({ entryId: first.entryId, offerToken: "x".repeat(43) }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      reason: "offer_link_invalid",
    });
    const accepted = await uc.acceptWaitlistOffer.execute({ entryId: first.entryId, offerToken: token });
    expect(accepted.appointment.time.startsAt).toBe(cancelled.details.time.startsAt);
    expect(accepted.manageToken).toEqual(expect.any(String));
    const appointment = await uc.appointments.findById(accepted.appointment.appointmentId);
    expect(appointment?.status).toBe("booked");
    // Tapping the link again answers with the same appointment.
    const twice = await uc.acceptWaitlistOffer.execute({ entryId: first.entryId, offerToken: token });
    expect(twice.appointment.appointmentId).toBe(accepted.appointment.appointmentId);

    const list = await uc.listWaitlist.execute({ serviceId: "svc-test" }, reception);
    expect(list.map((row) => [row.clientName, row.status])).toEqual([["Yusuf", "waiting"]]);
    expect(JSON.stringify(list)).not.toContain("+49");
  });

  it("passes a lapsed offer to the next person, and refuses the lapsed link", async () => {
    let now = new Date("2026-11-25T10:00:00Z");
    const uc = bookingUseCases(db(), { now: () => now });
    const booked = await uc.book.execute(
      aBookingRequest("wl-booked-2", { startsAt: "2026-12-07T08:00:00Z" }),
      testActor,
    );
    const lapsing = await uc.joinWaitlist.execute(
      {
        idempotencyKey: "wl-join-3",
        serviceId: "svc-test",
        locationId: "loc-test",
        client: aClient("Lina", "+4915133333333"),
      },
      reception,
    );
    const cancelled = await uc.cancel.byClient({
      appointmentId: booked.appointment.appointmentId,
      manageToken: booked.manageToken!,
    });
    // Yusuf from the first test is still waiting and waited longer: he gets the offer.
    const offered = await uc.offerFreedSlot.execute(freedSlotOf(cancelled.details));
    expect(await uc.personalData.vault.decrypt(offered!.client.clientId, offered!.client.sealedName)).toBe(
      "Yusuf",
    );
    const yusufToken = (
      (await db()
        .collection("waitlist")
        .findOne({ _id: offered!.entryId as never })) as unknown as OutboxOf
    ).outbox[0]!.envelope.data.offerUrl.split("#")[1]!;

    now = new Date(now.getTime() + 121 * 60_000); // the 2-hour offer ran out
    expect(await uc.expireHolds.execute()).toBe(1);
    expect((await uc.waitlist.findById(offered!.entryId))?.status).toBe("lapsed");
    const next = await uc.waitlist.findById(lapsing.entryId);
    expect(next?.status).toBe("offered");
    await expect(
      uc.acceptWaitlistOffer.execute({ entryId: offered!.entryId, offerToken: yusufToken }),
    ).rejects.toMatchObject({
      code: "GONE",
    });

    // Lina leaves the list: her open offer is released and nobody else waits, so the slot is free.
    await uc.leaveWaitlist.execute({ entryId: lapsing.entryId }, reception);
    const rebooked = await uc.book.execute(
      aBookingRequest("wl-after", { startsAt: "2026-12-07T08:00:00Z" }),
      testActor,
    );
    expect(rebooked.appointment.time.startsAt).toBe("2026-12-07T08:00:00.000Z");
  });

  it("needs SMS consent to join, and refuses staff of another organisation", async () => {
    const uc = bookingUseCases(db());
    await expect(
      uc.joinWaitlist.execute(
        {
          idempotencyKey: "wl-join-4",
          serviceId: "svc-test",
          client: { ...aClient("A", "+4915144444444"), smsConsent: false },
        },
        reception,
      ),
    ).rejects.toMatchObject({ reason: "waitlist_needs_sms" });
    await expect(
      uc.joinWaitlist.execute(
        { idempotencyKey: "wl-join-5", serviceId: "svc-test", client: aClient("A", "+4915144444444") },
        { ...reception, organisationId: "org-x" },
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
