import { type StaffPrincipal } from "@counselling/platform";
import fc from "fast-check";
import { createBookingRouter } from "../services/booking/src/adapters/inbound/trpc/booking.router";
import { createNotifyRouter } from "../services/notify/src/adapters/inbound/trpc/notify.router";
import { createReferralRouter } from "../services/referral/src/adapters/inbound/trpc/referral.router";
import { callTrpc, proceduresOf, type RunningSystem, startSystem } from "./system-under-test";

/**
 * Every tRPC procedure of every service, fed random and malformed input, anonymously and
 * with staff tokens of every role: the answer is always a deliberate 2xx/4xx, never a 5xx
 * or a crash (issue 7). The procedure list comes from the routers themselves, so a new
 * procedure is fuzzed without touching this file.
 */
const RUNS_PER_PROCEDURE = 30;

const services = {
  booking: [...proceduresOf(createBookingRouter({} as never))],
  referral: [...proceduresOf(createReferralRouter({} as never))],
  notify: [...proceduresOf(createNotifyRouter({} as never))],
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
  let system: RunningSystem;
  let tokens: Array<string | null>;

  beforeAll(async () => {
    system = await startSystem("fuzz");
    tokens = [
      null,
      "not-a-token",
      ...(await Promise.all(
        roles.map((role) =>
          system.issue({ staffId: `fuzz-${role}`, role, organisationId: "org-westsachsen", locationIds: [] }),
        ),
      )),
    ];
  }, 90_000);

  afterAll(async () => {
    await system.stop();
  });

  it.each(Object.keys(services))("%s answers every procedure with 2xx or 4xx", async (service) => {
    const running = system[service as keyof typeof services];
    const { url } = running;
    const failures: string[] = [];
    for (const [name, kind] of services[service as keyof typeof services]) {
      await fc
        .assert(
          fc.asyncProperty(hostileInput, fc.constantFrom(...tokens), async (input, token) => {
            const { status } = await callTrpc(url, name, token, input, kind);
            if (status >= 500 || status < 200)
              failures.push(`${name} (${kind}) → ${String(status)} for ${JSON.stringify(input)}`);
            return status < 500;
          }),
          { numRuns: RUNS_PER_PROCEDURE, endOnFailure: true },
        )
        .catch(() => undefined); // collect every failing procedure, not only the first
    }
    expect(failures).toEqual([]);
    expect(running.child.exitCode).toBeNull(); // still alive
  });
});
