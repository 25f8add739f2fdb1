// The development and test store: it loads the plugin straight from `src/`
// (api, links, workflows, subscribers, admin) and registers its module by path.
// It is not part of the published package (see tsconfig.json "exclude").
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// With REDIS_URL set (and outside Medusa's test runner), the store runs as a production
// store would across several processes: Redis event bus, workflow engine, locking and cache.
// The two-process no-double-sell test (integration-tests/processes) starts it that way.
const redisUrl = process.env.TEST_TYPE ? undefined : process.env.REDIS_URL
const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        // BullMQ handles one job at a time per process unless told otherwise: with 20, a burst
        // of order.placed events reaches the plugin's batched allocation together.
        options: { redisUrl, workerOptions: { concurrency: 20 } },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

// Where the local file provider's URLs point (photos): the store's own address when it does not
// listen on localhost:9000 (the browser tests' store runs on a free port).
const backendUrl = process.env.MEDUSA_BACKEND_URL
const fileModules = backendUrl
  ? [
      {
        resolve: "@medusajs/medusa/file",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/file-local",
              id: "local",
              options: { backend_url: `${backendUrl}/static` },
            },
          ],
        },
      },
    ]
  : []

// The plugin's options (see README, Options), as JSON: the bench and the two-process tests set
// the warranty rate limit through it.
const pluginOptions = process.env.SERIAL_INVENTORY_OPTIONS
  ? JSON.parse(process.env.SERIAL_INVENTORY_OPTIONS)
  : {}

const cors =
  process.env.MEDUSA_CORS || "http://localhost:9000,http://localhost:5173"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE || "shared") as
      "shared" | "worker" | "server",
    http: {
      storeCors: process.env.STORE_CORS || cors,
      adminCors: process.env.ADMIN_CORS || cors,
      authCors: process.env.AUTH_CORS || cors,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable:
      process.env.MEDUSA_ADMIN_DISABLED === "true" || !!process.env.TEST_TYPE,
    // The browser tests give the dashboard's Vite a cache of its own (dev servers sharing
    // node_modules/.vite invalidate each other's pre-bundled dependencies) and pre-bundle the
    // icons the plugin's extensions import.
    vite: process.env.MEDUSA_ADMIN_VITE_CACHE_DIR
      ? () => ({
          cacheDir: process.env.MEDUSA_ADMIN_VITE_CACHE_DIR,
          optimizeDeps: { include: ["@medusajs/icons"] },
        })
      : undefined,
  },
  modules: [
    {
      resolve: "./src/modules/serial-inventory",
      options: pluginOptions,
    },
    ...redisModules,
    ...fileModules,
  ],
})
