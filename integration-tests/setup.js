// Each suite boots MikroORM anew; stale entity metadata from a previous suite
// in the same worker would otherwise leak into the next one.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Lets the negative-control tests switch one guard off (see the module's
// utils/test-switches.ts); the switches stay off until a test turns them on.
process.env.SERIAL_INVENTORY_TEST_SWITCHES = "1"
