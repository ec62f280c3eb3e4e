import { aLocation } from "./directory.mother";
import { LocationSchema } from "./location";

const issues = (value: unknown) => LocationSchema.safeParse(value).error?.issues ?? [];

describe("Location", () => {
  it("accepts a location with hours, a closed day and notes, the transport hint being optional", () => {
    expect(LocationSchema.parse(aLocation())).toEqual(aLocation());
    const hint = { de: "Tram 4, Haltestelle Markt", en: "Tram 4, stop Markt" };
    expect(LocationSchema.safeParse(aLocation({ publicTransportHint: hint })).success).toBe(true);
  });

  it("keeps every local time in Europe/Berlin", () => {
    expect(issues({ ...aLocation(), timeZone: "UTC" })).toEqual([
      expect.objectContaining({ path: ["timeZone"] }),
    ]);
  });

  it("uses the address shape of appointment events: five-digit postal codes", () => {
    const address = { street: "Probestraße 1", postalCode: "0410", city: "Leipzig" };
    expect(issues(aLocation({ address }))).toEqual([
      expect.objectContaining({ path: ["address", "postalCode"] }),
    ]);
  });

  it("says where a problem in the opening hours is", () => {
    const openingHours = [{ weekday: 1, start: "16:00", end: "09:00" }];
    expect(issues(aLocation({ openingHours }))).toEqual([
      expect.objectContaining({
        path: ["openingHours", 0, "end"],
        message: "The end must be after the start",
      }),
    ]);
  });

  it("needs accessibility notes in German and English", () => {
    expect(issues({ ...aLocation(), accessibilityNotes: { de: "Aufzug vorhanden." } })).toEqual([
      expect.objectContaining({ path: ["accessibilityNotes", "en"] }),
    ]);
  });
});
