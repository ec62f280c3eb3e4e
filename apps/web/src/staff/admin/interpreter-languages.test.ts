import { dialectsOf, interpretableLanguages, withLanguage } from "./interpreter-languages";

describe("an interpreter's languages", () => {
  it("takes interpreter languages and dialects as booking wants them (no German, no empty or repeated dialects)", () => {
    expect(interpretableLanguages(["de", "ar", "fa"])).toEqual(["ar", "fa"]);
    expect(withLanguage({ ar: ["Levantine"] }, "fa", true)).toEqual({ ar: ["Levantine"], fa: [] });
    expect(withLanguage({ ar: ["Levantine"], fa: [] }, "ar", false)).toEqual({ fa: [] });
    expect(dialectsOf("Levantine, Iraqi,, Levantine ")).toEqual(["Levantine", "Iraqi"]);
    expect(dialectsOf("سوری، عراقی")).toEqual(["سوری", "عراقی"]);
  });
});
