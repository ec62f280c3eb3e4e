import type { Logger } from "@counselling/platform";
import type { DirectorySnapshotRefresh } from "../../../application/directory-admin/directory-store.port";
import type { DirectoryReader } from "../../../application/ports/directory-reader.port";
import type { Directory } from "../../../domain/directory/directory";
import { InMemoryDirectoryReader } from "./in-memory-directory.reader";

/** What the reader reloads from (MongoDirectoryStore is one). */
export interface DirectorySource {
  loadAll(): Promise<Directory>;
  /** Changes whenever the directory does; cheap to ask. */
  revisionStamp(): Promise<string>;
}

export interface RefreshingDirectoryReaderOptions {
  source: DirectorySource;
  logger: Logger;
  /** How often the stamp is checked; an edit on another replica shows here within this time. */
  intervalMs?: number;
}

/**
 * The stored directory as the synchronous DirectoryReader the use cases need: an
 * in-memory snapshot, replaced as a whole when the store's revision stamp changes.
 *
 * Why a snapshot up to `intervalMs` old is safe: the directory only says what may be
 * offered (hours, rooms, languages). Whether a time is still free is decided by the
 * resource claims in the database on every booking, never by this snapshot, so a stale
 * read can at worst offer or accept a slot by rules one interval old (e.g. a counsellor's
 * hours changed a few seconds ago), never double-book. A save refreshes its own replica
 * at once (`refreshNow`); every other replica sees it within `intervalMs`.
 */
export class RefreshingDirectoryReader implements DirectoryReader, DirectorySnapshotRefresh {
  private snapshot: { directory: Directory; reader: InMemoryDirectoryReader; stamp: string } | undefined;
  /** Refreshes run one after the other, so an older load never replaces a newer one. */
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;

  constructor(private readonly options: RefreshingDirectoryReaderOptions) {}

  /** Loads the directory once (failing loudly), then keeps it fresh. Call before serving. */
  async start(): Promise<void> {
    await this.enqueue(() => this.reloadIfChanged());
    this.timer ??= setInterval(() => {
      // A slow database must not pile up ticks; the next one comes soon enough.
      if (this.ticking) return;
      this.ticking = true;
      void this.refreshNow().finally(() => (this.ticking = false));
    }, this.options.intervalMs ?? 5_000);
    // The refresh alone must not keep a stopping process alive.
    this.timer.unref();
  }

  /** After a local write, or when something must be current now. Never rejects; failures are logged and retried by the next tick. */
  async refreshNow(): Promise<void> {
    try {
      await this.enqueue(() => this.reloadIfChanged());
    } catch (error) {
      this.options.logger.error({ err: error }, "directory refresh failed; the next tick retries");
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.queue;
  }

  /** The whole directory as currently held (a new object after every reload). */
  current(): Directory {
    return this.loaded().directory;
  }

  organisation(id: string) {
    return this.loaded().reader.organisation(id);
  }
  location(id: string) {
    return this.loaded().reader.location(id);
  }
  service(id: string) {
    return this.loaded().reader.service(id);
  }
  counsellor(id: string) {
    return this.loaded().reader.counsellor(id);
  }
  counsellorsOf(serviceId: string) {
    return this.loaded().reader.counsellorsOf(serviceId);
  }
  roomsAt(locationId: string) {
    return this.loaded().reader.roomsAt(locationId);
  }
  interpreters() {
    return this.loaded().reader.interpreters();
  }

  private loaded() {
    if (!this.snapshot) throw new Error("RefreshingDirectoryReader used before start()");
    return this.snapshot;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async reloadIfChanged(): Promise<void> {
    // The stamp is read before the load: a write in between changes the stamp again,
    // so the next check reloads instead of keeping a snapshot that missed it.
    const stamp = await this.options.source.revisionStamp();
    if (stamp === this.snapshot?.stamp) return;
    const directory = await this.options.source.loadAll();
    this.snapshot = { directory, reader: new InMemoryDirectoryReader(directory), stamp };
    this.options.logger.info({ stamp }, "directory loaded");
  }
}
