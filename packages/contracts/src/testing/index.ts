// Test data builders (object mothers) for other packages' tests:
// import { anAppointmentBookedEvent } from "@counselling/contracts/testing".
export * from "./event-envelope.mother";
export * from "./appointment-booked.mother";
export * from "./referral-sent.mother";
