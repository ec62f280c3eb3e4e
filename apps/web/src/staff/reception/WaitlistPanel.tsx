import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type SubmitEvent, useRef, useState, useId } from "react";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import type { BookableService } from "../../api/service-types";
import { textIn } from "../../client/booking/booking-draft";
import { newIdempotencyKey } from "../../api/idempotency-key";
import { formatDateTime, languageName } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { StatusMessage } from "../../ui/StatusMessage";
import { SelectField } from "../../ui/SelectField";
import { type DeskClient, emptyDeskClient, toBookingClient } from "./client-fields";
import { DeskClientFields } from "./DeskClientFields";

interface WaitlistPanelProps {
  locationId: string;
  services: BookableService[];
}

/** Who waits for a service (longest first), and adding someone; booking offers freed slots by SMS. */
export function WaitlistPanel({ locationId, services }: WaitlistPanelProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [serviceId, setServiceId] = useState(services[0]?.id ?? "");
  const [client, setClient] = useState<DeskClient>(() => emptyDeskClient("de"));
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const [joinedName, setJoinedName] = useState<string | null>(null);
  const idempotencyKey = useRef(newIdempotencyKey());
  const service = services.find((entry) => entry.id === serviceId);

  const list = useQuery({
    queryKey: ["waitlist.list", serviceId],
    queryFn: () => booking.waitlist.list.query({ serviceId }),
    enabled: serviceId !== "",
    refetchInterval: 30_000,
  });
  const join = useMutation({
    mutationFn: () =>
      booking.waitlist.join.mutate({
        idempotencyKey: idempotencyKey.current,
        serviceId,
        locationId,
        channel: "in_person",
        client: toBookingClient(client),
      }),
    onSuccess: () => {
      idempotencyKey.current = newIdempotencyKey();
      setJoinedName(client.displayName.trim());
      setClient(emptyDeskClient(client.preferredLanguage));
      void queryClient.invalidateQueries({ queryKey: ["waitlist.list"] });
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
    join.mutate();
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("waitlist.heading")}</h2>
      <SelectField
        label={t("waitlist.service")}
        value={serviceId}
        options={services.map((entry) => ({
          value: entry.id,
          label: textIn(entry.name, i18n.language).text,
        }))}
        onChange={(event) => setServiceId(event.target.value)}
      />
      {list.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
      {list.isError && <ErrorMessage error={list.error} />}
      {list.isSuccess && list.data.length === 0 && <p className="notice">{t("waitlist.empty")}</p>}
      {list.isSuccess && list.data.length > 0 && (
        <ol className="waitlist">
          {list.data.map((entry) => (
            <li key={entry.entryId}>
              {entry.personalDataErased ? t("reception.erased") : entry.clientName} ·{" "}
              {languageName(entry.language, i18n.language)} ·{" "}
              {t("waitlist.since", { date: formatDateTime(entry.joinedAt, i18n.language) })}
            </li>
          ))}
        </ol>
      )}
      <form ref={formRef} onSubmit={submit} noValidate>
        <DeskClientFields client={client} service={service} nameError={nameError} onChange={setClient} />
        {join.isError && <ErrorMessage error={join.error} />}
        {join.isSuccess && joinedName && (
          <p role="status" className="alert alert-success">
            {t("waitlist.joined", { client: joinedName })}
          </p>
        )}
        <button type="submit" className="button-secondary" disabled={join.isPending || !service}>
          {t("waitlist.join")}
        </button>
      </form>
    </section>
  );
}
