import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps.ts';
import { presentPlanSummary, presentPublicPlan } from '../presenters/plans.ts';
import { presentPublicTarget } from '../presenters/targets.ts';
import { getPublicPlan, listPublicPlans } from '../services/plans.ts';
import { listPublicTargets } from '../services/targets.ts';
import { tenantForHost } from '../services/tenant-directory.ts';
import { yearOf } from '../../shared/vietnam-day.ts';
import { fillTemplate, landingHtml, movementHtml, targetsHtml, type Seed } from './html.ts';

/** Signed-in areas that search engines have no business in. */
const privatePaths = ['/api/', '/home', '/reports', '/units', '/admin', '/account', '/criteria'];

/**
 * The public pages rendered on the server (ADR 0046): `/`, `/movements/:code` and `/targets`
 * answer HTML that reads without JavaScript, then the app takes over. `/robots.txt` and
 * `/sitemap.xml` name this host's public pages. A page whose data cannot be read falls back
 * to the plain app page (the app shows its own error and retry).
 */
export function registerPublicPages(
  app: FastifyInstance,
  deps: Deps,
  options: { template: string; sendApp: (request: FastifyRequest, reply: FastifyReply) => unknown },
): void {
  const html = (reply: FastifyReply, body: string) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(body);
  const tenantOf = (request: FastifyRequest) => tenantForHost(deps, request.headers.host);
  // The same presenters as GET /api/public/movements…: the seed is what the API would answer.
  const movementsOf = async (tenantId: string) =>
    (await listPublicPlans(deps, tenantId)).map((p) =>
      presentPlanSummary(p.movement, p.content, p.setBy),
    );
  const targetsOf = async (tenantId: string) =>
    (await listPublicTargets(deps, tenantId)).map((v) =>
      presentPublicTarget(v, yearOf(deps.today())),
    );

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    build: (tenantId: string) => Promise<{ title?: string; body: string; seed: Seed }>,
  ) {
    const tenant = await tenantOf(request);
    if (!tenant) return options.sendApp(request, reply);
    try {
      return html(reply, fillTemplate(options.template, await build(tenant.id)));
    } catch (error) {
      request.log.warn({ err: error }, 'public page not pre-rendered');
      return options.sendApp(request, reply);
    }
  }

  app.get('/', (request, reply) =>
    render(request, reply, async (tenantId) => {
      const movements = await movementsOf(tenantId);
      const targets = await targetsOf(tenantId);
      return {
        title: movements[0]?.title.vi,
        body: landingHtml(movements, targets),
        seed: [
          [['public', 'movements'], movements],
          [['public', 'targets'], targets],
        ],
      };
    }),
  );

  app.get<{ Params: { code: string } }>('/movements/:code', (request, reply) =>
    render(request, reply, async (tenantId) => {
      const movement = presentPublicPlan(await getPublicPlan(deps, tenantId, request.params.code));
      return {
        title: movement.title.vi,
        body: movementHtml(movement),
        seed: [[['public', 'movements', request.params.code], movement]],
      };
    }),
  );

  app.get('/targets', (request, reply) =>
    render(request, reply, async (tenantId) => {
      const targets = await targetsOf(tenantId);
      return {
        title: 'Chỉ tiêu của tỉnh',
        body: targetsHtml(targets),
        seed: [[['public', 'targets'], targets]],
      };
    }),
  );

  const origin = (request: FastifyRequest) =>
    `${request.protocol}://${request.headers.host ?? 'localhost'}`;

  app.get('/robots.txt', (request, reply) =>
    reply
      .header('cache-control', 'public, max-age=3600')
      .type('text/plain; charset=utf-8')
      .send(
        `User-agent: *\nAllow: /\n${privatePaths.map((p) => `Disallow: ${p}`).join('\n')}\n\nSitemap: ${origin(request)}/sitemap.xml\n`,
      ),
  );

  app.get('/sitemap.xml', async (request, reply) => {
    const tenant = await tenantOf(request);
    const movements = tenant ? await movementsOf(tenant.id) : [];
    const paths = [
      '/',
      '/targets',
      ...movements.map((m) => `/movements/${encodeURIComponent(m.code)}`),
    ];
    const urls = paths
      .map((p) => `  <url><loc>${origin(request)}${p}</loc><changefreq>weekly</changefreq></url>`)
      .join('\n');
    return reply
      .header('cache-control', 'public, max-age=3600')
      .type('application/xml; charset=utf-8')
      .send(
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
      );
  });
}
