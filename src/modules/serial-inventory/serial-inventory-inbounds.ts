import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
} from "@medusajs/framework/utils"
import { SerialErrorCode } from "../../types/error-codes"
import type {
  CreateSerialInboundInput,
  ScanSerialInboundInput,
  SerialInboundConfirmation,
  SerialInboundLineCounts,
  SerialInboundScanChange,
  SerialInboundSerialsUndo,
  SerialInboundStatus,
} from "../../types/serial-inbound"
import type { SerialAttributeValues } from "../../types/template-attribute"
import {
  cancelSerialInbound,
  confirmSerialInbound,
  createSerialInbound,
  deleteCreatedSerialInbound,
  reopenSerialInbound,
  revertSerialInboundSerials,
  scanSerialInbound,
  undoSerialInboundScan,
} from "./operations"
import { SerialInventoryPhotos } from "./serial-inventory-photos"
import { inboundLineTallies, knexFrom } from "./sql"
import { closedMethod, inboundLineCounts } from "./utils"

const inboundsThroughTheirOperations = closedMethod(
  SerialErrorCode.INBOUND_WRITE_NOT_ALLOWED,
  "Serial inbound manifests change only through their operations (create, scan, undo a " +
    "scan, confirm, cancel): each checks the manifest is open and locks it"
)

type Write<T> = (knex: any) => Promise<T>

/**
 * The module's inbound manifest (ASN / pre-receipt) methods: create, scan,
 * undo a scan, confirm, cancel, and the undos their workflows' compensations
 * call. Each is one transaction on the locked manifest; the work lives in
 * `operations/`. Reading uses the generated `listSerialInbounds` (and lines,
 * serials) plus `listSerialInboundLineCounts`; the generated writes are closed.
 */
export class SerialInventoryInbounds extends SerialInventoryPhotos {
  @InjectTransactionManager()
  protected async inboundWrite_<T>(
    write: Write<T>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<T> {
    return await write(knexFrom(sharedContext, true))
  }

  /** Creates an open manifest (see `operations/create-serial-inbound.ts`); returns its id. */
  @InjectManager()
  async createSerialInbound(
    input: CreateSerialInboundInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string> {
    return await this.inboundWrite_(
      (k) => createSerialInbound(k, input),
      sharedContext
    )
  }

  /** Takes back a manifest just created while it is open (compensation). */
  @InjectManager()
  async deleteCreatedSerialInbound(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.inboundWrite_(
      (k) => deleteCreatedSerialInbound(k, id),
      sharedContext
    )
  }

  /** Records a batch of scans, each classified; never throws for a bad scan. */
  @InjectManager()
  async scanSerialInbound(
    input: ScanSerialInboundInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialInboundScanChange> {
    return await this.inboundWrite_(
      (k) => scanSerialInbound(k, input),
      sharedContext
    )
  }

  /** Takes one scan back; returns the record that puts it back. */
  @InjectManager()
  async undoSerialInboundScan(
    inboundId: string,
    scanId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialInboundSerialsUndo> {
    return await this.inboundWrite_(
      (k) => undoSerialInboundScan(k, inboundId, scanId),
      sharedContext
    )
  }

  /** Puts scan rows back as they were (compensation of a scan or an undo). */
  @InjectManager()
  async revertSerialInboundSerials(
    undo: SerialInboundSerialsUndo,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.inboundWrite_(
      (k) => revertSerialInboundSerials(k, undo),
      sharedContext
    )
  }

  /** Marks an open manifest confirmed and returns the scanned serials to receive. */
  @InjectManager()
  async confirmSerialInbound(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialInboundConfirmation> {
    return await this.inboundWrite_(
      (k) => confirmSerialInbound(k, id),
      sharedContext
    )
  }

  /** Cancels an open manifest. */
  @InjectManager()
  async cancelSerialInbound(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.inboundWrite_((k) => cancelSerialInbound(k, id), sharedContext)
  }

  /** Puts a confirmed or canceled manifest back to open (compensation). */
  @InjectManager()
  async reopenSerialInbound(
    id: string,
    from: SerialInboundStatus,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.inboundWrite_(
      (k) => reopenSerialInbound(k, id, from),
      sharedContext
    )
  }

  /** Live counts of every line of these manifests: one statement. */
  @InjectManager()
  async listSerialInboundLineCounts(
    inboundIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<
    (SerialInboundLineCounts & {
      inbound_id: string
      attributes: SerialAttributeValues | null
    })[]
  > {
    const lines = await inboundLineTallies(knexFrom(sharedContext), inboundIds)
    return lines.map((l) => ({
      inbound_id: l.inbound_id,
      attributes: l.attributes,
      ...inboundLineCounts(l),
    }))
  }

  // Closed: a manifest's status, lines and scans change only through the operations above.
  // @ts-expect-error closes the generated method (a property in its type)
  async createSerialInbounds(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async updateSerialInbounds(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async deleteSerialInbounds(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async softDeleteSerialInbounds(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async restoreSerialInbounds(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async createSerialInboundLines(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async updateSerialInboundLines(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async deleteSerialInboundLines(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async softDeleteSerialInboundLines(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async restoreSerialInboundLines(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async createSerialInboundSerials(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async updateSerialInboundSerials(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async deleteSerialInboundSerials(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async softDeleteSerialInboundSerials(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
  // @ts-expect-error closes the generated method (a property in its type)
  async restoreSerialInboundSerials(): Promise<never> {
    return await inboundsThroughTheirOperations()
  }
}
