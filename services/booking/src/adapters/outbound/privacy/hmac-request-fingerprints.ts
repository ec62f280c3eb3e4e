import { hkdfSync } from "node:crypto";
import type { RequestFingerprints } from "../../../application/ports/personal-data.port";
import { requestFingerprint } from "../../../domain/appointment/idempotent-appointment-id";

/**
 * Request fingerprints keyed with a key derived from the personal data master key (like
 * the phone index, but its own derivation): the stored fingerprint can't be used to test
 * guessed names and numbers without the master key.
 */
export class HmacRequestFingerprints implements RequestFingerprints {
  private readonly key: Buffer;

  constructor(masterKey: Buffer) {
    this.key = Buffer.from(
      hkdfSync("sha256", masterKey, Buffer.alloc(0), "counselling/booking/request-fingerprint/v1", 32),
    );
  }

  of(request: unknown): string {
    return requestFingerprint(this.key, request);
  }
}
