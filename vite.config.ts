import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompressDir } from './server/static/precompress.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Where `vite` (dev) and `vite preview` send /api; the server's default port unless told otherwise. */
const api = process.env.THIDUA_API_URL ?? 'http://127.0.0.1:3000';

const outDir = path.join(here, 'dist/app');

/** Brotli and gzip copies of every built text file, served by Accept-Encoding (ADR 0045). */
function precompress(): Plugin {
  return {
    name: 'thidua-precompress',
    apply: 'build',
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        precompressDir(outDir);
      },
    },
  };
}

/** The web app: sources in app/, built into dist/app (served by the API server for every non-/api page). */
export default defineConfig({
  root: path.join(here, 'app'),
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // The precompress plugin writes the real .br/.gz; the benchmark reports what is sent.
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': { target: api, changeOrigin: false } } },
  preview: { proxy: { '/api': { target: api, changeOrigin: false } } },
});
