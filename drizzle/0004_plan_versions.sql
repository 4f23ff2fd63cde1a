CREATE TABLE "plan_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"movement_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text NOT NULL,
	"based_on" integer,
	"content" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"decision_kind" text,
	"decision_number" text,
	"decision_date" date,
	"signer_name" text,
	"signer_title" text,
	"unknown_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"issued_at" timestamp with time zone,
	"issued_by" uuid,
	"issued_by_name" text,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "province_target_values" ADD COLUMN "set_by_version" integer;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_movement_number_uq" ON "plan_versions" USING btree ("movement_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_one_draft_uq" ON "plan_versions" USING btree ("movement_id") WHERE "plan_versions"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "plan_versions_tenant_idx" ON "plan_versions" USING btree ("tenant_id","movement_id");