import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type SubmitEvent, useRef, useState, useId } from "react";
import { useTranslation } from "react-i18next";
import { failureReasonOf } from "../../api/failure-reason";
import { booking } from "../../api/service-clients";
import type { BookableService } from "../../api/service-types";
import { textIn } from "../../client/booking/booking-draft";
import { newIdempotencyKey } from "../../api/idempotency-key";
import { formatTime } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { SelectField } from "../../ui/SelectField";
import { type DeskClient, emptyDeskClient, toBookingClient } from "./client-fields";
import { DeskClientFields } from "./DeskClientFields";

interface WalkInFormProps {
  locationId: string;
  services: BookableService[];
}

/** A client at the desk gets the first free suitable counsellor today. */
export function WalkInForm({ locationId, services }: WalkInFormProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [serviceId, setServiceId] = useState(services[0]?.id ?? "");
  const [client, setClient] = useState<DeskClient>(() => emptyDeskClient("de"));
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const idempotencyKey = useRef(newIdempotencyKey());
  const service = services.find((entry) => entry.id === serviceId);

  const walkIn = useMutation({
    mutationFn: () =>
      booking.reception.walkIn.mutate({
        idempotencyKey: idempotencyKey.current,
        serviceId,
        locationId,
        client: toBookingClient(client),
      }),
    onSuccess: () => {
      idempotencyKey.current = newIdempotencyKey();
      setClient(emptyDeskClient(client.preferredLanguage));
      void queryClient.invalidateQueries({ queryKey: ["reception.day"] });
    },
    onError: (error) => {
      const reason = failureReasonOf(error);
      if (reason !== "network" && reason !== "unknown") idempotencyKey.current = newIdempotencyKey();
    },
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!client.displayName.trim()) {
      setNameError(t("details.errors.nameMissing"));
      formRef.current?.querySelector<HTMLInputElement>('[name="displayName"]')?.focus();
      return;
    }
    setNameError(undefined);
    walkIn.mutate();
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("walkIn.heading")}</h2>
      <form ref={formRef} onSubmit={submit} noValidate>
        <SelectField
          label={t("walkIn.service")}
          value={serviceId}
          options={services.map((entry) => ({
            value: entry.id,
            label: textIn(entry.name, i18n.language).text,
          }))}
          onChange={(event) => setServiceId(event.target.value)}
        />
        <DeskClientFields client={client} service={service} nameError={nameError} onChange={setClient} />
        {walkIn.isError && <ErrorMessage error={walkIn.error} />}
        {walkIn.isSuccess && (
          <p role="status" className="alert alert-success">
            {t("walkIn.booked", {
              client: walkIn.data.appointment.client.displayName,
              time: formatTime(walkIn.data.appointment.time.startsAt, i18n.language),
            })}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={walkIn.isPending || !service}>
          {t("walkIn.submit")}
        </button>
      </form>
    </section>
  );
}
