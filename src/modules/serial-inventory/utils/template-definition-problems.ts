import {
  TemplateAttributeDefinition,
  TemplateAttributeType,
} from "../../../types/template-attribute"

const KEY = /^[a-z][a-z0-9_]{0,63}$/
const TYPES = Object.values(TemplateAttributeType) as string[]

/**
 * Checks a template's attribute definitions: keys are snake_case and unique,
 * types known, select attributes have distinct options and nothing else has
 * options. Returns one message per problem.
 */
export function templateDefinitionProblems(
  definitions: TemplateAttributeDefinition[]
): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  definitions.forEach((def, i) => {
    const where = `attribute ${i + 1} ("${def.key}")`
    if (!KEY.test(def.key)) {
      problems.push(
        `${where}: key must be snake_case (a-z, 0-9, _), starting with a letter`
      )
    }
    if (seen.has(def.key)) {
      problems.push(`${where}: key is used twice`)
    }
    seen.add(def.key)
    if (!TYPES.includes(def.type)) {
      problems.push(`${where}: unknown type "${def.type}"`)
    }
    const options = def.options ?? []
    if (def.type === TemplateAttributeType.SELECT) {
      if (!options.length) {
        problems.push(`${where}: a select attribute needs options`)
      }
      if (new Set(options).size !== options.length) {
        problems.push(`${where}: options must be distinct`)
      }
    } else if (options.length) {
      problems.push(`${where}: only select attributes have options`)
    }
  })
  return problems
}
