import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { minCompressBytes } from '../static/precompress.ts';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text answers: JSON, HTML, CSS, JS, XML, plain text. Files (xlsx, docx, pdf, images) are not. */
const compressibleType =
  /^(?:text\/|application\/(?:json|javascript|xml|manifest\+json|problem\+json|[a-z.+-]*\+(?:json|xml))\b)/i;

/**
 * The best encoding the request accepts, brotli before gzip (RFC 9110 §12.5.3 weights;
 * `q=0` refuses). Undefined when neither is acceptable.
 */
export function pickEncoding(acceptEncoding: string | string[] | undefined): Encoding | undefined {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const star = weights.get('*');
  const weightOf = (name: Encoding) =>
    weights.get(name) ?? (name === 'gzip' ? weights.get('x-gzip') : undefined) ?? star ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br <= 0 && gz <= 0) return undefined;
  return br >= gz && br > 0 ? 'br' : 'gzip';
}

/** Adds `accept-encoding` to Vary without repeating it or widening `Vary: *`. */
export function varyOnEncoding(reply: FastifyReply): void {
  const current = reply.getHeader('vary');
  const value = Array.isArray(current) ? current.join(', ') : current ? String(current) : '';
  if (!value) {
    reply.header('vary', 'accept-encoding');
    return;
  }
  const names = value.split(',').map((v) => v.trim().toLowerCase());
  if (names.includes('*') || names.includes('accept-encoding')) return;
  reply.header('vary', `${value}, accept-encoding`);
}

function shouldCompress(request: FastifyRequest, reply: FastifyReply, size: number): boolean {
  if (request.method === 'HEAD' || size < minCompressBytes) return false;
  if (reply.statusCode === 204 || reply.statusCode === 304) return false;
  // An answer compressed already (the cached, pre-compressed public answers) is sent as it is.
  if (reply.getHeader('content-encoding')) return false;
  const type = reply.getHeader('content-type');
  if (typeof type !== 'string' || !compressibleType.test(type)) return false;
  const cacheControl = reply.getHeader('cache-control');
  if (typeof cacheControl === 'string' && /\bno-transform\b/i.test(cacheControl)) return false;
  return true;
}

/**
 * Brotli or gzip for text answers of at least 1 KB that are not compressed yet (ADR 0045):
 * API JSON, the OpenAPI description, error pages. Static files come pre-compressed from the
 * build (server/static/precompress.ts) and streams (file downloads) are left alone.
 * Registered as a plain hook on the root instance so it sees every route.
 */
export function registerCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (!shouldCompress(request, reply, body.length)) return payload;
    varyOnEncoding(reply);
    const encoding = pickEncoding(request.headers['accept-encoding']);
    if (!encoding) return payload;
    const compressed =
      encoding === 'br'
        ? await brotli(body, {
            params: {
              // Quality 4: near gzip -9's size at a fraction of brotli 11's time, per request.
              [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
              [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          })
        : await gzip(body, { level: 6 });
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return compressed;
  });
}
