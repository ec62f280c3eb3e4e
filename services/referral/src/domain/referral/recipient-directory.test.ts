import type { ReferralRecipient } from "@counselling/contracts";
import {
  acceptanceDeadlineFor,
  assertRecipientOffersKind,
  assertSlotServiceAtRecipient,
  type DirectoryService,
} from "./recipient-directory";

/** Booking's directory, abridged: a PSZ in Halle (5 days), another in Magdeburg (8), and an MBE. */
const directory: DirectoryService[] = [
  {
    serviceId: "svc-psz-halle",
    kind: "psychosocial_centre",
    organisationId: "org-saale-elbe",
    locationIds: ["loc-halle"],
    acceptWithinWorkingDays: 5,
  },
  {
    serviceId: "svc-psz-magdeburg",
    kind: "psychosocial_centre",
    organisationId: "org-saale-elbe",
    locationIds: ["loc-magdeburg"],
    acceptWithinWorkingDays: 8,
  },
  {
    serviceId: "svc-mbe",
    kind: "adult_migration_counselling",
    organisationId: "org-saale-elbe",
    locationIds: ["loc-halle", "loc-magdeburg"],
    acceptWithinWorkingDays: 10,
  },
];

const toOrganisation = (
  overrides: Partial<Extract<ReferralRecipient, { scope: "organisation" }>> = {},
): ReferralRecipient => ({
  scope: "organisation",
  serviceKind: "psychosocial_centre",
  organisationId: "org-saale-elbe",
  locationId: null,
  serviceId: null,
  federalState: "DE-ST",
  ...overrides,
});
const toRegion: ReferralRecipient = {
  scope: "region",
  serviceKind: "psychosocial_centre",
  federalState: "DE-ST",
  nearPostalCode: null,
};
const notOffered = { code: "UNPROCESSABLE", reason: "service_kind_not_offered" };

const refusal = (act: () => unknown): unknown => {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
};

describe("the acceptance deadline from booking's directory", () => {
  it("is the named service's own", () => {
    expect(acceptanceDeadlineFor(toOrganisation({ serviceId: "svc-psz-halle" }), directory, 10)).toEqual({
      workingDays: 5,
      source: "service",
    });
  });

  it("is the one of the organisation's service of the kind at the named location", () => {
    expect(acceptanceDeadlineFor(toOrganisation({ locationId: "loc-magdeburg" }), directory, 10)).toEqual({
      workingDays: 8,
      source: "organisation",
    });
  });

  it("is the longest of the organisation's services of the kind when any of them may take it", () => {
    expect(acceptanceDeadlineFor(toOrganisation(), directory, 3)).toEqual({
      workingDays: 8,
      source: "organisation",
    });
  });

  it("is the configured default for any service of the kind in a region, without the directory", () => {
    expect(acceptanceDeadlineFor(toRegion, [], 10)).toEqual({ workingDays: 10, source: "default" });
  });

  it.each([
    ["an organisation without the kind", toOrganisation({ serviceKind: "refugee_counselling" })],
    ["an organisation not in the directory", toOrganisation({ organisationId: "org-unknown" })],
    ["a location where the kind is not offered", toOrganisation({ locationId: "loc-elsewhere" })],
    ["a named service of another kind", toOrganisation({ serviceId: "svc-mbe" })],
    [
      "a named service not at the named location",
      toOrganisation({ serviceId: "svc-psz-halle", locationId: "loc-magdeburg" }),
    ],
    ["a named service unknown to booking", toOrganisation({ serviceId: "svc-gone" })],
  ])("refuses %s with a stable reason", (_what, to) => {
    expect(refusal(() => acceptanceDeadlineFor(to, directory, 10))).toMatchObject(notOffered);
    expect(refusal(() => assertRecipientOffersKind(to, directory))).toMatchObject(notOffered);
  });

  it("names the recipient in the refusal", () => {
    expect(
      refusal(() => assertRecipientOffersKind(toOrganisation({ locationId: "loc-x" }), directory)),
    ).toMatchObject({
      message: "This location does not offer the kind of service the referral asks for",
      details: { organisationId: "org-saale-elbe", locationId: "loc-x", serviceKind: "psychosocial_centre" },
    });
    expect(() => assertRecipientOffersKind(toRegion, [])).not.toThrow();
  });
});

describe("a slot chosen for the warm handover, checked before booking gets the client's data", () => {
  const notAtRecipient = { code: "UNPROCESSABLE", reason: "hold_not_at_recipient" };

  it("may be at any of the recipient's services of the kind, at the named location if any", () => {
    const chosen = { serviceId: "svc-psz-magdeburg", locationId: "loc-magdeburg" };
    expect(() => assertSlotServiceAtRecipient(toOrganisation(), directory, chosen)).not.toThrow();
    expect(() => assertSlotServiceAtRecipient(toRegion, directory, chosen)).not.toThrow();
    expect(
      refusal(() =>
        assertSlotServiceAtRecipient(toOrganisation({ locationId: "loc-halle" }), directory, chosen),
      ),
    ).toMatchObject(notAtRecipient);
    expect(
      refusal(() =>
        assertSlotServiceAtRecipient(toOrganisation({ serviceId: "svc-psz-halle" }), directory, chosen),
      ),
    ).toMatchObject(notAtRecipient);
  });

  it.each([
    ["a service of another kind", { serviceId: "svc-mbe", locationId: "loc-halle" }],
    ["a location the service is not offered at", { serviceId: "svc-psz-halle", locationId: "loc-magdeburg" }],
    ["a service unknown to booking", { serviceId: "svc-gone", locationId: "loc-halle" }],
  ])("is refused at %s", (_what, chosen) => {
    expect(refusal(() => assertSlotServiceAtRecipient(toOrganisation(), directory, chosen))).toMatchObject(
      notAtRecipient,
    );
    expect(refusal(() => assertSlotServiceAtRecipient(toRegion, directory, chosen))).toMatchObject(
      notAtRecipient,
    );
  });

  it("is refused at another organisation", () => {
    const otherOrganisation = toOrganisation({ organisationId: "org-other" });
    const chosen = { serviceId: "svc-psz-halle", locationId: "loc-halle" };
    expect(refusal(() => assertSlotServiceAtRecipient(otherOrganisation, directory, chosen))).toMatchObject(
      notAtRecipient,
    );
  });
});
