import { DataDirLockedError } from '../db/lock';
import { ConfigError, loadConfig } from '../server/config';

const usage = `Usage: mentorpath <command>

Commands:
  serve       start the server (default)
  migrate     apply database migrations and exit
  seed        create the demo organisation on an empty database and exit
  create-organisation --name N --admin-email E --admin-name A
              create an organisation and invite its first admin
  build-web   build the web app if its sources changed
  match       solve a matching instance: match --in instance.json [--edges e.json] --out result.json
`;

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  switch (command) {
    case 'serve': {
      const { serve } = await import('./serve');
      return serve(loadConfig());
    }
    case 'migrate': {
      const { runMigrate } = await import('./serve');
      return runMigrate(loadConfig());
    }
    case 'seed': {
      const { runSeed } = await import('./serve');
      return runSeed(loadConfig());
    }
    case 'create-organisation': {
      const { runCreateOrganisation } = await import('./create-organisation');
      return runCreateOrganisation(loadConfig(), rest);
    }
    case 'build-web': {
      const { buildWebIfStale } = await import('./build-web');
      await buildWebIfStale({ force: rest.includes('--force') });
      return 0;
    }
    case 'match': {
      const { runMatchCli } = await import('./match');
      return runMatchCli(rest);
    }
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(usage);
      return 0;
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      process.stderr.write(`mentorpath: ${error.message}\n`);
    } else {
      process.stderr.write(`mentorpath: ${error?.stack ?? error}\n`);
    }
    process.exitCode = 1;
  },
);
