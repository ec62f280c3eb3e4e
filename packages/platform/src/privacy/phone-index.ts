import { createHmac, hkdfSync } from "node:crypto";
import type { PhoneIndex } from "@counselling/contracts";

/**
 * Blind index of phone numbers (HMAC-SHA256 with a key derived from the master key):
 * documents keep `phoneIndex` beside the sealed phone, so a service finds a person's
 * documents (erasure, export, inbound SMS) without storing the number in the clear. The
 * same number gives the same index in every service, because all derive the same key.
 */
export class PhoneIndexer {
  private readonly key: Buffer;

  constructor(masterKey: Buffer) {
    this.key = Buffer.from(hkdfSync("sha256", masterKey, Buffer.alloc(0), "counselling/phone-index/v1", 32));
  }

  /** The index of an E.164 number (callers normalise first; "+49 151…" and "+49151…" differ). */
  of(e164Phone: string): PhoneIndex {
    return createHmac("sha256", this.key).update(e164Phone, "utf8").digest("hex");
  }
}
