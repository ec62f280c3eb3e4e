export interface CachedReadingOptions<T> {
  read: () => Promise<T>;
  /** A reading younger than this is served from the cache (scrapes come every 15–60 s; expensive reads). */
  ttlMs: number;
  /** A read taking longer is abandoned for this scrape: the previous reading (if any) is served. */
  timeoutMs: number;
  now?: () => number;
}

/**
 * An expensive reading for a metrics scrape (a collection scan, broker round trips):
 * cached for `ttlMs`, bounded in time, one read in flight however many scrapes arrive.
 * A failed or slow read yields the last good reading, or undefined before the first.
 */
export class CachedReading<T> {
  private value: T | undefined;
  private readAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: CachedReadingOptions<T>) {
    this.now = options.now ?? Date.now;
  }

  async get(): Promise<T | undefined> {
    if (this.now() - this.readAt < this.options.ttlMs) return this.value;
    this.inFlight ??= this.refresh().finally(() => (this.inFlight = undefined));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.options.timeoutMs);
    });
    await Promise.race([this.inFlight, timeout]);
    clearTimeout(timer);
    return this.value;
  }

  private async refresh(): Promise<void> {
    try {
      this.value = await this.options.read();
      this.readAt = this.now();
    } catch {
      // Keep the last good reading; the next scrape tries again.
    }
  }
}
