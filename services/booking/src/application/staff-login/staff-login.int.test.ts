import { StaffTokens } from "@counselling/platform";
import { bookingUseCases, useBookingDatabase } from "../../testing/booking-test-kit";
import { seedDemoAccounts } from "./seed-demo-accounts";

describe("staff sign-in on the real database", () => {
  const db = useBookingDatabase("staff-login");

  it("signs a demo account in with a token carrying its role and scope, and refuses wrong or unknown users alike", async () => {
    const uc = bookingUseCases(db());
    await seedDemoAccounts(uc.staffAccounts);
    await seedDemoAccounts(uc.staffAccounts); // idempotent: a second replica starting does no harm
    expect((await uc.staffAccounts.list()).length).toBe(12);

    const signedIn = await uc.staffLogin.execute({ username: " Rezeption.Halle ", password: "demo" });
    expect(signedIn.principal).toEqual({
      staffId: "staff-se-reception",
      role: "reception",
      organisationId: "org-saale-elbe",
      locationIds: ["loc-halle-sued"],
    });
    // The network's data protection officer signs in like everyone else.
    const dpo = await uc.staffLogin.execute({ username: "datenschutz", password: "demo" });
    expect(dpo.principal).toMatchObject({ role: "dpo", organisationId: "org-westsachsen" });
    const verified = await new StaffTokens("booking-test-kit-secret-that-is-long-enough").verify(
      signedIn.token,
    );
    expect(verified).toEqual(signedIn.principal);

    for (const attempt of [
      { username: "rezeption.halle", password: "wrong" },
      { username: "nobody", password: "demo" },
    ]) {
      await expect(uc.staffLogin.execute(attempt)).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
        reason: "login_failed",
        message: "Username or password is not right",
      });
    }
    const stored = await db()
      .collection("staff_accounts")
      .findOne({ _id: "rezeption.halle" as never });
    expect(JSON.stringify(stored)).not.toContain('"demo"');
  });
});
