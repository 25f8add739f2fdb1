import { ArrowUpTray, Photo, Trash } from "@medusajs/icons"
import {
  Button,
  Container,
  Heading,
  IconButton,
  Skeleton,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useRef, type ChangeEvent } from "react"
import type { AdminSerialPhoto } from "../../types/http"
import {
  MAX_PHOTOS_PER_UPLOAD,
  useAddUnitPhotos,
  useRemoveUnitPhoto,
  useUnitPhotos,
} from "../hooks/unit-photos"
import { errorMessage } from "../lib/sdk"

const GRID = "grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4"

/** One thumbnail: opens the full image in a new tab; a remove button in its corner. */
const PhotoTile = ({
  photo,
  onRemove,
  removing,
}: {
  photo: AdminSerialPhoto
  onRemove: (photo: AdminSerialPhoto) => void
  removing: boolean
}) => {
  const label = photo.note || "Unit photo"
  return (
    <div className="relative aspect-square overflow-hidden rounded-lg border border-ui-border-base bg-ui-bg-subtle">
      <a href={photo.url} target="_blank" rel="noreferrer" title={label}>
        <img
          src={photo.url}
          alt={label}
          loading="lazy"
          className="h-full w-full object-cover"
        />
      </a>
      <IconButton
        size="small"
        variant="primary"
        className="absolute right-1 top-1"
        aria-label={`Remove ${label}`}
        disabled={removing}
        isLoading={removing}
        onClick={() => onRemove(photo)}
      >
        <Trash />
      </IconButton>
    </div>
  )
}

/**
 * The "Photos" section of a unit page: thumbnails of the unit's photos, an
 * "Add photos" button (images are uploaded through Medusa's File module and
 * attached to the unit, each attach recorded as a `photo_added` event) and a
 * remove button per photo, confirmed first (a `photo_removed` event; the
 * server deletes the file once the removal committed).
 */
export const UnitPhotos = ({ unitId }: { unitId: string }) => {
  const { data, isPending, isError, error } = useUnitPhotos(unitId)
  const add = useAddUnitPhotos(unitId)
  const remove = useRemoveUnitPhoto(unitId)
  const prompt = usePrompt()
  const input = useRef<HTMLInputElement>(null)
  const photos = data?.photos ?? []

  const onFiles = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(e.target.files ?? [])
    e.target.value = "" // choosing the same files again fires again
    const images = chosen.filter((f) => f.type.startsWith("image/"))
    if (images.length < chosen.length) {
      toast.warning("Only images can be added", {
        description: `${chosen.length - images.length} file(s) skipped`,
      })
    }
    if (!images.length) return
    if (images.length > MAX_PHOTOS_PER_UPLOAD) {
      toast.error(`At most ${MAX_PHOTOS_PER_UPLOAD} photos at a time`)
      return
    }
    add.mutate(images, {
      onSuccess: ({ count }) =>
        toast.success(count === 1 ? "Photo added" : `${count} photos added`),
      onError: (err) =>
        toast.error("Photos not added", { description: errorMessage(err) }),
    })
  }

  const onRemove = async (photo: AdminSerialPhoto) => {
    const confirmed = await prompt({
      title: "Remove photo?",
      description:
        "The photo is removed from this unit and its file is deleted. The unit's history keeps a record of it.",
      confirmText: "Remove",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    remove.mutate(photo.id, {
      onSuccess: () => toast.success("Photo removed"),
      onError: (err) =>
        toast.error("Photo not removed", { description: errorMessage(err) }),
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Photos</Heading>
        <input
          ref={input}
          type="file"
          accept="image/*"
          multiple
          hidden
          onChange={onFiles}
        />
        <Button
          size="small"
          variant="secondary"
          isLoading={add.isPending}
          disabled={isPending || isError}
          onClick={() => input.current?.click()}
        >
          <ArrowUpTray />
          Add photos
        </Button>
      </div>
      <div className="px-6 py-4">
        {isPending ? (
          <div className={GRID} aria-busy="true">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="aspect-square w-full rounded-lg" />
            ))}
          </div>
        ) : isError ? (
          <Text size="small" className="text-ui-fg-error">
            Photos could not be loaded: {errorMessage(error)}
          </Text>
        ) : photos.length === 0 ? (
          <div className="flex flex-col items-center gap-y-2 py-6 text-center">
            <Photo className="text-ui-fg-muted" />
            <Text size="small" weight="plus">
              No photos yet
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              Add photos of this unit: its condition, labels or damage.
            </Text>
          </div>
        ) : (
          <div className={GRID}>
            {photos.map((photo) => (
              <PhotoTile
                key={photo.id}
                photo={photo}
                onRemove={onRemove}
                removing={remove.isPending && remove.variables === photo.id}
              />
            ))}
          </div>
        )}
      </div>
    </Container>
  )
}
