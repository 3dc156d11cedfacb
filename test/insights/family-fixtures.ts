import { compileFamily, type Family, type FamilyData } from '../../src/insights/families.ts';
import type { Playbook } from '../../src/insights/playbook.ts';
import { loadPlaybook } from '../../src/insights/playbook-file.ts';

/** A text in every language, the English marked in the others. */
export const localized = (en: string) => ({ en, el: `${en} (el)`, 'zh-Hans': `${en}（简）`, 'zh-Hant': `${en}（繁）` });
const none = { en: [], el: [], zh: [] };
/** Each fixture family's data as written, to build a variant of it. */
const written = new WeakMap<Family, FamilyData>();

/** A family for the engine's own tests: small, readable word lists, not the shipped playbook's. */
export function family(
  id: string,
  evidence: Partial<Pick<FamilyData, 'strong' | 'subject' | 'problem' | 'against' | 'context'>>,
  touchpoint = ['web*'],
): Family {
  const data: FamilyData = {
    id,
    label: id,
    strong: evidence.strong ?? none,
    subject: evidence.subject ?? { en: ['x'], el: ['x'], zh: ['某'] },
    problem: evidence.problem ?? { en: ['y'], el: ['y'], zh: ['某'] },
    against: evidence.against ?? none,
    context: evidence.context ?? none,
    departments: ['operations'],
    touchpoint: { label: localized(`${id} place`), keywords: { en: touchpoint, el: touchpoint, zh: ['网站'] } },
    action: localized(`Fix ${id}`),
    kpi: localized(`KPI of ${id}`),
  };
  const compiled = compileFamily(data);
  written.set(compiled, data);
  return compiled;
}

/** The data a fixture family was made from. */
export function familyData(fixture: Family): FamilyData {
  const data = written.get(fixture);
  if (!data) throw new Error(`${fixture.id} is not a fixture family`);
  return data;
}

export const TILL_QUEUE = family(
  'till_queue',
  {
    strong: { en: ['queue at the till*'], el: ['ουρα στο ταμειο'], zh: ['收银台排队', '收銀台排隊'] },
    subject: { en: ['till*', 'cashier*'], el: ['ταμει*'], zh: ['收银', '收銀'] },
    problem: { en: ['queue*', 'wait*'], el: ['ουρα', 'ουρεσ', 'περιμεν*'], zh: ['排队', '排隊'] },
    against: { en: ['online', 'website'], el: ['online'], zh: ['网上', '網上'] },
    context: { en: ['store*', 'shop*'], el: ['καταστημα*'], zh: ['门店', '門市'] },
  },
  ['till*'],
);

export const ONLINE_CHECKOUT = family('online_checkout_friction', {
  subject: { en: ['checkout', 'payment page*'], el: ['ολοκληρωση αγορασ'], zh: ['结账页', '結帳頁'] },
  problem: { en: ['too many steps', 'slow', 'confusing'], el: ['πολλα βηματα'], zh: ['步骤太多', '步驟太多'] },
  against: { en: ['till*', 'cashier*'], el: ['ταμει*'], zh: ['收银', '收銀'] },
  context: { en: ['online', 'website'], el: ['eshop'], zh: ['网店', '網店'] },
});

export const PARKING = family('parking', {
  subject: { en: ['parking', 'car park*'], el: ['παρκινγκ', 'παρκαρ*'], zh: ['停车', '停車'] },
  problem: { en: ['full', 'expensive', 'no space*'], el: ['γεματο', 'ακριβ*'], zh: ['没位', '沒位', '太贵', '太貴'] },
});

export const FAMILIES = [TILL_QUEUE, ONLINE_CHECKOUT, PARKING];

/** The shipped gap rules and fallback with the fixture families: the engine's behaviour, not the data's. */
export function fixturePlaybook(families: readonly Family[] = FAMILIES): Playbook {
  return { ...loadPlaybook(), families: [...families] };
}
