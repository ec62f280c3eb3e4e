import type { BookableService } from "../../api/service-types";
import {
  consentFormErrors,
  consentInputOf,
  draftInputOf,
  emptyConsentForm,
  emptyReferralForm,
  referralFormErrors,
  regionChoices,
} from "./referral-draft";

const now = new Date("2026-11-25T10:00:00Z");

const psz = {
  id: "svc-saale-elbe-psz",
  kind: "psychosocial_centre",
  organisation: { id: "org-saale-elbe", name: "Diakonie Saale-Elbe", website: null },
  locations: [{ id: "loc-halle-sued", federalState: "DE-ST" }],
} as unknown as BookableService;
const mbe = {
  id: "svc-westsachsen-mbe",
  kind: "adult_migration_counselling",
  organisation: { id: "org-westsachsen", name: "Diakonie Westsachsen", website: null },
  locations: [{ id: "loc-leipzig-ost", federalState: "DE-SN" }],
} as unknown as BookableService;

const referral = {
  ...emptyReferralForm(mbe.id),
  clientReference: "MBE-1",
  toKind: "psychosocial_centre" as const,
  toChoice: `${psz.id}@loc-halle-sued`,
  reasonCode: "psychological_support" as const,
  language: "ar" as const,
};

describe("the referral draft", () => {
  it("sends only the data of released categories, to the chosen service in its Land", () => {
    const consent = {
      ...emptyConsentForm(now, "Referral"),
      categories: ["contact" as const],
      contactName: "Amal",
      contactPhone: "0151 23456789",
      healthText: "typed, then unticked",
    };
    const draft = draftInputOf(referral, consent, [psz, mbe]);
    expect(draft.to).toEqual({
      scope: "organisation",
      serviceKind: "psychosocial_centre",
      organisationId: "org-saale-elbe",
      locationId: "loc-halle-sued",
      serviceId: psz.id,
      federalState: "DE-ST",
    });
    expect(draft.sharedData).toEqual({ contact: { name: "Amal", phone: "+4915123456789", note: null } });
    expect(JSON.stringify(draft)).not.toContain("unticked");
  });

  it("records consent in office time, to the end of its last day in Berlin", () => {
    const consent = {
      ...emptyConsentForm(now, "Referral"),
      givenAt: "2026-11-25T10:30",
      expiresOn: "2027-05-25",
    };
    expect(consentInputOf(consent)).toMatchObject({
      givenAt: "2026-11-25T09:30:00.000Z",
      expiresAt: "2027-05-25T21:59:59.999Z",
      witnessedBy: null,
    });
  });

  it("names missing fields: reference, reason, a witness for verbal consent", () => {
    expect(referralFormErrors({ ...referral, clientReference: " ", reasonCode: "" }, "2026-11-25")).toEqual({
      clientReference: "clientReferenceMissing",
      reasonCode: "reasonMissing",
    });
    const verbal = { ...emptyConsentForm(now, "Referral"), givenHow: "verbal_documented" as const };
    expect(consentFormErrors(verbal, now)).toEqual({ witnessedBy: "witnessMissing" });
  });

  it("sends a region-wide referral to any service of the kind in a Land, near a postal code if given", () => {
    const region = {
      ...referral,
      toScope: "region" as const,
      toChoice: "",
      toFederalState: "DE-ST" as const,
      toNearPostalCode: " 06110 ",
    };
    expect(referralFormErrors(region, "2026-11-25")).toEqual({});
    expect(draftInputOf(region, emptyConsentForm(now, "Referral"), [psz, mbe]).to).toEqual({
      scope: "region",
      serviceKind: "psychosocial_centre",
      federalState: "DE-ST",
      nearPostalCode: "06110",
    });
    expect(
      referralFormErrors({ ...region, toFederalState: "", toNearPostalCode: "611" }, "2026-11-25"),
    ).toEqual({ toFederalState: "toFederalStateMissing", toNearPostalCode: "postalCodeInvalid" });
  });

  it("offers the Länder where the kind has an office", () => {
    expect(regionChoices([psz, mbe], "psychosocial_centre")).toEqual(["DE-ST"]);
    expect(regionChoices([psz, mbe], "")).toEqual([]);
  });
});
