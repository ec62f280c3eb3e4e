import { parseReply } from "./parse-reply";

describe("reply parsing", () => {
  it("reads 1, 2 and 3 with spaces, punctuation and trailing words", () => {
    expect(parseReply("1")).toBe("confirm");
    expect(parseReply("  2. ")).toBe("cancel");
    expect(parseReply("3!")).toBe("callback");
    expect(parseReply("1 danke")).toBe("confirm");
  });

  it("reads Arabic-Indic, Persian and full-width digits", () => {
    expect(parseReply("١")).toBe("confirm");
    expect(parseReply("٢")).toBe("cancel");
    expect(parseReply("۳")).toBe("callback");
    expect(parseReply("۲")).toBe("cancel");
    expect(parseReply("２")).toBe("cancel");
  });

  it("refuses other numbers", () => {
    expect(parseReply("4")).toBe("unknown");
    expect(parseReply("12")).toBe("unknown");
    expect(parseReply("")).toBe("unknown");
  });

  const cases: Array<[string, string, string]> = [
    ["de", "Ja", "confirm"],
    ["de", "ICH KOMME NICHT", "cancel"],
    ["de", "Ich komme", "confirm"],
    ["de", "bitte anrufen", "callback"],
    ["de", "Bestatigen", "confirm"],
    ["en", "Yes!", "confirm"],
    ["en", "cancel please", "cancel"],
    ["en", "Call me back", "callback"],
    ["ar", "نعم", "confirm"],
    ["ar", "الغاء", "cancel"],
    ["ar", "إلغاء", "cancel"],
    ["ar", "اتصلوا بي", "callback"],
    ["fa", "بله", "confirm"],
    ["fa", "لغو", "cancel"],
    ["fa", "نمی‌آیم", "cancel"],
    ["fa", "نمی آیم", "unknown"],
    ["fa", "زنگ بزنید", "callback"],
    ["fa", "تایيد", "confirm"],
    ["uk", "Так", "confirm"],
    ["uk", "Скасувати", "cancel"],
    ["uk", "Зателефонуйте", "callback"],
    ["ru", "ДА", "confirm"],
    ["ru", "не приду", "cancel"],
    ["ru", "Перезвоните мне", "callback"],
    ["tr", "Evet", "confirm"],
    ["tr", "İPTAL", "cancel"],
    ["tr", "Hayır", "cancel"],
    ["tr", "beni arayın", "callback"],
  ];
  it.each(cases)("[%s] %s → %s", (_language, text, intent) => {
    expect(parseReply(text)).toBe(intent);
  });

  it("leaves free text unknown", () => {
    expect(parseReply("Wo ist das Büro?")).toBe("unknown");
    expect(parseReply("STOP")).toBe("unknown");
  });
});
