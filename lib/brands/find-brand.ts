import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { type Brand, brands } from "../../db/schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findBrandById(db: Executor, id: string, options: { lock?: boolean } = {}): Promise<Brand | null> {
  if (!UUID.test(id)) return null;
  const query = db.select().from(brands).where(eq(brands.id, id));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

export async function findBrandBySlug(db: Executor, slug: string): Promise<Brand | null> {
  const [row] = await db.select().from(brands).where(sql`lower(${brands.slug}) = ${slug.toLowerCase()}`);
  return row ?? null;
}
