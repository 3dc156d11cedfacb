import { type ChangeContext, type ReadMessage, type ReplyChange, readReply } from './changes.ts';
import type { ExtractedItem, ParsedReply } from './parse.ts';
import type { ReplyRecord } from './record.ts';

/**
 * The lines of a parsed reply that the explicit syntax did not read, as one text for the extractor (the rules,
 * or a model when one is configured); undefined when there is nothing to ask it.
 */
export function textToExtract(parsed: ParsedReply): string | undefined {
  return parsed.tooLong || parsed.rest.length === 0 ? undefined : parsed.rest.join('\n');
}

/** Everything a reply's reading depends on, gathered by the caller: this module does no I/O. */
export interface ReplyReading {
  message: ReadMessage;
  parsed: ParsedReply;
  /** What the extractor made of `textToExtract(parsed)`; empty when it was not asked. */
  extracted: readonly ExtractedItem[];
  /** What the message's earlier text recorded, when this is an edit. */
  previous?: ReplyRecord;
  context: ChangeContext;
}

/** What a reply leads to, as data: the caller stores and shows it. */
export type ReplyPlan =
  /** Nothing stored: the author is asked to split it, told whether what it added before stays. */
  | { show: 'too-long'; keptEarlier: boolean }
  /** A reply with no input that never added any: the bot stays quiet. */
  | { show: 'nothing' }
  /**
   * Append `change.append`, then answer with `change.record` and save it; then ask the author's department when
   * the bot does not know it yet (once per new message: an edit has been through this before).
   */
  | { show: 'answer'; change: ReplyChange; askDepartment: boolean };

/** Explicit lines first, as written; then what the extractor read in the rest. */
export function planReply({ message, parsed, extracted, previous, context }: ReplyReading): ReplyPlan {
  if (parsed.tooLong) return { show: 'too-long', keptEarlier: previous?.status === 'live' };
  const items = [...parsed.items, ...extracted];
  if (items.length === 0 && !previous) return { show: 'nothing' };
  const change = readReply(message, items, previous, context);
  return { show: 'answer', change, askDepartment: !context.department && !previous };
}
