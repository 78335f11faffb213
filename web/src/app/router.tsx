import { createBrowserRouter } from 'react-router';
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
          {
            path: 'activities',
            element: (
              <RequirePermission permission="activities.read">
                <ActivityOverviewPage />
              </RequirePermission>
            ),
          },
          {
            path: 'activities/deleted',
            element: (
              <RequirePermission permission="activities.restore">
                <DeletedActivitiesPage />
              </RequirePermission>
            ),
          },
          {
            path: 'follow-ups',
            element: (
              <RequirePermission permission="activities.read">
                <FollowUpsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'leads',
            element: (
              <RequirePermission permission="leads.read">
                <LeadsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'leads/new',
            element: (
              <RequirePermission permission="leads.write">
                <NewLeadPage />
              </RequirePermission>
            ),
          },
          {
            path: 'leads/:id',
            element: (
              <RequirePermission permission="leads.read">
                <LeadDetailPage />
              </RequirePermission>
            ),
          },
          {
            path: 'leads/:id/edit',
            element: (
              <RequirePermission permission="leads.write">
                <EditLeadPage />
              </RequirePermission>
            ),
          },
          {
            path: 'opportunities',
            element: (
              <RequirePermission permission="opportunities.read">
                <OpportunitiesPage />
              </RequirePermission>
            ),
          },
          {
            path: 'opportunities/board',
            element: (
              <RequirePermission permission="opportunities.read">
                <OpportunityBoardPage />
              </RequirePermission>
            ),
          },
          {
            path: 'opportunities/new',
            element: (
              <RequirePermission permission="opportunities.write">
                <NewOpportunityPage />
              </RequirePermission>
            ),
          },
          {
            path: 'opportunities/:id',
            element: (
              <RequirePermission permission="opportunities.read">
                <OpportunityDetailPage />
              </RequirePermission>
            ),
          },
          {
            path: 'opportunities/:id/edit',
            element: (
              <RequirePermission permission="opportunities.write">
                <EditOpportunityPage />
              </RequirePermission>
            ),
          },
          {
            path: 'quotations',
            element: (
              <RequirePermission permission="quotations.read">
                <QuotationsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'quotations/new',
            element: (
              <RequirePermission permission="quotations.write">
                <NewQuotationPage />
              </RequirePermission>
            ),
          },
          {
            path: 'quotations/:id',
            element: (
              <RequirePermission permission="quotations.read">
                <QuotationDetailPage />
              </RequirePermission>
            ),
          },
          {
            path: 'quotations/:id/edit',
            element: (
              <RequirePermission permission="quotations.write">
                <EditQuotationPage />
              </RequirePermission>
            ),
          },
          {
            path: 'orders',
            element: (
              <RequirePermission permission="orders.read">
                <SalesOrdersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'orders/new',
            element: (
              <RequirePermission permission="orders.write">
                <NewSalesOrderPage />
              </RequirePermission>
            ),
          },
          {
            path: 'orders/:id',
            element: (
              <RequirePermission permission="orders.read">
                <SalesOrderDetailPage />
              </RequirePermission>
            ),
          },
          {
            path: 'orders/:id/edit',
            element: (
              <RequirePermission permission="orders.write">
                <EditSalesOrderPage />
              </RequirePermission>
            ),
          },
          {
            path: 'organizations',
            element: (
              <RequirePermission permission="organizations.read">
                <OrganizationsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'organizations/new',
            element: (
              <RequirePermission permission="organizations.write">
                <NewOrganizationPage />
              </RequirePermission>
            ),
          },
          {
            path: 'organizations/:id',
            element: (
              <RequirePermission permission="organizations.read">
                <OrganizationDetailPage />
              </RequirePermission>
            ),
          },
          {
            path: 'organizations/:id/edit',
            element: (
              <RequirePermission permission="organizations.write">
                <EditOrganizationPage />
              </RequirePermission>
            ),
          },
          {
            path: 'contacts',
            element: (
              <RequirePermission permission="contacts.read">
                <ContactsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'contacts/new',
            element: (
              <RequirePermission permission="contacts.write">
                <NewContactPage />
              </RequirePermission>
            ),
          },
          {
            path: 'contacts/:id',
            element: (
              <RequirePermission permission="contacts.read">
                <ContactDetailPage />
              </RequirePermission>
            ),
          },
          {
            path: 'contacts/:id/edit',
            element: (
              <RequirePermission permission="contacts.write">
                <EditContactPage />
              </RequirePermission>
            ),
          },
          {
            path: 'products',
            element: (
              <RequirePermission permission="products.read">
                <ProductsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'products/new',
            element: (
              <RequirePermission permission="products.write">
                <NewProductPage />
              </RequirePermission>
            ),
          },
          {
            path: 'products/categories',
            element: (
              <RequirePermission permission="products.read">
                <CategoriesPage />
              </RequirePermission>
            ),
          },
          {
            path: 'products/:id',
            element: (
              <RequirePermission permission="products.read">
                <ProductDetailPage />
              </RequirePermission>
            ),
          },
          {
            path: 'products/:id/edit',
            element: (
              <RequirePermission permission="products.write">
                <EditProductPage />
              </RequirePermission>
            ),
          },
          {
            path: 'campaigns',
            element: (
              <RequirePermission permission="campaigns.read">
                <CampaignsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'campaigns/new',
            element: (
              <RequirePermission permission="campaigns.write">
                <NewCampaignPage />
              </RequirePermission>
            ),
          },
          {
            path: 'campaigns/:id',
            element: (
              <RequirePermission permission="campaigns.read">
                <CampaignDetailPage />
              </RequirePermission>
            ),
          },
          {
            path: 'campaigns/:id/edit',
            element: (
              <RequirePermission permission="campaigns.write">
                <EditCampaignPage />
              </RequirePermission>
            ),
          },
          // The list itself shows only documents on records the user may see.
          { path: 'documents', element: <DocumentsPage /> },
          // The page itself offers only the record types the user may write.
          { path: 'import', element: <ImportPage /> },
          {
            path: 'settings/users',
            element: (
              <RequirePermission permission="users.read">
                <UsersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'settings/teams',
            element: (
              <RequirePermission permission="teams.manage">
                <TeamsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'settings/tokens',
            element: (
              <RequirePermission permission="tokens.own">
                <TokensPage />
              </RequirePermission>
            ),
          },
          {
            path: 'settings/company',
            element: (
              <RequirePermission permission="settings.manage">
                <CompanyProfilePage />
              </RequirePermission>
            ),
          },
          {
            path: 'settings/note-types',
            element: (
              <RequirePermission permission="settings.manage">
                <NoteTypesPage />
              </RequirePermission>
            ),
          },
          {
            path: 'settings/pipeline',
            element: (
              <RequirePermission permission="settings.manage">
                <PipelineSettingsPage />
              </RequirePermission>
            ),
          },
          { path: 'settings/profile', element: <ProfilePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
