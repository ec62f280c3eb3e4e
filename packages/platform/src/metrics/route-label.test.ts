import { methodLabelOf, routeLabelOf, statusClassOf } from "./route-label";

describe("HTTP metric labels", () => {
  const procedures = new Set(["appointments.book", "slots.list"]);

  it("names tRPC calls by procedure path, never by what the client sent", () => {
    expect(routeLabelOf("/trpc/appointments.book", undefined, procedures)).toBe("appointments.book");
    expect(routeLabelOf("/trpc/appointments.book,slots.list", undefined, procedures)).toBe("/trpc/(batch)");
    expect(routeLabelOf("/trpc/..%2F..%2Fetc%2Fpasswd", undefined, procedures)).toBe("/trpc/(unknown)");
    expect(routeLabelOf("/trpc/4f1c2a9e-token", undefined, procedures)).toBe("/trpc/(unknown)");
  });

  it("names plain routes by their pattern, and unmatched requests as one series", () => {
    expect(routeLabelOf("/calendar/feeds/abc123secret.ics", "/calendar/feeds/:file", procedures)).toBe(
      "/calendar/feeds/:file",
    );
    expect(routeLabelOf("/wp-admin/setup.php", undefined, procedures)).toBe("(unmatched)");
  });

  it("bounds methods and status codes", () => {
    expect(methodLabelOf("POST")).toBe("POST");
    expect(methodLabelOf("PROPFIND")).toBe("OTHER");
    expect(statusClassOf(200)).toBe("2xx");
    expect(statusClassOf(429)).toBe("4xx");
    expect(statusClassOf(503)).toBe("5xx");
    expect(statusClassOf(999)).toBe("other");
  });
});
