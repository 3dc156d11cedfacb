import { toSvg } from '../../export/svg.ts';
import { mapTranslator } from '../../i18n/index.ts';
import type { JourneyMap, JourneyView } from '../../journey/model.ts';
import { renderPng } from '../../render/png.ts';
import type { Deps, SlackClient } from '../deps.ts';
import { channelLink, escapeMrkdwn } from '../text.ts';
import { loadJourney } from './journey-view.ts';
import { postMapCard } from './map-card.ts';

export interface FileToUpload {
  channelId: string;
  /** Shares the file as a reply in this thread. */
  threadTs?: string;
  filename: string;
  title: string;
  bytes: Buffer;
  /** Safe mrkdwn (user text escaped): the message that introduces the file. */
  comment?: string;
  /** What a screen reader says for an image. */
  altText?: string;
}

/**
 * Slack's current upload flow, through the Web API client's helper: files.getUploadURLExternal, the bytes
 * POSTed to the upload_url it returns, then files.completeUploadExternal to share the file where it belongs.
 */
export async function uploadFile(client: SlackClient, file: FileToUpload): Promise<void> {
  const common = {
    file: file.bytes,
    filename: file.filename,
    title: file.title,
    ...(file.comment ? { initial_comment: file.comment } : {}),
    ...(file.altText ? { alt_text: file.altText } : {}),
  };
  await client.filesUploadV2(
    file.threadTs
      ? { ...common, channel_id: file.channelId, thread_ts: file.threadTs }
      : { ...common, channel_id: file.channelId },
  );
}

/** A file name from a map name: letters and digits of any script, the rest as single dashes. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'journey-map' : slug;
}

let renders: Promise<unknown> = Promise.resolve();

/**
 * The map as a PNG, after the ack. Renders run off the event loop and take turns, so ten pictures asked for at
 * once use one core and one picture's memory at a time, never all of both.
 */
export function mapPng(deps: Deps, map: JourneyMap, view: JourneyView): Promise<Buffer> {
  const png = renders.then(async () => {
    const started = performance.now();
    const bytes = await renderPng(toSvg(map, view));
    deps.log.debug({ mapId: map.id, bytes: bytes.length, ms: Math.round(performance.now() - started) }, 'map rendered');
    return bytes;
  });
  renders = png.catch(() => undefined);
  return png;
}

export type PictureOutcome = 'posted' | 'cannot_post_in_channel' | 'failed';

/**
 * Posts the map as a picture in its card's thread. A map saved without a card (the bot could not post in
 * its channel then) gets its card first, so `/journey show` after an invitation repairs it.
 */
export async function showMapPicture(deps: Deps, client: SlackClient, map: JourneyMap): Promise<PictureOutcome> {
  try {
    const { view } = await loadJourney(deps, map);
    let threadTs = map.cardTs;
    if (!threadTs) {
      threadTs = await postMapCard(deps, client, map, view);
      if (!threadTs) return 'cannot_post_in_channel';
      await deps.store.maps.save({ ...map, cardTs: threadTs });
    }
    const t = mapTranslator(map);
    await uploadFile(client, {
      channelId: map.channelId,
      threadTs,
      filename: `${fileSlug(map.name)}.png`,
      title: t.t('export.upload.pictureTitle', { mapName: map.name }),
      bytes: await mapPng(deps, map, view),
      altText: t.t('export.upload.pictureAlt', { mapName: map.name }),
    });
    deps.log.info({ mapId: map.id }, 'map picture posted');
    return 'posted';
  } catch (err) {
    deps.log.error({ err, mapId: map.id }, 'map picture failed');
    return 'failed';
  }
}

/** What to tell the person who asked for the picture when it did not arrive, in the map's language. */
export function pictureProblem(map: JourneyMap, outcome: Exclude<PictureOutcome, 'posted'>): string {
  const t = mapTranslator(map);
  return outcome === 'cannot_post_in_channel'
    ? t.t('export.upload.cannotPost', { channel: channelLink(map.channelId) })
    : t.t('export.upload.pictureFailed', { mapName: escapeMrkdwn(map.name) });
}
