import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { referral } from "../../api/service-clients";
import { formatDateTime } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { StatusMessage } from "../../ui/StatusMessage";

/** The counsellor's own referrals, newest change first, each leading to its timeline. */
export function ReferralList() {
  const { t, i18n } = useTranslation();
  const referrals = useQuery({
    queryKey: ["counsellor.myReferrals"],
    queryFn: () => referral.counsellor.myReferrals.query(),
    refetchInterval: 30_000,
  });
  if (referrals.isPending) return <StatusMessage>{t("app.loading")}</StatusMessage>;
  if (referrals.isError) return <ErrorMessage error={referrals.error} />;
  if (referrals.data.length === 0) return <p className="notice">{t("counsellor.referralsEmpty")}</p>;
  const sorted = [...referrals.data].sort((a, b) => b.lastChangeAt.localeCompare(a.lastChangeAt));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t("counsellor.referralsHeading")}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("counsellor.clientReference")}</th>
            <th scope="col">{t("counsellor.to")}</th>
            <th scope="col">{t("reception.statusCol")}</th>
            <th scope="col">{t("counsellor.lastChange")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((item) => (
            <tr key={item.referralId} data-referral-id={item.referralId}>
              <th scope="row">
                <Link to={`/staff/referrals/${item.referralId}`}>{item.clientReference}</Link>
              </th>
              <td>{t(`serviceKinds.${item.toServiceKind}`)}</td>
              <td>
                <span className={`status-badge referral-${item.status}`}>
                  {t(`referralStatus.${item.status}`)}
                </span>
                {item.urgency !== "routine" && ` · ${t(`urgency.${item.urgency}`)}`}
              </td>
              <td>{formatDateTime(item.lastChangeAt, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
