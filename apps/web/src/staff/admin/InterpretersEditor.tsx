import { useTranslation } from "react-i18next";
import { AddByIdForm } from "./AddByIdForm";
import {
  type DirectoryInterpreter,
  type DirectoryLocation,
  newInterpreter,
  removeAt,
  replaceAt,
} from "./directory-edits";
import { InterpreterEntry } from "./InterpreterEntry";

interface InterpretersEditorProps {
  organisationId: string;
  interpreters: DirectoryInterpreter[];
  locations: DirectoryLocation[];
  takenIds: ReadonlySet<string>;
  onChange: (interpreters: DirectoryInterpreter[]) => void;
}

/**
 * The organisation's own interpreters, added by id and removed. The network's pool of
 * interpreters belongs to no organisation: it is not part of this directory and is
 * kept by the network, not here (the hint says so).
 */
export function InterpretersEditor({
  organisationId,
  interpreters,
  locations,
  takenIds,
  onChange,
}: InterpretersEditorProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="hint">{t("admin.poolHint")}</p>
      {interpreters.length === 0 && <p className="notice">{t("admin.noInterpreters")}</p>}
      {interpreters.map((interpreter, index) => (
        <InterpreterEntry
          key={interpreter.id}
          interpreter={interpreter}
          locations={locations}
          onChange={(changed) => onChange(replaceAt(interpreters, index, changed))}
          onRemove={() => onChange(removeAt(interpreters, index))}
        />
      ))}
      <AddByIdForm
        kind="interpreter"
        takenIds={takenIds}
        label={t("admin.interpreterId")}
        buttonLabel={t("admin.addInterpreter")}
        onAdd={(id) => onChange([...interpreters, newInterpreter(id, organisationId)])}
      />
    </>
  );
}
