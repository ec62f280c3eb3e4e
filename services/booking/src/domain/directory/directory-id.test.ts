import { LocationIdSchema, OrganisationIdSchema, RoomIdSchema } from "./directory-id";

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("directory ids", () => {
  it("accept their own prefix followed by lower-case words and digits", () => {
    expect(OrganisationIdSchema.safeParse("org-leipziger-land").success).toBe(true);
    expect(RoomIdSchema.safeParse("room-halle-2").success).toBe(true);
  });

  it("refuse another kind's prefix with a message naming the expected one", () => {
    expect(messages(OrganisationIdSchema.safeParse("loc-leipzig"))).toEqual([
      'Ids of organisations start with "org-", then lower-case letters, digits and single hyphens',
    ]);
    expect(LocationIdSchema.safeParse("room-1").success).toBe(false);
  });

  it.each(["", "org-", "org", "org-Leipzig", "org--leipzig", "org-leipzig-", "org-leip zig"])(
    "refuse %j",
    (id) => expect(OrganisationIdSchema.safeParse(id).success).toBe(false),
  );
});
