import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureTopics, freePort, type LocalInfra, startLocalInfra } from "@counselling/infra";
import { uniqueId, waitFor } from "@counselling/testkit";
import { type Admin, Kafka, logLevel } from "kafkajs";
import { MongoClient } from "mongodb";
import {
  acknowledgedBookingsKept,
  appointmentEvents,
  confirmationSms,
  consumerGroups,
  type Databases,
  deadLettered,
  doubleBookings,
  isQuiet,
  missingClaims,
  type QuietState,
  quietState,
  readTopics,
  referralEvents,
  referralStates,
  smsExactlyOnce,
  snapshot,
} from "./invariants";
import {
  type BookingAttempt,
  bookAsClient,
  type FreeSlot,
  type LoadContext,
  publicQueries,
  type ReferralRun,
  runReferral,
  SlotBoard,
  spreadOver,
} from "./load";
import { callWithRetries, RetryTally } from "./retrying-client";
import { chaosSeedFrom, seededRandom } from "./seeded-random";
import { logFileOf, type ReplicaEvent, type ServiceName, ServiceReplica, sleep } from "./service-replicas";

/**
 * Issue 7, point 1 (docs/adr/0042-chaos-test.md): two replicas of booking, referral and
 * notify as real processes on their OWN Kafka and FerretDB; during a booking and referral
 * load, random replicas are SIGKILLed and restarted, Kafka is stopped for 20 s, the
 * database is restarted. Once everything is quiet again: no double booking, one
 * confirmation SMS per booking, referrals where their appointments put them, no consumer
 * lag, no outbox or reminder backlog, nothing dead-lettered, every event once per fact.
 * Replay a run with CHAOS_SEED=<seed printed at the start>.
 */
const seed = chaosSeedFrom(process.env.CHAOS_SEED);
const random = seededRandom(seed);
const LOAD_MS = 75_000;
const BOOKING_ATTEMPTS = 300;
const REFERRALS = 24;
/** Clients keep retrying this long after the load window. */
const CLIENT_PATIENCE_MS = 30_000;
const KAFKA_DOWN_MS = 20_000;
const QUIET_TIMEOUT_MS = 60_000;
const STAFF_SECRET = "chaos-test-staff-secret-that-is-long-enough-0123";
const services: ServiceName[] = ["booking", "referral", "notify"];

/**
 * Opt-in (`npm run test:chaos`): about 2–3 minutes on 2 cores, and it still finds a
 * database-reconnection bug in about half the runs (ADR 0042), so it is not yet part of
 * `npm test`.
 */
const describeChaos = process.env.CHAOS === "1" ? describe : describe.skip;

describeChaos(
  `chaos (seed ${seed}): two replicas of every service, processes killed, Kafka and the database restarted`,
  () => {
    let infra: LocalInfra | undefined;
    const replicas: ServiceReplica[] = [];
    const journal: ReplicaEvent[] = [];
    const logDir = fs.mkdtempSync(path.join(os.tmpdir(), `chaos-${seed}-`));
    const prefix = `chaos-${uniqueId()}.`;
    let mongo: MongoClient | undefined;
    let kafka: Kafka;
    let admin: Admin | undefined;
    let dbs: Databases;
    let tokens: LoadContext["tokens"];
    const startedAt = Date.now();
    const killAll = () => replicas.forEach((replica) => replica.killNow());

    const note = (event: ReplicaEvent) => journal.push(event);
    /** Progress on stderr as it happens (jest shows console output only at the end). */
    const phase = (what: string) =>
      process.stderr.write(`[chaos ${((Date.now() - startedAt) / 1000).toFixed(0)} s] ${what}\n`);
    const byService = (service: ServiceName) => replicas.filter((replica) => replica.service === service);

    beforeAll(async () => {
      console.log(`[chaos] seed ${seed} (replay: CHAOS_SEED=${seed}); logs in ${logDir}`);
      process.once("exit", killAll);
      infra = await startLocalInfra({ log: (line) => console.log(`[chaos infra] ${line}`) });
      await ensureTopics(infra.kafkaBrokers, { prefix });
      kafka = new Kafka({
        clientId: "chaos-test",
        brokers: [infra.kafkaBrokers],
        logLevel: logLevel.NOTHING,
        retry: { retries: 3, initialRetryTime: 200 },
      });
      mongo = new MongoClient(infra.mongoUrl, {
        directConnection: true,
        maxPoolSize: 4,
        serverSelectionTimeoutMS: 5_000,
      });
      await mongo.connect();
      dbs = { booking: mongo.db("booking"), referral: mongo.db("referral"), notify: mongo.db("notify") };

      const common = {
        KAFKA_BROKERS: infra.kafkaBrokers,
        MONGO_URL: infra.mongoUrl,
        KAFKA_TOPIC_PREFIX: prefix,
        STAFF_TOKEN_SECRET: STAFF_SECRET,
        KAFKA_SESSION_TIMEOUT_MS: "6000",
        OUTBOX_POLL_MS: "100",
        RATE_LIMIT_PUBLIC_PER_MINUTE: "1000000",
        LOG_LEVEL: "warn",
      };
      const ports = await Promise.all(services.flatMap(() => [freePort(), freePort()]));
      const bookingPorts = ports.slice(0, 2);
      const add = (service: ServiceName, index: number, env: Record<string, string>) => {
        const name = `${service}-${index + 1}`;
        const replica = new ServiceReplica(
          name,
          service,
          path.resolve(__dirname, `../../services/${service}/src/main.ts`),
          { ...common, MONGO_DB: service, ...env },
          ports[services.indexOf(service) * 2 + index]!,
          logFileOf(logDir, name),
          note,
        );
        replicas.push(replica);
        return replica;
      };
      // Booking first, one replica at a time: the first seeds the demo directory and sign-ins.
      for (const index of [0, 1]) await add("booking", index, {}).startUntilReady(Date.now() + 60_000);
      const bookingUrls = byService("booking").map((replica) => replica.url);

      const tally = new RetryTally();
      const login = async (username: string) => {
        const outcome = await callWithRetries(
          bookingUrls,
          "auth.login",
          null,
          { username, password: "demo" },
          "mutation",
          {
            random,
            deadline: Date.now() + 20_000,
            tally,
          },
        );
        if (outcome.kind !== "answered" || outcome.answer.status !== 200)
          throw new Error(`login ${username} failed`);
        return (outcome.answer.data as { token: string }).token;
      };
      tokens = {
        counsellor: await login("amira"),
        intake: await login("intake.psz"),
        reception: await login("rezeption.halle"),
      };

      // A reminder offset that makes the reminders of the earliest offered slots fall due
      // during the load: the reminder job runs (and is killed) under chaos too.
      const earliest = await earliestOffer(bookingUrls, tally);
      const reminderOffset = Math.floor((Date.parse(earliest.start) - Date.now() - 70_000) / 60_000);
      const notifyEnv = {
        REMINDER_OFFSETS_MINUTES:
          reminderOffset > 0 && reminderOffset !== 1440 ? `${reminderOffset},1440` : "1440",
        REMINDER_POLL_MS: "1000",
        QUIET_HOURS_START: "23",
        QUIET_HOURS_END: "0",
        SMS_SEND_LEASE_MS: "8000",
        SMS_RECONCILE_INTERVAL_MS: "2000",
      };
      console.log(
        `[chaos] earliest offer ${earliest.start}; notify reminders ${notifyEnv.REMINDER_OFFSETS_MINUTES} min before`,
      );
      await Promise.all([
        ...[0, 1].map((index) =>
          add("referral", index, { BOOKING_URL: `http://127.0.0.1:${bookingPorts[index]!}` }).startUntilReady(
            Date.now() + 90_000,
          ),
        ),
        ...[0, 1].map((index) => add("notify", index, notifyEnv).startUntilReady(Date.now() + 90_000)),
      ]);
      admin = kafka.admin();
      await admin.connect();
      phase("all six replicas ready");
    }, 200_000);

    afterAll(async () => {
      await Promise.all(replicas.map((replica) => replica.stop()));
      await admin?.disconnect().catch(() => undefined);
      await mongo?.close().catch(() => undefined);
      await infra?.stop();
      process.removeListener("exit", killAll);
      console.log(
        `[chaos] seed ${seed}: ${((Date.now() - startedAt) / 1000).toFixed(0)} s in all; logs in ${logDir}`,
      );
    }, 60_000);

    it("keeps every promise: no double booking, one SMS per booking, referrals follow, nothing stuck", async () => {
      const loadStart = Date.now();
      const tally = new RetryTally();
      const context: LoadContext = {
        bookingUrls: byService("booking").map((replica) => replica.url),
        referralUrls: byService("referral").map((replica) => replica.url),
        tokens,
        random,
        deadline: loadStart + LOAD_MS + CLIENT_PATIENCE_MS,
        tally,
      };
      const board = new SlotBoard(context);
      phase("load and chaos start");
      const chaos = unleashChaos(loadStart, phase);
      const [attempts, runs] = await Promise.all([
        spreadOver(LOAD_MS, BOOKING_ATTEMPTS, random.fork("booking-times"), (index) =>
          bookAsClient(context, board, random.fork(`booking-${index}`), index),
        ),
        spreadOver(LOAD_MS * 0.8, REFERRALS, random.fork("referral-times"), (index) =>
          runReferral(context, board, random.fork(`referral-${index}`), index),
        ),
      ]);
      const loadDone = Date.now();
      phase("load done");
      const chaosLog = await chaos;
      phase("chaos done; waiting for quiet");

      // Quiet: every replica ready, outboxes empty, no lag, no SMS mid-send, no reminder due.
      const quietFrom = Date.now();
      let lastQuiet: (QuietState & { readiness: Record<string, string> }) | undefined;
      const quiet = await waitFor(
        async () => {
          const readiness = Object.fromEntries(
            await Promise.all(
              replicas.map(async (replica) => [replica.name, await replica.readiness()] as const),
            ),
          );
          const state = await quietState(dbs, admin!, prefix).catch(() => undefined);
          lastQuiet = state && { ...state, readiness };
          return (
            state !== undefined &&
            isQuiet(state) &&
            Object.values(readiness).every((ready) => ready === "ready")
          );
        },
        (reached) => reached,
        { timeoutMs: QUIET_TIMEOUT_MS, intervalMs: 1_000, what: "quiet" },
      ).then(
        () => null,
        () =>
          `not quiet ${QUIET_TIMEOUT_MS / 1000} s after the load; last state: ${JSON.stringify(lastQuiet)}`,
      );
      const quietAfter = Date.now() - quietFrom;
      phase(quiet ? "not quiet; checking anyway" : "quiet; checking");

      // The invariants are checked (and reported) even when the system did not settle: they say what broke.
      const snap = await snapshot(dbs);
      const topics = await readTopics(kafka, admin!, [
        prefix + "booking.appointments.v1",
        prefix + "referral.referrals.v1",
      ]);
      const dlq = await deadLettered(admin!, prefix);
      const violations = {
        notQuiet: quiet ? [quiet] : [],
        doubleBookings: doubleBookings(snap),
        missingClaims: missingClaims(snap),
        acknowledgedBookingsLost: acknowledgedBookingsKept(snap, attempts, runs),
        confirmationSms: confirmationSms(snap),
        smsExactlyOnce: smsExactlyOnce(snap),
        referralStates: referralStates(snap, runs),
        appointmentEvents: appointmentEvents(snap, topics.get(prefix + "booking.appointments.v1") ?? []),
        referralEvents: referralEvents(snap, topics.get(prefix + "referral.referrals.v1") ?? []),
        deadLetters: Object.entries(dlq)
          .filter(([, count]) => count > 0)
          .map(([topic, count]) => `${count} on ${topic}`),
      };

      console.log(
        report({
          attempts,
          runs,
          snapLive: snap.live.length,
          reminders: snap.messages.filter((message) => message.template === "reminder").length,
          sms: snap.inbox.length,
          chaosLog,
          tally,
          timings: {
            load: (loadDone - loadStart) / 1000,
            quietAfter: quietAfter / 1000,
          },
          violations,
        }),
      );

      // The run must really have exercised what it claims (no vacuous pass).
      expect(chaosLog.filter((line) => line.includes("SIGKILL")).length).toBeGreaterThanOrEqual(4);
      expect(attempts.filter((attempt) => attempt.outcome === "booked").length).toBeGreaterThanOrEqual(20);
      expect(attempts.filter((attempt) => attempt.outcome === "refused").length).toBeGreaterThanOrEqual(20);
      expect(runs.filter((run) => run.reached === "checked_in").length).toBeGreaterThanOrEqual(3);
      expect(Object.keys(lastQuiet?.lag ?? {}).sort()).toEqual(Object.keys(consumerGroups).sort());

      expect(violations).toEqual({
        notQuiet: [],
        doubleBookings: [],
        missingClaims: [],
        acknowledgedBookingsLost: [],
        confirmationSms: [],
        smsExactlyOnce: [],
        referralStates: [],
        appointmentEvents: [],
        referralEvents: [],
        deadLetters: [],
      });
    }, 240_000);

    /** The chaos plan, drawn from the seed: Kafka down 20 s, the database restarted, replicas SIGKILLed throughout. */
    async function unleashChaos(loadStart: number, progress: (what: string) => void): Promise<string[]> {
      const chaosRandom = random.fork("chaos");
      const log: string[] = [];
      const push = log.push.bind(log);
      log.push = (...lines: string[]) => {
        lines.forEach(progress);
        return push(...lines);
      };
      const at = () => `${((Date.now() - loadStart) / 1000).toFixed(1)} s`;
      const untilOffset = (offset: number) => sleep(Math.max(0, loadStart + offset - Date.now()));
      const kafkaAt = chaosRandom.between(8_000, 20_000);
      const dbAt = chaosRandom.between(kafkaAt + KAFKA_DOWN_MS + 8_000, LOAD_MS - 12_000);
      const dbHowStop = chaosRandom.chance(0.5) ? "kill" : "stop";
      const dbDownMs = chaosRandom.between(1_000, 5_000);
      const node = infra!;

      const kafkaOutage = async () => {
        await untilOffset(kafkaAt);
        log.push(`${at()} Kafka stopping`);
        await node.kafka.stop();
        log.push(`${at()} Kafka stopped`);
        await sleep(KAFKA_DOWN_MS);
        await node.kafka.start();
        log.push(`${at()} Kafka back`);
      };
      const databaseRestart = async () => {
        await untilOffset(dbAt);
        log.push(`${at()} FerretDB ${dbHowStop}`);
        await (dbHowStop === "kill" ? node.ferretdb.kill() : node.ferretdb.stop());
        await sleep(dbDownMs);
        await node.ferretdb.start();
        log.push(`${at()} FerretDB back`);
      };
      const restarts: Promise<void>[] = [];
      const processKills = async () => {
        await sleep(chaosRandom.between(2_000, 5_000));
        while (Date.now() < loadStart + LOAD_MS - 3_000) {
          // Never the last replica of a service that is up (as a disruption budget would have
          // it): each service stays reachable through the kills, so the load still books and
          // referrals still reach check-in; the broker and the database still go away entirely.
          const candidates = replicas.filter(
            (replica) =>
              replica.up &&
              replicas.some((other) => other !== replica && other.service === replica.service && other.up),
          );
          if (candidates.length > 0) {
            const victim = chaosRandom.pick(candidates);
            const downFor = chaosRandom.between(300, 4_000);
            log.push(`${at()} SIGKILL ${victim.name} (restart in ${(downFor / 1000).toFixed(1)} s)`);
            await victim.kill();
            restarts.push(
              sleep(downFor)
                .then(() => victim.startUntilReady(Date.now() + 120_000))
                .then(() => void log.push(`${at()} ${victim.name} ready again (start #${victim.starts})`)),
            );
          }
          await sleep(chaosRandom.between(3_000, 8_000));
        }
      };
      await Promise.all([kafkaOutage(), databaseRestart(), processKills()]);
      await Promise.all(restarts);
      return log;
    }
  },
);

async function earliestOffer(bookingUrls: string[], tally: RetryTally): Promise<FreeSlot> {
  const offers: FreeSlot[] = [];
  for (const query of publicQueries) {
    const outcome = await callWithRetries(
      bookingUrls,
      "availability.slots",
      null,
      { ...query, days: 14, limit: 1 },
      "query",
      {
        random,
        deadline: Date.now() + 20_000,
        tally,
      },
    );
    if (outcome.kind === "answered" && outcome.answer.status === 200)
      offers.push(...(outcome.answer.data as FreeSlot[]));
  }
  const [first] = offers.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  if (!first) throw new Error("the demo directory offers no slot in Halle within 14 days");
  return first;
}

function report(input: {
  attempts: BookingAttempt[];
  runs: ReferralRun[];
  snapLive: number;
  reminders: number;
  sms: number;
  chaosLog: string[];
  tally: RetryTally;
  timings: { load: number; quietAfter: number };
  violations: Record<string, string[]>;
}): string {
  const count = <T>(items: T[], key: (item: T) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return [...counts.entries()].map(([what, n]) => `${what}: ${n}`).join(", ");
  };
  return [
    `[chaos] seed ${seed}`,
    `bookings: ${count(input.attempts, (attempt) => attempt.outcome)}`,
    `refusals: ${count(
      input.attempts.filter((attempt) => attempt.outcome === "refused"),
      (attempt) => attempt.reason ?? "?",
    )}`,
    `referrals reached: ${count(input.runs, (run) => run.reached)}`,
    `referrals stopped: ${count(
      input.runs.filter((run) => run.stoppedBecause),
      (run) => run.stoppedBecause ?? "",
    )}`,
    `live appointments ${input.snapLive}, SMS handed over ${input.sms} (reminders ${input.reminders})`,
    `client calls: ${input.tally.summary()}`,
    `load ${input.timings.load.toFixed(1)} s, quiet ${input.timings.quietAfter.toFixed(1)} s after it`,
    `chaos:\n  ${input.chaosLog.join("\n  ")}`,
    `violations: ${Object.entries(input.violations)
      .map(
        ([check, found]) =>
          `${check}: ${found.length}${found.length ? `\n    ${found.slice(0, 10).join("\n    ")}` : ""}`,
      )
      .join("; ")}`,
  ].join("\n");
}
