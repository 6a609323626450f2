import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { serviceWorkerPlugin } from './serviceWorker/serviceWorkerPlugin.ts'

const server = 'http://127.0.0.1:8080'

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin()],
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': server,
      '/healthz': server,
      '/collab': { target: server, ws: true },
    },
  },
  preview: { host: '127.0.0.1' },
  build: { outDir: 'dist', sourcemap: true },
})
