import { XMarkMini } from "@medusajs/icons"
import { Badge, clx } from "@medusajs/ui"
import { useRef, useState, type KeyboardEvent } from "react"

interface OptionChipsInputProps {
  id: string
  value: string[]
  onChange: (value: string[]) => void
  placeholder?: string
  invalid?: boolean
  describedBy?: string
}

/**
 * A select attribute's options as chips, in the order typed: Enter or a comma
 * adds the text (a duplicate is kept too, so the API can name it), Backspace
 * in the empty field removes the last chip, blur adds what is left.
 */
export const OptionChipsInput = ({
  id,
  value,
  onChange,
  placeholder,
  invalid,
  describedBy,
}: OptionChipsInputProps) => {
  const inputRef = useRef<HTMLInputElement>(null)
  const [text, setText] = useState("")

  const commit = () => {
    const added = text
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean)
    if (added.length) onChange([...value, ...added])
    setText("")
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" || e.key === ",") {
      e.preventDefault()
      commit()
    } else if (e.key === "Backspace" && !text && value.length) {
      onChange(value.slice(0, -1))
    }
  }

  return (
    <div
      className={clx(
        "bg-ui-bg-field hover:bg-ui-bg-field-hover shadow-borders-base transition-fg flex min-h-8 flex-wrap items-center gap-1 rounded-md px-2 py-1",
        "focus-within:shadow-borders-interactive-with-active",
        invalid && "!shadow-borders-error"
      )}
      onClick={() => inputRef.current?.focus()}
    >
      {value.map((option, index) => (
        <Badge
          key={`${option}-${index}`}
          size="2xsmall"
          className="max-w-full gap-x-0.5 pr-1"
        >
          <span className="truncate">{option}</span>
          <button
            type="button"
            aria-label={`Remove option ${option}`}
            className="text-ui-fg-muted hover:text-ui-fg-subtle transition-fg shrink-0 outline-none"
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            <XMarkMini />
          </button>
        </Badge>
      ))}
      <input
        id={id}
        ref={inputRef}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
        placeholder={value.length ? undefined : placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        className="caret-ui-fg-base text-ui-fg-base txt-compact-small placeholder:text-ui-fg-muted min-w-[96px] flex-1 appearance-none bg-transparent py-0.5 outline-none"
      />
    </div>
  )
}
