import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { searchDocuments } from "../../../db/schema";
import type { Locale } from "../../i18n/locales";
import type { FacetCount, SearchBackend, SearchFacets, SearchQuery, SearchResult, SearchStatus, SimilarQuery } from "../backend";
import { MARK_START, MARK_STOP, markedToHtml, normalizeQuery, wordsOf } from "../query-text";
import { buildSearchDocuments, configOf, removeSearchDocuments } from "./build-documents";

// Relevance ranks at most this many matches (picked by score, then recency), so a very common word costs no more than a rare one.
export const RANK_CANDIDATES = 1000;
// Fewer full-text matches than this and the title's trigrams are asked too, so a typo still finds the thread. At 1 the
// fallback runs only when full text found nothing: with a low trigram threshold it would otherwise pad exact answers with noise.
export const FUZZY_BELOW = 1;
// Low enough that a three-letter word with one letter missing ("wfi") still reaches its title; only used when full text found little.
const WORD_SIMILARITY_THRESHOLD = 0.25;
const MAX_PAGE_SIZE = 100;
const MAX_TAG_FACETS = 50;
const SIMILAR_CANDIDATES = 300;

const d = searchDocuments;
const TITLE_TRGM = sql`peerdesk_unaccent(lower(${d.title}))`;
const VERIFIED_NOW = sql`(${d.verified} and (${d.verifiedUntil} is null or ${d.verifiedUntil} > now()))`;
const SOLVED_NOW = sql`(${d.accepted} or ${VERIFIED_NOW})`;

function tsqueryOf(text: string, locales: readonly Locale[]): SQL {
  const parts = (locales.length ? locales : (["es", "en"] as const)).map((l) => sql`websearch_to_tsquery(${configOf(sql`${l}`)}, ${text})`);
  return sql.join(parts, sql` || `);
}

function filtersOf(q: SearchQuery): SQL[] {
  const where: SQL[] = [];
  if (q.brandId) where.push(sql`${d.brandId} = ${q.brandId}`);
  if (q.locale) where.push(sql`${d.locale} = ${q.locale}`);
  if (q.categoryId) where.push(sql`${d.categoryId} = ${q.categoryId}`);
  if (q.tag) where.push(sql`${d.tags} @> array[${q.tag}]::text[]`);
  const status: Record<SearchStatus, SQL> = {
    unanswered: sql`${d.answerCount} = 0`,
    answered: sql`${d.answerCount} > 0`,
    accepted: sql`${d.accepted}`,
    verified: VERIFIED_NOW,
  };
  if (q.status) where.push(status[q.status]);
  return where;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Filters that cannot match (a malformed id) answer empty instead of making PostgreSQL raise.
function sane(q: SearchQuery): SearchQuery | null {
  if (q.brandId && !UUID.test(q.brandId)) return null;
  if (q.categoryId && !UUID.test(q.categoryId)) return null;
  return {
    ...q,
    tag: q.tag ? normalizeQuery(q.tag).toLowerCase() : undefined,
    page: Number.isSafeInteger(q.page) && q.page > 0 ? q.page : 1,
    pageSize: Number.isSafeInteger(q.pageSize) && q.pageSize > 0 ? Math.min(q.pageSize, MAX_PAGE_SIZE) : 20,
  };
}

type Matcher = { where: SQL; rank: SQL; tsquery: SQL | null };

function emptyResult(): SearchResult {
  return { hits: [], total: 0, facets: { brand: [], tag: [], category: [], language: [], status: [] }, fuzzy: false };
}

async function facetsAndTotal(db: Executor, matchWhere: SQL): Promise<{ total: number; facets: SearchFacets }> {
  const rows = await db.execute<{ facet: string; value: string | null; count: string | number }>(sql`
      with m as materialized (
        select ${d.brandId} as brand_id, ${d.categoryId} as category_id, ${d.locale} as locale, ${d.tags} as tags,
          ${d.answerCount} as answer_count, ${d.accepted} as accepted, ${VERIFIED_NOW} as verified
        from ${d} where ${matchWhere}
      )
      select 'total' as facet, null as value, count(*) as count from m
      union all select 'brand', brand_id::text, count(*) from m group by brand_id
      union all select 'category', category_id::text, count(*) from m where category_id is not null group by category_id
      union all select 'language', locale::text, count(*) from m group by locale
      union all (select 'tag', t, count(*) from m, unnest(m.tags) t group by t order by count(*) desc, t limit ${MAX_TAG_FACETS})
      union all select 'status', 'unanswered', count(*) filter (where answer_count = 0) from m
      union all select 'status', 'answered', count(*) filter (where answer_count > 0) from m
      union all select 'status', 'accepted', count(*) filter (where accepted) from m
      union all select 'status', 'verified', count(*) filter (where verified) from m`);
  const facets: SearchFacets = { brand: [], tag: [], category: [], language: [], status: [] };
  let total = 0;
  for (const row of rows) {
    const count = Number(row.count);
    if (row.facet === "total") total = count;
    else if (row.value !== null && (row.facet !== "status" || count > 0))
      (facets[row.facet as keyof SearchFacets] as FacetCount[]).push({ value: row.value, count });
  }
  for (const list of Object.values(facets) as FacetCount[][]) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { total, facets };
}

async function page(db: Executor, q: SearchQuery, m: Matcher): Promise<SearchResult["hits"]> {
  const offset = (q.page - 1) * q.pageSize;
  const order =
    q.sort === "newest"
      ? sql`${d.createdAt} desc, ${d.questionId} desc`
      : q.sort === "votes"
        ? sql`${d.score} desc, ${d.createdAt} desc, ${d.questionId} desc`
        : null;
  const headline = (column: SQL, options: string) =>
    m.tsquery
      ? sql`ts_headline(${configOf(sql`p.locale`)}, ${column}, ${m.tsquery}, ${`StartSel=${MARK_START}, StopSel=${MARK_STOP}, ${options}`})`
      : sql`left(${column}, 240)`;
  const chosen = order
    ? sql`select ${d.questionId} as id, ${d.title} as title, ${d.body} as body, ${d.locale} as locale, 0 as n from ${d} where ${m.where} order by ${order} offset ${offset} limit ${q.pageSize}`
    : // Candidates carry no document (a narrow sort); only the chosen thousand are read back to be ranked.
      sql`select id, title, body, locale, row_number() over () as n from (
          select x.question_id as id, x.title, x.body, x.locale, ${m.rank} as rank, c.verified, c.accepted, c.score, c.created_at from (
            select ${d.questionId} as question_id, ${d.accepted} as accepted, ${VERIFIED_NOW} as verified, ${d.score} as score, ${d.createdAt} as created_at
            from ${d} where ${m.where} order by ${d.score} desc, ${d.createdAt} desc limit ${RANK_CANDIDATES}
          ) c join ${d} x on x.question_id = c.question_id
          order by rank desc, c.verified desc, c.accepted desc, c.score desc, c.created_at desc, x.question_id desc offset ${offset} limit ${q.pageSize}
        ) r`;
  const rows = await db.execute<{ id: string | number; title: string; snippet: string }>(sql`
      select p.id, ${headline(sql`p.title`, "HighlightAll=true")} as title,
        ${headline(sql`p.body`, "MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter= … ")} as snippet
      from (${chosen}) p order by p.n`);
  return rows.map((r) => ({ id: Number(r.id), titleHighlight: markedToHtml(r.title), snippet: markedToHtml(r.snippet) }));
}

// pg_trgm's `<%` reads its threshold from a setting; set_config(…, true) keeps it to this transaction.
function withWordSimilarityThreshold<T>(db: Executor, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`);
    return fn(tx);
  });
}

export function createPostgresSearchBackend(db: Executor): SearchBackend {
  return {
    name: "postgres",
    index: (ids) => buildSearchDocuments(db, ids),
    remove: (ids) => removeSearchDocuments(db, ids),

    async search(input) {
      const q = sane(input);
      if (!q) return emptyResult();
      const text = normalizeQuery(q.query);
      const filters = filtersOf(q);
      const and = (extra: SQL[]) => (extra.length ? sql.join(extra, sql` and `) : sql`true`);
      if (!text) {
        // No words: the filters alone, newest first (a browsing view with facets).
        const m: Matcher = { where: and(filters), rank: sql`0`, tsquery: null };
        const sorted = { ...q, sort: q.sort === "relevance" ? ("newest" as const) : q.sort };
        const [{ total, facets }, hits] = await Promise.all([facetsAndTotal(db, m.where), page(db, sorted, m)]);
        return { hits, total, facets, fuzzy: false };
      }
      const tsquery = tsqueryOf(text, q.locale ? [q.locale] : []);
      const exact: Matcher = { where: and([sql`${d.document} @@ (${tsquery})`, ...filters]), rank: sql`ts_rank_cd(x.document, ${tsquery})`, tsquery };
      const first = await facetsAndTotal(db, exact.where);
      if (first.total >= FUZZY_BELOW) return { ...first, hits: await page(db, q, exact), fuzzy: false };
      // Few matches: titles whose words are close to the query's (typos, missing letters) join them.
      const typed = sql`peerdesk_unaccent(lower(${text}))`;
      const fuzzy: Matcher = {
        where: and([sql`(${d.document} @@ (${tsquery}) or ${typed} <% ${TITLE_TRGM})`, ...filters]),
        rank: sql`(ts_rank_cd(x.document, ${tsquery}) + word_similarity(${typed}, peerdesk_unaccent(lower(x.title))))`,
        tsquery,
      };
      return withWordSimilarityThreshold(db, async (tx) => {
        const { total, facets } = await facetsAndTotal(tx, fuzzy.where);
        const hits = await page(tx, q, fuzzy);
        return { hits, total, facets, fuzzy: total > first.total };
      });
    },

    async similar(input: SimilarQuery) {
      if (!input.brandId || !UUID.test(input.brandId)) return [];
      const locales = input.locales.filter((l) => l === "es" || l === "en");
      if (locales.length === 0) return [];
      const title = normalizeQuery(input.title);
      const words = [...wordsOf(title, 20), ...wordsOf(input.body ?? "", 30)];
      if (!title && words.length === 0) return [];
      const limit = Math.min(Math.max(input.limit ?? 5, 1), 20);
      const anyWord = tsqueryOf([...new Set(words)].join(" or "), locales);
      const titleWords = tsqueryOf(wordsOf(title, 20).join(" or "), locales);
      const typed = sql`peerdesk_unaccent(lower(${title}))`;
      const rows = await db.execute<{ id: string | number }>(sql`
        select id from (
          select c.id, c.solved, c.rel from (
            select m.id, m.solved, similarity(${typed}, m.title_trgm) * 2 + ts_rank_cd(m.document, ${titleWords}) + ts_rank_cd(m.document, ${anyWord}) * 0.5 as rel
            from (
              select ${d.questionId} as id, ${SOLVED_NOW} as solved, ${TITLE_TRGM} as title_trgm, ${d.document} as document
              from ${d}
              where ${d.brandId} = ${input.brandId} and ${d.locale} in ${locales}
                and (${d.document} @@ (${anyWord}) or ${typed} % ${TITLE_TRGM})
              order by ${d.score} desc, ${d.createdAt} desc limit ${SIMILAR_CANDIDATES}
            ) m
          ) c where c.rel > 0.05 order by c.rel desc, c.id desc limit ${limit}
        ) top order by solved desc, rel desc, id desc`);
      return rows.map((r) => Number(r.id));
    },
  };
}
