import { forwardRef, type FormHTMLAttributes, type KeyboardEvent } from "react"

const typesText = (el: EventTarget) =>
  el instanceof HTMLInputElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLElement && el.isContentEditable)

/**
 * A form Enter in a field does not submit (a half-typed row is not saved by
 * accident); Enter on the Save button does, and so does Cmd/Ctrl+Enter from
 * anywhere. Browser validation pop-ups are off: the API's messages show inline.
 */
export const EnterSafeForm = forwardRef<
  HTMLFormElement,
  FormHTMLAttributes<HTMLFormElement>
>(({ onKeyDown, ...props }, ref) => {
  const handleKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    onKeyDown?.(e)
    if (e.key !== "Enter" || e.nativeEvent.isComposing) return
    const form = e.currentTarget
    if (e.metaKey || e.ctrlKey) {
      e.preventDefault()
      // After React applied what this key did (an option chip, a grade).
      setTimeout(() => form.requestSubmit(), 0)
    } else if (typesText(e.target)) {
      e.preventDefault()
    }
  }
  return <form {...props} ref={ref} noValidate onKeyDown={handleKeyDown} />
})
EnterSafeForm.displayName = "EnterSafeForm"
