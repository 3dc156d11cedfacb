/** English: the source catalog; the other languages must have exactly these keys. ICU MessageFormat. */
export const en = {
  /** The questions of one stage, in the order they are asked; `{stageName}` is the stage's name, as typed. */
  steps: {
    goal: {
      question: 'In {stageName}, what does the customer want to achieve or find out?',
      hint: 'e.g. "Find out whether it fits their budget". One per line.',
    },
    action: {
      question: 'What is the customer doing in {stageName}?',
      hint: 'e.g. "Compares plans on the pricing page". One per line.',
      required: 'Tell me at least one thing the customer does here, or skip the whole stage.',
    },
    feeling: {
      question: 'How does the customer feel in {stageName}?',
      hint: 'A number from 1 😫 (very negative) to 5 😍 (very positive), then what they are thinking if you like: "2 they worry about the price".',
      required: 'Pick how the customer feels here, from 1 😫 to 5 😍.',
    },
    touchpoint: {
      question: 'Where does the customer meet us in {stageName}?',
      hint: 'e.g. "website, reviews, sales call", or anything else. Separate them with commas.',
    },
    obstacle: {
      question: 'What stops the customer in {stageName} or makes them leave?',
      hint: 'e.g. "Pricing page does not show the total". One per line.',
    },
    idea: {
      question: 'What would move the customer from {stageName} to the next stage?',
      /** Asked instead at the last stage, where there is no next stage to move on to. */
      lastStageQuestion: 'What would make {stageName} better for the customer?',
      hint: 'e.g. "Show a price calculator". One per line.',
    },
  },
  /** The optional follow-up of the feeling step. */
  thought: {
    question: 'What are they thinking?',
    hint: 'e.g. "Is this worth the money?". One per line.',
  },
  department: {
    question: 'First, which team are you in? I will remember it for every map.',
    hint: 'The map groups answers by team, so differences between teams show up.',
    replyHelp: 'Reply with one of: {departments}.',
  },
  heading: 'Stage {stageNumber} of {stageCount}: {stageName}',
  /** The touchpoints the form offers; what a reply names is stored with these words. */
  touchpoints: {
    website: 'Website',
    search: 'Search',
    social_media: 'Social media',
    ads: 'Ads',
    email: 'Email',
    events: 'Events',
    webinar: 'Webinar',
    sales_call: 'Sales call',
    demo: 'Demo',
    live_chat: 'Live chat',
    reviews: 'Reviews',
    store: 'Store',
    support: 'Support',
    app: 'App',
    partner: 'Partner',
  },
  /** Why a reply or a form was not taken; shown next to the field or above the question again. */
  invalid: {
    feelingReply:
      'Start with a number from 1 😫 (very negative) to 5 😍 (very positive), or a word like "bad" or "good". You can add what they are thinking after it: "2 they worry about the price".',
    feelingOutOfRange: 'Pick a feeling from 1 😫 to 5 😍.',
    unknownTouchpoint: 'Pick touchpoints from the list; anything else goes under "Other".',
    noAnswerSkippable: 'I did not catch an answer there. Reply with your answer, or "skip" to leave this question out.',
    noAnswerRequired: 'I did not catch an answer there. Reply with your answer to the question above.',
    tooLong: 'One item is {length} characters long; the limit is {limit}. Shorten it or split it over several lines.',
    cannotSkip:
      'This question matters for the map, so it cannot be skipped. If you do not know this stage, press "Skip stage".',
    unknownStage: 'That stage is not part of this map. Open the interview again to carry on.',
    staleFeeling: 'That feeling button belongs to an earlier question: please answer the one above.',
  },
  buttons: {
    start: 'Start',
    answerInForm: 'Answer in a form',
    skipStage: 'Skip stage',
    pause: 'Pause',
    resume: 'Resume',
    change: 'Change',
    finish: 'Finish',
  },
  ask: {
    /** The heading above a question and atop the form: "*Stage 2 of 5: Consideration* · _Checkout map_". */
    headingLine: '*{heading}* · _{mapName}_',
    replyTip: 'Just reply here to answer, or use the form. Type `skip` to leave a question out.',
    requiredTip: 'Just reply here to answer, or use the form. Not sure about this stage? Press *Skip stage*.',
  },
  stageDone: {
    answered: '✅ Thanks, *{stageName}* is on the map.',
    skipped: '⏭️ Skipped *{stageName}*.',
  },
  paused: {
    fallback: 'Interview paused',
    text: "⏸️ Paused at *{stageName}* (stage {stageNumber} of {stageCount}) of *{mapName}*. Everything you answered is saved. I'll remind you in a day or so, or pick it up any time.",
  },
  review: {
    fallback: 'Review your answers for {mapName}',
    intro: '📋 *Your answers for {mapName}.* Change any stage, or finish when it looks right.',
    answered: '✅ {count, plural, one {# answer} other {# answers}}',
    skipped: '⏭️ skipped',
    pending: '⏳ not answered',
  },
  done: {
    fallback: 'Thank you! Your answers are on the map "{mapName}".',
    text: '🙏 *Thank you!* {answerCount, plural, one {# answer} other {# answers}} from you are now on *{mapName}* ({answeredCount, plural, one {# stage} other {# stages}} answered{skippedCount, plural, =0 {} other {, # skipped}}). You can {seeTheMap}, or change your answers any time from my Home tab.',
    mapLink: '<{mapLink}|see the map>',
    mapInChannel: 'see the map in its channel',
  },
  reminder: {
    fallback: 'Your interview for {mapName} is waiting for you.',
    text: '⏰ Your interview for *{mapName}* is waiting: {doneCount} of {stageCount, plural, one {# stage} other {# stages}} done, and everything you answered is saved. It takes about {minutesPerStage} minutes a stage.',
    limits: "_I'll remind you at most once a week, and never while your Slack status says you're away._",
  },
  invitation: {
    fallback: '{owner} asked for your help with the journey map "{mapName}"',
    text: "👋 {owner} asked for your help with the journey map *{mapName}*.\n*Why:* {goal}\nI'll ask a few short questions about how *{personaName}* moves through {stageCount} stages, one stage at a time: about {minutesPerStage} minutes a stage (~{minutes} minutes). You can pause any time and pick up where you left off.",
    updates: 'Updates go to {channel}.',
  },
  /** The one-form-per-stage modal. */
  modal: {
    title: 'Stage {stageNumber} of {stageCount}',
    submit: 'Save stage',
    close: 'Cancel',
    scorePlaceholder: '1 😫 to 5 😍',
    touchpointsPlaceholder: 'Website, email, store…',
    otherTouchpoints: 'Other touchpoints',
    otherTouchpointsHint: 'Anything not in the list, one per line.',
    mapGone: 'This map no longer exists.',
  },
  archived: '*{mapName}* is archived, so it takes no new answers.',
  noInterview:
    'You have no interview in progress. Press *Start* in an invitation, *{answerButton}* on a map card, or type `{command} interview [map]`.',
  formAgain:
    'The form for stage {stageNumber}, {stageName}, did not open in time (Slack gives a form only a few seconds). Here is the button again.',
};
