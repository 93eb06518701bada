import { execFileSync, spawn } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningPostgres, startEmbeddedPostgres } from "./embedded-postgres";

let parent: string;
let dataDir: string;
let port: number;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

async function postmasterPid(): Promise<number> {
  return Number((await readFile(join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
}

async function selectOne(url: string): Promise<unknown> {
  const sql = postgres(url, { max: 1 });
  try {
    return await sql`select 1 as one`;
  } finally {
    await sql.end();
  }
}

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), "peerdesk-pg-"));
  // mkdtemp makes a 0700 dir; the postgres OS user must be able to enter it.
  await chmod(parent, 0o755);
  dataDir = join(parent, "data");
  port = await freePort();
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe("startEmbeddedPostgres", () => {
  it("takes over a data dir whose postmaster outlived its wrapper", async () => {
    const orphan = await startEmbeddedPostgres({ dataDir, port });
    const orphanPid = await postmasterPid();
    let restarted: RunningPostgres | undefined;
    try {
      // Starting again without stopping is what a restart after `kill -9` of the wrapper looks like.
      restarted = await startEmbeddedPostgres({ dataDir, port });
      expect(await postmasterPid()).not.toBe(orphanPid);
      expect(await selectOne(restarted.url)).toEqual([{ one: 1 }]);
    } finally {
      await restarted?.stop();
      await orphan.stop();
    }
  });

  it("clears a postmaster.pid whose pid now belongs to an unrelated process", async () => {
    // Same OS user as postgres, or postgres's own check would already see it as stale (EPERM).
    const unrelated = spawn("sleep", ["30"], process.getuid?.() === 0 ? postgresIds() : {});
    await writeFile(join(dataDir, "postmaster.pid"), `${unrelated.pid}\n`);
    try {
      const pg = await startEmbeddedPostgres({ dataDir, port });
      try {
        expect(await selectOne(pg.url)).toEqual([{ one: 1 }]);
      } finally {
        await pg.stop();
      }
    } finally {
      unrelated.kill();
    }
  });
});
