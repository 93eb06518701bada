import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export const dynamic = "force-dynamic";

// Ready only when PostgreSQL answers; load balancers and Playwright wait on it.
export async function GET() {
  try {
    await getDb().execute(sql`select 1`);
    return Response.json({ status: "ok", database: "up" });
  } catch {
    return Response.json({ status: "unavailable", database: "down" }, { status: 503 });
  }
}
