import type { CompanyProfile, companyProfileInputSchema } from '@kontor/domain/company-profile';
import { checkBic, checkIban } from '@kontor/domain/iban';
import { checkVatId } from '@kontor/domain/vat-id';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import { nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError, type FieldProblem, staleVersion } from '../../platform/http/problem.js';
import { toColumns, toCompanyProfile } from './mapping.js';
import { CompanyProfileRepository } from './repository.js';

type Input = z.output<typeof companyProfileInputSchema>;

/** The company's own details: read by everyone (documents print them), changed by administrators. */
export class CompanyProfileService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(): Promise<CompanyProfile> {
    return toCompanyProfile(await new CompanyProfileRepository(this.db).find());
  }

  /** Replaces the whole profile; a stale version changes nothing (409). */
  async replace(principal: Principal, input: Input): Promise<CompanyProfile> {
    const checked = checkNumbers(input);
    const change = { ...toColumns(checked), updated_at: nowIso(), updated_by: principal.userId };
    if (!(await new CompanyProfileRepository(this.db).updateIfVersion(input.version, change)))
      throw staleVersion();
    return this.get();
  }
}

/**
 * VAT id, IBAN and BIC are printed on every document and paid to: each is checked and stored in
 * its compact form. All invalid ones are reported together, so the form marks every one at once.
 */
function checkNumbers(input: Input): Input {
  const problems: FieldProblem[] = [];
  const normalized = (
    path: 'vatId' | 'iban' | 'bic',
    code: FieldProblem['code'],
    check: (s: string) => { ok: true; normalized: string } | { ok: false },
  ): string | null => {
    const value = input[path];
    if (!value) return null;
    const result = check(value);
    if (result.ok) return result.normalized;
    problems.push({ path, code });
    return null;
  };
  const vatId = normalized('vatId', 'invalid-vat-id', checkVatId);
  const iban = normalized('iban', 'invalid-iban', checkIban);
  const bic = normalized('bic', 'invalid-bic', checkBic);
  if (problems.length > 0) throw new AppError(400, 'validation-error', { fields: problems });
  return { ...input, vatId, iban, bic };
}
