import { useTranslation } from "react-i18next";
import type { ReferralRecipient } from "../../api/service-types";
import { federalStateNames } from "../federal-states";
import { useOrganisationName } from "../use-organisation-name";

/**
 * Where a referral goes, in words: the kind of service, and either the organisation it
 * was sent to or "any service of the kind in <Land>" (the first that accepts takes it).
 */
export function RecipientSummary({ to }: { to: ReferralRecipient }) {
  const { t } = useTranslation();
  const organisationName = useOrganisationName();
  return (
    <>
      {t(`serviceKinds.${to.serviceKind}`)}
      <br />
      {to.scope === "organisation" ? (
        organisationName(to.organisationId)
      ) : (
        <span data-testid="region-recipient">
          {t("referralForm.anyInRegion", { state: federalStateNames[to.federalState] })}
          {to.nearPostalCode && ` · ${t("referralForm.nearPostalCode", { postalCode: to.nearPostalCode })}`}
        </span>
      )}
    </>
  );
}
