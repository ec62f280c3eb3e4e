import { TRPCClientError } from "@trpc/client";
import i18next from "i18next";
import { ar } from "../i18n/locales/ar";
import { de } from "../i18n/locales/de";
import { staffAr } from "../i18n/locales/staff/ar";
import { staffDe } from "../i18n/locales/staff/de";
import { failureText } from "./failure-text";

/** A service's refusal as the typed client hands it over. */
function refusal(data: { appCode: string; reason: string | null; httpStatus: number }) {
  return new TRPCClientError<never>("refused", {
    result: { error: { code: -32000, message: "refused", data } },
  } as never);
}

describe("why a call failed, in the reader's language", () => {
  const i18n = i18next.createInstance();

  beforeAll(async () => {
    await i18n.init({
      resources: {
        de: { translation: { ...de, ...staffDe } },
        ar: { translation: { ...ar, ...staffAr } },
      },
      lng: "de",
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
  });

  it("names an incomplete export (503) with the staff texts, in German and Arabic", async () => {
    const error = refusal({ appCode: "UNAVAILABLE", reason: "export_incomplete", httpStatus: 503 });
    expect(failureText(i18n.t, error)).toBe(staffDe.staffErrors.export_incomplete);
    await i18n.changeLanguage("ar");
    expect(failureText(i18n.t, error)).toBe(staffAr.staffErrors.export_incomplete);
    await i18n.changeLanguage("de");
  });

  it("names a refused input (400) by its reason, else by its code", () => {
    expect(
      failureText(
        i18n.t,
        refusal({ appCode: "VALIDATION_FAILED", reason: "phone_invalid", httpStatus: 400 }),
      ),
    ).toBe(de.errors.phone_invalid);
    expect(
      failureText(i18n.t, refusal({ appCode: "VALIDATION_FAILED", reason: null, httpStatus: 400 })),
    ).toBe(de.errors.VALIDATION_FAILED);
  });

  it("says something went wrong when nothing more is known", () => {
    expect(failureText(i18n.t, new Error("boom"))).toBe(de.errors.unknown);
  });
});
