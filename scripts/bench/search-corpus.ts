import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { ANSWERS, COMMON_WORDS, DAYS, type Lang, OPENERS, PLACES, RARE_WORDS, SECTORS, type Sector, SYNONYMS, TITLE_TAILS } from "./search-corpus-text";

// The search benchmark's corpus. Rows go straight into the tables in large multi-row inserts,
// bypassing the verbs on purpose: the bench measures search, not writing.

export type SearchCorpusOptions = {
  questions?: number;
  answersPerQuestion?: number;
  brands?: number;
  duplicatePairs?: number;
  seed?: number;
  members?: number;
  batch?: number;
  log?: (line: string) => void;
};
export type DuplicatePair = { originalId: number; duplicateId: number; brandId: string; locale: Lang; originalTitle: string; title: string; body: string };
export type SearchCorpus = {
  brandIds: string[];
  questionCount: number;
  answerCount: number;
  pairs: DuplicatePair[];
  commonWords: string[];
  rareWords: string[];
  seconds: number;
};

// mulberry32: small, fast, deterministic.
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function fill(r: Rand, template: string, lang: Lang, product: string): string {
  return template
    .replaceAll("{p}", product)
    .replaceAll("{c}", () => pick(r, PLACES))
    .replaceAll("{n}", () => String(int(r, 2, 9999)))
    .replaceAll("{d}", () => pick(r, DAYS[lang]));
}

export type PlannedQuestion = {
  brand: number;
  locale: Lang;
  title: string;
  body: string;
  tags: string[];
  category: number;
  answers: { body: string; score: number }[];
  accepted: number | null;
  score: number;
  duplicateOf?: number;
};

function planQuestion(r: Rand, brand: number, sector: Sector, lang: Lang, answersPerQuestion: number): PlannedQuestion {
  const product = pick(r, sector.products);
  const titleIndex = Math.floor(r() * sector.titles[lang].length);
  const template = sector.titles[lang][titleIndex]!;
  const tail = /\{n\}/.test(template) || r() < 0.15 ? "" : pick(r, TITLE_TAILS[lang]);
  const title = fill(r, template + tail, lang, product);
  const lines = [fill(r, pick(r, OPENERS[lang]), lang, product), "", `${title}. ${fill(r, pick(r, sector.symptoms[lang]), lang, product)}.`];
  if (r() < 0.35) lines.push("", `- ${fill(r, pick(r, sector.symptoms[lang]), lang, product)}`, `- ${fill(r, pick(r, sector.symptoms[lang]), lang, product)}`);
  // Each rare word lands in about 0.1% of questions.
  for (const word of RARE_WORDS)
    if (r() < 0.001) lines.push("", lang === "es" ? `Por cierto, lo noté junto al ${word}.` : `By the way, I noticed it next to the ${word}.`);
  lines.push("", lang === "es" ? "¿Alguien sabe qué hacer? Gracias." : "Does anyone know what to do? Thanks.");
  // Poisson-ish spread around the mean: 0..2×mean.
  const n = int(r, 0, answersPerQuestion * 2);
  const answers = Array.from({ length: n }, () => ({ body: fill(r, pick(r, ANSWERS[lang]), lang, product), score: Math.floor(r() ** 3 * 40) - 2 }));
  const tags = [sector.tags[titleIndex % sector.tags.length]!, pick(r, sector.tags)].filter((t, i, a) => a.indexOf(t) === i);
  return {
    brand,
    locale: lang,
    title,
    body: lines.join("\n"),
    tags,
    category: titleIndex % 4,
    answers,
    accepted: n > 0 && r() < 0.4 ? int(r, 0, n - 1) : null,
    score: Math.floor(r() ** 3 * 60) - 3,
  };
}

const ACCENTS: Record<string, string> = { á: "a", é: "e", í: "i", ó: "o", ú: "u", ñ: "n", Á: "A", É: "E", Í: "I", Ó: "O", Ú: "U" };
const dropAccents = (s: string) => s.replace(/[áéíóúñÁÉÍÓÚ]/g, (c) => ACCENTS[c]!);

// A typo in one longer word: swap two inner letters or drop one.
function typo(r: Rand, title: string): string {
  const words = title.split(" ");
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{5,}$/u.test(w));
  if (!candidates.length) return title;
  const [w, i] = pick(r, candidates);
  const k = int(r, 1, w.length - 3);
  words[i] = r() < 0.5 ? w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2) : w.slice(0, k) + w.slice(k + 1);
  return words.join(" ");
}

export function rewordTitle(r: Rand, title: string): string {
  let t = title;
  // Whole words only: "factura" must not match inside "facturada".
  const word = (w: string) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, "u");
  const swaps = SYNONYMS.filter(([a, b]) => word(a).test(t) || word(b).test(t));
  for (const [a, b] of swaps.slice(0, 2)) t = word(a).test(t) ? t.replace(word(a), b) : t.replace(word(b), a);
  if (r() < 0.5) t = dropAccents(t);
  if (r() < 0.7) t = typo(r, t);
  if (r() < 0.4) {
    // Move the last two words to the front.
    const w = t.split(" ");
    if (w.length > 4) t = [...w.slice(-2), ...w.slice(0, -2)].join(" ");
  }
  if (t === title) t = typo(r, `${title}?`);
  return t.charAt(0).toUpperCase() + t.slice(1);
}

// The whole corpus as plain data, no database: deterministic for a seed.
export function planSearchCorpus(options: {
  questions: number;
  answersPerQuestion: number;
  brands: number;
  duplicatePairs: number;
  seed: number;
}): PlannedQuestion[] {
  const r = prng(options.seed);
  const originals = options.questions - options.duplicatePairs;
  const planned: PlannedQuestion[] = [];
  for (let i = 0; i < originals; i++) {
    const brand = i % options.brands;
    planned.push(planQuestion(r, brand, SECTORS[brand % SECTORS.length]!, r() < 0.5 ? "es" : "en", options.answersPerQuestion));
  }
  // Duplicates: a distinct original each, reworded, same brand and language, asked later.
  const used = new Set<number>();
  for (let k = 0; k < options.duplicatePairs; k++) {
    let o = Math.floor(r() * originals);
    while (used.has(o)) o = (o + 1) % originals;
    used.add(o);
    const original = planned[o]!;
    const sector = SECTORS[original.brand % SECTORS.length]!;
    const dup = planQuestion(r, original.brand, sector, original.locale, options.answersPerQuestion);
    dup.title = rewordTitle(r, original.title);
    dup.body = `${pick(r, OPENERS[original.locale]).replace("{c}", pick(r, PLACES))}\n\n${dropAccents(dup.title)}. ${fill(r, pick(r, sector.symptoms[original.locale]), original.locale, "")}`;
    dup.tags = original.tags.slice(0, 1);
    dup.duplicateOf = o;
    planned.push(dup);
  }
  return planned;
}

async function inBatches<T>(rows: T[], size: number, fn: (batch: T[], start: number) => Promise<void>) {
  for (let start = 0; start < rows.length; start += size) await fn(rows.slice(start, start + size), start);
}

// Reserves n consecutive ids of a bigserial sequence, so rows can be inserted with their ids known in advance.
async function reserveIds(db: Executor, sequence: string, n: number): Promise<number> {
  const [row] = await db.execute<{ first: string }>(sql`select nextval(${sequence}::regclass) as first`);
  const first = Number(row!.first);
  if (n > 1) await db.execute(sql`select setval(${sequence}::regclass, ${first + n - 1})`);
  return first;
}

export async function generateSearchCorpus(db: Executor, options: SearchCorpusOptions = {}): Promise<SearchCorpus> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const questionsN = options.questions ?? 100_000;
  const brandsN = options.brands ?? 20;
  const seed = options.seed ?? 7;
  const batch = options.batch ?? 5000;
  const membersN = options.members ?? 3000;
  const plan = planSearchCorpus({
    questions: questionsN,
    answersPerQuestion: options.answersPerQuestion ?? 3,
    brands: brandsN,
    duplicatePairs: options.duplicatePairs ?? 500,
    seed,
  });
  log(`planned ${plan.length} questions in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // A run tag keeps emails, handles and slugs unique when the corpus goes into a database that already has rows.
  const tag = `s${seed}-${Date.now().toString(36)}`;

  return db.transaction(async (tx) => {
    const members = await tx.execute<{ id: string }>(sql`
      insert into users (email, handle, name, locale)
      select 'corpus-' || ${tag} || '-' || g || '@bench.test', 'corpus-' || ${tag} || '-' || g, 'Member ' || g, (case when g % 2 = 0 then 'es' else 'en' end)::locale
      from generate_series(1, ${membersN}) g returning id`);
    const memberIds = members.map((m) => m.id);
    const brandRows = await tx.execute<{ id: string }>(sql`
      insert into brands (slug, name, sector, default_locale)
      select 'corpus-' || ${tag} || '-' || g, 'Corpus brand ' || g, (${JSON.stringify(SECTORS.map((s) => s.name))}::jsonb ->> ((g - 1) % ${SECTORS.length}))::text, 'es'
      from generate_series(1, ${brandsN}) g order by g returning id`);
    const brandIds = brandRows.map((b) => b.id);
    const categoryRows = await tx.execute<{ id: string; brand_id: string; position: number }>(sql`
      insert into categories (brand_id, slug, name, position)
      select b.id, 'cat-' || p, jsonb_build_object('es', 'Categoría ' || p, 'en', 'Category ' || p), p
      from unnest(${sql.raw(`ARRAY[${brandIds.map((id) => `'${id}'`).join(",")}]::uuid[]`)}) b(id), generate_series(0, 3) p returning id, brand_id, position`);
    const categoryOf = new Map(categoryRows.map((c) => [`${c.brand_id}:${c.position}`, c.id]));
    const tagRows = await tx.execute<{ id: string; brand_id: string; name: string }>(sql`
      insert into tags (brand_id, name)
      select x.brand_id, x.name from jsonb_to_recordset(${JSON.stringify(brandIds.flatMap((id, b) => SECTORS[b % SECTORS.length]!.tags.map((name) => ({ brand_id: id, name }))))}::jsonb) x(brand_id uuid, name text)
      returning id, brand_id, name`);
    const tagOf = new Map(tagRows.map((t) => [`${t.brand_id}:${t.name}`, Number(t.id)]));
    log(`${memberIds.length} members, ${brandIds.length} brands, ${categoryRows.length} categories, ${tagRows.length} tags`);

    const firstQuestion = await reserveIds(tx, "questions_id_seq", plan.length);
    const answerTotal = plan.reduce((n, q) => n + q.answers.length, 0);
    const firstPost = await reserveIds(tx, "posts_id_seq", plan.length + answerTotal);
    // Posts: each question's own post, then its answers, ids in that order.
    let nextPost = firstPost;
    const base = Date.parse("2025-01-01T00:00:00Z");
    const span = 600 * 86_400_000;
    const qRows: object[] = [];
    const pRows: object[] = [];
    const qtRows: object[] = [];
    plan.forEach((q, i) => {
      const id = firstQuestion + i;
      const brandId = brandIds[q.brand]!;
      const created = base + Math.floor((i / plan.length) * span);
      const questionPost = nextPost++;
      pRows.push({ id: questionPost, q: id, k: "question", a: memberIds[(i * 7) % memberIds.length], b: q.body, s: q.score, t: created });
      let accepted: number | null = null;
      q.answers.forEach((ans, j) => {
        const pid = nextPost++;
        if (q.accepted === j) accepted = pid;
        pRows.push({
          id: pid,
          q: id,
          k: "answer",
          a: memberIds[(i * 13 + j * 31 + 1) % memberIds.length],
          b: ans.body,
          s: ans.score,
          t: created + (j + 1) * 3_600_000,
        });
      });
      const last = created + q.answers.length * 3_600_000;
      qRows.push({
        id,
        brand_id: brandId,
        category_id: categoryOf.get(`${brandId}:${q.category}`),
        author_id: memberIds[(i * 7) % memberIds.length],
        title: q.title,
        slug: `${q.title
          .toLowerCase()
          .normalize("NFD")
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")
          .slice(0, 60)}`,
        locale: q.locale,
        score: q.score,
        answer_count: q.answers.length,
        view_count: Math.max(0, q.score * 17 + q.answers.length * 40),
        accepted_answer_id: accepted,
        accepted_at: accepted ? new Date(last).toISOString() : null,
        first_answer_at: q.answers.length ? new Date(created + 3_600_000).toISOString() : null,
        t: new Date(created).toISOString(),
        l: new Date(last).toISOString(),
      });
      for (const name of q.tags) qtRows.push({ q: id, t: tagOf.get(`${brandId}:${name}`) });
    });

    await inBatches(qRows, batch, async (rows, start) => {
      await tx.execute(sql`
        insert into questions (id, brand_id, category_id, author_id, title, slug, locale, score, answer_count, view_count, accepted_answer_id, accepted_at, first_answer_at, created_at, last_activity_at, updated_at)
        select id, brand_id, category_id, author_id, title, slug, locale::locale, score, answer_count, view_count, accepted_answer_id, accepted_at, first_answer_at, t, l, l
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) x(id bigint, brand_id uuid, category_id uuid, author_id uuid, title text, slug text, locale text, score int, answer_count int, view_count int, accepted_answer_id bigint, accepted_at timestamptz, first_answer_at timestamptz, t timestamptz, l timestamptz)`);
      log(`questions ${start + rows.length}/${qRows.length}`);
    });
    await inBatches(pRows, batch * 2, async (rows, start) => {
      await tx.execute(sql`
        insert into posts (id, question_id, kind, author_id, body, score, upvotes, downvotes, created_at, updated_at)
        select id, q, k::post_kind, a, b, s, greatest(s, 0), greatest(-s, 0), to_timestamp(t / 1000.0), to_timestamp(t / 1000.0)
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) x(id bigint, q bigint, k text, a uuid, b text, s int, t bigint)`);
      if (((start / (batch * 2)) | 0) % 5 === 0 || start + rows.length === pRows.length) log(`posts ${start + rows.length}/${pRows.length}`);
    });
    await inBatches(qtRows, batch * 2, async (rows) => {
      await tx.execute(
        sql`insert into question_tags (question_id, tag_id) select q, t from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) x(q bigint, t bigint)`,
      );
    });
    await tx.execute(
      sql`update tags set question_count = c.n from (select tag_id, count(*)::int n from question_tags group by tag_id) c where c.tag_id = tags.id and tags.brand_id in (select unnest(${sql.raw(`ARRAY[${brandIds.map((id) => `'${id}'`).join(",")}]::uuid[]`)}))`,
    );
    log(`tags linked: ${qtRows.length}`);

    const pairs: DuplicatePair[] = [];
    plan.forEach((q, i) => {
      if (q.duplicateOf === undefined) return;
      pairs.push({
        originalId: firstQuestion + q.duplicateOf,
        duplicateId: firstQuestion + i,
        brandId: brandIds[q.brand]!,
        locale: q.locale,
        originalTitle: plan[q.duplicateOf]!.title,
        title: q.title,
        body: q.body,
      });
    });
    return {
      brandIds,
      questionCount: plan.length,
      answerCount: answerTotal,
      pairs,
      commonWords: [...COMMON_WORDS.es, ...COMMON_WORDS.en],
      rareWords: RARE_WORDS,
      seconds: (performance.now() - started) / 1000,
    };
  });
}
