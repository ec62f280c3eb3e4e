import { randomBytes } from "node:crypto";
import { isolatedSuite, testInfra } from "@counselling/testkit";
import type { Db, MongoClient } from "mongodb";
import { openDb } from "../test-fixtures/counter-fixture";
import { isPersonalDataCiphertext, PersonalDataVault } from "./personal-data-vault";

describe("personal data vault on the real database", () => {
  let client: MongoClient;
  let db: Db;
  const masterKey = randomBytes(32);

  beforeAll(async () => {
    const { dbName } = await isolatedSuite("vault");
    ({ client, db } = await openDb(testInfra().mongoUrl, dbName));
  });

  afterAll(() => client.close());

  it("encrypts per client, binds ciphertexts to their client, and shredding a key makes every copy unreadable", async () => {
    const vault = PersonalDataVault.on(db.collection("client_data_keys"), { masterKey });
    const other = PersonalDataVault.on(db.collection("client_data_keys"), { masterKey, cacheMs: 0 });
    const name = await vault.encrypt("client-a", "Zulfiya Testperson");
    const phone = await vault.encrypt("client-a", "+4915123987654");
    const stranger = await vault.encrypt("client-b", "Yusuf");
    expect(isPersonalDataCiphertext(name)).toBe(true);
    expect(name).not.toContain("Zulfiya");
    expect(await vault.encrypt("client-a", "Zulfiya Testperson")).not.toBe(name); // fresh IV each time
    expect(await other.decrypt("client-a", name)).toBe("Zulfiya Testperson");
    // A's ciphertext presented as B's fails authentication.
    await expect(other.decrypt("client-b", name)).rejects.toThrow();
    // No key material in the clear: the stored key is wrapped by the master key.
    const stored = await db.collection("client_data_keys").findOne({ _id: "client-a" as never });
    expect(JSON.stringify(stored)).toMatch(/"wrappedKey":"pd1:/);

    await vault.shred("client-a");
    for (const ciphertext of [name, phone]) {
      await expect(other.decrypt("client-a", ciphertext)).rejects.toMatchObject({
        code: "GONE",
        reason: "personal_data_erased",
      });
      expect(await other.decryptOrNull("client-a", ciphertext)).toBeNull();
    }
    expect(await other.decrypt("client-b", stranger)).toBe("Yusuf"); // others unaffected
    // The tombstone keeps a late writer from bringing the client back under a fresh key.
    await expect(other.encrypt("client-a", "Zulfiya")).rejects.toMatchObject({
      reason: "personal_data_erased",
    });
    expect(await other.hasKey("client-a")).toBe(false);
    await vault.shred("client-a"); // idempotent
  });

  it("gives concurrent first writers of one client the same key", async () => {
    const vaults = Array.from({ length: 10 }, () =>
      PersonalDataVault.on(db.collection("client_data_keys_race"), { masterKey, cacheMs: 0 }),
    );
    const ciphertexts = await Promise.all(
      vaults.map((vault, index) => vault.encrypt("client-r", `v${String(index)}`)),
    );
    const reader = vaults[0]!;
    expect(
      await Promise.all(ciphertexts.map((ciphertext) => reader.decrypt("client-r", ciphertext))),
    ).toEqual(Array.from({ length: 10 }, (_, index) => `v${String(index)}`));
  });

  it("refuses a wrong master key", async () => {
    const vault = PersonalDataVault.on(db.collection("client_data_keys_kek"), { masterKey });
    const secret = await vault.encrypt("client-k", "x");
    const thief = PersonalDataVault.on(db.collection("client_data_keys_kek"), { masterKey: randomBytes(32) });
    await expect(thief.decrypt("client-k", secret)).rejects.toThrow();
  });
});
