import { PrivacyErasureRequestedV1 } from "@counselling/contracts";
import { isolatedSuite, testInfra } from "@counselling/testkit";
import type { Db, MongoClient } from "mongodb";
import { newEnvelope } from "../kafka/new-envelope";
import { openDb } from "../test-fixtures/counter-fixture";
import { ERASURE_RECEIPTS_COLLECTION, ErasureReceipts } from "./erasure-receipts";

describe("erasure receipts on the real database", () => {
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    const { dbName } = await isolatedSuite("erasure-receipts");
    ({ client, db } = await openDb(testInfra().mongoUrl, dbName));
  });

  afterAll(() => client.close());

  it("confirms a request once, through the outbox, even when the request is delivered again", async () => {
    const request = newEnvelope(PrivacyErasureRequestedV1, {
      subject: "erasure-1",
      source: "booking",
      data: {
        requestId: "erasure-1",
        phoneIndex: "a".repeat(64),
        clientIds: ["client-a"],
        requestedBy: { kind: "staff", staffId: "dpo-1", role: "dpo", organisationId: "organisation-halle" },
        at: "2026-11-25T10:00:00.000Z",
      },
    });
    const receipts = ErasureReceipts.on(db.collection(ERASURE_RECEIPTS_COLLECTION));
    await receipts.confirm(request, { service: "notify", clientIds: ["client-a"], recordsErased: 3 });
    await receipts.confirm(request, { service: "notify", clientIds: ["client-a"], recordsErased: 0 });

    const stored = await db.collection(ERASURE_RECEIPTS_COLLECTION).find({}).toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      _id: "erasure-1",
      service: "notify",
      recordsErased: 3,
      outboxPending: 1,
    });
    const [entry] = stored[0]!.outbox as Array<{ topic: string; envelope: Record<string, unknown> }>;
    expect(entry!.topic).toBe("privacy.erasures.v1");
    expect(entry!.envelope).toMatchObject({
      type: "privacy.erasure_confirmed",
      subject: "erasure-1",
      causationId: request.id,
      correlationId: request.correlationId,
      data: { requestId: "erasure-1", service: "notify", clientIds: ["client-a"], recordsErased: 3 },
    });
  });
});
