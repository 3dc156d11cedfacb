import { type ExportFormat, exportHelp, findFormat, type RenderContext } from '../../../../export/formats.ts';
import { languageOfText, mapTranslator, translator } from '../../../../i18n/index.ts';
import type { Deps } from '../../../deps.ts';
import { loadJourney } from '../../../flows/journey-view.ts';
import { fileSlug, mapPng, uploadFile } from '../../../flows/upload.ts';
import { directMessageChannel } from '../../../flows/users.ts';
import { escapeMrkdwn } from '../../../text.ts';
import { openMap, openMapOrExplain, type Subcommand, type SubcommandContext, takeRender } from './subcommand.ts';

/** Splits "Online shoppers csv" into the map query and the format, which comes last. */
function parseExportArgs(rest: string): { query: string; format?: ExportFormat } {
  const words = rest.trim().split(/\s+/).filter(Boolean);
  const format = findFormat(words.at(-1) ?? '');
  return format ? { query: words.slice(0, -1).join(' '), format } : { query: words.join(' ') };
}

/** The Slack side of rendering: the picture comes from the upload flow, which queues renders one at a time. */
function renderContext(deps: Deps): RenderContext {
  return { picture: (map, view) => mapPng(deps, map, view) };
}

/** `/journey export [map] <format>`: the map as a file, in the caller's DM. */
export const exportMap: Subcommand = async (context) => {
  const { deps, client, command, rest, ack, respond } = context;
  const { query, format } = parseExportArgs(rest);
  if (!format) {
    await ack({ response_type: 'ephemeral', text: await formatHelp(context, query) });
    return;
  }
  const map = await openMapOrExplain(context, query);
  if (!map) return;
  // Pictures are the costly export; the text formats are cheap and often fetched together.
  if (format.extension === 'png' && !(await takeRender(context))) return;
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
        bytes: asBuffer(await format.render(map, view, renderContext(deps))),
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
async function formatHelp(context: SubcommandContext, query: string): Promise<string> {
  // The map meant only hints at the language: a store that cannot answer leaves it to the person's.
  const opened = await openMap(context, query).catch(() => ({ error: '' }));
  const meant = 'map' in opened ? opened.map : undefined;
  const typed = languageOfText(query);
  const t = meant ? mapTranslator(meant) : typed ? translator(typed) : await context.personLanguage();
  const help = exportHelp(t);
  if (query === '' || meant) return t.t('export.command.whichFormat', { help });
  const asked = escapeMrkdwn(query.split(' ').at(-1) ?? '');
  return t.t('export.command.cannotExportAs', { format: asked, help });
}

/** The upload takes a Buffer; the pure renderers give bytes, which this views without copying. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
