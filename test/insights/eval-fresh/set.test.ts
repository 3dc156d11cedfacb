import { describe, expect, it } from 'vitest';
import { loadPlaybook } from '../../../src/insights/playbook-file.ts';
import { loadFreshSet } from './set.ts';

describe('the second blind set', () => {
  const complaints = loadFreshSet();
  const familyIds = loadPlaybook().families.map((family) => family.id);

  it('names only families the playbook has', () => {
    const unknown = complaints.filter((complaint) => !familyIds.includes(complaint.family));
    expect(unknown.map((complaint) => complaint.family)).toEqual([]);
  });

  it('holds 4 complaints for every family in each of its three languages', () => {
    for (const language of ['el', 'zh-hans', 'zh-hant']) {
      const mine = complaints.filter((complaint) => complaint.language === language);
      const perFamily = Map.groupBy(mine, (complaint) => complaint.family);
      expect(new Set(perFamily.keys())).toEqual(new Set(familyIds));
      for (const [, ofFamily] of perFamily) expect(ofFamily).toHaveLength(4);
    }
  });
});
