/** English: the source catalog; the other languages must have exactly these keys. ICU MessageFormat. */
export const en = {
  previewNote: '👀 _Preview: only you can see this. Nothing is posted or marked as sent._',
  answerNow: 'Answer now',
  /** A map's item quoted in a line of the digest. */
  quoted: '“{text}”',
  /** Between the parts of one line ("3 new: …; raised again: …"). */
  partSeparator: '; ',
  threadLink: "<{link}|Add what you know in the map's thread>",
  threadInChannel: "add what you know in the map's thread in {channel}",
  quiet: {
    fallback: '{mapName}: a quiet week, nothing new.',
    titleSince: '📭 *{mapName}*: a quiet week, nothing new since {date}.',
    titleFirst: '📭 *{mapName}*: a quiet week, nothing new yet.',
    lowest: 'Lowest point: *{stageName}* {score}',
    waiting: 'still waiting to hear from {count, plural, one {# stakeholder} other {# stakeholders}}',
  },
  full: {
    header: '📬 Weekly digest: {mapName}',
    fallback:
      'Weekly digest for {mapName}: {inputCount, plural, one {# new input} other {# new inputs}}, {itemCount, plural, one {# new item} other {# new items}}.',
    footer: '💬 {threadAction} · `{command} show` posts the map as a picture',
  },
  overview: {
    addedSince: '*{count, plural, one {# new input} other {# new inputs}}* since {date}',
    addedSoFar: '*{count, plural, one {# new input} other {# new inputs}}* so far',
    newItems: '{count, plural, one {# new item} other {# new items}}',
    reinforced: '{count} raised again',
    retracted: '{count} taken back',
    byTeam: '*By team:* {teams}',
    newVoices: '*New voices:* {people}',
  },
  stage: {
    kindLine: '• {kindTitle}: {parts}',
    newItems: '{count} new: {examples}',
    newItemsMore: '{count} new: {examples} and {moreCount} more',
    raisedAgain: 'raised again: {items}',
    raisedItem: '{item} +{added} (now {count})',
  },
  curve: {
    title: '*How it feels*',
    noScores: '*How it feels:* no scores yet.',
    lowest: 'Lowest point: *{stageName}* ({score}, {count, plural, one {# score} other {# scores}}). Start there.',
    noLowPoint: 'No clear low point yet: scores from more stages will show one.',
  },
  improvements: {
    title: '*Top {count, plural, one {# improvement} other {# improvements}} to try*',
    line: '{index}. *{stageName}*: {action}\n      _answers:_ {answers} · _touchpoint:_ {touchpoint} · _KPI:_ {kpi}',
  },
  missing: {
    title: '*Still missing*',
    emptyStages: 'Stages nobody has talked about: {stages}',
    teams: 'Teams not heard from yet: {teams}',
    stakeholder: "{person}, we haven't heard from you yet.",
    others: 'Also waiting for {people}: `{command} interview` starts yours.',
  },
  nudge: {
    fallback: "This week's digest for {mapName} is out. Your answers are still missing.",
    text: "👋 This week's digest for *{mapName}* is out in {channel}{mapLink}, and your team's view is still missing. {where}",
    /** Follows the channel directly, so it brings its own leading space where the language wants one. */
    mapLink: ' (<{link}|see the map>)',
    progress:
      "You've answered {answered} of {stages, plural, one {# stage} other {# stages}}; {pending, plural, one {# stage} other {# stages}} to go.",
    notStarted: 'It takes about 2 minutes a stage, {stages, plural, one {# stage} other {# stages}} in all.',
    frequency: "_I'll ask at most once a week, and never while your Slack status says you're away._",
  },
};
