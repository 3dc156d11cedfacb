/** English: the source catalog; the other languages must have exactly these keys. ICU MessageFormat. */
export const en = {
  subcommands: {
    help: { usage: 'help', example: 'help', what: 'Show this help.' },
    new: {
      usage: 'new [name]',
      example: 'new Online shoppers',
      what: 'Create a journey map: goal, persona, stages, stakeholders.',
    },
    list: { usage: 'list', example: 'list', what: "List this workspace's maps." },
    show: { usage: 'show [map]', example: 'show Online shoppers', what: 'Post the map as a picture in its thread.' },
    interview: {
      usage: 'interview [map]',
      example: 'interview',
      what: 'Answer the guided interview for your team, in DM.',
    },
    summary: {
      usage: 'summary [map] [stage]',
      example: 'summary Online shoppers Decision',
      what: 'Summarise a stage (or every stage) with suggested improvements.',
    },
    digest: { usage: 'digest [map]', example: 'digest', what: "Preview this week's digest (only you see it)." },
    export: {
      /** {formats} is filled from the export format registry, so a new format shows here by itself. */
      usage: 'export [map] {formats}',
      example: 'export Online shoppers csv',
      what: 'Send yourself the map as a file.',
    },
    language: {
      usage: 'language [map] en|el|zh-Hans|zh-Hant',
      example: 'language Online shoppers el',
      what: 'Change the language a map speaks (its owner only).',
    },
    archive: { usage: 'archive [map]', example: 'archive Old pilot', what: 'Archive a map you own.' },
    reopen: {
      usage: 'reopen [map]',
      example: 'reopen Old pilot',
      what: 'Bring back an archived map (its owner only).',
    },
  },
  product: '{product}',
  line: '`{command} {usage}`  {what}\n      _e.g._ `{command} {example}`',
  intro:
    '*{product}* maps how your customers move from first hearing of you to recommending you, with input from every team, right here in Slack.',
  opening: 'Here is what I can do:',
  unknownOpening: "I don't know `{word}` yet. Here is what I can do:",
  fallback: '{product} help: {command} new to start a map.',
  unknownFallback: 'Unknown command "{word}". {product} help: {command} new to start a map.',
  footer:
    "`[map]` is a map name or id; inside a map's channel you can leave it out. Anyone can add touchpoints and obstacles by replying in the map's thread, e.g. `touchpoint: pricing webinar @consideration`.",
  unreadable: "Sorry, I couldn't read that command. Please try again.",
};
