/**
 * The three services as real processes on the run's broker and database, sharing one
 * staff-token secret, for the system tests in scripts/ (authorization matrix, log privacy,
 * dead letters). Booking starts first: referral asks it for the directory and places holds
 * there over HTTP.
 */
import path from "node:path";
import { StaffTokens, type StaffPrincipal } from "@counselling/platform";
import { freePort } from "@counselling/infra";
import { type CapturedProcess, isolatedSuite, startServiceProcess } from "@counselling/testkit";

export const SHARED_STAFF_SECRET = "system-test-secret-that-is-long-enough-for-hs256";

export type ServiceName = "booking" | "referral" | "notify";
export type RunningService = CapturedProcess & { url: string; dbName: string };

export interface RunningSystem {
  booking: RunningService;
  referral: RunningService;
  notify: RunningService;
  topicPrefix: string;
  /** The database of the clients' data keys, shared by the three services (ADR 0011). */
  keyDbName: string;
  tokens: StaffTokens;
  issue: (principal: StaffPrincipal, ttlSeconds?: number) => Promise<string>;
  stop: () => Promise<void>;
}

export interface SystemOptions {
  /** Settings for every service (e.g. LOG_LEVEL). */
  all?: Record<string, string>;
  booking?: Record<string, string>;
  referral?: Record<string, string>;
  notify?: Record<string, string>;
}

function entryOf(service: ServiceName): string {
  return path.resolve(__dirname, `../services/${service}/src/main.ts`);
}

export async function startSystem(name: string, options: SystemOptions = {}): Promise<RunningSystem> {
  const { topicPrefix, dbName } = await isolatedSuite(name);
  const common = {
    KAFKA_TOPIC_PREFIX: topicPrefix,
    STAFF_TOKEN_SECRET: SHARED_STAFF_SECRET,
    RATE_LIMIT_PUBLIC_PER_MINUTE: "1000000",
    KAFKA_SESSION_TIMEOUT_MS: "6000",
    OUTBOX_POLL_MS: "50",
    PERSONAL_DATA_KEY_DB: `${dbName}_keys`,
    ...options.all,
  };
  const started: RunningService[] = [];
  const start = async (service: ServiceName, env: Record<string, string> = {}) => {
    const serviceDb = `${dbName}_${service}`;
    const running = await startServiceProcess(entryOf(service), {
      ...common,
      MONGO_DB: serviceDb,
      ...env,
    });
    const withDb = { ...running, dbName: serviceDb };
    started.push(withDb);
    return withDb;
  };
  const stop = async () => {
    await Promise.all(
      started.map(async (service) => {
        if (service.child.exitCode === null && service.child.signalCode === null) {
          service.child.kill("SIGTERM");
          await service.exited;
        }
      }),
    );
  };
  try {
    // Booking's privacy export asks referral and notify, which start after it: ports chosen now.
    const [referralPort, notifyPort] = [String(await freePort()), String(await freePort())];
    const booking = await start("booking", {
      REFERRAL_URL: `http://127.0.0.1:${referralPort}`,
      NOTIFY_URL: `http://127.0.0.1:${notifyPort}`,
      ...options.booking,
    });
    const [referral, notify] = await Promise.all([
      start("referral", { BOOKING_URL: booking.url, HTTP_PORT: referralPort, ...options.referral }),
      start("notify", { HTTP_PORT: notifyPort, ...options.notify }),
    ]);
    const tokens = new StaffTokens(SHARED_STAFF_SECRET);
    return {
      booking,
      referral,
      notify,
      topicPrefix,
      keyDbName: `${dbName}_keys`,
      tokens,
      issue: (principal, ttlSeconds) => tokens.issue(principal, ttlSeconds),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface TrpcReply {
  status: number;
  data: unknown;
  error: { message: string; data?: { appCode?: string; reason?: string | null } } | undefined;
}

/** One tRPC call over HTTP as the web app makes it: status and parsed body. */
export async function callTrpc(
  url: string,
  procedurePath: string,
  token: string | null,
  input: unknown,
  kind: "query" | "mutation",
): Promise<TrpcReply> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response =
    kind === "query"
      ? await fetch(
          `${url}/trpc/${procedurePath}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
          { headers },
        )
      : await fetch(`${url}/trpc/${procedurePath}`, {
          method: "POST",
          headers,
          body: JSON.stringify(input ?? null),
        });
  const text = await response.text();
  let body: { result?: { data: unknown }; error?: TrpcReply["error"] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = { error: { message: text.slice(0, 200) } };
  }
  return { status: response.status, data: body.result?.data, error: body.error };
}

export type ProcedureKind = "query" | "mutation";

/** Every procedure of a router with its kind, read from the router itself. */
export function proceduresOf(router: unknown): Map<string, ProcedureKind> {
  const { procedures } = (
    router as { _def: { procedures: Record<string, { _def: { type: ProcedureKind } }> } }
  )._def;
  return new Map(Object.entries(procedures).map(([name, procedure]) => [name, procedure._def.type]));
}

/** A free slot of a service at a location (public availability), for setting up appointments. */
export interface FreeSlot {
  start: string;
  end: string;
  locationId: string;
  counsellorId: string;
}

export async function freeSlots(
  bookingUrl: string,
  query: { serviceId: string; locationId?: string; channel?: string; language?: string; days?: number },
): Promise<FreeSlot[]> {
  const reply = await callTrpc(
    bookingUrl,
    "availability.slots",
    null,
    { limit: 200, days: 21, ...query },
    "query",
  );
  if (reply.status !== 200)
    throw new Error(`availability.slots: ${reply.status} ${JSON.stringify(reply.error)}`);
  return reply.data as FreeSlot[];
}

/** `count` slots of which no two overlap for the same counsellor (with an hour's margin for buffers). */
export function separateSlots(slots: FreeSlot[], count: number): FreeSlot[] {
  const chosen: FreeSlot[] = [];
  const margin = 60 * 60_000;
  for (const slot of slots) {
    const clashes = chosen.some(
      (other) =>
        other.counsellorId === slot.counsellorId &&
        Date.parse(slot.start) < Date.parse(other.end) + margin &&
        Date.parse(other.start) < Date.parse(slot.end) + margin,
    );
    if (!clashes) chosen.push(slot);
    if (chosen.length === count) return chosen;
  }
  throw new Error(`only ${chosen.length} separate free slots, ${count} needed`);
}

/** A referral draft from Westsachsen's MBE to the PSZ in Halle (another organisation), Arabic, "soon". */
export function pszReferralDraft(clientReference: string, sharedData: Record<string, unknown>) {
  return {
    clientReference,
    fromService: { serviceId: "svc-westsachsen-mbe", serviceKind: "adult_migration_counselling" },
    to: {
      scope: "organisation",
      serviceKind: "psychosocial_centre",
      organisationId: "org-saale-elbe",
      locationId: "loc-halle-sued",
      serviceId: "svc-saale-elbe-psz",
      federalState: "DE-ST",
    },
    urgency: "soon",
    reasonCode: "psychological_support",
    communication: { language: "ar", interpreterNeeded: false },
    sharedData,
  };
}

/** A signed consent given a minute ago for 90 days, releasing these categories. */
export function pszReferralConsent(referralId: string, dataCategories: string[]) {
  return {
    referralId,
    consent: {
      dataCategories,
      purpose: "Vermittlung an das PSZ",
      givenHow: "signed_form",
      witnessedBy: null,
      givenAt: new Date(Date.now() - 60_000).toISOString(),
      expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    },
  };
}
