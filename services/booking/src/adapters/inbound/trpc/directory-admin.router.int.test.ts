import { createCallerFactory, StaffTokens } from "@counselling/platform";
import { uniqueId } from "@counselling/testkit";
import { TRPCError } from "@trpc/server";
import { useBookingDatabase } from "../../../testing/booking-test-kit";
import { directoryReplica, staffOf } from "../../../testing/directory-test-kit";
import { createDirectoryAdminRouter } from "./directory-admin.router";

const tokens = new StaffTokens(`test-secret-${uniqueId(16)}-long-enough-for-hs256`);

/** How a refusal reaches a client: the tRPC code, and the stable code and reason of the AppError behind it. */
async function refusalOf(call: Promise<unknown>) {
  const error = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  const cause = error.cause as { code?: string; reason?: string } | undefined;
  return { trpc: error.code, code: cause?.code, reason: cause?.reason };
}

describe("the directory procedures, with real staff tokens on the real database", () => {
  const db = useBookingDatabase("directory-router");

  async function callerWith(staff: Parameters<StaffTokens["issue"]>[0] | null) {
    const replica = await directoryReplica(db());
    const router = createDirectoryAdminRouter({ ...replica, staffTokens: tokens });
    const bearerToken = staff ? await tokens.issue(staff) : null;
    const caller = createCallerFactory(router)({
      requestId: uniqueId(),
      ip: "127.0.0.1",
      bearerToken,
      referralGrant: null,
    });
    return { caller, replica };
  }

  it("lets an admin read and save their own organisation", async () => {
    const { caller, replica } = await callerWith(staffOf("org-westsachsen"));
    const opened = await caller.organisation({ organisationId: "org-westsachsen" });
    opened.directory.organisation.name = "Über den Router";
    await expect(
      caller.saveOrganisation({
        organisationId: "org-westsachsen",
        expectedRevision: opened.revision,
        directory: opened.directory,
      }),
    ).resolves.toEqual({ revision: 2 });
    expect(replica.reader.organisation("org-westsachsen")?.name).toBe("Über den Router");
    await replica.reader.stop();
  });

  it("refuses the admin of one organisation in another (FORBIDDEN) and writes nothing", async () => {
    const { caller, replica } = await callerWith(staffOf("org-westsachsen"));
    const other = await replica.getOrganisationDirectory.execute(
      { organisationId: "org-saale-elbe" },
      staffOf("org-saale-elbe"),
    );
    const expected = { trpc: "FORBIDDEN", code: "FORBIDDEN", reason: "out_of_scope" };
    expect(await refusalOf(caller.organisation({ organisationId: "org-saale-elbe" }))).toEqual(expected);
    expect(
      await refusalOf(
        caller.saveOrganisation({
          organisationId: "org-saale-elbe",
          expectedRevision: 1,
          directory: other.directory,
        }),
      ),
    ).toEqual(expected);
    expect((await replica.store.loadOrganisation("org-saale-elbe"))?.revision).toBe(1);
    await replica.reader.stop();
  });

  it("names the field of an invalid entry (its path), so the admin form can point at it", async () => {
    const { caller, replica } = await callerWith(staffOf("org-westsachsen"));
    const opened = await caller.organisation({ organisationId: "org-westsachsen" });
    const [service] = opened.directory.services;
    (service as { horizonDays: number }).horizonDays = -3;
    const error = await caller
      .saveOrganisation({
        organisationId: "org-westsachsen",
        expectedRevision: opened.revision,
        directory: opened.directory,
      })
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    const cause = (error as TRPCError).cause as { reason?: string; details?: { issues?: unknown } };
    expect(cause.reason).toBe("directory_invalid");
    expect(cause.details?.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "directory.services.0.horizonDays" })]),
    );
    expect((await replica.store.loadOrganisation("org-westsachsen"))?.revision).toBe(1);
    await replica.reader.stop();
  });

  it.each(["reception", "counsellor", "intake"] as const)(
    "refuses %s staff of the organisation",
    async (role) => {
      const { caller, replica } = await callerWith(staffOf("org-westsachsen", role));
      expect(await refusalOf(caller.organisation({ organisationId: "org-westsachsen" }))).toEqual({
        trpc: "FORBIDDEN",
        code: "FORBIDDEN",
        reason: "role_not_allowed",
      });
      await replica.reader.stop();
    },
  );

  it("wants a valid token for staff procedures, none for the public list of services", async () => {
    const { caller, replica } = await callerWith(null);
    expect(await refusalOf(caller.organisation({ organisationId: "org-westsachsen" }))).toMatchObject({
      trpc: "UNAUTHORIZED",
      reason: "token_missing",
    });
    const services = await caller.services({ language: "ar" });
    expect(services.length).toBeGreaterThan(0);
    for (const service of services) {
      expect([...service.languages, ...service.interpreterLanguages]).toContain("ar");
    }
    // No staff beyond what a slot shows: counsellors are not listed.
    const text = JSON.stringify(await caller.services({}));
    for (const counsellor of replica.reader.current().counsellors) {
      expect(text).not.toContain(counsellor.id);
      expect(text).not.toContain(counsellor.displayName);
    }
    await replica.reader.stop();
  });
});
