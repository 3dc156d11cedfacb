import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const zhHant: Messages<typeof en> = {
  listSeparator: '、',
  departments: {
    marketing: '行銷部',
    sales: '業務部',
    support: '客服部',
    product: '產品部',
    finance: '財務部',
    operations: '營運部',
    hr: '人資部',
    other: '其他',
  },
  mapTypes: {
    current_state: '目前狀態',
    future_state: '未來狀態',
    day_in_the_life: '日常生活',
    service_blueprint: '服務藍圖',
  },
  feelings: {
    score1: '非常負面',
    score2: '負面',
    score3: '中性',
    score4: '正面',
    score5: '非常正面',
  },
  weekdays: {
    day1: '星期一',
    day2: '星期二',
    day3: '星期三',
    day4: '星期四',
    day5: '星期五',
    day6: '星期六',
    day7: '星期日',
  },
  defaultStages: {
    awareness: '意識',
    consideration: '考慮',
    decision: '決定或購買',
    retention: '保留或忠誠度',
    advocacy: '宣傳',
  },
  kindTitles: {
    goal: '客戶目標',
    action: '行為',
    thought: '心聲',
    feeling: '情緒',
    touchpoint: '接觸點',
    obstacle: '障礙',
    idea: '想法',
    kpi: '關鍵績效指標 (KPI)',
  },
  errors: {
    storeDown: '我暫時連不上儲存空間，所以什麼都沒有變更。請一分鐘後再試。',
    unexpected: '我這邊出了點問題，什麼都沒有變更。請一分鐘後再試。',
    mapNotFound: '找不到名為「{query}」的地圖。輸入 `{command} list` 查看這個工作區的所有地圖。',
    noMapHere: '這個頻道還沒有綁定地圖。請指明地圖名稱（`{command} list` 可以查看），或用 `{command} new` 新增一張。',
    mapGone: '這張地圖已經不存在了。`{command} list` 會列出你可以回答的地圖。',
  },
  moreThanFits: '_一則訊息放不下全部內容：其餘部分請查看匯出檔案。_',
};
