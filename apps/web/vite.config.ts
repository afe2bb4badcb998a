import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { antdStyles } from './antd-styles.ts';
import { pagePreload } from './page-preload.ts';
import { precompress } from './precompress.ts';
import { TIME_ZONE } from './src/i18n/format.ts';
import { antdTheme } from './src/theme.ts';

const api = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

export default defineConfig({
  plugins: [
    react(),
    // antd's styles for the app's theme as a stylesheet, not computed at runtime (see antd-styles.ts).
    antdStyles(antdTheme),
    // At a page's address, its chunks and the shell's download with the main chunk (see page-preload.ts).
    pagePreload({
      registry: 'src/kit/routes.tsx',
      shell: 'src/components/app-layout.tsx',
      // The sign-in pages and the anonymous tip portal (src/routes/public-paths.ts) never load the shell.
      noShell: ['/login', '/logout', '/to-giac', '/to-giac/tra-cuu'],
      // The login page is a chunk of its own (not in every page's first download): preloaded at its address.
      publicPages: { '/login': 'src/features/auth/login-page.tsx' },
      // The map's prefetch asks for the map view (Leaflet) at boot.
      extra: { '/hotspots/map': ['src/features/hotspots/map/hotspot-map-view.tsx'] },
      // Asked for by the script itself, while the code downloads: the session check, and the map's data.
      early: {
        shell: ['/auth/me'],
        pages: { '/hotspots/map': 'src/features/hotspots/map/map-early.ts' },
        timeZone: TIME_ZONE,
      },
    }),
    precompress(),
  ],
  server: { port: 5173, strictPort: true, proxy: api },
  preview: { port: 4173, proxy: api },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The browsers of the house preload modules natively (Chromium 66+, Safari 17+, Firefox 115+); an older one
    // only loses the preloading. The polyfill ran in every first load's main chunk.
    modulePreload: { polyfill: false },
    // antd is NOT one vendor chunk: each antd component lands in the chunk of the pages that use it, so the
    // login page downloads only its form controls (the whole of antd was ~1 MB before any page showed).
    // qrcode stays in the lazy chunk of the 2FA enrolment step.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'vendor-react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 20,
            },
            // zod is not grouped: it comes with the contracts, in the chunks of the pages that validate.
            {
              name: 'vendor-lib',
              test: /node_modules[\\/](i18next|react-i18next|@tanstack|html-parse-stringify|void-elements)[\\/]/,
              priority: 5,
            },
          ],
        },
      },
    },
  },
});
