import { aRoom } from "./directory.mother";
import { RoomSchema } from "./room";

const messages = (value: unknown) =>
  RoomSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("Room", () => {
  it("accepts a room of a location", () => {
    expect(RoomSchema.safeParse(aRoom()).success).toBe(true);
  });

  it("refuses capacities that are not a sensible whole number of people", () => {
    expect(messages(aRoom({ capacity: 0 }))).toEqual(["A room holds at least one person"]);
    expect(messages(aRoom({ capacity: 2.5 }))).toEqual(["A room's capacity is a whole number of people"]);
    expect(messages(aRoom({ capacity: 1000 }))).toEqual(["A room holds at most 200 people"]);
  });

  it("refuses a location id of the wrong kind", () => {
    expect(RoomSchema.safeParse(aRoom({ locationId: "org-test" })).success).toBe(false);
  });
});
