import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import { readStaffSession } from "../../api/staff-session";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { StatusMessage } from "../../ui/StatusMessage";
import { StaffBar } from "../StaffBar";
import { DirectoryForm } from "./DirectoryForm";

/**
 * An admin keeps their organisation's directory: services, offices, counsellors with their
 * hours and absences, rooms, interpreters. Booking checks the whole slice on saving.
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
