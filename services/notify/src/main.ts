/** Composition root of the notify service: adapters wired into use cases, run by the shared runtime. */
import {
  DOCUMENT_LOCKS_COLLECTION,
  DocumentLocks,
  ERASURE_RECEIPTS_COLLECTION,
  ErasureReceipts,
  PeriodicJob,
  PersonalDataAccessLog,
  personalDataMasterKeyOf,
  personalDataProtectionOf,
  runServiceMain,
  StaffTokens,
  staffTokenSecretOf,
} from "@counselling/platform";
import { mountCalendarRoutes } from "./adapters/inbound/http/calendar.routes";
import { mountDevInboxPage } from "./adapters/inbound/http/dev-inbox.page";
import { mountTwilioWebhooks } from "./adapters/inbound/http/twilio-webhooks.routes";
import { createNotifyConsumer } from "./adapters/inbound/kafka/notify-consumer";
import { createPrivacyErasureConsumer } from "./adapters/inbound/kafka/privacy-erasure-consumer";
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
import { MongoPersonalRecords } from "./adapters/outbound/mongo/mongo-personal-records";
import { MongoReminderStore } from "./adapters/outbound/mongo/mongo-reminder.store";
import { MongoReplyStore, type ReplyDocument } from "./adapters/outbound/mongo/mongo-reply.store";
import { TwilioSmsSender } from "./adapters/outbound/twilio/twilio-sms.sender";
import { HandleAppointmentEvents } from "./application/appointment-events/handle-appointment-events.use-case";
import { CalendarLinkTokens } from "./domain/calendar/calendar-token";
import { ManageCalendarFeeds } from "./application/calendar/manage-calendar-feeds.use-case";
import { OpenAppointmentCalendar } from "./application/calendar/open-appointment-calendar.use-case";
import { OpenCalendarFeed } from "./application/calendar/open-calendar-feed.use-case";
import { type AppointmentState } from "./application/ports/appointment-state.port";
import { type CalendarFeedRecord } from "./application/ports/calendar-feed-store.port";
import { type ReminderRecord } from "./application/ports/reminder-store.port";
import { type SmsSender } from "./application/ports/sms-sender.port";
import { AnonymiseFinished } from "./application/privacy/anonymise-finished.use-case";
import { ErasePersonalData } from "./application/privacy/erase-personal-data.use-case";
import { ExportOwnData } from "./application/privacy/export-own-data.use-case";
import { ListCallbackRequests } from "./application/reception/list-callback-requests.use-case";
import { ListFailedDeliveries } from "./application/reception/list-failed-deliveries.use-case";
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
  // The shared key database (ADR 0011): booking seals, notify opens; one shred reaches every copy.
  const { vault: cipher, phoneIndex } = personalDataProtectionOf(config, db.getClient());
  const accessLog = new PersonalDataAccessLog(database);
  const messagesCollection = database.collection<MessageDocument>("messages");
  const repliesCollection = database.collection<ReplyDocument>("replies");
  const appointmentsCollection = database.collection<AppointmentState>("appointments");
  const remindersCollection = database.collection<ReminderRecord>("reminders");
  const devInboxCollection = database.collection<DevInboxDocument>("dev_inbox");
  // The same lock collection as the runtime's outbox relay: writers of outbox documents must share it.
  const locks = DocumentLocks.on(database.collection(DOCUMENT_LOCKS_COLLECTION));
  const messages = new MongoMessageStore(messagesCollection, locks);
  const replies = new MongoReplyStore(repliesCollection);
  const appointments = new MongoAppointmentStateStore(appointmentsCollection, locks);
  const reminders = new MongoReminderStore(remindersCollection, locks);
  const records = new MongoPersonalRecords(
    {
      appointments: appointmentsCollection,
      messages: messagesCollection,
      replies: repliesCollection,
      reminders: remindersCollection,
      devInbox: devInboxCollection,
    },
    locks,
  );
  registerReminderBacklog(metrics, (now) => reminders.countDue(now), clock);
  const devInbox = usesTwilio(config) ? null : new MongoDevInboxSender(devInboxCollection, locks, cipher);
  const sender: SmsSender = devInbox ?? twilioSenderOf(config, publicBase);
  logger.info({ provider: sender.provider }, "SMS provider chosen");

  const sendSms = new SendSmsOnce({
    messages,
    sender,
    cipher,
    phoneIndex,
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
    cipher,
    phoneIndex,
    clock,
    reminderOffsetsMinutes: config.REMINDER_OFFSETS_MINUTES,
    quietHours: { startHour: config.QUIET_HOURS_START, endHour: config.QUIET_HOURS_END },
    calendarLinks: new CalendarLinkTokens(personalDataMasterKeyOf(config)),
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
    cipher,
    phoneIndex,
    clock,
    logger,
    claimMs: config.SMS_SEND_LEASE_MS,
  });
  const reconcile = new ReconcileUnfinishedMessages({ messages, sendSms, clock });
  const keyErasure = { records, reminders, cipher };
  const anonymiseFinished = new AnonymiseFinished({
    ...keyErasure,
    clock,
    policy: {
      daysByServiceKind: config.RETENTION_DAYS_BY_SERVICE_KIND,
      defaultDays: config.RETENTION_DAYS_DEFAULT,
    },
  });
  const erasureReceipts = database.collection(ERASURE_RECEIPTS_COLLECTION);
  const leases = database.collection("job_leases");

  return {
    router: createNotifyRouter({
      staffTokens: new StaffTokens(staffTokenSecretOf(config)),
      callbackRequests: new ListCallbackRequests({ replies, appointments, cipher, accessLog }),
      failedDeliveries: new ListFailedDeliveries({ messages, appointments, cipher, accessLog }),
      feeds: new ManageCalendarFeeds({
        feeds,
        clock,
        feedUrl: (token) => `${publicBase}/calendar/feeds/${token}.ics`,
        ttlDays: config.CALENDAR_FEED_TTL_DAYS,
      }),
      exportOwnData: new ExportOwnData({ records, cipher, phoneIndex, accessLog, clock }),
      accessLog,
      devInbox,
    }),
    outboxCollections: [database.collection("messages"), database.collection("replies"), erasureReceipts],
    publicProcedures: ["devInbox."],
    consumers: [
      createNotifyConsumer({
        kafka,
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        processedEvents: database.collection("processed_events"),
        logger,
        appointmentEvents,
        offerWaitlistSlot: new OfferWaitlistSlot({ sendSms, cipher, phoneIndex }),
        partitionsConsumedConcurrently: config.CONSUMER_PARTITIONS_CONCURRENTLY,
        sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
      }),
      createPrivacyErasureConsumer({
        kafka,
        topicPrefix: config.KAFKA_TOPIC_PREFIX,
        processedEvents: database.collection("processed_events"),
        logger,
        erasePersonalData: new ErasePersonalData({
          ...keyErasure,
          confirmations: ErasureReceipts.on(erasureReceipts),
          clock,
        }),
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
      new PeriodicJob({
        name: "anonymise-finished",
        intervalMs: config.RETENTION_JOB_INTERVAL_MS,
        leases,
        logger,
        work: async () => {
          await anonymiseFinished.execute();
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
          ttlDays: config.CALENDAR_FEED_TTL_DAYS,
        }),
      });
      mountTwilioWebhooks(app, {
        authToken: config.TWILIO_AUTH_TOKEN ?? null,
        publicBaseUrl: publicBase,
        receiveReply: new ReceiveReply({ messages, replies, cipher, phoneIndex, clock }),
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
