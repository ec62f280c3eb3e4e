import { SignJWT, errors, jwtVerify } from "jose";
import { AppError } from "../errors/app-error";
import { type StaffPrincipal, StaffPrincipalSchema } from "./staff-principal";

const ISSUER = "counselling-network";
const AUDIENCE = "counselling-network/staff";

/**
 * Staff access tokens: short-lived JWTs (HS256, shared secret of at least 32
 * bytes from the config) carrying the principal. Issuing belongs to the staff
 * login; every service only verifies.
 */
export class StaffTokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    if (Buffer.byteLength(secret) < 32) throw new Error("the staff token secret needs 32 bytes at least");
    this.key = new TextEncoder().encode(secret);
  }

  async issue(principal: StaffPrincipal, ttlSeconds = 8 * 60 * 60): Promise<string> {
    const { staffId, ...claims } = StaffPrincipalSchema.parse(principal);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(staffId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.key);
  }

  /** The principal of a valid token; UNAUTHENTICATED for a missing, forged, expired or malformed one. */
  async verify(token: string | null): Promise<StaffPrincipal> {
    if (!token) throw new AppError("UNAUTHENTICATED", "Please sign in", { reason: "token_missing" });
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ["HS256"],
      });
      return StaffPrincipalSchema.parse({ ...payload, staffId: payload.sub });
    } catch (error) {
      const expired = error instanceof errors.JWTExpired;
      throw new AppError(
        "UNAUTHENTICATED",
        expired ? "Your session has ended; please sign in again" : "Please sign in",
        {
          reason: expired ? "token_expired" : "token_invalid",
        },
      );
    }
  }
}
