import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { createQueryClient } from './api/query-client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { PageLoader } from './components/PageLoader';
import { RequireSignIn } from './components/RequireSignIn';
import { LoginPage } from './features/auth/LoginPage';
import { createAppTheme, cssVariablesResolver } from './theme';

// Only sign-in is in the first download; everything else loads when first visited.
const ForgotPasswordPage = lazy(() =>
  import('./features/auth/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('./features/auth/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })),
);
const InvitationPage = lazy(() =>
  import('./features/auth/InvitationPage').then((m) => ({ default: m.InvitationPage })),
);
const ApplyPage = lazy(() =>
  import('./features/recruitment/ApplyPage').then((m) => ({ default: m.ApplyPage })),
);
const RegisterMenteePage = lazy(() =>
  import('./features/mentees/RegisterMenteePage').then((m) => ({ default: m.RegisterMenteePage })),
);
const ReferenceFormPage = lazy(() =>
  import('./features/screening/ReferenceFormPage').then((m) => ({ default: m.ReferenceFormPage })),
);
const VerifyCertificatePage = lazy(() =>
  import('./features/training/VerifyCertificatePage').then((m) => ({
    default: m.VerifyCertificatePage,
  })),
);
const SignedInApp = lazy(() => import('./SignedInApp').then((m) => ({ default: m.SignedInApp })));

export function App() {
  const { t } = useTranslation();
  const [queryClient] = useState(createQueryClient);
  const theme = useMemo(
    () => createAppTheme({ close: t('common.close'), togglePassword: t('auth.togglePassword') }),
    [t],
  );
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <ErrorBoundary>
            <Suspense fallback={<PageLoader />}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route path="/forgot-password" element={<ForgotPasswordPage />} />
                <Route path="/reset-password" element={<ResetPasswordPage />} />
                <Route path="/invitation" element={<InvitationPage />} />
                <Route path="/verify/:code" element={<VerifyCertificatePage />} />
                <Route path="/apply/:programId" element={<ApplyPage />} />
                <Route path="/register/:programId" element={<RegisterMenteePage />} />
                <Route path="/reference" element={<ReferenceFormPage />} />
                <Route
                  path="/*"
                  element={
                    <RequireSignIn>
                      <SignedInApp />
                    </RequireSignIn>
                  }
                />
              </Routes>
            </Suspense>
          </ErrorBoundary>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
