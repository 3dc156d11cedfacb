/** English: the source catalog; the other languages must have exactly these keys. ICU MessageFormat. */
export const en = {
  /** One stage in full. */
  stage: {
    heading: '🧭 {stageName}: stage summary',
    position: '*{mapName}* · stage {number} of {total}',
    does: '*Does:* {actions}',
    /** Between the things the customer does. */
    doesSeparator: '; ',
    thinks: '*Thinks:* {thoughts}',
    thought: '“{thought}”',
    feels: '*Feels:* {feeling}',
    touchpointsLine: '📍 *Top touchpoints:* {items}',
    alsoRaisedLine: '🚧 *Also raised:* {items}',
    stillMissingLine: '🕳️ *Still missing:* {items}',
    disagreements: '↔️ Where teams disagree',
    improvements: '*💡 Suggested improvements* ({count})',
    replyToAdd: '➕ Reply in this thread to add what is missing.',
    fallback:
      'Stage summary of {stageName} ({mapName}): {count, plural, one {# suggested improvement} other {# suggested improvements}}',
  },
  feeling: {
    nobodyYet: '▫️ nobody has said yet',
    /** emoji, mean on the 1-5 scale, number of scores. */
    single: '{emoji} {mean} / 5 ({count, plural, one {# score} other {# scores}})',
    withSpread: '{emoji} {mean} / 5, spread ±{spread} ({count, plural, one {# score} other {# scores}})',
    /** The map card's and digest's short form when a stage has no scores. */
    noFeelingsYet: 'no feelings yet',
  },
  raisedBy: {
    people: '{count, plural, one {# person} other {# people}}',
    peopleAndDepartments: '{people} · {departments}',
  },
  disagreement: '{low} feels {lowFeeling}, {high} {highFeeling}: worth comparing what each of them sees',
  improvement: {
    answersObstacle: '🎯 Answers the obstacle “{text}”',
    answersGap: '🎯 Answers the gap “{text}”',
    where: '📍 Touchpoint: {touchpoint}  ·  📈 KPI to watch: {kpi}',
    whereWithOwners: '📍 Touchpoint: {touchpoint}  ·  👥 Owner: {owners}  ·  📈 KPI to watch: {kpi}',
  },
  overview: {
    heading: '🧭 Stage summaries: {mapName}',
    persona: '👤 *{persona}*',
    personaWithGoal: '👤 *{persona}* · goal: {goal}',
    oneStageHint: '🔎 `{example}` shows one stage in full, with every suggestion and who raised what.',
    fallback: 'Stage summaries of {mapName}: {count, plural, one {# stage} other {# stages}}',
  },
  source: {
    playbook: '🧭 Suggestions by the built-in playbook.',
    model: '✨ Suggestions by {model}.',
    /** The model's name when the configuration gives none. */
    anyModel: 'the AI model',
    modelUnavailable: '🧭 The model was unavailable, so the built-in playbook answered.',
    modelPartly:
      '✨ Suggestions by {model}; for {stages} the model was unavailable, so the built-in playbook answered.',
  },
  trigger: {
    everyoneAnswered: '🔔 Posted because every stakeholder has now answered {stageName}.',
    newInput:
      '🔔 Posted because {count, plural, one {# new input} other {# new inputs}} arrived for {stageName} since its last summary.',
  },
  notice: {
    working: '⏳ Working on it: summarising {what}. It will appear in {where} in a moment.',
    oneStage: '*{stageName}* of *{mapName}*',
    allStages: 'all {count} stages of *{mapName}*',
    mapThread: "the map's thread",
    channel: 'its channel',
    posted: '✅ The summary of *{mapName}* is in {where}.',
  },
  replies: {
    archived: "*{mapName}* is archived, so I don't summarise it any more. `{command} list` shows the live maps.",
    unknownStage:
      '*{mapName}* has no stage "{query}". Its stages are {stages}: name one or give its number, e.g. `{command} summary {mapName} 2`.',
    unknownStageOrMap:
      'There\'s no map called "{query}", and *{mapName}* has no stage "{query}". Its stages are {stages}: name one or give its number, e.g. `{command} summary {mapName} 2`.',
    ambiguousStage:
      '"{query}" could be {candidates} in *{mapName}*: type more of the name, or the stage\'s number ({stages}).',
    /** Between the stages a name could mean. */
    orSeparator: ' or ',
    cannotPost:
      "I can't post in the channel of *{mapName}*. Invite me there with `/invite @{product}`, then ask again.",
  },
  /** Words the rules engine puts into the summary and the playbook's texts. */
  narrative: {
    raised:
      '{people, plural, one {# person} other {# people}} ({departments}) raised {groups, plural, one {# obstacle} other {# obstacles}} here',
    raisedNoDepartments:
      '{people, plural, one {# person} other {# people}} raised {groups, plural, one {# obstacle} other {# obstacles}} here',
    feels: 'the feeling is {mean} here',
    dips: 'the feeling dips to {mean} here',
    dipsLowest: 'the feeling dips to {mean} here, the lowest of the journey',
    both: '{first}; {second}.',
    one: '{text}.',
  },
  engine: {
    personaGoal: '{persona} — goal: {goal}',
    personaMapGoal: '{persona} — map goal: {goal}',
    everyTouchpoint: 'every touchpoint of {stageName}',
    /** The last two of a list of departments. */
    listAnd: '{items} and {last}',
  },
  /** What the model is told about the map's language. */
  prompt: {
    kpiExamples:
      'conversion rate, CSAT, drop-off at a step, first response time, retention, repeat purchase rate, average order value or NPS',
  },
};
