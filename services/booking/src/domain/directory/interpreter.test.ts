import { anInterpreter } from "./directory.mother";
import { InterpreterSchema } from "./interpreter";

const messages = (value: unknown) =>
  InterpreterSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("Interpreter", () => {
  it("accepts a pool interpreter with languages and dialects", () => {
    const interpreter = anInterpreter({
      languages: { ar: ["Levantine", "Iraqi"], fa: ["Dari"], ku: ["Sorani"] },
    });
    expect(InterpreterSchema.parse(interpreter)).toEqual(interpreter);
  });

  it("accepts a phone and video interpreter of an organisation without locations", () => {
    const remote = anInterpreter({ organisationId: "org-test", modes: ["phone", "video"], locationIds: [] });
    expect(InterpreterSchema.safeParse(remote).success).toBe(true);
  });

  it("needs a language other than German, which is implied", () => {
    expect(messages(anInterpreter({ languages: {} }))).toEqual([
      "An interpreter interprets one language at least",
    ]);
    expect(messages(anInterpreter({ languages: { de: [], ar: [] } }))).toEqual([
      "German is implied; list only the languages interpreted from",
    ]);
    expect(InterpreterSchema.safeParse({ ...anInterpreter(), languages: { arabic: [] } }).success).toBe(
      false,
    );
  });

  it("keeps in-person mode and reachable locations together", () => {
    expect(messages(anInterpreter({ modes: ["in_person"], locationIds: [] }))).toEqual([
      "An interpreter who comes in person must name the locations they can reach",
    ]);
    expect(messages(anInterpreter({ modes: ["phone"], locationIds: ["loc-test"] }))).toEqual([
      "Locations are for in-person interpreting; add the in_person mode or remove them",
    ]);
  });

  it("refuses empty dialect names and repeated modes", () => {
    expect(messages(anInterpreter({ languages: { fa: [""] } }))).toEqual(["A dialect needs a name"]);
    expect(messages(anInterpreter({ modes: ["phone", "phone"] }))).toEqual(["Modes must not repeat: phone"]);
  });
});
