import { ReferralAcceptedV1 } from "./referral-accepted.v1";
import { ReferralConsentRevokedV1 } from "./referral-consent-revoked.v1";
import { ReferralDeclinedV1 } from "./referral-declined.v1";
import { ReferralExpiredV1 } from "./referral-expired.v1";
import { ReferralScheduledV1 } from "./referral-scheduled.v1";
import { ReferralUnscheduledV1 } from "./referral-unscheduled.v1";

const transition = {
  referralId: "referral-0001",
  actor: { kind: "staff", staffId: "staff-psz-01", role: "reception", organisationId: "organisation-psz" },
  at: "2026-03-21T10:00:00Z",
};

describe("referral transitions v1", () => {
  it("are all attributed: without an actor a transition is refused", () => {
    const { actor: _dropped, ...unattributed } = transition;
    expect(ReferralExpiredV1.data.safeParse({ ...unattributed, cause: "not_accepted_in_time" }).success).toBe(
      false,
    );
    expect(
      ReferralExpiredV1.data.safeParse({
        ...transition,
        actor: { kind: "system", component: "referral/expiry-job" },
        cause: "not_accepted_in_time",
      }).success,
    ).toBe(true);
  });

  it("accepted names the service that took a region-wide referral", () => {
    const accepted = {
      ...transition,
      organisationId: "organisation-psz",
      serviceId: "service-psz-halle",
      locationId: null,
      counsellorId: null,
    };
    expect(ReferralAcceptedV1.data.safeParse(accepted).success).toBe(true);
    expect(ReferralAcceptedV1.data.safeParse({ ...accepted, serviceId: undefined }).success).toBe(false);
  });

  it("declined carries a reason and may suggest another service", () => {
    const declined = {
      ...transition,
      reason: "no_capacity",
      reasonNote: "Warteliste bis Juni",
      suggestedService: {
        serviceKind: "psychosocial_centre",
        organisationId: "organisation-magdeburg",
        serviceId: null,
      },
    };
    expect(ReferralDeclinedV1.data.safeParse(declined).success).toBe(true);
    expect(ReferralDeclinedV1.data.safeParse({ ...declined, suggestedService: null }).success).toBe(true);
    expect(ReferralDeclinedV1.data.safeParse({ ...declined, reason: "busy" }).success).toBe(false);
  });

  it("scheduled links the appointment and its start instant", () => {
    const scheduled = { ...transition, appointmentId: "appointment-0001", startsAt: "2026-04-02T07:30:00Z" };
    expect(ReferralScheduledV1.data.safeParse(scheduled).success).toBe(true);
    expect(ReferralScheduledV1.data.safeParse({ ...scheduled, startsAt: "2. April, 9:30" }).success).toBe(
      false,
    );
  });

  it("consent_revoked names at least one category, each once", () => {
    const revoked = { ...transition, consentId: "consent-0001", revokedDataCategories: ["health_notes"] };
    expect(ReferralConsentRevokedV1.data.safeParse(revoked).success).toBe(true);
    expect(ReferralConsentRevokedV1.data.safeParse({ ...revoked, revokedDataCategories: [] }).success).toBe(
      false,
    );
    expect(
      ReferralConsentRevokedV1.data.safeParse({ ...revoked, revokedDataCategories: ["contact", "contact"] })
        .success,
    ).toBe(false);
  });

  it("unscheduled names the cancelled appointment and booking's cancellation reason", () => {
    const unscheduled = { ...transition, appointmentId: "appointment-0001", reason: "client_sms_reply" };
    expect(ReferralUnscheduledV1.data.safeParse(unscheduled).success).toBe(true);
    expect(ReferralUnscheduledV1.data.safeParse({ ...unscheduled, reason: "no_longer_needed" }).success).toBe(
      false,
    );
    expect(ReferralUnscheduledV1.data.safeParse({ ...unscheduled, appointmentId: undefined }).success).toBe(
      false,
    );
  });
});
