import type { ServiceMetrics } from "@counselling/platform";
import { type SmsMetrics } from "../../../application/ports/sms-metrics.port";

/** SMS counters in the service's Prometheus registry (served at /metrics). */
export function prometheusSmsMetrics(metrics: ServiceMetrics): SmsMetrics {
  const sent = metrics.counter({
    name: "notify_sms_sent_total",
    help: "SMS accepted by the provider",
    labelNames: ["provider"],
  });
  const failed = metrics.counter({
    name: "notify_sms_failed_total",
    help: "SMS refused for good by the provider, by provider error code",
    labelNames: ["provider", "reason"],
  });
  const deferred = metrics.counter({
    name: "notify_sms_deferred_total",
    help: "SMS whose retries were used up for now (the reconciler resumes them), by last reason",
    labelNames: ["provider", "reason"],
  });
  const skipped = metrics.counter({
    name: "notify_sms_skipped_total",
    help: "SMS not sent because the client's personal data were erased, by reason",
    labelNames: ["provider", "reason"],
  });
  return {
    sent: (provider) => sent.inc({ provider }),
    skipped: (provider, reason) => skipped.inc({ provider, reason }),
    failed: (provider, reason) => failed.inc({ provider, reason }),
    deferred: (provider, reason) => deferred.inc({ provider, reason }),
  };
}

/** `notify_reminder_backlog`: reminders due and not sent, counted on scrape (cached, bounded). */
export function registerReminderBacklog(
  metrics: ServiceMetrics,
  countDue: (now: Date) => Promise<number>,
  clock: () => Date,
): void {
  metrics.polledGauge({
    name: "notify_reminder_backlog",
    help: "Reminders due and not yet sent",
    labelNames: [],
    read: async () => [{ labels: {}, value: await countDue(clock()) }],
  });
}
