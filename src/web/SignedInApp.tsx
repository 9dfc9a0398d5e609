import { Notifications } from '@mantine/notifications';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { NotFound } from './components/NotFound';
import { OrganisationProvider } from './features/organisation/OrganisationContext';
import { RequireOrganisation } from './features/organisation/RequireOrganisation';

const HomePage = lazy(() =>
  import('./features/home/HomePage').then((m) => ({ default: m.HomePage })),
);
const MembersPage = lazy(() =>
  import('./features/members/MembersPage').then((m) => ({ default: m.MembersPage })),
);
const ProgramsPage = lazy(() =>
  import('./features/programs/ProgramsPage').then((m) => ({ default: m.ProgramsPage })),
);
const NewProgramPage = lazy(() =>
  import('./features/programs/NewProgramPage').then((m) => ({ default: m.NewProgramPage })),
);
const ProgramPage = lazy(() =>
  import('./features/programs/ProgramPage').then((m) => ({ default: m.ProgramPage })),
);
const MyTrainingPage = lazy(() =>
  import('./features/training/MyTrainingPage').then((m) => ({ default: m.MyTrainingPage })),
);
const ItemPage = lazy(() =>
  import('./features/training/ItemPage').then((m) => ({ default: m.ItemPage })),
);
const CurriculumPage = lazy(() =>
  import('./features/training/authoring/CurriculumPage').then((m) => ({
    default: m.CurriculumPage,
  })),
);
const ApiTokensPage = lazy(() =>
  import('./features/api-tokens/ApiTokensPage').then((m) => ({ default: m.ApiTokensPage })),
);
const OutboxPage = lazy(() =>
  import('./features/outbox/OutboxPage').then((m) => ({ default: m.OutboxPage })),
);
const SettingsPage = lazy(() =>
  import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);

const MentorPage = lazy(() =>
  import('./features/recruitment/MentorPage').then((m) => ({ default: m.MentorPage })),
);
const NominationsPage = lazy(() =>
  import('./features/recruitment/NominationsPage').then((m) => ({ default: m.NominationsPage })),
);
const MyApplicationsPage = lazy(() =>
  import('./features/recruitment/MyApplicationsPage').then((m) => ({
    default: m.MyApplicationsPage,
  })),
);
const ChildCertificatesPage = lazy(() =>
  import('./features/screening/ChildCertificatesPage').then((m) => ({
    default: m.ChildCertificatesPage,
  })),
);
const AuditLogPage = lazy(() =>
  import('./features/screening/AuditLogPage').then((m) => ({ default: m.AuditLogPage })),
);
const MyMenteesPage = lazy(() =>
  import('./features/mentees/MyMenteesPage').then((m) => ({ default: m.MyMenteesPage })),
);
const MyMatchesPage = lazy(() =>
  import('./features/matching/MyMatchesPage').then((m) => ({ default: m.MyMatchesPage })),
);
const MatchPage = lazy(() =>
  import('./features/relationships/MatchPage').then((m) => ({ default: m.MatchPage })),
);
const CheckInsPage = lazy(() =>
  import('./features/relationships/CheckInsPage').then((m) => ({ default: m.CheckInsPage })),
);
const NotificationsPage = lazy(() =>
  import('./features/relationships/NotificationsPage').then((m) => ({
    default: m.NotificationsPage,
  })),
);

const HelpPage = lazy(() =>
  import('./features/relationships/HelpPage').then((m) => ({ default: m.HelpPage })),
);
const HelpInboxPage = lazy(() =>
  import('./features/relationships/HelpInboxPage').then((m) => ({ default: m.HelpInboxPage })),
);
const ConcernsPage = lazy(() =>
  import('./features/relationships/ConcernsPage').then((m) => ({ default: m.ConcernsPage })),
);
const ConcernPage = lazy(() =>
  import('./features/relationships/ConcernPage').then((m) => ({ default: m.ConcernPage })),
);

/** Everything behind sign-in: one chunk with the shell, each page loaded on first visit. */
export function SignedInApp() {
  return (
    <OrganisationProvider>
      {/* Here rather than in App: sign-in needs no notifications, and this keeps it small. */}
      <Notifications position="top-right" zIndex={1000} />
      <Routes>
        <Route element={<AppLayout />}>
          <Route
            index
            element={
              <RequireOrganisation>
                <HomePage />
              </RequireOrganisation>
            }
          />
          <Route
            path="members"
            element={
              <RequireOrganisation permission="members.read">
                <MembersPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="programs"
            element={
              <RequireOrganisation permission="organisation.read">
                <ProgramsPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="programs/new"
            element={
              <RequireOrganisation permission="programs.manage">
                <NewProgramPage />
              </RequireOrganisation>
            }
          />
          {/* The program's tabs: overview, pipeline, mentors, mentees, training, sessions. */}
          {['', 'pipeline', 'mentors', 'mentees', 'matching', 'training', 'sessions'].map((tab) => (
            <Route
              key={tab}
              path={`programs/:programId${tab ? `/${tab}` : ''}`}
              element={
                <RequireOrganisation permission="organisation.read">
                  <ProgramPage />
                </RequireOrganisation>
              }
            />
          ))}
          <Route
            path="programs/:programId/curriculum"
            element={
              <RequireOrganisation permission="curriculum.edit">
                <CurriculumPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="matches"
            element={
              <RequireOrganisation permission="organisation.read">
                <MyMatchesPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="notifications"
            element={
              <RequireOrganisation permission="organisation.read">
                <NotificationsPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="help"
            element={
              <RequireOrganisation permission="organisation.read">
                <HelpPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="check-ins"
            element={
              <RequireOrganisation permission="checkIns.manage">
                <CheckInsPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="help-inbox"
            element={
              <RequireOrganisation permission="help.answer">
                <HelpInboxPage />
              </RequireOrganisation>
            }
          />
          {/* Coordinators (matches.manage) see the watch list's drafts here; the lead, all. */}
          <Route
            path="concerns"
            element={
              <RequireOrganisation permission="organisation.read">
                <ConcernsPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="concerns/:concernId"
            element={
              <RequireOrganisation permission="concerns.handle">
                <ConcernPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="matches/:matchId"
            element={
              <RequireOrganisation permission="organisation.read">
                <MatchPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="training"
            element={
              <RequireOrganisation permission="training.take">
                <MyTrainingPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="training/:enrolmentId/:itemKey"
            element={
              <RequireOrganisation permission="training.take">
                <ItemPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="api-tokens"
            element={
              <RequireOrganisation permission="apiTokens.manage">
                <ApiTokensPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="outbox"
            element={
              <RequireOrganisation permission="outbox.read">
                <OutboxPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="programs/:programId/mentors/:mentorId"
            element={
              <RequireOrganisation permission="recruitment.manage">
                <MentorPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="nominations"
            element={
              <RequireOrganisation permission="nominations.create">
                <NominationsPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="applications"
            element={
              <RequireOrganisation permission="organisation.read">
                <MyApplicationsPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="child-certificates"
            element={
              <RequireOrganisation permission="childCertificates.decide">
                <ChildCertificatesPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="audit-log"
            element={
              <RequireOrganisation permission="audit.read">
                <AuditLogPage />
              </RequireOrganisation>
            }
          />
          <Route
            path="children"
            element={
              <RequireOrganisation permission="organisation.read">
                <MyMenteesPage />
              </RequireOrganisation>
            }
          />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </OrganisationProvider>
  );
}
