import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { Topics } from "@counselling/contracts";
import { freePort } from "@counselling/infra";
import { createKafka, createLogger } from "@counselling/platform";
import {
  isolatedSuite,
  startServiceProcess,
  startTcpProxy,
  type TcpProxy,
  testInfra,
  uniqueId,
  waitFor,
} from "@counselling/testkit";
import { callTrpc, freeSlots } from "./system-under-test";

/**
 * Each service as it runs in production: its own process, real broker and
 * database; ready only when both are reachable; SIGTERM stops it cleanly
 * (HTTP, consumers, relay, connections) with exit code 0.
 */
describe.each(["booking", "referral", "notify"])("%s service process", (service) => {
  let child: ChildProcess | undefined;

  afterAll(() => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
  });

  it("becomes ready, serves its API and health, and shuts down gracefully on SIGTERM", async () => {
    const started = await startServiceProcess(path.resolve(__dirname, `../services/${service}/src/main.ts`), {
      MONGO_DB: `t_${service}_${uniqueId()}`,
    });
    child = started.child;
    const { output, exited, url } = started;

    const info = (await (await fetch(`${url}/trpc/system.info`)).json()) as { result: { data: unknown } };
    expect(info.result.data).toEqual({ service, status: "up" });

    const stopping = Date.now();
    started.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(10_000);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    expect(output()).not.toMatch(/"level":(50|60)/); // no error or fatal logged
  });
});

/**
 * A replica restarted during a Kafka outage must serve at once (ADR 0045): its writes wait in
 * the outbox and go out when the broker is reached. The broker is made unreachable by giving
 * booking an address where nothing listens yet; a proxy to the real broker opens there later.
 */
describe("booking started while the broker is unreachable", () => {
  let child: ChildProcess | undefined;
  let proxy: TcpProxy | undefined;

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    await proxy?.close();
  });

  it("serves, takes a booking, and publishes it once the broker is reached", async () => {
    const { topicPrefix, dbName } = await isolatedSuite("nobroker");
    const brokerPort = await freePort();
    const started = await startServiceProcess(
      path.resolve(__dirname, "../services/booking/src/main.ts"),
      {
        KAFKA_BROKERS: `127.0.0.1:${String(brokerPort)}`,
        KAFKA_TOPIC_PREFIX: topicPrefix,
        MONGO_DB: dbName,
        PERSONAL_DATA_KEY_DB: `${dbName}_keys`,
        OUTBOX_POLL_MS: "50",
      },
      { waitForBroker: false },
    );
    child = started.child;
    const readiness = (await (await fetch(`${started.url}/readyz`)).json()) as {
      ready: boolean;
      checks: Record<string, string>;
    };
    expect(readiness.ready).toBe(true);
    expect(readiness.checks.database).toBe("ok");
    expect(readiness.checks.kafka).not.toBe("ok");

    const [slot] = await freeSlots(started.url, { serviceId: "svc-westsachsen-mbe", channel: "phone" });
    const booked = await callTrpc(
      started.url,
      "appointments.book",
      null,
      {
        idempotencyKey: `nobroker-${uniqueId()}`,
        serviceId: "svc-westsachsen-mbe",
        locationId: slot!.locationId,
        counsellorId: slot!.counsellorId,
        startsAt: slot!.start,
        channel: "phone",
        client: {
          displayName: "Olena K.",
          phone: "+4915123400001",
          preferredLanguage: "uk",
          smsConsent: true,
        },
      },
      "mutation",
    );
    expect(booked.status).toBe(200);
    const { appointmentId } = (booked.data as { appointment: { appointmentId: string } }).appointment;

    const broker = new URL(`kafka://${testInfra().kafkaBrokers.split(",")[0]!}`);
    proxy = await startTcpProxy({ host: broker.hostname, port: Number(broker.port) }, brokerPort);
    const kafka = createKafka({
      clientId: "nobroker-test",
      brokers: testInfra().kafkaBrokers,
      logger: createLogger({ service: "nobroker-test", level: "silent" }),
    });
    const consumer = kafka.consumer({ groupId: `nobroker-${uniqueId()}` });
    const subjects: string[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: topicPrefix + Topics.bookingAppointments, fromBeginning: true });
      await consumer.run({
        eachMessage: ({ message }) => {
          subjects.push((JSON.parse(String(message.value)) as { subject: string }).subject);
          return Promise.resolve();
        },
      });
      await waitFor(
        () => Promise.resolve(subjects),
        (seen) => seen.includes(appointmentId),
        { what: "appointment.booked published after the broker came", timeoutMs: 60_000 },
      );
    } finally {
      await consumer.disconnect();
    }
    await waitFor(
      async () => ((await (await fetch(`${started.url}/readyz`)).json()) as typeof readiness).checks.kafka,
      (kafkaCheck) => kafkaCheck === "ok",
      { what: "readiness reporting the broker", timeoutMs: 60_000 },
    );
  });
});
