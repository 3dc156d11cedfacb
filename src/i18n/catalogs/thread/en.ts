/** English: the source catalog; the other languages must have exactly these keys. ICU MessageFormat. */
export const en = {
  /** What a thread item is, as the bot's answers and the kind chooser name it (buttons: keep them short). */
  kinds: {
    touchpoint: 'Touchpoint',
    obstacle: 'Obstacle',
    idea: 'Idea',
    goal: 'Customer goal',
    kpi: 'KPI',
    action: 'Action',
    thought: 'Thought',
    feeling: 'Feeling',
  },
  /** The bot's answer under a person's reply. */
  answer: {
    added: '✅ Thanks {author}! I added {count, plural, one {this} other {these #}} to *{mapName}*:',
    addedMore: '…and {count} more.',
    unsureAfterAdded:
      "🤔 One more thing: I'm not sure about {count, plural, one {this one} other {these #}}. Pick what fits and I'll add it.",
    unsure:
      "🤔 Thanks {author}! I'm not sure about {count, plural, one {this one} other {these #}}. Pick what fits and I'll add it.",
    unsureMore: '{count} more after these.',
    nothing: '👍 Got it, {author}: nothing from this message goes on the map.',
    onlyAuthor: "Only {author} can change these. Edit your message and I'll read it again.",
    undo: 'Undo',
    moveTo: 'Move to…',
    deleted: '🗑️ The message was deleted, so I took {count, plural, one {# item} other {# items}} off *{mapName}*.',
    deletedNothing: '🗑️ The message was deleted; nothing from it was on the map.',
    undone:
      '↩️ Undone: {author} took {count, plural, one {# item} other {# items}} off *{mapName}*. Edit the message or reply again to add something.',
  },
  /** Notification texts of the answer (what a push or a screen reader says). */
  fallback: {
    added: 'Added {count, plural, one {# item} other {# items}} to {mapName}',
    addedAndAsking: 'Added {count, plural, one {# item} other {# items}} to {mapName}: which kind or stage?',
    asking: 'A question: which kind or stage?',
    nothing: 'Nothing added from this message',
    deleted: 'Message deleted: took {count, plural, one {# item} other {# items}} off {mapName}',
    undone: 'Undone: took {count, plural, one {# item} other {# items}} off {mapName}',
  },
  /** What the bot asks about an item it could not place. */
  ask: {
    kindAndStage: 'What is it, and which stage?',
    kind: 'What is it?',
    stage: 'Which stage?',
    skip: 'Not for the map',
  },
  tooLong: {
    title: 'That reply is too long for me',
    body: "✋ {author}, that's a bit long for me: I read up to {max} characters at a time. Could you split it into a few shorter replies? {kept}",
    keptEarlier: 'I kept what I had from before your edit.',
    nothingYet: 'Nothing was added yet.',
  },
  notSaved: {
    title: "I couldn't save that",
    body: "😕 I couldn't save that just now, so nothing was added. Please post it again in a minute.",
  },
  archived: {
    title: '{mapName} is archived',
    body: "🗄️ *{mapName}* is archived, so I'm not adding to it any more. {next}",
  },
  /** Private answers to a click on the bot's answer that cannot be carried out. */
  refusals: {
    notYours: 'Only {author} can change what their message added. To add your own view, just reply in the thread.',
    outdated: 'That message changed since: use the buttons on my latest answer.',
    gone: "I can't find that message any more, so there's nothing to change.",
  },
  /** Asked privately, once, of a thread author the bot has no department for. */
  department: {
    title: 'Which team are you in?',
    question:
      "👋 Thanks for adding to *{mapName}*! Which team are you in? I'll count your input for it on every map, so you only need to tell me once.",
    hint: 'Only you can see this. Your input is on the map already.',
    thanksTitle: 'Thanks! Your input counts for {team}.',
    thanks: '🙌 Thanks! Your input now counts for *{team}* on every map. Keep replying in the thread any time.',
  },
  /** The answer to an @mention in a map's channel. */
  status: {
    title: '{mapName}: {count, plural, one {# input} other {# inputs}} so far',
    headline: '🗺️ *{mapName}*: {heard}',
    headlineArchived: '🗺️ *{mapName}* (archived): {heard}',
    heard:
      '{inputCount, plural, one {# input} other {# inputs}} from {peopleCount, plural, one {# person} other {# people}}',
    heardTeams:
      '{inputCount, plural, one {# input} other {# inputs}} from {peopleCount, plural, one {# person} other {# people}} ({teams})',
    noInput: 'no input yet',
    stage: '{number}. *{stageName}* · {count, plural, one {# input} other {# inputs}} · {feeling}',
    noFeelings: 'no feelings yet',
    howTo:
      '*Add what you know:* reply in {where}, in your own words or like {example}. For the guided questions, type `{command} interview`.',
    threadLink: "<{link}|the map's thread>",
    cardThread: "the map card's thread",
    example: '`touchpoint: pricing webinar @consideration`',
    archived: 'It is archived, so it takes no new input. `{command} list` shows the live maps.',
    noMapTitle: 'No journey map in this channel yet',
    noMap:
      "👋 There's no journey map in this channel yet. Start one with `{command} new`: I post the map card here and everyone can add to it by replying in its thread.",
    noMapHint: '`{command} list` shows the maps in other channels.',
  },
};
