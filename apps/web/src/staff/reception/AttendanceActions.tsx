import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import type { AttendanceOutcome, LocationDayEntry } from "../../api/service-types";
import { formatTime } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { firstNameOf } from "./board-groups";

/** The next steps of a visit, as booking's state machine allows them. */
const nextOutcomes: Partial<Record<string, AttendanceOutcome[]>> = {
  booked: ["checked_in", "no_show"],
  checked_in: ["completed", "no_show"],
};

const labelKey: Record<AttendanceOutcome, string> = {
  checked_in: "reception.checkIn",
  no_show: "reception.noShow",
  completed: "reception.completed",
};

export function AttendanceActions({ entry }: { entry: LocationDayEntry }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const record = useMutation({
    mutationFn: (outcome: AttendanceOutcome) =>
      booking.reception.recordAttendance.mutate({ appointmentId: entry.appointmentId, outcome }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["reception.day"] }),
  });
  const outcomes = nextOutcomes[entry.status] ?? [];
  const who = `${firstNameOf(entry.clientName)}, ${formatTime(entry.startsAt, i18n.language)}`;
  return (
    <div className="button-row">
      {outcomes.map((outcome) => (
        <button
          key={outcome}
          type="button"
          className={
            outcome === "checked_in" ? "button-primary button-small" : "button-secondary button-small"
          }
          disabled={record.isPending}
          onClick={() => record.mutate(outcome)}
        >
          {t(labelKey[outcome])}
          {/* Visible text first (label in name), then whom it is for, for screen readers. */}
          <span className="visually-hidden">: {who}</span>
        </button>
      ))}
      {record.isError && <ErrorMessage error={record.error} />}
    </div>
  );
}
