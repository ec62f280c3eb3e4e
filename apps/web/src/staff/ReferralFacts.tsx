import { useTranslation } from "react-i18next";
import { formatDateTime } from "../i18n/format-date-time";

/**
 * Lines of a referral's fact list (`<dl>`) that the counsellor's timeline and intake's
 * referral page show alike: the legal deadline, the warm-handover hold, the appointment.
 */
export function LegalDeadlineFact({
  label,
  deadline,
}: {
  label: string;
  deadline: { dueOn: string; description: string | null } | null;
}) {
  if (!deadline) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {deadline.dueOn}
        {/* Null once the client's data are erased: the date stays, the words are gone. */}
        {deadline.description !== null && ` · ${deadline.description}`}
      </dd>
    </>
  );
}

export function HoldFact({ hold }: { hold: { startsAt: string; status: string } | null }) {
  const { t, i18n } = useTranslation();
  if (!hold) return null;
  return (
    <>
      <dt>{t("timeline.hold")}</dt>
      <dd>
        {formatDateTime(hold.startsAt, i18n.language)} ·{" "}
        {t(`timeline.holdStatus.${hold.status}`, { defaultValue: hold.status })}
      </dd>
    </>
  );
}

export function AppointmentFact({
  appointment,
}: {
  appointment: { startsAt: string; status: string } | null;
}) {
  const { t, i18n } = useTranslation();
  if (!appointment) return null;
  return (
    <>
      <dt>{t("timeline.appointment")}</dt>
      <dd>
        {formatDateTime(appointment.startsAt, i18n.language)} ·{" "}
        {t(`reception.status.${appointment.status}`, { defaultValue: appointment.status })}
      </dd>
    </>
  );
}
