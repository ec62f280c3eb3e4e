import type { SmsReplyReceivedV1Data } from "@counselling/contracts";
import type { Logger } from "@counselling/platform";
import type { Appointment } from "../../domain/appointment/appointment";
import type { CancelAppointment } from "../cancel-appointment/cancel-appointment.use-case";
import type { AppointmentRepository } from "../ports/appointment-repository.port";

/**
 * Acts on a client's SMS answer, as notify understood it: "confirm" marks the appointment
 * confirmed, "cancel" cancels it (freeing the time, telling the client by the usual
 * cancellation SMS). Replies to appointments that can no longer change (already
 * cancelled, over) are dropped: the client's intent is already true or too late.
 * "callback" is for reception and handled by notify. Safe to apply twice.
 */
export class ApplyClientReply {
  constructor(
    private readonly deps: {
      appointments: AppointmentRepository;
      cancelAppointment: CancelAppointment;
      logger: Logger;
    },
  ) {}

  async execute(reply: SmsReplyReceivedV1Data): Promise<void> {
    if (reply.intent !== "confirm" && reply.intent !== "cancel") return;
    const appointment = await this.deps.appointments.findById(reply.appointmentId);
    if (!appointment || appointment.status !== "booked") {
      this.deps.logger.info(
        {
          appointmentId: reply.appointmentId,
          intent: reply.intent,
          status: appointment?.status ?? "unknown",
        },
        "client reply not applicable",
      );
      return;
    }
    // A CONFLICT (changed meanwhile, e.g. reception cancelled) propagates: the consumer
    // retries and then sees the new state.
    if (reply.intent === "cancel") await this.deps.cancelAppointment.bySmsReply(appointment);
    else await this.confirm(appointment, new Date(reply.receivedAt));
  }

  private async confirm(appointment: Appointment, at: Date): Promise<void> {
    if (appointment.clientConfirmedAt) return;
    await this.deps.appointments.update({ ...appointment, clientConfirmedAt: at }, appointment.version, []);
  }
}
