import {
  type CreateCustomerLink,
  type CreatedCustomerLink,
  type CustomerLink,
  MAX_LINK_DAYS,
  type PublicQuotation,
} from '@kontor/domain/customer-links';
import { hasPermission } from '@kontor/domain/permissions';
import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { digestSecret, newSecret } from '../../platform/auth/secrets.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError, conflict, forbidden, notFound } from '../../platform/http/problem.js';
import type { ActivityRecorder } from '../activities/recorder.js';
import type { LinkedQuotation, LinkedQuotations } from './ports.js';
import { CustomerLinkRepository, isUsable, type LinkRow } from './repository.js';

const DAY_MS = 86_400_000;

/** A wrong, revoked and expired token get the same answer, so the page reveals nothing. */
const invalidLink = () => notFound('customer-link-invalid');

/**
 * Customer links (issue 5): a salesperson shares a submitted quotation through an unguessable,
 * revocable, expiring URL; the customer opens it without a login ("Angebot geöffnet", once per
 * visitor) and accepts it, which books the order ("Angebot beauftragt"). Both are system entries
 * on the quotation's, opportunity's, lead's and customer's timelines, published live.
 */
export class CustomerLinkService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly quotations: LinkedQuotations,
    private readonly recorder: ActivityRecorder,
  ) {}

  async create(
    principal: Principal,
    quotationId: string,
    input: CreateCustomerLink,
    baseUrl: string,
  ): Promise<CreatedCustomerLink> {
    const quotation = await this.visibleQuotation(principal, quotationId, 'quotations.write');
    if (quotation.status !== 'open') throw conflict('quotation-not-open-for-link');
    const now = nowIso();
    const expiresAt = linkExpiry(input.expiresOn ?? quotation.validUntil, now);
    const token = newSecret('customer-link');
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      await new CustomerLinkRepository(trx).insert({
        id,
        quotationId,
        tokenDigest: digestSecret(token),
        expiresAt,
        createdAt: now,
        createdBy: principal.userId,
      });
      await this.recorder.record(trx, {
        type: 'system',
        subject: `Kundenlink für Angebot ${quotation.label} erstellt`,
        systemKey: 'quotation.link-created',
        links: quotation.timeline,
        createdBy: principal.userId,
      });
    });
    const link = (await new CustomerLinkRepository(this.db).listFor(quotationId, now)).find(
      (l) => l.id === id,
    );
    if (!link) throw new Error(`customer link ${id} vanished after its insert`);
    return { ...link, url: `${baseUrl.replace(/\/$/, '')}/angebot/${token}` };
  }

  async list(principal: Principal, quotationId: string): Promise<CustomerLink[]> {
    await this.visibleQuotation(principal, quotationId, 'quotations.read');
    return new CustomerLinkRepository(this.db).listFor(quotationId, nowIso());
  }

  async revoke(principal: Principal, quotationId: string, linkId: string): Promise<void> {
    const quotation = await this.visibleQuotation(principal, quotationId, 'quotations.write');
    await this.db.transaction().execute(async (trx) => {
      const links = new CustomerLinkRepository(trx);
      const link = await links.byId(quotationId, linkId);
      if (!link) throw notFound('customer-link-not-found');
      if (link.revokedAt !== null) return;
      await links.revoke(linkId, principal.userId, nowIso());
      await this.recorder.record(trx, {
        type: 'system',
        subject: `Kundenlink für Angebot ${quotation.label} widerrufen`,
        systemKey: 'quotation.link-revoked',
        links: quotation.timeline,
        createdBy: principal.userId,
      });
    });
  }

  /** The public page's content; the first opening per visitor records "Angebot geöffnet". */
  async open(token: string, visitor: string, language: 'de' | 'en'): Promise<PublicQuotation> {
    const quotation = await this.db.transaction().execute(async (trx) => {
      const { link, quotation } = await this.resolve(trx, token);
      const firstVisit = await new CustomerLinkRepository(trx).recordVisit(
        link.id,
        digestSecret(visitor),
        nowIso(),
      );
      if (link.acceptedAt === null && firstVisit) {
        await this.customerEntry(trx, quotation, `Angebot geöffnet: ${quotation.label}`, 'quotation.opened');
      }
      return quotation;
    });
    // Read after the commit: the page's parts come through the quotations module's own connection use.
    return this.page(quotation, language);
  }

  async pdf(token: string, language: 'de' | 'en'): Promise<{ fileName: string; content: Buffer }> {
    const { quotation } = await this.resolve(this.db, token);
    return this.quotations.pdf(quotation.id, language);
  }

  /** Books the order (S4) and records "Angebot beauftragt", in one transaction; a link accepts once. */
  async accept(token: string, language: 'de' | 'en'): Promise<PublicQuotation> {
    const quotationId = await this.db.transaction().execute(async (trx) => {
      const { link, quotation } = await this.resolve(trx, token);
      if (link.acceptedAt !== null || quotation.status !== 'open') {
        throw conflict('quotation-no-longer-acceptable');
      }
      if (!(await new CustomerLinkRepository(trx).markAccepted(link.id, nowIso()))) {
        throw conflict('quotation-no-longer-acceptable');
      }
      const { orderNumber } = await this.quotations.acceptByCustomer(trx, quotation.id);
      await this.customerEntry(
        trx,
        quotation,
        `Angebot beauftragt: ${quotation.label} (Auftrag ${orderNumber})`,
        'quotation.accepted',
      );
      return quotation.id;
    });
    const accepted = await this.quotations.find(this.db, quotationId);
    if (!accepted) throw invalidLink();
    return this.page(accepted, language);
  }

  private async resolve(
    db: Kysely<Database>,
    token: string,
  ): Promise<{ link: LinkRow; quotation: LinkedQuotation }> {
    const link = await new CustomerLinkRepository(db).byDigest(digestSecret(token));
    // An accepted link keeps showing its confirmation until it expires or is revoked.
    if (!link || !isUsable({ ...link, acceptedAt: null }, nowIso())) throw invalidLink();
    const quotation = await this.quotations.find(db, link.quotationId);
    if (!quotation) throw invalidLink();
    return { link, quotation };
  }

  private async page(quotation: LinkedQuotation, language: 'de' | 'en'): Promise<PublicQuotation> {
    const view = await this.quotations.publicView(this.db, quotation.id, language);
    return { ...view, state: pageState(quotation), orderNumber: quotation.orderNumber };
  }

  /** What a customer did: no author, owned by the quotation's owner, on every timeline it concerns. */
  private async customerEntry(
    trx: Parameters<ActivityRecorder['record']>[0],
    quotation: LinkedQuotation,
    subject: string,
    systemKey: string,
  ): Promise<void> {
    await this.recorder.record(trx, {
      type: 'system',
      subject,
      systemKey,
      links: quotation.timeline,
      createdBy: null,
      ownerId: quotation.ownerId,
    });
  }

  private async visibleQuotation(
    principal: Principal,
    quotationId: string,
    permission: 'quotations.read' | 'quotations.write',
  ): Promise<LinkedQuotation> {
    if (!hasPermission(principal.permissions, permission)) throw forbidden();
    const quotation = await this.quotations.visibleTo(principal, quotationId);
    if (!quotation) throw notFound('quotation-not-found');
    return quotation;
  }
}

function pageState(quotation: LinkedQuotation): PublicQuotation['state'] {
  if (quotation.status === 'open') return 'open';
  if (quotation.status === 'ordered') return 'accepted';
  if (quotation.status === 'expired') return 'expired';
  return 'closed';
}

/**
 * The end of a link: the end (UTC) of the given day — the quotation's validity date by default —
 * which must lie after now and at most MAX_LINK_DAYS ahead.
 */
export function linkExpiry(day: string | null, now: string): string {
  const end = day ? Date.parse(`${day}T23:59:59.999Z`) : Date.parse(now) + 30 * DAY_MS;
  const from = Date.parse(now);
  if (!(end > from) || end - from > MAX_LINK_DAYS * DAY_MS + DAY_MS) {
    throw new AppError(400, 'customer-link-expiry', {
      fields: [{ path: 'expiresOn', code: 'customer-link-expiry' }],
    });
  }
  return new Date(end).toISOString();
}
