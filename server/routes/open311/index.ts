import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { tenantOf } from '../../plugins/tenant.ts';
import * as open311 from '../../services/open311.ts';
import { byCode, communeNames } from '../../services/waste-intake.ts';
import { followPath } from '../waste/index.ts';
import { publicOutcome } from '../../domain/waste/states.ts';
import type { WasteRow } from '../../services/waste-intake.ts';
import {
  wasteCategories,
  wasteCategoryNames,
  wasteOutcomeNames,
  wasteStateNames,
  type WasteCategory,
  type WasteOutcome,
  type WasteState,
} from '../../../shared/waste.ts';
import { wasteCodePattern } from '../../../shared/waste.ts';
import { AppError, notFound } from '../../../shared/errors.ts';
import { pickLocale } from '../../../shared/locale.ts';

const optional = (max: number) => z.string().trim().max(max).optional();
const coord = (min: number, max: number) =>
  z.coerce.number<string | number>().min(min).max(max).optional();

/** The GeoReport v2 fields a client may send, plus `attribute[commune]` (the commune's code). */
const postBody = z.strictObject({
  api_key: optional(200),
  jurisdiction_id: optional(100),
  service_code: z.string().trim().min(1).max(50),
  lat: coord(-90, 90),
  long: coord(-180, 180),
  address_string: optional(500),
  address_id: optional(100),
  email: z.union([z.literal(''), z.email().max(200)]).optional(),
  device_id: optional(200),
  account_id: optional(200),
  first_name: optional(100),
  last_name: optional(100),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[0-9 +().-]*$/)
    .optional(),
  description: z.string().trim().min(1).max(4000),
  media_url: optional(1000),
  'attribute[commune]': optional(100),
});

const service = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean(),
  type: z.string(),
  keywords: z.string(),
  group: z.string(),
});

const request = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullable(),
  service_name: z.string(),
  service_code: z.string(),
  agency_responsible: z.string().nullable(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  expected_datetime: z.string().nullable(),
  address: z.string(),
  extended_attributes: z.object({
    thidua_state: z.string(),
    thidua_state_name: z.string(),
    outcome: z.string().nullable(),
    forwarded_to: z.string().nullable(),
    summary: z.string().nullable(),
    published_datetime: z.string().nullable(),
  }),
});

const listQuery = z.strictObject({
  jurisdiction_id: optional(100),
  service_request_id: optional(2000),
  service_code: optional(50),
  status: z.enum(['open', 'closed']).optional(),
  start_date: z.iso.datetime({ offset: true }).optional(),
  end_date: z.iso.datetime({ offset: true }).optional(),
  extensions: optional(10),
});
const jurisdiction = z.strictObject({ jurisdiction_id: optional(100), extensions: optional(10) });

/**
 * Open311 GeoReport v2 at /open311/v2/ (issue 14): existing clients file and follow waste
 * reports. JSON only; the states beyond open/closed are extended attributes. Errors answer in
 * the GeoReport form, `[{"code": 400, "description": "…"}]`.
 */
export const open311Routes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['open311'];
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_request, body, done) => {
      const out: Record<string, string> = {};
      for (const [k, v] of new URLSearchParams(body as string)) out[k] = v;
      done(null, out);
    },
  );
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400 || typeof payload !== 'string') return payload;
    try {
      const parsed = JSON.parse(payload) as { error?: { message?: string } };
      return JSON.stringify([{ code: reply.statusCode, description: parsed.error?.message ?? '' }]);
    } catch {
      return payload;
    }
  });
  const locale = (h: string | undefined) => pickLocale(h);

  app.get(
    '/discovery.json',
    {
      schema: {
        tags,
        response: {
          200: z.object({
            changeset: z.string(),
            contact: z.string(),
            key_service: z.string(),
            endpoints: z.array(
              z.object({
                specification: z.string(),
                url: z.string(),
                changeset: z.string(),
                type: z.string(),
                formats: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      changeset: '2026-12-01T00:00:00Z',
      contact: 'Văn phòng thi đua – khen thưởng tỉnh',
      key_service: 'No API key is needed; submissions are throttled per address.',
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${request.protocol}://${request.headers.host ?? ''}/open311/v2`,
          changeset: '2026-12-01T00:00:00Z',
          type: 'production',
          formats: ['application/json'],
        },
      ],
    }),
  );

  app.get(
    '/services.json',
    { schema: { tags, querystring: jurisdiction, response: { 200: z.array(service) } } },
    async (request) => {
      const lang = locale(request.headers['accept-language']);
      return wasteCategories.map((c) => ({
        service_code: c,
        service_name: wasteCategoryNames[c][lang],
        description: wasteCategoryNames[c][lang],
        metadata: true,
        type: 'realtime',
        keywords: 'lãng phí, waste',
        group: 'THTK-CLP',
      }));
    },
  );

  app.get(
    '/services/:code.json',
    {
      schema: {
        tags,
        params: z.strictObject({ code: z.string().max(50) }),
        querystring: jurisdiction,
        response: {
          200: z.object({
            service_code: z.string(),
            attributes: z.array(
              z.object({
                variable: z.boolean(),
                code: z.string(),
                datatype: z.string(),
                required: z.boolean(),
                datatype_description: z.string(),
                order: z.int32(),
                description: z.string(),
                values: z.array(z.object({ key: z.string(), name: z.string() })),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { code } = request.params;
      if (!open311.isCategory(code)) throw notFound();
      const places = await open311.placesByCode(deps, tenantOf(request).id);
      return {
        service_code: code,
        attributes: [
          {
            variable: true,
            code: 'commune',
            datatype: 'singlevaluelist',
            required: false,
            datatype_description:
              'The commune or ward where it happened (its code); without it the office routes the report.',
            order: 1,
            description: 'Xã, phường / Commune or ward',
            values: [...places.values()].map((p) => ({ key: p.code, name: p.name })),
          },
        ],
      };
    },
  );

  app.post(
    '/requests.json',
    {
      schema: {
        tags,
        body: postBody,
        response: {
          201: z.array(
            z.object({
              service_request_id: z.string(),
              service_notice: z.string(),
              account_id: z.string().nullable(),
              token: z.string(),
              follow_url: z.string(),
            }),
          ),
        },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const filed = await open311.postRequest(deps, tenantOf(request).id, request.ip, {
        ...b,
        commune: b['attribute[commune]'],
      });
      return reply
        .status(201)
        .header('cache-control', 'no-store')
        .send([
          {
            service_request_id: filed.report.code,
            service_notice: `Đã tiếp nhận phản ánh ${filed.report.code}. / Report ${filed.report.code} received.`,
            account_id: null,
            token: filed.followToken,
            follow_url: followPath(filed.followToken),
          },
        ]);
    },
  );

  const present = (r: WasteRow, names: Map<string, string>, lang: 'vi' | 'en') => {
    const state = r.status as WasteState;
    const outcome = publicOutcome(state, r.outcome as WasteOutcome | null);
    const published = state === 'published';
    return {
      service_request_id: r.code,
      status: published ? ('closed' as const) : ('open' as const),
      // "Not confirmed" is said as such, never as "resolved".
      status_notes: outcome ? wasteOutcomeNames[outcome][lang] : wasteStateNames[state][lang],
      service_name: wasteCategoryNames[r.category as WasteCategory][lang],
      service_code: r.category,
      agency_responsible: r.assignedUnitId ? (names.get(r.assignedUnitId) ?? null) : null,
      requested_datetime: r.receivedAt.toISOString(),
      updated_datetime: r.updatedAt.toISOString(),
      expected_datetime: r.dueOn && !published ? `${r.dueOn}T17:00:00+07:00` : null,
      address: names.get(r.communeUnitId) ?? '',
      extended_attributes: {
        thidua_state: state,
        thidua_state_name: wasteStateNames[state][lang],
        outcome,
        forwarded_to: published ? r.forwardedTo : null,
        summary: published ? r.summary : null,
        published_datetime: r.publishedAt?.toISOString() ?? null,
      },
    };
  };

  const namesFor = async (tenantId: string, rows: WasteRow[]) => {
    const names = await communeNames(deps, tenantId, rows);
    const assigned = rows.flatMap((r) =>
      r.assignedUnitId ? [{ ...r, communeUnitId: r.assignedUnitId }] : [],
    );
    for (const [k, v] of await communeNames(deps, tenantId, assigned)) names.set(k, v);
    return names;
  };

  app.get(
    '/requests.json',
    { schema: { tags, querystring: listQuery, response: { 200: z.array(request) } } },
    async (request) => {
      const tenantId = tenantOf(request).id;
      const q = request.query;
      const rows = await open311.listRequests(deps, tenantId, {
        ids: q.service_request_id?.split(',').map((s) => s.trim()),
        serviceCode: q.service_code,
        status: q.status,
        start: q.start_date ? new Date(q.start_date) : undefined,
        end: q.end_date ? new Date(q.end_date) : undefined,
      });
      const names = await namesFor(tenantId, rows);
      const lang = locale(request.headers['accept-language']);
      return rows.map((r) => present(r, names, lang));
    },
  );

  app.get(
    '/requests/:id.json',
    {
      schema: {
        tags,
        params: z.strictObject({ id: z.string().max(40) }),
        querystring: jurisdiction,
        response: { 200: z.array(request) },
      },
    },
    async (request) => {
      const tenantId = tenantOf(request).id;
      if (!wasteCodePattern.test(request.params.id)) throw new AppError(404, 'not_found');
      const row = await byCode(deps, tenantId, request.params.id);
      const names = await namesFor(tenantId, [row]);
      return [present(row, names, locale(request.headers['accept-language']))];
    },
  );
};
