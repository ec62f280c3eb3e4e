import { authorizeDataProtectionOfficer, type StaffPrincipal } from "@counselling/platform";
import type { PhoneIndexing } from "../ports/personal-data.port";
import type { PrivacyExportPeers } from "../ports/privacy-export-peers.port";
import type { ExportOwn } from "./export-own.use-case";
import { type PrivacySubjectInput, privacySubjectOf } from "./privacy-subject";

/**
 * One machine-readable export of everything the network holds about a person: booking's
 * own part and referral's and notify's, each asked with the data protection officer's
 * token. All or nothing: if a service can't answer, the export fails (UNAVAILABLE
 * `export_incomplete`) rather than look complete while it isn't. The other services are
 * asked first, so booking records its own export only when the whole one goes out.
 */
export class ExportEverything {
  constructor(
    private readonly deps: {
      exportOwn: ExportOwn;
      peers: PrivacyExportPeers;
      phoneIndex: PhoneIndexing;
      clock: () => Date;
    },
  ) {}

  async execute(input: PrivacySubjectInput, staff: StaffPrincipal, bearerToken: string) {
    authorizeDataProtectionOfficer(staff);
    const subject = privacySubjectOf(input, this.deps.phoneIndex);
    const asked = {
      ...(subject.phone === null ? {} : { phone: subject.phone }),
      ...(subject.clientIds.length > 0 ? { clientIds: subject.clientIds } : {}),
    };
    const [referral, notify] = await Promise.all([
      this.deps.peers.exportOwn("referral", asked, bearerToken),
      this.deps.peers.exportOwn("notify", asked, bearerToken),
    ]);
    const booking = await this.deps.exportOwn.execute(input, staff, "privacy.export");
    return {
      generatedAt: this.deps.clock().toISOString(),
      subject: booking.subject,
      booking,
      referral,
      notify,
    };
  }
}
