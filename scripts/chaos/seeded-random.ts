/**
 * A small seeded pseudo-random generator (mulberry32) for the chaos test: the same seed
 * gives the same choices (which process dies when, which slot a client wants), so a
 * failing run can be replayed with CHAOS_SEED. Timing on a real machine still varies, so
 * a replay repeats the plan, not every interleaving.
 */
export interface SeededRandom {
  readonly seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A child generator with its own stream (so concurrent flows don't shift each other's choices). */
  fork(label: string): SeededRandom;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const random: SeededRandom = {
    seed,
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as T;
    },
    fork: (label) => seededRandom(hash(`${seed}:${label}`)),
  };
  return random;
}

/** CHAOS_SEED when given (to replay a run), else a fresh one. */
export function chaosSeedFrom(value: string | undefined): number {
  if (value !== undefined && value.trim() !== "") {
    const seed = Number(value);
    if (!Number.isInteger(seed) || seed < 0) throw new Error(`CHAOS_SEED must be a non-negative integer`);
    return seed >>> 0;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

function hash(text: string): number {
  let h = 2_166_136_261;
  for (let index = 0; index < text.length; index++) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 16_777_619);
  }
  return h >>> 0;
}
