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
 * module source, write that file, apply our fixes (`SOURCE_FIXES`: `_id` lookups that use
 * the `_id` index, cursors closed when their first batch fails), and build with CGO off
 * (the SQLite backend is pure Go).
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
    applySourceFixes(source);

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

/** A change to FerretDB's source: the exact text it replaces, so a moved line fails the build. */
interface SourceFix {
  file: string[];
  original: string;
  fixed: string;
}

/**
 * Our fixes of FerretDB v1.24.2 (ADR 43), each a line or two:
 *
 * 1. Its SQLite backend looks documents up by `_ferretdb_sjson->'$._id'` while its unique
 *    `_id` index is on `_ferretdb_sjson->"_id"`. SQLite only uses an index for the very same
 *    expression, so every find, update and delete by `_id` scanned the whole table
 *    (20 ms at 3,000 documents, growing; 1–2 ms with the fix). Both name the same value
 *    (a bare label means `$.label`), so no result changes.
 * 2. A find or aggregate whose first batch fails (a read that hits SQLITE_BUSY while the
 *    database recovers after a restart, say) returned the error without closing the
 *    cursor it had opened: the cursor kept its SQLite connection for as long as the client
 *    connection lived, and the client never learnt its id to kill it. After 100 such
 *    failures the pool of 100 connections was gone and the database answered nothing (the
 *    chaos test's database restart, goroutine dump: 100 open cursors, 167 queries waiting
 *    for a connection). The fix closes the cursor before returning the error.
 * 3. Each open cursor holds one of the database's 100 SQLite connections until the client
 *    asks for the next batch, and a client asks with a connection from its own pool. With
 *    many finds of more than the default first batch (101 documents) in flight, the two
 *    pools wait for each other: the database's connections are held by cursors waiting
 *    for getMores that wait for a client connection, and the client's connections wait
 *    for a database connection (the chaos test after a database restart, goroutine dump:
 *    100 open cursors). A first batch of up to 10,000 documents (where the client asks
 *    for no size) answers our finds in one reply, so the cursor closes at once.
 */
const SOURCE_FIXES: SourceFix[] = [
  {
    file: ["internal", "backends", "sqlite", "metadata", "metadata.go"],
    original: `IDColumn = DefaultColumn + "->'$._id'"`,
    fixed: `IDColumn = DefaultColumn + "->'_id'"`,
  },
  {
    file: ["internal", "handler", "msg_find.go"],
    original: `docs, err := iterator.ConsumeValuesN(c, int(params.BatchSize))
	if err != nil {
		return nil,`,
    fixed: `docs, err := iterator.ConsumeValuesN(c, int(params.BatchSize))
	if err != nil {
		c.Close()
		return nil,`,
  },
  {
    file: ["internal", "handler", "msg_aggregate.go"],
    original: `docs, err := iterator.ConsumeValuesN(cursor, int(batchSize))
	if err != nil {
		return nil,`,
    fixed: `docs, err := iterator.ConsumeValuesN(cursor, int(batchSize))
	if err != nil {
		cursor.Close()
		return nil,`,
  },
  {
    file: ["internal", "handler", "common", "find.go"],
    original: `params := FindParams{
		BatchSize: 101,
	}`,
    fixed: `params := FindParams{
		BatchSize: 10000,
	}`,
  },
];

function applySourceFixes(source: string): void {
  for (const fix of SOURCE_FIXES) {
    const file = path.join(source, ...fix.file);
    const text = fs.readFileSync(file, "utf8");
    if (!text.includes(fix.original))
      throw new Error(`FerretDB source changed: not found in ${file}: ${fix.original}`);
    fs.writeFileSync(file, text.replace(fix.original, fix.fixed));
  }
}

/** The module cache is read-only; the copy must accept the generated file. */
function makeWritable(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    fs.chmodSync(full, entry.isDirectory() ? 0o755 : 0o644);
    if (entry.isDirectory()) makeWritable(full);
  }
}
