import type { Locale } from "../i18n/locales";

export const SEARCH_STATUSES = ["unanswered", "answered", "accepted", "verified"] as const;
export type SearchStatus = (typeof SEARCH_STATUSES)[number];
export const SEARCH_SORTS = ["relevance", "newest", "votes"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export type SearchQuery = {
  query: string;
  brandId?: string;
  locale?: Locale;
  tag?: string;
  categoryId?: string;
  status?: SearchStatus;
  sort: SearchSort;
  page: number;
  pageSize: number;
};

// Highlights wrap matched words in <mark>…</mark>; everything else in them is escaped, so a page may render them as HTML.
export type SearchHit = { id: number; titleHighlight: string; snippet: string };

export type FacetCount<K extends string = string> = { value: K; count: number };

export type SearchFacets = {
  brand: FacetCount[];
  tag: FacetCount[];
  category: FacetCount[];
  language: FacetCount<Locale>[];
  status: FacetCount<SearchStatus>[];
};

export type SearchResult = { hits: SearchHit[]; total: number; facets: SearchFacets; fuzzy: boolean };

export type SimilarQuery = { brandId: string; title: string; body?: string; locales: readonly Locale[]; limit?: number };

// Returns question ids only; hydrateSearchHits (lib/search/hydrate.ts) reads them from PostgreSQL and asks the guardian.
export interface SearchBackend {
  readonly name: string;
  // Rebuilds these questions' documents from PostgreSQL; a question that is gone or deleted is removed.
  index(questionIds: readonly number[]): Promise<void>;
  remove(questionIds: readonly number[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  // Same brand, in the given languages, solved threads first.
  similar(query: SimilarQuery): Promise<number[]>;
}

export const EMPTY_FACETS: SearchFacets = { brand: [], tag: [], category: [], language: [], status: [] };
