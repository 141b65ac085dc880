import { QueryClientProvider, QueryErrorResetBoundary } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '@/components/errors/error-boundary';
import { ErrorFallback } from '@/components/errors/error-fallback';
import { createQueryClient } from './query-client';

// Toasts are never needed for the first paint, so sonner and its stylesheet stay out of the entry (B1, B2).
const Toaster = lazy(() => import('./toaster').then((m) => ({ default: m.Toaster })));

/** App-wide providers: the query client (G6 policy), the last-resort error boundary, toasts. */
export function AppProvider({ children }: { children: ReactNode }) {
  // One client per mounted app (not module scope), so tests and key switches start clean.
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary onReset={reset} fallback={(props) => <ErrorFallback {...props} />}>
            {children}
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
      {/* Sonner's stylesheet comes with ./toaster; its run-time <style> injection is stripped at build (CSP). */}
      <Suspense fallback={null}>
        <Toaster position="bottom-right" richColors closeButton />
      </Suspense>
    </QueryClientProvider>
  );
}
