// Builds the console into dist/console, which the gateway serves at `/`. `npm run console:dev`
// serves it with hot reload and passes the API paths to a gateway on :3000 (npm start).
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [vue()],
  build: {
    outDir: here('../../dist/console'),
    emptyOutDir: true,
    target: 'es2020',
    // Element Plus and ECharts are big; each lands in the chunk of the pages that use them
    chunkSizeWarningLimit: 1000,
    reportCompressedSize: false,
  },
  server: {
    proxy: Object.fromEntries(['/graphql', '/auth', '/dev', '/lists', '/.well-known'].map((p) => [p, gateway])),
  },
});
