/**
 * A numeric interval [start, end): epoch milliseconds for instants, minutes after local
 * midnight for wall-clock hours. Half-open so that back-to-back intervals touch without
 * overlapping: a booking ending at 10:00 leaves 10:00 free for the next one.
 */
export interface HalfOpenInterval {
  readonly start: number;
  readonly end: number;
}
