import { CONTACT, type Contact, createContactSchema, updateContactSchema } from '@kontor/domain/contacts';
import { fieldOf } from '@kontor/domain/fields';
import type { Language } from '@kontor/domain/users';
import type { CardResult, CardStatus, DuplicatePolicy } from '@kontor/domain/vcard';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import { problemDetail } from '../../platform/http/messages.js';
import { AppError } from '../../platform/http/problem.js';
import { validationMessage } from '../../platform/http/validation-messages.js';
import { findContactDuplicates } from '../contacts/duplicates.js';
import { ContactRepository } from '../contacts/repository.js';
import type { ContactService } from '../contacts/service.js';
import { OrganizationRepository } from '../organizations/repository.js';
import { type CardNote, cardMessage } from './card-messages.js';
import { type CardDraft, cardToDraft } from './card-to-contact.js';
import type { ParsedCard } from './read-file.js';

interface Outcome {
  status: CardStatus;
  contactId: string | null;
  notes: CardNote[];
  /** Texts already in the caller's language (validation and service problems). */
  errors: string[];
}
type CreateInput = z.output<typeof createContactSchema>;
type UpdateInput = z.output<typeof updateContactSchema>;

/** Signals the end of a dry run: everything was written to find out, now it is rolled back. */
class DryRunFinished extends Error {}

/**
 * Imports the cards of one upload in one transaction, through the contact service so history,
 * search index and events stay right. A card that fails is rolled back to its savepoint and
 * reported; the others are kept. A dry run does all of it and then rolls everything back, so
 * its answer is exactly what the real import would do (a card may even match an earlier one).
 */
export class VcardImporter {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly contacts: ContactService,
  ) {}

  async run(
    principal: Principal,
    cards: ParsedCard[],
    options: { dryRun: boolean; duplicates: DuplicatePolicy },
    language: Language,
  ): Promise<CardResult[]> {
    const results: CardResult[] = [];
    // Address books repeat employers: each organisation name is looked up once per upload.
    const organizations = new Map<string, string[]>();
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const [index, card] of cards.entries()) {
          const draft = cardToDraft(card.properties);
          const outcome = await this.importCard(
            trx,
            principal,
            draft,
            options.duplicates,
            language,
            organizations,
          );
          results.push({
            index: index + 1,
            line: card.line,
            name: draft.displayName,
            status: outcome.status,
            contactId: options.dryRun && outcome.status === 'created' ? null : outcome.contactId,
            messages: [
              ...[...headline(outcome.status, options.dryRun), ...outcome.notes].map((note) =>
                cardMessage(note, language),
              ),
              ...outcome.errors,
            ],
          });
        }
        if (options.dryRun) throw new DryRunFinished();
      });
    } catch (error) {
      if (!(error instanceof DryRunFinished)) throw error;
    }
    return results;
  }

  private async importCard(
    trx: Transaction<Database>,
    principal: Principal,
    draft: CardDraft,
    policy: DuplicatePolicy,
    language: Language,
    organizations: Map<string, string[]>,
  ): Promise<Outcome> {
    const notes = [...draft.notes];
    if (draft.refusal)
      return { status: 'failed', contactId: null, notes: [draft.refusal, ...notes], errors: [] };
    const organizationId = await this.linkOrganization(trx, principal, draft, notes, organizations);
    const existing = policy === 'create' ? null : await this.findExisting(trx, principal, draft);
    if (existing && policy === 'skip') {
      const note: CardNote = { code: existing.reason, params: { name: existing.contact.name } };
      return { status: 'skipped', contactId: existing.contact.id, notes: [note, ...notes], errors: [] };
    }
    const employments = withEmployment(existing?.contact.employments ?? [], organizationId, draft);
    const input = { ...draft.fields, ...(employments ? { employments } : {}) };
    const parsed = existing
      ? updateContactSchema.safeParse({ ...input, version: existing.contact.version })
      : createContactSchema.safeParse(input);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => issueText(issue, input, language));
      return { status: 'failed', contactId: null, notes, errors };
    }
    // Each card has its own savepoint: a card the service refuses leaves no trace, the others stay.
    await sql`savepoint vcard_card`.execute(trx);
    try {
      const contact = existing
        ? await this.contacts.update(principal, existing.contact.id, parsed.data as UpdateInput, trx)
        : await this.contacts.create(principal, parsed.data as CreateInput, trx);
      await sql`release savepoint vcard_card`.execute(trx);
      return { status: existing ? 'updated' : 'created', contactId: contact.id, notes, errors: [] };
    } catch (error) {
      await sql`rollback to savepoint vcard_card`.execute(trx);
      if (!(error instanceof AppError)) throw error;
      const errors = error.options.fields?.length
        ? error.options.fields.map(
            (f) => `${f.path}: ${problemDetail(f.code, language, error.options.params)}`,
          )
        : [problemDetail(error.code, language, error.options.params)];
      return { status: 'failed', contactId: null, notes, errors };
    }
  }

  /** ORG links to the one visible organisation of exactly that name; never creates one. */
  private async linkOrganization(
    trx: Transaction<Database>,
    principal: Principal,
    draft: CardDraft,
    notes: CardNote[],
    known: Map<string, string[]>,
  ): Promise<string | null> {
    if (!draft.organization) return null;
    const name = draft.organization.name;
    const matches =
      known.get(name) ??
      (
        await new OrganizationRepository(trx)
          .visible(principal)
          .where('organizations.name', '=', name)
          .select('organizations.id')
          .limit(2)
          .execute()
      ).map((row) => row.id);
    known.set(name, matches);
    if (matches.length === 1) return matches[0] ?? null;
    notes.push({
      code: matches.length === 0 ? 'organization-not-linked' : 'organization-ambiguous',
      params: { organization: name },
    });
    return null;
  }

  /** The same contact: by UID (a Kontor id the caller may see), else by one of its e-mail addresses. */
  private async findExisting(
    trx: Transaction<Database>,
    principal: Principal,
    draft: CardDraft,
  ): Promise<{ contact: Contact; reason: 'duplicate-uid' | 'duplicate-email' } | null> {
    const repository = new ContactRepository(trx);
    if (draft.uid && draft.uid.length <= 64 && (await repository.findVisible(principal, draft.uid))) {
      return { contact: await this.contacts.get(principal, draft.uid, trx), reason: 'duplicate-uid' };
    }
    const emails = (draft.fields.emails as { address: string }[] | undefined) ?? [];
    for (const { address } of emails) {
      const found = await findContactDuplicates(repository, principal, { email: address.slice(0, 254) });
      const id = [...found].find(([, reasons]) => reasons.includes('email'))?.[0];
      if (id) return { contact: await this.contacts.get(principal, id, trx), reason: 'duplicate-email' };
    }
    return null;
  }
}

function headline(status: CardStatus, dryRun: boolean): CardNote[] {
  if (status === 'created') return [{ code: dryRun ? 'would-create' : 'created' }];
  if (status === 'updated') return [{ code: dryRun ? 'would-update' : 'updated' }];
  return [];
}

/**
 * The employment history with the card's ORG/TITLE: the open employment at the linked
 * organisation takes the card's position and department, or a new open one is added.
 * Undefined when the card links no organisation, so the history stays as it is.
 */
function withEmployment(
  current: Contact['employments'],
  organizationId: string | null,
  draft: CardDraft,
): CreateInput['employments'] | undefined {
  if (!organizationId || !draft.organization) return undefined;
  const { position, department } = draft.organization;
  const history = current.map(({ id: _id, organizationName: _name, ...employment }) => employment);
  const open = history.find((e) => e.organizationId === organizationId && !e.endDate);
  if (open) {
    open.position = position ?? open.position;
    open.department = department ?? open.department;
    return history;
  }
  return [
    ...history,
    { organizationId, position, department, startDate: null, endDate: null, isMainContact: false },
  ];
}

function issueText(issue: z.core.$ZodIssue, input: unknown, language: Language): string {
  const value = issue.path.reduce<unknown>(
    (inner, key) => (inner as Record<PropertyKey, unknown> | undefined)?.[key],
    input,
  );
  const message = validationMessage(
    { keyword: issue.code, params: issue as unknown as Record<string, unknown> },
    value,
    language,
  );
  return cardMessage(
    { code: 'invalid-field', params: { field: fieldName(issue.path, language), message } },
    language,
  );
}

const LIST_LABELS: Record<string, Record<Language, string>> = {
  emails: { de: 'E-Mail', en: 'E-mail' },
  phones: { de: 'Telefon', en: 'Phone' },
  addresses: { de: 'Adresse', en: 'Address' },
};

/** "Nachname", "E-Mail 2": the field as the contact form names it, numbered from 1 in lists. */
function fieldName(path: PropertyKey[], language: Language): string {
  const [key, index] = path.map(String);
  const label =
    LIST_LABELS[key ?? '']?.[language] ?? (key ? fieldOf(CONTACT, key)?.label[language] : undefined);
  if (!label) return path.join('.');
  return index !== undefined && /^\d+$/.test(index) ? `${label} ${Number(index) + 1}` : label;
}
