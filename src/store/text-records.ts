import type { ZodType } from 'zod';
import type { Backend } from './backend.ts';

/** A stored record that is there but does not parse: callers that can do without it catch this one error. */
export class UnreadableRecordError extends Error {
  constructor(key: string, options?: ErrorOptions) {
    super(`stored record ${key} is unreadable`, options);
    this.name = 'UnreadableRecordError';
  }
}

/** What every small repository holds: the backend, to be reached only through the repository's named methods. */
export abstract class BackendRepository {
  protected readonly backend: Backend;

  constructor(backend: Backend) {
    this.backend = backend;
  }
}

/**
 * Records kept as text (JSON for structured ones), as the raw markers they replace kept them, so records written
 * before still read.
 */
export abstract class TextRecordRepository extends BackendRepository {
  protected async getText(key: string): Promise<string | undefined> {
    return storedText(await this.backend.records.get(key));
  }

  protected async setText(key: string, value: string, ttlMs?: number): Promise<void> {
    await this.backend.records.set(key, value, ttlMs);
  }

  /** Undefined when absent; UnreadableRecordError when present but not what the schema says. */
  protected async getJson<T>(key: string, schema: ZodType<T>): Promise<T | undefined> {
    const read = parsedJson(key, await this.getText(key), schema);
    if (read instanceof UnreadableRecordError) throw read;
    return read;
  }

  /**
   * Several records in one round trip, in the order of `keys`, each as getJson reads it, except that a record that
   * does not parse comes back as its UnreadableRecordError: one bad record must not hide the others.
   */
  protected async getJsonEach<T>(
    keys: readonly string[],
    schema: ZodType<T>,
  ): Promise<Array<T | undefined | UnreadableRecordError>> {
    const values = await this.backend.records.getMany([...keys]);
    return keys.map((key, index) => parsedJson(key, storedText(values[index]), schema));
  }

  /** Validated before it is written: nothing unreadable gets in. */
  protected async setJson<T>(key: string, schema: ZodType<T>, value: T, ttlMs?: number): Promise<void> {
    await this.setText(key, JSON.stringify(schema.parse(value)), ttlMs);
  }
}

/** A record that is not text (none, or written by something else) reads as absent. */
function storedText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parsedJson<T>(
  key: string,
  text: string | undefined,
  schema: ZodType<T>,
): T | undefined | UnreadableRecordError {
  if (text === undefined) return undefined;
  try {
    return schema.parse(JSON.parse(text));
  } catch (err) {
    return new UnreadableRecordError(key, { cause: err });
  }
}
