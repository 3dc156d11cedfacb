/** The touchpoints the stage form offers, and the other words people type for them. */

import type { en as interviewEnglish } from '../i18n/catalogs/interview/en.ts';
import type { Translator } from '../i18n/index.ts';
import { ENGLISH } from './english.ts';

export type TouchpointId = keyof typeof interviewEnglish.touchpoints;

export interface Touchpoint {
  id: TouchpointId;
  /**
   * Other words people type for it, in any language; compared after normaliseText, so case, accents and plurals
   * need no entry. The labels of every language are known without being listed here.
   */
  aliases: readonly string[];
}

export const TOUCHPOINTS: readonly Touchpoint[] = [
  {
    id: 'website',
    aliases: [
      'web',
      'homepage',
      'landing page',
      'pricing page',
      'ιστοσελίδα',
      'σάιτ',
      '网站',
      '官方网站',
      '網站',
      '官方網站',
    ],
  },
  {
    id: 'search',
    aliases: ['google', 'search engine', 'seo', 'bing', 'μηχανή αναζήτησης', 'γκουγκλ', '搜索', '百度', '搜尋'],
  },
  {
    id: 'social_media',
    aliases: [
      'social',
      'linkedin',
      'twitter',
      'facebook',
      'instagram',
      'tiktok',
      'youtube',
      'social media',
      'μέσα κοινωνικής δικτύωσης',
      'σόσιαλ',
      '社媒',
      '微信',
      '微博',
      '小红书',
      '抖音',
      '社群',
      '臉書',
      '脸书',
    ],
  },
  {
    id: 'ads',
    aliases: ['ad', 'advert', 'advertising', 'paid ads', 'banner ads', 'διαφήμιση', '广告投放', '廣告投放'],
  },
  {
    id: 'email',
    aliases: ['mail', 'newsletter', 'mailing', 'ηλεκτρονικό ταχυδρομείο', 'μέιλ', '邮件', '郵件', '邮箱', '電郵'],
  },
  {
    id: 'events',
    aliases: [
      'conference',
      'trade show',
      'trade fair',
      'meetup',
      'εκδήλωση',
      'έκθεση',
      'συνέδριο',
      '活动',
      '展会',
      '活動',
      '展覽',
    ],
  },
  {
    id: 'webinar',
    aliases: ['online seminar', 'σεμινάριο', '线上研讨会', '网络研讨会', '網路研討會', '线上讲座', '線上講座'],
  },
  {
    id: 'sales_call',
    aliases: ['sales meeting', 'call with sales', 'τηλεφώνημα πωλήσεων', '电话销售', '電話銷售', '业务电话'],
  },
  { id: 'demo', aliases: ['product demo', 'demonstration', 'επίδειξη', '演示', '展示', '產品演示'] },
  {
    id: 'live_chat',
    aliases: [
      'chat',
      'chatbot',
      'chat bot',
      'website chat',
      'συνομιλία',
      'τσατ',
      '在线聊天',
      '线上客服',
      '線上聊天',
      '在線客服',
    ],
  },
  {
    id: 'reviews',
    aliases: [
      'review site',
      'ratings',
      'g2',
      'capterra',
      'trustpilot',
      'αξιολογήσεις',
      '评价',
      '评论',
      '評價',
      '評論',
      '用戶評價',
    ],
  },
  {
    id: 'store',
    aliases: [
      'shop',
      'retail store',
      'physical store',
      'branch',
      'μαγαζί',
      '实体店',
      '店铺',
      '商店',
      '實體店',
      '店面',
      '門店',
    ],
  },
  {
    id: 'support',
    aliases: [
      'customer support',
      'customer service',
      'helpdesk',
      'help desk',
      'υποστήριξη',
      'εξυπηρέτηση',
      '客户服务',
      '售后',
      '客戶服務',
      '售後',
    ],
  },
  {
    id: 'app',
    aliases: ['mobile app', 'application', 'εφαρμογή κινητού', '应用', '手机应用', '應用程式', '手機應用程式'],
  },
  {
    id: 'partner',
    aliases: ['reseller', 'agency', 'referral partner', 'συνεργάτης', 'μεταπωλητής', '代理商', '经销商', '經銷商'],
  },
];

export function touchpointLabel(touchpoint: Touchpoint, t: Translator = ENGLISH): string {
  return t.t(`interview.touchpoints.${touchpoint.id}`);
}
