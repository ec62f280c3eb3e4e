import { MultilingualTextSchema } from "./multilingual-text";

const messages = (value: unknown) =>
  MultilingualTextSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("MultilingualText", () => {
  it("accepts German and English plus any language of the network", () => {
    const parsed = MultilingualTextSchema.parse({ de: "Hallo", en: "Hello", ar: "مرحبا", uk: "Привіт" });
    expect(parsed.ar).toBe("مرحبا");
    expect(parsed.fa).toBeUndefined();
  });

  it("requires German and English", () => {
    const result = MultilingualTextSchema.safeParse({ de: "Hallo", ar: "مرحبا" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["en"] })]);
  });

  it("refuses codes that are not languages of the network", () => {
    expect(messages({ de: "Hallo", en: "Hello", ara: "مرحبا" })).toEqual(['Unrecognized key: "ara"']);
  });

  it("refuses empty translations, also when they are only spaces", () => {
    expect(messages({ de: "Hallo", en: "   " })).toEqual(["A translation must not be empty"]);
  });
});
