import { isBlankText, optionalTranslationCount, withTranslation } from "./multilingual-text";

describe("texts in several languages", () => {
  it("keeps German and English when emptied, and drops an emptied optional translation", () => {
    const text = { de: "Hallo", en: "Hello", ar: "مرحبا" };
    expect(withTranslation(text, "ar", "")).toEqual({ de: "Hallo", en: "Hello" });
    expect(withTranslation(text, "en", "")).toEqual({ de: "Hallo", en: "", ar: "مرحبا" });
    expect(withTranslation(text, "tr", "Merhaba")).toMatchObject({ tr: "Merhaba" });
    expect(isBlankText({ de: " ", en: "" })).toBe(true);
    expect(isBlankText(undefined)).toBe(true);
    expect(optionalTranslationCount(text)).toBe(1);
  });
});
