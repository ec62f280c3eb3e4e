import { useMutation } from "@tanstack/react-query";
import { type SubmitEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { booking } from "../../api/service-clients";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { TextField } from "../../ui/TextField";
import { EraseConfirmation } from "./EraseConfirmation";
import { ExportResult } from "./ExportResult";
import {
  MAX_CLIENT_IDS,
  type PrivacySubject,
  type SubjectFields,
  type SubjectProblem,
  subjectOf,
} from "./privacy-subject";

type Field = keyof SubjectFields;

/**
 * Find a person by phone number and/or client ids, then export their data (a download and
 * a summary) or erase it everywhere (after a confirmation that says what happens).
 */
export function PersonSection({ onErasureRequested }: { onErasureRequested: (requestId: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const eraseButtonRef = useRef<HTMLButtonElement>(null);
  const [fields, setFields] = useState<SubjectFields>({ phone: "", clientIds: "" });
  const [problems, setProblems] = useState<SubjectProblem[]>([]);
  /** The person the confirmation is about (fixed when it opened: later typing changes nothing). */
  const [toErase, setToErase] = useState<PrivacySubject | null>(null);

  const exportData = useMutation({
    mutationFn: (subject: PrivacySubject) => booking.privacy.export.mutate(subject),
    // The export holds the person's data: nothing of it stays in the cache once the page is left.
    gcTime: 0,
  });

  /** The person named by the fields, or null after showing (and focusing) what is wrong. */
  const checkedSubject = (): PrivacySubject | null => {
    const checked = subjectOf(fields);
    setProblems(checked.problems);
    const first = checked.problems[0];
    if (first) {
      formRef.current?.querySelector<HTMLInputElement>(`[name="${first.field}"]`)?.focus();
      return null;
    }
    return checked.subject;
  };

  const problemOf = (field: Field): string | undefined => {
    const found = problems.find((entry) => entry.field === field);
    return found ? t(`privacy.errors.${found.problem}`, { max: MAX_CLIENT_IDS }) : undefined;
  };

  const change = (field: Field) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const subject = checkedSubject();
    if (subject) {
      setToErase(null);
      exportData.mutate(subject);
    }
  };

  return (
    <section aria-labelledby={headingId} className="privacy-person">
      <h2 id={headingId}>{t("privacy.personHeading")}</h2>
      <p className="hint">{t("privacy.personHint")}</p>
      <form ref={formRef} onSubmit={submit} noValidate className="staff-form">
        <div className="field-row">
          <TextField
            label={t("privacy.phone")}
            hint={t("privacy.phoneHint")}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            dir="ltr"
            value={fields.phone}
            error={problemOf("phone")}
            onChange={change("phone")}
          />
          <TextField
            label={t("privacy.clientIds")}
            hint={t("privacy.clientIdsHint")}
            name="clientIds"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            dir="ltr"
            value={fields.clientIds}
            error={problemOf("clientIds")}
            onChange={change("clientIds")}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={exportData.isPending}>
            {exportData.isPending ? t("privacy.exporting") : t("privacy.export")}
          </button>
          <button
            ref={eraseButtonRef}
            type="button"
            className="button-danger"
            onClick={() => {
              const subject = checkedSubject();
              if (subject) setToErase(subject);
            }}
          >
            {t("privacy.erase")}
          </button>
        </div>
      </form>
      {exportData.isError && <ErrorMessage error={exportData.error} />}
      {exportData.isSuccess && (
        <ExportResult
          key={exportData.data.generatedAt}
          exported={exportData.data}
          subject={exportData.variables}
        />
      )}
      {toErase && (
        <EraseConfirmation
          subject={toErase}
          onRequested={(requestId) => {
            setToErase(null);
            onErasureRequested(requestId);
          }}
          onCancel={() => {
            setToErase(null);
            eraseButtonRef.current?.focus();
          }}
        />
      )}
    </section>
  );
}
