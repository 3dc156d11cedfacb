import { toCsv } from '../../../../export/csv.ts';
import { toJson } from '../../../../export/json.ts';
import { toMarkdown } from '../../../../export/markdown.ts';
import { toMermaid } from '../../../../export/mermaid.ts';
import type { JourneyMap, JourneyView } from '../../../../journey/model.ts';
import type { Deps } from '../../../deps.ts';
import { loadJourney } from '../../../flows/journey-view.ts';
import { resolveMap } from '../../../flows/resolve-map.ts';
import { fileSlug, mapPng, uploadFile } from '../../../flows/upload.ts';
import { directMessageChannel } from '../../../flows/users.ts';
import { COMMAND } from '../../../ids.ts';
import { escapeMrkdwn } from '../../../text.ts';
import type { Subcommand } from './subcommand.ts';

interface ExportFormat {
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

const FORMAT_HELP =
  `Tell me the format last: \`${COMMAND} export [map] csv|md|mermaid|json|png\`, e.g. ` +
  `\`${COMMAND} export Online shoppers csv\`.\n` +
  '*csv* opens in a spreadsheet · *md* a readable report · *mermaid* a journey diagram · ' +
  '*json* everything, for other tools · *png* the map as a picture';

/** Splits "Online shoppers csv" into the map query and the format, which comes last. */
function parseExportArgs(rest: string): { query: string; format?: ExportFormat } {
  const words = rest.trim().split(/\s+/).filter(Boolean);
  const last = words.at(-1)?.toLowerCase() ?? '';
  const format = FORMATS[ALIASES[last] ?? last];
  return format ? { query: words.slice(0, -1).join(' '), format } : { query: words.join(' ') };
}

/** `/journey export [map] <format>`: the map as a file, in the caller's DM. */
export const exportMap: Subcommand = async ({ deps, client, command, rest, ack, respond }) => {
  const { query, format } = parseExportArgs(rest);
  if (!format) {
    // "export Online shoppers" names a map and forgot the format; "export pdf" asks for one I don't make.
    const namesMap = query === '' || (await deps.store.maps.find(command.team_id, query)) !== undefined;
    const opening = namesMap
      ? 'Which format would you like? '
      : `I can't export as \`${escapeMrkdwn(query.split(' ').at(-1) ?? '')}\`. `;
    await ack({ response_type: 'ephemeral', text: opening + FORMAT_HELP });
    return;
  }
  const resolved = await resolveMap(deps, command.team_id, command.channel_id, query);
  if ('error' in resolved) {
    await ack({ response_type: 'ephemeral', text: resolved.error });
    return;
  }
  const { map } = resolved;
  await ack({
    response_type: 'ephemeral',
    text: `📬 Sending *${escapeMrkdwn(map.name)}* as ${format.label} to your DMs.`,
  });
  await deps.followUps.run(async () => {
    try {
      const { view } = await loadJourney(deps, map);
      await uploadFile(client, {
        channelId: await directMessageChannel(client, command.user_id),
        filename: `${fileSlug(map.name)}.${format.extension}`,
        title: `${map.name} (${format.label})`,
        bytes: await format.build(map, view, deps),
        comment: `Here is *${escapeMrkdwn(map.name)}* as ${format.label}, as of today.`,
      });
      deps.log.info({ mapId: map.id, format: format.extension }, 'map exported');
    } catch (err) {
      deps.log.error({ err, mapId: map.id, format: format.extension }, 'export failed');
      await respond({
        response_type: 'ephemeral',
        text: `I couldn't send the ${format.label} file just now. Please try again in a minute.`,
      });
    }
  });
};
