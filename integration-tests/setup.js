// Each suite boots MikroORM anew; stale entity metadata from a previous suite
// in the same worker would otherwise leak into the next one.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
