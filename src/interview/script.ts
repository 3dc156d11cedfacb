/**
 * What the interview asks, as data: the questions of a journey-mapping workshop, one stage at a time.
 * The Slack views render these; the parsers in answers.ts read the replies.
 */

/** The steps of one stage, in the order they are asked. Each step's id is also the kind of contribution it makes. */
export const STEP_IDS = ['goal', 'action', 'feeling', 'touchpoint', 'obstacle', 'idea'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** A question ready to show: the stage name is already in it. */
export interface AskedStep {
  id: StepId;
  question: string;
  hint: string;
  /** Whether "skip" is accepted; a stage whose required steps nobody can answer is skipped as a whole. */
  skippable: boolean;
}

interface StepScript {
  /** `{stage}` stands for the stage name. */
  question: string;
  /** Asked instead of `question` at the last stage, where there is no next stage to move on to. */
  lastStageQuestion?: string;
  hint: string;
  /** Only on steps that cannot be skipped: what to say when the answer is missing. */
  required?: string;
}

const STEP_SCRIPT: Record<StepId, StepScript> = {
  goal: {
    question: 'In {stage}, what does the customer want to achieve or find out?',
    hint: 'e.g. "Find out whether it fits their budget". One per line.',
  },
  action: {
    question: 'What is the customer doing in {stage}?',
    hint: 'e.g. "Compares plans on the pricing page". One per line.',
    required: 'Tell me at least one thing the customer does here, or skip the whole stage.',
  },
  feeling: {
    question: 'How does the customer feel in {stage}?',
    hint: 'A number from 1 😫 (very negative) to 5 😍 (very positive), then what they are thinking if you like: "2 they worry about the price".',
    required: 'Pick how the customer feels here, from 1 😫 to 5 😍.',
  },
  touchpoint: {
    question: 'Where does the customer meet us in {stage}?',
    hint: 'e.g. "website, reviews, sales call", or anything else. Separate them with commas.',
  },
  obstacle: {
    question: 'What stops the customer in {stage} or makes them leave?',
    hint: 'e.g. "Pricing page does not show the total". One per line.',
  },
  idea: {
    question: 'What would move the customer from {stage} to the next stage?',
    lastStageQuestion: 'What would make {stage} better for the customer?',
    hint: 'e.g. "Show a price calculator". One per line.',
  },
};

/** The optional follow-up of the feeling step; its answer becomes 'thought' contributions. */
export const THOUGHT_QUESTION = {
  question: 'What are they thinking?',
  hint: 'e.g. "Is this worth the money?". One per line.',
} as const;

export const DEPARTMENT_QUESTION = {
  question: 'First, which team are you in? I will remember it for every map.',
  hint: 'The map groups answers by team, so differences between teams show up.',
} as const;

export const FEELING_SCALE = [
  { score: 1, emoji: '😫', shortcode: 'tired_face', label: 'Very negative' },
  { score: 2, emoji: '😟', shortcode: 'worried', label: 'Negative' },
  { score: 3, emoji: '😐', shortcode: 'neutral_face', label: 'Neutral' },
  { score: 4, emoji: '🙂', shortcode: 'slightly_smiling_face', label: 'Positive' },
  { score: 5, emoji: '😍', shortcode: 'heart_eyes', label: 'Very positive' },
] as const;

export interface Touchpoint {
  id: string;
  label: string;
  /** Other words people type for it; compared after normaliseText, so case and plurals need no entry. */
  aliases: readonly string[];
}

export const TOUCHPOINTS: readonly Touchpoint[] = [
  { id: 'website', label: 'Website', aliases: ['web', 'homepage', 'landing page', 'pricing page'] },
  { id: 'search', label: 'Search', aliases: ['google', 'search engine', 'seo', 'bing'] },
  {
    id: 'social_media',
    label: 'Social media',
    aliases: ['social', 'linkedin', 'twitter', 'facebook', 'instagram', 'tiktok', 'youtube'],
  },
  { id: 'ads', label: 'Ads', aliases: ['ad', 'advert', 'advertising', 'paid ads', 'banner ads'] },
  { id: 'email', label: 'Email', aliases: ['mail', 'newsletter', 'mailing'] },
  { id: 'events', label: 'Events', aliases: ['conference', 'trade show', 'trade fair', 'meetup'] },
  { id: 'webinar', label: 'Webinar', aliases: ['online seminar'] },
  { id: 'sales_call', label: 'Sales call', aliases: ['sales meeting', 'call with sales'] },
  { id: 'demo', label: 'Demo', aliases: ['product demo', 'demonstration'] },
  { id: 'live_chat', label: 'Live chat', aliases: ['chat', 'chatbot', 'chat bot', 'website chat'] },
  { id: 'reviews', label: 'Reviews', aliases: ['review site', 'ratings', 'g2', 'capterra', 'trustpilot'] },
  { id: 'store', label: 'Store', aliases: ['shop', 'retail store', 'physical store', 'branch'] },
  { id: 'support', label: 'Support', aliases: ['customer support', 'customer service', 'helpdesk', 'help desk'] },
  { id: 'app', label: 'App', aliases: ['mobile app', 'application'] },
  { id: 'partner', label: 'Partner', aliases: ['reseller', 'agency', 'referral partner'] },
];

export function askedStep(step: StepId, stageName: string, isLastStage: boolean): AskedStep {
  const script = STEP_SCRIPT[step];
  const template = (isLastStage && script.lastStageQuestion) || script.question;
  // split/join, not replace: a stage name may contain "$&" and the like.
  return {
    id: step,
    question: template.split('{stage}').join(stageName),
    hint: script.hint,
    skippable: isSkippable(step),
  };
}

/** Every question of a stage, for the one-form-per-stage path. */
export function stageQuestions(stageName: string, isLastStage: boolean): AskedStep[] {
  return STEP_IDS.map((step) => askedStep(step, stageName, isLastStage));
}

export function isSkippable(step: StepId): boolean {
  return STEP_SCRIPT[step].required === undefined;
}

/** What to say when a step that cannot be skipped has no answer; undefined for the others. */
export function missingAnswerMessage(step: StepId): string | undefined {
  return STEP_SCRIPT[step].required;
}

/** "Stage 2 of 5: Consideration" */
export function stageHeading(stageIndex: number, stageCount: number, stageName: string): string {
  return `Stage ${stageIndex + 1} of ${stageCount}: ${stageName}`;
}
