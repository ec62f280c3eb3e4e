import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import { checkDirectory } from "./directory-check";
import { type Directory, idsOf } from "./directory-edits";
import { CounsellorsEditor } from "./CounsellorsEditor";
import { entryLabelOf } from "./entry-labels";
import { InterpretersEditor } from "./InterpretersEditor";
import { LocationsEditor } from "./LocationsEditor";
import { ProblemsProvider } from "./problems-context";
import { RoomsEditor } from "./RoomsEditor";
import { SaveResult } from "./SaveResult";
import { serverProblemsOf } from "./server-problems";
import { ServicesEditor } from "./ServicesEditor";

export const editorSections = ["services", "locations", "counsellors", "rooms", "interpreters"] as const;

interface DirectoryFormProps {
  organisationId: string;
  initial: Directory;
  revision: number;
}

/**
 * The whole slice in one form, saved at once. The form checks each field first (so every
 * problem stands next to its field, in the admin's language) and, once a save was tried,
 * keeps checking while the admin corrects. What booking then refuses (entries that do
 * not fit together) is shown on the entries and in the list beside the form. A failed
 * save keeps everything typed.
 */
export function DirectoryForm({ organisationId, initial, revision }: DirectoryFormProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const resultRef = useRef<HTMLDivElement>(null);
  const [directory, setDirectory] = useState<Directory>(initial);
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: (sent: Directory) =>
      booking.directory.saveOrganisation.mutate({
        organisationId,
        expectedRevision: revision,
        directory: sent,
      }),
    onSuccess: () => {
      // The public list of services and the referral form read the directory too.
      void queryClient.invalidateQueries({ queryKey: ["directory.services"] });
    },
    onSettled: () => resultRef.current?.focus(),
  });
  const fieldProblems = tried ? checkDirectory(directory) : [];
  const serverProblems =
    save.error instanceof TRPCClientError && save.variables
      ? serverProblemsOf((save.error.data as { details?: unknown } | undefined)?.details, save.variables)
      : [];
  const labelOf = (id: string) => entryLabelOf(directory, id, i18n.language);
  const takenIds = idsOf(directory);
  const change =
    <K extends keyof Directory>(key: K) =>
    (value: Directory[K]) =>
      setDirectory((current) => ({ ...current, [key]: value }));

  return (
    <ProblemsProvider value={{ fields: fieldProblems, server: serverProblems, labelOf }}>
      <div className="editor-layout">
        <form
          className="editor-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setTried(true);
            if (checkDirectory(directory).length > 0) {
              save.reset();
              // After React shows the list: focus moves to it, and it is read out.
              setTimeout(() => resultRef.current?.focus());
              return;
            }
            save.mutate(directory);
          }}
        >
          <p className="hint">{t("admin.intro", { organisation: directory.organisation.name, revision })}</p>
          <nav aria-label={t("admin.sectionsLabel")} className="section-links">
            {editorSections.map((section) => (
              <a key={section} href={`#admin-${section}`}>
                {t(`admin.${section}`)}
              </a>
            ))}
          </nav>
          <section aria-labelledby="admin-services">
            <h2 id="admin-services">{t("admin.services")}</h2>
            <ServicesEditor
              organisationId={organisationId}
              services={directory.services}
              locations={directory.locations}
              takenIds={takenIds}
              onChange={change("services")}
            />
          </section>
          <section aria-labelledby="admin-locations">
            <h2 id="admin-locations">{t("admin.locations")}</h2>
            <LocationsEditor
              organisationId={directory.organisation.id}
              federalState={directory.organisation.federalState}
              locations={directory.locations}
              takenIds={takenIds}
              onChange={change("locations")}
            />
          </section>
          <section aria-labelledby="admin-counsellors">
            <h2 id="admin-counsellors">{t("admin.counsellors")}</h2>
            <CounsellorsEditor
              organisationId={directory.organisation.id}
              counsellors={directory.counsellors}
              services={directory.services}
              locations={directory.locations}
              takenIds={takenIds}
              onChange={change("counsellors")}
            />
          </section>
          <section aria-labelledby="admin-rooms">
            <h2 id="admin-rooms">{t("admin.rooms")}</h2>
            <RoomsEditor rooms={directory.rooms} locations={directory.locations} onChange={change("rooms")} />
          </section>
          <section aria-labelledby="admin-interpreters">
            <h2 id="admin-interpreters">{t("admin.interpreters")}</h2>
            <InterpretersEditor
              organisationId={directory.organisation.id}
              interpreters={directory.interpreters}
              locations={directory.locations}
              takenIds={takenIds}
              onChange={change("interpreters")}
            />
          </section>
          <div className="editor-save">
            <button type="submit" className="button-primary" disabled={save.isPending || save.isSuccess}>
              {save.isPending ? t("admin.saving") : t("admin.save")}
            </button>
          </div>
        </form>
        <SaveResult
          ref={resultRef}
          directory={directory}
          fieldProblems={fieldProblems}
          serverProblems={serverProblems}
          saveError={save.error}
          savedRevision={save.data?.revision ?? null}
          onContinue={() => void queryClient.invalidateQueries({ queryKey: ["directory.organisation"] })}
        />
      </div>
    </ProblemsProvider>
  );
}
