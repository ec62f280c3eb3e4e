import { Writable } from "node:stream";
import pino from "pino";
import { createLogger } from "./create-logger";

describe("logger redaction", () => {
  it("censors personal data at the top level and nested, and keeps ids", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger({ service: "test", level: "info" }, sink);
    logger.info(
      {
        appointmentId: "a-1",
        phone: "+4915112345678",
        client: { name: "Amina K.", phone: "+4915112345678" },
      },
      "booked",
    );
    const line = lines.join("");
    expect(line).toContain("a-1");
    expect(line).not.toContain("+4915112345678");
    expect(line).not.toContain("Amina");
    expect(pino.levels.values.info).toBe(30);
  });
});
