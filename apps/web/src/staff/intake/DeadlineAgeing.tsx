import { useTranslation } from "react-i18next";
import { ageingToneOf } from "./ageing";

/** "3 working days left" / "due today" / "overdue by 2 working days", coloured by urgency. */
export function DeadlineAgeing({ deadline }: { deadline: { overdue: boolean; workingDaysLeft: number } }) {
  const { t } = useTranslation();
  const tone = ageingToneOf(deadline);
  const text = deadline.overdue
    ? t("intake.overdue", { count: Math.abs(deadline.workingDaysLeft) })
    : deadline.workingDaysLeft === 0
      ? t("intake.dueToday")
      : t("intake.daysLeft", { count: deadline.workingDaysLeft });
  return <span className={`ageing ageing-${tone}`}>{text}</span>;
}
