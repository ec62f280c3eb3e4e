import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../ui/TextField";
import { type AddableEntry, entryIdPrefixes, entryIdProblem } from "./directory-edits";

interface AddByIdFormProps {
  kind: AddableEntry;
  /** Ids already in the organisation's directory. */
  takenIds: ReadonlySet<string>;
  label: string;
  buttonLabel: string;
  /** Further choices the new entry needs (a service's kind), shown before the button. */
  children?: ReactNode;
  onAdd: (id: string) => void;
}

/**
 * A new entry starts from its id (booking's form for the kind, not yet used; it cannot be
 * changed later, since bookings and referrals point at it); the rest is filled in above.
 */
export function AddByIdForm({ kind, takenIds, label, buttonLabel, children, onAdd }: AddByIdFormProps) {
  const { t } = useTranslation();
  const [id, setId] = useState("");
  const [problem, setProblem] = useState<"invalid" | "taken" | null>(null);
  const prefix = entryIdPrefixes[kind];
  const add = () => {
    const trimmed = id.trim();
    const found = entryIdProblem(kind, trimmed, takenIds);
    setProblem(found);
    if (found) return;
    onAdd(trimmed);
    setId("");
  };
  return (
    <div className="editor-entry editor-add" data-testid={`add-${kind}`}>
      <TextField
        label={label}
        hint={t("admin.idHint", { prefix, example: t(`admin.idExample.${kind}`) })}
        error={
          problem === "invalid"
            ? t("admin.idInvalid", { prefix })
            : problem === "taken"
              ? t("admin.idTaken")
              : undefined
        }
        value={id}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setId(event.target.value)}
        onKeyDown={(event) => {
          // Enter adds the entry here; it must not save the whole directory.
          if (event.key === "Enter") {
            event.preventDefault();
            add();
          }
        }}
      />
      {children}
      <button type="button" className="button-secondary" onClick={add}>
        {buttonLabel}
      </button>
    </div>
  );
}
