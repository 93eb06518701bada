-- Any write that changes what a thread shows forgets its cached pages, whichever code path made it.
-- The triggers are deferred to commit, so a page rendered from the old data cannot be stored afterwards.
CREATE FUNCTION page_cache_forget(qid bigint) RETURNS void LANGUAGE sql AS $$
  DELETE FROM page_cache WHERE question_id = qid;
  INSERT INTO page_cache_invalidations (question_id, at) VALUES (qid, clock_timestamp())
  ON CONFLICT (question_id) DO UPDATE SET at = excluded.at;
$$;
--> statement-breakpoint
CREATE FUNCTION page_cache_forget_by_question_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM page_cache_forget(OLD.question_id); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.question_id IS DISTINCT FROM OLD.question_id) THEN PERFORM page_cache_forget(NEW.question_id); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION page_cache_forget_by_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM page_cache_forget(NEW.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION page_cache_forget_brand() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM page_cache c USING questions q WHERE q.id = c.question_id AND q.brand_id = NEW.id;
  INSERT INTO page_cache_invalidations (question_id, at) SELECT id, clock_timestamp() FROM questions WHERE brand_id = NEW.id
  ON CONFLICT (question_id) DO UPDATE SET at = excluded.at;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER posts_forget_cached_pages AFTER INSERT OR UPDATE OR DELETE ON posts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_forget_by_question_id();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER comments_forget_cached_pages AFTER INSERT OR UPDATE OR DELETE ON comments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_forget_by_question_id();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER answer_verifications_forget_cached_pages AFTER INSERT OR UPDATE OR DELETE ON answer_verifications
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_forget_by_question_id();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER question_tags_forget_cached_pages AFTER INSERT OR DELETE ON question_tags
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_forget_by_question_id();
--> statement-breakpoint
-- A view only bumps view_count, which the cache may show a little stale; every other change forgets the pages.
CREATE CONSTRAINT TRIGGER questions_forget_cached_pages AFTER UPDATE ON questions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'view_count') IS DISTINCT FROM (to_jsonb(NEW) - 'view_count'))
  EXECUTE FUNCTION page_cache_forget_by_id();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER brands_forget_cached_pages AFTER UPDATE ON brands
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION page_cache_forget_brand();
