import { createLogger } from "@counselling/platform";
import { type Directory, DirectorySchema } from "../../../domain/directory/directory";
import { aDirectory, anOrganisation } from "../../../domain/directory/directory.mother";
import { type DirectorySource, RefreshingDirectoryReader } from "./refreshing-directory.reader";

/** A source whose directory and stamp the test changes by hand, counting the loads. */
function fakeSource(initial: Directory) {
  const state = { directory: initial, stamp: "1", loads: 0, failing: false };
  const source: DirectorySource = {
    revisionStamp: () =>
      state.failing ? Promise.reject(new Error("db down")) : Promise.resolve(state.stamp),
    loadAll: () => {
      state.loads += 1;
      return Promise.resolve(state.directory);
    },
  };
  return { state, source };
}

const renamed = (name: string) =>
  DirectorySchema.parse(aDirectory({ organisations: [anOrganisation({ name })] }));
const logger = createLogger({ service: "test", level: "silent" });

describe("RefreshingDirectoryReader", () => {
  it("refuses reads before start, so that a replica never serves an empty directory", () => {
    const reader = new RefreshingDirectoryReader({ source: fakeSource(renamed("A")).source, logger });
    expect(() => reader.organisation("org-test")).toThrow("before start()");
  });

  it("reloads only when the stamp changed, and keeps the last snapshot when a refresh fails", async () => {
    const { state, source } = fakeSource(renamed("A"));
    const reader = new RefreshingDirectoryReader({ source, logger, intervalMs: 60_000 });
    await reader.start();
    expect(reader.organisation("org-test")?.name).toBe("A");

    state.directory = renamed("B");
    await reader.refreshNow();
    expect(state.loads).toBe(1); // same stamp: nothing reloaded
    expect(reader.organisation("org-test")?.name).toBe("A");

    state.stamp = "2";
    await reader.refreshNow();
    expect(state.loads).toBe(2);
    expect(reader.organisation("org-test")?.name).toBe("B");

    state.failing = true;
    state.stamp = "3";
    await expect(reader.refreshNow()).resolves.toBeUndefined();
    expect(reader.organisation("org-test")?.name).toBe("B");
    await reader.stop();
  });
});
