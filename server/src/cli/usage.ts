/** Thrown for wrong command-line arguments: the CLI prints the usage line and exits with 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  help: string;
  run(args: string[]): Promise<void>;
}
