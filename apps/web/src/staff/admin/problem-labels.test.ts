import { fieldOfPath } from "./problem-labels";

describe("a problem's field", () => {
  it("names the field a problem's path is in", () => {
    expect(fieldOfPath("absences.0.end")).toEqual({ field: "absences", language: null });
    expect(fieldOfPath("description.ar")).toEqual({ field: "description", language: "ar" });
    expect(fieldOfPath("name")).toEqual({ field: "name", language: null });
    expect(fieldOfPath(null)).toEqual({ field: null, language: null });
  });
});
