import { anOrganisation } from "./directory.mother";
import { OrganisationSchema } from "./organisation";

const messages = (value: unknown) =>
  OrganisationSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("Organisation", () => {
  it("accepts an organisation with or without a website", () => {
    expect(OrganisationSchema.safeParse(anOrganisation()).success).toBe(true);
    expect(OrganisationSchema.safeParse(anOrganisation({ website: undefined })).success).toBe(true);
  });

  it("refuses a website that is not an http(s) address", () => {
    expect(messages(anOrganisation({ website: "ftp://example.org" }))).toEqual([
      "A website is an http(s) address",
    ]);
    expect(messages(anOrganisation({ website: "diakonie" }))).toEqual(["A website is an http(s) address"]);
  });

  it("refuses an empty name and a federal state that is not an ISO 3166-2:DE code", () => {
    expect(messages(anOrganisation({ name: " " }))).toEqual(["An organisation needs a name"]);
    expect(OrganisationSchema.safeParse({ ...anOrganisation(), federalState: "SN" }).success).toBe(false);
  });
});
