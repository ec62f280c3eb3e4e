import { useTranslation } from "react-i18next";
import { AddByIdForm } from "./AddByIdForm";
import { CounsellorEntry } from "./CounsellorEntry";
import {
  type DirectoryCounsellor,
  type DirectoryLocation,
  type DirectoryService,
  newCounsellor,
  removeAt,
  replaceAt,
} from "./directory-edits";

interface CounsellorsEditorProps {
  organisationId: string;
  counsellors: DirectoryCounsellor[];
  services: DirectoryService[];
  locations: DirectoryLocation[];
  takenIds: ReadonlySet<string>;
  onChange: (counsellors: DirectoryCounsellor[]) => void;
}

/** The organisation's counsellors: each with their offer, hours, dated exceptions and absences; added by id, removed. */
export function CounsellorsEditor({
  organisationId,
  counsellors,
  services,
  locations,
  takenIds,
  onChange,
}: CounsellorsEditorProps) {
  const { t } = useTranslation();
  return (
    <>
      {counsellors.map((counsellor, index) => (
        <CounsellorEntry
          key={counsellor.id}
          counsellor={counsellor}
          services={services}
          locations={locations}
          onChange={(changed) => onChange(replaceAt(counsellors, index, changed))}
          onRemove={() => onChange(removeAt(counsellors, index))}
        />
      ))}
      <AddByIdForm
        kind="counsellor"
        takenIds={takenIds}
        label={t("admin.counsellorId")}
        buttonLabel={t("admin.addCounsellor")}
        onAdd={(id) => onChange([...counsellors, newCounsellor(id, organisationId)])}
      />
    </>
  );
}
