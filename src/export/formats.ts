/**
 * The export formats, in the order help lists them. Adding one is a file that declares it (see ExportFormat) and a
 * line here, plus its help line in the export catalogs; the command, both help texts and the manifest test follow.
 */
import type { Translator } from '../i18n/index.ts';
import { csvFormat } from './csv.ts';
import type { ExportFormat } from './export-format.ts';
import { jsonFormat } from './json.ts';
import { markdownFormat } from './markdown.ts';
import { mermaidFormat } from './mermaid.ts';
import { pngFormat } from './png.ts';

export type { ExportFormat, RenderContext } from './export-format.ts';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  csvFormat,
  markdownFormat,
  mermaidFormat,
  jsonFormat,
  pngFormat,
];

// A Map, not an object: a typed word such as "constructor" must not find something on Object.prototype.
const BY_WORD = new Map(
  EXPORT_FORMATS.flatMap((format) => [format.name, ...format.aliases].map((word) => [word, format] as const)),
);

/** The format a typed word names, by its name or an alias, in any case. */
export function findFormat(word: string): ExportFormat | undefined {
  return BY_WORD.get(word.toLowerCase());
}

/** "csv|md|mermaid|json|png": the names as the usage lines and the manifest's usage hint show them. */
export const FORMAT_NAMES = EXPORT_FORMATS.map((format) => format.name).join('|');

/** How to ask for an export, with what each format is good for, in the translator's language. */
export function exportHelp(t: Translator): string {
  const lines = EXPORT_FORMATS.map((format) =>
    t.t('export.command.formatLine', { format: format.name, use: t.t(format.helpKey) }),
  );
  return t.t('export.command.help', {
    formats: FORMAT_NAMES,
    formatLines: lines.join(t.t('export.command.formatSeparator')),
  });
}
