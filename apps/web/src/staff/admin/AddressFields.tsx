import { useTranslation } from "react-i18next";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { federalStateNames, federalStates, isFederalState } from "../federal-states";
import type { DirectoryLocation } from "./directory-edits";
import { useFieldError } from "./problems-context";

type AddressPatch = Partial<Pick<DirectoryLocation, "address" | "federalState">>;

/** An office's postal address (as appointment texts and calendar files carry it) and its Land. */
export function AddressFields({
  entryId,
  address,
  federalState,
  onChange,
}: {
  entryId: string;
  address: DirectoryLocation["address"];
  federalState: DirectoryLocation["federalState"];
  onChange: (patch: AddressPatch) => void;
}) {
  const { t } = useTranslation();
  const errors = {
    street: useFieldError(entryId, "address.street"),
    postalCode: useFieldError(entryId, "address.postalCode"),
    city: useFieldError(entryId, "address.city"),
  };
  const changeAddress = (patch: Partial<DirectoryLocation["address"]>) =>
    onChange({ address: { ...address, ...patch } });
  return (
    <fieldset className="field-group">
      <legend>{t("admin.address")}</legend>
      <TextField
        label={t("admin.street")}
        name="address.street"
        autoComplete="off"
        error={errors.street}
        value={address.street}
        onChange={(event) => changeAddress({ street: event.target.value })}
      />
      <div className="field-row">
        <TextField
          label={t("admin.postalCode")}
          name="address.postalCode"
          inputMode="numeric"
          dir="ltr"
          autoComplete="off"
          maxLength={5}
          size={7}
          error={errors.postalCode}
          value={address.postalCode}
          onChange={(event) => changeAddress({ postalCode: event.target.value.trim() })}
        />
        <TextField
          label={t("admin.city")}
          name="address.city"
          autoComplete="off"
          error={errors.city}
          value={address.city}
          onChange={(event) => changeAddress({ city: event.target.value })}
        />
      </div>
      <SelectField
        label={t("admin.federalState")}
        hint={t("admin.federalStateHint")}
        name="federalState"
        value={federalState}
        options={federalStates.map((code) => ({ value: code, label: federalStateNames[code] }))}
        onChange={(event) => {
          if (isFederalState(event.target.value)) onChange({ federalState: event.target.value });
        }}
      />
    </fieldset>
  );
}
