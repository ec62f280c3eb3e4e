import { SignJWT, jwtVerify } from "jose";
import { AppError } from "../errors/app-error";
import { type ReferralGrant, ReferralGrantSchema } from "./referral-grant";

const ISSUER = "counselling-network";
/** Not the staff tokens' audience: a grant is never accepted as a staff token, nor a staff token as a grant. */
const AUDIENCE = "counselling-network/referral-grant";

/**
 * Referral grants: very short-lived JWTs (HS256) by which the referral service vouches to
 * booking that a cross-organisation hold is for a real referral of the calling staff
 * member (ADR 33). They are signed with the staff token secret: any holder of that secret
 * can issue them, exactly as it can issue staff tokens; only referral does in practice
 * (the known limit of one shared secret; asymmetric tokens are future work, docs/security.md).
 */
export class ReferralGrants {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    if (Buffer.byteLength(secret) < 32) throw new Error("the referral grant secret needs 32 bytes at least");
    this.key = new TextEncoder().encode(secret);
  }

  /** Five minutes by default: a grant is made for one call to booking, not kept. */
  async issue(grant: ReferralGrant, ttlSeconds = 300): Promise<string> {
    const { referralId, ...claims } = ReferralGrantSchema.parse(grant);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(referralId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.key);
  }

  /** The grant of a valid token; FORBIDDEN `referral_grant_invalid` for a forged, expired, foreign or malformed one. */
  async verify(token: string): Promise<ReferralGrant> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ["HS256"],
      });
      return ReferralGrantSchema.parse({ ...payload, referralId: payload.sub });
    } catch (error) {
      throw new AppError("FORBIDDEN", "This referral grant is not valid", {
        reason: "referral_grant_invalid",
        cause: error,
      });
    }
  }
}
