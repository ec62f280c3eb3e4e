import { type Language } from "@counselling/contracts";
import { anAppointmentBookedData, anAppointmentClient } from "@counselling/contracts/testing";
import { renderSms, type SmsTemplateInput } from "./render-sms";
import { TemplateNameSchema } from "./template-name";

const links = { calendarUrl: "https://n.example.org/c/a1.ics?token=t", manageUrl: "https://m.example.org/x" };
const languages: Language[] = ["de", "en", "ar", "fa", "uk", "ru", "tr"];

function details(language: Language, overrides: Parameters<typeof anAppointmentBookedData>[0] = {}) {
  return anAppointmentBookedData({
    client: anAppointmentClient({ preferredLanguage: language }),
    ...overrides,
  });
}

const psz = {
  service: {
    serviceId: "svc-psz",
    kind: "psychosocial_centre" as const,
    name: "PSZ Halle Therapie",
    sensitive: true,
  },
  location: {
    locationId: "loc-psz",
    name: "Psychosoziales Zentrum Halle",
    address: { street: "Geiststraße 7", postalCode: "06108", city: "Halle (Saale)" },
    federalState: "DE-ST" as const,
  },
};

function offerInput(language: Language, overrides: Partial<typeof psz> = {}): SmsTemplateInput {
  const base = details(language, overrides);
  return {
    template: "waitlist_offer",
    clientName: "Amal",
    offer: {
      waitlistEntryId: "wl-1",
      organisationId: base.organisationId,
      location: base.location,
      service: base.service,
      time: base.time,
      client: base.client,
      offerExpiresAt: "2026-03-28T17:00:00Z",
      offerUrl: "https://m.example.org/offer/abc",
    },
  };
}

describe("SMS templates", () => {
  it("write every template in each of the seven languages, each text its own", () => {
    for (const template of TemplateNameSchema.options) {
      const bodies = languages.map((language) =>
        template === "waitlist_offer"
          ? renderSms(offerInput(language)).body
          : renderSms({ clientName: "Amal", template, details: details(language), links }).body,
      );
      expect(new Set(bodies).size).toBe(languages.length);
      for (const body of bodies) expect(body).toContain("Amal");
    }
  });

  it("say the local Berlin time in the client's language (10:00 on the Monday after the switch to summer time)", () => {
    const expected: Record<string, RegExp> = {
      de: /Montag, 30\. März um 10:00 Uhr/,
      en: /Monday, March 30 at 10:00/,
      ar: /الاثنين، 30 مارس، الساعة 10:00/,
      fa: /دوشنبه ۳۰ مارس، ساعت ۱۰:۰۰/,
      uk: /понеділок, 30 березня о 10:00/,
      ru: /понедельник, 30 марта в 10:00/,
      tr: /30 Mart Pazartesi, saat 10:00/,
    };
    for (const language of languages) {
      const { body } = renderSms({
        clientName: "Amal",
        template: "confirmation",
        details: details(language),
        links,
      });
      expect(body).toMatch(expected[language]!);
    }
  });

  it("shows the winter time after the October change (09:00Z is 10:00 in Berlin)", () => {
    const time = {
      startsAt: "2026-10-26T09:00:00Z",
      endsAt: "2026-10-26T09:45:00Z",
      timeZone: "Europe/Berlin" as const,
    };
    const { body } = renderSms({
      clientName: "Amal",
      template: "reminder",
      details: details("de", { time }),
      links: {},
    });
    expect(body).toContain("Montag, 26. Oktober um 10:00 Uhr");
  });

  it("names the service and location when they are not sensitive, with reply digits and links", () => {
    const { body, discreet } = renderSms({
      clientName: "Amal",
      template: "confirmation",
      details: details("de"),
      links,
    });
    expect(discreet).toBe(false);
    expect(body).toContain("MBE Halle");
    expect(body).toContain("Beratungszentrum Halle-Mitte, Beispielstraße 1, 06108 Halle (Saale)");
    expect(body).toContain("1 = Ich komme");
    expect(body).toContain(links.calendarUrl);
    expect(body).toContain(links.manageUrl);
  });

  it("never names a sensitive service, its kind or its location in any language or template", () => {
    for (const language of languages) {
      for (const template of TemplateNameSchema.options) {
        const input: SmsTemplateInput =
          template === "waitlist_offer"
            ? offerInput(language, psz)
            : { clientName: "Amal", template, details: details(language, psz), links };
        const { body, discreet } = renderSms(input);
        expect(discreet).toBe(true);
        expect(body).not.toMatch(/PSZ|Psycho|Therap|Zentrum|psych/i);
        if (template !== "cancellation") expect(body).toContain("Geiststraße 7");
      }
    }
  });

  it("names a sensitive service when the client chose so", () => {
    const chosen = details("en", {
      ...psz,
      client: anAppointmentClient({ preferredLanguage: "en", serviceNameInSms: true }),
    });
    const { body, discreet } = renderSms({
      clientName: "Amal",
      template: "reminder",
      details: chosen,
      links: {},
    });
    expect(discreet).toBe(false);
    expect(body).toContain("PSZ Halle Therapie");
  });

  it("says 'we will call you' for phone appointments instead of an address", () => {
    const { body } = renderSms({
      clientName: "Amal",
      template: "confirmation",
      details: details("en", { channel: "phone", roomId: null }),
      links,
    });
    expect(body).toContain("We will call you.");
    expect(body).not.toContain("Beispielstraße");
  });

  it("falls back to English for languages without texts yet", () => {
    const { language, body } = renderSms({
      clientName: "Amal",
      template: "cancellation",
      details: details("ti"),
      links: {},
    });
    expect(language).toBe("en");
    expect(body).toContain("is cancelled");
  });

  it("measures the text: German in GSM-7, Arabic in UCS-2, with segments", () => {
    const german = renderSms({
      clientName: "Amal",
      template: "cancellation",
      details: details("de"),
      links: {},
    });
    expect(german.size.encoding).toBe("GSM-7");
    const arabic = renderSms({ clientName: "Amal", template: "confirmation", details: details("ar"), links });
    expect(arabic.size.encoding).toBe("UCS-2");
    expect(arabic.size.segments).toBeGreaterThan(1);
  });
});
