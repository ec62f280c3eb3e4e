import { AppError } from "@counselling/platform";
import { anAppointmentClient } from "@counselling/contracts/testing";
import { type PersonalDataCipher } from "../ports/personal-data.port";
import { openClient } from "./open-client";

/** A stand-in key service: "sealed" values are the plaintext behind a prefix; shredded keys answer GONE. */
function cipherWith(shredded: string[] = []): PersonalDataCipher & { opened: string[] } {
  const opened: string[] = [];
  const decrypt = (clientId: string, sealed: string) => {
    if (shredded.includes(clientId)) {
      return Promise.reject(new AppError("GONE", "erased", { reason: "personal_data_erased" }));
    }
    opened.push(sealed);
    return Promise.resolve(sealed.replace(/^pd1:/, ""));
  };
  return {
    opened,
    decrypt,
    decryptOrNull: (clientId, sealed) => decrypt(clientId, sealed).catch(() => null),
    encrypt: (_clientId, plaintext) => Promise.resolve(`pd1:${plaintext}`),
    shred: () => Promise.resolve(),
  };
}

const phoneIndex = { of: (phone: string) => `index-of-${phone}` };

describe("opening a client named in an event", () => {
  it("opens name and phone of a client who may be texted", async () => {
    const client = anAppointmentClient({
      clientId: "c1",
      sealedName: "pd1:Amal",
      sealedPhone: "pd1:+491511",
    });
    await expect(openClient({ cipher: cipherWith(), phoneIndex }, client)).resolves.toEqual({
      erased: false,
      phoneIndex: "index-of-+491511",
      textable: { name: "Amal", phone: "+491511" },
    });
  });

  it("indexes the phone of a client who did not agree to texts, and leaves their name sealed", async () => {
    const cipher = cipherWith();
    const client = anAppointmentClient({
      clientId: "c2",
      sealedName: "pd1:Amal",
      sealedPhone: "pd1:+491512",
      smsConsent: false,
    });
    await expect(openClient({ cipher, phoneIndex }, client)).resolves.toEqual({
      erased: false,
      phoneIndex: "index-of-+491512",
      textable: null,
    });
    expect(cipher.opened).toEqual(["pd1:+491512"]);
  });

  it("opens nothing of a client without a phone", async () => {
    const cipher = cipherWith();
    const client = anAppointmentClient({ clientId: "c3", sealedPhone: null, smsConsent: false });
    await expect(openClient({ cipher, phoneIndex }, client)).resolves.toEqual({
      erased: false,
      phoneIndex: null,
      textable: null,
    });
    expect(cipher.opened).toEqual([]);
  });

  it("reports an erased client instead of failing", async () => {
    const client = anAppointmentClient({ clientId: "gone" });
    await expect(openClient({ cipher: cipherWith(["gone"]), phoneIndex }, client)).resolves.toEqual({
      erased: true,
      phoneIndex: null,
      textable: null,
    });
  });
});
