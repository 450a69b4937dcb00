import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the web shell (the core in plain Node plus an HTTP/WebSocket server) into out/web. */
export default defineConfig({
  build: {
    ssr: resolve('src/main/shell/web/main.ts'),
    outDir: 'out/web',
    emptyOutDir: true,
    target: 'node22',
    rollupOptions: { output: { format: 'esm', entryFileNames: 'main.js' } },
  },
});
