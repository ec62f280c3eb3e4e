import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import { readStaffSession } from "../../api/staff-session";
import { berlinDateOf } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { StatusMessage } from "../../ui/StatusMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { StaffBar } from "../StaffBar";
import { DayBoard } from "./DayBoard";
import { CallbackPanel, FailedSmsPanel } from "./MessagePanels";
import { locationsOf, servicesAt } from "./organisation-scope";
import { WaitlistPanel } from "./WaitlistPanel";
import { WalkInForm } from "./WalkInForm";

/** Reception's day: the board of one office and day, walk-ins and the waitlist beside it. */
export function ReceptionPage() {
  const { t } = useTranslation();
  const session = readStaffSession();
  // The public directory names the offices and services; staff scope narrows them.
  const directory = useQuery({
    queryKey: ["directory.services"],
    queryFn: () => booking.directory.services.query({}),
    staleTime: 5 * 60_000,
  });
  const [chosenLocationId, setChosenLocationId] = useState<string | null>(null);
  const [date, setDate] = useState(() => berlinDateOf(new Date()));
  if (!session) return null;

  const locations = directory.data ? locationsOf(directory.data, session) : [];
  const locationId = chosenLocationId ?? locations[0]?.id ?? null;
  const location = locations.find((entry) => entry.id === locationId);
  const services = directory.data && locationId ? servicesAt(directory.data, locationId) : [];

  return (
    <div className="reception">
      <StaffBar session={session} />
      <FocusHeading>
        {t("reception.heading")}
        {location ? ` · ${location.name}` : ""}
      </FocusHeading>
      {directory.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
      {directory.isError && <ErrorMessage error={directory.error} />}
      {directory.isSuccess && locations.length === 0 && (
        <p className="notice">{t("reception.noLocations")}</p>
      )}
      {locationId && (
        <>
          <div className="board-controls">
            {locations.length > 1 && (
              <SelectField
                label={t("reception.location")}
                value={locationId}
                options={locations.map((entry) => ({ value: entry.id, label: entry.name }))}
                onChange={(event) => setChosenLocationId(event.target.value)}
              />
            )}
            <TextField
              label={t("reception.date")}
              type="date"
              value={date}
              onChange={(event) => {
                if (event.target.value) setDate(event.target.value);
              }}
            />
          </div>
          <DayBoard locationId={locationId} date={date} />
          <div className="panels">
            <WalkInForm key={`walk-in-${locationId}`} locationId={locationId} services={services} />
            <WaitlistPanel key={`waitlist-${locationId}`} locationId={locationId} services={services} />
            <FailedSmsPanel organisationId={session.principal.organisationId} locationId={locationId} />
            <CallbackPanel organisationId={session.principal.organisationId} locationId={locationId} />
          </div>
        </>
      )}
    </div>
  );
}
