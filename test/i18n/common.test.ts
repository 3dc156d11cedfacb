import { describe, expect, it } from 'vitest';
import { LANGUAGES, translator } from '../../src/i18n/index.ts';
import { fold } from '../../src/journey/fold.ts';
import { defaultStageNames } from '../../src/journey/model.ts';
import { createStages } from '../../src/journey/stages.ts';
import { helpMessage } from '../../src/slack/views/help.ts';
import { homeView } from '../../src/slack/views/home.ts';
import { mapCard } from '../../src/slack/views/map-card.ts';
import { mapList } from '../../src/slack/views/map-list.ts';
import { newMapModal } from '../../src/slack/views/new-map-modal.ts';
import { mapCreatedNotice, mapNotPostedNotice } from '../../src/slack/views/notices.ts';
import { makeMap } from '../support/factories.ts';
import { foreignFragments } from './foreign-fragments.ts';

/** Slack's limits for the texts these surfaces use (Block Kit reference). */
const LIMIT = { modalTitle: 24, button: 75, option: 75, header: 150, placeholder: 150, label: 2000, section: 3000 };

/** Every plain text of a given role in a Block Kit tree, with the limit Slack sets for it. */
function limitedTexts(node: unknown, role = 'section'): Array<{ text: string; limit: number }> {
  if (Array.isArray(node)) return node.flatMap((child) => limitedTexts(child, role));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.text === 'string' ? [{ text: record.text, limit: LIMIT[role as keyof typeof LIMIT] }] : [];
  const childRole = (key: string) =>
    record.type === 'button' && key === 'text'
      ? 'button'
      : record.type === 'header' && key === 'text'
        ? 'header'
        : ['title', 'submit', 'close'].includes(key)
          ? 'modalTitle'
          : key === 'placeholder'
            ? 'placeholder'
            : key === 'label' || key === 'hint'
              ? 'label'
              : key === 'options' || key === 'initial_option'
                ? 'option'
                : role;
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, value]) =>
      key === 'text' && typeof value === 'string' ? [] : limitedTexts(value, childRole(key)),
    ),
  ];
}

describe.each(LANGUAGES)('the surfaces not tied to one interview, in %s', (language) => {
  const t = translator(language);
  const map = makeMap({ language, name: 'M', stages: createStages(defaultStageNames(t)), stakeholderIds: ['U0ANNA'] });
  const view = fold(map, []);
  const surfaces = {
    help: helpMessage(t),
    unknownHelp: helpMessage(t, 'frobnicate'),
    modal: newMapModal({ name: '', channelId: 'C1', t, language: undefined, locale: undefined }),
    card: mapCard(map, view),
    home: homeView(t, [{ map, view, role: 'owner' }], []),
    list: mapList(t, [map], 'C1'),
    created: mapCreatedNotice(map),
    notPosted: mapNotPostedNotice(map),
  };

  it.each(Object.entries(surfaces))('%s keeps within Slack’s limits without clipping', (_name, surface) => {
    const texts = limitedTexts(surface);
    expect(texts.length).toBeGreaterThan(0);
    for (const { text, limit } of texts) {
      expect({ text, fits: [...text].length <= limit && !text.endsWith('…') }).toEqual({ text, fits: true });
    }
  });

  it.each(Object.entries(surfaces))('%s shows no catalog text of another language', (_name, surface) => {
    expect(foreignFragments(JSON.stringify(surface), language)).toEqual([]);
  });
});
