import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { OnBehalfOf, PlaceHoldRequest } from "../../../application/ports/slot-holds.port";
import { HttpSlotHolds } from "./http-slot-holds";
import type { ReferralGrantSource } from "./referral-grant-issuer";

/** What the fake booking received, and what it answers next. */
interface Exchange {
  path: string;
  authorization: string | undefined;
  referralGrant: string | undefined;
  body: unknown;
}
type Answer = { status: number; body: string } | "hang";

const trpcError = (httpStatus: number, appCode: string, reason: string | null, message = "refused") => ({
  status: httpStatus,
  body: JSON.stringify({ error: { message, code: -32600, data: { appCode, reason, httpStatus } } }),
});

const aPlaceRequest: PlaceHoldRequest = {
  idempotencyKey: "referral:r-1:key-0001",
  referralId: "r-1",
  serviceId: "svc-saale-elbe-psz",
  locationId: "loc-halle-sued",
  counsellorId: "cns-saale-elbe-dilan",
  startsAt: "2026-11-30T09:00:00.000Z",
  channel: "in_person",
  client: {
    displayName: "Amal",
    phone: "+4915112345678",
    preferredLanguage: "ar",
    interpreterNeeded: false,
    smsConsent: false,
  },
  holdForMinutes: 60,
};

const placedReply = {
  appointment: {
    appointmentId: "appt-1",
    organisationId: "org-saale-elbe",
    location: { locationId: "loc-halle-sued", name: "PSZ Halle", federalState: "DE-ST" },
    service: { serviceId: "svc-saale-elbe-psz", kind: "psychosocial_centre", name: "PSZ", sensitive: true },
    counsellorId: "cns-saale-elbe-dilan",
    time: { startsAt: "2026-11-30T09:00:00.000Z", endsAt: "2026-11-30T09:50:00.000Z" },
  },
  manageToken: null,
  replayed: false,
  holdExpiresAt: "2026-11-25T11:00:00.000Z",
};

describe("HttpSlotHolds against a local booking stand-in", () => {
  let server: Server;
  let url: string;
  const received: Exchange[] = [];
  let next: Answer = { status: 200, body: "{}" };

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response) => {
      let raw = "";
      request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      request.on("end", () => {
        received.push({
          path: request.url ?? "",
          authorization: request.headers.authorization,
          referralGrant: request.headers["x-referral-grant"] as string | undefined,
          body: JSON.parse(raw) as unknown,
        });
        if (next === "hang") return; // never answers: the client's timeout must end it
        response.writeHead(next.status, { "content-type": "application/json" }).end(next.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    received.length = 0;
  });

  /** Stands in for the issuer: a recognisable grant per referral and token. */
  const grants: ReferralGrantSource = {
    grantFor: (referralId: string, { bearerToken }: OnBehalfOf) =>
      Promise.resolve(`grant-for-${referralId}-by-${bearerToken}`),
  };
  const holds = () => new HttpSlotHolds({ bookingUrl: url, timeoutMs: 500, grants });
  const caller = { bearerToken: "token-of-the-counsellor" };
  const answer = (status: number, body: unknown) => (next = { status, body: JSON.stringify(body) });

  it("places a hold with the input as JSON body, the caller's token and the referral's grant, and reads where it is", async () => {
    answer(200, { result: { data: placedReply } });
    await expect(holds().place(aPlaceRequest, caller)).resolves.toEqual({
      appointmentId: "appt-1",
      organisationId: "org-saale-elbe",
      locationId: "loc-halle-sued",
      federalState: "DE-ST",
      serviceId: "svc-saale-elbe-psz",
      serviceKind: "psychosocial_centre",
      counsellorId: "cns-saale-elbe-dilan",
      startsAt: "2026-11-30T09:00:00.000Z",
      expiresAt: "2026-11-25T11:00:00.000Z",
    });
    expect(received).toEqual([
      {
        path: "/trpc/holds.place",
        authorization: "Bearer token-of-the-counsellor",
        referralGrant: "grant-for-r-1-by-token-of-the-counsellor",
        body: aPlaceRequest,
      },
    ]);
  });

  it.each([
    ["a taken slot", trpcError(409, "CONFLICT", "slot_taken"), { code: "CONFLICT", reason: "slot_taken" }],
    ["an expired hold", trpcError(410, "GONE", "hold_expired"), { code: "GONE", reason: "hold_expired" }],
    [
      "booking's refusal, kept with its code and reason",
      trpcError(
        403,
        "FORBIDDEN",
        "hold_needs_referral",
        "Holds at another organisation are only for referrals",
      ),
      {
        code: "FORBIDDEN",
        reason: "hold_needs_referral",
        message: "Holds at another organisation are only for referrals",
      },
    ],
    ["a 5xx", trpcError(500, "INTERNAL", null), { code: "UNAVAILABLE", reason: "booking_unavailable" }],
    [
      "a token booking rejects",
      trpcError(401, "UNAUTHENTICATED", null),
      { code: "UNAVAILABLE", reason: "booking_unavailable" },
    ],
    [
      "a reply that is not tRPC",
      { status: 502, body: "<html>Bad gateway</html>" },
      { code: "UNAVAILABLE", reason: "booking_unavailable" },
    ],
    [
      "a success it cannot read",
      { status: 200, body: JSON.stringify({ result: { data: { appointment: {} } } }) },
      { code: "UNAVAILABLE", reason: "booking_unavailable" },
    ],
  ])("maps %s to a stable AppError", async (_what, reply, expected) => {
    next = reply;
    await expect(holds().place(aPlaceRequest, caller)).rejects.toMatchObject(expected);
  });

  it("maps a booking that does not answer in time to booking_unavailable", async () => {
    next = "hang";
    await expect(holds().confirm("appt-1", caller)).rejects.toMatchObject({
      code: "UNAVAILABLE",
      reason: "booking_unavailable",
    });
  });

  it("maps a booking that is not there to booking_unavailable", async () => {
    const nowhere = new HttpSlotHolds({ bookingUrl: "http://127.0.0.1:9", timeoutMs: 500, grants });
    await expect(nowhere.release("appt-1", caller)).rejects.toMatchObject({
      code: "UNAVAILABLE",
      reason: "booking_unavailable",
    });
  });

  it("confirms and releases idempotently: already booked, already released or run out count as done", async () => {
    answer(200, { result: { data: { appointment: placedReply.appointment, manageToken: "t" } } });
    await expect(holds().confirm("appt-1", caller)).resolves.toBeUndefined();
    next = trpcError(412, "PRECONDITION_FAILED", "appointment_booked");
    await expect(holds().confirm("appt-1", caller)).resolves.toBeUndefined();
    next = trpcError(412, "PRECONDITION_FAILED", "appointment_released");
    await expect(holds().release("appt-1", caller)).resolves.toBeUndefined();
    // Only a hold needs a grant: confirming and releasing are the receiving side's or the placer's.
    expect(received.map((exchange) => [exchange.path, exchange.body, exchange.referralGrant])).toEqual([
      ["/trpc/holds.confirm", { appointmentId: "appt-1" }, undefined],
      ["/trpc/holds.confirm", { appointmentId: "appt-1" }, undefined],
      ["/trpc/holds.release", { appointmentId: "appt-1" }, undefined],
    ]);
    next = trpcError(410, "GONE", "hold_expired");
    await expect(holds().confirm("appt-1", caller)).rejects.toMatchObject({ reason: "hold_expired" });
  });
});
