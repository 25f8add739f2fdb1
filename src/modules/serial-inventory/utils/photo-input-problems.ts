import { hasNul } from "./nul-characters"

const isText = (v: unknown, max: number): v is string =>
  typeof v === "string" && v.trim().length > 0 && v.length <= max

export interface PhotoInputProblems {
  /** Malformed photos, one line each (`photo 2: file_id must be ...`). */
  invalid: string[]
  /** Files given twice in the request. */
  repeated: string[]
}

/**
 * What is wrong with photos to attach: the module's own check, whoever calls
 * it. A file_id is 1-1024 characters, a url 1-2048, a note at most 2000 (or
 * null), no NUL characters, and a file appears once per request.
 */
export function photoInputProblems(photos: unknown): PhotoInputProblems {
  if (!Array.isArray(photos) || !photos.length) {
    return { invalid: ["photos must be a non-empty list"], repeated: [] }
  }
  const problems: string[] = []
  const repeated: string[] = []
  const seen = new Map<string, number>()
  photos.forEach((photo, i) => {
    const at = `photo ${i + 1}`
    if (!photo || typeof photo !== "object") {
      problems.push(`${at}: must be an object`)
      return
    }
    const { file_id, url, note } = photo as Record<string, unknown>
    if (!isText(file_id, 1024)) {
      problems.push(`${at}: file_id must be 1-1024 characters`)
    }
    if (!isText(url, 2048)) {
      problems.push(`${at}: url must be 1-2048 characters`)
    }
    if (note != null && (typeof note !== "string" || note.length > 2000)) {
      problems.push(`${at}: note must be text of at most 2000 characters`)
    }
    if (hasNul(photo)) {
      problems.push(`${at}: must not contain NUL characters`)
    }
    if (typeof file_id === "string") {
      const first = seen.get(file_id)
      if (first !== undefined) {
        repeated.push(`${at}: file ${file_id} is already photo ${first + 1}`)
      } else {
        seen.set(file_id, i)
      }
    }
  })
  return { invalid: problems, repeated }
}
