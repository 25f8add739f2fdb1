import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SERIAL_INVENTORY_MODULE } from ".."
import type SerialInventoryModuleService from "../service"

jest.setTimeout(60000)

const ITEM = "iitem_photo"

moduleIntegrationTestRunner<SerialInventoryModuleService>({
  moduleName: SERIAL_INVENTORY_MODULE,
  resolve: "./src/modules/serial-inventory",
  pathToMigrations: "./src/modules/serial-inventory/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const raw = async (text: string, bindings: unknown[] = []) => {
      const knex = MikroOrmWrapper.getManager().getKnex()
      return (await knex.raw(text, bindings)).rows
    }
    const photoRows = () =>
      raw(
        "select file_id, url, note, actor_type, actor_id, deleted_at is not null as removed from serial_photo order by created_at, id"
      )
    const photoEvents = () =>
      raw(
        "select type, from_status, to_status, note, data, actor_id from serial_event where type like 'photo%' order by created_at, id"
      )
    const photo = (file_id: string, note?: string) => ({
      file_id,
      url: `http://localhost:9000/static/${file_id}`,
      ...(note ? { note } : {}),
    })
    let unitId: string

    beforeEach(async () => {
      await service.setSerialTrackingPolicy({
        inventory_item_id: ITEM,
        mode: "full",
      })
      const [unit] = await service.createSerialNumbers([
        { serial: "PH-1", inventory_item_id: ITEM },
      ])
      unitId = unit.id
    })

    it("attaches photos with one photo_added event each and leaves the status alone", async () => {
      const change = await service.addSerialPhotos(
        {
          serial_number_id: unitId,
          photos: [photo("a.png", "scratch on the lid"), photo("b.png")],
        },
        { actor_type: "user", actor_id: "user_1" }
      )
      expect(change.photos.map((p) => p.id)).toEqual([
        expect.stringMatching(/^sphoto_/),
        expect.stringMatching(/^sphoto_/),
      ])
      expect(change.event_ids).toHaveLength(2)
      expect(await photoRows()).toEqual([
        {
          file_id: "a.png",
          url: "http://localhost:9000/static/a.png",
          note: "scratch on the lid",
          actor_type: "user",
          actor_id: "user_1",
          removed: false,
        },
        expect.objectContaining({ file_id: "b.png", note: null }),
      ])
      expect(await photoEvents()).toEqual([
        {
          type: "photo_added",
          from_status: null,
          to_status: null,
          note: "scratch on the lid",
          actor_id: "user_1",
          data: {
            photo_id: change.photos[0].id,
            file_id: "a.png",
            url: "http://localhost:9000/static/a.png",
          },
        },
        expect.objectContaining({ type: "photo_added", note: null }),
      ])
      expect(
        await raw("select status from serial_number where id = ?", [unitId])
      ).toEqual([{ status: "in_stock" }])
    })

    it("refuses a file the unit already shows, or one given twice, writing nothing", async () => {
      await service.addSerialPhotos({
        serial_number_id: unitId,
        photos: [photo("a.png")],
      })
      await expect(
        service.addSerialPhotos({
          serial_number_id: unitId,
          photos: [photo("c.png"), photo("a.png")],
        })
      ).rejects.toMatchObject({
        code: "serial_photo_duplicate",
        message: expect.stringContaining("a.png"),
      })
      await expect(
        service.addSerialPhotos({
          serial_number_id: unitId,
          photos: [photo("d.png"), photo("d.png")],
        })
      ).rejects.toMatchObject({ code: "serial_photo_duplicate" })
      expect((await photoRows()).map((r: any) => r.file_id)).toEqual(["a.png"])
      expect(await photoEvents()).toHaveLength(1)
    })

    it("refuses malformed photos and unknown units", async () => {
      for (const photos of [
        [],
        [{ file_id: "", url: "x" }],
        [{ file_id: "a\u0000", url: "x" }],
        [{ file_id: "a.png" }],
      ]) {
        await expect(
          service.addSerialPhotos({
            serial_number_id: unitId,
            photos: photos as any,
          })
        ).rejects.toMatchObject({ code: "serial_photo_invalid" })
      }
      await expect(
        service.addSerialPhotos({
          serial_number_id: "sn_missing",
          photos: [photo("a.png")],
        })
      ).rejects.toMatchObject({ code: "serial_number_not_found" })
      expect(await photoRows()).toEqual([])
    })

    it("removes a photo by soft delete with a photo_removed event; the file can be attached again", async () => {
      const { photos } = await service.addSerialPhotos({
        serial_number_id: unitId,
        photos: [photo("a.png"), photo("b.png")],
      })
      await service.removeSerialPhotos(
        { serial_number_id: unitId, photo_ids: [photos[0].id] },
        { actor_type: "user", actor_id: "user_2" }
      )
      expect(
        (await photoRows()).map((r: any) => [r.file_id, r.removed])
      ).toEqual([
        ["a.png", true],
        ["b.png", false],
      ])
      expect((await photoEvents()).at(-1)).toMatchObject({
        type: "photo_removed",
        actor_id: "user_2",
        data: { photo_id: photos[0].id, file_id: "a.png" },
      })
      expect(
        await service.listSerialPhotos({ serial_number_id: unitId })
      ).toEqual([expect.objectContaining({ file_id: "b.png" })])
      await service.addSerialPhotos({
        serial_number_id: unitId,
        photos: [photo("a.png")],
      })
      expect(
        await raw(
          "select count(*)::int as n from serial_photo where deleted_at is null"
        )
      ).toEqual([{ n: 2 }])
    })

    it("refuses removing a photo of another unit, or one already removed", async () => {
      const [other] = await service.createSerialNumbers([
        { serial: "PH-2", inventory_item_id: ITEM },
      ])
      const { photos } = await service.addSerialPhotos({
        serial_number_id: other.id,
        photos: [photo("a.png")],
      })
      await expect(
        service.removeSerialPhotos({
          serial_number_id: unitId,
          photo_ids: [photos[0].id],
        })
      ).rejects.toMatchObject({
        type: "not_found",
        code: "serial_photo_not_found",
        message: expect.stringContaining(photos[0].id),
      })
      await service.removeSerialPhotos({
        serial_number_id: other.id,
        photo_ids: [photos[0].id],
      })
      await expect(
        service.removeSerialPhotos({
          serial_number_id: other.id,
          photo_ids: [photos[0].id],
        })
      ).rejects.toMatchObject({ code: "serial_photo_not_found" })
      expect((await photoEvents()).map((e: any) => e.type)).toEqual([
        "photo_added",
        "photo_removed",
      ])
    })

    it("undoes an attach and a removal without leaving rows or events", async () => {
      const added = await service.addSerialPhotos({
        serial_number_id: unitId,
        photos: [photo("a.png"), photo("b.png")],
      })
      const before = { photos: await photoRows(), events: await photoEvents() }
      const removed = await service.removeSerialPhotos({
        serial_number_id: unitId,
        photo_ids: [added.photos[1].id],
      })
      await service.undoSerialPhotoChange("removed", removed)
      expect({
        photos: await photoRows(),
        events: await photoEvents(),
      }).toEqual(before)
      await service.undoSerialPhotoChange("added", added)
      expect(await photoRows()).toEqual([])
      expect(await photoEvents()).toEqual([])
      expect(
        await raw("select type from serial_event where serial_number_id = ?", [
          unitId,
        ])
      ).toEqual([{ type: "received" }])
    })

    it("leaves a photo somebody removed meanwhile when undoing its attach", async () => {
      const added = await service.addSerialPhotos({
        serial_number_id: unitId,
        photos: [photo("a.png"), photo("b.png")],
      })
      await service.removeSerialPhotos({
        serial_number_id: unitId,
        photo_ids: [added.photos[0].id],
      })
      await service.undoSerialPhotoChange("added", added)
      expect(
        (await photoRows()).map((r: any) => [r.file_id, r.removed])
      ).toEqual([["a.png", true]])
      expect((await photoEvents()).map((e: any) => e.type)).toEqual([
        "photo_added",
        "photo_removed",
      ])
    })

    it("closes the generated photo write methods", async () => {
      for (const method of [
        "createSerialPhotos",
        "updateSerialPhotos",
        "deleteSerialPhotos",
        "softDeleteSerialPhotos",
        "restoreSerialPhotos",
      ]) {
        await expect((service as any)[method]([])).rejects.toMatchObject({
          type: "not_allowed",
          code: "serial_photo_write_not_allowed",
        })
      }
    })

    it("keeps the database's event type check in step with the enum", async () => {
      await expect(
        raw(
          "insert into serial_event (id, serial_number_id, type) values ('sev_x', ?, 'photo_exploded')",
          [unitId]
        )
      ).rejects.toThrow(/serial_event_type_check/)
    })
  },
})
