import { encodingOf, measureSms } from "./sms-encoding";

describe("SMS encoding and segments", () => {
  it("keeps German umlauts and ß in GSM-7", () => {
    expect(encodingOf("Grüße aus Halle, Straße 1: Ä Ö Ü ä ö ü")).toBe("GSM-7");
  });

  it("switches to UCS-2 for Arabic, Cyrillic, Turkish ş and emoji", () => {
    expect(encodingOf("مرحباً")).toBe("UCS-2");
    expect(encodingOf("Привет")).toBe("UCS-2");
    expect(encodingOf("Başka")).toBe("UCS-2");
    expect(encodingOf("ok 👍")).toBe("UCS-2");
  });

  it("fits 160 GSM-7 characters in one segment and needs two for 161 (153 per part)", () => {
    expect(measureSms("a".repeat(160))).toEqual({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(measureSms("a".repeat(161))).toEqual({ encoding: "GSM-7", units: 161, segments: 2 });
    expect(measureSms("a".repeat(306)).segments).toBe(2);
    expect(measureSms("a".repeat(307)).segments).toBe(3);
  });

  it("counts extension characters (€, brackets, ^ ~ | \\) twice", () => {
    expect(measureSms("€".repeat(80))).toEqual({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(measureSms(`${"€".repeat(80)}a`).segments).toBe(2);
    expect(measureSms("[]{}^~|\\").units).toBe(16);
  });

  it("never splits an escape sequence across parts", () => {
    // 152 plain septets, then € (2): the € does not fit into the first part's last septet.
    const text = `${"a".repeat(152)}€${"a".repeat(152)}`;
    expect(measureSms(text).units).toBe(306);
    expect(measureSms(text).segments).toBe(3);
  });

  it("fits 70 UCS-2 characters in one segment and 67 per part after that", () => {
    expect(measureSms("ж".repeat(70))).toEqual({ encoding: "UCS-2", units: 70, segments: 1 });
    expect(measureSms("ж".repeat(71)).segments).toBe(2);
    expect(measureSms("ж".repeat(134)).segments).toBe(2);
    expect(measureSms("ж".repeat(135)).segments).toBe(3);
  });

  it("counts an emoji as two UTF-16 units and keeps its pair together", () => {
    expect(measureSms("👍").units).toBe(2);
    expect(measureSms(`${"ж".repeat(68)}👍`)).toEqual({ encoding: "UCS-2", units: 70, segments: 1 });
    // 134 units would be two parts of 67, but the pair can't straddle the first part's end.
    const text = `${"ж".repeat(66)}👍${"ж".repeat(66)}`;
    expect(measureSms(text)).toEqual({ encoding: "UCS-2", units: 134, segments: 3 });
  });
});
