import { describe, expect, it } from 'vitest';
import { defaultMapLanguage, languageNamed, languageOfSlackLocale, languageOfText } from '../../src/i18n/index.ts';
import { itReturns, itReturnsNamed } from '../support/tables.ts';

describe('languageOfText', () => {
  itReturnsNamed(languageOfText, [
    ['Greek', 'Νέοι πελάτες καταστήματος', 'el'],
    ['Greek in capitals without accents', 'ΠΕΛΑΤΕΣ ΚΑΤΑΣΤΗΜΑΤΟΣ', 'el'],
    ['Greek with English product words', 'Onboarding πελατών στο app', 'el'],
    ['Simplified Chinese', '为什么新客户在付款前离开？', 'zh-Hans'],
    ['Traditional Chinese', '為什麼新客戶在付款前離開？', 'zh-Hant'],
    ['Traditional with English words', '網購新客 checkout 體驗', 'zh-Hant'],
    ['mixed Greek and Chinese, more Chinese', '客户旅程地图 για πελάτες', 'zh-Hans'],
    ['mixed, more Greek', 'Ταξίδι πελάτη 中', 'el'],
    ['English', 'Online shoppers', undefined],
    ['emoji only', '🛒🛍️😍', undefined],
    ['empty', '', undefined],
    ['digits and punctuation', '2026 — Q1!', undefined],
  ]);

  it('leaves characters shared by both Chinese scripts to the hint', () => {
    expect(languageOfText('中文')).toBe('zh-Hans');
    expect(languageOfText('中文', 'zh-Hant')).toBe('zh-Hant');
  });
});

describe('languageOfSlackLocale', () => {
  itReturns(languageOfSlackLocale, '%s', [
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['zh-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['fr-FR', undefined],
    [undefined, undefined],
  ]);
});

describe('defaultMapLanguage', () => {
  it('takes what the creator typed over their Slack locale, which has no Greek', () => {
    expect(defaultMapLanguage(['Νέοι πελάτες', 'Why do they leave?'], 'en-US')).toBe('el');
    expect(defaultMapLanguage(['網購新客'], 'en-US')).toBe('zh-Hant');
  });

  it('falls back to the Slack locale, then English', () => {
    expect(defaultMapLanguage(['Online shoppers'], 'zh-TW')).toBe('zh-Hant');
    expect(defaultMapLanguage(['Online shoppers'], 'fr-FR')).toBe('en');
    expect(defaultMapLanguage([], undefined)).toBe('en');
  });

  it('lets a Traditional locale decide Chinese text written with shared characters', () => {
    expect(defaultMapLanguage(['中文'], 'zh-TW')).toBe('zh-Hant');
  });
});

describe('languageNamed', () => {
  itReturns(languageNamed, '%s', [
    ['el', 'el'],
    ['Ελληνικά', 'el'],
    ['ελληνικα', 'el'],
    ['GREEK', 'el'],
    ['zh-TW', 'zh-Hant'],
    ['繁體中文', 'zh-Hant'],
    ['简体中文', 'zh-Hans'],
    ['English', 'en'],
    ['klingon', undefined],
  ]);
});
