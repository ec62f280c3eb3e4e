import os from "node:os";
import type { BenchRow } from "./benchmark";

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const memory = Math.round(os.totalmem() / 1024 ** 3);
  return `${cpu}, ${os.cpus().length} cores, ${memory} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.versions.node}`;
}

function format(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  return value >= 100 ? Math.round(value).toLocaleString("en-US") : value.toFixed(1);
}

/** "× baseline" column: how this figure compares with the baseline row measured in the same run. */
function ratio(row: BenchRow, rows: BenchRow[]): string {
  if (!row.baseline) return "";
  const base = rows.find((candidate) => `${candidate.benchmark} · ${candidate.figure}` === row.baseline);
  if (!base) return "";
  return `${(row.value / base.value).toFixed(2)} × ${row.baseline}`;
}

export function markdownTable(rows: BenchRow[]): string {
  const lines = ["| benchmark | figure | value | unit | vs. baseline (same run) |", "|---|---|---:|---|---|"];
  for (const row of rows) {
    const note = row.note ? ` (${row.note})` : "";
    lines.push(
      `| ${row.benchmark} | ${row.figure}${note} | ${format(row.value)} | ${row.unit} | ${ratio(row, rows)} |`,
    );
  }
  return lines.join("\n");
}

function find(rows: BenchRow[], benchmark: string, figure: RegExp): BenchRow | undefined {
  return rows.find((row) => row.benchmark === benchmark && figure.test(row.figure));
}

function baselineOf(row: BenchRow, rows: BenchRow[]): number | undefined {
  return rows.find((candidate) => `${candidate.benchmark} · ${candidate.figure}` === row.baseline)?.value;
}

function verdict(met: boolean): string {
  return met ? "**met**" : "**not met**";
}

/** The issues' aims, judged on this run's figures (not written by hand, so they can't go stale). */
export function aimsOf(rows: BenchRow[]): string[] {
  const lines: string[] = [];
  const availability = find(rows, "availability", /p50$/);
  if (availability) {
    lines.push(
      `- Availability of 10 counsellors over 30 days, p50 under 10 ms: ${verdict(availability.value < 10)} (${format(availability.value)} ms).`,
    );
  }
  const booking = find(rows, "booking over HTTP", /^book, /);
  const rawInserts = booking && baselineOf(booking, rows);
  if (booking && rawInserts) {
    const share = booking.value / rawInserts;
    lines.push(
      `- Booking throughput at least half the raw insert rate: ${verdict(share >= 0.5)} (${format(booking.value)} requests/s, ${share.toFixed(2)}× of ${format(rawInserts)} inserts/s).`,
    );
  }
  const p50 = find(rows, "event to SMS", /p50/);
  const p99 = find(rows, "event to SMS", /p99/);
  const rawP50 = p50 && baselineOf(p50, rows);
  const rawP99 = p99 && baselineOf(p99, rows);
  if (p99) {
    lines.push(`- Event to SMS p99 under 250 ms: ${verdict(p99.value < 250)} (${format(p99.value)} ms).`);
  }
  if (p50 && p99 && rawP50 && rawP99) {
    const at50 = p50.value / rawP50;
    const at99 = p99.value / rawP99;
    lines.push(
      `- Event to SMS within 3× of the raw kafkajs round trip: ${verdict(at50 <= 3 && at99 <= 3)} (${at50.toFixed(1)}× at p50, ${at99.toFixed(1)}× at p99).`,
    );
  }
  return lines;
}
