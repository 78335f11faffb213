import { createContactSchema } from '@kontor/domain/contacts';
import {
  type ConversionCandidates,
  type ConversionResult,
  type ConvertLead,
  LEAD,
} from '@kontor/domain/leads';
import { createOrganizationSchema } from '@kontor/domain/organizations';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import type { EventBus } from '../../platform/events/bus.js';
import { conflict, invalidField, notFound, staleVersion } from '../../platform/http/problem.js';
import type { ActivityRecorder } from '../activities/recorder.js';
import type { RecordKey } from '../activities/repository.js';
import { findContactDuplicates } from '../contacts/duplicates.js';
import { ContactRepository } from '../contacts/repository.js';
import type { ContactService } from '../contacts/service.js';
import { findOrganizationDuplicates } from '../organizations/duplicates.js';
import { OrganizationRepository } from '../organizations/repository.js';
import type { OrganizationService } from '../organizations/service.js';
import {
  best,
  contactQuery,
  organizationQuery,
  refuseDuplicates,
  requirePermissions,
} from './conversion-checks.js';
import { carryOverLinks } from './conversion-links.js';
import { insertConversionOpportunity } from './conversion-opportunity.js';
import { LeadRepository, type LeadRow } from './repository.js';

/**
 * Qualifying a lead (S1): organisation and contact, each matched or made, and an optional
 * opportunity — all in one transaction, so a failing step leaves nothing behind. Making a
 * record that looks like an existing one needs the caller's explicit word (no silent
 * duplicates); the wizard shows the candidates first.
 */
export class LeadConversion {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly organizations: OrganizationService,
    private readonly contacts: ContactService,
    private readonly recorder: ActivityRecorder,
    private readonly events: EventBus,
  ) {}

  /** Likely duplicates of the lead's company and person, by the rules of the duplicate check (M4). */
  async candidates(principal: Principal, id: string): Promise<ConversionCandidates> {
    const lead = await this.visibleLead(this.db, principal, id);
    const [organizations, contacts] = await Promise.all([
      lead.company_name
        ? this.organizations.duplicates(principal, organizationQuery(lead, lead.company_name))
        : [],
      this.contacts.duplicates(principal, contactQuery(lead)),
    ]);
    return {
      organizations: organizations.map(({ organization, reasons }) => ({
        id: organization.id,
        name: organization.name,
        city: organization.city,
        reasons,
      })),
      contacts: contacts.map(({ contact, reasons }) => ({
        id: contact.id,
        name: contact.name,
        organizationName: contact.organizationName,
        email: contact.email,
        city: contact.addresses[0]?.city ?? null,
        reasons,
      })),
    };
  }

  async convert(principal: Principal, id: string, input: ConvertLead): Promise<ConversionResult> {
    requirePermissions(principal, input);
    return this.db.transaction().execute(async (trx) => {
      const lead = await this.visibleLead(trx, principal, id);
      if (lead.version !== input.version) throw staleVersion();
      if (lead.converted_at) throw conflict('lead-already-converted');

      const organizationId = await this.organization(trx, principal, lead, input.organization);
      const contactId = await this.contact(trx, principal, lead, input.contact, organizationId);
      const opportunityId = input.opportunity
        ? await insertConversionOpportunity(trx, {
            lead,
            opportunity: input.opportunity,
            organizationId,
            contactId,
            by: principal.userId,
          })
        : null;

      await this.markConverted(trx, lead, {
        organizationId,
        contactId,
        opportunityId,
        subject: `Lead konvertiert: ${lead.name}`,
        by: principal.userId,
      });
      return { leadId: id, organizationId, contactId, opportunityId };
    });
  }

  /**
   * Converts the lead of a quotation being ordered, in the booking's transaction (S5: "creating
   * the customer from the lead if needed"). No one is there to confirm a likely duplicate, so the
   * best match (most duplicate reasons, as the wizard lists them) is taken instead of making a
   * second record; otherwise the organisation (a customer now) and contact are made as the
   * wizard makes them — no company name makes a private person. `principal` acts for the
   * booking: the ordering user, or for the customer link the lead's or quotation's owner.
   */
  async convertAtBooking(
    trx: Transaction<Database>,
    principal: Principal,
    leadId: string,
    by: string | null,
  ): Promise<{ organizationId: string | null; contactId: string | null }> {
    const lead = await new LeadRepository(trx).findVisible(principal, leadId);
    if (!lead) throw notFound('lead-not-found');
    const organizationMatch = lead.company_name
      ? best(
          await findOrganizationDuplicates(
            new OrganizationRepository(trx),
            principal,
            organizationQuery(lead, lead.company_name),
          ),
        )
      : undefined;
    const organizationId = lead.company_name
      ? await this.organization(
          trx,
          principal,
          lead,
          organizationMatch
            ? { mode: 'match', organizationId: organizationMatch }
            : { mode: 'create', name: lead.company_name, confirmNoDuplicate: true },
          ['customer'],
        )
      : null;
    const contactMatch = lead.last_name
      ? best(await findContactDuplicates(new ContactRepository(trx), principal, contactQuery(lead)))
      : undefined;
    const contactId = lead.last_name
      ? await this.contact(
          trx,
          principal,
          lead,
          contactMatch
            ? { mode: 'match', contactId: contactMatch }
            : { mode: 'create', confirmNoDuplicate: true },
          organizationId,
        )
      : null;
    const matched = organizationId ? organizationMatch : contactMatch;
    const customer = await trx
      .selectFrom(organizationId ? 'organizations' : 'contacts')
      .select('name')
      .where('id', '=', organizationId ?? contactId ?? '')
      .executeTakeFirst();
    if (!customer) throw conflict('quotation-customer-is-lead');
    await this.markConverted(trx, lead, {
      organizationId,
      contactId,
      opportunityId: null,
      subject: matched
        ? `Lead dem Kunden ${customer.name} zugeordnet`
        : `Kunde aus Lead angelegt: ${customer.name}`,
      by,
    });
    return { organizationId, contactId };
  }

  /**
   * The lead converted to these records: stored, its links and opportunities carried over, one
   * system entry, and `sales.changed` so lead and opportunities re-derive their statuses.
   */
  private async markConverted(
    trx: Transaction<Database>,
    lead: LeadRow,
    done: {
      organizationId: string | null;
      contactId: string | null;
      opportunityId: string | null;
      subject: string;
      by: string | null;
    },
  ): Promise<void> {
    const { organizationId, contactId, opportunityId, by } = done;
    const converted = await new LeadRepository(trx).updateIfVersion(lead.id, lead.version, {
      converted_organization_id: organizationId,
      converted_contact_id: contactId,
      converted_at: nowIso(),
      updated_at: nowIso(),
    });
    if (!converted) throw staleVersion();

    const made: RecordKey[] = [
      ...(organizationId ? [{ recordType: 'organization', recordId: organizationId }] : []),
      ...(contactId ? [{ recordType: 'contact', recordId: contactId }] : []),
    ];
    await carryOverLinks(trx, lead.id, made);
    const opportunityIds = await this.adoptOpportunities(trx, lead.id, organizationId, contactId);
    await this.recorder.record(trx, {
      type: 'system',
      subject: done.subject,
      systemKey: 'lead.converted',
      links: [{ recordType: LEAD.type, recordId: lead.id }, ...made],
      createdBy: by,
    });
    if (opportunityId)
      await this.events.emit(trx, 'records.created', { recordType: 'opportunity', ids: [opportunityId] });
    await this.events.emit(trx, 'record.saved', { recordType: LEAD.type, id: lead.id });
    // The lead becomes Converted; its opportunities re-derive with their new customer.
    await this.events.emit(trx, 'sales.changed', { leadIds: [lead.id], opportunityIds, by });
  }

  private async visibleLead(db: Kysely<Database> | Transaction<Database>, principal: Principal, id: string) {
    const lead = await new LeadRepository(db).findVisible(principal, id);
    if (!lead) throw notFound('lead-not-found');
    return lead;
  }

  private async organization(
    trx: Transaction<Database>,
    principal: Principal,
    lead: LeadRow,
    choice: ConvertLead['organization'],
    /** Qualified, not yet a customer: the customer number comes with the first order. */
    relationships: ('prospect' | 'customer')[] = ['prospect'],
  ): Promise<string | null> {
    if (!choice) return null;
    if (choice.mode === 'match') {
      const visible = await this.organizations.visibleCities(principal, [choice.organizationId], trx);
      if (!visible.has(choice.organizationId))
        throw invalidField('organization.organizationId', 'unknown-organization');
      return choice.organizationId;
    }
    if (!choice.confirmNoDuplicate) {
      const found = await findOrganizationDuplicates(
        new OrganizationRepository(trx),
        principal,
        organizationQuery(lead, choice.name),
      );
      if (found.size > 0) await refuseDuplicates(trx, 'organizations', found, 'organization');
    }
    const created = await this.organizations.create(
      principal,
      createOrganizationSchema.parse({
        name: choice.name,
        relationships,
        abcClass: lead.abc_class,
        ownerId: lead.owner_id,
        addresses: lead.city ? [{ city: lead.city }] : [],
      }),
      trx,
    );
    return created.id;
  }

  private async contact(
    trx: Transaction<Database>,
    principal: Principal,
    lead: LeadRow,
    choice: ConvertLead['contact'],
    organizationId: string | null,
  ): Promise<string | null> {
    if (!choice) return null;
    if (choice.mode === 'match') {
      if (!(await new ContactRepository(trx).findVisible(principal, choice.contactId)))
        throw invalidField('contact.contactId', 'conversion-unknown-contact');
      if (organizationId) await this.employ(trx, principal, choice.contactId, organizationId, lead.position);
      return choice.contactId;
    }
    if (!lead.last_name) throw invalidField('contact', 'lead-has-no-person');
    if (!choice.confirmNoDuplicate) {
      const found = await findContactDuplicates(new ContactRepository(trx), principal, contactQuery(lead));
      if (found.size > 0) await refuseDuplicates(trx, 'contacts', found, 'contact');
    }
    const created = await this.contacts.create(
      principal,
      createContactSchema.parse({
        salutation: lead.salutation,
        title: lead.title,
        firstName: lead.first_name,
        lastName: lead.last_name,
        ownerId: lead.owner_id,
        emails: lead.email ? [{ type: 'work', address: lead.email }] : [],
        phones: lead.phone ? [{ type: 'work', number: lead.phone }] : [],
        employments: organizationId ? [{ organizationId, position: lead.position }] : [],
        // A contact at an organisation shows its address; a private person keeps the lead's city.
        addresses: lead.city && !organizationId ? [{ type: 'private', city: lead.city }] : [],
      }),
      trx,
    );
    return created.id;
  }

  /** A matched contact not yet working for the organisation gets a current employment there. */
  private async employ(
    trx: Transaction<Database>,
    principal: Principal,
    contactId: string,
    organizationId: string,
    position: string | null,
  ): Promise<void> {
    const contact = await this.contacts.get(principal, contactId, trx);
    const current = contact.employments.some((e) => e.organizationId === organizationId && !e.endDate);
    if (current) return;
    const employments = contact.employments.map(({ id: _id, organizationName: _name, ...kept }) => kept);
    await this.contacts.update(
      principal,
      contactId,
      {
        version: contact.version,
        employments: [
          ...employments,
          {
            organizationId,
            position,
            department: null,
            startDate: null,
            endDate: null,
            isMainContact: false,
          },
        ],
      },
      trx,
    );
  }

  /** The lead's opportunities without a customer get the one just made or matched; returns all of them. */
  private async adoptOpportunities(
    trx: Transaction<Database>,
    leadId: string,
    organizationId: string | null,
    contactId: string | null,
  ): Promise<string[]> {
    if (organizationId)
      await trx
        .updateTable('opportunities')
        .set({ organization_id: organizationId })
        .where('lead_id', '=', leadId)
        .where('organization_id', 'is', null)
        .execute();
    if (contactId)
      await trx
        .updateTable('opportunities')
        .set({ contact_id: contactId })
        .where('lead_id', '=', leadId)
        .where('contact_id', 'is', null)
        .execute();
    const rows = await trx.selectFrom('opportunities').select('id').where('lead_id', '=', leadId).execute();
    return rows.map((row) => row.id);
  }
}
