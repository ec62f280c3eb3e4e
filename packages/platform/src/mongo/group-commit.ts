interface Waiting<TRequest, TResult> {
  request: TRequest;
  resolve: (result: TResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: requests that arrive while one write is on its way wait and go out together
 * in the next one; an idle queue writes at once, so a lone request waits for nothing. On
 * FerretDB v1 every command costs a commit (an fsync) whatever it carries, so this is how
 * concurrent writers share them (ADR 0043). There is no timeout of its own: a write given up
 * on may still land, and its callers would undo what happened (the chaos test caught that);
 * the driver's socket timeout ends a write that never answers.
 */
export class GroupCommit<TRequest, TResult> {
  private readonly waiting: Waiting<TRequest, TResult>[] = [];
  private writing = false;

  /**
   * @param write writes a batch; returns one result per request, in order (or throws: every
   *   request of the batch then fails with that error)
   * @param weightOf how much of `maxWeight` a request takes (documents, say)
   */
  constructor(
    private readonly write: (batch: TRequest[]) => Promise<Array<TResult | Error>>,
    private readonly maxWeight: number,
    private readonly weightOf: (request: TRequest) => number = () => 1,
  ) {}

  submit(request: TRequest): Promise<TResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      void this.writeWaiting();
    });
  }

  private async writeWaiting(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.waiting.length > 0) await this.writeBatch(this.takeBatch());
    } finally {
      this.writing = false;
    }
  }

  private takeBatch(): Waiting<TRequest, TResult>[] {
    const batch: Waiting<TRequest, TResult>[] = [];
    let weight = 0;
    for (let next = this.waiting[0]; next; next = this.waiting[0]) {
      const nextWeight = this.weightOf(next.request);
      if (batch.length > 0 && weight + nextWeight > this.maxWeight) break;
      batch.push(next);
      weight += nextWeight;
      this.waiting.shift();
    }
    return batch;
  }

  private async writeBatch(batch: Waiting<TRequest, TResult>[]): Promise<void> {
    try {
      // Through a promise, so a write that throws at once fails its batch, not the queue.
      const results = await Promise.resolve().then(() => this.write(batch.map((waiting) => waiting.request)));
      batch.forEach((waiting, index) => {
        const result = results[index];
        if (result instanceof Error) waiting.reject(result);
        else waiting.resolve(result as TResult);
      });
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}
