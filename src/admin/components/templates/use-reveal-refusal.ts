import { useEffect, type RefObject } from "react"
import type { TemplateErrors } from "./template-errors"

/** The nearest ancestor that scrolls (the modal's or drawer's body). */
function scrollerOf(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(p).overflowY)) return p
  }
  return null
}

/**
 * Scrolls only the form's own body: `scrollIntoView` would also shift the
 * modal's overflow-hidden frame and push its header and footer out of place.
 */
function reveal(el: HTMLElement, where: "center" | "top") {
  const scroller = scrollerOf(el)
  if (!scroller) return
  const box = scroller.getBoundingClientRect()
  const at = el.getBoundingClientRect()
  const offset =
    where === "top"
      ? at.top - box.top - 16
      : at.top - box.top - box.height / 2 + at.height / 2
  scroller.scrollTop += offset
}

/**
 * After a refused save, moves focus to the first field the API named, or
 * brings the error box into view when it named none.
 */
export function useRevealRefusal(
  root: RefObject<HTMLElement | null>,
  refusal: TemplateErrors | null
) {
  useEffect(() => {
    if (!refusal || !root.current) return
    const field = root.current.querySelector<HTMLElement>(
      '[aria-invalid="true"]'
    )
    const box = root.current.querySelector<HTMLElement>(
      '[data-testid="template-form-error"]'
    )
    if (field) {
      field.focus({ preventScroll: true })
      reveal(field, "center")
    } else if (box) {
      reveal(box, "top")
    }
  }, [refusal, root])
}
