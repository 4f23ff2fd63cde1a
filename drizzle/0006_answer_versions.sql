CREATE TABLE "answer_versions" (
	"tenant_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "answer_versions_tenant_id_topic_pk" PRIMARY KEY("tenant_id","topic")
);
--> statement-breakpoint
ALTER TABLE "answer_versions" ADD CONSTRAINT "answer_versions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;