import type { booking, notify, referral } from "./service-clients";

/** Answers of the services, inferred from their routers (never written twice). */
type Answer<Call extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<Call>>;
/** What a procedure takes, as the client sends it. */
type Input<Call extends (...args: never[]) => Promise<unknown>> = Parameters<Call>[0];

export type BookableService = Answer<typeof booking.directory.services.query>[number];
export type BookableLocation = BookableService["locations"][number];
export type Channel = BookableService["channels"][number];
export type Language = BookableService["languages"][number];
export type ServiceKind = BookableService["kind"];
export type FederalState = BookableLocation["federalState"];
export type MultilingualText = BookableService["name"];
export type SlotOffer = Answer<typeof booking.availability.slots.query>[number];
export type BookingResult = Answer<typeof booking.appointments.book.mutate>;
export type BookedAppointment = BookingResult["appointment"];
export type ManagedAppointment = Answer<typeof booking.appointments.byManageLink.query>;
export type LocationDayEntry = Answer<typeof booking.reception.day.query>[number];
export type AttendanceOutcome = Parameters<typeof booking.reception.recordAttendance.mutate>[0]["outcome"];
export type WaitlistEntry = Answer<typeof booking.waitlist.list.query>[number];
export type DemoAccount = Answer<typeof booking.auth.demoAccounts.query>[number];
export type OrganisationDirectoryForEditing = Answer<typeof booking.directory.organisation.query>;
export type EditableDirectory = Input<typeof booking.directory.saveOrganisation.mutate>["directory"];
export type DevSms = Answer<typeof notify.devInbox.list.query>[number];
export type FailedDelivery = Answer<typeof notify.reception.failedDeliveries.query>[number];
export type CallbackRequest = Answer<typeof notify.reception.callbackRequests.query>[number];
export type PrivacySubjectInput = Input<typeof booking.privacy.export.mutate>;
export type PrivacyExport = Answer<typeof booking.privacy.export.mutate>;
export type ErasureStatus = Answer<typeof booking.privacy.erasureStatus.query>;
export type AccessLogQuery = NonNullable<Input<typeof booking.privacy.accessLog.query>>;
export type AccessLogEntry = Answer<typeof booking.privacy.accessLog.query>[number];
export type AccessLogCheck = Answer<typeof booking.privacy.verifyAccessLog.query>;

export type DraftInput = Input<typeof referral.counsellor.createDraft.mutate>;
export type ConsentInput = Input<typeof referral.counsellor.recordConsent.mutate>["consent"];
export type SharedClientData = NonNullable<DraftInput["sharedData"]>;
export type ConsentCategory = ConsentInput["dataCategories"][number];
export type ReasonCode = DraftInput["reasonCode"];
export type Urgency = DraftInput["urgency"];
export type ResidenceStatus = NonNullable<SharedClientData["residence_status"]>["status"];
export type ReferralListItem = Answer<typeof referral.counsellor.myReferrals.query>[number];
export type ReferralStatus = ReferralListItem["status"];
export type ReferrerTimeline = Answer<typeof referral.counsellor.timeline.query>;
export type InboxItem = Answer<typeof referral.intake.inbox.query>[number];
export type ReceiverView = Answer<typeof referral.intake.open.mutate>;
export type DeclineInput = Input<typeof referral.intake.decline.mutate>;
export type DeclineReason = DeclineInput["reason"];
export type ReferralOutcome = Input<typeof referral.intake.close.mutate>["outcome"];
export type ReferralRecipient = DraftInput["to"];
