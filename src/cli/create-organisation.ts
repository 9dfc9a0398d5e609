import { parseArgs } from 'node:util';
import { z } from 'zod';
import { email } from '../contracts/accounts';
import { openDatabase } from '../db/client';
import { buildOrganisation } from '../db/factories';
import { migrate } from '../db/migrate';
import { inviteMember } from '../features/organisations/mutations';
import type { Config } from '../server/config';

const usage =
  'Usage: mentorpath create-organisation --name "Organisation" --admin-email a@b.dk --admin-name "Name"\n';

/**
 * Creates an organisation with its first admin on a production database, where there
 * is no demo to sign in to. Prints the admin's invitation link on this console only.
 */
export async function runCreateOrganisation(config: Config, argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        name: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-name': { type: 'string' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const parsed = z
    .object({
      name: z.string().trim().min(2).max(120),
      'admin-email': email,
      'admin-name': z.string().trim().min(1).max(120),
    })
    .safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    process.stderr.write(`--${String(issue?.path[0])}: ${issue?.message}\n${usage}`);
    return 2;
  }
  const input = parsed.data;
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    const { organisation, secret } = await database.db.transaction(async (tx) => {
      const organisation = await buildOrganisation(tx, { name: input.name });
      const invited = await inviteMember(
        tx,
        organisation.id,
        { email: input['admin-email'], name: input['admin-name'], roles: ['admin'] },
        new Date(),
      );
      return { organisation, secret: invited.secret };
    });
    process.stdout.write(`Created ${organisation.name} (${organisation.id}).\n`);
    process.stdout.write(
      secret
        ? `The admin chooses a password here: ${config.publicUrl}/invitation?token=${encodeURIComponent(secret)}\n`
        : `${input['admin-email']} already has an account and is now admin.\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
