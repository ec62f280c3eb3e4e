import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { booking } from "../../api/service-clients";
import { readStaffSession } from "../../api/staff-session";
import { berlinDateOf } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { StatusMessage } from "../../ui/StatusMessage";
import { TextField } from "../../ui/TextField";
import { locationsOf } from "../reception/organisation-scope";
import { StaffBar } from "../StaffBar";
import { MyDay } from "./MyDay";
import { ReferralList } from "./ReferralList";

/** A counsellor's start page: their day, and the referrals they made. */
export function CounsellorPage() {
  const { t } = useTranslation();
  const dayHeading = useId();
  const referralsHeading = useId();
  const session = readStaffSession();
  const [date, setDate] = useState(() => berlinDateOf(new Date()));
  const directory = useQuery({
    queryKey: ["directory.services"],
    queryFn: () => booking.directory.services.query({}),
    staleTime: 5 * 60_000,
  });
  if (!session) return null;
  const locations = directory.data ? locationsOf(directory.data, session) : [];

  return (
    <div className="staff-page">
      <StaffBar session={session} />
      <FocusHeading>{t("counsellor.heading")}</FocusHeading>
      <section aria-labelledby={dayHeading}>
        <h2 id={dayHeading}>{t("counsellor.myDay")}</h2>
        <TextField
          label={t("reception.date")}
          type="date"
          value={date}
          onChange={(event) => {
            if (event.target.value) setDate(event.target.value);
          }}
        />
        {directory.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
        {directory.isError && <ErrorMessage error={directory.error} />}
        {directory.isSuccess && (
          <MyDay staffId={session.principal.staffId} locations={locations} date={date} />
        )}
      </section>
      <section aria-labelledby={referralsHeading}>
        <h2 id={referralsHeading}>{t("counsellor.referralsHeading")}</h2>
        <p>
          <Link to="/staff/referrals/new" className="button-primary button-link-like">
            {t("counsellor.newReferral")}
          </Link>
        </p>
        <ReferralList />
      </section>
    </div>
  );
}
