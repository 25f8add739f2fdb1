import Medusa from "@medusajs/js-sdk"

declare const __BACKEND_URL__: string | undefined

/** The dashboard's session (cookie) authenticates every call the plugin's admin UI makes. */
export const sdk = new Medusa({
  baseUrl: (typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__) || "/",
  auth: { type: "session" },
})

/** The message of an API refusal (`{ message }` from Medusa's error handler), for a toast or an inline note. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) {
    return String((error as { message: unknown }).message)
  }
  return String(error)
}
