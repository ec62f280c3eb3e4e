/** Composition root of the booking service: adapters wired into use cases, run by the shared runtime. */
import { runServiceMain } from "@counselling/platform";
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
import { loadBookingConfig } from "./config";
import { DirectorySchema } from "./domain/directory/directory";
import { demoDirectory } from "./seed/demo-directory";

runServiceMain("booking", loadBookingConfig, ({ db }, config) => {
  const database = db.getClient().db(config.MONGO_DB);
  const appointments = database.collection<AppointmentDocument>("appointments");
  // The directory is the demo seed until the admin procedures store it (next step of issue 3).
  const directory = new InMemoryDirectoryReader(DirectorySchema.parse(demoDirectory));
  const bookAppointment = new BookAppointment({
    directory,
    claims: new MongoResourceClaims(database.collection<ClaimDocument>("resource_claims")),
    appointments: new MongoAppointmentRepository(appointments),
    clock: () => new Date(),
    manageBaseUrl: config.PUBLIC_MANAGE_URL,
  });
  return {
    router: createBookingRouter({ bookAppointment }),
    outboxCollections: [database.collection("appointments")],
    consumers: [],
  };
});
