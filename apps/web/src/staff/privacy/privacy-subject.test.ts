import { clientIdsOf, MAX_CLIENT_IDS, subjectLabel, subjectOf } from "./privacy-subject";

describe("the person the data protection officer names", () => {
  it("normalises the phone number as people write it", () => {
    expect(subjectOf({ phone: " 0151 2345 6789 ", clientIds: "" })).toEqual({
      subject: { phone: "+4915123456789" },
      problems: [],
    });
  });

  it("takes client ids separated by commas, spaces or new lines, once each", () => {
    expect(clientIdsOf("client-1, client-2;client-3\nclient-1 ,")).toEqual([
      "client-1",
      "client-2",
      "client-3",
    ]);
    expect(subjectOf({ phone: "", clientIds: "client-1, client-2" })).toEqual({
      subject: { clientIds: ["client-1", "client-2"] },
      problems: [],
    });
  });

  it("takes both together", () => {
    const checked = subjectOf({ phone: "+380 50 123 4567", clientIds: "client-9" });
    expect(checked.subject).toEqual({ phone: "+380501234567", clientIds: ["client-9"] });
    expect(subjectLabel(checked.subject ?? {})).toBe("+380501234567 · client-9");
  });

  it("names what is missing or wrong at its field", () => {
    expect(subjectOf({ phone: " ", clientIds: " , " }).problems).toEqual([
      { field: "phone", problem: "nothingGiven" },
    ]);
    expect(subjectOf({ phone: "call me", clientIds: "client-1" }).problems).toEqual([
      { field: "phone", problem: "phoneInvalid" },
    ]);
    const tooMany = Array.from({ length: MAX_CLIENT_IDS + 1 }, (_, index) => `client-${index}`).join(",");
    expect(subjectOf({ phone: "", clientIds: tooMany }).problems).toEqual([
      { field: "clientIds", problem: "tooManyIds" },
    ]);
  });
});
