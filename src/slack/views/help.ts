import { COMMAND } from '../ids.ts';
import { escapeMrkdwn } from '../text.ts';
import { context, divider, header, type MessageContent, message, section } from './blocks.ts';

export const SUBCOMMANDS = [
  { usage: 'help', example: 'help', what: 'Show this help.' },
  {
    usage: 'new [name]',
    example: 'new Online shoppers',
    what: 'Create a journey map: goal, persona, stages, stakeholders.',
  },
  { usage: 'list', example: 'list', what: "List this workspace's maps." },
  { usage: 'show [map]', example: 'show Online shoppers', what: 'Post the map as a picture in its thread.' },
  { usage: 'interview [map]', example: 'interview', what: 'Answer the guided interview for your team, in DM.' },
  {
    usage: 'summary [map] [stage]',
    example: 'summary Online shoppers Decision',
    what: 'Summarise a stage (or every stage) with suggested improvements.',
  },
  { usage: 'digest [map]', example: 'digest', what: "Preview this week's digest (only you see it)." },
  {
    usage: 'export [map] csv|md|mermaid|json|png',
    example: 'export Online shoppers csv',
    what: 'Send yourself the map as a file.',
  },
  { usage: 'archive [map]', example: 'archive Old pilot', what: 'Archive a map you own.' },
] as const;

const INTRO =
  '*Journey Bot* maps how your customers move from first hearing of you to recommending you, with input ' +
  'from every team, right here in Slack.';

/** The help answer; `unknown` is the word the user typed when it was not a subcommand. */
export function helpMessage(unknown?: string): MessageContent {
  const lines = SUBCOMMANDS.map(
    ({ usage, example, what }) => `\`${COMMAND} ${usage}\`  ${what}\n      _e.g._ \`${COMMAND} ${example}\``,
  );
  const opening = unknown
    ? `I don't know \`${escapeMrkdwn(unknown)}\` yet. Here is what I can do:`
    : 'Here is what I can do:';
  return message(`${unknown ? `Unknown command "${unknown}". ` : ''}Journey Bot help: ${COMMAND} new to start a map.`, [
    header('Journey Bot'),
    section(INTRO),
    section(opening),
    section(lines.join('\n')),
    divider(),
    context(
      "`[map]` is a map name or id; inside a map's channel you can leave it out. Anyone can add touchpoints and " +
        "obstacles by replying in the map's thread, e.g. `touchpoint: pricing webinar @consideration`.",
    ),
  ]);
}
