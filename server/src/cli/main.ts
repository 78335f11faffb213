import { ConfigError } from '../platform/config.js';
import { COMMANDS } from './commands.js';
import { UsageError } from './usage.js';

const OVERVIEW = [
  'Verwendung: kontor <befehl> [optionen]',
  '',
  'Befehle:',
  ...COMMANDS.map((c) => `  ${c.name.padEnd(16)} ${c.summary}`),
  '',
  'Hilfe zu einem Befehl: kontor <befehl> --help',
  'Die Datenbank wählen dieselben Umgebungsvariablen wie beim Server (DATABASE_URL, KONTOR_DATA_DIR).',
].join('\n');

/** Runs one CLI command; returns the process exit code (2 for wrong arguments). */
export async function runCli(argv: string[]): Promise<number> {
  const command = COMMANDS.find((c) => {
    const words = c.name.split(' ');
    return words.every((word, i) => argv[i] === word);
  });
  if (!command) {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      console.log(OVERVIEW);
      return argv.length === 0 ? 2 : 0;
    }
    console.error(`Unbekannter Befehl: ${argv.join(' ')}\n\n${OVERVIEW}`);
    return 2;
  }
  const args = argv.slice(command.name.split(' ').length);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`Verwendung: ${command.usage}\n\n${command.help}`);
    return 0;
  }
  try {
    await command.run(args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`Fehler: ${error.message}\nVerwendung: ${error.usage}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    const detail =
      error instanceof Error && 'detail' in error ? String(error.detail) : (error as Error).message;
    console.error(`Fehler: ${detail}`);
    return 1;
  }
}
