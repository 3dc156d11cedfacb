import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const zhHant: Messages<typeof en> = {
  subcommands: {
    help: { usage: 'help', example: 'help', what: '顯示這份說明。' },
    new: { usage: 'new [名稱]', example: 'new 網購新客', what: '新增客戶旅程地圖：目標、客戶角色、階段、利害關係人。' },
    list: { usage: 'list', example: 'list', what: '列出這個工作區的地圖。' },
    show: { usage: 'show [地圖]', example: 'show 網購新客', what: '在地圖的討論串裡貼一張地圖圖片。' },
    interview: { usage: 'interview [地圖]', example: 'interview', what: '在私訊裡為你的團隊回答引導式訪談。' },
    summary: {
      usage: 'summary [地圖] [階段]',
      example: 'summary 網購新客 考慮',
      what: '總結一個階段（或所有階段），並提出改進建議。',
    },
    digest: { usage: 'digest [地圖]', example: 'digest', what: '預覽本週週報（只有你看得到）。' },
    export: {
      usage: 'export [地圖] {formats}',
      example: 'export 網購新客 csv',
      what: '把地圖以檔案形式傳給你。',
    },
    language: {
      usage: 'language [地圖] en|el|zh-Hans|zh-Hant',
      example: 'language 網購新客 zh-Hant',
      what: '變更地圖使用的語言（僅限地圖負責人）。',
    },
    archive: { usage: 'archive [地圖]', example: 'archive 舊試點', what: '封存你負責的地圖。' },
    reopen: { usage: 'reopen [地圖]', example: 'reopen 舊試點', what: '重新啟用已封存的地圖（僅限負責人）。' },
  },
  product: '{product}',
  line: '`{command} {usage}`  {what}\n      _例如_ `{command} {example}`',
  intro: '*{product}* 匯集每個團隊的經驗，直接在 Slack 裡描繪客戶從第一次聽說你們到主動推薦你們的整段旅程。',
  opening: '我能做這些：',
  unknownOpening: '我還不認識 `{word}`。我能做這些：',
  fallback: '{product} 說明：輸入 {command} new 新增地圖。',
  unknownFallback: '未知指令「{word}」。{product} 說明：輸入 {command} new 新增地圖。',
  footer:
    '`[地圖]` 是地圖名稱或 ID；在地圖所在的頻道裡可以省略。任何人都可以在地圖的討論串裡回覆來補充接觸點和障礙，例如 `接觸點：定價線上研討會 @考慮`。',
  unreadable: '抱歉，我沒能讀懂這個指令，請再試一次。',
};
