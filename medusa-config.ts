// The development and test store: it loads the plugin straight from `src/`
// (api, links, workflows, subscribers, admin) and registers its module by path.
// It is not part of the published package (see tsconfig.json "exclude").
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const cors =
  process.env.MEDUSA_CORS || "http://localhost:9000,http://localhost:5173"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
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
  },
  modules: [
    {
      resolve: "./src/modules/serial-inventory",
      options: {},
    },
  ],
})
