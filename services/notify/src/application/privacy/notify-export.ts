import { type AppointmentState } from "../ports/appointment-state.port";
import { type DevInboxRecord } from "../ports/dev-inbox-record";
import { type MessageRecord } from "../ports/message-record";
import { type PersonalDataCipher } from "../ports/personal-data.port";
import { type ReminderRecord } from "../ports/reminder-store.port";
import { type ReplyRecord } from "../ports/reply-store.port";
import { type HeldRecords } from "../ports/personal-records.port";

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/**
 * What notify holds about a person, opened, as the data protection officer hands it over
 * (machine-readable, ADR 0011 § 8). Erased parts are null: the record is there, its
 * personal data are not.
 */
export async function exportOf(cipher: PersonalDataCipher, held: HeldRecords) {
  const open = (clientId: string, sealed: string | null) =>
    sealed ? cipher.decryptOrNull(clientId, sealed) : Promise.resolve(null);
  const replies = await Promise.all(held.replies.map((reply) => exportedReply(reply, open)));
  return {
    appointments: await Promise.all(held.appointments.map((state) => exportedAppointment(state, open))),
    messages: await Promise.all(held.messages.map((message) => exportedMessage(message, open))),
    replies,
    callbackRequests: replies
      .filter((reply) => reply.callbackRequested)
      .map(({ replyId, from, appointmentId, receivedAt }) => ({
        replyId,
        phone: from,
        appointmentId,
        receivedAt,
      })),
    reminders: held.reminders.map(exportedReminder),
    devInbox: await Promise.all(held.devInbox.map((text) => exportedDevInboxText(text, open))),
  };
}

type Open = (clientId: string, sealed: string | null) => Promise<string | null>;

/** The appointment as notify knows it, the data of the client's calendar file included. */
async function exportedAppointment(state: AppointmentState, open: Open) {
  const { details } = state;
  return {
    appointmentId: state._id,
    clientId: state.clientId,
    name: await open(state.clientId, details.client.sealedName),
    phone: await open(state.clientId, details.client.sealedPhone),
    preferredLanguage: details.client.preferredLanguage,
    smsConsent: details.client.smsConsent,
    status: state.status,
    calendarSequence: state.sequence,
    startsAt: details.time.startsAt,
    endsAt: details.time.endsAt,
    timeZone: details.time.timeZone,
    channel: details.channel,
    service: { kind: details.service.kind, name: details.service.name },
    location: { name: details.location.name, address: details.location.address },
    calendarLinksIssued: state.calendarTokenHashes.length,
    personalDataErasedAt: iso(state.personalDataErasedAt),
  };
}

async function exportedMessage(message: MessageRecord, open: Open) {
  return {
    messageId: message._id,
    clientId: message.clientId,
    appointmentId: message.appointmentId,
    template: message.template,
    purpose: message.purpose,
    language: message.language,
    to: await open(message.clientId, message.sealedTo),
    text: await open(message.clientId, message.sealedBody),
    state: message.state,
    deliveryStatus: message.deliveryStatus,
    errorCode: message.errorCode,
    statusHistory: message.statusHistory.map((step) => ({ ...step, at: step.at.toISOString() })),
    createdAt: message.createdAt.toISOString(),
    updatedAt: message.updatedAt.toISOString(),
    personalDataErasedAt: iso(message.personalDataErasedAt),
  };
}

async function exportedReply(reply: ReplyRecord, open: Open) {
  return {
    replyId: reply._id,
    clientId: reply.clientId,
    appointmentId: reply.appointmentId,
    inReplyToMessageId: reply.inReplyToMessageId,
    from: await open(reply.clientId, reply.sealedFrom),
    text: await open(reply.clientId, reply.sealedBody),
    intent: reply.intent,
    callbackRequested: reply.callbackRequested === 1,
    receivedAt: reply.receivedAt.toISOString(),
    personalDataErasedAt: iso(reply.personalDataErasedAt),
  };
}

function exportedReminder(reminder: ReminderRecord) {
  return {
    reminderId: reminder._id,
    appointmentId: reminder.appointmentId,
    offsetMinutes: reminder.offsetMinutes,
    dueAt: reminder.dueAt.toISOString(),
    state: reminder.state,
  };
}

async function exportedDevInboxText(text: DevInboxRecord, open: Open) {
  return {
    messageId: text._id,
    clientId: text.clientId,
    to: await open(text.clientId, text.sealedTo),
    text: await open(text.clientId, text.sealedBody),
    receivedAt: text.receivedAt.toISOString(),
  };
}
