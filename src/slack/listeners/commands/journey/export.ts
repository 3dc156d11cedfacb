import { toCsv } from '../../../../export/csv.ts';
import { toJson } from '../../../../export/json.ts';
import { toMarkdown } from '../../../../export/markdown.ts';
import { toMermaid } from '../../../../export/mermaid.ts';
import { languageOfText, mapTranslator, translator } from '../../../../i18n/index.ts';
import type { JourneyMap, JourneyView } from '../../../../journey/model.ts';
import type { Deps } from '../../../deps.ts';
import { loadJourney } from '../../../flows/journey-view.ts';
import { resolveMap } from '../../../flows/resolve-map.ts';
import { fileSlug, mapPng, uploadFile } from '../../../flows/upload.ts';
import { directMessageChannel } from '../../../flows/users.ts';
import { escapeMrkdwn } from '../../../text.ts';
import type { Subcommand, SubcommandContext } from './subcommand.ts';

interface ExportFormat {
  /** The format's own name, the same in every language. */
  label: string;
  extension: string;
  build(map: JourneyMap, view: JourneyView, deps: Deps): Buffer | Promise<Buffer>;
}

const utf8 = (toText: (map: JourneyMap, view: JourneyView) => string) => (map: JourneyMap, view: JourneyView) =>
  Buffer.from(toText(map, view), 'utf8');

const FORMATS: Record<string, ExportFormat> = {
  csv: { label: 'CSV', extension: 'csv', build: utf8(toCsv) },
  md: { label: 'Markdown', extension: 'md', build: utf8(toMarkdown) },
  mermaid: { label: 'Mermaid', extension: 'mmd', build: utf8(toMermaid) },
  json: { label: 'JSON', extension: 'json', build: utf8(toJson) },
  png: { label: 'PNG', extension: 'png', build: (map, view, deps) => mapPng(deps, map, view) },
};
const ALIASES: Record<string, string> = { markdown: 'md', mmd: 'mermaid' };

/** Splits "Online shoppers csv" into the map query and the format, which comes last. */
function parseExportArgs(rest: string): { query: string; format?: ExportFormat } {
  const words = rest.trim().split(/\s+/).filter(Boolean);
  const last = words.at(-1)?.toLowerCase() ?? '';
  const format = FORMATS[ALIASES[last] ?? last];
  return format ? { query: words.slice(0, -1).join(' '), format } : { query: words.join(' ') };
}

/** `/journey export [map] <format>`: the map as a file, in the caller's DM. */
export const exportMap: Subcommand = async (context) => {
  const { deps, client, command, rest, ack, respond, personLanguage } = context;
  const { query, format } = parseExportArgs(rest);
  if (!format) {
    await ack({ response_type: 'ephemeral', text: await formatHelp(context, query) });
    return;
  }
  const resolved = await resolveMap(deps, command.team_id, command.channel_id, query, personLanguage);
  if ('error' in resolved) {
    await ack({ response_type: 'ephemeral', text: resolved.error });
    return;
  }
  const { map } = resolved;
  const t = mapTranslator(map);
  const mapName = escapeMrkdwn(map.name);
  await ack({ response_type: 'ephemeral', text: t.t('export.command.sending', { mapName, format: format.label }) });
  await deps.followUps.run(async () => {
    try {
      const { view } = await loadJourney(deps, map);
      await uploadFile(client, {
        channelId: await directMessageChannel(client, command.user_id),
        filename: `${fileSlug(map.name)}.${format.extension}`,
        title: t.t('export.command.fileTitle', { mapName: map.name, format: format.label }),
        bytes: await format.build(map, view, deps),
        comment: t.t('export.command.comment', { mapName, format: format.label }),
      });
      deps.log.info({ mapId: map.id, format: format.extension }, 'map exported');
    } catch (err) {
      deps.log.error({ err, mapId: map.id, format: format.extension }, 'export failed');
      await respond({
        response_type: 'ephemeral',
        text: t.t('export.command.failed', { format: format.label }),
      });
    }
  });
};

/**
 * The formats, asked for without one: "export Online shoppers" names a map and forgot the format, "export pdf"
 * asks for one I don't make. Said in the language of the map meant (named, or the channel's when none is), else
 * of the words typed, else of the person.
 */
async function formatHelp({ deps, command, personLanguage }: SubcommandContext, query: string): Promise<string> {
  // The channel's map only hints at the language: a store that cannot answer leaves it to the person's.
  const channelMap = () => deps.store.maps.findByChannel(command.team_id, command.channel_id).catch(() => undefined);
  const meant = query === '' ? await channelMap() : await deps.store.maps.find(command.team_id, query);
  const typed = languageOfText(query);
  const t = meant ? mapTranslator(meant) : typed ? translator(typed) : await personLanguage();
  const help = t.t('export.command.help');
  if (query === '' || meant) return t.t('export.command.whichFormat', { help });
  const asked = escapeMrkdwn(query.split(' ').at(-1) ?? '');
  return t.t('export.command.cannotExportAs', { format: asked, help });
}
