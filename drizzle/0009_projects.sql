CREATE TABLE "capital_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"funding_source" text NOT NULL,
	"revision" integer NOT NULL,
	"amount" bigint NOT NULL,
	"decision_number" text,
	"decided_on" date,
	"reason" text,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_contributions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"contributor_kind" text NOT NULL,
	"contributor_id" uuid,
	"contributor_name" text NOT NULL,
	"project_id" uuid,
	"commune_unit_id" uuid,
	"given_on" date NOT NULL,
	"land_m2" double precision DEFAULT 0 NOT NULL,
	"labour_days" double precision DEFAULT 0 NOT NULL,
	"money" bigint DEFAULT 0 NOT NULL,
	"materials" jsonb NOT NULL,
	"confirming_unit_id" uuid,
	"legacy_kind" text,
	"note" text,
	"legacy_record_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disbursements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"funding_source" text NOT NULL,
	"amount" bigint NOT NULL,
	"origin" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_communes" (
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"commune_unit_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"planned_on" date NOT NULL,
	"actual_on" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"sector" text NOT NULL,
	"type" text NOT NULL,
	"investor_unit_id" uuid NOT NULL,
	"key_level" text,
	"status" text NOT NULL,
	"status_since" date NOT NULL,
	"planned_start" date NOT NULL,
	"planned_end" date NOT NULL,
	"actual_start" date,
	"actual_end" date,
	"total_investment" bigint NOT NULL,
	"funding_sources" jsonb NOT NULL,
	"physical_progress" integer DEFAULT 0 NOT NULL,
	"capacity_mw" double precision,
	"lat" double precision,
	"lng" double precision,
	"description" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "capital_plans" ADD CONSTRAINT "capital_plans_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capital_plans" ADD CONSTRAINT "capital_plans_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capital_plans" ADD CONSTRAINT "capital_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_contributions" ADD CONSTRAINT "community_contributions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_contributions" ADD CONSTRAINT "community_contributions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_contributions" ADD CONSTRAINT "community_contributions_commune_unit_id_units_id_fk" FOREIGN KEY ("commune_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_contributions" ADD CONSTRAINT "community_contributions_confirming_unit_id_units_id_fk" FOREIGN KEY ("confirming_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_contributions" ADD CONSTRAINT "community_contributions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_communes" ADD CONSTRAINT "project_communes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_communes" ADD CONSTRAINT "project_communes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_communes" ADD CONSTRAINT "project_communes_commune_unit_id_units_id_fk" FOREIGN KEY ("commune_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_investor_unit_id_units_id_fk" FOREIGN KEY ("investor_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "capital_plans_revision_uq" ON "capital_plans" USING btree ("tenant_id","project_id","year","funding_source","revision");--> statement-breakpoint
CREATE INDEX "community_contributions_project_idx" ON "community_contributions" USING btree ("tenant_id","project_id");--> statement-breakpoint
CREATE INDEX "community_contributions_contributor_idx" ON "community_contributions" USING btree ("tenant_id","contributor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "community_contributions_legacy_uq" ON "community_contributions" USING btree ("tenant_id","legacy_record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "disbursements_month_uq" ON "disbursements" USING btree ("tenant_id","project_id","year","month","funding_source");--> statement-breakpoint
CREATE INDEX "disbursements_year_idx" ON "disbursements" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "project_communes_uq" ON "project_communes" USING btree ("project_id","commune_unit_id");--> statement-breakpoint
CREATE INDEX "project_milestones_project_idx" ON "project_milestones" USING btree ("tenant_id","project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_code_uq" ON "projects" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "projects_investor_idx" ON "projects" USING btree ("tenant_id","investor_unit_id");