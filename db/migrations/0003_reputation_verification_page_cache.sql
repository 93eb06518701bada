CREATE TYPE "public"."reputation_reason" AS ENUM('question_upvoted', 'answer_upvoted', 'question_downvoted', 'answer_downvoted', 'downvote_cast', 'answer_accepted', 'accepted_an_answer', 'answer_verified');--> statement-breakpoint
CREATE TABLE "page_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"question_id" bigint NOT NULL,
	"body" "bytea" NOT NULL,
	"stored_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "answer_verifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"post_id" bigint NOT NULL,
	"question_id" bigint NOT NULL,
	"brand_id" uuid NOT NULL,
	"verified_by_id" uuid NOT NULL,
	"note" text,
	"applies_to" text,
	"verified_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"review_since" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_id" uuid,
	"withdraw_reason" text
);
--> statement-breakpoint
CREATE TABLE "profile_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"hide_from_search_engines" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reputation_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"brand_id" uuid NOT NULL,
	"reason" "reputation_reason" NOT NULL,
	"requested_amount" integer NOT NULL,
	"amount" integer NOT NULL,
	"reverses_id" bigint,
	"post_id" bigint,
	"question_id" bigint,
	"actor_id" uuid,
	"day" date NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reputation_totals" (
	"user_id" uuid NOT NULL,
	"brand_id" uuid NOT NULL,
	"total" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reputation_totals_user_id_brand_id_pk" PRIMARY KEY("user_id","brand_id")
);
--> statement-breakpoint
CREATE TABLE "user_badges" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"badge" text NOT NULL,
	"brand_id" uuid,
	"post_id" bigint,
	"awarded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_badges_once_key" UNIQUE NULLS NOT DISTINCT("user_id","badge","brand_id")
);
--> statement-breakpoint
ALTER TABLE "brands" ADD COLUMN "verification_ttl_days" integer;--> statement-breakpoint
ALTER TABLE "answer_verifications" ADD CONSTRAINT "answer_verifications_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_verifications" ADD CONSTRAINT "answer_verifications_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_verifications" ADD CONSTRAINT "answer_verifications_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_verifications" ADD CONSTRAINT "answer_verifications_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_verifications" ADD CONSTRAINT "answer_verifications_withdrawn_by_id_users_id_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_settings" ADD CONSTRAINT "profile_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reputation_events" ADD CONSTRAINT "reputation_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reputation_events" ADD CONSTRAINT "reputation_events_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reputation_events" ADD CONSTRAINT "reputation_events_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reputation_events" ADD CONSTRAINT "reputation_events_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reputation_events" ADD CONSTRAINT "reputation_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reputation_totals" ADD CONSTRAINT "reputation_totals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reputation_totals" ADD CONSTRAINT "reputation_totals_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_badges" ADD CONSTRAINT "user_badges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_badges" ADD CONSTRAINT "user_badges_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_badges" ADD CONSTRAINT "user_badges_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "page_cache_question_idx" ON "page_cache" USING btree ("question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "answer_verifications_live_post_key" ON "answer_verifications" USING btree ("post_id") WHERE "answer_verifications"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "answer_verifications_question_idx" ON "answer_verifications" USING btree ("question_id") WHERE "answer_verifications"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "answer_verifications_brand_idx" ON "answer_verifications" USING btree ("brand_id","verified_at" DESC NULLS LAST) WHERE "answer_verifications"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "reputation_events_user_brand_idx" ON "reputation_events" USING btree ("user_id","brand_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reputation_events_user_created_idx" ON "reputation_events" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reputation_events_brand_created_idx" ON "reputation_events" USING btree ("brand_id","created_at");--> statement-breakpoint
CREATE INDEX "reputation_events_post_idx" ON "reputation_events" USING btree ("post_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reputation_events_reverses_key" ON "reputation_events" USING btree ("reverses_id") WHERE "reputation_events"."reverses_id" is not null;--> statement-breakpoint
CREATE INDEX "reputation_totals_brand_total_idx" ON "reputation_totals" USING btree ("brand_id","total" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "user_badges_badge_awarded_at_index" ON "user_badges" USING btree ("badge","awarded_at" DESC NULLS LAST);