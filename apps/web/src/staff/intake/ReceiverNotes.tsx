import { useMutation } from "@tanstack/react-query";
import { type SubmitEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { referral } from "../../api/service-clients";
import type { ReceiverView } from "../../api/service-types";
import { formatDateTime } from "../../i18n/format-date-time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { TextAreaField } from "../../ui/TextAreaField";

/** The referral service's limit for one note. */
const NOTE_MAX = 4000;

/**
 * The receiving service's own notes on the referral (case content: the referrer never
 * sees them, and a full revocation of the consent deletes them), and a new one.
 */
export function ReceiverNotes({ view, onAdded }: { view: ReceiverView; onAdded: () => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [text, setText] = useState("");
  const [missing, setMissing] = useState(false);
  const add = useMutation({
    mutationFn: () => referral.intake.addNote.mutate({ referralId: view.referralId, text: text.trim() }),
    onSuccess: () => {
      setText("");
      onAdded();
    },
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const empty = !text.trim();
    setMissing(empty);
    if (empty) {
      formRef.current?.querySelector<HTMLTextAreaElement>('[name="note"]')?.focus();
      return;
    }
    add.mutate();
  };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("intakeReferral.notesHeading")}</h2>
      <p className="hint">{t("intakeReferral.notesHint")}</p>
      {view.notes.length === 0 ? (
        <p className="hint">{t("intakeReferral.noNotes")}</p>
      ) : (
        <ol className="notes" data-testid="receiver-notes">
          {view.notes.map((note, index) => (
            <li key={`${note.at}-${index}`}>
              <p className="note-text" dir="auto">
                {note.text}
              </p>
              <p className="hint">
                {formatDateTime(note.at, i18n.language)}
                {note.by.kind === "staff" &&
                  ` · ${t(`roles.${note.by.role}`, { defaultValue: note.by.role })}`}
              </p>
            </li>
          ))}
        </ol>
      )}
      <form ref={formRef} onSubmit={submit} noValidate>
        <TextAreaField
          label={t("intakeReferral.newNote")}
          hint={t("intakeReferral.newNoteHint", { max: NOTE_MAX })}
          name="note"
          dir="auto"
          maxLength={NOTE_MAX}
          error={missing ? t("intakeReferral.noteMissing") : undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        {add.isError && <ErrorMessage error={add.error} />}
        <button type="submit" className="button-secondary" disabled={add.isPending}>
          {t("intakeReferral.addNote")}
        </button>
      </form>
    </section>
  );
}
