import { describe, expect, it } from 'vitest';
import { bestPattern, matchPatterns, touchpointFor } from '../../src/insights/match.ts';
import { loadPlaybook } from '../../src/insights/playbook-file.ts';
import type { MergedItem } from '../../src/journey/model.ts';
import { normaliseText } from '../../src/journey/normalise.ts';

const playbook = loadPlaybook();

type Language = 'en' | 'zh' | 'el';

/** Obstacles as people write them, none of them a keyword copied from the playbook. */
const CASES: ReadonlyArray<readonly [pattern: string, language: Language, obstacle: string]> = [
  ['account_required', 'en', 'Checkout forces you to create an account'],
  ['account_required', 'en', 'Customers have to register before they can buy'],
  ['account_required', 'zh', '需要先注册账号才能付款'],
  ['account_required', 'el', 'Πρέπει να φτιάξεις λογαριασμό για να αγοράσεις'],
  ['slow_checkout', 'en', 'The checkout takes forever on mobile'],
  ['slow_checkout', 'en', 'Too many steps before you can pay'],
  ['slow_checkout', 'zh', '付款步骤太多'],
  ['slow_checkout', 'el', 'Η πληρωμή με κάρτα αποτυγχάνει'],
  ['complex_signup', 'en', 'The registration form asks for too many fields'],
  ['complex_signup', 'zh', '开户要填写的资料太多'],
  ['complex_signup', 'el', 'Η αίτηση έχει πάρα πολλά πεδία'],
  ['store_queue', 'en', 'Huge queues at the cashier on Saturday'],
  ['store_queue', 'zh', '周末收银台排长队'],
  ['store_queue', 'el', 'Μεγάλη ουρά στο ταμείο του καταστήματος'],
  ['phone_hold', 'en', 'Customers are on hold for 40 minutes'],
  ['phone_hold', 'en', 'Nobody picks up the helpline'],
  ['phone_hold', 'zh', '客服热线总是占线'],
  ['phone_hold', 'el', 'Περιμένουν πολύ στο τηλεφωνικό κέντρο'],
  ['slow_support', 'en', 'It takes 3 days to get a reply to a ticket'],
  ['slow_support', 'zh', '在线客服没人回'],
  ['slow_support', 'el', 'Δεν απαντάνε στα αιτήματα για μέρες'],
  ['hard_to_find', 'en', "Customers can't find the opening hours"],
  ['hard_to_find', 'en', 'The navigation is confusing'],
  ['hard_to_find', 'zh', '在网站上很难找到退货政策'],
  ['hard_to_find', 'el', 'Δεν βρίσκουν το ωράριο στο site'],
  ['pricing_unclear', 'en', 'Nobody understands our pricing tiers'],
  ['pricing_unclear', 'en', 'Shipping costs appear only at the end'],
  ['pricing_unclear', 'zh', '运费到最后才显示'],
  ['pricing_unclear', 'el', 'Το κόστος δεν φαίνεται πουθενά'],
  ['no_social_proof', 'en', 'There are no testimonials from companies like theirs'],
  ['no_social_proof', 'zh', '商品页面没有评论'],
  ['no_social_proof', 'el', 'Δεν υπάρχουν κριτικές πελατών'],
  ['weak_follow_up', 'en', 'Nobody follows up after the trade show'],
  ['weak_follow_up', 'zh', '展会后没有人跟进'],
  ['weak_follow_up', 'el', 'Κανείς δεν επικοινωνεί μετά την παρουσίαση'],
  ['marketing_sales_handoff', 'en', 'MQLs sit in the CRM for a week before sales sees them'],
  ['marketing_sales_handoff', 'zh', '市场部的线索转给销售太慢'],
  ['marketing_sales_handoff', 'el', 'Τα leads από το μάρκετινγκ χάνονται'],
  ['poor_onboarding', 'en', 'Nobody explains the setup to new customers'],
  ['poor_onboarding', 'zh', '新用户不知道怎么上手'],
  ['poor_onboarding', 'el', 'Δεν υπάρχουν οδηγίες για την πρώτη χρήση'],
  ['no_loyalty', 'en', 'Nothing rewards customers who come back'],
  ['no_loyalty', 'zh', '老客户没有任何优惠'],
  ['no_loyalty', 'el', 'Δεν υπάρχει πρόγραμμα επιβράβευσης'],
  ['limited_options', 'en', 'Not enough choice of delivery slots'],
  ['limited_options', 'zh', '尺码经常缺货'],
  ['limited_options', 'el', 'Λίγες επιλογές σε πακέτα'],
  ['delays_changes', 'en', 'The delivery was delayed twice'],
  ['delays_changes', 'zh', '发货经常推迟'],
  ['delays_changes', 'el', 'Η παράδοση καθυστέρησε μια εβδομάδα'],
  ['unfriendly_staff', 'en', 'Staff at the counter were rude'],
  ['unfriendly_staff', 'zh', '店员态度很差'],
  ['unfriendly_staff', 'el', 'Οι υπάλληλοι είναι αγενείς'],
  ['slow_pages', 'en', 'The app crashes on older phones'],
  ['slow_pages', 'zh', '页面加载太慢'],
  ['slow_pages', 'el', 'Η σελίδα φορτώνει πολύ αργά'],
  ['trust_security', 'en', "People don't feel safe entering card details"],
  ['trust_security', 'zh', '担心个人信息泄露'],
  ['trust_security', 'el', 'Οι πελάτες δεν εμπιστεύονται την εφαρμογή'],
];

describe('bestPattern', () => {
  it.each(CASES)('%s (%s): %s', (pattern, _, obstacle) => {
    expect(bestPattern(playbook, obstacle)?.id).toBe(pattern);
  });

  it('has a case for every pattern in every language', () => {
    const covered = new Set(CASES.map(([pattern, language]) => `${pattern}/${language}`));
    const missing = playbook.patterns.flatMap((pattern) =>
      (['en', 'zh', 'el'] as const).map((language) => `${pattern.id}/${language}`).filter((key) => !covered.has(key)),
    );
    expect(missing).toEqual([]);
  });

  it.each([
    ['en', 'The demo uses sample data, not theirs'],
    ['en', 'The weather is bad in winter'],
    ['zh', '天气不好'],
    ['el', 'Ο καιρός είναι κακός'],
    ['any', ''],
    ['any', '!!!'],
  ])('matches nothing in a text about nothing it knows (%s: "%s")', (_, text) => {
    expect(bestPattern(playbook, text)).toBeNull();
    expect(matchPatterns(playbook, text)).toEqual([]);
  });

  it('prefers the more specific pattern when several match', () => {
    const matches = matchPatterns(playbook, 'Checkout requires creating an account');
    expect(matches.map((match) => match.pattern.id).slice(0, 2)).toEqual(['account_required', 'slow_checkout']);
    expect(matches[0]!.score).toBeGreaterThan(matches[1]!.score);
  });
});

function touchpoint(text: string): MergedItem {
  return {
    key: normaliseText(text),
    text,
    kind: 'touchpoint',
    count: 1,
    contributorIds: ['U1'],
    departments: ['support'],
    contributionIds: ['C1'],
    firstAt: '2026-10-01T00:00:00.000Z',
    lastAt: '2026-10-01T00:00:00.000Z',
  };
}

describe('touchpointFor', () => {
  const pattern = (id: string) => playbook.patterns.find((candidate) => candidate.id === id)!;

  it.each([
    [
      'a touchpoint the obstacle names',
      'hard_to_find',
      'Hard to find stock on the web site',
      ['Tills', 'Website'],
      'Website',
    ],
    ['a touchpoint the pattern is about', 'slow_checkout', '结账流程太复杂', ['小红书笔记', '结账页面'], '结账页面'],
    ['none that fits', 'unfriendly_staff', 'Staff on the shop floor are unhelpful', ['Self-service tills'], null],
    ['not one of another place', 'unfriendly_staff', 'Αγενές προσωπικό στο κατάστημα', ['Τηλεφωνικό κέντρο'], null],
    [
      'a generic obstacle naming one',
      null,
      'The returns portal label will not print',
      ['Returns portal'],
      'Returns portal',
    ],
    ['a generic obstacle naming none', null, 'Labels will not print', ['Returns portal'], null],
  ])('%s', (_, patternId, obstacle, touchpoints, expected) => {
    const found = touchpointFor(obstacle, touchpoints.map(touchpoint), patternId ? pattern(patternId) : null);
    expect(found).toBe(expected);
  });
});
