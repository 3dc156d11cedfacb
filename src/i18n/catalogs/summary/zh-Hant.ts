import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const zhHant: Messages<typeof en> = {
  stage: {
    heading: '🧭 {stageName}：階段總結',
    position: '*{mapName}* · 第 {number} 個階段，共 {total} 個',
    does: '*做什麼：* {actions}',
    doesSeparator: '；',
    thinks: '*想什麼：* {thoughts}',
    thought: '「{thought}」',
    feels: '*感受：* {feeling}',
    touchpointsLine: '📍 *主要接觸點：* {items}',
    alsoRaisedLine: '🚧 *其他提到的障礙：* {items}',
    stillMissingLine: '🕳️ *還缺什麼：* {items}',
    disagreements: '↔️ 各團隊看法不一的地方',
    improvements: '*💡 改進建議（{count} 項）*',
    replyToAdd: '➕ 在這個討論串裡回覆，就能補上缺少的內容。',
    fallback: '{stageName}（{mapName}）階段總結：{count} 項改進建議',
  },
  feeling: {
    nobodyYet: '▫️ 還沒有人說過',
    single: '{emoji} {mean} / 5（{count} 個評分）',
    withSpread: '{emoji} {mean} / 5，離散程度 ±{spread}（{count} 個評分）',
    noFeelingsYet: '還沒有情緒評分',
  },
  raisedBy: {
    people: '{count} 人',
    peopleAndDepartments: '{people} · {departments}',
  },
  disagreement: '{low}的感受是 {lowFeeling}，{high}是 {highFeeling}：值得比較一下雙方各自看到了什麼',
  improvement: {
    answersObstacle: '🎯 針對障礙「{text}」',
    answersGap: '🎯 補上缺口：{text}',
    where: '📍 接觸點：{touchpoint}  ·  📈 追蹤的 KPI：{kpi}',
    whereWithOwners: '📍 接觸點：{touchpoint}  ·  👥 負責部門：{owners}  ·  📈 追蹤的 KPI：{kpi}',
  },
  overview: {
    heading: '🧭 階段總結：{mapName}',
    persona: '👤 *{persona}*',
    personaWithGoal: '👤 *{persona}* · 目標：{goal}',
    oneStageHint: '🔎 `{example}` 可以查看單一階段的完整總結，包括每項建議以及誰提出了什麼。',
    fallback: '{mapName}的階段總結：{count} 個階段',
  },
  source: {
    playbook: '🧭 建議來自內建的改進手冊。',
    model: '✨ 建議由 {model} 產生。',
    anyModel: 'AI 模型',
    modelUnavailable: '🧭 模型暫時無法使用，所以由內建的改進手冊提供建議。',
    modelPartly: '✨ 建議由 {model} 產生；至於{stages}，模型暫時無法使用，由內建的改進手冊提供建議。',
  },
  trigger: {
    everyoneAnswered: '🔔 所有利害關係人都已回答「{stageName}」階段，所以發布這份總結。',
    newInput: '🔔 自上次總結以來，「{stageName}」階段新增了 {count} 則回饋，所以發布這份總結。',
  },
  notice: {
    working: '⏳ 處理中：正在總結 {what}。稍後會出現在{where}。',
    oneStage: '*{mapName}* 的 *{stageName}* 階段',
    allStages: '*{mapName}* 的全部 {count} 個階段',
    mapThread: '地圖的討論串裡',
    channel: '它的頻道裡',
    posted: '✅ *{mapName}* 的總結已發布在{where}。',
  },
  replies: {
    archived: '*{mapName}* 已封存，所以不再為它產生總結。`{command} list` 可以查看仍在使用的地圖。',
    unknownStage:
      '*{mapName}* 沒有名為「{query}」的階段。它的階段有：{stages}。請寫出階段名稱或編號，例如 `{command} summary {mapName} 2`。',
    unknownStageOrMap:
      '找不到名為「{query}」的地圖，*{mapName}* 也沒有名為「{query}」的階段。它的階段有：{stages}。請寫出階段名稱或編號，例如 `{command} summary {mapName} 2`。',
    ambiguousStage: '在 *{mapName}* 中，「{query}」可能是 {candidates}：請多寫幾個字，或寫出階段編號（{stages}）。',
    orSeparator: ' 或 ',
    cannotPost: '我無法在 *{mapName}* 的頻道裡發訊息。請先用 `/invite @{product}` 邀請我加入，然後再試一次。',
  },
  narrative: {
    raised: '{people} 人（{departments}）在這裡提出了 {groups} 個障礙',
    raisedNoDepartments: '{people} 人在這裡提出了 {groups} 個障礙',
    feels: '這裡的情緒評分是 {mean}',
    dips: '這裡的情緒評分跌到 {mean}',
    dipsLowest: '這裡的情緒評分跌到 {mean}，是整段旅程的最低點',
    both: '{first}；{second}。',
    one: '{text}。',
  },
  engine: {
    personaGoal: '{persona} — 目標：{goal}',
    personaMapGoal: '{persona} — 地圖目標：{goal}',
    everyTouchpoint: '「{stageName}」階段的所有接觸點',
    listAnd: '{items}和{last}',
  },
  prompt: {
    kpiExamples:
      '轉換率、客戶滿意度 (CSAT)、某一步的流失率、首次回應時間、留存率、回購率、平均訂單金額或淨推薦值 (NPS)',
  },
};
