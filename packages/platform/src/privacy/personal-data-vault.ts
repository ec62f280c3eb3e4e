import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Collection } from "mongodb";
import { AppError } from "../errors/app-error";
import { batchedInsertsInto } from "../mongo/batched-writes";
import { isDuplicateKeyError } from "../mongo/duplicate-key";

/** A client's data key, wrapped (encrypted) with the master key; never stored in the clear. */
interface DataKeyDocument {
  _id: string;
  /** Absent once shredded: the tombstone stays, so no late write can create the key anew. */
  wrappedKey?: string;
  createdAt: Date;
  shreddedAt?: Date;
}

const FORMAT = "pd1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface PersonalDataVaultOptions {
  /** 32-byte master key (key-encryption key), from the config; never in the database. */
  masterKey: Buffer;
  /** How long a process may keep a client's unwrapped key in memory (erasure takes effect everywhere after it). */
  cacheMs?: number;
}

/**
 * Envelope encryption of client personal data (names, phone numbers, notes): every client
 * has their own data key (AES-256-GCM), stored wrapped by the master key in a key
 * collection of its own database, never beside the data. Ciphertexts are bound to the
 * client (additional authenticated data), so one client's ciphertext can't be passed off
 * as another's. Deleting the client's key (`shred`) makes every copy unreadable at once:
 * database documents, backups and events still within Kafka's retention alike.
 */
export class PersonalDataVault {
  private readonly cache = new Map<string, { key: Buffer; until: number }>();
  /** Look-ups on their way, so name and phone of one new record share one round trip. */
  private readonly loading = new Map<string, Promise<Buffer | null>>();
  private readonly cacheMs: number;

  constructor(
    private readonly keys: Collection<DataKeyDocument>,
    private readonly options: PersonalDataVaultOptions,
  ) {
    if (options.masterKey.length !== 32) throw new Error("the personal data master key needs 32 bytes");
    this.cacheMs = options.cacheMs ?? 30_000;
  }

  static on(keys: Collection, options: PersonalDataVaultOptions): PersonalDataVault {
    return new PersonalDataVault(keys as unknown as Collection<DataKeyDocument>, options);
  }

  /** Encrypts for the client, creating their data key on first use. */
  async encrypt(clientId: string, plaintext: string): Promise<string> {
    const key = await this.keyOf(clientId, { create: true });
    if (!key) throw erased();
    return seal(key, plaintext, clientId);
  }

  /** The plaintext; GONE `personal_data_erased` once the client's key has been shredded. */
  async decrypt(clientId: string, ciphertext: string): Promise<string> {
    const key = await this.keyOf(clientId, { create: false });
    if (!key) throw erased();
    return open(key, ciphertext, clientId);
  }

  /** Like decrypt, but null for erased data (lists that keep showing the rest). */
  async decryptOrNull(clientId: string, ciphertext: string): Promise<string | null> {
    try {
      return await this.decrypt(clientId, ciphertext);
    } catch (error) {
      if (error instanceof AppError && error.reason === "personal_data_erased") return null;
      throw error;
    }
  }

  /**
   * Crypto-shredding: the client's key is replaced by a tombstone; whatever was encrypted
   * with it is unreadable for good, and encrypting for this client id fails from now on
   * (a late event can't bring the client back under a fresh key). Idempotent.
   */
  async shred(clientId: string): Promise<void> {
    const tombstone = { createdAt: new Date(), shreddedAt: new Date() };
    await this.keys.replaceOne({ _id: clientId }, tombstone, { upsert: true });
    this.cache.delete(clientId);
  }

  /** Loads the client's key into the cache ahead of use, so the look-up can overlap other work; never throws. */
  async prefetch(clientId: string): Promise<void> {
    await this.keyOf(clientId, { create: false }).catch(() => undefined);
  }

  async hasKey(clientId: string): Promise<boolean> {
    const stored = await this.keys.findOne({ _id: clientId }, { projection: { wrappedKey: 1 } });
    return stored?.wrappedKey !== undefined;
  }

  private async keyOf(clientId: string, { create }: { create: boolean }): Promise<Buffer | null> {
    const cached = this.cache.get(clientId);
    if (cached && cached.until > Date.now()) return cached.key;
    const flight = `${create ? "create" : "read"}:${clientId}`;
    const loading = this.loading.get(flight);
    if (loading) return loading;
    const loaded = this.loadKey(clientId, create).finally(() => this.loading.delete(flight));
    this.loading.set(flight, loaded);
    return loaded;
  }

  /**
   * Encrypting is how a record's key comes into being (one key per new record, ADR 0011), so
   * it tries the insert first: one round trip for a new key; a key that exists (or its
   * tombstone) answers with a duplicate and is read instead.
   */
  private async loadKey(clientId: string, create: boolean): Promise<Buffer | null> {
    const stored = create ? await this.createKey(clientId) : await this.keys.findOne({ _id: clientId });
    if (!stored?.wrappedKey) return null;
    const key = open(this.options.masterKey, stored.wrappedKey, `key:${clientId}`);
    const unwrapped = Buffer.from(key, "base64");
    this.cache.set(clientId, { key: unwrapped, until: Date.now() + this.cacheMs });
    return unwrapped;
  }

  /** The unique `_id` decides between two processes creating the same client's key at once. */
  private async createKey(clientId: string): Promise<DataKeyDocument> {
    const document: DataKeyDocument = {
      _id: clientId,
      wrappedKey: seal(this.options.masterKey, randomBytes(32).toString("base64"), `key:${clientId}`),
      createdAt: new Date(),
    };
    try {
      // Batched: the keys of concurrent bookings share one insert (ADR 0043).
      await batchedInsertsInto(this.keys).insertOne(document);
      return document;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // Created before (or at the same moment elsewhere), or shredded: the stored one decides.
      const existing = await this.keys.findOne({ _id: clientId });
      if (!existing) throw erased();
      return existing;
    }
  }
}

/** Whether a stored value is one of our ciphertexts (for migrations and scans). */
export function isPersonalDataCiphertext(value: unknown): value is string {
  return typeof value === "string" && value.startsWith(`${FORMAT}:`);
}

function seal(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${FORMAT}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

function open(key: Buffer, ciphertext: string, context: string): string {
  if (!isPersonalDataCiphertext(ciphertext)) {
    throw new AppError("UNPROCESSABLE", "This is not encrypted personal data", { reason: "not_ciphertext" });
  }
  const raw = Buffer.from(ciphertext.slice(FORMAT.length + 1), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
    "utf8",
  );
}

function erased(): AppError {
  return new AppError("GONE", "These personal data have been erased", { reason: "personal_data_erased" });
}
