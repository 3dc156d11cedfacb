// `npm run eval:insights`: the improvements engine against the blind evaluation set, per language.

import { bestPattern } from '../../../src/insights/match.ts';
import { loadPlaybook } from '../../../src/insights/playbook-file.ts';
import { LANGUAGES, loadEvalSet } from './schema.ts';
import { type Classifier, type Judged, judgeAll, rates } from './score.ts';

/**
 * The rules engine before obstacle families: its 18 keyword patterns, each read as the families a consultant would
 * accept for it (generously: a pattern that could mean several families counts as any of them).
 */
const PATTERN_FAMILIES: Record<string, string[]> = {
  account_required: ['forced_account_creation'],
  slow_checkout: ['online_checkout_friction'],
  complex_signup: ['long_forms', 'kyc_paperwork'],
  store_queue: ['till_queue', 'branch_counter_wait', 'reception_wait', 'pickup_wait'],
  phone_hold: ['phone_wait', 'bot_or_ivr_dead_end'],
  slow_support: ['written_support_wait', 'complaint_handling'],
  hard_to_find: ['product_discovery', 'site_search', 'wayfinding_signage'],
  pricing_unclear: ['unclear_pricing', 'price_fee_surprises'],
  no_social_proof: ['reviews_social_proof'],
  weak_follow_up: ['demo_follow_up'],
  marketing_sales_handoff: ['marketing_sales_handoff'],
  poor_onboarding: ['onboarding', 'implementation_effort'],
  no_loyalty: ['loyalty_programme', 'churn_signals'],
  limited_options: ['payment_methods', 'delivery_options'],
  delays_changes: ['delivery_delays', 'communicating_changes', 'travel_delays_cancellations'],
  unfriendly_staff: ['staff_attitude'],
  slow_pages: ['site_performance'],
  trust_security: ['trust_security'],
};

function patternsBefore(): Classifier {
  const playbook = loadPlaybook();
  return (answer) => {
    const pattern = bestPattern(playbook, answer);
    return pattern ? (PATTERN_FAMILIES[pattern.id] ?? [null]) : [null];
  };
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function report(judged: readonly Judged[], showMisses: boolean): void {
  for (const language of [...LANGUAGES, 'all'] as const) {
    const mine = judged.filter((one) => language === 'all' || one.language === language);
    const { total, fitting, wrong, generic, other } = rates(mine);
    console.log(
      `${language.padEnd(8)} ${String(total).padStart(4)} obstacles  fitting ${percent(fitting).padStart(6)}  ` +
        `wrong ${percent(wrong).padStart(6)}  generic ${percent(generic).padStart(6)}  other ${percent(other).padStart(6)}`,
    );
  }
  if (!showMisses) return;
  for (const one of judged.filter((candidate) => candidate.verdict !== 'fitting')) {
    const expected = one.obstacle.family ?? '(none)';
    console.log(`\n[${one.verdict}] ${one.journey}: expected ${expected}, found ${one.found.join(', ') || '(none)'}`);
    for (const answer of one.answers) console.log(`    ${answer.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}

const set = loadEvalSet();
console.log('engine: rules playbook (keyword patterns)');
report(judgeAll(set, patternsBefore()), process.argv.includes('--misses'));
