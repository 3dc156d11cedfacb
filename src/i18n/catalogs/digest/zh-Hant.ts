import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

// Bold (*…*) is always followed by a space or punctuation: Slack does not close it right before a Han character.
export const zhHant: Messages<typeof en> = {
  previewNote: '👀 _預覽：只有你看得到。不會發布，也不會標記為已傳送。_',
  answerNow: '立即回答',
  quoted: '「{text}」',
  partSeparator: '；',
  threadLink: '<{link}|到地圖的討論串補充你知道的資訊>',
  threadInChannel: '到 {channel} 中地圖的討論串補充你知道的資訊',
  quiet: {
    fallback: '{mapName}：本週很平靜，沒有新內容。',
    titleSince: '📭 *{mapName}*：本週很平靜，自{date}以來沒有新內容。',
    titleFirst: '📭 *{mapName}*：本週很平靜，還沒有新內容。',
    lowest: '最低點：*{stageName}* {score}',
    waiting: '仍在等候 {count} 位利害關係人回覆',
  },
  full: {
    header: '📬 週報：{mapName}',
    fallback: '「{mapName}」週報：{inputCount} 則新回饋，{itemCount} 個新項目。',
    footer: '💬 {threadAction} · `{command} show` 會把地圖貼成圖片',
  },
  overview: {
    addedSince: '自{date}以來 *{count} 則新回饋*',
    addedSoFar: '目前共 *{count} 則新回饋*',
    newItems: '{count} 個新項目',
    reinforced: '{count} 個再次被提及',
    retracted: '{count} 則已撤回',
    byTeam: '*各部門：* {teams}',
    newVoices: '*新面孔：* {people}',
  },
  stage: {
    kindLine: '• {kindTitle}：{parts}',
    newItems: '新增 {count} 個：{examples}',
    newItemsMore: '新增 {count} 個：{examples}，另有 {moreCount} 個',
    raisedAgain: '再次被提及：{items}',
    raisedItem: '{item} +{added}（目前 {count}）',
  },
  curve: {
    title: '*客戶感受*',
    noScores: '*客戶感受：* 還沒有評分。',
    lowest: '最低點：*{stageName}*（{score}，{count} 個評分）。先從這裡著手吧。',
    noLowPoint: '還看不出明顯的低點：等更多階段有了評分就會浮現。',
  },
  improvements: {
    title: '*值得嘗試的 {count} 項改進*',
    line: '{index}. *{stageName}*：{action}\n      _針對：_ {answers} · _接觸點：_ {touchpoint} · _KPI：_ {kpi}',
  },
  missing: {
    title: '*還缺少的部分*',
    emptyStages: '還沒有人談到的階段：{stages}',
    teams: '還沒有發聲的部門：{teams}',
    stakeholder: '{person}，還沒收到你的回覆喔。',
    others: '也在等候 {people}：輸入 `{command} interview` 就能開始你的訪談。',
  },
  nudge: {
    fallback: '「{mapName}」的本週週報已發布，還差你的回答。',
    text: '👋 *{mapName}* 的本週週報已在 {channel} 發布{mapLink}，但還缺少你們團隊的觀點。{where}',
    mapLink: '（<{link}|查看地圖>）',
    progress: '{stages} 個階段中你已回答 {answered} 個，還剩 {pending} 個。',
    notStarted: '每個階段大約 2 分鐘，共 {stages} 個階段。',
    frequency: '_我每週最多提醒一次，你的 Slack 狀態顯示不在時也絕不打擾。_',
  },
};
