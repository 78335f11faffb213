import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './0001-foundation.js';
import * as organizations from './0002-organizations.js';
import * as contacts from './0003-contacts.js';
import * as search from './0004-search.js';
import * as savedViews from './0005-saved-views.js';
import * as imports from './0006-imports.js';
import * as searchFuzzy from './0007-search-fuzzy.js';
import * as cityKeys from './0008-city-keys.js';
import * as textTrigrams from './0009-text-trigrams.js';
import * as activities from './0010-activities.js';
import * as liveEvents from './0011-live-events.js';
import * as documents from './0012-documents.js';
import * as notifications from './0013-notifications.js';
import * as catalog from './0014-catalog.js';
import * as sales from './0015-sales.js';
import * as companyProfile from './0016-company-profile.js';
import * as customerLinks from './0017-customer-links.js';
import * as opportunityBoardTotals from './0018-opportunity-board-totals.js';
import * as reportIndexes from './0019-report-indexes.js';
import * as opportunityPlannedCost from './0020-opportunity-planned-cost.js';

/** Every migration in order. Listed statically so no file-system scan is needed at run time. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-organizations': organizations,
  '0003-contacts': contacts,
  '0004-search': search,
  '0005-saved-views': savedViews,
  '0006-imports': imports,
  '0007-search-fuzzy': searchFuzzy,
  '0008-city-keys': cityKeys,
  '0009-text-trigrams': textTrigrams,
  '0010-activities': activities,
  '0011-live-events': liveEvents,
  '0012-documents': documents,
  '0013-notifications': notifications,
  '0014-catalog': catalog,
  '0015-sales': sales,
  '0016-company-profile': companyProfile,
  '0017-customer-links': customerLinks,
  '0018-opportunity-board-totals': opportunityBoardTotals,
  '0019-report-indexes': reportIndexes,
  '0020-opportunity-planned-cost': opportunityPlannedCost,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
