import {
  deadLetterTopicOf,
  AppointmentCancelledV1,
  AppointmentCheckedInV1,
  type AppointmentBookedV1Data,
  AppointmentNoShowV1,
  type EventEnvelope,
  Topics,
} from "@counselling/contracts";
import { anAppointmentBookedEvent, anEventEnvelope } from "@counselling/contracts/testing";
import {
  CLIENT_DATA_KEYS_COLLECTION,
  createKafka,
  createLogger,
  EventPublisher,
  type PersonalDataProtection,
  personalDataMasterKeyOf,
  PersonalDataVault,
  PhoneIndexer,
  type RunningService,
  runService,
  StaffTokens,
  type StaffPrincipal,
} from "@counselling/platform";
import { isolatedSuite, testInfra, uniqueId, waitFor } from "@counselling/testkit";
import { type Db, MongoClient } from "mongodb";
import { type ReferralConfig, loadReferralConfig } from "../config";
import { buildReferralParts, type ReferralPartOverrides } from "../referral-parts";
import type { ReferralJobs } from "../referral-parts";

const secret = "referral-int-test-secret-that-is-long-enough";

/** The whole referral service in this process (HTTP, relay, consumer) on the real broker and database, at a clock the test moves. */
export interface ReferralHarness {
  url: string;
  db: Db;
  topicPrefix: string;
  setNow: (instant: string) => void;
  tokenFor: (principal: StaffPrincipal) => Promise<string>;
  /** tRPC over HTTP: the status and the parsed body. */
  call: (
    path: string,
    token: string | null,
    input?: unknown,
    kind?: "query" | "mutation",
  ) => Promise<TrpcReply>;
  /** Produces events onto booking.appointments.v1 as booking would. */
  produceAppointmentEvents: (events: EventEnvelope[]) => Promise<void>;
  /** Produces events onto privacy.erasures.v1 as booking (requests) or another service (confirmations) would. */
  producePrivacyEvents: (events: EventEnvelope[]) => Promise<void>;
  /** Every event published on referral.referrals.v1 so far, in topic order per referral. */
  referralEvents: () => EventEnvelope[];
  /** Every event on privacy.erasures.v1 so far (requests and confirmations). */
  privacyEvents: () => EventEnvelope[];
  /** Raw messages on the dead-letter twins of the topics the service consumes. */
  deadLetters: () => string[];
  /**
   * A vault on the service's key database (the same master key, no key cache: it sees a
   * shredding at once) and the phone indexer, for checks the test makes.
   */
  protection: PersonalDataProtection;
  /** The suite's key database (PERSONAL_DATA_KEY_DB), apart from the service's data. */
  keyDb: Db;
  expireOverdue: ReferralJobs["expireOverdue"];
  anonymiseClosed: ReferralJobs["anonymiseClosed"];
}

export interface TrpcReply {
  status: number;
  data: unknown;
  error: { message: string; data: { appCode: string; reason: string | null; details: unknown } } | undefined;
}

export function useReferralService(
  name: string,
  initialNow: string,
  env: Record<string, string> = {},
  overrides: ReferralPartOverrides = {},
) {
  let harness: ReferralHarness | undefined;
  let running: RunningService | undefined;
  let client: MongoClient | undefined;
  let publisher: EventPublisher | undefined;
  let stopCollector: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const { topicPrefix, dbName } = await isolatedSuite(name);
    const config: ReferralConfig = loadReferralConfig({
      HTTP_PORT: "0",
      KAFKA_BROKERS: testInfra().kafkaBrokers,
      MONGO_URL: testInfra().mongoUrl,
      MONGO_DB: dbName,
      KAFKA_TOPIC_PREFIX: topicPrefix,
      STAFF_TOKEN_SECRET: secret,
      OUTBOX_POLL_MS: "50",
      REFERRAL_EXPIRY_INTERVAL_MS: "3600000", // the test runs the jobs itself
      RETENTION_JOB_INTERVAL_MS: "3600000",
      // The suite's own key database: its shredding touches no one else's keys.
      PERSONAL_DATA_KEY_DB: `${dbName}_keys`,
      LOG_LEVEL: "silent",
      ...env,
    });
    let now = new Date(initialNow);
    const logger = createLogger({ service: "referral-test", level: "silent" });
    let jobs: ReferralJobs | undefined;
    running = await runService("referral", config, logger, (infrastructure) => {
      const parts = buildReferralParts(infrastructure, config, () => now, overrides);
      jobs = parts;
      return parts;
    });
    // Tests publish right away: the service's consumers and relay must be connected first.
    await running.broker;
    client = await new MongoClient(testInfra().mongoUrl, {
      directConnection: true,
      maxPoolSize: 5,
    }).connect();
    const kafka = createKafka({ clientId: `${name}-test`, brokers: testInfra().kafkaBrokers, logger });
    publisher = new EventPublisher(kafka, topicPrefix);
    await publisher.connect();
    const seen: EventEnvelope[] = [];
    const privacy: EventEnvelope[] = [];
    const deadLetters: string[] = [];
    const consumed = [Topics.bookingAppointments, Topics.privacyErasures].map(
      (topic) => topicPrefix + deadLetterTopicOf(topic),
    );
    const collector = kafka.consumer({ groupId: `collector-${uniqueId()}` });
    await collector.connect();
    await collector.subscribe({
      topics: [topicPrefix + Topics.referralReferrals, topicPrefix + Topics.privacyErasures, ...consumed],
      fromBeginning: true,
    });
    await collector.run({
      eachMessage: ({ topic, message }) => {
        const text = message.value?.toString() ?? "{}";
        if (consumed.includes(topic)) deadLetters.push(text);
        else
          (topic === topicPrefix + Topics.privacyErasures ? privacy : seen).push(
            JSON.parse(text) as EventEnvelope,
          );
        return Promise.resolve();
      },
    });
    stopCollector = () => collector.disconnect();
    const tokens = new StaffTokens(secret);
    const url = running.url;
    const events = publisher;
    const ready = jobs as ReferralJobs;
    harness = {
      url,
      db: client.db(dbName),
      topicPrefix,
      setNow: (instant) => (now = new Date(instant)),
      tokenFor: (principal) => tokens.issue(principal),
      call: (path, token, input, kind = "mutation") => callTrpc(url, path, token, input, kind),
      produceAppointmentEvents: (envelopes) => events.publish(Topics.bookingAppointments, envelopes),
      producePrivacyEvents: (envelopes) => events.publish(Topics.privacyErasures, envelopes),
      referralEvents: () => [...seen],
      privacyEvents: () => [...privacy],
      deadLetters: () => [...deadLetters],
      protection: {
        vault: PersonalDataVault.on(
          client.db(config.PERSONAL_DATA_KEY_DB).collection(CLIENT_DATA_KEYS_COLLECTION),
          { masterKey: personalDataMasterKeyOf(config), cacheMs: 0 },
        ),
        phoneIndex: new PhoneIndexer(personalDataMasterKeyOf(config)),
      },
      keyDb: client.db(config.PERSONAL_DATA_KEY_DB),
      expireOverdue: ready.expireOverdue,
      anonymiseClosed: ready.anonymiseClosed,
    };
  });

  afterAll(async () => {
    await stopCollector?.();
    await publisher?.disconnect();
    await running?.shutdown();
    await client?.close();
  });

  return (): ReferralHarness => {
    if (!harness) throw new Error(`referral suite ${name} is not set up`);
    return harness;
  };
}

/** One tRPC call over HTTP, as the web app makes it: the status and the parsed body. */
export async function callTrpc(
  url: string,
  path: string,
  token: string | null,
  input: unknown,
  kind: "query" | "mutation",
): Promise<TrpcReply> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response =
    kind === "query"
      ? await fetch(
          `${url}/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
          { headers },
        )
      : await fetch(`${url}/trpc/${path}`, { method: "POST", headers, body: JSON.stringify(input ?? null) });
  const body = (await response.json()) as { result?: { data: unknown }; error?: TrpcReply["error"] };
  return { status: response.status, data: body.result?.data, error: body.error };
}

/** Appointment events for a referral, as booking publishes them (contracts' mothers). */
export function appointmentEventsFor(referralId: string, appointmentId = `appointment-${uniqueId()}`) {
  const booked = anAppointmentBookedEvent({
    data: {
      appointmentId,
      referralId,
      organisationId: "organisation-psz",
      time: { startsAt: "2026-11-26T09:00:00Z", endsAt: "2026-11-26T09:50:00Z", timeZone: "Europe/Berlin" },
      at: "2026-11-19T10:00:00Z",
    },
  });
  const { manageUrl: _noLinkAfterBooking, ...details } = booked.data satisfies AppointmentBookedV1Data;
  const reception = {
    kind: "staff" as const,
    staffId: "reception-psz-01",
    role: "reception" as const,
    organisationId: "organisation-psz",
  };
  return {
    appointmentId,
    booked,
    checkedIn: anEventEnvelope(
      AppointmentCheckedInV1,
      { ...details, actor: reception, at: "2026-11-26T08:55:00Z" },
      appointmentId,
      { source: "booking" },
    ),
    noShow: anEventEnvelope(
      AppointmentNoShowV1,
      { ...details, actor: reception, at: "2026-11-26T10:00:00Z" },
      appointmentId,
      { source: "booking" },
    ),
    cancelled: anEventEnvelope(
      AppointmentCancelledV1,
      {
        ...details,
        sequence: 1,
        reason: "client_request",
        reasonNote: null,
        actor: reception,
        at: "2026-11-20T11:00:00Z",
      },
      appointmentId,
      { source: "booking" },
    ),
  };
}

/** Waits until the referral's events on the topic are exactly `types` (in order). */
export function eventsOf(harness: ReferralHarness, referralId: string): EventEnvelope[] {
  return harness.referralEvents().filter((event) => event.subject === referralId);
}

export async function waitForEventTypes(
  harness: ReferralHarness,
  referralId: string,
  types: string[],
): Promise<EventEnvelope[]> {
  return waitFor(
    () => eventsOf(harness, referralId),
    (events) => events.length >= types.length,
    { what: `${types.join(", ")} on the referral topic`, timeoutMs: 20_000 },
  ).then((events) => {
    expect(events.map((event) => event.type)).toEqual(types);
    return events;
  });
}
