import { manageTokenFromHash } from "./manage-link";

describe("manageTokenFromHash", () => {
  it("takes booking's base64url secret from the fragment", () => {
    const token = "BqP5-Pi7_48GQTM0qzHRiJb_v5_oYIPMmbOGVoZE123";
    expect(manageTokenFromHash(`#${token}`)).toBe(token);
  });

  it("refuses a missing or cut-off secret", () => {
    expect(manageTokenFromHash("")).toBeNull();
    expect(manageTokenFromHash("#BqP5")).toBeNull();
    expect(manageTokenFromHash("#abc def ghi jkl mno pqr")).toBeNull();
  });
});
