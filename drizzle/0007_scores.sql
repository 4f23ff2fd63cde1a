CREATE TABLE "published_results" (
	"tenant_id" uuid NOT NULL,
	"publication_id" uuid NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" uuid NOT NULL,
	"scope_name" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_name" text NOT NULL,
	"total" numeric(12, 2) NOT NULL,
	"max_total" numeric(12, 2) NOT NULL,
	"band_code" text,
	"band_name" text,
	"rank" integer NOT NULL,
	"leader" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_objection_windows" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_objections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"criterion_code" text,
	"note" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_publications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"revision" integer NOT NULL,
	"reason" text,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_scores" (
	"tenant_id" uuid NOT NULL,
	"report_id" uuid PRIMARY KEY NOT NULL,
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"criteria_set_id" uuid NOT NULL,
	"criteria_version" integer NOT NULL,
	"category_id" uuid,
	"input_hash" text NOT NULL,
	"total" numeric(12, 2) NOT NULL,
	"max_total" numeric(12, 2) NOT NULL,
	"band_code" text,
	"criteria_at_max" integer NOT NULL,
	"penalty_events" integer NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"explanation" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "published_results" ADD CONSTRAINT "published_results_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_results" ADD CONSTRAINT "published_results_publication_id_score_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."score_publications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_results" ADD CONSTRAINT "published_results_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_objection_windows" ADD CONSTRAINT "score_objection_windows_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_objections" ADD CONSTRAINT "score_objections_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_objections" ADD CONSTRAINT "score_objections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_objections" ADD CONSTRAINT "score_objections_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_publications" ADD CONSTRAINT "score_publications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_publications" ADD CONSTRAINT "score_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_scores" ADD CONSTRAINT "unit_scores_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_scores" ADD CONSTRAINT "unit_scores_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_scores" ADD CONSTRAINT "unit_scores_period_id_report_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."report_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_scores" ADD CONSTRAINT "unit_scores_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_scores" ADD CONSTRAINT "unit_scores_criteria_set_id_criteria_sets_id_fk" FOREIGN KEY ("criteria_set_id") REFERENCES "public"."criteria_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_scores" ADD CONSTRAINT "unit_scores_category_id_participant_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."participant_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "published_results_pub_idx" ON "published_results" USING btree ("publication_id","scope_kind","rank");--> statement-breakpoint
CREATE UNIQUE INDEX "score_objection_windows_uq" ON "score_objection_windows" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "score_objections_year_idx" ON "score_objections" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "score_publications_year_rev_uq" ON "score_publications" USING btree ("tenant_id","year","revision");--> statement-breakpoint
CREATE INDEX "unit_scores_tenant_year_idx" ON "unit_scores" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "unit_scores_unit_idx" ON "unit_scores" USING btree ("unit_id","year");