import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { booking } from "../../api/service-clients";
import { readStaffSession } from "../../api/staff-session";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { StatusMessage } from "../../ui/StatusMessage";
import { StaffBar } from "../StaffBar";
import { ConsentFormStep } from "./ConsentFormStep";
import { emptyConsentForm, emptyReferralForm } from "./referral-draft";
import { ReferralFormStep } from "./ReferralFormStep";
import { SendStep } from "./SendStep";

type Step = "referral" | "consent" | "send";

/**
 * A counsellor refers a client: the referral, the client's consent, then a last look and
 * send. The answers stay in memory only (nothing personal in storage).
 */
export function NewReferralPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = readStaffSession();
  const directory = useQuery({
    queryKey: ["directory.services"],
    queryFn: () => booking.directory.services.query({}),
    staleTime: 5 * 60_000,
  });
  const ownServices = (directory.data ?? []).filter(
    (service) => service.organisation.id === session?.principal.organisationId,
  );
  const [step, setStep] = useState<Step>("referral");
  const [referralForm, setReferralForm] = useState(() => emptyReferralForm(""));
  const [consentForm, setConsentForm] = useState(() =>
    emptyConsentForm(new Date(), t("consentForm.defaultPurpose")),
  );
  if (!session) return null;
  const form = referralForm.fromServiceId
    ? referralForm
    : { ...referralForm, fromServiceId: ownServices[0]?.id ?? "" };

  return (
    <div className="staff-page">
      <StaffBar session={session} />
      <p className="step-indicator">
        {t("app.stepOf", { current: { referral: 1, consent: 2, send: 3 }[step], total: 3 })}
      </p>
      {directory.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
      {directory.isError && <ErrorMessage error={directory.error} />}
      {directory.isSuccess && step === "referral" && (
        <ReferralFormStep
          form={form}
          services={directory.data}
          ownServices={ownServices}
          onChange={setReferralForm}
          onNext={() => {
            setReferralForm(form);
            setStep("consent");
          }}
        />
      )}
      {directory.isSuccess && step === "consent" && (
        <ConsentFormStep
          form={consentForm}
          onChange={setConsentForm}
          onBack={() => setStep("referral")}
          onNext={() => setStep("send")}
        />
      )}
      {directory.isSuccess && step === "send" && (
        <SendStep
          referralForm={form}
          consentForm={consentForm}
          services={directory.data}
          onBack={() => setStep("consent")}
          onSent={(referralId) =>
            void navigate(`/staff/referrals/${referralId}`, {
              state: { sent: true, language: form.language },
            })
          }
        />
      )}
    </div>
  );
}
