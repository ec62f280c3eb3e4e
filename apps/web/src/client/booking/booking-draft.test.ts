import type { BookableService, SlotOffer } from "../../api/service-types";
import { type BookingDraft, emptyContact, reachableStep } from "./booking-draft";

const empty: BookingDraft = {
  talkLanguage: "ar",
  service: null,
  channel: null,
  locationId: null,
  offer: null,
  contact: emptyContact,
  result: null,
};

describe("reachableStep", () => {
  it("sends a reloaded or hand-edited URL back to the first open question", () => {
    expect(reachableStep("details", empty)).toBe("service");
    const withService = { ...empty, service: {} as BookableService };
    expect(reachableStep("time", withService)).toBe("place");
    expect(reachableStep("service", withService)).toBe("service");
  });

  it("lets a client go back to any answered step", () => {
    const ready = {
      ...empty,
      service: {} as BookableService,
      channel: "in_person" as const,
      offer: {} as SlotOffer,
    };
    expect(reachableStep("place", ready)).toBe("place");
    expect(reachableStep("details", ready)).toBe("details");
  });
});
