import { useTranslation } from "react-i18next";
import type { DirectoryService } from "./directory-edits";
import { NumberField } from "./NumberField";

/** How a service's appointments fill the calendar, how far ahead clients book, and its referral deadline. */
export function ServiceTimingFields({
  service,
  onChange,
}: {
  service: DirectoryService;
  onChange: (patch: Partial<DirectoryService>) => void;
}) {
  const { t } = useTranslation();
  const entryId = service.id;
  return (
    <fieldset className="field-group">
      <legend>{t("admin.timing")}</legend>
      <div className="field-row">
        <NumberField
          label={t("admin.duration")}
          entryId={entryId}
          field="defaultDurationMinutes"
          value={service.defaultDurationMinutes}
          onChange={(defaultDurationMinutes) => onChange({ defaultDurationMinutes })}
        />
        <NumberField
          label={t("admin.bufferBefore")}
          entryId={entryId}
          field="bufferBeforeMinutes"
          value={service.bufferBeforeMinutes}
          onChange={(bufferBeforeMinutes) => onChange({ bufferBeforeMinutes })}
        />
        <NumberField
          label={t("admin.bufferAfter")}
          entryId={entryId}
          field="bufferAfterMinutes"
          value={service.bufferAfterMinutes}
          onChange={(bufferAfterMinutes) => onChange({ bufferAfterMinutes })}
        />
        <NumberField
          label={t("admin.slotStep")}
          hint={t("admin.slotStepHint")}
          entryId={entryId}
          field="slotStepMinutes"
          value={service.slotStepMinutes}
          onChange={(slotStepMinutes) => onChange({ slotStepMinutes })}
        />
        <NumberField
          label={t("admin.horizon")}
          hint={t("admin.horizonHint")}
          entryId={entryId}
          field="horizonDays"
          value={service.horizonDays}
          onChange={(horizonDays) => onChange({ horizonDays })}
        />
        <NumberField
          label={t("admin.minimumNotice")}
          hint={t("admin.minimumNoticeHint")}
          entryId={entryId}
          field="minimumNoticeMinutes"
          value={service.minimumNoticeMinutes}
          onChange={(minimumNoticeMinutes) => onChange({ minimumNoticeMinutes })}
        />
        <NumberField
          label={t("admin.acceptWithin")}
          entryId={entryId}
          field="referralAcceptWithinWorkingDays"
          value={service.referralAcceptWithinWorkingDays ?? 10}
          onChange={(referralAcceptWithinWorkingDays) => onChange({ referralAcceptWithinWorkingDays })}
        />
        <NumberField
          label={t("admin.groupCapacity")}
          hint={t("admin.groupCapacityHint")}
          entryId={entryId}
          field="groupCapacity"
          // Empty: one client at a time (booking's null).
          value={service.groupCapacity ?? Number.NaN}
          onChange={(seats) => onChange({ groupCapacity: Number.isNaN(seats) ? null : seats })}
        />
      </div>
    </fieldset>
  );
}
