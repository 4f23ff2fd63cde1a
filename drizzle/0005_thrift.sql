CREATE TABLE "waste_report_contacts" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text,
	"phone" text,
	"email" text,
	"address" text
);
--> statement-breakpoint
CREATE TABLE "waste_report_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"action" text,
	"from_status" text,
	"to_status" text,
	"user_id" uuid,
	"by_role" text NOT NULL,
	"body" text,
	"unit_id" uuid,
	"public" boolean NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "waste_report_officers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "waste_report_photos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"kept_metadata" boolean NOT NULL,
	"added_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "waste_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"follow_token_hash" text NOT NULL,
	"client_key" text,
	"channel" text NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"commune_unit_id" uuid NOT NULL,
	"place_note" text,
	"lat" double precision,
	"lng" double precision,
	"occurred_on" date,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"forwarded_to" text,
	"summary" text,
	"assigned_unit_id" uuid,
	"state_since" date NOT NULL,
	"due_on" date,
	"escalated_state" text,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "thrift_programmes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"parent_id" uuid,
	"title" text NOT NULL,
	"targets" jsonb NOT NULL,
	"status" text NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "thrift_savings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"category" text NOT NULL,
	"amount" numeric NOT NULL,
	"evidence" text NOT NULL,
	"note" text,
	"entered_by" uuid,
	"entered_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "thrift_savings_uq" UNIQUE("tenant_id","unit_id","year","category")
);
--> statement-breakpoint
CREATE TABLE "thrift_violations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"found_on" date NOT NULL,
	"category" text NOT NULL,
	"inspecting_body" text NOT NULL,
	"finding" text NOT NULL,
	"amount" numeric NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"measures" text,
	"amount_recovered" numeric,
	"disciplined" jsonb NOT NULL,
	"status" text NOT NULL,
	"public_summary" text,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "waste_report_contacts" ADD CONSTRAINT "waste_report_contacts_report_id_waste_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."waste_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_report_contacts" ADD CONSTRAINT "waste_report_contacts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_report_events" ADD CONSTRAINT "waste_report_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_report_events" ADD CONSTRAINT "waste_report_events_report_id_waste_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."waste_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_report_events" ADD CONSTRAINT "waste_report_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_report_events" ADD CONSTRAINT "waste_report_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_report_officers" ADD CONSTRAINT "waste_report_officers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_report_officers" ADD CONSTRAINT "waste_report_officers_report_id_waste_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."waste_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_report_officers" ADD CONSTRAINT "waste_report_officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_report_photos" ADD CONSTRAINT "waste_report_photos_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_report_photos" ADD CONSTRAINT "waste_report_photos_report_id_waste_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."waste_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_reports" ADD CONSTRAINT "waste_reports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_reports" ADD CONSTRAINT "waste_reports_commune_unit_id_units_id_fk" FOREIGN KEY ("commune_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_reports" ADD CONSTRAINT "waste_reports_assigned_unit_id_units_id_fk" FOREIGN KEY ("assigned_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thrift_programmes" ADD CONSTRAINT "thrift_programmes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thrift_programmes" ADD CONSTRAINT "thrift_programmes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thrift_programmes" ADD CONSTRAINT "thrift_programmes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thrift_savings" ADD CONSTRAINT "thrift_savings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thrift_savings" ADD CONSTRAINT "thrift_savings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thrift_savings" ADD CONSTRAINT "thrift_savings_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thrift_violations" ADD CONSTRAINT "thrift_violations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thrift_violations" ADD CONSTRAINT "thrift_violations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thrift_violations" ADD CONSTRAINT "thrift_violations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "waste_report_events_report_idx" ON "waste_report_events" USING btree ("report_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "waste_report_officers_uq" ON "waste_report_officers" USING btree ("report_id","user_id");--> statement-breakpoint
CREATE INDEX "waste_report_photos_report_idx" ON "waste_report_photos" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "waste_reports_code_uq" ON "waste_reports" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "waste_reports_seq_uq" ON "waste_reports" USING btree ("tenant_id","year","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "waste_reports_client_key_uq" ON "waste_reports" USING btree ("tenant_id","client_key");--> statement-breakpoint
CREATE INDEX "waste_reports_status_idx" ON "waste_reports" USING btree ("tenant_id","status","due_on");--> statement-breakpoint
CREATE INDEX "waste_reports_place_idx" ON "waste_reports" USING btree ("tenant_id","category","received_on");--> statement-breakpoint
CREATE INDEX "thrift_programmes_unit_idx" ON "thrift_programmes" USING btree ("tenant_id","unit_id","start_year");--> statement-breakpoint
CREATE INDEX "thrift_violations_unit_idx" ON "thrift_violations" USING btree ("tenant_id","unit_id");