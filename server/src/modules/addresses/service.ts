import { ADDRESS_TYPES, type Address, type AddressInput } from '@kontor/domain/addresses';
import type { Kysely, RawBuilder, Selectable, Transaction } from 'kysely';
import type { Engine } from '../../platform/db/connection.js';
import { jsonArrayFrom, parseJsonArray } from '../../platform/db/dialect/json.js';
import { newId } from '../../platform/db/ids.js';
import { insertInChunks } from '../../platform/db/insert-chunks.js';
import type { AddressesTable, Database } from '../../platform/db/schema.js';
import { storedEnum } from '../../platform/db/stored-enum.js';

type Db = Kysely<Database> | Transaction<Database>;
export type AddressOwner = 'organization' | 'contact';

/**
 * Postal addresses (M3) of organisations and contacts. Callers pass their transaction, so an
 * address change commits or fails together with the record it belongs to.
 */
export const addressService = {
  /** The addresses of many owners in one query, in their saved order, grouped by owner id. */
  async of(db: Db, ownerType: AddressOwner, ownerIds: readonly string[]): Promise<Map<string, Address[]>> {
    const byOwner = new Map<string, Address[]>();
    if (ownerIds.length === 0) return byOwner;
    const rows = await db
      .selectFrom('addresses')
      .selectAll()
      .where('owner_type', '=', ownerType)
      .where('owner_id', 'in', [...ownerIds])
      .orderBy('position')
      .execute();
    for (const row of rows) byOwner.set(row.owner_id, [...(byOwner.get(row.owner_id) ?? []), toAddress(row)]);
    return byOwner;
  },

  /** Replaces all addresses of an owner; returns the city the record shows in lists. */
  async replace(
    db: Db,
    ownerType: AddressOwner,
    ownerId: string,
    addresses: readonly AddressInput[],
  ): Promise<string | null> {
    await db
      .deleteFrom('addresses')
      .where('owner_type', '=', ownerType)
      .where('owner_id', '=', ownerId)
      .execute();
    return addressService.add(db, ownerType, ownerId, addresses);
  },

  /** Adds the addresses of an owner that has none yet; returns the city the record shows in lists. */
  async add(
    db: Db,
    ownerType: AddressOwner,
    ownerId: string,
    addresses: readonly AddressInput[],
  ): Promise<string | null> {
    await addressService.addMany(db, ownerType, [{ ownerId, addresses }]);
    return addressService.cityOf(addresses);
  },

  /** The city a record with these addresses shows in lists: the first one given. */
  cityOf(addresses: readonly AddressInput[]): string | null {
    return addresses.find((address) => address.city)?.city ?? null;
  },

  /** Adds the addresses of many new owners in as few statements as possible (imports). */
  async addMany(
    db: Db,
    ownerType: AddressOwner,
    owners: readonly { ownerId: string; addresses: readonly AddressInput[] }[],
  ): Promise<void> {
    const rows = owners.flatMap(({ ownerId, addresses }) =>
      addresses.map((address, position) => ({
        id: newId(),
        owner_type: ownerType,
        owner_id: ownerId,
        type: address.type,
        street: address.street,
        house_number: address.houseNumber,
        address_line2: address.addressLine2,
        po_box: address.poBox,
        postal_code: address.postalCode,
        city: address.city,
        country_code: address.countryCode,
        position,
      })),
    );
    await insertInChunks(db, 'addresses', rows);
  },

  /**
   * The addresses of the owner whose id `ownerId` holds (a column of the caller's query, e.g.
   * `sql.ref('contacts.id')`), as a JSON array column; read it back with `addressService.fromJson`.
   */
  jsonOf(db: Db, engine: Engine, ownerType: AddressOwner, ownerId: RawBuilder<string>) {
    return jsonArrayFrom(engine)(
      db
        .selectFrom('addresses')
        .select(ADDRESS_COLUMNS)
        .where('addresses.owner_type', '=', ownerType)
        .where('addresses.owner_id', '=', ownerId)
        .orderBy('addresses.position'),
    );
  },

  fromJson(value: unknown): Address[] {
    return parseJsonArray<AddressRow>(value)
      .sort((a, b) => a.position - b.position)
      .map(toAddress);
  },

  /** On a merge: the kept owner takes the merged one's addresses if it has none of its own. */
  async takeOverIfNone(db: Db, ownerType: AddressOwner, fromId: string, toId: string): Promise<void> {
    if ((await addressService.of(db, ownerType, [toId])).size > 0) return;
    await db
      .updateTable('addresses')
      .set({ owner_id: toId })
      .where('owner_type', '=', ownerType)
      .where('owner_id', '=', fromId)
      .execute();
  },

  async removeAll(db: Db, ownerType: AddressOwner, ownerId: string): Promise<void> {
    await db
      .deleteFrom('addresses')
      .where('owner_type', '=', ownerType)
      .where('owner_id', '=', ownerId)
      .execute();
  },
};

const ADDRESS_COLUMNS = [
  'addresses.id',
  'addresses.type',
  'addresses.street',
  'addresses.house_number',
  'addresses.address_line2',
  'addresses.po_box',
  'addresses.postal_code',
  'addresses.city',
  'addresses.country_code',
  'addresses.position',
] as const;

type AddressRow = Omit<Selectable<AddressesTable>, 'owner_type' | 'owner_id'>;

const addressTypeOf = storedEnum(ADDRESS_TYPES, 'billing');

function toAddress(row: AddressRow): Address {
  return {
    id: row.id,
    type: addressTypeOf(row.type),
    street: row.street,
    houseNumber: row.house_number,
    addressLine2: row.address_line2,
    poBox: row.po_box,
    postalCode: row.postal_code,
    city: row.city,
    countryCode: row.country_code,
  };
}
