import { defineConfig } from 'vitest/config';

const shared = { testTimeout: 30_000, hookTimeout: 60_000 };

/**
 * Unit tests run once; API tests (`*.api.test.ts`) run on embedded PGlite and, when
 * TEST_DATABASE_URL is set, again on PostgreSQL.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          exclude: ['src/**/*.api.test.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'api-pglite',
          include: ['src/**/*.api.test.ts'],
          globalSetup: ['src/test/global-setup.ts'],
          env: { MENTORPATH_TEST_DB: 'pglite' },
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              test: {
                ...shared,
                name: 'api-postgres',
                include: ['src/**/*.api.test.ts'],
                env: { MENTORPATH_TEST_DB: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
