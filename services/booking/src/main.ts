/** Composition root of the booking service: adapters wired into use cases, run by the shared runtime. */
import { PeriodicJob, runServiceMain, StaffTokens, staffTokenSecretOf } from "@counselling/platform";
import { createBookingRouter } from "./adapters/inbound/trpc/booking.router";
import { InMemoryDirectoryReader } from "./adapters/outbound/directory/in-memory-directory.reader";
import {
  type AppointmentDocument,
  MongoAppointmentRepository,
} from "./adapters/outbound/mongo/mongo-appointment.repository";
import {
  type ClaimDocument,
  MongoResourceClaims,
} from "./adapters/outbound/mongo/mongo-resource-claims.repository";
import { BookAppointment } from "./application/book-appointment/book-appointment.use-case";
import { CancelAppointment } from "./application/cancel-appointment/cancel-appointment.use-case";
import { FindFreeSlots } from "./application/find-free-slots/find-free-slots.use-case";
import { LocationDay } from "./application/reception/location-day.use-case";
import { RecordAttendance } from "./application/reception/record-attendance.use-case";
import { RescheduleAppointment } from "./application/reschedule-appointment/reschedule-appointment.use-case";
import { SweepOrphanClaims } from "./application/sweep-orphan-claims/sweep-orphan-claims.use-case";
import { loadBookingConfig } from "./config";
import { DirectorySchema } from "./domain/directory/directory";
import { demoDirectory } from "./seed/demo-directory";

runServiceMain("booking", loadBookingConfig, ({ db, logger }, config) => {
  const database = db.getClient().db(config.MONGO_DB);
  const appointments = database.collection<AppointmentDocument>("appointments");
  // The directory is the demo seed until the admin procedures store it (next step of issue 3).
  const directory = new InMemoryDirectoryReader(DirectorySchema.parse(demoDirectory));
  const claims = new MongoResourceClaims(database.collection<ClaimDocument>("resource_claims"));
  const appointmentRepository = new MongoAppointmentRepository(appointments);
  const clock = () => new Date();
  const bookAppointment = new BookAppointment({
    directory,
    claims,
    appointments: appointmentRepository,
    clock,
    manageBaseUrl: config.PUBLIC_MANAGE_URL,
  });
  const cancelAppointment = new CancelAppointment({
    appointments: appointmentRepository,
    claims,
    clock,
    logger,
  });
  const sweepOrphanClaims = new SweepOrphanClaims({
    claims,
    appointments: appointmentRepository,
    clock,
    logger,
  });
  return {
    router: createBookingRouter({
      bookAppointment,
      cancelAppointment,
      findFreeSlots: new FindFreeSlots({ directory, claims, clock }),
      locationDay: new LocationDay({ appointments: appointmentRepository, directory }),
      recordAttendance: new RecordAttendance({ appointments: appointmentRepository, clock }),
      staffTokens: new StaffTokens(staffTokenSecretOf(config)),
      rescheduleAppointment: new RescheduleAppointment({
        directory,
        claims,
        appointments: appointmentRepository,
        clock,
        manageBaseUrl: config.PUBLIC_MANAGE_URL,
      }),
    }),
    outboxCollections: [database.collection("appointments")],
    publicProcedures: ["availability.", "appointments."],
    consumers: [],
    jobs: [
      new PeriodicJob({
        name: "sweep-orphan-claims",
        intervalMs: 60_000,
        leases: database.collection("job_leases"),
        logger,
        work: async () => {
          await sweepOrphanClaims.execute();
        },
      }),
    ],
  };
});
