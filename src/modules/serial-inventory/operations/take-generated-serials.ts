import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../../types/error-codes"
import { takeSequenceNumbers } from "../sql"
import {
  generatorPatternProblems,
  renderSerials,
  sequenceKey,
  serialError,
} from "../utils"

/**
 * `count` new serials from a generator pattern, numbered from its counter
 * for the day `at` (one statement). The numbers stay taken whatever happens
 * to the receipt, so a serial is never generated twice.
 */
export async function takeGeneratedSerials(
  knex: Knex,
  pattern: string,
  count: number,
  at: Date
): Promise<string[]> {
  const problems = generatorPatternProblems(pattern)
  if (problems.length) {
    throw serialError(
      MedusaError.Types.INVALID_DATA,
      SerialErrorCode.POLICY_INVALID,
      `generator_pattern "${pattern}" ${problems.join("; ")}`
    )
  }
  const key = sequenceKey(pattern, at)
  const first = await takeSequenceNumbers(knex, key, count)
  return renderSerials(key, first, count)
}
