import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy: api },
  preview: { port: 4173, proxy: api },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // antd is one large vendor chunk on purpose: it changes rarely, so browsers keep it across releases.
    // qrcode is not grouped, so it stays in the lazy chunk of the 2FA enrolment step.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'vendor-react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 20,
            },
            {
              name: 'vendor-antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs|@emotion|stylis|clsx|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|json2mq|string-convert|is-mobile)[\\/]/,
              priority: 10,
            },
            {
              name: 'vendor-lib',
              test: /node_modules[\\/](i18next|react-i18next|@tanstack|zod|html-parse-stringify|void-elements)[\\/]/,
              priority: 5,
            },
          ],
        },
      },
    },
  },
});
