import { anAppointmentBookedData, anAppointmentClient } from "@counselling/contracts/testing";
import { clientCalendarText } from "./client-calendar-text";
import { feedEventText } from "./feed-calendar-text";

describe("calendar texts", () => {
  const details = anAppointmentBookedData({ client: anAppointmentClient({ preferredLanguage: "de" }) });

  it("tell the client what, when and where in their language", () => {
    expect(clientCalendarText(details, "booked")).toEqual({
      language: "de",
      summary: "Ihr Termin bei MBE Halle",
      location: "Beratungszentrum Halle-Mitte, Beispielstraße 1, 06108 Halle (Saale)",
      description:
        "Ihr Termin bei MBE Halle ist am Montag, 30. März um 10:00 Uhr.\n" +
        "Ort: Beratungszentrum Halle-Mitte, Beispielstraße 1, 06108 Halle (Saale).",
    });
    expect(clientCalendarText(details, "cancelled").description).toContain("abgesagt");
    expect(clientCalendarText(details, "rescheduled").description).toContain("verschoben");
  });

  it("name neither a sensitive service nor its location, and give no place for phone appointments", () => {
    const sensitive = { ...details, service: { ...details.service, name: "PSZ Halle", sensitive: true } };
    const discreet = clientCalendarText(sensitive, "booked");
    expect(discreet.summary).toBe("Ihr Termin");
    expect(discreet.location).toBe("Beispielstraße 1, 06108 Halle (Saale)");
    expect(JSON.stringify(discreet)).not.toMatch(/PSZ|Beratungszentrum/);
    const byPhone = clientCalendarText({ ...details, channel: "phone", roomId: null }, "booked");
    expect(byPhone.location).toBeNull();
    expect(byPhone.description).toContain("Wir rufen Sie an.");
  });

  it("fall back to English for languages without texts", () => {
    const tigrinya = { ...details, client: anAppointmentClient({ preferredLanguage: "ti" }) };
    expect(clientCalendarText(tigrinya, "booked").summary).toBe("Your appointment at MBE Halle");
  });

  it("carry no client data in staff feeds", () => {
    const text = feedEventText(details, "no_show");
    expect(text).toEqual({
      summary: "Termin (nicht erschienen)",
      location: "Raum room-2-01",
      description: "Termin-ID: appointment-0001\nStatus: nicht erschienen\nArt: vor Ort",
    });
    expect(JSON.stringify(text)).not.toMatch(/Amal|4915112345678|MBE|Beratungszentrum|Beispiel/);
  });
});
