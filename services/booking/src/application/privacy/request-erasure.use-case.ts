import { randomUUID } from "node:crypto";
import { PrivacyErasureRequestedV1 } from "@counselling/contracts";
import {
  authorizeDataProtectionOfficer,
  newEnvelope,
  type StaffPrincipal,
  staffActorOf,
} from "@counselling/platform";
import type { ErasureRequest } from "../../domain/privacy/erasure-request";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { ErasureRequests } from "../ports/erasure-requests.port";
import type { PersonalDataAccessRecorder, PhoneIndexing } from "../ports/personal-data.port";
import type { WaitlistRepository } from "../ports/waitlist-repository.port";
import { type PrivacySubjectInput, privacySubjectOf } from "./privacy-subject";

export interface RequestErasureDependencies {
  requests: ErasureRequests;
  appointments: AppointmentRepository;
  waitlist: WaitlistRepository;
  phoneIndex: PhoneIndexing;
  accessLog: PersonalDataAccessRecorder;
  clock: () => Date;
}

/**
 * The data protection officer asks to erase a person everywhere (DSG-EKD § 21, GDPR
 * Art. 17): booking records the request and, in the same write, the
 * `privacy.erasure_requested` event every service (booking's own consumer too) acts on
 * and confirms. The phone travels only as its index. The request names, besides the
 * client ids the DPO gave, those of the person's records booking holds: other services
 * keep copies under those keys (notify's texts about an appointment).
 */
export class RequestErasure {
  constructor(private readonly deps: RequestErasureDependencies) {}

  async execute(input: PrivacySubjectInput, staff: StaffPrincipal): Promise<{ requestId: string }> {
    authorizeDataProtectionOfficer(staff);
    const subject = privacySubjectOf(input, this.deps.phoneIndex);
    const requestId = randomUUID();
    const now = this.deps.clock();
    const person = { phoneIndex: subject.phoneIndex, clientIds: subject.clientIds };
    const [appointments, entries] = await Promise.all([
      this.deps.appointments.findOfPerson(person),
      this.deps.waitlist.findOfPerson(person),
    ]);
    const clientIds = [
      ...new Set([
        ...subject.clientIds,
        ...appointments.map((appointment) => appointment.details.client.clientId),
        ...entries.map((entry) => entry.client.clientId),
      ]),
    ];
    const request: ErasureRequest = {
      requestId,
      phoneIndex: subject.phoneIndex,
      clientIds,
      requestedBy: staffActorOf(staff),
      requestedAt: now,
      confirmations: {},
    };
    await this.deps.accessLog.record(staff, {
      action: "erase",
      procedure: "privacy.requestErasure",
      purpose: "erase the person's data in every service at their request",
      clientIds,
      recordIds: [
        requestId,
        ...appointments.map((appointment) => appointment.details.appointmentId),
        ...entries.map((entry) => entry.entryId),
      ],
      fields: ["name", "phone"],
    });
    const event = newEnvelope(PrivacyErasureRequestedV1, {
      subject: requestId,
      source: "booking",
      occurredAt: now,
      data: {
        requestId,
        phoneIndex: request.phoneIndex,
        clientIds: request.clientIds,
        requestedBy: request.requestedBy,
        at: now.toISOString(),
      },
    });
    await this.deps.requests.insert(request, [{ topic: PrivacyErasureRequestedV1.topic, envelope: event }]);
    return { requestId };
  }
}
