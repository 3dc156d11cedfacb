// The honest ceiling the real app is measured against: a bare Bolt app that makes, for each request of the mix,
// the Slack calls the real app makes for it (same client, same respond()), and nothing else: no store, no fold,
// no rules, no follow-up queue. The bench prints both apps' calls per request kind side by side to keep it so.
import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { App, type RespondFn, type SlackCommandMiddlewareArgs, type webApi } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { slackClientOptions } from '../../src/slack/client-options.ts';
import { COMMAND } from '../../src/slack/ids.ts';
import { createRenderQuota } from '../../src/slack/render-quota.ts';
import { fakeWorkspace } from '../../test/slack-fake/ids.ts';
import { silentLogger } from '../../test/slack-fake/silent-logger.ts';
import type { Running, ServerOptions } from './protocol.ts';

/**
 * Bytes of JSON the real app sends for the bench map (its help, summary overview, reply answer, team question and
 * card), so the ceiling serialises and sends as much; the call table's bytes columns show both.
 */
const BYTES = { helpAck: 2_000, summary: 4_000, replyAnswer: 1_500, teamQuestion: 1_550, card: 1_600 };
/** The real app redraws a map's card at most once a second however many replies arrive (contributions-added.ts). */
const CARD_INTERVAL_MS = 1_000;
const SECTION_WORDS = 'journey '.repeat(50);
/** `{"type":"section","text":{"type":"mrkdwn","text":"","verbatim":true}}` and the comma after it. */
const SECTION_OVERHEAD = 70;
/** As long as the real app's notices (its working one names the map and its stages). */
const ONE_MOMENT_NOTICE =
  'One moment: you asked for several pictures, summaries or exports in the last minute. Try again in 30 seconds.';
const WORKING_NOTICE =
  'Working on it: summarising all 5 stages of the map. It will appear in the map thread in a moment.';
const POST_DEFAULTS = { unfurl_links: false, unfurl_media: false } as const;

/** Section blocks of plain words whose JSON takes about `bytes`, standing for a real message's blocks. */
function blocksOfSize(bytes: number): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (let left = bytes; left > SECTION_OVERHEAD; left -= SECTION_OVERHEAD + SECTION_WORDS.length) {
    const text = SECTION_WORDS.slice(0, left - SECTION_OVERHEAD);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } });
  }
  return blocks;
}

const message = (text: string, bytes: number) => ({ text, blocks: blocksOfSize(bytes) });

/** Built once: the real app builds its messages for each request, which is part of what it costs over the ceiling. */
const MESSAGES = {
  help: message('Journey Bot help', BYTES.helpAck),
  summary: message('Stage summaries', BYTES.summary),
  replyAnswer: message('Added 1 item', BYTES.replyAnswer),
  teamQuestion: message('Which team are you in?', BYTES.teamQuestion),
  card: message('Journey map', BYTES.card),
};

type CommandArgs = SlackCommandMiddlewareArgs & { client: webApi.WebClient };

/** Work done after the ack, counted so the bench waits for it as it waits for the real app's follow-ups. */
function followUpCounter() {
  let running = 0;
  return {
    backlog: () => running,
    async track(work: Promise<unknown>): Promise<void> {
      running += 1;
      try {
        await work;
      } finally {
        running -= 1;
      }
    },
  };
}
type FollowUps = ReturnType<typeof followUpCounter>;

/**
 * The real app asks Slack once per person, channel or author (a profile, a channel's audience, the team question)
 * and remembers the answer for minutes or for good: longer than a bench run, so once per process here.
 */
function firstTime() {
  const seen = new Set<string>();
  return (key: string): boolean => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/** Redraws the card as the real app does: at once, then once more a second later if replies came meanwhile. */
function cardRedrawer(client: webApi.WebClient, followUps: FollowUps) {
  let waiting: { channel: string; ts: string } | null = null;
  let running = false;
  async function redrawWhileWaiting(): Promise<void> {
    while (waiting) {
      const card = waiting;
      waiting = null;
      await client.chat.update({ ...card, ...MESSAGES.card });
      await sleep(CARD_INTERVAL_MS, undefined, { ref: false });
    }
    running = false;
  }
  return (card: { channel: string; ts: string }) => {
    waiting = card;
    if (running) return;
    running = true;
    void followUps.track(redrawWhileWaiting());
  };
}

/** `/journey help`: the ack body only, once the person's language is known. */
async function help({ command, ack, client }: CommandArgs, firstProfile: (userId: string) => boolean) {
  if (firstProfile(command.user_id)) await client.users.info({ user: command.user_id, include_locale: true });
  await ack({ response_type: 'ephemeral', ...MESSAGES.help });
}

/**
 * `/journey summary <map>`: posted in the map's thread, its link sent with respond(). Granted as the real app
 * grants renders (the same quota, a few per person a minute), since past it the real app only acks with a "one
 * moment" note and makes no call at all.
 */
function summary(options: ServerOptions, followUps: FollowUps) {
  const firstAudience = firstTime();
  const renders = createRenderQuota();
  return async ({ command, ack, respond, client }: CommandArgs) => {
    if (firstAudience(command.channel_id)) await client.conversations.info({ channel: command.channel_id });
    if (!renders.take(command.team_id, command.user_id, Date.now()).granted) {
      await ack({ response_type: 'ephemeral', text: ONE_MOMENT_NOTICE });
      return;
    }
    await ack({ response_type: 'ephemeral', text: WORKING_NOTICE });
    await followUps.track(postSummary(client, respond, command.channel_id, options.cardTs));
  };
}

function handleCommands(app: App, options: ServerOptions, followUps: FollowUps): void {
  const firstProfile = firstTime();
  const summarise = summary(options, followUps);
  app.command(COMMAND, async (args) => {
    const [subcommand] = args.command.text.trim().split(/\s+/);
    if (subcommand === 'help') return help(args, firstProfile);
    if (subcommand === 'summary') return summarise(args);
    await args.ack();
  });
}

async function postSummary(client: webApi.WebClient, respond: RespondFn, channel: string, cardTs: string) {
  const posted = await client.chat.postMessage({ channel, thread_ts: cardTs, ...MESSAGES.summary, ...POST_DEFAULTS });
  const { permalink } = await client.chat.getPermalink({ channel, message_ts: posted.ts ?? cardTs });
  await respond({ response_type: 'ephemeral', text: `The summary of the map is in <${permalink}|the map's thread>.` });
}

/** A reply in a map's thread: the answer under it, the check mark, the team question once, the card. */
function handleThreadReplies(app: App, followUps: FollowUps): void {
  const firstQuestion = firstTime();
  const redrawCard = cardRedrawer(app.client, followUps);
  app.event('message', async ({ event, client }) => {
    if (event.subtype !== undefined || !event.thread_ts || event.thread_ts === event.ts) return;
    const { channel, user, ts, thread_ts: cardTs } = event;
    const reply = async () => {
      await client.chat.postMessage({ channel, thread_ts: cardTs, ...MESSAGES.replyAnswer });
      await client.reactions.add({ channel, timestamp: ts, name: 'white_check_mark' });
      redrawCard({ channel, ts: cardTs });
      if (!firstQuestion(user)) return;
      await client.chat.postEphemeral({
        channel,
        user,
        thread_ts: cardTs,
        ...MESSAGES.teamQuestion,
      });
    };
    await followUps.track(reply());
  });
}

export async function startCeiling(options: ServerOptions): Promise<Running> {
  const app = new App({
    token: fakeWorkspace.botToken,
    signingSecret: options.signingSecret,
    // The real app's client options (src/slack/client-options.ts): the same transport, retries and timeouts.
    clientOptions: slackClientOptions(options.apiUrl),
    logger: silentLogger,
    // As in the real app (src/app.ts): Bolt's in-memory conversation store is unused and costs every request.
    convoStore: false,
  });
  const followUps = followUpCounter();
  handleCommands(app, options, followUps);
  handleThreadReplies(app, followUps);
  const server = (await app.start(0)) as Server;
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('the ceiling app did not report its port');
  return {
    port: address.port,
    followUps: followUps.backlog,
    async stop() {
      await app.stop();
    },
  };
}
