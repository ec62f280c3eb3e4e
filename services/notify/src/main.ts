/** Composition root of the notify service: adapters wired into use cases, run by the shared runtime. */
import {
  DOCUMENT_LOCKS_COLLECTION,
  DocumentLocks,
  PeriodicJob,
  runServiceMain,
  StaffTokens,
  staffTokenSecretOf,
} from "@counselling/platform";
import { mountCalendarRoutes } from "./adapters/inbound/http/calendar.routes";
import { mountDevInboxPage } from "./adapters/inbound/http/dev-inbox.page";
import { mountTwilioWebhooks } from "./adapters/inbound/http/twilio-webhooks.routes";
import { createNotifyConsumer } from "./adapters/inbound/kafka/notify-consumer";
import { createNotifyRouter } from "./adapters/inbound/trpc/notify.router";
import {
  type DevInboxDocument,
  MongoDevInboxSender,
} from "./adapters/outbound/dev-inbox/mongo-dev-inbox.sender";
import { IcalCalendarWriter } from "./adapters/outbound/ical/ical-calendar.writer";
import {
  prometheusSmsMetrics,
  registerReminderBacklog,
} from "./adapters/outbound/metrics/prometheus-sms.metrics";
import { MongoCalendarFeedStore } from "./adapters/outbound/mongo/mongo-calendar-feed.store";
import { MongoAppointmentStateStore } from "./adapters/outbound/mongo/mongo-appointment-state.store";
import { type MessageDocument, MongoMessageStore } from "./adapters/outbound/mongo/mongo-message.store";
import { MongoReminderStore } from "./adapters/outbound/mongo/mongo-reminder.store";
import { MongoReplyStore, type ReplyDocument } from "./adapters/outbound/mongo/mongo-reply.store";
import { TwilioSmsSender } from "./adapters/outbound/twilio/twilio-sms.sender";
import { HandleAppointmentEvents } from "./application/appointment-events/handle-appointment-events.use-case";
import { ManageCalendarFeeds } from "./application/calendar/manage-calendar-feeds.use-case";
import { OpenAppointmentCalendar } from "./application/calendar/open-appointment-calendar.use-case";
import { OpenCalendarFeed } from "./application/calendar/open-calendar-feed.use-case";
import { type AppointmentState } from "./application/ports/appointment-state.port";
import { type CalendarFeedRecord } from "./application/ports/calendar-feed-store.port";
import { type ReminderRecord } from "./application/ports/reminder-store.port";
import { type SmsSender } from "./application/ports/sms-sender.port";
import { SendDueReminders } from "./application/reminders/send-due-reminders.use-case";
import { ReceiveReply } from "./application/replies/receive-reply.use-case";
import { OfferWaitlistSlot } from "./application/send-sms/offer-waitlist-slot.use-case";
import { ReconcileUnfinishedMessages } from "./application/send-sms/reconcile-unfinished-messages.use-case";
import { SendSmsOnce } from "./application/send-sms/send-sms-once.use-case";
import { loadNotifyConfig, type NotifyConfig, usesTwilio } from "./config";

runServiceMain("notify", loadNotifyConfig, ({ db, kafka, logger, metrics }, config) => {
  const database = db.getClient().db(config.MONGO_DB);
  const clock = () => new Date();
  const publicBase = config.PUBLIC_BASE_URL.replace(/\/$/, "");
  const messagesCollection = database.collection<MessageDocument>("messages");
  const repliesCollection = database.collection<ReplyDocument>("replies");
  // The same lock collection as the runtime's outbox relay: writers of outbox documents must share it.
  const locks = DocumentLocks.on(database.collection(DOCUMENT_LOCKS_COLLECTION));
  const messages = new MongoMessageStore(messagesCollection, locks);
  const replies = new MongoReplyStore(repliesCollection);
  const appointments = new MongoAppointmentStateStore(
    database.collection<AppointmentState>("appointments"),
    locks,
  );
  const reminders = new MongoReminderStore(database.collection<ReminderRecord>("reminders"), locks);
  registerReminderBacklog(metrics, (now) => reminders.countDue(now), clock);
  const devInbox = usesTwilio(config)
    ? null
    : new MongoDevInboxSender(database.collection<DevInboxDocument>("dev_inbox"), locks);
  const sender: SmsSender = devInbox ?? twilioSenderOf(config, publicBase);
  logger.info({ provider: sender.provider }, "SMS provider chosen");

  const sendSms = new SendSmsOnce({
    messages,
    sender,
    clock,
    logger,
    attempts: config.SMS_SEND_ATTEMPTS,
    retryInitialMs: config.SMS_RETRY_INITIAL_MS,
    leaseMs: config.SMS_SEND_LEASE_MS,
    metrics: prometheusSmsMetrics(metrics),
  });
  const appointmentEvents = new HandleAppointmentEvents({
    appointments,
    reminders,
    sendSms,
    clock,
    reminderOffsetsMinutes: config.REMINDER_OFFSETS_MINUTES,
    quietHours: { startHour: config.QUIET_HOURS_START, endHour: config.QUIET_HOURS_END },
    calendarUrl: (appointmentId, token) =>
      `${publicBase}/calendar/appointments/${encodeURIComponent(appointmentId)}.ics?token=${token}`,
  });
  const feeds = new MongoCalendarFeedStore(database.collection<CalendarFeedRecord>("calendar_feeds"), locks);
  const uidDomain = config.CALENDAR_UID_DOMAIN ?? new URL(publicBase).hostname;
  const calendarWriter = new IcalCalendarWriter({
    uidDomain,
    organizer: {
      name: config.CALENDAR_ORGANIZER_NAME,
      email: config.CALENDAR_ORGANIZER_EMAIL ?? `noreply@${uidDomain}`,
    },
  });
  const sendDueReminders = new SendDueReminders({
    reminders,
    appointments,
    sendSms,
    clock,
    logger,
    claimMs: config.SMS_SEND_LEASE_MS,
  });
  const reconcile = new ReconcileUnfinishedMessages({ messages, sendSms, clock });
  const leases = database.collection("job_leases");

  return {
    router: createNotifyRouter({
      staffTokens: new StaffTokens(staffTokenSecretOf(config)),
      messages,
      replies,
      appointments,
      feeds: new ManageCalendarFeeds({
        feeds,
        clock,
        feedUrl: (token) => `${publicBase}/calendar/feeds/${token}.ics`,
      }),
      devInbox,
    }),
    outboxCollections: [database.collection("messages"), database.collection("replies")],
    publicProcedures: ["devInbox."],
    consumers: [
      createNotifyConsumer({
        kafka,
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        processedEvents: database.collection("processed_events"),
        logger,
        appointmentEvents,
        offerWaitlistSlot: new OfferWaitlistSlot(sendSms),
        partitionsConsumedConcurrently: config.CONSUMER_PARTITIONS_CONCURRENTLY,
        sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
      }),
    ],
    jobs: [
      new PeriodicJob({
        name: "send-due-reminders",
        intervalMs: config.REMINDER_POLL_MS,
        leases,
        logger,
        work: async () => {
          await sendDueReminders.execute();
        },
      }),
      new PeriodicJob({
        name: "reconcile-unfinished-messages",
        intervalMs: config.SMS_RECONCILE_INTERVAL_MS,
        leases,
        logger,
        work: async () => {
          await reconcile.execute();
        },
      }),
    ],
    routes: (app) => {
      if (devInbox) mountDevInboxPage(app, devInbox);
      mountCalendarRoutes(app, {
        openAppointment: new OpenAppointmentCalendar({ appointments, writer: calendarWriter }),
        openFeed: new OpenCalendarFeed({
          feeds,
          appointments,
          writer: calendarWriter,
          clock,
          pastDays: config.CALENDAR_FEED_PAST_DAYS,
          maxEvents: 1000,
        }),
      });
      mountTwilioWebhooks(app, {
        authToken: config.TWILIO_AUTH_TOKEN ?? null,
        publicBaseUrl: publicBase,
        receiveReply: new ReceiveReply({ messages, replies, clock }),
        messages,
        clock,
      });
    },
  };
});

function twilioSenderOf(config: NotifyConfig, publicBase: string): TwilioSmsSender {
  return new TwilioSmsSender({
    accountSid: config.TWILIO_ACCOUNT_SID ?? "",
    authToken: config.TWILIO_AUTH_TOKEN ?? "",
    messagingServiceSid: config.TWILIO_MESSAGING_SERVICE_SID,
    fromNumber: config.TWILIO_FROM_NUMBER,
    statusCallbackUrl: `${publicBase}/webhooks/twilio/status`,
    timeoutMs: config.TWILIO_TIMEOUT_MS,
    apiBaseUrl: config.TWILIO_API_BASE_URL,
  });
}
