import type { Permission } from '@kontor/domain/permissions';
import type { ReactElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { ActivityOverviewPage } from '../features/activity-overview/ActivityOverviewPage';
import { DeletedActivitiesPage } from '../features/activity-overview/DeletedActivitiesPage';
import { InvitationPage } from '../features/auth/InvitationPage';
import { LoginPage } from '../features/auth/LoginPage';
import { CampaignDetailPage } from '../features/campaigns/CampaignDetailPage';
import { CampaignsPage } from '../features/campaigns/CampaignsPage';
import { EditCampaignPage } from '../features/campaigns/EditCampaignPage';
import { NewCampaignPage } from '../features/campaigns/NewCampaignPage';
import { CompanyProfilePage } from '../features/company-profile/CompanyProfilePage';
import { ContactDetailPage } from '../features/contacts/ContactDetailPage';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { EditContactPage } from '../features/contacts/EditContactPage';
import { NewContactPage } from '../features/contacts/NewContactPage';
import { CustomerQuotationPage } from '../features/customer-link/CustomerQuotationPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { FollowUpsPage } from '../features/follow-ups/FollowUpsPage';
import { HomePage } from '../features/home/HomePage';
import { ImportPage } from '../features/imports/ImportPage';
import { EditLeadPage } from '../features/leads/EditLeadPage';
import { LeadDetailPage } from '../features/leads/LeadDetailPage';
import { LeadsPage } from '../features/leads/LeadsPage';
import { NewLeadPage } from '../features/leads/NewLeadPage';
import { NoteTypesPage } from '../features/note-types/NoteTypesPage';
import { EditOpportunityPage } from '../features/opportunities/EditOpportunityPage';
import { NewOpportunityPage } from '../features/opportunities/NewOpportunityPage';
import { OpportunitiesPage } from '../features/opportunities/OpportunitiesPage';
import { OpportunityBoardPage } from '../features/opportunities/OpportunityBoardPage';
import { OpportunityDetailPage } from '../features/opportunities/OpportunityDetailPage';
import { EditOrganizationPage } from '../features/organizations/EditOrganizationPage';
import { NewOrganizationPage } from '../features/organizations/NewOrganizationPage';
import { OrganizationDetailPage } from '../features/organizations/OrganizationDetailPage';
import { OrganizationsPage } from '../features/organizations/OrganizationsPage';
import { PipelineSettingsPage } from '../features/pipeline-settings/PipelineSettingsPage';
import { CategoriesPage } from '../features/products/CategoriesPage';
import { EditProductPage } from '../features/products/EditProductPage';
import { NewProductPage } from '../features/products/NewProductPage';
import { ProductDetailPage } from '../features/products/ProductDetailPage';
import { ProductsPage } from '../features/products/ProductsPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { EditQuotationPage } from '../features/quotations/EditQuotationPage';
import { NewQuotationPage } from '../features/quotations/NewQuotationPage';
import { QuotationDetailPage } from '../features/quotations/QuotationDetailPage';
import { QuotationsPage } from '../features/quotations/QuotationsPage';
import { ReportPage } from '../features/reports/ReportPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { EditSalesOrderPage } from '../features/sales-orders/EditSalesOrderPage';
import { NewSalesOrderPage } from '../features/sales-orders/NewSalesOrderPage';
import { SalesOrderDetailPage } from '../features/sales-orders/SalesOrderDetailPage';
import { SalesOrdersPage } from '../features/sales-orders/SalesOrdersPage';
import { SetupPage } from '../features/setup/SetupPage';
import { TeamsPage } from '../features/teams/TeamsPage';
import { TokensPage } from '../features/tokens/TokensPage';
import { UsersPage } from '../features/users/UsersPage';
import { RequireSession, RootGate, SetupOnly, SignedOutOnly } from './guards';
import { NotFoundPage } from './NotFoundPage';
import { RequirePermission } from './RequirePermission';
import { RouteError } from './RouteError';
import { Shell } from './Shell';

/** A route open only with the permission (deny by default: RequirePermission shows "not found"). */
function guarded(path: string, permission: Permission, page: ReactElement): RouteObject {
  return { path, element: <RequirePermission permission={permission}>{page}</RequirePermission> };
}

export const router = createBrowserRouter([
  {
    element: <RootGate />,
    errorElement: <RouteError />,
    children: [
      {
        path: 'setup',
        element: (
          <SetupOnly>
            <SetupPage />
          </SetupOnly>
        ),
      },
      {
        path: 'login',
        element: (
          <SignedOutOnly>
            <LoginPage />
          </SignedOutOnly>
        ),
      },
      { path: 'invitation/:token', element: <InvitationPage /> },
      // The customer's page behind a quotation's link: no login, whoever holds the link.
      { path: 'angebot/:token', element: <CustomerQuotationPage /> },
      {
        element: (
          <RequireSession>
            <Shell />
          </RequireSession>
        ),
        children: [
          { index: true, element: <HomePage /> },
          guarded('activities', 'activities.read', <ActivityOverviewPage />),
          guarded('activities/deleted', 'activities.restore', <DeletedActivitiesPage />),
          guarded('follow-ups', 'activities.read', <FollowUpsPage />),
          guarded('leads', 'leads.read', <LeadsPage />),
          guarded('leads/new', 'leads.write', <NewLeadPage />),
          guarded('leads/:id', 'leads.read', <LeadDetailPage />),
          guarded('leads/:id/edit', 'leads.write', <EditLeadPage />),
          guarded('opportunities', 'opportunities.read', <OpportunitiesPage />),
          guarded('opportunities/board', 'opportunities.read', <OpportunityBoardPage />),
          guarded('opportunities/new', 'opportunities.write', <NewOpportunityPage />),
          guarded('opportunities/:id', 'opportunities.read', <OpportunityDetailPage />),
          guarded('opportunities/:id/edit', 'opportunities.write', <EditOpportunityPage />),
          guarded('quotations', 'quotations.read', <QuotationsPage />),
          guarded('quotations/new', 'quotations.write', <NewQuotationPage />),
          guarded('quotations/:id', 'quotations.read', <QuotationDetailPage />),
          guarded('quotations/:id/edit', 'quotations.write', <EditQuotationPage />),
          guarded('orders', 'orders.read', <SalesOrdersPage />),
          guarded('orders/new', 'orders.write', <NewSalesOrderPage />),
          guarded('orders/:id', 'orders.read', <SalesOrderDetailPage />),
          guarded('orders/:id/edit', 'orders.write', <EditSalesOrderPage />),
          guarded('organizations', 'organizations.read', <OrganizationsPage />),
          guarded('organizations/new', 'organizations.write', <NewOrganizationPage />),
          guarded('organizations/:id', 'organizations.read', <OrganizationDetailPage />),
          guarded('organizations/:id/edit', 'organizations.write', <EditOrganizationPage />),
          guarded('contacts', 'contacts.read', <ContactsPage />),
          guarded('contacts/new', 'contacts.write', <NewContactPage />),
          guarded('contacts/:id', 'contacts.read', <ContactDetailPage />),
          guarded('contacts/:id/edit', 'contacts.write', <EditContactPage />),
          guarded('products', 'products.read', <ProductsPage />),
          guarded('products/new', 'products.write', <NewProductPage />),
          guarded('products/categories', 'products.read', <CategoriesPage />),
          guarded('products/:id', 'products.read', <ProductDetailPage />),
          guarded('products/:id/edit', 'products.write', <EditProductPage />),
          guarded('campaigns', 'campaigns.read', <CampaignsPage />),
          guarded('campaigns/new', 'campaigns.write', <NewCampaignPage />),
          guarded('campaigns/:id', 'campaigns.read', <CampaignDetailPage />),
          guarded('campaigns/:id/edit', 'campaigns.write', <EditCampaignPage />),
          // The list itself shows only documents on records the user may see.
          { path: 'documents', element: <DocumentsPage /> },
          // The page itself offers only the record types the user may write.
          { path: 'import', element: <ImportPage /> },
          // Reports read several record types: the list holds only those the server lets the user
          // open, and a report's own call answers 403 otherwise (no one permission guards them all).
          { path: 'reports', element: <ReportsPage /> },
          { path: 'reports/:name', element: <ReportPage /> },
          guarded('settings/users', 'users.read', <UsersPage />),
          guarded('settings/teams', 'teams.manage', <TeamsPage />),
          guarded('settings/tokens', 'tokens.own', <TokensPage />),
          guarded('settings/company', 'settings.manage', <CompanyProfilePage />),
          guarded('settings/note-types', 'settings.manage', <NoteTypesPage />),
          guarded('settings/pipeline', 'settings.manage', <PipelineSettingsPage />),
          { path: 'settings/profile', element: <ProfilePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
