import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/export/csv.ts';
import { EXPORT_FORMATS, exportHelp, FORMAT_NAMES, findFormat, type RenderContext } from '../../src/export/formats.ts';
import { toJson } from '../../src/export/json.ts';
import { toMarkdown } from '../../src/export/markdown.ts';
import { toMermaid } from '../../src/export/mermaid.ts';
import { LANGUAGES, translator } from '../../src/i18n/index.ts';
import { helpMessage } from '../../src/slack/views/help.ts';
import { exportJourney } from './fixtures.ts';

const NAMES = EXPORT_FORMATS.map((format) => format.name);
const PICTURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
const context: RenderContext = { picture: async () => PICTURE };

/** The format names a usage line lists, e.g. "csv|md" out of "`/journey export [map] csv|md`". */
function listedFormats(text: string): string[] | undefined {
  return text.match(/`\/journey export \[[^\]]+\] ([^`\s]+)`/)?.[1]?.split('|');
}

describe('the export format registry', () => {
  it('has each word (name or alias) once, lower case, one word', () => {
    const words = EXPORT_FORMATS.flatMap((format) => [format.name, ...format.aliases]);
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) expect(word).toMatch(/^[a-z0-9-]+$/);
  });

  it('gives every format a label, an extension, a MIME type, a help line and a renderer', () => {
    for (const format of EXPORT_FORMATS) {
      expect(format.label, format.name).not.toBe('');
      expect(format.extension, format.name).toMatch(/^[a-z0-9]+$/);
      expect(format.mimeType, format.name).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      expect(typeof format.render, format.name).toBe('function');
      for (const language of LANGUAGES) expect(translator(language).t(format.helpKey), language).not.toBe('');
    }
  });

  it("renders each format with the format's own renderer", async () => {
    const { map, view } = exportJourney();
    const texts: Record<string, string> = {
      csv: toCsv(map, view),
      md: toMarkdown(map, view),
      mermaid: toMermaid(map, view),
      json: toJson(map, view),
    };
    for (const format of EXPORT_FORMATS) {
      const bytes = await format.render(map, view, context);
      if (format.name === 'png') expect(bytes).toBe(PICTURE);
      // The bytes the command sent before the registry: the text as UTF-8, byte order mark and all.
      else expect(Buffer.from(bytes), format.name).toEqual(Buffer.from(texts[format.name]!, 'utf8'));
    }
  });

  it.each([
    ['csv', 'csv'],
    ['CSV', 'csv'],
    ['markdown', 'md'],
    ['MMD', 'mermaid'],
    ['json', 'json'],
    ['png', 'png'],
    ['pdf', undefined],
    ['constructor', undefined],
    ['', undefined],
  ])('finds %j as %s', (word, name) => {
    expect(findFormat(word)?.name).toBe(name);
  });

  it('lists the names in registry order for usage lines', () => {
    expect(FORMAT_NAMES).toBe('csv|md|mermaid|json|png');
  });
});

describe.each(LANGUAGES)('the help in %s', (language) => {
  const t = translator(language);

  it('lists every format in the export help: the usage line and one line each', () => {
    const help = exportHelp(t);
    expect(listedFormats(help)).toEqual(NAMES);
    for (const format of EXPORT_FORMATS) expect(help).toContain(`*${format.name}* ${t.t(format.helpKey)}`);
  });

  it('lists every format in the /journey help', () => {
    expect(listedFormats(JSON.stringify(helpMessage(t).blocks))).toEqual(NAMES);
  });
});
