import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Which proxies may tell the client's address (X-Forwarded-For): none, or a list of proxy
 * addresses, CIDR ranges or the names loopback, linklocal, uniquelocal. Never "all": a client
 * could then claim any address and escape the per-address login limit.
 */
const trustProxySetting = z
  .string()
  .regex(
    /^(false|no|0|(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?))*)$/,
    {
      message: 'erwartet false oder Proxy-Adressen, z. B. loopback oder 10.0.0.1,10.0.0.0/8',
    },
  )
  .transform((value): false | string =>
    value === 'false' || value === 'no' || value === '0' ? false : value,
  );

/** Every environment variable Kontor reads; the README documents the same list. */
const environmentSchema = z.object({
  PORT: z.coerce.number({ message: 'erwartet eine Zahl' }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  KONTOR_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, { message: 'erwartet postgres://user:passwort@host:port/datenbank' })
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  KONTOR_PUBLIC_URL: z.url({ message: 'erwartet eine URL wie https://crm.example.de' }).optional(),
  KONTOR_SESSION_DAYS: z.coerce.number({ message: 'erwartet eine Zahl' }).int().min(1).max(365).default(14),
  KONTOR_TRUST_PROXY: trustProxySetting.default(false),
  KONTOR_BODY_LIMIT: z.coerce
    .number({ message: 'erwartet eine Zahl (Bytes)' })
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(1024 * 1024),
  // Due follow-ups are told at most this many seconds late (X7); tests and e2e go faster.
  KONTOR_DUE_CHECK_SECONDS: z.coerce
    .number({ message: 'erwartet eine Zahl (Sekunden)' })
    .int()
    .min(1)
    .max(3600)
    .default(30),
  KONTOR_UPLOAD_LIMIT_MB: z.coerce
    .number({ message: 'erwartet eine Zahl (Megabyte)' })
    .int()
    .min(1)
    .max(2047)
    .default(25),
});

export type DatabaseConfig = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Where users reach Kontor; decides secure cookies and the allowed Origin. */
  publicUrl: string | undefined;
  sessionDays: number;
  trustProxy: false | string;
  bodyLimit: number;
  /** How often the due check looks for follow-ups that fell due. */
  dueCheckSeconds: number;
  /** Largest document upload in bytes (A9). */
  uploadLimit: number;
  /** Folder of the built web app; absent in API-only tests. */
  webDistDir: string | undefined;
}

export class ConfigError extends Error {}

/** Reads the configuration from the environment; a wrong value throws one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`Ungültige Konfiguration: ${variable} – ${issue?.message ?? 'ungültig'}`);
  }
  const values = parsed.data;
  const dataDir = path.resolve(values.KONTOR_DATA_DIR);
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir,
    database: values.DATABASE_URL
      ? { engine: 'postgres', url: values.DATABASE_URL }
      : { engine: 'sqlite', file: path.join(dataDir, 'kontor.sqlite') },
    logLevel: values.LOG_LEVEL,
    publicUrl: values.KONTOR_PUBLIC_URL?.replace(/\/$/, ''),
    sessionDays: values.KONTOR_SESSION_DAYS,
    trustProxy: values.KONTOR_TRUST_PROXY,
    bodyLimit: values.KONTOR_BODY_LIMIT,
    dueCheckSeconds: values.KONTOR_DUE_CHECK_SECONDS,
    uploadLimit: values.KONTOR_UPLOAD_LIMIT_MB * 1024 * 1024,
    webDistDir: path.resolve(import.meta.dirname, '../../../web/dist'),
  };
}

// An exported-but-empty variable (FOO=) means "not set", as shells and .env files use it.
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]));
}
