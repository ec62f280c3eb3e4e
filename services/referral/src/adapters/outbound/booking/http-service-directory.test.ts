import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HttpServiceDirectory } from "./http-service-directory";

/** What the fake booking received, and what it answers next. */
interface Exchange {
  method: string | undefined;
  path: string;
  authorization: string | undefined;
}
type Answer = { status: number; body: string; delayMs?: number } | "hang";

/** Booking's `directory.services` as it answers (abridged to what matters, plus fields referral ignores). */
const pszSummary = {
  id: "svc-saale-elbe-psz",
  kind: "psychosocial_centre",
  name: { de: "Psychologische Beratung und Therapie (PSZ)" },
  description: { de: "…" },
  languages: ["de", "ar"],
  interpreterLanguages: ["fa"],
  channels: ["in_person", "video"],
  durationMinutes: 50,
  groupCapacity: null,
  referralAcceptWithinWorkingDays: 5,
  organisation: { id: "org-saale-elbe", name: "Diakonie Saale-Elbe", website: null },
  locations: [
    {
      id: "loc-halle-sued",
      name: "Beratungszentrum Halle-Süd",
      address: { street: "Musterstraße 1", postalCode: "06130", city: "Halle (Saale)" },
      hasAccessibleRoom: true,
    },
  ],
};
const mbeSummary = {
  ...pszSummary,
  id: "svc-saale-elbe-mbe",
  kind: "adult_migration_counselling",
  referralAcceptWithinWorkingDays: 10,
  locations: [{ ...pszSummary.locations[0], id: "loc-halle-sued" }, { id: "loc-magdeburg-neustadt" }],
};

const trpcError = (httpStatus: number, appCode: string) => ({
  status: httpStatus,
  body: JSON.stringify({ error: { message: "failed", code: -32603, data: { appCode, reason: null } } }),
});

describe("HttpServiceDirectory against a local booking stand-in", () => {
  let server: Server;
  let url: string;
  const received: Exchange[] = [];
  let next: Answer = { status: 200, body: "{}" };
  let now = 0;

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response) => {
      received.push({
        method: request.method,
        path: request.url ?? "",
        authorization: request.headers.authorization,
      });
      const answer = next;
      if (answer === "hang") return; // never answers: the client's timeout must end it
      setTimeout(
        () => response.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body),
        answer.delayMs ?? 0,
      );
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
    now = 1_000_000;
  });

  const directory = () =>
    new HttpServiceDirectory({ bookingUrl: url, timeoutMs: 300, cacheForMs: 60_000, now: () => now });
  const answer = (status: number, body: unknown) => (next = { status, body: JSON.stringify(body) });
  const unavailable = { code: "UNAVAILABLE", reason: "booking_unavailable" };

  it("reads every service with a GET of the public query, without a token, keeping what referral needs", async () => {
    answer(200, { result: { data: [pszSummary, mbeSummary] } });
    await expect(directory().services()).resolves.toEqual([
      {
        serviceId: "svc-saale-elbe-psz",
        kind: "psychosocial_centre",
        organisationId: "org-saale-elbe",
        locationIds: ["loc-halle-sued"],
        acceptWithinWorkingDays: 5,
      },
      {
        serviceId: "svc-saale-elbe-mbe",
        kind: "adult_migration_counselling",
        organisationId: "org-saale-elbe",
        locationIds: ["loc-halle-sued", "loc-magdeburg-neustadt"],
        acceptWithinWorkingDays: 10,
      },
    ]);
    expect(received).toEqual([{ method: "GET", path: "/trpc/directory.services", authorization: undefined }]);
  });

  it("keeps an answer for the cache's time, shares one request among concurrent callers, then asks again", async () => {
    const cached = directory();
    next = { status: 200, body: JSON.stringify({ result: { data: [pszSummary] } }), delayMs: 50 };
    const [first, second] = await Promise.all([cached.services(), cached.services()]);
    expect(second).toBe(first);
    now += 59_999;
    await cached.services();
    expect(received).toHaveLength(1);

    now += 1;
    answer(200, { result: { data: [{ ...pszSummary, referralAcceptWithinWorkingDays: 7 }] } });
    await expect(cached.services()).resolves.toMatchObject([{ acceptWithinWorkingDays: 7 }]);
    expect(received).toHaveLength(2);
  });

  it.each([
    ["a 5xx", trpcError(500, "INTERNAL")],
    ["a 503 from a proxy, not tRPC", { status: 503, body: "<html>Service Unavailable</html>" }],
    ["a reply that is not JSON", { status: 200, body: "not json" }],
    [
      "a success that is not a list",
      { status: 200, body: JSON.stringify({ result: { data: { services: [] } } }) },
    ],
    [
      "a service without its acceptance deadline (an older booking)",
      {
        status: 200,
        body: JSON.stringify({
          result: { data: [{ ...pszSummary, referralAcceptWithinWorkingDays: undefined }] },
        }),
      },
    ],
    [
      "a deadline that is no number of working days",
      {
        status: 200,
        body: JSON.stringify({ result: { data: [{ ...pszSummary, referralAcceptWithinWorkingDays: 0 }] } }),
      },
    ],
  ])("maps %s to booking_unavailable", async (_what, reply) => {
    next = reply;
    await expect(directory().services()).rejects.toMatchObject(unavailable);
  });

  it("maps a booking that does not answer in time to booking_unavailable", async () => {
    next = "hang";
    const started = Date.now();
    await expect(directory().services()).rejects.toMatchObject(unavailable);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("maps a booking that is not there to booking_unavailable", async () => {
    const nowhere = new HttpServiceDirectory({
      bookingUrl: "http://127.0.0.1:9",
      timeoutMs: 300,
      cacheForMs: 60_000,
    });
    await expect(nowhere.services()).rejects.toMatchObject(unavailable);
  });

  it("does not keep a failure: the next caller asks booking again", async () => {
    const cached = directory();
    next = trpcError(500, "INTERNAL");
    await expect(cached.services()).rejects.toMatchObject(unavailable);
    answer(200, { result: { data: [pszSummary] } });
    await expect(cached.services()).resolves.toHaveLength(1);
    expect(received).toHaveLength(2);
  });
});
