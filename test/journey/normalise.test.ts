import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/journey/normalise.ts';
import { itReturns } from '../support/tables.ts';

describe('normaliseText', () => {
  itReturns(normaliseText, '%j -> %j', [
    // case, whitespace, punctuation, leading articles
    ['Website', 'website'],
    ['  the   Website. ', 'website'],
    ['A pricing page!', 'pricing page'],
    ['An email', 'email'],
    ['The', 'the'],
    ['a', 'a'],
    ['Pricing -- page?!', 'pricing page'],
    ['"Quotes" (and) [brackets]', 'quote and bracket'],
    ['tab\tand\nnewline', 'tab and newline'],
    ['customer’s journey', 'customer journey'],
    ['zero\u200bwidth', 'zerowidth'],
    ['!!!', ''],
    ['   ', ''],
    ['🙂', ''],
    // synonyms
    ['Web site', 'website'],
    ['web-sites', 'website'],
    ['E-mail', 'email'],
    ['e mails', 'email'],
    ['Live-chat', 'live chat'],
    ['livechat', 'live chat'],
    ['FAQs', 'faq'],
    ['Frequently asked questions', 'faq'],
    ['Sign-up form', 'signup form'],
    ['sign up form', 'signup form'],
    ['Log in', 'login'],
    ['Sign in', 'login'],
    ['Check-out', 'checkout'],
    ['phone calls', 'call'],
    ['Home page', 'homepage'],
    // conservative English plurals
    ['reviews', 'review'],
    ['Webinars', 'webinar'],
    ['companies', 'company'],
    ['cookies', 'cookie'],
    ['searches', 'search'],
    ['boxes', 'box'],
    ['caches', 'cache'],
    ['businesses', 'business'],
    ['business', 'business'],
    ['process', 'process'],
    ['status', 'status'],
    ['bonus', 'bonus'],
    ['analysis', 'analysis'],
    ['news', 'news'],
    ['canvas', 'canvas'],
    ['SaaS', 'saas'],
    ['KPIs', 'kpi'],
    ['ideas', 'idea'],
    ['bus', 'bus'],
    ['its', 'its'],
    ['ties', 'tie'],
    // accents and other Latin letters
    ['Café', 'cafe'],
    ['ÉLÈVE', 'eleve'],
    ['Straße', 'strasse'],
    ['İstanbul', 'istanbul'],
    ['ｗｅｂｓｉｔｅ', 'website'],
    ['ﬁle', 'file'],
    // Greek: tonos and final sigma fold, letters stay Greek
    ['Ιστοσελίδα', 'ιστοσελιδα'],
    ['ΙΣΤΟΣΕΛΊΔΑ', 'ιστοσελιδα'],
    ['Τιμές', 'τιμεσ'],
    ['ΤΙΜΕΣ', 'τιμεσ'],
    // Cyrillic keeps its letters (й is not и)
    ['Привет, МИР', 'привет мир'],
    ['Чайный', 'чайный'],
    // Chinese and Japanese keep their characters; full-width punctuation goes
    ['网站', '网站'],
    ['网站。', '网站'],
    ['「网站」！', '网站'],
    ['网站 价格', '网站价格'],
    ['微信支付，太慢', '微信支付太慢'],
    ['ウェブサイト', 'ウェブサイト'],
    ['网站 website', '网站 website'],
    // other scripts are kept as they are, just case folded
    ['مرحبا بالعالم', 'مرحبا بالعالم'],
    ['हिंदी पाठ', 'हिंदी पाठ'],
  ]);

  it.each([
    [['Web site', 'website', 'the website.', 'Websites', 'WEB-SITE']],
    [['E-mail', 'email', 'Emails', 'e mail', 'an e-mail']],
    [['Live chat', 'livechat', 'live-chat', 'Live chats']],
    [['FAQ', 'faqs', 'The FAQ']],
    [['Sign up', 'signup', 'sign-up', 'Signups']],
    [['Reviews', 'review', 'the review!']],
    [['Ιστοσελίδα', 'ιστοσελιδα', 'ΙΣΤΟΣΕΛΙΔΑ']],
    [['网站', '网站。', ' 网站 ']],
  ])('folds %j to one key', (variants) => {
    expect(new Set(variants.map(normaliseText)).size).toBe(1);
  });

  it.each([
    ['website', 'web'],
    ['business', 'busines'],
    ['glass', 'glas'],
    ['чайный', 'чаиный'],
    ['网站', '网'],
    ['login', 'logo'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(normaliseText(a)).not.toBe(normaliseText(b));
  });

  it('is idempotent', () => {
    for (const text of ['The Web Sites', 'Ιστοσελίδες', 'E-mails, FAQs & live-chat', '网站，价格']) {
      const key = normaliseText(text);
      expect(normaliseText(key)).toBe(key);
    }
  });
});
