import { contactChanges, organizationChanges, presentFields } from '@kontor/domain/imports/changes';
import type { ImportType, Mapping } from '@kontor/domain/imports/fields';
import type { RowError } from '@kontor/domain/imports/messages';
import type { ContactInput, ConvertedRow, OrganizationInput, RowRefs } from '@kontor/domain/imports/rows';
import type { DuplicatePolicy } from '@kontor/domain/imports/schemas';
import { foldGerman } from '@kontor/domain/normalize';
import { createOrganizationSchema } from '@kontor/domain/organizations';
import { hasPermission } from '@kontor/domain/permissions';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import { findContactDuplicates } from '../contacts/duplicates.js';
import { ContactRepository } from '../contacts/repository.js';
import type { ContactService } from '../contacts/service.js';
import { findOrganizationDuplicates } from '../organizations/duplicates.js';
import { OrganizationRepository } from '../organizations/repository.js';
import type { OrganizationService } from '../organizations/service.js';

export type Outcome = 'created' | 'updated' | 'skipped';

/** A row that cannot be written, with why; the batch goes on without it. */
export class RowFailure extends Error {
  constructor(readonly errors: RowError[]) {
    super('row failed');
  }
}

export interface RowJob {
  type: ImportType;
  mapping: Mapping;
  policy: DuplicatePolicy;
}

/**
 * Writes one checked import row through the record services (so history, search index and
 * events stay right), after looking for a duplicate as the forms do (M4) and applying the
 * job's policy. Contacts' organisation column links to a visible organisation of that name,
 * or creates one when the user may create organisations.
 */
export class RowWriter {
  /** Organisations found or made by name in the current batch (a rolled-back batch forgets them). */
  private organizationIds = new Map<string, string>();

  private constructor(
    private readonly services: { organizations: OrganizationService; contacts: ContactService },
    private readonly principal: Principal,
    private readonly job: RowJob,
    /** Users by lower-cased e-mail and name, for the owner column. */
    private readonly users: Map<string, string>,
  ) {}

  static async create(
    db: Kysely<Database>,
    services: { organizations: OrganizationService; contacts: ContactService },
    principal: Principal,
    job: RowJob,
  ): Promise<RowWriter> {
    const users = new Map<string, string>();
    if (job.mapping.includes('owner')) {
      for (const user of await db.selectFrom('users').select(['id', 'email', 'name']).execute()) {
        users.set(user.name.trim().toLowerCase(), user.id);
        users.set(user.email.toLowerCase(), user.id);
      }
    }
    return new RowWriter(services, principal, job, users);
  }

  get mapping(): Mapping {
    return this.job.mapping;
  }

  startBatch(): void {
    this.organizationIds.clear();
  }

  /**
   * Links (or makes) the organisations these contact rows name, with one lookup and one create
   * for all, so the rows' inputs need no query of their own.
   */
  async prepareOrganizations(trx: Transaction<Database>, rows: readonly ConvertedRow[]): Promise<void> {
    const wanted = new Map<string, string>();
    for (const row of rows) {
      const name = row.refs.organization;
      if (name && !this.organizationIds.has(foldGerman(name))) wanted.set(foldGerman(name), name);
    }
    if (wanted.size === 0) return;
    const found = await new OrganizationRepository(trx)
      .visible(this.principal)
      .where('organizations.name_key', 'in', [...wanted.keys()])
      .execute();
    for (const organization of found) {
      if (!this.organizationIds.has(organization.name_key))
        this.organizationIds.set(organization.name_key, organization.id);
      wanted.delete(organization.name_key);
    }
    if (!hasPermission(this.principal.permissions, 'organizations.write')) return;
    // Names the form would refuse are left to the row, which reports them.
    const creatable = [...wanted.entries()].flatMap(([key, name]) => {
      const input = createOrganizationSchema.safeParse({ name });
      return input.success ? [{ key, input: input.data }] : [];
    });
    const ids = await this.services.organizations.createMany(
      this.principal,
      creatable.map((c) => c.input),
      trx,
    );
    for (const [index, c] of creatable.entries()) this.organizationIds.set(c.key, ids[index] as string);
  }

  async write(trx: Transaction<Database>, row: ConvertedRow, cells: readonly string[]): Promise<Outcome> {
    const ownerId = this.owner(row.refs);
    const present = presentFields(this.job.mapping, cells);
    if (row.type === 'organization') {
      if (!row.input) throw new RowFailure(row.errors);
      const input = { ...row.input, ...(ownerId ? { ownerId } : {}) };
      const duplicateId = await this.organizationDuplicate(trx, input);
      if (duplicateId) {
        if (this.job.policy === 'skip') return 'skipped';
        const existing = await this.services.organizations.get(this.principal, duplicateId, trx);
        const change = organizationChanges(existing, row.input, present, { ownerId });
        await this.services.organizations.update(this.principal, duplicateId, change, trx);
        return 'updated';
      }
      await this.services.organizations.create(this.principal, input, trx);
      return 'created';
    }
    const input = await this.contactInput(trx, row, ownerId);
    const duplicateId = await this.contactDuplicate(trx, input);
    if (duplicateId) {
      if (this.job.policy === 'skip') return 'skipped';
      const existing = await this.services.contacts.get(this.principal, duplicateId, trx);
      const organizationId = input.employments[0]?.organizationId;
      const change = contactChanges(existing, input, present, { ...row.refs, ownerId, organizationId });
      await this.services.contacts.update(this.principal, duplicateId, change, trx);
      return 'updated';
    }
    await this.services.contacts.create(this.principal, input, trx);
    return 'created';
  }

  /**
   * The create input of a checked contact row: owner resolved, organisation linked (or made).
   * Throws RowFailure for what the row itself gets wrong.
   */
  async contactInput(trx: Transaction<Database>, row: ConvertedRow, ownerId = this.owner(row.refs)) {
    if (row.type !== 'contact' || !row.input) throw new RowFailure(row.errors);
    const organizationId = row.refs.organization
      ? await this.organization(trx, row.refs.organization)
      : undefined;
    return {
      ...row.input,
      ...(ownerId ? { ownerId } : {}),
      employments: organizationId
        ? [
            {
              organizationId,
              position: row.refs.position,
              department: row.refs.department,
              startDate: null,
              endDate: null,
              isMainContact: false,
            },
          ]
        : [],
    };
  }

  // With the policy "create" a duplicate changes nothing, so it is not looked for.
  private async organizationDuplicate(trx: Transaction<Database>, input: OrganizationInput) {
    if (this.job.policy === 'create') return undefined;
    const duplicates = await findOrganizationDuplicates(new OrganizationRepository(trx), this.principal, {
      name: input.name,
      vatId: input.vatId ?? undefined,
      city: input.addresses[0]?.city ?? undefined,
    });
    return duplicates.keys().next().value;
  }

  private async contactDuplicate(trx: Transaction<Database>, input: ContactInput) {
    if (this.job.policy === 'create') return undefined;
    const duplicates = await findContactDuplicates(new ContactRepository(trx), this.principal, {
      firstName: input.firstName ?? undefined,
      lastName: input.lastName,
      email: input.emails[0]?.address,
      phone: input.phones[0]?.number,
      city: input.addresses[0]?.city ?? undefined,
    });
    return duplicates.keys().next().value;
  }

  private owner(refs: RowRefs): string | undefined {
    if (!refs.owner) return undefined;
    const id = this.users.get(refs.owner.trim().toLowerCase());
    if (!id) throw new RowFailure([this.error('owner', 'unknown-user')]);
    return id;
  }

  /** The visible organisation of that name (spelling folded as lists fold it), else a new one. */
  private async organization(trx: Transaction<Database>, name: string): Promise<string> {
    const key = foldGerman(name);
    let id = this.organizationIds.get(key);
    if (!id) {
      id = await this.findOrCreateOrganization(trx, name);
      this.organizationIds.set(key, id);
    }
    return id;
  }

  private async findOrCreateOrganization(trx: Transaction<Database>, name: string): Promise<string> {
    const found = await new OrganizationRepository(trx)
      .visible(this.principal)
      .where('organizations.name_key', '=', foldGerman(name))
      .limit(1)
      .executeTakeFirst();
    if (found) return found.id;
    if (!hasPermission(this.principal.permissions, 'organizations.write'))
      throw new RowFailure([this.error('organization', 'organization-not-allowed')]);
    const input = createOrganizationSchema.safeParse({ name });
    if (!input.success) throw new RowFailure([this.error('organization', 'too-long')]);
    return (await this.services.organizations.create(this.principal, input.data, trx)).id;
  }

  private error(field: string, code: RowError['code']): RowError {
    const column = this.job.mapping.indexOf(field);
    return { column: column < 0 ? null : column, field, code };
  }
}
