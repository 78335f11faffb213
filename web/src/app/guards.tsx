import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession, useSetupStatus } from '../ui/session';
import { ErrorState, FullPageLoader } from '../ui/states';
import { PreferenceSync } from './PreferenceSync';

interface FromState {
  from?: string;
}

/** Loads setup status and session before any page; until setup is done only /setup is reachable. */
export function RootGate() {
  const setup = useSetupStatus();
  const session = useSession();
  const location = useLocation();

  if (setup.isPending || session.isPending) return <FullPageLoader />;
  if (setup.isError || session.isError) {
    return (
      <Centered>
        <ErrorState
          error={setup.error ?? session.error}
          onRetry={() => {
            void setup.refetch();
            void session.refetch();
          }}
        />
      </Centered>
    );
  }
  if (setup.data.setupRequired && location.pathname !== '/setup') return <Navigate to="/setup" replace />;
  return (
    <>
      <PreferenceSync />
      <Outlet />
    </>
  );
}

/** The setup page exists only while no user does. */
export function SetupOnly({ children }: { children: ReactNode }) {
  const setup = useSetupStatus();
  const session = useSession();
  if (setup.data?.setupRequired) return children;
  return <Navigate to={session.data ? '/' : '/login'} replace />;
}

/** Login is for signed-out users; once signed in they continue where they wanted to go. */
export function SignedOutOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session.data) return children;
  const from = (location.state as FromState | null)?.from;
  return <Navigate to={from ?? '/'} replace />;
}

export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.data) return children;
  const from = `${location.pathname}${location.search}${location.hash}`;
  return <Navigate to="/login" replace state={{ from } satisfies FromState} />;
}

function Centered({ children }: { children: ReactNode }) {
  return (
    <main id="main" style={{ maxWidth: 520, margin: '20vh auto', padding: 16 }}>
      {children}
    </main>
  );
}
