import path from "node:path";
import { StaffTokens, type StaffPrincipal } from "@counselling/platform";
import { type CapturedProcess, isolatedSuite, startServiceProcess } from "@counselling/testkit";
import fc from "fast-check";
import { createBookingRouter } from "../services/booking/src/adapters/inbound/trpc/booking.router";
import { createNotifyRouter } from "../services/notify/src/adapters/inbound/trpc/notify.router";
import { createReferralRouter } from "../services/referral/src/adapters/inbound/trpc/referral.router";

/**
 * Every tRPC procedure of every service, fed random and malformed input, anonymously and
 * with staff tokens of every role: the answer is always a deliberate 2xx/4xx, never a 5xx
 * or a crash (issue 7). The procedure list comes from the routers themselves, so a new
 * procedure is fuzzed without touching this file.
 */
const secret = "fuzz-test-secret-that-is-long-enough-for-hs256";
const RUNS_PER_PROCEDURE = 30;

type ProcedureKind = "query" | "mutation";

function proceduresOf(router: unknown): Array<[string, ProcedureKind]> {
  const { procedures } = (
    router as { _def: { procedures: Record<string, { _def: { type: ProcedureKind } }> } }
  )._def;
  return Object.entries(procedures).map(([name, procedure]) => [name, procedure._def.type]);
}

const services = {
  booking: proceduresOf(createBookingRouter({} as never)),
  referral: proceduresOf(createReferralRouter({} as never)),
  notify: proceduresOf(createNotifyRouter({} as never)),
};

/** Inputs a careless or hostile client sends: junk of any shape, near-misses, injection attempts. */
const hostileInput = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.record({
    appointmentId: fc.oneof(fc.string(), fc.constant({ $gt: "" }), fc.constant("../../etc/passwd")),
    serviceId: fc.oneof(fc.string(), fc.constant({ $ne: null })),
    locationId: fc.string(),
    referralId: fc.string(),
    idempotencyKey: fc.string(),
    startsAt: fc.oneof(
      fc.string(),
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    ),
    date: fc.string(),
    manageToken: fc.string(),
    client: fc.anything({ maxDepth: 2 }),
  }),
);

const roles: Array<StaffPrincipal["role"]> = ["counsellor", "intake", "reception", "coordinator", "admin"];

describe("every procedure against hostile input", () => {
  const running: Record<string, CapturedProcess & { url: string }> = {};
  let tokens: Array<string | null>;

  beforeAll(async () => {
    const { topicPrefix, dbName } = await isolatedSuite("fuzz");
    for (const service of Object.keys(services)) {
      running[service] = await startServiceProcess(
        path.resolve(__dirname, `../services/${service}/src/main.ts`),
        {
          KAFKA_TOPIC_PREFIX: topicPrefix,
          MONGO_DB: `${dbName}_${service}`,
          STAFF_TOKEN_SECRET: secret,
          RATE_LIMIT_PUBLIC_PER_MINUTE: "1000000",
          KAFKA_SESSION_TIMEOUT_MS: "6000",
        },
      );
    }
    const issuer = new StaffTokens(secret);
    tokens = [
      null,
      "not-a-token",
      ...(await Promise.all(
        roles.map((role) =>
          issuer.issue({ staffId: `fuzz-${role}`, role, organisationId: "org-westsachsen", locationIds: [] }),
        ),
      )),
    ];
  });

  afterAll(async () => {
    for (const service of Object.values(running)) {
      service.child.kill("SIGTERM");
      await service.exited;
    }
  });

  it.each(Object.keys(services))("%s answers every procedure with 2xx or 4xx", async (service) => {
    const { url } = running[service]!;
    const failures: string[] = [];
    for (const [name, kind] of services[service as keyof typeof services]) {
      await fc
        .assert(
          fc.asyncProperty(hostileInput, fc.constantFrom(...tokens), async (input, token) => {
            const status = await call(url, name, kind, input, token);
            if (status >= 500 || status < 200)
              failures.push(`${name} (${kind}) → ${String(status)} for ${JSON.stringify(input)}`);
            return status < 500;
          }),
          { numRuns: RUNS_PER_PROCEDURE, endOnFailure: true },
        )
        .catch(() => undefined); // collect every failing procedure, not only the first
    }
    expect(failures).toEqual([]);
    expect(running[service]!.child.exitCode).toBeNull(); // still alive
  });
});

async function call(
  url: string,
  name: string,
  kind: ProcedureKind,
  input: unknown,
  token: string | null,
): Promise<number> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const serialised = input === undefined ? "null" : JSON.stringify(input);
  const response =
    kind === "query"
      ? await fetch(`${url}/trpc/${name}?input=${encodeURIComponent(serialised)}`, { headers })
      : await fetch(`${url}/trpc/${name}`, { method: "POST", headers, body: serialised });
  await response.arrayBuffer();
  return response.status;
}
