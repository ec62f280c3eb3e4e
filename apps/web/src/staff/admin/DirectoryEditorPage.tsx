import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import { readStaffSession } from "../../api/staff-session";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { StatusMessage } from "../../ui/StatusMessage";
import { StaffBar } from "../StaffBar";
import { type Directory, saveProblemsOf } from "./directory-edits";
import { CounsellorsEditor, InterpretersEditor } from "./PeopleEditor";
import { LocationsEditor, RoomsEditor } from "./PlacesEditor";
import { ServicesEditor } from "./ServicesEditor";

/**
 * An admin keeps their organisation's directory: services, opening hours, counsellors'
 * hours, rooms, interpreters. Booking checks the whole slice on saving and answers with
 * every problem at once; they are listed beside the form.
 */
export function DirectoryEditorPage() {
  const { t } = useTranslation();
  const session = readStaffSession();
  const organisationId = session?.principal.organisationId ?? "";
  const stored = useQuery({
    queryKey: ["directory.organisation", organisationId],
    queryFn: () => booking.directory.organisation.query({ organisationId }),
    enabled: organisationId !== "",
    staleTime: Infinity,
  });
  if (!session) return null;
  return (
    <div className="staff-page admin-page">
      <StaffBar session={session} />
      <FocusHeading>{t("admin.heading")}</FocusHeading>
      {stored.isPending && <StatusMessage>{t("app.loading")}</StatusMessage>}
      {stored.isError && <ErrorMessage error={stored.error} />}
      {stored.isSuccess && (
        <DirectoryForm
          // A fresh form for each revision: what was saved is what is shown.
          key={stored.data.revision}
          organisationId={organisationId}
          initial={stored.data.directory}
          revision={stored.data.revision}
        />
      )}
    </div>
  );
}

interface DirectoryFormProps {
  organisationId: string;
  initial: Directory;
  revision: number;
}

function DirectoryForm({ organisationId, initial, revision }: DirectoryFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problemsHeading = useId();
  const [directory, setDirectory] = useState<Directory>(initial);
  const [savedRevision, setSavedRevision] = useState<number | null>(null);
  const save = useMutation({
    mutationFn: () =>
      booking.directory.saveOrganisation.mutate({ organisationId, expectedRevision: revision, directory }),
    onSuccess: ({ revision: next }) => {
      setSavedRevision(next);
      void queryClient.invalidateQueries({ queryKey: ["directory.services"] });
    },
  });
  const problems =
    save.error instanceof TRPCClientError
      ? saveProblemsOf((save.error.data as { details?: unknown } | undefined)?.details)
      : [];
  const change =
    <K extends keyof Directory>(key: K) =>
    (value: Directory[K]) =>
      setDirectory((current) => ({ ...current, [key]: value }));

  return (
    <div className="editor-layout">
      <form
        className="editor-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <p className="hint">{t("admin.intro", { organisation: directory.organisation.name, revision })}</p>
        <section aria-labelledby="admin-services">
          <h2 id="admin-services">{t("admin.services")}</h2>
          <ServicesEditor services={directory.services} onChange={change("services")} />
        </section>
        <section aria-labelledby="admin-locations">
          <h2 id="admin-locations">{t("admin.locations")}</h2>
          <LocationsEditor locations={directory.locations} onChange={change("locations")} />
        </section>
        <section aria-labelledby="admin-counsellors">
          <h2 id="admin-counsellors">{t("admin.counsellors")}</h2>
          <CounsellorsEditor
            organisationId={directory.organisation.id}
            counsellors={directory.counsellors}
            services={directory.services}
            locations={directory.locations}
            onChange={change("counsellors")}
          />
        </section>
        <section aria-labelledby="admin-rooms">
          <h2 id="admin-rooms">{t("admin.rooms")}</h2>
          <RoomsEditor rooms={directory.rooms} locations={directory.locations} onChange={change("rooms")} />
        </section>
        <section aria-labelledby="admin-interpreters">
          <h2 id="admin-interpreters">{t("admin.interpreters")}</h2>
          <InterpretersEditor interpreters={directory.interpreters} onChange={change("interpreters")} />
        </section>
        <div className="editor-save">
          <button
            type="submit"
            className="button-primary"
            disabled={save.isPending || savedRevision !== null}
          >
            {save.isPending ? t("admin.saving") : t("admin.save")}
          </button>
        </div>
      </form>
      <aside className="editor-aside" aria-labelledby={problemsHeading}>
        <h2 id={problemsHeading}>{t("admin.checkHeading")}</h2>
        {savedRevision !== null && (
          <div className="alert alert-success" role="status">
            <p>{t("admin.saved", { revision: savedRevision })}</p>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void queryClient.invalidateQueries({ queryKey: ["directory.organisation"] })}
            >
              {t("admin.continue")}
            </button>
          </div>
        )}
        {save.isError && <ErrorMessage error={save.error} />}
        {problems.length > 0 && (
          <ul className="problem-list" data-testid="save-problems">
            {problems.map((problem) => (
              <li key={problem} lang="en">
                {problem}
              </li>
            ))}
          </ul>
        )}
        {!save.isError && savedRevision === null && <p className="hint">{t("admin.checkHint")}</p>}
      </aside>
    </div>
  );
}
