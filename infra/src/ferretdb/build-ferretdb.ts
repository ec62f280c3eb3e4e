import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FERRETDB_VERSION, ferretdbBinary } from "../infra-paths";
import { runCommand } from "../process/run-command";

interface GoModDownload {
  Dir?: string;
  Error?: string;
}

/**
 * Builds FerretDB from its Go module, once per version.
 *
 * `go install .../cmd/ferretdb@v1.24.2` compiles but panics at start: the
 * generated build/version/version.txt is not part of the module. So we copy the
 * module source, write that file, fix its `_id` lookups so they use the `_id` index
 * (see `useTheIdIndex`), and build with CGO off (the SQLite backend is pure Go).
 */
export async function buildFerretdb(log: (line: string) => void = console.log): Promise<string> {
  const binary = ferretdbBinary();
  if (fs.existsSync(binary)) return binary;

  log(`building FerretDB ${FERRETDB_VERSION} from the Go module proxy into ${binary} ...`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "ferretdb-build-"));
  try {
    await runCommand("go", ["mod", "init", "ferretdb-fetch"], { cwd: work });
    const json = await runCommand(
      "go",
      ["mod", "download", "-json", `github.com/FerretDB/FerretDB@${FERRETDB_VERSION}`],
      {
        cwd: work,
      },
    );
    const module = JSON.parse(json) as GoModDownload;
    if (!module.Dir) throw new Error(`go mod download gave no source: ${module.Error ?? json}`);

    const source = path.join(work, "src");
    fs.cpSync(module.Dir, source, { recursive: true });
    fs.chmodSync(source, 0o755);
    makeWritable(source);
    fs.writeFileSync(path.join(source, "build", "version", "version.txt"), `${FERRETDB_VERSION}\n`);
    useTheIdIndex(source);

    fs.mkdirSync(path.dirname(binary), { recursive: true });
    const staging = `${binary}.partial-${process.pid}`;
    await runCommand("go", ["build", "-trimpath", "-o", staging, "./cmd/ferretdb"], {
      cwd: source,
      env: { ...process.env, CGO_ENABLED: "0", GOFLAGS: "-mod=mod" },
    });
    fs.renameSync(staging, binary);
    return binary;
  } catch (error) {
    throw new Error(`could not build FerretDB (needs Go 1.24+ and the Go module proxy): ${String(error)}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * FerretDB v1.24.2's SQLite backend looks documents up by `_ferretdb_sjson->'$._id'` while
 * its unique `_id` index is on `_ferretdb_sjson->"_id"`. SQLite only uses an index for the
 * very same expression, so every find, update and delete by `_id` scanned the whole table
 * (measured: 20 ms at 3,000 documents, growing with the collection; 1–2 ms with this fix).
 * Both expressions name the same value (a bare label means `$.label`), so writing the
 * lookup as `->'_id'` changes no result and lets SQLite use the index. ADR 0043.
 */
function useTheIdIndex(source: string): void {
  const file = path.join(source, "internal", "backends", "sqlite", "metadata", "metadata.go");
  const original = `IDColumn = DefaultColumn + "->'$._id'"`;
  const text = fs.readFileSync(file, "utf8");
  if (!text.includes(original)) throw new Error(`FerretDB source changed: ${original} not found in ${file}`);
  fs.writeFileSync(file, text.replace(original, `IDColumn = DefaultColumn + "->'_id'"`));
}

/** The module cache is read-only; the copy must accept the generated file. */
function makeWritable(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    fs.chmodSync(full, entry.isDirectory() ? 0o755 : 0o644);
    if (entry.isDirectory()) makeWritable(full);
  }
}
