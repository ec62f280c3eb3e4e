// The public surface of @counselling/contracts. Test data builders live in
// "@counselling/contracts/testing" so that production code can't import them by accident.
export * from "./envelope/event-envelope";
export * from "./envelope/define-event";
export * from "./topics/topics";

export * from "./shared/actor";
export * from "./shared/attribution";
export * from "./shared/calendar-date";
export * from "./shared/channel";
export * from "./shared/federal-state";
export * from "./shared/id";
export * from "./shared/instant";
export * from "./shared/language";
export * from "./shared/phone-number";
export * from "./shared/sealed-personal-data";
export * from "./shared/service-kind";
export * from "./shared/time-zone";

export * from "./events/appointment/appointment-client";
export * from "./events/appointment/appointment-details";
export * from "./events/appointment/appointment-time";
export * from "./events/appointment/manage-url";
export * from "./events/appointment/appointment-booked.v1";
export * from "./events/appointment/appointment-rescheduled.v1";
export * from "./events/appointment/appointment-cancelled.v1";
export * from "./events/appointment/appointment-checked-in.v1";
export * from "./events/appointment/appointment-no-show.v1";
export * from "./events/appointment/appointment-completed.v1";

export * from "./events/waitlist/waitlist-slot-offered.v1";

export * from "./events/referral/consent-data-category";
export * from "./events/referral/shared-client-data";
export * from "./events/referral/referral-consent-summary";
export * from "./events/referral/referral-reason-code";
export * from "./events/referral/referral-recipient";
export * from "./events/referral/referral-transition";
export * from "./events/referral/referral-sent.v1";
export * from "./events/referral/referral-received.v1";
export * from "./events/referral/referral-accepted.v1";
export * from "./events/referral/referral-declined.v1";
export * from "./events/referral/referral-scheduled.v1";
export * from "./events/referral/referral-unscheduled.v1";
export * from "./events/referral/referral-attended.v1";
export * from "./events/referral/referral-not-attended.v1";
export * from "./events/referral/referral-closed.v1";
export * from "./events/referral/referral-cancelled.v1";
export * from "./events/referral/referral-expired.v1";
export * from "./events/referral/referral-consent-revoked.v1";

export * from "./events/notify/sms-delivery-status";
export * from "./events/notify/sms-delivery-status-changed.v1";
export * from "./events/notify/sms-reply-received.v1";

export * from "./events/privacy/privacy-service";
export * from "./events/privacy/erasure-requested.v1";
export * from "./events/privacy/erasure-confirmed.v1";

export * from "./catalog/event-catalog";
export * from "./catalog/decode-event-envelope";
