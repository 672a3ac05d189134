import { defineConfig } from "vite";

// The .NET build runs `vite build web --outDir <obj>/console`; the function app serves the result at /.
export default defineConfig({
  root: import.meta.dirname,
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 400 },
  server: { proxy: { "/api": "http://127.0.0.1:7071", "/.auth": "http://127.0.0.1:7071" } },
});
