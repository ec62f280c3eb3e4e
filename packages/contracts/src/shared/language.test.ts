import { languageInfo, LanguageSchema, textDirectionOf } from "./language";

describe("Language", () => {
  it("writes Arabic, Persian, Pashto and Sorani Kurdish right to left, the rest left to right", () => {
    const rtl = LanguageSchema.options.filter((language) => textDirectionOf(language) === "rtl");
    expect(rtl.sort()).toEqual(["ar", "fa", "ku", "ps"]);
  });

  it("names every language in itself", () => {
    expect(languageInfo.uk.endonym).toBe("Українська");
    for (const language of LanguageSchema.options) {
      expect(languageInfo[language].endonym).not.toBe("");
    }
  });

  it("accepts ISO 639-1 codes only", () => {
    expect(LanguageSchema.safeParse("ar").success).toBe(true);
    expect(LanguageSchema.safeParse("ara").success).toBe(false);
    expect(LanguageSchema.safeParse("AR").success).toBe(false);
  });
});
