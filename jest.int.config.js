// Integration tier: `*.int.test.ts` against REAL Kafka and the REAL database.
// globalSetup starts the local infrastructure once per run (or uses
// KAFKA_BROKERS / MONGO_URL when given); each suite isolates its own topics
// and databases through @counselling/testkit.
const path = require("node:path");
const shared = require("./jest.shared.js");
module.exports = {
  ...shared,
  displayName: "int",
  testMatch: ["**/src/**/*.int.test.ts", "<rootDir>/scripts/**/*.int.test.ts"],
  globalSetup: path.join(__dirname, "packages/testkit/src/jest-global-setup.ts"),
  globalTeardown: path.join(__dirname, "packages/testkit/src/jest-global-teardown.ts"),
  testTimeout: 60_000,
  maxWorkers: 2,
};
