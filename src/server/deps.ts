import type { Database, Db } from '../db/client';
import type { Mailer } from '../features/mail/mailer';
import type { Config } from './config';

/** What the app is built from; tests build it from their own. */
export interface AppDeps {
  config: Config;
  database: Database;
  db: Db;
  mailer: Mailer;
  /** The clock, so tests can move time. */
  now: () => Date;
}

export interface RouteOptions {
  deps: AppDeps;
}
