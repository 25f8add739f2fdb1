import { ArrowDownMini, ArrowUpMini, Plus, Trash } from "@medusajs/icons"
import { Button, Hint, IconButton, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useRef, useState, type KeyboardEvent } from "react"
import { nextUid, type TemplateDraft } from "./template-draft"
import { errorAt, type TemplateErrors } from "./template-errors"

type Grades = TemplateDraft["grades"]

interface ConditionGradesEditorProps {
  value: Grades
  onChange: (value: Grades) => void
  errors: TemplateErrors
}

const move = (list: Grades, from: number, to: number) => {
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item)
  return next
}

/**
 * The template's condition grades, best first (the order the `condition`
 * allocation strategy picks in): add, edit, move up or down, remove. Enter in
 * a grade opens the next one instead of submitting the form.
 */
export const ConditionGradesEditor = ({
  value,
  onChange,
  errors,
}: ConditionGradesEditorProps) => {
  const inputs = useRef(new Map<string, HTMLInputElement>())
  const [focusUid, setFocusUid] = useState<string | null>(null)
  const listError = errorAt(errors, "condition_grades")

  useEffect(() => {
    if (!focusUid) return
    inputs.current.get(focusUid)?.focus()
    setFocusUid(null)
  }, [focusUid])

  const insertAt = (index: number) => {
    const grade = { uid: nextUid(), value: "" }
    onChange([...value.slice(0, index), grade, ...value.slice(index)])
    setFocusUid(grade.uid)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (e.key !== "Enter" || e.metaKey || e.ctrlKey) return
    e.preventDefault()
    if (value[index].value.trim()) insertAt(index + 1)
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex flex-col">
          <Label size="small" weight="plus" id="template-grades-label">
            Condition grades
          </Label>
          <Hint>Best first. Units are graded with one of these.</Hint>
        </div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          className="shrink-0"
          onClick={() => insertAt(value.length)}
        >
          <Plus />
          Add grade
        </Button>
      </div>
      {value.length > 0 && (
        <ol
          aria-labelledby="template-grades-label"
          className="flex flex-col gap-y-2"
        >
          {value.map((grade, index) => {
            const error = errorAt(errors, `condition_grades.${grade.uid}`)
            return (
              <li key={grade.uid} className="flex flex-col gap-y-1">
                <div className="flex items-center gap-x-2">
                  <Text
                    size="small"
                    leading="compact"
                    className="text-ui-fg-muted w-5 shrink-0 text-right tabular-nums"
                  >
                    {index + 1}
                  </Text>
                  <Input
                    size="small"
                    value={grade.value}
                    aria-label={`Grade ${index + 1}`}
                    aria-invalid={!!error || !!listError || undefined}
                    placeholder={index === 0 ? "e.g. A (like new)" : undefined}
                    ref={(el) => {
                      if (el) inputs.current.set(grade.uid, el)
                      else inputs.current.delete(grade.uid)
                    }}
                    onChange={(e) =>
                      onChange(
                        value.map((g) =>
                          g.uid === grade.uid
                            ? { ...g, value: e.target.value }
                            : g
                        )
                      )
                    }
                    onKeyDown={(e) => onKeyDown(e, index)}
                  />
                  <div className="flex shrink-0 items-center gap-x-1">
                    <IconButton
                      size="small"
                      variant="transparent"
                      type="button"
                      aria-label={`Move grade ${index + 1} up`}
                      disabled={index === 0}
                      onClick={() => onChange(move(value, index, index - 1))}
                    >
                      <ArrowUpMini />
                    </IconButton>
                    <IconButton
                      size="small"
                      variant="transparent"
                      type="button"
                      aria-label={`Move grade ${index + 1} down`}
                      disabled={index === value.length - 1}
                      onClick={() => onChange(move(value, index, index + 1))}
                    >
                      <ArrowDownMini />
                    </IconButton>
                    <IconButton
                      size="small"
                      variant="transparent"
                      type="button"
                      aria-label={`Remove grade ${index + 1}`}
                      onClick={() =>
                        onChange(value.filter((g) => g.uid !== grade.uid))
                      }
                    >
                      <Trash />
                    </IconButton>
                  </div>
                </div>
                {error && (
                  <Hint variant="error" className="pl-7">
                    {error}
                  </Hint>
                )}
              </li>
            )
          })}
        </ol>
      )}
      {listError && (
        <Hint variant="error" role="alert">
          {listError}
        </Hint>
      )}
    </div>
  )
}
