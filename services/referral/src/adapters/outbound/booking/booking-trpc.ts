import { REFERRAL_GRANT_HEADER } from "@counselling/platform";
import { z } from "zod";
import { bookingErrorOf, bookingUnavailable } from "./booking-error";

const TrpcReplySchema = z.union([
  z.object({ result: z.object({ data: z.unknown() }) }),
  z.object({
    error: z.object({
      message: z.string(),
      data: z.object({ appCode: z.string(), reason: z.string().nullable().optional() }),
    }),
  }),
]);

export interface BookingEndpoint {
  /** Booking's base URL, e.g. http://127.0.0.1:4001 (its tRPC API is under /trpc). */
  bookingUrl: string;
  timeoutMs: number;
}

export type BookingCall =
  | {
      kind: "mutation";
      input: unknown;
      bearerToken: string;
      /** Referral's grant for a hold across organisations (`x-referral-grant`, ADR 33). */
      referralGrant?: string;
    }
  | { kind: "query"; input?: unknown; bearerToken?: string };

/**
 * One call of booking's tRPC HTTP API with plain fetch: a mutation is `POST
 * /trpc/<procedure>` with the JSON input as the body, a query `GET
 * /trpc/<procedure>?input=<JSON>`. Booking's refusals become AppErrors with its stable
 * reasons (`bookingErrorOf`); anything that is not a refusal (network, timeout, 5xx, a
 * reply we cannot read) is `booking_unavailable`. Returns `result.data` unread.
 */
export async function callBooking(
  endpoint: BookingEndpoint,
  procedure: string,
  call: BookingCall,
): Promise<unknown> {
  const headers: Record<string, string> = {};
  if (call.bearerToken !== undefined) headers.authorization = `Bearer ${call.bearerToken}`;
  let url = `${endpoint.bookingUrl}/trpc/${procedure}`;
  const init: RequestInit = { headers, signal: AbortSignal.timeout(endpoint.timeoutMs) };
  if (call.kind === "mutation") {
    if (call.referralGrant !== undefined) headers[REFERRAL_GRANT_HEADER] = call.referralGrant;
    init.method = "POST";
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(call.input);
  } else if (call.input !== undefined) {
    url += `?input=${encodeURIComponent(JSON.stringify(call.input))}`;
  }
  let response: Response;
  let body: unknown;
  try {
    response = await fetch(url, init);
    body = await response.json();
  } catch (cause) {
    throw bookingUnavailable(cause);
  }
  const reply = TrpcReplySchema.safeParse(body);
  if (!reply.success) throw bookingUnavailable(reply.error);
  if ("error" in reply.data) throw bookingErrorOf(response.status, reply.data.error);
  if (!response.ok) throw bookingUnavailable(new Error(`booking answered ${response.status}`));
  return reply.data.result.data;
}
