-- Any write that changes what a thread shows deletes its cached pages, whichever code path made it.
CREATE FUNCTION page_cache_forget_question() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM page_cache WHERE question_id = OLD.question_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    DELETE FROM page_cache WHERE question_id = NEW.question_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION page_cache_forget_thread() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM page_cache WHERE question_id = COALESCE(NEW.id, OLD.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION page_cache_forget_brand() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM page_cache c USING questions q WHERE q.id = c.question_id AND q.brand_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER posts_forget_cached_pages AFTER INSERT OR UPDATE OR DELETE ON posts FOR EACH ROW EXECUTE FUNCTION page_cache_forget_question();
--> statement-breakpoint
CREATE TRIGGER comments_forget_cached_pages AFTER INSERT OR UPDATE OR DELETE ON comments FOR EACH ROW EXECUTE FUNCTION page_cache_forget_question();
--> statement-breakpoint
CREATE TRIGGER answer_verifications_forget_cached_pages AFTER INSERT OR UPDATE OR DELETE ON answer_verifications FOR EACH ROW EXECUTE FUNCTION page_cache_forget_question();
--> statement-breakpoint
CREATE TRIGGER question_tags_forget_cached_pages AFTER INSERT OR DELETE ON question_tags FOR EACH ROW EXECUTE FUNCTION page_cache_forget_question();
--> statement-breakpoint
-- A view only bumps view_count, which the cache may show a little stale; every other change forgets the pages.
CREATE TRIGGER questions_forget_cached_pages AFTER UPDATE ON questions FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'view_count') IS DISTINCT FROM (to_jsonb(NEW) - 'view_count'))
  EXECUTE FUNCTION page_cache_forget_thread();
--> statement-breakpoint
CREATE TRIGGER brands_forget_cached_pages AFTER UPDATE ON brands FOR EACH ROW EXECUTE FUNCTION page_cache_forget_brand();
