CREATE TABLE "page_cache_invalidations" (
	"question_id" bigint PRIMARY KEY NOT NULL,
	"at" timestamp (6) with time zone NOT NULL
);
