import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Where `vite` (dev) and `vite preview` send /api; the server's default port unless told otherwise. */
const api = process.env.THIDUA_API_URL ?? 'http://127.0.0.1:3000';

/** The web app: sources in app/, built into dist/app (served by the API server for every non-/api page). */
export default defineConfig({
  root: path.join(here, 'app'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist/app'),
    emptyOutDir: true,
    reportCompressedSize: true,
  },
  server: { proxy: { '/api': { target: api, changeOrigin: false } } },
  preview: { proxy: { '/api': { target: api, changeOrigin: false } } },
});
