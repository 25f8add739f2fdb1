import {
  createStep,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SerialNumberEvents } from "../../src/types/events"
import {
  addSerialPhotosWorkflow,
  removeSerialPhotosWorkflow,
} from "../../src/workflows/serial-photos"
import { createFixtures, Fixtures, Modules, sql } from "./helpers/fixtures"
import { eventually } from "./helpers/storefront"

jest.setTimeout(120000)

// A 1x1 PNG: what the admin's file input would send.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)

const failAfterPhotos = createStep("fail-after-photos", async () => {
  throw new Error("injected failure after the photo step")
})
const photoAddThenFail = createWorkflow("photo-add-then-fail", (input: any) => {
  const change = addSerialPhotosWorkflow.runAsStep({ input })
  failAfterPhotos()
  return new WorkflowResponse(change)
})
const photoRemoveThenFail = createWorkflow(
  "photo-remove-then-fail",
  (input: any) => {
    const change = removeSerialPhotosWorkflow.runAsStep({ input })
    failAfterPhotos()
    return new WorkflowResponse(change)
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let f: Fixtures
    let unitId: string
    let otherUnitId: string
    let uploaded: string[] = []
    let counter = 0

    const files = () => getContainer().resolve(Modules.FILE) as any
    const opts = () => ({ ...f.adminHeaders, validateStatus: () => true })
    const path = (id = unitId) => `/admin/serial-numbers/${id}/photos`

    /** Uploads a PNG through Medusa's own route (multipart), as the admin UI does. */
    const upload = async (): Promise<{ id: string; url: string }> => {
      const form = new FormData()
      form.append(
        "files",
        new Blob([PNG], { type: "image/png" }),
        `unit-photo-${++counter}.png`
      )
      const res = await api.post("/admin/uploads", form, f.adminHeaders)
      expect(res.status).toBe(200)
      const [file] = res.data.files
      uploaded.push(file.id)
      return file
    }
    const fileExists = async (id: string) =>
      files()
        .retrieveFile(id)
        .then(
          () => true,
          () => false
        )
    const attach = (body: unknown, id = unitId) =>
      api.post(path(id), body, opts())
    const rows = () =>
      sql(
        getContainer(),
        "select id, serial_number_id, file_id, url, note, actor_type, actor_id, deleted_at is not null as removed from serial_photo order by created_at, id"
      )
    const photoEvents = () =>
      sql(
        getContainer(),
        "select serial_number_id, type, from_status, to_status, actor_type, actor_id, note, data from serial_event where type like 'photo%' order by created_at, id"
      )
    const written = async () => ({
      photos: await rows(),
      events: await photoEvents(),
    })

    // Bus events that reached subscribers (a compensated workflow's never do).
    let emitted: { name: string; data: any }[] = []
    let subscribed = false
    beforeEach(() => {
      emitted = []
      if (subscribed) return
      subscribed = true
      const bus = getContainer().resolve(Modules.EVENT_BUS) as any
      for (const name of [
        SerialNumberEvents.PHOTO_ADDED,
        SerialNumberEvents.PHOTO_REMOVED,
      ]) {
        bus.subscribe(
          name,
          async (event: any) => {
            emitted.push({ name, data: event.data })
          },
          { subscriberId: `unit-photos-spec-${name}` }
        )
      }
    })

    beforeEach(async () => {
      f = await createFixtures(getContainer())
      const res = await api.post(
        "/admin/serial-numbers",
        {
          serial_numbers: ["PHOTO-1", "PHOTO-2"].map((serial) => ({
            serial,
            inventory_item_id: f.inventoryItemId,
            stock_location_id: f.locationId,
            attributes: { colour: "black" },
          })),
        },
        f.adminHeaders
      )
      ;[unitId, otherUnitId] = res.data.serial_numbers.map((u: any) => u.id)
    })

    afterEach(async () => {
      // Uploads land in ./static (git-ignored): leave nothing behind.
      await files()
        .deleteFiles(uploaded)
        .catch(() => undefined)
      uploaded = []
    })

    it("attaches uploaded images with a photo_added event each, lists them, and leaves the status alone", async () => {
      const [a, b] = [await upload(), await upload()]
      const res = await attach({
        photos: [
          { file_id: a.id, url: a.url, note: "scratch on the lid" },
          { file_id: b.id, url: b.url },
        ],
      })
      expect(res.status).toBe(201)
      expect(res.data).toEqual({
        count: 2,
        photos: [
          {
            id: expect.stringMatching(/^sphoto_/),
            serial_number_id: unitId,
            file_id: a.id,
            url: a.url,
            note: "scratch on the lid",
            actor_type: "system",
            actor_id: expect.stringMatching(/^apk_/),
            created_at: expect.any(String),
            updated_at: expect.any(String),
          },
          expect.objectContaining({ file_id: b.id, note: null }),
        ],
      })
      const [pa, pb] = res.data.photos
      expect(await rows()).toEqual([
        expect.objectContaining({ id: pa.id, file_id: a.id, removed: false }),
        expect.objectContaining({ id: pb.id, file_id: b.id, removed: false }),
      ])
      expect(await photoEvents()).toEqual([
        {
          serial_number_id: unitId,
          type: "photo_added",
          from_status: null,
          to_status: null,
          actor_type: "system",
          actor_id: expect.stringMatching(/^apk_/),
          note: "scratch on the lid",
          data: { photo_id: pa.id, file_id: a.id, url: a.url },
        },
        expect.objectContaining({
          type: "photo_added",
          note: null,
          data: { photo_id: pb.id, file_id: b.id, url: b.url },
        }),
      ])
      await eventually(
        async () => emitted.length,
        (n) => n > 0
      )
      expect(emitted).toEqual([
        {
          name: "serial_number.photo_added",
          data: {
            serial_number_id: unitId,
            photo_ids: [pa.id, pb.id],
            file_ids: [a.id, b.id],
          },
        },
      ])

      const list = await api.get(path(), f.adminHeaders)
      expect(list.data).toEqual({ photos: res.data.photos, count: 2 })
      expect((await api.get(path(otherUnitId), f.adminHeaders)).data).toEqual({
        photos: [],
        count: 0,
      })
      // The unit page may ask for them with the unit; its status is unchanged.
      const detail = await api.get(
        `/admin/serial-numbers/${unitId}?fields=status,+photos`,
        f.adminHeaders
      )
      expect(detail.data.serial_number).toEqual({
        id: unitId,
        status: "in_stock",
        photos: res.data.photos,
      })
      // The timeline shows them too.
      const timeline = await api.get(
        `/admin/serial-numbers/${unitId}`,
        f.adminHeaders
      )
      expect(
        timeline.data.serial_number.events.map((e: any) => e.type)
      ).toEqual(["received", "photo_added", "photo_added"])
      // Photos are a detail field only.
      const onList = await api.get(
        "/admin/serial-numbers?fields=+photos",
        opts()
      )
      expect(onList.status).toBe(400)
    })

    it("removes a photo: the row is soft-deleted with a photo_removed event, and the file is deleted once that committed", async () => {
      const [a, b] = [await upload(), await upload()]
      const {
        data: {
          photos: [pa, pb],
        },
      } = await attach({
        photos: [
          { file_id: a.id, url: a.url },
          { file_id: b.id, url: b.url },
        ],
      })
      emitted = []
      const res = await api.delete(`${path()}/${pa.id}`, f.adminHeaders)
      expect(res.status).toBe(200)
      expect(res.data).toEqual({
        id: pa.id,
        object: "serial_photo",
        deleted: true,
      })
      expect(
        (await rows()).map((r: any) => [r.id, r.removed, r.file_id])
      ).toEqual([
        [pa.id, true, a.id],
        [pb.id, false, b.id],
      ])
      expect((await photoEvents()).at(-1)).toEqual({
        serial_number_id: unitId,
        type: "photo_removed",
        from_status: null,
        to_status: null,
        actor_type: "system",
        actor_id: expect.stringMatching(/^apk_/),
        note: null,
        data: { photo_id: pa.id, file_id: a.id, url: a.url },
      })
      expect((await api.get(path(), f.adminHeaders)).data).toEqual({
        photos: [pb],
        count: 1,
      })
      // The subscriber deletes the file after the workflow committed.
      expect(
        await eventually(
          () => fileExists(a.id),
          (exists) => !exists
        )
      ).toBe(false)
      expect(await fileExists(b.id)).toBe(true)
      expect(emitted).toEqual([
        {
          name: "serial_number.photo_removed",
          data: {
            serial_number_id: unitId,
            photo_ids: [pa.id],
            file_ids: [a.id],
          },
        },
      ])
      // Removing it again: it is no live photo of the unit any more.
      const again = await api.delete(`${path()}/${pa.id}`, opts())
      expect([again.status, again.data.code]).toEqual([
        404,
        "serial_photo_not_found",
      ])
      expect(await photoEvents()).toHaveLength(3)
    })

    it("keeps a file another unit's live photo still shows, and deletes it with the last one", async () => {
      const a = await upload()
      const first = await attach({ photos: [{ file_id: a.id, url: a.url }] })
      const second = await attach(
        { photos: [{ file_id: a.id, url: a.url }] },
        otherUnitId
      )
      expect([first.status, second.status]).toEqual([201, 201])
      await api.delete(`${path()}/${first.data.photos[0].id}`, f.adminHeaders)
      await eventually(
        async () => emitted.filter((e) => e.name.endsWith("removed")).length,
        (n) => n === 1
      )
      await new Promise((r) => setTimeout(r, 1000)) // the file subscriber's run
      expect(await fileExists(a.id)).toBe(true)
      await api.delete(
        `${path(otherUnitId)}/${second.data.photos[0].id}`,
        f.adminHeaders
      )
      expect(
        await eventually(
          () => fileExists(a.id),
          (exists) => !exists
        )
      ).toBe(false)
    })

    it("refuses file ids the File module does not know, naming them, writing nothing", async () => {
      const a = await upload()
      const res = await attach({
        photos: [
          { file_id: a.id, url: a.url },
          { file_id: "never-uploaded.png", url: "http://localhost/x.png" },
          { file_id: "../outside.png", url: "http://localhost/y.png" },
        ],
      })
      expect(res.status).toBe(400)
      expect(res.data.code).toBe("serial_photo_file_not_found")
      expect(res.data.message).toContain("never-uploaded.png")
      expect(res.data.message).toContain("../outside.png")
      expect(res.data.message).not.toContain(a.id)
      expect(await written()).toEqual({ photos: [], events: [] })
    })

    it("refuses a file the unit already shows, or the same file twice", async () => {
      const a = await upload()
      await attach({ photos: [{ file_id: a.id, url: a.url }] })
      const before = await written()
      const b = await upload()
      const again = await attach({
        photos: [
          { file_id: b.id, url: b.url },
          { file_id: a.id, url: a.url },
        ],
      })
      expect([again.status, again.data.code]).toEqual([
        400,
        "serial_photo_duplicate",
      ])
      expect(again.data.message).toContain(a.id)
      const twice = await attach({
        photos: [
          { file_id: b.id, url: b.url },
          { file_id: b.id, url: b.url },
        ],
      })
      expect([twice.status, twice.data.code]).toEqual([
        400,
        "serial_photo_duplicate",
      ])
      expect(await written()).toEqual(before)
    })

    it("answers 404 for an unknown unit on every photo route, writing nothing", async () => {
      const a = await upload()
      const list = await api.get(path("sn_missing"), opts())
      const add = await attach(
        { photos: [{ file_id: a.id, url: a.url }] },
        "sn_missing"
      )
      const remove = await api.delete(
        `${path("sn_missing")}/sphoto_missing`,
        opts()
      )
      for (const res of [list, add, remove]) {
        expect([res.status, res.data.code]).toEqual([
          404,
          "serial_number_not_found",
        ])
        expect(res.data.message).toContain("sn_missing")
      }
      expect(await written()).toEqual({ photos: [], events: [] })
      expect(await fileExists(a.id)).toBe(true)
    })

    it("answers 404 serial_photo_not_found for an unknown photo or another unit's photo", async () => {
      const a = await upload()
      const {
        data: {
          photos: [photo],
        },
      } = await attach({ photos: [{ file_id: a.id, url: a.url }] }, otherUnitId)
      const before = await written()
      for (const photoId of ["sphoto_missing", photo.id]) {
        const res = await api.delete(`${path()}/${photoId}`, opts())
        expect([res.status, res.data.code]).toEqual([
          404,
          "serial_photo_not_found",
        ])
        expect(res.data.message).toContain(photoId)
      }
      expect(await written()).toEqual(before)
      expect(await fileExists(a.id)).toBe(true)
    })

    describe("bad bodies are refused with serial_request_invalid, nothing written", () => {
      const ok = { file_id: "f.png", url: "http://localhost:9000/static/f.png" }
      it.each([
        ["no body", {}, "photos"],
        ["an empty list", { photos: [] }, "photos"],
        [
          "21 photos",
          { photos: Array.from({ length: 21 }, () => ok) },
          "photos",
        ],
        ["a list that is not one", { photos: ok }, "photos"],
        ["a missing url", { photos: [{ file_id: "f.png" }] }, "url"],
        ["an empty file id", { photos: [{ ...ok, file_id: "" }] }, "file_id"],
        [
          "a url that is not http(s)",
          { photos: [{ ...ok, url: "javascript:alert(1)" }] },
          "url",
        ],
        ["a url that is no url", { photos: [{ ...ok, url: "f.png" }] }, "url"],
        [
          "a note over 2000 characters",
          { photos: [{ ...ok, note: "n".repeat(2001) }] },
          "note",
        ],
        [
          "an unknown field in a photo",
          { photos: [{ ...ok, alt: "x" }] },
          "alt",
        ],
        ["an unknown top-level field", { photos: [ok], extra: 1 }, "extra"],
        [
          "a NUL character",
          { photos: [{ ...ok, file_id: "f\u0000.png" }] },
          "NUL",
        ],
      ])("%s", async (_name, body, mentioned) => {
        const res = await attach(body)
        expect(res.status).toBe(400)
        expect(res.data.code).toBe("serial_request_invalid")
        expect(res.data.message).toContain(mentioned)
        expect(await written()).toEqual({ photos: [], events: [] })
      })

      it("refuses query parameters on the list", async () => {
        const res = await api.get(`${path()}?limit=5`, opts())
        expect([res.status, res.data.code]).toEqual([
          400,
          "serial_request_invalid",
        ])
      })
    })

    describe("compensation: a failure after the photo step", () => {
      const run = async (workflow: any, input: unknown) => {
        const { errors } = await workflow(getContainer()).run({
          input,
          throwOnError: false,
        })
        expect(errors.map((e: any) => e.error?.message)).toEqual([
          "injected failure after the photo step",
        ])
      }

      it("attach: leaves no photo, no event and no bus event; the upload stays", async () => {
        const a = await upload()
        await run(photoAddThenFail, {
          serial_number_id: unitId,
          photos: [{ file_id: a.id, url: a.url, note: "rolled back" }],
          actor: { actor_type: "user", actor_id: "user_1" },
        })
        expect(await written()).toEqual({ photos: [], events: [] })
        await new Promise((r) => setTimeout(r, 500))
        expect(emitted).toEqual([])
        expect(await fileExists(a.id)).toBe(true)
      })

      it("remove: the photo is live again, its photo_removed event is gone, and the file is kept", async () => {
        const a = await upload()
        const {
          data: {
            photos: [photo],
          },
        } = await attach({ photos: [{ file_id: a.id, url: a.url }] })
        const before = await written()
        emitted = []
        await run(photoRemoveThenFail, {
          serial_number_id: unitId,
          photo_ids: [photo.id],
        })
        expect(await written()).toEqual(before)
        await new Promise((r) => setTimeout(r, 1000))
        expect(emitted).toEqual([])
        expect(await fileExists(a.id)).toBe(true)
        expect((await api.get(path(), f.adminHeaders)).data.photos).toEqual([
          photo,
        ])
      })
    })
  },
})
