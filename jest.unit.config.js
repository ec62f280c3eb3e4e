// Unit tier: pure logic, `*.test.ts` beside the code, no broker, no database.
const shared = require("./jest.shared.js");
module.exports = {
  ...shared,
  displayName: "unit",
  testMatch: ["**/src/**/*.test.ts"],
  testPathIgnorePatterns: [...shared.testPathIgnorePatterns, "\\.int\\.test\\.ts$"],
};
