import { randomUUID } from "node:crypto";
import {
  type EventEnvelope,
  PrivacyErasureConfirmedV1,
  PrivacyErasureRequestedV1,
  type SealedSharedClientData,
} from "@counselling/contracts";
import { anEventEnvelope } from "@counselling/contracts/testing";
import type { StaffPrincipal } from "@counselling/platform";
import { waitFor } from "@counselling/testkit";
import { ReferralCollections } from "./referral-parts";
import { FixedServiceDirectory } from "./testing/fixed-service-directory";
import { type ReferralHarness, useReferralService, waitForEventTypes } from "./testing/referral-test-kit";

// Tuesday 17 November 2026 (see referral-service.int.test.ts for the calendar).
const tuesday = "2026-11-17T09:00:00Z";

const counsellor: StaffPrincipal = {
  staffId: "counsellor-mbe-01",
  role: "counsellor",
  organisationId: "organisation-halle",
  locationIds: [],
};
const intake: StaffPrincipal = {
  staffId: "intake-psz-01",
  role: "intake",
  organisationId: "organisation-psz",
  locationIds: [],
};
const dpo: StaffPrincipal = {
  staffId: "dpo-01",
  role: "dpo",
  organisationId: "organisation-diakonie",
  locationIds: [],
};
const adminHalle: StaffPrincipal = { ...counsellor, staffId: "admin-halle", role: "admin" };
const coordinatorPsz: StaffPrincipal = { ...intake, staffId: "coordinator-psz", role: "coordinator" };

const directory = new FixedServiceDirectory([
  {
    serviceId: "service-psz-leipzig",
    kind: "psychosocial_centre",
    organisationId: "organisation-psz",
    locationIds: ["location-psz-leipzig"],
    acceptWithinWorkingDays: 2,
  },
]);

/** A client as the counsellor knows them: every value is personal data that must never rest in the clear. */
interface Person {
  name: string;
  phone: string;
  note: string;
  clientReference: string;
  reasonText: string;
  healthText: string;
  /** What the client's legal deadline is: free text about their asylum case. */
  deadlineText: string;
}

function aPerson(name: string, phone: string): Person {
  const tag = randomUUID().slice(0, 6);
  return {
    name,
    phone,
    note: `nur abends ${tag}`,
    clientReference: `MBE-${tag}`,
    reasonText: `Albträume seit der Flucht ${tag}`,
    healthText: `Schlafstörungen ${tag}`,
    deadlineText: `Klagefrist gegen Asylbescheid ${tag}`,
  };
}

const secretsOf = (person: Person) => [
  person.name,
  person.phone,
  person.note,
  person.clientReference,
  person.reasonText,
  person.healthText,
  person.deadlineText,
];

const deadlineDueOn = "2026-12-01";

const toPsz = {
  scope: "organisation",
  serviceKind: "psychosocial_centre",
  organisationId: "organisation-psz",
  locationId: "location-psz-leipzig",
  serviceId: null,
  federalState: "DE-SN",
};

const consent = {
  dataCategories: ["contact", "language", "referral_reason", "health_notes"],
  purpose: "Vermittlung an das PSZ und Terminabsprache",
  givenHow: "signed_form",
  witnessedBy: null,
  givenAt: "2026-11-17T08:30:00Z",
  expiresAt: "2027-05-17T08:30:00Z",
};

describe("referral privacy (issue 8) on the real broker and database", () => {
  const suite = useReferralService(
    "referral-privacy",
    tuesday,
    {
      RETENTION_DAYS_BY_SERVICE_KIND: JSON.stringify({ psychosocial_centre: 30 }),
      RETENTION_DAYS_DEFAULT: "365",
    },
    { serviceDirectory: directory },
  );
  const tokens: Record<"counsellor" | "intake" | "dpo" | "adminHalle" | "coordinatorPsz", string> = {
    counsellor: "",
    intake: "",
    dpo: "",
    adminHalle: "",
    coordinatorPsz: "",
  };

  beforeAll(async () => {
    const h = suite();
    tokens.counsellor = await h.tokenFor(counsellor);
    tokens.intake = await h.tokenFor(intake);
    tokens.dpo = await h.tokenFor(dpo);
    tokens.adminHalle = await h.tokenFor(adminHalle);
    tokens.coordinatorPsz = await h.tokenFor(coordinatorPsz);
  });

  beforeEach(() => suite().setNow(tuesday));

  /** A sent referral for the person (to the PSZ unless told otherwise); residence status is withheld. */
  async function sentReferral(h: ReferralHarness, person: Person, to: object = toPsz): Promise<string> {
    const created = await h.call("counsellor.createDraft", tokens.counsellor, {
      clientReference: person.clientReference,
      fromService: { serviceId: "service-mbe-halle", serviceKind: "adult_migration_counselling" },
      to,
      urgency: "soon",
      reasonCode: "psychological_support",
      communication: { language: "ar", interpreterNeeded: true },
      legalDeadline: { dueOn: deadlineDueOn, description: person.deadlineText },
      sharedData: {
        contact: { name: person.name, phone: person.phone, note: person.note },
        language: { dialect: "Syrisch-Arabisch", furtherLanguages: ["en"] },
        residence_status: { status: "asylum_seeker", validUntil: null },
        referral_reason: { text: person.reasonText },
        health_notes: { text: person.healthText },
      },
    });
    expect(created.status).toBe(200);
    const { referralId } = created.data as { referralId: string };
    expect(
      (await h.call("counsellor.recordConsent", tokens.counsellor, { referralId, consent })).status,
    ).toBe(200);
    const sent = await h.call("counsellor.send", tokens.counsellor, { referralId });
    expect(sent.data).toMatchObject({ status: "sent", withheldCategories: ["residence_status"] });
    return referralId;
  }

  async function openedAndNoted(h: ReferralHarness, referralId: string, note: string): Promise<void> {
    expect((await h.call("intake.open", tokens.intake, { referralId })).status).toBe(200);
    expect((await h.call("intake.addNote", tokens.intake, { referralId, text: note })).status).toBe(200);
  }

  const pszInbox = async (h: ReferralHarness) => {
    const reply = await h.call(
      "intake.inbox",
      tokens.intake,
      {
        organisationId: "organisation-psz",
        serviceKind: "psychosocial_centre",
        locationId: "location-psz-leipzig",
        federalState: "DE-SN",
      },
      "query",
    );
    expect(reply.status).toBe(200);
    return reply.data as Array<{ referralId: string; legalDeadline: unknown }>;
  };

  const timelineOf = async (h: ReferralHarness, referralId: string) => {
    const reply = await h.call("counsellor.timeline", tokens.counsellor, { referralId }, "query");
    expect(reply.status).toBe(200);
    return reply.data as { legalDeadline: { dueOn: string; description: string | null } | null };
  };

  const rawReferral = (h: ReferralHarness, referralId: string) =>
    h.db.collection(ReferralCollections.referrals).findOne({ _id: referralId as never });

  const erasureRequest = (data: { phoneIndex: string | null; clientIds: string[] }) => {
    const requestId = `erasure-${randomUUID()}`;
    return anEventEnvelope(
      PrivacyErasureRequestedV1,
      {
        requestId,
        ...data,
        requestedBy: { kind: "staff", staffId: dpo.staffId, role: "dpo", organisationId: dpo.organisationId },
        at: "2026-11-20T10:00:00Z",
      },
      requestId,
      { source: "booking" },
    );
  };

  const confirmationsOf = (h: ReferralHarness, requestId: string) =>
    h
      .privacyEvents()
      .filter(
        (event) =>
          event.type === PrivacyErasureConfirmedV1.type &&
          (event.data as { requestId: string; service: string }).requestId === requestId &&
          (event.data as { service: string }).service === "referral",
      );

  const waitForConfirmation = (h: ReferralHarness, requestId: string) =>
    waitFor(
      () => confirmationsOf(h, requestId),
      (events) => events.length > 0,
      { what: `referral's confirmation of ${requestId}`, timeoutMs: 20_000 },
    ).then((events) => events[0] as EventEnvelope);

  const monthly = async (h: ReferralHarness, token: string, input: object = {}) =>
    h.call("statistics.monthly", token, input, "query");

  it("keeps no plaintext of the client in any collection nor in its events, and opens it for intake", async () => {
    const h = suite();
    const person = aPerson("Zulfiya Testperson", "+4915123987654");
    const referralId = await sentReferral(h, person);
    // Intake's inbox line has the deadline's date (it ranks by it), not what the deadline is.
    const inbox = await pszInbox(h);
    expect(inbox.find((item) => item.referralId === referralId)?.legalDeadline).toEqual({
      dueOn: deadlineDueOn,
      workingDaysLeft: expect.any(Number) as unknown,
      overdue: false,
    });
    expect(JSON.stringify(inbox)).not.toContain(person.deadlineText);
    expect(JSON.stringify(inbox)).not.toMatch(/description/i);
    await openedAndNoted(h, referralId, `Erstgespräch: Verdacht auf PTBS ${person.clientReference}`);
    await h.call("intake.accept", tokens.intake, { referralId, serviceId: "service-psz-leipzig" });
    await h.call("counsellor.myReferrals", tokens.counsellor, undefined, "query");
    // The counsellor's timeline shows the deadline they wrote, opened (and audited).
    expect((await timelineOf(h, referralId)).legalDeadline).toEqual({
      dueOn: deadlineDueOn,
      description: person.deadlineText,
    });

    const view = await h.call("intake.open", tokens.intake, { referralId });
    expect(view.data).toMatchObject({
      sharedData: {
        contact: { name: person.name, phone: person.phone, note: person.note },
        health_notes: { text: person.healthText },
      },
      notes: [expect.objectContaining({ text: `Erstgespräch: Verdacht auf PTBS ${person.clientReference}` })],
      legalDeadline: { dueOn: deadlineDueOn, description: person.deadlineText },
      personalDataErased: false,
    });
    expect(view.data).not.toHaveProperty("sharedData.residence_status"); // withheld when sent
    const reads = (await h.call("privacy.accessLog", tokens.dpo, { recordId: referralId }, "query"))
      .data as Array<{
      procedure: string;
      fields: string[];
    }>;
    for (const procedure of ["counsellor.createDraft", "intake.open", "counsellor.timeline"])
      expect(reads.find((entry) => entry.procedure === procedure)?.fields).toContain("legal_deadline");

    const events = await waitForEventTypes(h, referralId, [
      "referral.sent",
      "referral.received",
      "referral.accepted",
    ]);
    await waitFor(
      () => rawReferral(h, referralId),
      (doc) => doc?.outboxPending === 0,
      { what: "the outbox relayed" },
    );
    const secrets = [...secretsOf(person), "Verdacht auf PTBS", "asylum_seeker"];
    const collections = await h.db.listCollections().toArray();
    expect(collections.map((collection) => collection.name)).toEqual(
      expect.arrayContaining([ReferralCollections.referrals, ReferralCollections.personalDataAccessLog]),
    );
    for (const { name } of collections) {
      const text = JSON.stringify(await h.db.collection(name).find({}).toArray());
      for (const secret of secrets)
        expect({ collection: name, has: text.includes(secret), secret }).toMatchObject({ has: false });
    }
    // The keys themselves are wrapped by the master key, in their own database.
    const keys = JSON.stringify(await h.keyDb.collection("client_data_keys").find({}).toArray());
    expect(keys).toMatch(/"wrappedKey":"pd1:/);
    for (const secret of secrets)
      expect({ has: keys.includes(secret), secret }).toMatchObject({ has: false });
    const onKafka = JSON.stringify(events);
    for (const secret of secrets)
      expect({ has: onKafka.includes(secret), secret }).toMatchObject({ has: false });

    // What travelled is real ciphertext of the referral's key, and holds the released categories only.
    const shared = (events[0]?.data as { sharedData: SealedSharedClientData }).sharedData;
    expect(shared.categories).toEqual(["contact", "language", "referral_reason", "health_notes"]);
    const opened = JSON.parse(await h.protection.vault.decrypt(shared.clientId, shared.sealed)) as object;
    expect(opened).toMatchObject({
      contact: { name: person.name },
      referral_reason: { text: person.reasonText },
    });
    expect(opened).not.toHaveProperty("residence_status");
    // The deadline travelled with its date in the clear and its description sealed with the same key.
    const deadline = (events[0]?.data as { legalDeadline: { dueOn: string; sealedDescription: string } })
      .legalDeadline;
    expect(deadline).toEqual({
      dueOn: deadlineDueOn,
      sealedDescription: expect.stringMatching(/^pd1:/) as unknown,
    });
    expect(await h.protection.vault.decrypt(shared.clientId, deadline.sealedDescription)).toBe(
      person.deadlineText,
    );
    expect(await rawReferral(h, referralId)).toMatchObject({
      legalDeadline: { dueOn: deadlineDueOn, sealedDescription: deadline.sealedDescription },
    });
  });

  it("erases by phone exactly that person's referrals, confirms once, shrugs off redeliveries and others' confirmations", async () => {
    const h = suite();
    const yusuf = aPerson("Yusuf Beispiel", "+4915200000001");
    const mariam = aPerson("Mariam Muster", "+4915200000002");
    const first = await sentReferral(h, yusuf);
    const second = await sentReferral(h, { ...yusuf, clientReference: `${yusuf.clientReference}-2` });
    const other = await sentReferral(h, mariam);
    await openedAndNoted(h, first, "Rückruf vereinbart");
    const sentEvent = (await waitForEventTypes(h, first, ["referral.sent", "referral.received"]))[0];
    const statisticsBefore = (await monthly(h, tokens.dpo)).data;

    const request = erasureRequest({ phoneIndex: h.protection.phoneIndex.of(yusuf.phone), clientIds: [] });
    await h.producePrivacyEvents([request]);
    const confirmation = await waitForConfirmation(h, request.data.requestId);
    expect(confirmation).toMatchObject({
      subject: request.data.requestId,
      source: "referral",
      causationId: request.id,
      data: { service: "referral", recordsErased: 2 },
    });
    expect([...(confirmation.data as { clientIds: string[] }).clientIds].sort()).toEqual(
      [`client-${first}`, `client-${second}`].sort(),
    );

    // Statistics are the same as before the erasure (before anything else moves on).
    expect((await monthly(h, tokens.dpo)).data).toEqual(statisticsBefore);
    for (const referralId of [first, second]) {
      const stored = await rawReferral(h, referralId);
      expect(stored).not.toHaveProperty("phoneIndex");
      expect(stored).toMatchObject({
        erasureRequestId: request.data.requestId,
        status: referralId === first ? "received" : "sent", // the record and its status stay
      });
      expect(typeof stored?.personalDataErasedAt).toBe("string");
      expect(await h.protection.vault.hasKey(`client-${referralId}`)).toBe(false);
    }
    // The referral.sent still on Kafka can no longer be read.
    const travelled = (sentEvent?.data as { sharedData: SealedSharedClientData }).sharedData;
    expect(await h.protection.vault.decryptOrNull(travelled.clientId, travelled.sealed)).toBeNull();
    const travelledDeadline = (sentEvent?.data as { legalDeadline: { sealedDescription: string } })
      .legalDeadline;
    expect(
      await h.protection.vault.decryptOrNull(travelled.clientId, travelledDeadline.sealedDescription),
    ).toBeNull();

    // The other client is untouched.
    expect(await rawReferral(h, other)).toMatchObject({
      phoneIndex: h.protection.phoneIndex.of(mariam.phone),
    });
    const otherView = await h.call("intake.open", tokens.intake, { referralId: other });
    expect(otherView.data).toMatchObject({
      sharedData: { contact: { name: mariam.name } },
      personalDataErased: false,
    });

    // Views show the data as erased, and the rest of the referral as before.
    const erasedView = await h.call("intake.open", tokens.intake, { referralId: first });
    expect(erasedView.status).toBe(200);
    expect(erasedView.data).toMatchObject({
      status: "received",
      sharedData: {},
      notes: [],
      legalDeadline: { dueOn: deadlineDueOn, description: null }, // the date stays, what it is goes
      personalDataErased: true,
    });
    const list = (await h.call("counsellor.myReferrals", tokens.counsellor, undefined, "query"))
      .data as Array<{
      referralId: string;
      clientReference: string | null;
      personalDataErased: boolean;
    }>;
    expect(list.find((item) => item.referralId === first)).toMatchObject({
      clientReference: null,
      personalDataErased: true,
    });
    expect(list.find((item) => item.referralId === other)).toMatchObject({
      clientReference: mariam.clientReference,
    });
    expect((await timelineOf(h, first)).legalDeadline).toEqual({ dueOn: deadlineDueOn, description: null });
    const note = await h.call("intake.addNote", tokens.intake, {
      referralId: first,
      text: "noch eine Notiz",
    });
    expect(note.status).toBe(404); // GONE travels as tRPC's NOT_FOUND; the app code says which
    expect(note.error?.data).toMatchObject({ appCode: "GONE", reason: "personal_data_erased" });

    // The same request again (redelivered, and re-sent under a new envelope id), and booking's confirmation.
    const again = { ...request, id: randomUUID() };
    const fromBooking = anEventEnvelope(
      PrivacyErasureConfirmedV1,
      {
        requestId: request.data.requestId,
        service: "booking",
        clientIds: [],
        recordsErased: 0,
        at: "2026-11-20T10:00:01Z",
      },
      request.data.requestId,
      { source: "booking" },
    );
    await h.producePrivacyEvents([request, fromBooking, again]);
    await waitFor(
      () =>
        h.db
          .collection(ReferralCollections.processedEvents)
          .countDocuments({ _id: `referral.privacy-erasures:${again.id}` as never }),
      (count) => count === 1,
      { what: "the re-sent request handled" },
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // a relay round or more
    expect(confirmationsOf(h, request.data.requestId)).toHaveLength(1);
    expect(h.deadLetters()).toEqual([]);
    expect(await rawReferral(h, other)).toMatchObject({ personalDataErasedAt: null });

    // Decisions without personal data go on.
    expect(
      (await h.call("intake.accept", tokens.intake, { referralId: first, serviceId: "service-psz-leipzig" }))
        .data,
    ).toMatchObject({ status: "accepted" });
    // A revocation still records itself; the unreadable data can't be narrowed, its categories are.
    const revoked = await h.call("counsellor.revokeConsent", tokens.counsellor, {
      referralId: first,
      categories: ["health_notes"],
    });
    expect(revoked.data).toMatchObject({ status: "accepted" });
    expect(await rawReferral(h, first)).toMatchObject({
      sharedData: { categories: ["contact", "language", "referral_reason"] },
      consent: { revokedCategories: ["health_notes"] },
    });

    // The erasure is in the access log, as the data protection officer's.
    const log = await h.call("privacy.accessLog", tokens.dpo, { recordId: first }, "query");
    expect(log.data).toContainEqual(
      expect.objectContaining({
        action: "erase",
        staffId: dpo.staffId,
        role: "dpo",
        clientIds: [`client-${first}`, `client-${second}`],
      }),
    );
  });

  it("erases by client id only the named referral, and keeps statistics identical", async () => {
    const h = suite();
    const person = aPerson("Hamid Probe", "+4915200000003");
    const named = await sentReferral(h, person);
    const unnamed = await sentReferral(h, { ...person, clientReference: `${person.clientReference}-b` });
    await h.call("intake.open", tokens.intake, { referralId: named });
    await h.call("intake.decline", tokens.intake, { referralId: named, reason: "no_capacity" });
    const before = (await monthly(h, tokens.dpo, { from: "2026-11", to: "2026-11" })).data;

    const request = erasureRequest({ phoneIndex: null, clientIds: [`client-${named}`] });
    await h.producePrivacyEvents([request]);
    expect((await waitForConfirmation(h, request.data.requestId)).data).toMatchObject({
      recordsErased: 1,
      clientIds: [`client-${named}`],
    });
    expect(await h.protection.vault.hasKey(`client-${named}`)).toBe(false);
    expect(await h.protection.vault.hasKey(`client-${unnamed}`)).toBe(true);
    expect(await rawReferral(h, unnamed)).toMatchObject({
      phoneIndex: h.protection.phoneIndex.of(person.phone),
      personalDataErasedAt: null,
    });
    expect((await monthly(h, tokens.dpo, { from: "2026-11", to: "2026-11" })).data).toEqual(before);
  });

  it("exports everything about the person asked for, and nothing of anyone else; only to the data protection officer", async () => {
    const h = suite();
    const dana = aPerson("Dana Exportfall", "+4915200000004");
    const emil = aPerson("Emil Anderer", "+4915200000005");
    const danas = await sentReferral(h, dana);
    const emils = await sentReferral(h, emil);
    await openedAndNoted(h, danas, "Termin mit Dolmetscherin");

    const byPhone = await h.call("privacy.exportOwn", tokens.dpo, { phone: dana.phone }, "mutation");
    expect(byPhone.status).toBe(200);
    const exported = byPhone.data as { service: string; referrals: Array<Record<string, unknown>> };
    expect(exported.service).toBe("referral");
    expect(exported.referrals).toEqual([
      expect.objectContaining({
        referralId: danas,
        clientId: `client-${danas}`,
        status: "received",
        clientReference: dana.clientReference,
        sharedData: expect.objectContaining({
          contact: { name: dana.name, phone: dana.phone, note: dana.note },
          health_notes: { text: dana.healthText },
        }) as unknown,
        consent: expect.objectContaining({ purpose: consent.purpose }) as unknown,
        legalDeadline: { dueOn: deadlineDueOn, description: dana.deadlineText },
        notes: [expect.objectContaining({ text: "Termin mit Dolmetscherin" })],
      }),
    ]);
    const text = JSON.stringify(exported);
    for (const secret of [...secretsOf(emil), emils])
      expect({ has: text.includes(secret), secret }).toMatchObject({ has: false });

    const byClientId = await h.call(
      "privacy.exportOwn",
      tokens.dpo,
      { clientIds: [`client-${emils}`] },
      "mutation",
    );
    expect((byClientId.data as typeof exported).referrals.map((referral) => referral.referralId)).toEqual([
      emils,
    ]);
    const log = await h.call("privacy.accessLog", tokens.dpo, { clientId: `client-${danas}` }, "query");
    expect(log.data).toContainEqual(
      expect.objectContaining({ action: "export", procedure: "privacy.exportOwn", staffId: dpo.staffId }),
    );

    expect((await h.call("privacy.exportOwn", tokens.dpo, {}, "mutation")).status).toBe(400);
    for (const token of [tokens.counsellor, tokens.intake, tokens.adminHalle, tokens.coordinatorPsz]) {
      for (const [path, input] of [
        ["privacy.exportOwn", { phone: dana.phone }],
        ["privacy.accessLog", {}],
        ["privacy.verifyAccessLog", undefined],
      ] as const) {
        const refused = await h.call(path, token, input, path === "privacy.exportOwn" ? "mutation" : "query");
        expect({ path, status: refused.status, reason: refused.error?.data.reason }).toEqual({
          path,
          status: 403,
          reason: "role_not_allowed",
        });
      }
    }
    // The data protection officer does no case work.
    expect((await h.call("counsellor.myReferrals", tokens.dpo, undefined, "query")).status).toBe(403);
  });

  it("counts referrals per month and kind for admins and coordinators of their organisation", async () => {
    const h = suite();
    const person = aPerson("Sami Statistik", "+4915200000006");
    await sentReferral(h, person);
    await sentReferral(h, person, {
      scope: "region",
      serviceKind: "refugee_counselling",
      federalState: "DE-SN",
      nearPostalCode: null,
    });
    type Reply = {
      organisationId: string;
      months: Array<{ month: string; serviceKind: string; sent: number }>;
    };
    const sender = (await monthly(h, tokens.adminHalle)).data as Reply;
    expect(sender.organisationId).toBe("organisation-halle");
    expect(sender.months.map((row) => `${row.month} ${row.serviceKind}`)).toEqual([
      "2026-11 psychosocial_centre",
      "2026-11 refugee_counselling",
    ]);
    // The PSZ receives only the referrals to it, not the region-wide one of another kind.
    const receiver = (await monthly(h, tokens.coordinatorPsz, { from: "2026-11", to: "2026-11" }))
      .data as Reply;
    expect(receiver.months.map((row) => row.serviceKind)).toEqual(["psychosocial_centre"]);
    expect(receiver.months[0]?.sent).toBe(sender.months[0]?.sent);
    expect(JSON.stringify(receiver)).not.toContain(person.name);
    expect(((await monthly(h, tokens.adminHalle, { from: "2026-12" })).data as Reply).months).toEqual([]);

    const elsewhere = await monthly(h, tokens.adminHalle, { organisationId: "organisation-psz" });
    expect(elsewhere.error?.data).toMatchObject({ appCode: "FORBIDDEN", reason: "out_of_scope" });
    expect((await monthly(h, tokens.counsellor)).status).toBe(403);
    expect((await monthly(h, tokens.adminHalle, { from: "2026-12", to: "2026-11" })).status).toBe(400);
    const network = await monthly(h, tokens.dpo, {
      organisationId: "organisation-psz",
      from: "2026-11",
      to: "2026-11",
    });
    expect(network.data).toEqual(receiver);
  });

  it("records every read and change of personal data before it happens, and the chain shows tampering", async () => {
    const h = suite();
    const person = aPerson("Lina Protokoll", "+4915200000007");
    const referralId = await sentReferral(h, person);
    await openedAndNoted(h, referralId, "Rückruf Do");
    await h.call("intake.revokeConsent", tokens.intake, { referralId, categories: ["health_notes"] });

    const log = await h.call("privacy.accessLog", tokens.dpo, { recordId: referralId }, "query");
    const entries = log.data as Array<{
      position: number;
      action: string;
      procedure: string;
      staffId: string;
      purpose: string;
      fields: string[];
    }>;
    expect(entries.map(({ action, procedure, staffId }) => [action, procedure, staffId])).toEqual([
      ["change", "counsellor.createDraft", counsellor.staffId],
      ["change", "counsellor.recordConsent", counsellor.staffId],
      ["change", "counsellor.send", counsellor.staffId],
      ["read", "intake.open", intake.staffId],
      ["change", "intake.addNote", intake.staffId],
      ["change", "intake.revokeConsent", intake.staffId],
    ]);
    expect(entries.at(-1)?.fields).toEqual(["health_notes", "consent"]);
    expect(entries.every((entry) => entry.purpose.length > 0)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(person.name);
    expect((await h.call("privacy.verifyAccessLog", tokens.dpo, undefined, "query")).data).toMatchObject({
      intact: true,
      brokenAt: null,
    });

    // Someone edits a record in the database: the chain shows where.
    const tampered = entries[3]!;
    const collection = h.db.collection(ReferralCollections.personalDataAccessLog);
    await collection.updateOne(
      { _id: tampered.position as never },
      { $set: { "record.purpose": "nothing to see" } },
    );
    try {
      expect((await h.call("privacy.verifyAccessLog", tokens.dpo, undefined, "query")).data).toMatchObject({
        intact: false,
        brokenAt: tampered.position,
      });
    } finally {
      await collection.updateOne(
        { _id: tampered.position as never },
        { $set: { "record.purpose": tampered.purpose } },
      );
    }
    expect((await h.call("privacy.verifyAccessLog", tokens.dpo, undefined, "query")).data).toMatchObject({
      intact: true,
    });
  });

  it("anonymises finished referrals after their kind's retention, and nothing else", async () => {
    const h = suite();
    const person = aPerson("Rita Aufbewahrung", "+4915200000008");
    const declined = await sentReferral(h, person);
    const cancelled = await sentReferral(h, person, {
      scope: "region",
      serviceKind: "refugee_counselling",
      federalState: "DE-SN",
      nearPostalCode: null,
    });
    const ongoing = await sentReferral(h, person);
    h.setNow("2026-11-19T10:00:00Z");
    await h.call("intake.open", tokens.intake, { referralId: declined });
    await h.call("intake.decline", tokens.intake, { referralId: declined, reason: "no_capacity" });
    await h.call("counsellor.cancel", tokens.counsellor, {
      referralId: cancelled,
      reason: "no_longer_needed",
    });
    await h.call("intake.open", tokens.intake, { referralId: ongoing });
    await h.call("intake.accept", tokens.intake, { referralId: ongoing, serviceId: "service-psz-leipzig" });
    const erased = async (referralId: string) => !(await h.protection.vault.hasKey(`client-${referralId}`));

    h.setNow("2026-12-19T09:59:59Z"); // psychosocial centre: 30 days, not yet
    await h.anonymiseClosed.execute();
    expect(await erased(declined)).toBe(false);

    h.setNow("2026-12-19T10:00:00Z");
    expect(await h.anonymiseClosed.execute()).toBeGreaterThanOrEqual(1);
    expect(await erased(declined)).toBe(true);
    expect(await rawReferral(h, declined)).toMatchObject({
      status: "declined",
      personalDataErasedAt: "2026-12-19T10:00:00.000Z",
      erasureRequestId: null,
    });
    expect(await rawReferral(h, declined)).not.toHaveProperty("phoneIndex");
    expect(await erased(cancelled)).toBe(false); // refugee counselling: the default year
    expect(await erased(ongoing)).toBe(false);

    h.setNow("2027-11-19T10:00:00Z");
    await h.anonymiseClosed.execute();
    expect(await erased(cancelled)).toBe(true);
    expect(await erased(ongoing)).toBe(false); // not finished: kept however old
    expect(await rawReferral(h, ongoing)).toMatchObject({
      phoneIndex: h.protection.phoneIndex.of(person.phone),
    });
  });
});
