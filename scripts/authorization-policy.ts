/**
 * The intended authorization policy of every staff procedure, as a table (issue 7), read
 * from each use case's `authorizeStaff` call and the issues' texts. The authorization
 * matrix test (authorization-matrix.int.test.ts) asserts every cell against the running
 * services; docs/security.md shows the same table.
 *
 * Callers are described relative to the resource a row's input points at, which always
 * belongs to org-westsachsen at loc-leipzig-ost ("the target"):
 * - `org`: staff of the target's organisation, token for all its locations;
 * - `loc`: staff of the target's organisation, token bound to the target's location;
 * - `otherLoc`: staff of the target's organisation, token bound to another of its locations;
 * - `otherOrg`: staff of another organisation (org-saale-elbe), all its locations;
 * - `colleague`: a counsellor of the target's organisation who is not the referral's author.
 * Counsellors are real directory counsellors: `org`/`loc`/`otherLoc` are Amira (author of
 * the outgoing referral), `otherOrg` is Mareike (author of the incoming referral).
 */
import type { StaffRole } from "@counselling/contracts";
import type { ServiceName } from "./system-under-test";

export type Scope = "org" | "loc" | "otherLoc" | "otherOrg" | "colleague";
/** "allow": anything but 401/403/5xx (the input may still be refused); 403 forbidden; 404 hidden. */
export type Expectation = "allow" | 403 | 404;
type Rule = (role: StaffRole, scope: Scope) => Expectation;

export interface PolicyRow {
  service: ServiceName;
  procedure: string;
  /** Unique label: the procedure, with the variant of input in brackets where there are several. */
  label: string;
  /** Who may, in words (for docs/security.md). */
  who: string;
  expect: Rule;
  /**
   * A cell where the code does not do what is intended (reported, not fixed here): the
   * test pins today's answer, so that fixing it makes the test say "remove the gap".
   */
  knownGap?: (role: StaffRole, scope: Scope) => Expectation | undefined;
}

const OWN_ORGANISATION: Scope[] = ["org", "loc", "otherLoc", "colleague"];
const AT_LOCATION: Scope[] = ["org", "loc", "colleague"];

/** These roles, within these scopes; 403 otherwise. */
const staff =
  (roles: StaffRole[], within: Scope[]): Rule =>
  (role, scope) =>
    roles.includes(role) && within.includes(scope) ? "allow" : 403;

/** The referral's author only (Amira, any of her tokens); colleagues and others 403. */
const referrer: Rule = (role, scope) =>
  role === "counsellor" && ["org", "loc", "otherLoc"].includes(scope) ? "allow" : 403;

/** The data protection officer only, network-wide (a client's data span organisations); nobody else. */
const dataProtectionOfficer: Rule = (role) => (role === "dpo" ? "allow" : 403);

/** Admin or coordinator of the organisation asked about; the DPO for any. */
const statisticsReaders: Rule = (role, scope) =>
  role === "dpo" ? "allow" : staff(["admin", "coordinator"], OWN_ORGANISATION)(role, scope);

const FOUR: StaffRole[] = ["reception", "counsellor", "intake", "admin"];
const DESK: StaffRole[] = ["reception", "counsellor", "admin"];
const RECEIVING: StaffRole[] = ["intake", "admin"];

function row(
  service: ServiceName,
  label: string,
  who: string,
  expect: Rule,
  knownGap?: PolicyRow["knownGap"],
): PolicyRow {
  const procedure = label.replace(/ \(.*\)$/, "");
  return { service, procedure, label: `${service} ${label}`, who, expect, knownGap };
}

/** The privacy procedures of a service (issue 8): the data protection officer's only. */
function privacyRows(service: ServiceName, procedures: string[]): PolicyRow[] {
  return procedures.map((procedure) =>
    row(service, procedure, "the data protection officer (network-wide)", dataProtectionOfficer),
  );
}

export const matrixPolicy: PolicyRow[] = [
  // Booking: the appointment's / location's organisation, and location for bound tokens.
  row(
    "booking",
    "reception.day",
    "reception, counsellor, intake, admin at the location",
    staff(FOUR, AT_LOCATION),
  ),
  row(
    "booking",
    "reception.recordAttendance",
    "reception, counsellor, admin at the location",
    staff(DESK, AT_LOCATION),
  ),
  row(
    "booking",
    "reception.walkIn",
    "reception, counsellor, admin at the location",
    staff(DESK, AT_LOCATION),
  ),
  row(
    "booking",
    "waitlist.join",
    "reception, counsellor, intake, admin (at the location, if one is named)",
    staff(FOUR, AT_LOCATION),
  ),
  row(
    "booking",
    "waitlist.list",
    "reception, counsellor, intake, admin of the service's organisation (any location)",
    staff(FOUR, OWN_ORGANISATION),
  ),
  row(
    "booking",
    "waitlist.leave",
    "reception, counsellor, intake, admin of the entry's organisation (any location)",
    staff(FOUR, OWN_ORGANISATION),
  ),
  row(
    "booking",
    "holds.place",
    "counsellor, intake, reception, admin of the service's organisation, at the location",
    staff(["counsellor", "intake", "reception", "admin"], AT_LOCATION),
  ),
  // Staff of another organisation (counsellor, intake) hold only with referral's grant for
  // the referral, which only `counsellor.requestHold` obtains (ADR 33); the matrix names a
  // referral id without a grant, so they get 403 `referral_grant_missing`.
  row(
    "booking",
    "holds.place (for a referral)",
    "as above; another organisation's counsellor or intake only with referral's grant (none here)",
    staff(["counsellor", "intake", "reception", "admin"], AT_LOCATION),
  ),
  row(
    "booking",
    "holds.confirm",
    "intake, counsellor, reception, admin at the hold's location",
    staff(FOUR, AT_LOCATION),
  ),
  row(
    "booking",
    "holds.release",
    "intake, counsellor, reception, admin at the hold's location (or whoever placed it)",
    staff(FOUR, AT_LOCATION),
  ),
  row(
    "booking",
    "appointments.bookForClient",
    "reception, counsellor, intake, admin at the location",
    staff(FOUR, AT_LOCATION),
  ),
  row(
    "booking",
    "appointments.cancelByStaff",
    "reception, counsellor, intake, admin at the appointment's location",
    staff(FOUR, AT_LOCATION),
  ),
  row("booking", "directory.organisation", "admin of the organisation", staff(["admin"], OWN_ORGANISATION)),
  row(
    "booking",
    "directory.saveOrganisation",
    "admin of the organisation",
    staff(["admin"], OWN_ORGANISATION),
  ),

  ...privacyRows("booking", [
    "privacy.requestErasure",
    "privacy.erasureStatus",
    "privacy.exportOwn",
    "privacy.export",
    "privacy.accessLog",
    "privacy.verifyAccessLog",
  ]),
  row(
    "booking",
    "statistics.monthly",
    "admin, coordinator of the organisation; the data protection officer for any",
    statisticsReaders,
  ),

  // Referral, referring side: the author counsellor (professional secrecy is personal).
  row("referral", "counsellor.createDraft", "any counsellor (for their own organisation)", (role) =>
    role === "counsellor" ? "allow" : 403,
  ),
  row("referral", "counsellor.myReferrals", "any counsellor (their own referrals)", (role) =>
    role === "counsellor" ? "allow" : 403,
  ),
  row("referral", "counsellor.recordConsent", "the referral's author", referrer),
  row("referral", "counsellor.send", "the referral's author", referrer),
  row("referral", "counsellor.requestHold", "the referral's author", referrer),
  row("referral", "counsellor.timeline", "the referral's author", referrer),
  row("referral", "counsellor.cancel", "the referral's author", referrer),
  row(
    "referral",
    "counsellor.revokeConsent",
    "the author (counsellors) or intake/admin of the receiving side (here: the other organisation)",
    (role, scope) =>
      role === "counsellor"
        ? referrer(role, scope)
        : RECEIVING.includes(role) && scope === "otherOrg"
          ? "allow"
          : 403,
  ),
  // Referral, receiving side: intake/admin of the organisation (and location) it went to.
  row(
    "referral",
    "intake.inbox",
    "intake, admin of the organisation, at the location asked for",
    staff(RECEIVING, AT_LOCATION),
  ),
  row(
    "referral",
    "intake.open",
    "intake, admin of the receiving organisation at the named location",
    staff(RECEIVING, AT_LOCATION),
  ),
  row(
    "referral",
    "intake.accept",
    "intake, admin of the receiving organisation at the named location",
    staff(RECEIVING, AT_LOCATION),
  ),
  row(
    "referral",
    "intake.decline",
    "intake, admin of the receiving organisation at the named location",
    staff(RECEIVING, AT_LOCATION),
  ),
  row(
    "referral",
    "intake.close",
    "intake, admin of the receiving organisation at the named location",
    staff(RECEIVING, AT_LOCATION),
  ),
  row(
    "referral",
    "intake.addNote",
    "intake, admin of the receiving organisation at the named location",
    staff(RECEIVING, AT_LOCATION),
  ),
  row(
    "referral",
    "intake.revokeConsent",
    "intake/admin of the receiving side, or the author (here: the other organisation's counsellor)",
    (role, scope) =>
      role === "counsellor"
        ? scope === "otherOrg"
          ? "allow"
          : 403
        : staff(RECEIVING, AT_LOCATION)(role, scope),
  ),

  ...privacyRows("referral", ["privacy.exportOwn", "privacy.accessLog", "privacy.verifyAccessLog"]),
  row(
    "referral",
    "statistics.monthly",
    "admin, coordinator of the organisation (as sender or receiver); the data protection officer for any",
    statisticsReaders,
  ),

  // Notify: reception's lists name clients' phone numbers.
  row(
    "notify",
    "reception.callbackRequests",
    "reception, admin at the location",
    staff(["reception", "admin"], AT_LOCATION),
  ),
  row(
    "notify",
    "reception.callbackRequests (another organisation's location)",
    "nobody: the location is not the organisation's",
    // Notify learns who runs a location from the appointments there: where it holds some of
    // another organisation, 403; where it holds none (as here), an empty list — nothing to leak.
    (role, scope) => (["reception", "admin"].includes(role) && scope === "org" ? "allow" : 403),
  ),
  row(
    "notify",
    "reception.failedDeliveries",
    "reception, admin at the location",
    staff(["reception", "admin"], AT_LOCATION),
  ),
  row(
    "notify",
    "reception.failedDeliveries (another organisation's location)",
    "nobody: the location is not the organisation's",
    // Notify learns who runs a location from the appointments there: where it holds some of
    // another organisation, 403; where it holds none (as here), an empty list — nothing to leak.
    (role, scope) => (["reception", "admin"].includes(role) && scope === "org" ? "allow" : 403),
  ),
  row(
    "notify",
    "feeds.create (location)",
    "reception, admin at the location; another organisation's staff get a feed that stays empty",
    staff(["reception", "admin"], ["org", "loc", "otherOrg"]),
  ),
  row("notify", "feeds.create (counsellor)", "the counsellor themself", referrer),
  row("notify", "feeds.list", "any staff (their own organisation's feeds they may manage)", () => "allow"),
  row(
    "notify",
    "feeds.revoke",
    "reception, admin at the feed's location; another organisation's feed is not found",
    (role, scope) => (scope === "otherOrg" ? 404 : staff(["reception", "admin"], AT_LOCATION)(role, scope)),
  ),
  ...privacyRows("notify", ["privacy.exportOwn", "privacy.accessLog", "privacy.verifyAccessLog"]),
];

/** Procedures without a staff token (rate-limited per client IP where they write or search). */
export const publicProcedures: Record<ServiceName, string[]> = {
  booking: [
    "auth.login",
    "auth.demoAccounts",
    "directory.services",
    "system.info",
    "availability.slots",
    "appointments.book",
    "appointments.reschedule",
    "appointments.cancel",
    "appointments.byManageLink",
    "waitlist.acceptOffer",
  ],
  referral: ["system.info"],
  notify: ["system.info", "devInbox.list"],
};
