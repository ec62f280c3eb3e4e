import { GroupCommit } from "./group-commit";

/** A write that records its batches and finishes when the test says so. */
function recordingWrite() {
  const batches: number[][] = [];
  const pending: Array<() => void> = [];
  const write = (batch: number[]) =>
    new Promise<Array<number | Error>>((resolve) => {
      batches.push(batch);
      pending.push(() =>
        resolve(batch.map((request) => (request < 0 ? new Error("refused") : request * 10))),
      );
    });
  const finishNext = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    pending.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { batches, write, finishNext };
}

describe("group commit", () => {
  it("writes a lone request at once, and the requests that arrive meanwhile together in the next write", async () => {
    const { batches, write, finishNext } = recordingWrite();
    const commits = new GroupCommit(write, 100);
    const first = commits.submit(1);
    const later = [commits.submit(2), commits.submit(3), commits.submit(4)];
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[1]]);
    await finishNext();
    expect(await first).toBe(10);
    expect(batches).toEqual([[1], [2, 3, 4]]);
    await finishNext();
    expect(await Promise.all(later)).toEqual([20, 30, 40]);
  });

  it("fails only the request whose result is an error", async () => {
    const { write, finishNext } = recordingWrite();
    const commits = new GroupCommit(write, 100);
    await Promise.all([commits.submit(0), finishNext()]);
    const ok = commits.submit(5);
    const refused = commits.submit(-1).catch((error: unknown) => error);
    await finishNext();
    await finishNext();
    await expect(ok).resolves.toBe(50);
    expect(await refused).toEqual(new Error("refused"));
  });

  it("fails every request of a batch whose write throws", async () => {
    const commits = new GroupCommit<number, number>(() => Promise.reject(new Error("database down")), 100);
    await expect(Promise.all([commits.submit(1), commits.submit(2)])).rejects.toThrow("database down");
    await expect(commits.submit(3)).rejects.toThrow("database down");
  });

  it("keeps batches within the weight limit, and a heavier request still goes out alone", async () => {
    const { batches, write, finishNext } = recordingWrite();
    const commits = new GroupCommit(write, 10, (request: number) => request);
    const requests = [
      commits.submit(1),
      commits.submit(4),
      commits.submit(5),
      commits.submit(3),
      commits.submit(12),
    ];
    for (let round = 0; round < 4; round++) await finishNext();
    await Promise.all(requests);
    expect(batches).toEqual([[1], [4, 5], [3], [12]]);
  });

  it("fails the batch of a write that throws at once, and goes on with the next", async () => {
    let calls = 0;
    const commits = new GroupCommit<number, number>((batch) => {
      calls++;
      if (calls === 1) throw new Error("bad command");
      return Promise.resolve(batch);
    }, 100);
    await expect(commits.submit(1)).rejects.toThrow("bad command");
    await expect(commits.submit(2)).resolves.toBe(2);
  });
});
