import { authorizeDataProtectionOfficer, type StaffPrincipal } from "@counselling/platform";
import { distinct } from "../../domain/privacy/distinct";
import {
  type PersonalDataAccessRecorder,
  type PersonalDataCipher,
  type PhoneIndexOf,
} from "../ports/personal-data.port";
import { type PersonalRecords } from "../ports/personal-records.port";
import { exportOf } from "./notify-export";

export interface ExportRequest {
  /** E.164; found by its phone index, never stored. */
  phone?: string;
  clientIds?: string[];
}

export type NotifyExport = Awaited<ReturnType<ExportOwnData["execute"]>>;

/**
 * The data protection officer's "what do you hold about me?" for notify (ADR 0011 § 8):
 * every record of the keys named or found by the phone index, opened, and nothing of
 * anyone else. Recorded as an export in the access log before it is answered.
 */
export class ExportOwnData {
  constructor(
    private readonly deps: {
      records: PersonalRecords;
      cipher: PersonalDataCipher;
      phoneIndex: PhoneIndexOf;
      accessLog: PersonalDataAccessRecorder;
      clock: () => Date;
    },
  ) {}

  async execute(dpo: StaffPrincipal, request: ExportRequest) {
    authorizeDataProtectionOfficer(dpo);
    const byPhone = request.phone
      ? await this.deps.records.clientIdsWithPhoneIndex(this.deps.phoneIndex.of(request.phone))
      : [];
    const clientIds = distinct([...(request.clientIds ?? []), ...byPhone]);
    const held = await this.deps.records.heldFor(clientIds);
    const exported = await exportOf(this.deps.cipher, held);
    await this.deps.accessLog.record(dpo, {
      action: "export",
      procedure: "privacy.exportOwn",
      purpose: "answer the client's request for access to their data (DSG-EKD § 19)",
      clientIds: distinct([
        ...held.appointments.map((record) => record.clientId),
        ...held.messages.map((record) => record.clientId),
        ...held.replies.map((record) => record.clientId),
      ]),
      recordIds: [
        ...held.appointments.map((record) => record._id),
        ...held.messages.map((record) => record._id),
        ...held.replies.map((record) => record._id),
      ],
      fields: ["name", "phone", "sms_text", "reply_text"],
    });
    return {
      service: "notify" as const,
      exportedAt: this.deps.clock().toISOString(),
      clientIds,
      ...exported,
    };
  }
}
