import type { Executor } from "../../db/client";
import type { SearchBackend } from "./backend";
import { createPostgresSearchBackend } from "./postgres/postgres-backend";

let warned = false;

// The search backend this deployment uses. PostgreSQL needs nothing more and is the default.
// Meilisearch plugs in here: when MEILI_URL (and MEILI_KEY) is set, return createMeilisearchBackend(…) from
// lib/search/meilisearch/ (not written yet), run lib/search/backend-contract.ts against it, and keep
// hydrateSearchHits as is: every backend returns ids that PostgreSQL re-checks.
export function searchBackendFor(db: Executor, env: NodeJS.ProcessEnv = process.env): SearchBackend {
  if (env.MEILI_URL && !warned) {
    warned = true;
    console.warn("[search] MEILI_URL is set, but the Meilisearch backend is not built yet: searching with PostgreSQL.");
  }
  return createPostgresSearchBackend(db);
}
