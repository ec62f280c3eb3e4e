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
