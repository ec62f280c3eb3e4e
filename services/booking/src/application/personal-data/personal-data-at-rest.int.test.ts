import type { StaffPrincipal } from "@counselling/platform";
import { aRoom, aService } from "../../domain/directory/directory.mother";
import {
  aBookingRequest,
  bookingUseCases,
  testActor,
  useBookingDatabase,
} from "../../testing/booking-test-kit";
import { freedSlotOf } from "../waitlist/pass-on-lapsed-offer.use-case";

const reception: StaffPrincipal = {
  staffId: "staff-rita",
  role: "reception",
  organisationId: "org-test",
  locationIds: [],
};
const intake: StaffPrincipal = { ...reception, staffId: "staff-ina", role: "intake" };
const dpo: StaffPrincipal = { ...reception, staffId: "staff-dpo", role: "dpo" };

/** Eight clients, each with a name and number that must never be stored in the clear. */
const people = ["Amal", "Bashir", "Chiara", "Dawit", "Esra", "Farid", "Gül", "Hana"].map((first, index) => ({
  displayName: `${first} Klartext`,
  phone: `+49151234500${String(index + 1).padStart(2, "0")}`,
  typed: `0151 234500${String(index + 1).padStart(2, "0")}`,
}));
const client = (index: number) => ({
  displayName: people[index]!.displayName,
  phone: people[index]!.typed,
  preferredLanguage: "de" as const,
  smsConsent: true,
});

interface StoredEvent {
  type: string;
  data: { client?: { clientId: string; sealedName: string; sealedPhone: string | null } };
}

describe("personal data sealed at rest and audited, on the real database", () => {
  const db = useBookingDatabase("at-rest");

  it("stores no client name or number in the clear anywhere, seals every event's client, and logs every staff access", async () => {
    const clock = { now: new Date("2026-11-25T10:00:00Z") };
    const uc = bookingUseCases(db(), { now: () => clock.now });
    // Every way a client's data enter booking.
    const amal = await uc.book.execute(aBookingRequest("rest-amal", { client: client(0) }), testActor);
    const bashir = await uc.bookForClient.execute(
      aBookingRequest("rest-bashir", { startsAt: "2026-11-30T09:00:00Z", client: client(1) }),
      reception,
    );
    const chiara = await uc.placeHold.execute(
      {
        ...aBookingRequest("rest-chiara", { startsAt: "2026-12-07T08:00:00Z", client: client(2) }),
        holdForMinutes: 60,
      },
      intake,
    );
    await uc.confirmHold.execute({ appointmentId: chiara.appointment.appointmentId }, intake);
    const dawit = await uc.placeHold.execute(
      {
        ...aBookingRequest("rest-dawit", { startsAt: "2026-12-07T09:00:00Z", client: client(3) }),
        holdForMinutes: 60,
      },
      intake,
    );
    await uc.releaseHold.byStaff({ appointmentId: dawit.appointment.appointmentId }, intake);
    const esra = await uc.joinWaitlist.execute(
      { idempotencyKey: "rest-esra", serviceId: "svc-test", client: client(4) },
      reception,
    );
    const farid = await uc.joinWaitlist.execute(
      { idempotencyKey: "rest-farid", serviceId: "svc-test", client: client(5) },
      reception,
    );
    await uc.leaveWaitlist.execute({ entryId: farid.entryId }, reception);
    const cancelled = await uc.cancelAppointment.byStaff(
      { appointmentId: amal.appointment.appointmentId, reason: "client_request", reasonNote: null },
      reception,
    );
    const offered = await uc.offerFreedSlot.execute(freedSlotOf(cancelled.details)); // to Esra
    expect(offered?.entryId).toBe(esra.entryId);
    const offerToken = (
      (await db()
        .collection("waitlist")
        .findOne({ _id: esra.entryId as never })) as unknown as {
        outbox: Array<{ envelope: { data: { offerUrl: string } } }>;
      }
    ).outbox[0]!.envelope.data.offerUrl.split("#")[1]!;
    const accepted = await uc.acceptWaitlistOffer.execute({ entryId: esra.entryId, offerToken });
    expect(accepted.appointment.client).toMatchObject({
      displayName: "Esra Klartext",
      phone: people[4]!.phone,
    });
    await uc.rescheduleAppointment.byClient({
      appointmentId: bashir.appointment.appointmentId,
      manageToken: bashir.manageToken!,
      startsAt: "2026-12-14T08:00:00Z",
    });
    await uc.recordAttendance.execute(chiara.appointment.appointmentId, "checked_in", reception);
    const day = await uc.locationDay.execute({ locationId: "loc-test", date: "2026-11-30" }, reception);
    expect(day.map((row) => row.clientName)).toEqual(["Amal Klartext", "Esra Klartext"]);
    expect(await uc.listWaitlist.execute({ serviceId: "svc-test" }, reception)).toEqual([]);
    clock.now = new Date("2026-11-30T08:07:00Z"); // Monday morning: a walk-in
    const gul = await uc.walkIn.execute(
      { idempotencyKey: "rest-gul", serviceId: "svc-test", locationId: "loc-test", client: client(6) },
      reception,
    );
    expect(gul.appointment.client).toMatchObject({ displayName: "Gül Klartext", phone: people[6]!.phone });
    const group = bookingUseCases(db(), {
      directory: { services: [aService({ groupCapacity: 5 })], rooms: [aRoom({ capacity: 8 })] },
    });
    await group.book.execute(
      aBookingRequest("rest-hana", { startsAt: "2026-12-21T08:00:00Z", client: client(7) }),
      testActor,
    );

    // Nothing in the clear: not in any collection of booking's database, nor in the key database.
    const stored: string[] = [];
    for (const database of [db(), db().client.db(`${db().databaseName}_keys`)]) {
      for (const { name } of await database.listCollections().toArray()) {
        stored.push(JSON.stringify(await database.collection(name).find({}).toArray()));
      }
    }
    const everything = stored.join("\n");
    expect(everything).toContain("pd1:");
    for (const person of people) {
      for (const plaintext of [
        person.displayName,
        person.displayName.split(" ")[0]!,
        person.phone,
        person.phone.slice(3),
      ]) {
        expect([plaintext, everything.includes(plaintext)]).toEqual([plaintext, false]);
      }
    }

    // Every event names its client only sealed, with the record's own key.
    const events = (
      await db().collection<{ outbox: Array<{ envelope: StoredEvent }> }>("appointments").find({}).toArray()
    ).flatMap((document) => document.outbox.map((entry) => entry.envelope));
    expect(events.length).toBeGreaterThanOrEqual(8);
    const names = new Set<string>();
    for (const { data } of events) {
      const sealed = data.client!;
      expect(sealed.sealedName).toMatch(/^pd1:/);
      names.add(await uc.personalData.vault.decrypt(sealed.clientId, sealed.sealedName));
    }
    expect([...names].sort()).toEqual(
      [
        "Amal Klartext",
        "Bashir Klartext",
        "Chiara Klartext",
        "Esra Klartext",
        "Gül Klartext",
        "Hana Klartext",
      ].sort(),
    );

    // Every staff access is in the log, with why, for whose data.
    const logged = await uc.privacy.queryAccessLog.execute({ limit: 1000 }, dpo);
    expect(new Set(logged.map((entry) => entry.procedure))).toEqual(
      new Set([
        "appointments.bookForClient",
        "holds.place",
        "holds.confirm",
        "holds.release",
        "waitlist.join",
        "waitlist.leave",
        "appointments.cancelByStaff",
        "reception.recordAttendance",
        "reception.day",
        "reception.walkIn",
      ]),
    );
    for (const entry of logged) {
      expect(entry.purpose.length).toBeGreaterThan(10);
      expect(entry.clientIds.length).toBeGreaterThan(0);
    }
    const dayRead = logged.find((entry) => entry.procedure === "reception.day");
    expect(dayRead).toMatchObject({
      staffId: "staff-rita",
      role: "reception",
      organisationId: "org-test",
      action: "read",
      fields: ["name"],
      recordIds: day.map((row) => row.appointmentId),
    });
    // waitlist.list read nobody's data (the list was empty): nothing to record.
    expect(logged.some((entry) => entry.procedure === "waitlist.list")).toBe(false);
  });

  it("detects a changed access record: the hash chain breaks at it", async () => {
    const uc = bookingUseCases(db());
    await expect(uc.privacy.verifyAccessLog.execute(reception)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(uc.privacy.queryAccessLog.execute({}, reception)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const intact = await uc.privacy.verifyAccessLog.execute(dpo);
    expect(intact).toMatchObject({ intact: true, brokenAt: null });
    expect(intact.entries).toBeGreaterThan(5);
    await db()
      .collection("personal_data_access_log")
      .updateOne({ _id: 3 as never }, { $set: { "record.purpose": "nothing to see here" } });
    expect(await uc.privacy.verifyAccessLog.execute(dpo)).toMatchObject({ intact: false, brokenAt: 3 });
  });
});
