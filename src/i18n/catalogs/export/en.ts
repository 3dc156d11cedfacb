/** English: the source catalog; the other languages must have exactly these keys. ICU MessageFormat. */
export const en = {
  counts: {
    contributions: '{count, plural, one {# contribution} other {# contributions}}',
    people: '{count, plural, one {# person} other {# people}}',
    scores: '{count, plural, one {# score} other {# scores}}',
  },
  /** A department's mean feeling, as in "Sales 1.0". */
  departmentMean: '{department} {mean}',
  personaDescribed: '{name}: {description}',
  noScores: 'no scores yet',
  csv: {
    header: {
      stage: 'Stage',
      kind: 'Kind',
      text: 'Text',
      count: 'Count',
      departments: 'Departments',
      contributors: 'Contributors',
      meanFeeling: 'Mean feeling',
    },
    /** The Kind column's words: one item of that kind. */
    kinds: {
      goal: 'goal',
      action: 'action',
      thought: 'thought',
      feeling: 'feeling',
      touchpoint: 'touchpoint',
      obstacle: 'obstacle',
      idea: 'idea',
      kpi: 'kpi',
    },
    feelingScore: 'feeling score',
    /** Between departments' means in the feeling score row. */
    scoreSeparator: '; ',
  },
  markdown: {
    goal: '**Goal:** {goal}',
    goalNotSet: '**Goal:** _not set_',
    persona: '**Persona:** {persona}',
    mapType: '**Map type:** {mapType}',
    input: '**Input so far:** {summary}',
    inputFrom: '{contributions} from {people}',
    inputFromDepartments: '{contributions} from {people} in {departments}',
    feeling: '**Feeling:** {feeling}',
    feelingScored: '{emoji} {mean} of 5 ({scores})',
    feelingScoredByDepartment: '{emoji} {mean} of 5 ({scores}; {departments})',
    /** Between departments' means in a feeling line. */
    meanSeparator: ', ',
    item: '{text} ({count}×)',
    itemWithDepartments: '{text} ({count}×, {departments})',
    disagreement: '**Departments disagree:** {lowDepartment} feels {lowMean}, {highDepartment} feels {highMean}.',
    stageEmpty: '_Nobody has said anything about this stage yet._',
    noTouchpoint: '_No touchpoint named yet._',
    stillMissing: 'Still missing',
    departmentsNotHeard: 'Departments not heard from: {departments}',
    stakeholdersSilent: 'Stakeholders who have not answered: {stakeholders}',
  },
  mermaid: {
    obstacle: 'Obstacle - {text}',
    noInput: 'No input yet',
  },
  picture: {
    journeyMap: '{mapType} journey map',
    persona: 'Persona',
    goal: 'Goal',
    goalNotSet: 'not set yet',
    feeling: 'Feeling',
    scale: '1 to 5',
    lowest: 'lowest',
    meanScores: '{mean} ({scores})',
    disagreement: '{lowDepartment} {lowMean} vs {highDepartment} {highMean}',
    noInput: 'no input yet',
    noneYet: 'none yet',
    more: '+ {count} more',
    itemCount: '{count}×',
    itemMeta: '{count}× · {departments}',
    /** Between the subtitle's facts. */
    factSeparator: ' · ',
  },
  upload: {
    pictureTitle: '{mapName}: journey map',
    pictureAlt: 'Journey map {mapName}: stages, touchpoints, obstacles, ideas and the emotion curve',
    cannotPost: "I can't post in {channel} yet. Invite me there with `/invite @{product}`, then try again.",
    pictureFailed: "I couldn't post the picture of *{mapName}* just now. Please try again in a minute.",
  },
  /** What each export format is good for, one short line in the export help; keyed by the format's name. */
  formats: {
    csv: 'opens in a spreadsheet',
    md: 'a readable report',
    mermaid: 'a journey diagram',
    json: 'everything, for other tools',
    png: 'the map as a picture',
  },
  command: {
    help:
      'Tell me the format last: `{command} export [map] {formats}`, e.g. ' +
      '`{command} export Online shoppers csv`.\n{formatLines}',
    /** One format in the help's list: its name, then what it is good for. */
    formatLine: '*{format}* {use}',
    /** Between the formats in the help's list. */
    formatSeparator: ' · ',
    whichFormat: 'Which format would you like? {help}',
    cannotExportAs: "I can't export as `{format}`. {help}",
    sending: '📬 Sending *{mapName}* as {format} to your DMs.',
    fileTitle: '{mapName} ({format})',
    comment: 'Here is *{mapName}* as {format}, as of today.',
    failed: "I couldn't send the {format} file just now. Please try again in a minute.",
  },
};
