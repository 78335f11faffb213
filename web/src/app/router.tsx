import { createBrowserRouter } from 'react-router';
import { ActivityOverviewPage } from '../features/activity-overview/ActivityOverviewPage';
import { DeletedActivitiesPage } from '../features/activity-overview/DeletedActivitiesPage';
import { InvitationPage } from '../features/auth/InvitationPage';
import { LoginPage } from '../features/auth/LoginPage';
import { ContactDetailPage } from '../features/contacts/ContactDetailPage';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { EditContactPage } from '../features/contacts/EditContactPage';
import { NewContactPage } from '../features/contacts/NewContactPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { FollowUpsPage } from '../features/follow-ups/FollowUpsPage';
import { HomePage } from '../features/home/HomePage';
import { ImportPage } from '../features/imports/ImportPage';
import { NoteTypesPage } from '../features/note-types/NoteTypesPage';
import { EditOrganizationPage } from '../features/organizations/EditOrganizationPage';
import { NewOrganizationPage } from '../features/organizations/NewOrganizationPage';
import { OrganizationDetailPage } from '../features/organizations/OrganizationDetailPage';
import { OrganizationsPage } from '../features/organizations/OrganizationsPage';
import { ProfilePage } from '../features/profile/ProfilePage';
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
            path: 'settings/note-types',
            element: (
              <RequirePermission permission="settings.manage">
                <NoteTypesPage />
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
