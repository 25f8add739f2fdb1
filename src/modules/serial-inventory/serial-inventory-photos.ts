import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
} from "@medusajs/framework/utils"
import type { SerialActorContext } from "../../types/serial-number-inputs"
import type {
  AddSerialPhotosInput,
  RemoveSerialPhotosInput,
  SerialPhotoChange,
} from "../../types/serial-photo"
import {
  addSerialPhotos,
  removeSerialPhotos,
  SerialPhotoChangeKind,
  undoSerialPhotoChange,
} from "./operations"
import { SerialInventoryOrderFlow } from "./serial-inventory-order-flow"
import { knexFrom } from "./sql"

/**
 * The module's photo methods: a unit's photos are references to files in
 * Medusa's File module, attached and removed together with their
 * `photo_added` / `photo_removed` events in one transaction (the generated
 * `SerialPhoto` write methods are closed). Reading uses the generated
 * `listSerialPhotos`, or `query.graph` through the unit's `photos`.
 */
export class SerialInventoryPhotos extends SerialInventoryOrderFlow {
  /**
   * Attaches photos to a unit, each with a `photo_added` event (see
   * `operations/add-serial-photos.ts`). Used by `addSerialPhotosWorkflow`.
   */
  @InjectManager()
  async addSerialPhotos(
    input: AddSerialPhotosInput,
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialPhotoChange> {
    return await this.addSerialPhotos_(input, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async addSerialPhotos_(
    input: AddSerialPhotosInput,
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialPhotoChange> {
    return await addSerialPhotos(knexFrom(sharedContext, true), input, actor)
  }

  /**
   * Removes photos of a unit (soft delete), each with a `photo_removed`
   * event. Used by `removeSerialPhotosWorkflow`.
   */
  @InjectManager()
  async removeSerialPhotos(
    input: RemoveSerialPhotosInput,
    actor: SerialActorContext = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialPhotoChange> {
    return await this.removeSerialPhotos_(input, actor, sharedContext)
  }

  @InjectTransactionManager()
  protected async removeSerialPhotos_(
    input: RemoveSerialPhotosInput,
    actor: SerialActorContext,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SerialPhotoChange> {
    return await removeSerialPhotos(knexFrom(sharedContext, true), input, actor)
  }

  /**
   * Undoes what `addSerialPhotos` (`"added"`) or `removeSerialPhotos`
   * (`"removed"`) returned, leaving neither rows nor events of it: the
   * compensation of the photo steps.
   */
  @InjectManager()
  async undoSerialPhotoChange(
    kind: SerialPhotoChangeKind,
    change: SerialPhotoChange,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await this.undoSerialPhotoChange_(kind, change, sharedContext)
  }

  @InjectTransactionManager()
  protected async undoSerialPhotoChange_(
    kind: SerialPhotoChangeKind,
    change: SerialPhotoChange,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await undoSerialPhotoChange(knexFrom(sharedContext, true), kind, change)
  }
}
