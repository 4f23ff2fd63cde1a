import fs from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pickEncoding, varyOnEncoding, type Encoding } from '../plugins/compress.ts';

/** Vite names files under assets/ by their content hash: a new build gives a new name. */
const hashedAsset = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.[a-z0-9]+(?:\.(?:br|gz))?$/i;

/**
 * Hashed assets are cached for a year and never revalidated; every other file (the web
 * manifest, robots.txt, the service worker, the HTML) is revalidated on each use (ADR 0045).
 */
export function staticCacheHeaders(reply: FastifyReply, filePath: string): void {
  reply.header(
    'cache-control',
    hashedAsset.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

/** The app's HTML and its pre-compressed copies, read once at start like the other static files. */
export function loadIndexHtml(file: string) {
  const read = (suffix: string) =>
    fs.existsSync(file + suffix) ? fs.readFileSync(file + suffix) : undefined;
  const bodies: Partial<Record<Encoding | 'identity', Buffer>> = {
    identity: fs.readFileSync(file),
    br: read('.br'),
    gzip: read('.gz'),
  };
  return {
    /** The HTML as text, for pages the server fills in (server/pages/). */
    template: bodies.identity!.toString('utf8'),
    send(request: FastifyRequest, reply: FastifyReply) {
      const encoding = pickEncoding(request.headers['accept-encoding']);
      const compressed = encoding ? bodies[encoding] : undefined;
      reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8');
      varyOnEncoding(reply);
      if (encoding && compressed) reply.header('content-encoding', encoding);
      return reply.send(compressed ?? bodies.identity);
    },
  };
}
