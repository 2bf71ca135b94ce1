import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
const ssrOutDir = fileURLToPath(new URL('./dist/web-ssr', import.meta.url));

/**
 * Writes .br and .gz copies of the built scripts and styles, compressed once
 * at their best, for the server to send to browsers that accept them
 * (src/server/web-app.ts).
 */
function precompress(): Plugin {
  return {
    name: 'debrief-precompress',
    apply: 'build',
    closeBundle() {
      const assets = join(outDir, 'assets');
      for (const name of readdirSync(assets)) {
        const file = join(assets, name);
        if (!/\.(js|css|svg|json|txt)$/.test(name) || statSync(file).size < 1024) continue;
        const content = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

// The web app lives in src/web and is served by the Debrief server from dist/web. The second build
// (`--ssr`) is the same app for the server, which draws the first page before the scripts arrive
// (src/web/entry-server.tsx, src/server/web-app.ts); it goes to dist/web-ssr.
export default defineConfig(({ isSsrBuild }) => isSsrBuild ? {
  root,
  plugins: [react()],
  // One file set with everything in it, React and Mantine included, in their production builds: the
  // same code as the browser's, whatever NODE_ENV the server runs with.
  ssr: { noExternal: true },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: ssrOutDir,
    emptyOutDir: true,
    ssr: 'entry-server.tsx',
    // Node loads the bundle as it is: no copies, no maps.
    copyPublicDir: false,
    rollupOptions: { output: { entryFileNames: 'entry-server.js' } },
  },
} : {
  root,
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // The server reads the manifest to name the first page's scripts in index.html (src/server/web-app.ts).
    manifest: true,
    rollupOptions: {
      // Pieces shared by a few pages (a Badge, a Popover) go with a neighbour rather than each in a file of
      // its own: the first page then arrives in a handful of requests instead of twenty-five.
      output: { experimentalMinChunkSize: 24_000 },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:5757' },
  },
});
