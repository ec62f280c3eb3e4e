/** Kafka topic names. Each topic has a dead-letter twin `<topic>.dlq`. */
export const Topics = {
  bookingAppointments: "booking.appointments.v1",
  bookingWaitlist: "booking.waitlist.v1",
  referralReferrals: "referral.referrals.v1",
  notifyDeliveries: "notify.deliveries.v1",
  notifyReplies: "notify.replies.v1",
  privacyErasures: "privacy.erasures.v1",
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}
