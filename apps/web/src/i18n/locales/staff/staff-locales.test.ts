import { staffAr } from "./ar";
import { staffDe } from "./de";
import { staffEn } from "./en";
import { staffFa } from "./fa";
import { staffRu } from "./ru";
import { staffTr } from "./tr";
import { staffUk } from "./uk";

type Tree = { [key: string]: string | Tree };

/** Every text as "path.to.key" → text. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? "").sort();
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

const languages: Array<[string, Tree]> = [
  ["de", staffDe],
  ["ar", staffAr],
  ["fa", staffFa],
  ["uk", staffUk],
  ["ru", staffRu],
  ["tr", staffTr],
];
const english = flatten(staffEn);

describe.each(languages)("staff texts in %s", (language, messages) => {
  const texts = flatten(messages);

  it("keeps English's placeholders (except {{count}}, which a plural form may spell out)", () => {
    for (const [key, text] of english) {
      const translated = texts.get(key);
      expect(translated).toBeDefined();
      const wanted = placeholders(text).filter((name) => !pluralSuffix.test(key) || name !== "count");
      const found = placeholders(translated ?? "").filter(
        (name) => !pluralSuffix.test(key) || name !== "count",
      );
      expect({ key, placeholders: found }).toEqual({ key, placeholders: wanted });
    }
  });

  it("has every plural form the language uses", () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const bases = new Set(
      [...english.keys()].filter((key) => key.endsWith("_one")).map((key) => key.slice(0, -4)),
    );
    for (const base of bases) {
      for (const category of categories)
        expect(texts.has(`${base}_${category}`) ? category : base).toBe(category);
    }
  });
});
