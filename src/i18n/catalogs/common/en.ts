/** English: the source catalog; the other languages must have exactly these keys. ICU MessageFormat. */
export const en = {
  listSeparator: ', ',
  departments: {
    marketing: 'Marketing',
    sales: 'Sales',
    support: 'Support',
    product: 'Product',
    finance: 'Finance',
    operations: 'Operations',
    hr: 'HR',
    other: 'Other',
  },
  mapTypes: {
    current_state: 'Current state',
    future_state: 'Future state',
    day_in_the_life: 'Day in the life',
    service_blueprint: 'Service blueprint',
  },
  /** The feeling scale's words, from 1 (worst) to 5 (best). */
  feelings: {
    score1: 'Very negative',
    score2: 'Negative',
    score3: 'Neutral',
    score4: 'Positive',
    score5: 'Very positive',
  },
  weekdays: {
    day1: 'Monday',
    day2: 'Tuesday',
    day3: 'Wednesday',
    day4: 'Thursday',
    day5: 'Friday',
    day6: 'Saturday',
    day7: 'Sunday',
  },
  /** The stages a new map starts with, in the words the method uses in each language. */
  defaultStages: {
    awareness: 'Awareness',
    consideration: 'Consideration',
    decision: 'Decision',
    retention: 'Retention',
    advocacy: 'Advocacy',
  },
  /** Titles of each kind of item, as a report, the picture or the digest heads its rows. */
  kindTitles: {
    goal: 'Customer goals',
    action: 'Actions',
    thought: 'Thoughts',
    feeling: 'Feelings',
    touchpoint: 'Touchpoints',
    obstacle: 'Obstacles',
    idea: 'Ideas',
    kpi: 'KPIs',
  },
  errors: {
    oneMoment:
      '⏳ One moment: you asked for several pictures, summaries or exports in the last minute. Try again in {seconds, plural, one {# second} other {# seconds}}.',
    storeDown: "I can't reach my storage right now, so nothing was changed. Please try again in a minute.",
    // A store command that timed out may still have landed: unlike storeDown, this promises nothing about it.
    storeUnreachable: "I can't reach my storage right now, please try again in a minute.",
    unexpected: 'Something went wrong on my side and nothing was changed. Please try again in a minute.',
    mapNotFound: 'I couldn\'t find a map called "{query}". Try `{command} list` to see this workspace\'s maps.',
    noMapHere:
      "There's no map bound to this channel. Name one (`{command} list` shows them) or create one with `{command} new`.",
    // The time is a Slack date token, shown in the reader's own time zone.
    givenUp: "Sorry, I couldn't finish what you asked me at {time}, even after several tries. Please try it again.",
    mapGone: 'That map no longer exists. `{command} list` shows the maps you can answer for.',
  },
  moreThanFits: '_More than fits in one message: see the export for the rest._',
};
