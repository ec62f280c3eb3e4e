/**
 * What must hold after the chaos, read from the services' own databases and from Kafka:
 * no resource double-booked, one confirmation SMS per booking, referrals where their
 * appointments put them, no consumer lag, no backlog, nothing dead-lettered, and every
 * event exactly once per fact. Each check returns readable violations (empty when it holds).
 */
import { randomUUID } from "node:crypto";
import {
  type BaseServiceConfig,
  CLIENT_DATA_KEYS_COLLECTION,
  PersonalDataVault,
  personalDataMasterKeyOf,
} from "@counselling/platform";
import type { Admin, Kafka } from "kafkajs";
import type { Db } from "mongodb";
import type { BookingAttempt, ReferralRun } from "./load";

export const LIVE_STATUSES = ["booked", "checked_in", "completed", "held"] as const;
const UNIT_MS = 5 * 60_000;

/** Consumer groups of the services (without the topic prefix) and the topics each reads. */
export const consumerGroups: Record<string, string[]> = {
  "booking.client-replies": ["notify.replies.v1"],
  "booking.waitlist-offers": ["booking.appointments.v1"],
  notify: ["booking.appointments.v1", "booking.waitlist.v1"],
  "referral.appointments": ["booking.appointments.v1"],
  "booking.privacy-erasures": ["privacy.erasures.v1"],
  "referral.privacy-erasures": ["privacy.erasures.v1"],
  "notify.privacy-erasures": ["privacy.erasures.v1"],
};

export interface Databases {
  booking: Db;
  referral: Db;
  notify: Db;
}

interface AppointmentDoc {
  _id: string;
  status: string;
  resources: Array<{ kind: string; id: string }>;
  claimed: { start: Date; end: Date };
  groupSessionId: string | null;
  details: {
    referralId: string | null;
    /** `phone` is opened from `sealedPhone` by the snapshot (ADR 11: stored sealed). */
    client: { clientId: string; sealedPhone: string | null; phone: string | null; smsConsent: boolean };
    time: { startsAt: string };
  };
}

interface MessageDoc {
  _id: string;
  template: string;
  appointmentId: string | null;
  to: string;
  state: string;
}

interface InboxDoc {
  _id: string;
  clientId: string;
  sealedTo: string;
  /** Opened from `sealedTo` by the snapshot. */
  to: string | null;
  handedOver: number;
}

interface ReferralDoc {
  _id: string;
  status: string;
  appointment: { appointmentId: string; status: string } | null;
  timeline: Array<{ from: string; to: string }>;
}

export interface Envelope {
  id: string;
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

// ---------------------------------------------------------------- quiet state

export interface QuietState {
  outboxPending: Record<string, number>;
  lag: Record<string, number>;
  smsSending: number;
  remindersDue: number;
}

export function isQuiet(state: QuietState): boolean {
  return (
    Object.values(state.outboxPending).every((count) => count === 0) &&
    Object.values(state.lag).every((lag) => lag === 0) &&
    state.smsSending === 0 &&
    state.remindersDue === 0
  );
}

export async function quietState(dbs: Databases, admin: Admin, prefix: string): Promise<QuietState> {
  return {
    outboxPending: await outboxPending(dbs),
    lag: await consumerLag(admin, prefix),
    smsSending: await dbs.notify.collection("messages").countDocuments({ sending: 1 }),
    remindersDue: await dbs.notify
      .collection("reminders")
      .countDocuments({ active: 1, dueAt: { $lte: new Date() } }),
  };
}

/** Documents with events still waiting, in every collection of every service database. */
export async function outboxPending(dbs: Databases): Promise<Record<string, number>> {
  const pending: Record<string, number> = {};
  for (const service of ["booking", "referral", "notify"] as const) {
    const db = dbs[service];
    for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
      const count = await db.collection(name).countDocuments({ outboxPending: 1 });
      if (count > 0 || ["appointments", "waitlist", "referrals", "messages", "replies"].includes(name))
        pending[`${service}.${name}`] = count;
    }
  }
  return pending;
}

/** Per group: messages on its topics not yet committed (an uncommitted partition counts from its start). */
export async function consumerLag(admin: Admin, prefix: string): Promise<Record<string, number>> {
  const lag: Record<string, number> = {};
  for (const [group, topics] of Object.entries(consumerGroups)) {
    const prefixed = topics.map((topic) => prefix + topic);
    const committed = await admin.fetchOffsets({ groupId: prefix + group, topics: prefixed });
    let total = 0;
    for (const topic of prefixed) {
      const ends = await admin.fetchTopicOffsets(topic);
      const ofTopic = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
      for (const end of ends) {
        const at = Number(ofTopic.find((partition) => partition.partition === end.partition)?.offset ?? -1);
        total += Number(end.high) - (at >= 0 ? at : Number(end.low));
      }
    }
    lag[group] = total;
  }
  return lag;
}

/** Messages in the dead-letter topics of this run. */
export async function deadLettered(admin: Admin, prefix: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const topic of (await admin.listTopics()).filter(
    (name) => name.startsWith(prefix) && name.endsWith(".dlq"),
  )) {
    const ends = await admin.fetchTopicOffsets(topic);
    counts[topic.slice(prefix.length)] = ends.reduce(
      (sum, end) => sum + Number(end.high) - Number(end.low),
      0,
    );
  }
  return counts;
}

// ---------------------------------------------------------------- snapshot

export interface Snapshot {
  appointments: AppointmentDoc[];
  live: AppointmentDoc[];
  claimOwners: Map<string, string>;
  messages: MessageDoc[];
  inbox: InboxDoc[];
  referrals: ReferralDoc[];
}

/** The services' default key database (ADR 11), on the chaos run's own database server. */
const KEY_DB = "personal_data_keys";

export async function snapshot(dbs: Databases): Promise<Snapshot> {
  const vault = PersonalDataVault.on(dbs.booking.client.db(KEY_DB).collection(CLIENT_DATA_KEYS_COLLECTION), {
    masterKey: personalDataMasterKeyOf({ NODE_ENV: "development" } as BaseServiceConfig),
  });
  const appointments = await dbs.booking.collection<AppointmentDoc>("appointments").find({}).toArray();
  for (const { details } of appointments) {
    const { clientId, sealedPhone } = details.client;
    details.client.phone = sealedPhone ? await vault.decryptOrNull(clientId, sealedPhone) : null;
  }
  const inbox = await dbs.notify.collection<InboxDoc>("dev_inbox").find({}).toArray();
  for (const entry of inbox) entry.to = await vault.decryptOrNull(entry.clientId, entry.sealedTo);
  const claims = await dbs.booking
    .collection<{ _id: string; owner: string }>("resource_claims")
    .find({}, { projection: { owner: 1 } })
    .toArray();
  return {
    appointments,
    live: appointments.filter((appointment) =>
      (LIVE_STATUSES as readonly string[]).includes(appointment.status),
    ),
    claimOwners: new Map(claims.map((claim) => [claim._id, claim.owner])),
    messages: await dbs.notify.collection<MessageDoc>("messages").find({}).toArray(),
    inbox,
    referrals: await dbs.referral.collection<ReferralDoc>("referrals").find({}).toArray(),
  };
}

// ---------------------------------------------------------------- (1) no double booking

export function doubleBookings(snap: Snapshot): string[] {
  const violations: string[] = [];
  const byResource = new Map<string, AppointmentDoc[]>();
  for (const appointment of snap.live) {
    for (const resource of appointment.resources) {
      const key = `${resource.kind}:${resource.id}`;
      byResource.set(key, [...(byResource.get(key) ?? []), appointment]);
    }
  }
  for (const [resource, appointments] of byResource) {
    const sorted = [...appointments].sort((a, b) => a.claimed.start.getTime() - b.claimed.start.getTime());
    sorted.forEach((b, index) => {
      for (const a of sorted.slice(0, index)) {
        if (b.claimed.start.getTime() < a.claimed.end.getTime() && a.claimed.start < b.claimed.end)
          violations.push(
            `${resource} double-booked: ${a._id} (${a.status}, ${iso(a.claimed.start)}–${iso(a.claimed.end)}) and ${b._id} (${b.status}, ${iso(b.claimed.start)}–${iso(b.claimed.end)})`,
          );
      }
    });
  }
  return violations;
}

/** Every unit of every resource of a live appointment is claimed, by that appointment (or its group session). */
export function missingClaims(snap: Snapshot): string[] {
  const violations: string[] = [];
  for (const appointment of snap.live) {
    const owner = appointment.groupSessionId ?? appointment._id;
    const first = Math.floor(appointment.claimed.start.getTime() / UNIT_MS) * UNIT_MS;
    for (const resource of appointment.resources) {
      for (let at = first; at < appointment.claimed.end.getTime(); at += UNIT_MS) {
        const key = `${resource.kind}:${resource.id}:${new Date(at).toISOString()}`;
        const holder = snap.claimOwners.get(key);
        if (holder !== owner)
          violations.push(
            `${appointment._id} (${appointment.status}): claim ${key} ${holder ? `held by ${holder}` : "missing"}`,
          );
      }
    }
  }
  return violations;
}

// ---------------------------------------------------------------- (2) exactly one confirmation SMS

const CONFIRMATIONS = ["confirmation", "referral_scheduled"];

export function confirmationSms(snap: Snapshot): string[] {
  const violations: string[] = [];
  const inbox = new Map(snap.inbox.map((entry) => [entry._id, entry]));
  const liveIds = new Set(snap.live.map((appointment) => appointment._id));
  const confirmationsOf = new Map<string, MessageDoc[]>();
  for (const message of snap.messages) {
    if (!CONFIRMATIONS.includes(message.template) || !message.appointmentId) continue;
    confirmationsOf.set(message.appointmentId, [
      ...(confirmationsOf.get(message.appointmentId) ?? []),
      message,
    ]);
    if (!liveIds.has(message.appointmentId))
      violations.push(
        `${message._id}: a confirmation for ${message.appointmentId}, which is not a live booking`,
      );
  }
  for (const appointment of snap.live) {
    if (appointment.status === "held") continue; // a hold tells nobody until confirmed
    const messages = confirmationsOf.get(appointment._id) ?? [];
    const { phone, smsConsent } = appointment.details.client;
    if (!smsConsent || !phone) {
      if (messages.length > 0) violations.push(`${appointment._id}: texted without SMS consent`);
      continue;
    }
    if (messages.length !== 1) {
      violations.push(
        `${appointment._id}: ${messages.length} confirmation messages (${messages.map((m) => m._id).join(", ")})`,
      );
      continue;
    }
    const [message] = messages as [MessageDoc];
    const expected = appointment.details.referralId ? "referral_scheduled" : "confirmation";
    if (message.template !== expected)
      violations.push(`${message._id}: template ${message.template}, expected ${expected}`);
    if (message.state !== "sent") violations.push(`${message._id}: state ${message.state}`);
    const delivered = inbox.get(message._id);
    if (!delivered) violations.push(`${message._id}: not in the dev inbox`);
    else {
      if (delivered.handedOver !== 1)
        violations.push(`${message._id}: handed over ${delivered.handedOver} times`);
      if (delivered.to !== phone) violations.push(`${message._id}: went to ${delivered.to}, not ${phone}`);
    }
    const toPhone = snap.inbox.filter(
      (entry) => entry.to === phone && entry._id.startsWith(`${message.template}:`),
    );
    if (toPhone.length !== 1) violations.push(`${phone}: ${toPhone.length} confirmations in the inbox`);
  }
  return violations;
}

/** Any SMS at all (reminders too): handed to the provider once, and only for a recorded intent. */
export function smsExactlyOnce(snap: Snapshot): string[] {
  const intents = new Set(snap.messages.map((message) => message._id));
  return [
    ...snap.inbox
      .filter((entry) => entry.handedOver !== 1)
      .map((entry) => `${entry._id}: handed over ${entry.handedOver} times`),
    ...snap.inbox
      .filter((entry) => !intents.has(entry._id))
      .map((entry) => `${entry._id}: in the inbox without an intent`),
    ...snap.messages
      .filter((message) => message.state !== "sent")
      .map((message) => `${message._id}: ${message.state}`),
  ];
}

// ---------------------------------------------------------------- acknowledged bookings exist

export function acknowledgedBookingsKept(
  snap: Snapshot,
  attempts: BookingAttempt[],
  runs: ReferralRun[],
): string[] {
  const live = new Map(snap.live.map((appointment) => [appointment._id, appointment]));
  const violations: string[] = [];
  const acknowledged = [...attempts, ...runs].flatMap((client) =>
    client.appointmentId ? [[client.appointmentId, client.phone] as const] : [],
  );
  for (const [appointmentId, phone] of acknowledged) {
    const appointment = live.get(appointmentId);
    if (!appointment) violations.push(`${appointmentId}: acknowledged to the client but not a live booking`);
    else if (appointment.details.client.phone !== phone)
      violations.push(`${appointmentId}: booked for another phone`);
  }
  return violations;
}

// ---------------------------------------------------------------- (3) referrals follow their appointments

const FOLLOWING = ["accepted", "scheduled", "attended", "not_attended"];

export function referralStates(snap: Snapshot, runs: ReferralRun[]): string[] {
  const violations: string[] = [];
  const byReferral = new Map<string, AppointmentDoc[]>();
  for (const appointment of snap.live) {
    const referralId = appointment.details.referralId;
    if (referralId) byReferral.set(referralId, [...(byReferral.get(referralId) ?? []), appointment]);
  }
  const referrals = new Map(snap.referrals.map((referral) => [referral._id, referral]));
  for (const referral of snap.referrals) {
    const appointments = byReferral.get(referral._id) ?? [];
    if (appointments.length > 1) {
      violations.push(`${referral._id}: ${appointments.length} live appointments`);
      continue;
    }
    const [appointment] = appointments;
    if (!FOLLOWING.includes(referral.status)) {
      if (appointment)
        violations.push(`${referral._id}: ${referral.status} but has appointment ${appointment._id}`);
      continue;
    }
    const expected = !appointment
      ? "accepted"
      : appointment.status === "checked_in" || appointment.status === "completed"
        ? "attended"
        : "scheduled";
    if (referral.status !== expected)
      violations.push(
        `${referral._id}: ${referral.status}, but its appointment ${appointment ? `${appointment._id} is ${appointment.status}` : "does not exist"} (expected ${expected})`,
      );
    if (
      appointment &&
      (referral.appointment?.appointmentId !== appointment._id ||
        referral.appointment.status !== appointment.status)
    )
      violations.push(
        `${referral._id}: remembers ${JSON.stringify(referral.appointment)}, booking has ${appointment._id} ${appointment.status}`,
      );
  }
  const order = ["none", "draft", "sent", "received", "accepted", "booked", "checked_in"];
  const statusRank: Record<string, number> = {
    draft: 1,
    sent: 2,
    received: 3,
    accepted: 4,
    scheduled: 5,
    attended: 6,
  };
  for (const run of runs) {
    if (!run.referralId) continue;
    const referral = referrals.get(run.referralId);
    if (!referral) {
      violations.push(`${run.referralId}: created for the client but not stored`);
      continue;
    }
    const known = order.indexOf(run.reached);
    const rank = statusRank[referral.status] ?? 0;
    // What the client saw confirmed must have stuck (booked → at least scheduled).
    if (rank < Math.min(known, 5))
      violations.push(`${run.referralId}: client reached ${run.reached}, referral is ${referral.status}`);
  }
  return violations;
}

// ---------------------------------------------------------------- events exactly once per fact

export function appointmentEvents(snap: Snapshot, events: Envelope[]): string[] {
  const violations: string[] = [];
  const distinct = new Map<string, Envelope>(events.map((event) => [event.id, event]));
  const bySubject = new Map<string, Envelope[]>();
  for (const event of distinct.values())
    bySubject.set(event.subject, [...(bySubject.get(event.subject) ?? []), event]);
  const live = new Map(snap.live.map((appointment) => [appointment._id, appointment]));
  for (const [subject, ofSubject] of bySubject) {
    if (!live.has(subject))
      violations.push(`${subject}: events ${ofSubject.map((e) => e.type).join(", ")} but no live booking`);
  }
  for (const appointment of snap.live) {
    const types = (bySubject.get(appointment._id) ?? []).map((event) => event.type);
    const expected =
      appointment.status === "held"
        ? []
        : appointment.status === "booked"
          ? ["appointment.booked"]
          : ["appointment.booked", `appointment.${appointment.status}`];
    if (JSON.stringify([...types].sort()) !== JSON.stringify([...expected].sort()))
      violations.push(
        `${appointment._id} (${appointment.status}): events ${JSON.stringify(types)}, expected ${JSON.stringify(expected)}`,
      );
  }
  return violations;
}

export function referralEvents(snap: Snapshot, events: Envelope[]): string[] {
  const violations: string[] = [];
  const distinct = new Map<string, Envelope>(events.map((event) => [event.id, event]));
  const bySubject = new Map<string, string[]>();
  for (const event of distinct.values())
    bySubject.set(event.subject, [...(bySubject.get(event.subject) ?? []), event.type]);
  for (const referral of snap.referrals) {
    const published = bySubject.get(referral._id) ?? [];
    const expected = referral.timeline.map((entry) => `referral.${entry.to}`);
    if (JSON.stringify(published) !== JSON.stringify(expected))
      violations.push(
        `${referral._id} (${referral.status}): published ${JSON.stringify(published)}, timeline ${JSON.stringify(expected)}`,
      );
  }
  return violations;
}

/** Every message of the given topics from the beginning, up to their current ends. */
export async function readTopics(
  kafka: Kafka,
  admin: Admin,
  topics: string[],
): Promise<Map<string, Envelope[]>> {
  const ends = new Map<string, Map<number, number>>();
  for (const topic of topics) {
    const offsets = await admin.fetchTopicOffsets(topic);
    ends.set(
      topic,
      new Map(
        offsets.filter((o) => Number(o.high) > Number(o.low)).map((o) => [o.partition, Number(o.high)]),
      ),
    );
  }
  const read = new Map<string, Envelope[]>(topics.map((topic) => [topic, []]));
  const reached = new Map<string, number>();
  const consumer = kafka.consumer({ groupId: `chaos-reader-${randomUUID()}`, maxWaitTimeInMs: 200 });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ topic, partition, message }) => {
        if (message.value) read.get(topic)?.push(JSON.parse(message.value.toString()) as Envelope);
        reached.set(`${topic}:${partition}`, Number(message.offset) + 1);
        return Promise.resolve();
      },
    });
    const deadline = Date.now() + 30_000;
    const done = () =>
      [...ends].every(([topic, partitions]) =>
        [...partitions].every(([partition, high]) => (reached.get(`${topic}:${partition}`) ?? 0) >= high),
      );
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`reading ${topics.join(", ")} timed out`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await consumer.disconnect();
  }
  return read;
}

function iso(date: Date): string {
  return date.toISOString().slice(5, 16);
}
