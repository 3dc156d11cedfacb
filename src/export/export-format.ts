import type { MessageKey } from '../i18n/index.ts';
import type { JourneyMap, JourneyView } from '../journey/model.ts';

/**
 * What a renderer may need that this folder must not hold. Rasterising a picture takes a native renderer, fonts
 * and a queue that keeps one render in memory at a time: those live on the caller's side, which hands them in.
 */
export interface RenderContext {
  /** The map as a PNG picture. */
  picture(map: JourneyMap, view: JourneyView): Promise<Uint8Array>;
}

/** One export format: everything the command, the help and the manifest need to know about it. */
export interface ExportFormat {
  /** The word people type last in `/journey export [map] <name>`; lower case, the same in every language. */
  readonly name: string;
  /** Other words for it people type ("markdown"); lower case. */
  readonly aliases: readonly string[];
  /** How messages name it ("Markdown"), the same in every language. */
  readonly label: string;
  /** Of the file sent, without the dot. */
  readonly extension: string;
  /** The file's media type, for a client that asks what it is rather than guessing from the extension. */
  readonly mimeType: string;
  /** What the format is good for, one short line in the export help. */
  readonly helpKey: MessageKey;
  render(map: JourneyMap, view: JourneyView, context: RenderContext): Uint8Array | Promise<Uint8Array>;
}

const encoder = new TextEncoder();

/** The renderer of a text format: its text as UTF-8 bytes, which is what every text format here sends. */
export function utf8Renderer(toText: (map: JourneyMap, view: JourneyView) => string): ExportFormat['render'] {
  return (map, view) => encoder.encode(toText(map, view));
}
