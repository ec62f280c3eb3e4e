import { isolatedSuite, testInfra } from "@counselling/testkit";
import type { Db, MongoClient } from "mongodb";
import type { StaffPrincipal } from "../auth/staff-principal";
import { openDb } from "../test-fixtures/counter-fixture";
import { PERSONAL_DATA_ACCESS_LOG, PersonalDataAccessLog } from "./personal-data-access-log";

describe("personal-data access log on the real database", () => {
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    const { dbName } = await isolatedSuite("access-log");
    ({ client, db } = await openDb(testInfra().mongoUrl, dbName));
  });

  afterAll(() => client.close());

  const reception: StaffPrincipal = {
    staffId: "staff-rezeption",
    role: "reception",
    organisationId: "organisation-halle",
    locationIds: ["location-halle"],
  };

  it("records who read whose data and why, finds it by client, record and staff, and detects tampering", async () => {
    const log = new PersonalDataAccessLog(db);
    await log.record(reception, {
      action: "read",
      procedure: "reception.locationDay",
      purpose: "run the location's day",
      clientIds: ["client-a", "client-b"],
      recordIds: ["appointment-a", "appointment-b"],
      fields: ["name"],
    });
    await log.record(reception, {
      action: "change",
      procedure: "appointments.cancelByStaff",
      purpose: "cancel on the client's behalf",
      clientIds: ["client-b"],
      recordIds: ["appointment-b"],
      fields: ["status"],
    });
    // Nothing personal touched: nothing to record.
    await log.record(reception, {
      action: "read",
      procedure: "reception.locationDay",
      purpose: "run the location's day",
      clientIds: [],
      recordIds: [],
      fields: [],
    });

    const ofB = await log.query({ clientId: "client-b" });
    expect(ofB.map((entry) => [entry.action, entry.procedure, entry.staffId, entry.role])).toEqual([
      ["read", "reception.locationDay", "staff-rezeption", "reception"],
      ["change", "appointments.cancelByStaff", "staff-rezeption", "reception"],
    ]);
    expect(await log.query({ recordId: "appointment-a" })).toHaveLength(1);
    // More matches than the limit: the newest ones.
    expect((await log.query({ clientId: "client-b", limit: 1 })).map((entry) => entry.action)).toEqual([
      "change",
    ]);
    expect(await log.query({ staffId: "someone-else" })).toEqual([]);
    expect(await log.verify()).toEqual({ intact: true, entries: 2, brokenAt: null });

    // Someone edits the first record to hide that client-a was looked at.
    await db
      .collection<{ _id: number }>(PERSONAL_DATA_ACCESS_LOG)
      .updateOne({ _id: 1 }, { $set: { "record.clientIds": ["client-b"] } });
    expect(await log.verify()).toEqual({ intact: false, entries: 2, brokenAt: 1 });
  });
});
