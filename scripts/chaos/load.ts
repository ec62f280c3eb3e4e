/**
 * The load of the chaos test: clients booking over HTTP (many wanting the same few earliest
 * slots), and referrals driven through the referral API from draft to check-in. Every call
 * goes through `callWithRetries` (same input, same idempotency key, any replica). What each
 * client saw is recorded; the invariants are checked against the databases afterwards, and
 * an acknowledged booking must be among them.
 */
import { randomUUID } from "node:crypto";
import { type CallOutcome, callWithRetries, type RetryTally } from "./retrying-client";
import type { SeededRandom } from "./seeded-random";
import { sleep } from "./service-replicas";

export interface FreeSlot {
  start: string;
  end: string;
  locationId: string;
  counsellorId: string;
  interpreterNeeded: boolean;
}

export interface SlotQuery {
  serviceId: string;
  locationId: string;
  language: string;
  channel: "in_person" | "phone" | "video";
}

/** Halle's services share two rooms and the pool's interpreters: offers there compete on all three resources. */
export const publicQueries: SlotQuery[] = [
  { serviceId: "svc-saale-elbe-psz", locationId: "loc-halle-sued", language: "fa", channel: "in_person" },
  {
    serviceId: "svc-saale-elbe-familiennachzug",
    locationId: "loc-halle-sued",
    language: "ar",
    channel: "in_person",
  },
  { serviceId: "svc-saale-elbe-mbe", locationId: "loc-halle-sued", language: "ru", channel: "in_person" },
  { serviceId: "svc-saale-elbe-mbe", locationId: "loc-halle-sued", language: "uk", channel: "video" },
];
export const pszForReferrals: SlotQuery = {
  serviceId: "svc-saale-elbe-psz",
  locationId: "loc-halle-sued",
  language: "ar",
  channel: "in_person",
};
/** Clients look at the first few offers only: that is where they collide. */
const OFFERS_CONSIDERED = 5;
const SLOT_CACHE_MS = 1_500;

export interface BookingAttempt {
  idempotencyKey: string;
  phone: string;
  smsConsent: boolean;
  offer: FreeSlot | null;
  outcome: "booked" | "refused" | "gave_up" | "no_offer";
  appointmentId: string | null;
  reason: string | null;
  tries: number;
}

export interface ReferralRun {
  referralId: string | null;
  /** How far the client got, as far as it knows. */
  reached: "none" | "draft" | "sent" | "received" | "accepted" | "booked" | "checked_in";
  appointmentId: string | null;
  phone: string;
  smsConsent: boolean;
  stoppedBecause: string | null;
}

export interface LoadContext {
  bookingUrls: readonly string[];
  referralUrls: readonly string[];
  tokens: { counsellor: string; intake: string; reception: string };
  random: SeededRandom;
  /** Clients stop retrying after this. */
  deadline: number;
  tally: RetryTally;
}

/** Free slots as many clients see them at about the same moment (a short shared cache). */
export class SlotBoard {
  private readonly cache = new Map<string, { at: number; offers: FreeSlot[] }>();

  constructor(private readonly context: LoadContext) {}

  async offers(query: SlotQuery): Promise<FreeSlot[]> {
    const key = JSON.stringify(query);
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < SLOT_CACHE_MS) return cached.offers;
    const outcome = await this.call(query);
    if (outcome.kind === "answered" && outcome.answer.status === 200) {
      const offers = outcome.answer.data as FreeSlot[];
      this.cache.set(key, { at: Date.now(), offers });
      return offers;
    }
    return cached?.offers ?? [];
  }

  private call(query: SlotQuery): Promise<CallOutcome> {
    const { bookingUrls, random, deadline, tally } = this.context;
    return callWithRetries(
      bookingUrls,
      "availability.slots",
      null,
      { ...query, days: 14, limit: 20 },
      "query",
      { random, deadline, tally },
    );
  }
}

const names = ["Amal", "Darya", "Olena", "Hevin", "Yusuf", "Samira", "Reza", "Iryna", "Nour", "Karim"];

/** One client booking one of the earliest offers, retrying with the same key until answered. */
export async function bookAsClient(
  context: LoadContext,
  board: SlotBoard,
  random: SeededRandom,
  index: number,
): Promise<BookingAttempt> {
  const query = random.pick(publicQueries);
  const smsConsent = random.chance(0.85);
  const attempt: BookingAttempt = {
    idempotencyKey: `chaos-${context.random.seed}-booking-${index}`,
    phone: `+49151${String(20_000_000 + index)}`,
    smsConsent,
    offer: null,
    outcome: "no_offer",
    appointmentId: null,
    reason: null,
    tries: 0,
  };
  const offers = (await board.offers(query)).slice(0, OFFERS_CONSIDERED);
  if (offers.length === 0) return attempt;
  const offer = random.pick(offers);
  attempt.offer = offer;
  const outcome = await callWithRetries(
    context.bookingUrls,
    "appointments.book",
    null,
    {
      idempotencyKey: attempt.idempotencyKey,
      serviceId: query.serviceId,
      locationId: offer.locationId,
      counsellorId: offer.counsellorId,
      startsAt: offer.start,
      channel: query.channel,
      client: {
        displayName: random.pick(names),
        phone: attempt.phone,
        preferredLanguage: query.language,
        smsConsent,
        interpreterNeeded: offer.interpreterNeeded,
      },
    },
    "mutation",
    { random, deadline: context.deadline, tally: context.tally },
  );
  return settle(attempt, outcome);
}

function settle(attempt: BookingAttempt, outcome: CallOutcome): BookingAttempt {
  attempt.tries = outcome.tries;
  if (outcome.kind === "gave_up") return { ...attempt, outcome: "gave_up", reason: outcome.lastFailure };
  const { answer } = outcome;
  if (answer.status === 200) {
    const booked = answer.data as { appointment: { appointmentId: string } };
    return { ...attempt, outcome: "booked", appointmentId: booked.appointment.appointmentId };
  }
  return {
    ...attempt,
    outcome: "refused",
    reason: `${answer.status} ${answer.error?.data?.reason ?? answer.error?.message ?? ""}`,
  };
}

/**
 * A referral from the MBE of Diakonie Westsachsen to the PSZ in Halle: draft, consent,
 * send; intake opens and accepts it, books the client (staff booking with the referral id)
 * and, for most, reception checks the client in. A step answered with a 4xx after a retry
 * may have taken effect on the lost first try: the referrer's timeline decides.
 */
export async function runReferral(
  context: LoadContext,
  board: SlotBoard,
  random: SeededRandom,
  index: number,
): Promise<ReferralRun> {
  const run: ReferralRun = {
    referralId: null,
    reached: "none",
    appointmentId: null,
    phone: `+49160${String(30_000_000 + index)}`,
    smsConsent: random.chance(0.8),
    stoppedBecause: null,
  };
  const { tokens } = context;
  const retrying = { random, deadline: context.deadline, tally: context.tally };
  const referralCall = (procedure: string, token: string, input: unknown, kind: "query" | "mutation") =>
    callWithRetries(context.referralUrls, procedure, token, input, kind, retrying);
  const stop = (why: string): ReferralRun => ({ ...run, stoppedBecause: why });

  const created = await referralCall(
    "counsellor.createDraft",
    tokens.counsellor,
    {
      clientReference: `CHAOS-${index}-${randomUUID().slice(0, 6)}`,
      fromService: { serviceId: "svc-westsachsen-mbe", serviceKind: "adult_migration_counselling" },
      to: {
        scope: "organisation",
        serviceKind: "psychosocial_centre",
        organisationId: "org-saale-elbe",
        locationId: pszForReferrals.locationId,
        serviceId: pszForReferrals.serviceId,
        federalState: "DE-ST",
      },
      urgency: "soon",
      reasonCode: "psychological_support",
      communication: { language: "ar", interpreterNeeded: false },
      sharedData: {
        contact: { name: random.pick(names), phone: run.phone, note: null },
        language: { dialect: "Syrisch-Arabisch", furtherLanguages: ["en"] },
      },
    },
    "mutation",
  );
  if (created.kind !== "answered" || created.answer.status !== 200)
    return stop(describe("createDraft", created));
  const referralId = (created.answer.data as { referralId: string }).referralId;
  run.referralId = referralId;
  run.reached = "draft";

  const now = Date.now();
  const consented = await referralCall(
    "counsellor.recordConsent",
    tokens.counsellor,
    {
      referralId,
      consent: {
        dataCategories: ["contact", "language"],
        purpose: "Vermittlung an das PSZ und Terminabsprache",
        givenHow: "signed_form",
        witnessedBy: null,
        givenAt: new Date(now - 10 * 60_000).toISOString(),
        expiresAt: new Date(now + 180 * 86_400_000).toISOString(),
      },
    },
    "mutation",
  );
  if (consented.kind !== "answered" || (consented.answer.status !== 200 && consented.tries === 1))
    return stop(describe("recordConsent", consented));

  const statusNow = async (): Promise<string | null> => {
    const timeline = await referralCall("counsellor.timeline", tokens.counsellor, { referralId }, "query");
    return timeline.kind === "answered" && timeline.answer.status === 200
      ? (timeline.answer.data as { status: string }).status
      : null;
  };
  const step = async (
    procedure: string,
    token: string,
    input: unknown,
    reached: ReferralRun["reached"],
    doneWhen: readonly string[],
  ): Promise<string | null> => {
    const outcome = await referralCall(procedure, token, input, "mutation");
    if (outcome.kind === "answered" && outcome.answer.status === 200) {
      run.reached = reached;
      return null;
    }
    // A retried step refused as an invalid transition may have been applied by the lost first try.
    if (outcome.kind === "answered" && outcome.tries > 1 && doneWhen.includes((await statusNow()) ?? "")) {
      run.reached = reached;
      return null;
    }
    return describe(procedure, outcome);
  };
  const after = ["scheduled", "attended", "not_attended", "closed"];
  const sendFailed = await step("counsellor.send", tokens.counsellor, { referralId }, "sent", [
    "sent",
    "received",
    "accepted",
    ...after,
  ]);
  if (sendFailed) return stop(sendFailed);
  const openFailed = await step("intake.open", tokens.intake, { referralId }, "received", [
    "received",
    "accepted",
    ...after,
  ]);
  if (openFailed) return stop(openFailed);
  const acceptFailed = await step(
    "intake.accept",
    tokens.intake,
    { referralId, serviceId: pszForReferrals.serviceId },
    "accepted",
    ["accepted", ...after],
  );
  if (acceptFailed) return stop(acceptFailed);

  // Intake books the client: the earliest offers, another one when the first is gone.
  for (let slotTry = 1; slotTry <= 8; slotTry++) {
    const offers = (await board.offers(pszForReferrals)).slice(0, 3 * OFFERS_CONSIDERED);
    if (offers.length === 0) return stop("no PSZ offer");
    const offer = random.pick(offers);
    const booked = await callWithRetries(
      context.bookingUrls,
      "appointments.bookForClient",
      tokens.intake,
      {
        idempotencyKey: `chaos-${context.random.seed}-referral-${index}-${slotTry}`,
        serviceId: pszForReferrals.serviceId,
        locationId: offer.locationId,
        counsellorId: offer.counsellorId,
        startsAt: offer.start,
        channel: pszForReferrals.channel,
        client: {
          displayName: "Amal",
          phone: run.phone,
          preferredLanguage: pszForReferrals.language,
          smsConsent: run.smsConsent,
          interpreterNeeded: offer.interpreterNeeded,
        },
        referralId,
      },
      "mutation",
      retrying,
    );
    if (booked.kind === "gave_up") return stop(describe("bookForClient", booked));
    if (booked.answer.status === 200) {
      run.appointmentId = (
        booked.answer.data as { appointment: { appointmentId: string } }
      ).appointment.appointmentId;
      run.reached = "booked";
      break;
    }
    if (booked.answer.status !== 409) return stop(describe("bookForClient", booked));
    await sleep(random.between(100, 600));
  }
  if (!run.appointmentId) return stop("no slot after 8 tries");
  if (!random.chance(0.65)) return run;

  const checkIn = await callWithRetries(
    context.bookingUrls,
    "reception.recordAttendance",
    tokens.reception,
    { appointmentId: run.appointmentId, outcome: "checked_in" },
    "mutation",
    retrying,
  );
  // A retried check-in refused as "already checked in" was the lost first try's: the database decides.
  if (checkIn.kind === "answered" && (checkIn.answer.status === 200 || checkIn.tries > 1))
    run.reached = "checked_in";
  else run.stoppedBecause = describe("recordAttendance", checkIn);
  return run;
}

function describe(step: string, outcome: CallOutcome): string {
  return outcome.kind === "gave_up"
    ? `${step}: gave up after ${outcome.tries} tries (${outcome.lastFailure})`
    : `${step}: ${outcome.answer.status} ${outcome.answer.error?.data?.reason ?? outcome.answer.error?.message ?? ""}`;
}

/** Runs `work(i)` for i in [0, count) at seeded random moments within `durationMs`; resolves when all have. */
export async function spreadOver<T>(
  durationMs: number,
  count: number,
  random: SeededRandom,
  work: (index: number) => Promise<T>,
): Promise<T[]> {
  const offsets = Array.from({ length: count }, () => random.between(0, durationMs));
  return Promise.all(
    offsets.map(async (offset, index) => {
      await sleep(offset);
      return work(index);
    }),
  );
}
