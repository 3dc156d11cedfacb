/** English: the source catalog; the other languages must have exactly these keys. ICU MessageFormat. */
export const en = {
  card: {
    fallback: 'Journey map: {mapName}',
    fallbackArchived: 'Journey map: {mapName} (archived)',
    header: '🗺️ {mapName}',
    headerArchived: '🗺️ {mapName} (archived)',
    goal: '*Goal:* {goal}',
    persona: '*Persona:* {persona}',
    type: '*Type:* {type} · *Owner:* {owner}',
    stage: '{bar}  *{number}. {stageName}*  {count, plural, one {# input} other {# inputs}} · {feeling}',
    stakeholders: '*Stakeholders:* {stakeholders}',
    noStakeholders: '_none invited yet: anyone can answer with the button below_',
    teams: '*Teams heard from:* {teams}',
    noTeams: 'none yet',
    answerForTeam: 'Answer for my team',
    showMap: 'Show map',
    threadTip:
      '💬 Reply in this thread to add what you know, e.g. `touchpoint: pricing webinar @consideration` or `obstacle: checkout asks for an account (decision)`. `{command} help` for more.',
  },
  home: {
    header: '🗺️ {product}',
    intro:
      'Map how your customers move from first hearing of you to recommending you, with every team, right here in Slack.',
    newMap: 'New map',
    unfinished: '*Your unfinished interviews*',
    interview: '*{mapName}*  {done} of {total} stages done',
    interviewPaused: '*{mapName}*  {done} of {total} stages done · paused',
    resume: 'Resume',
    yourMaps: '*Your maps*',
    noMaps: 'No maps yet. Press *New map*, or type `{command} new` in the channel where the map should live.',
    mapLine:
      "*{mapName}* in {channel} · you're {role, select, owner {the owner} stakeholder {a stakeholder} other {a contributor}} · {inputs, plural, one {# input} other {# inputs}} from {people, plural, one {# person} other {# people}}",
    answer: 'Answer',
    tip: 'Tip: `{command} help` lists everything I can do.',
  },
  list: {
    emptyFallback: 'No journey maps yet.',
    empty: 'No journey maps in this workspace yet. Start one with `{command} new`.',
    fallback: '{count} journey maps',
    heading: '*Journey maps* ({count})',
    line: '• *{mapName}* in {channel} · owner {owner}',
    lineHere: '• *{mapName}* in {channel} · owner {owner} · _this channel_',
    allArchived: '_all archived_',
    archived: '{count} archived. ',
    usage: 'Use a name with any command, e.g. `{command} show <name>`.',
    truncated: ' Showing the first {count}.',
  },
  archive: {
    notOwner:
      "Only the map's owner, {owner}, or a workspace admin can archive *{mapName}*. Ask them, or create your own map with `{command} new`.",
    already: '*{mapName}* is already archived.',
    done: '🗄️ *{mapName}* is archived. Its answers are kept, and exports still work.',
  },
  show: {
    drawing: "🖼️ Drawing *{mapName}*: the picture will appear in the map's thread in a moment.",
  },
  interview: {
    checkDms: '📬 Check your DMs: your interview for *{mapName}* is there.',
  },
  reopen: {
    notOwner: "Only the map's owner, {owner}, or a workspace admin can reopen *{mapName}*.",
    notArchived: '*{mapName}* is not archived: it is taking answers.',
    channelTakenUnseen:
      '<#{channel}> has another live map, which you cannot see. Once it is archived, you can reopen *{mapName}*.',
    channelTaken:
      '<#{channel}> has another live map, *{otherName}*. Archive that one first (`{command} archive {otherName}`), then reopen *{mapName}*.',
    done: '♻️ *{mapName}* is open again and takes answers in <#{channel}>.',
    /** Said after "… is archived" wherever a person tries to add to an archived map. */
    howTo: '{owner} can bring it back with `{command} reopen {mapName}`.',
    movedTo: '<#{channel}> now has *{newName}*: add your answers there.',
    movedToUnseen: '<#{channel}> now has another live map.',
  },
  language: {
    notOwner: "Only the map's owner, {owner}, or a workspace admin can change the language of *{mapName}*.",
    which:
      'Which language should *{mapName}* speak? Add one of: {choices}. For example `{command} language {example}`.',
    same: '*{mapName}* already speaks {language}.',
    changed:
      '✅ *{mapName}* now speaks {language}: interviews, thread replies, summaries, the digest and exports. What people already wrote stays as they wrote it.',
  },
};
