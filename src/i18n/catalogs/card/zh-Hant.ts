import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const zhHant: Messages<typeof en> = {
  card: {
    fallback: '客戶旅程地圖：{mapName}',
    fallbackArchived: '客戶旅程地圖：{mapName}（已封存）',
    header: '🗺️ {mapName}',
    headerArchived: '🗺️ {mapName}（已封存）',
    goal: '*目標：* {goal}',
    persona: '*客戶角色：* {persona}',
    type: '*類型：* {type} · *負責人：* {owner}',
    stage: '{bar}  *{number}. {stageName}*  {count} 則回饋 · {feeling}',
    stakeholders: '*利害關係人：* {stakeholders}',
    noStakeholders: '_還沒有邀請任何人：任何人都可以按下面的按鈕來回答_',
    teams: '*已參與的部門：* {teams}',
    noTeams: '尚無',
    answerForTeam: '代表我的團隊回答',
    showMap: '查看地圖',
    threadTip:
      '💬 在這個討論串裡回覆，補充你知道的情況，例如 `接觸點：定價線上研討會 @考慮` 或 `障礙：結帳時一定要註冊帳號 (決定或購買)`。更多用法請見 `{command} help`。',
  },
  home: {
    header: '🗺️ {product}',
    intro: '和每個團隊一起，直接在 Slack 裡描繪客戶從第一次聽說你們到主動推薦你們的旅程。',
    newMap: '新增地圖',
    unfinished: '*你還沒完成的訪談*',
    interview: '*{mapName}*  已完成 {done}/{total} 個階段',
    interviewPaused: '*{mapName}*  已完成 {done}/{total} 個階段 · 已暫停',
    resume: '繼續',
    yourMaps: '*你的地圖*',
    noMaps: '還沒有地圖。按 *新增地圖*，或在地圖所屬的頻道裡輸入 `{command} new`。',
    mapLine:
      '*{mapName}* 位於 {channel} · {role, select, owner {你是負責人} stakeholder {你是利害關係人} other {你參與過}} · 來自 {people} 人的 {inputs} 則回饋',
    answer: '回答',
    tip: '小提醒：`{command} help` 會列出我能做的所有事情。',
  },
  list: {
    emptyFallback: '還沒有客戶旅程地圖。',
    empty: '這個工作區還沒有客戶旅程地圖。用 `{command} new` 新增一張吧。',
    fallback: '{count} 張客戶旅程地圖',
    heading: '*客戶旅程地圖*（{count}）',
    line: '• *{mapName}* 位於 {channel} · 負責人 {owner}',
    lineHere: '• *{mapName}* 位於 {channel} · 負責人 {owner} · _本頻道_',
    allArchived: '_全部已封存_',
    archived: '{count} 張已封存。',
    usage: '任何指令都可以加上地圖名稱，例如 `{command} show <名稱>`。',
    truncated: '只顯示前 {count} 張。',
  },
  archive: {
    notOwner:
      '只有地圖負責人 {owner} 或工作區管理員才能封存 *{mapName}*。請聯絡對方，或用 `{command} new` 新增你自己的地圖。',
    already: '*{mapName}* 已經封存了。',
    done: '🗄️ *{mapName}* 已封存。所有回答都會保留，匯出功能照常可用。',
  },
  show: {
    drawing: '🖼️ 正在繪製 *{mapName}*：圖片稍後會出現在地圖的討論串裡。',
  },
  interview: {
    checkDms: '📬 請查看私訊：*{mapName}* 的訪談已經傳給你了。',
  },
  reopen: {
    notOwner: '只有地圖負責人 {owner} 或工作區管理員才能重新啟用 *{mapName}*。',
    notArchived: '*{mapName}* 沒有封存，正在接受回答。',
    channelTakenUnseen: '<#{channel}> 已經有另一張你無法查看的使用中地圖。它封存後，你就可以重新啟用 *{mapName}*。',
    channelTaken:
      '<#{channel}> 已經有另一張使用中的地圖 *{otherName}*。請先封存它（`{command} archive {otherName}`），再重新啟用 *{mapName}*。',
    done: '♻️ *{mapName}* 已重新啟用，可以在 <#{channel}> 繼續回答。',
    howTo: '{owner} 可以用 `{command} reopen {mapName}` 重新啟用它。',
    movedTo: '<#{channel}> 現在使用的是 *{newName}*：請到那裡補充你的回答。',
    movedToUnseen: '<#{channel}> 現在有另一張使用中的地圖。',
  },
  language: {
    notOwner: '只有地圖負責人 {owner} 或工作區管理員才能變更 *{mapName}* 的語言。',
    which: '*{mapName}* 要使用哪種語言？請加上以下其中一個：{choices}。例如 `{command} language {example}`。',
    same: '*{mapName}* 已經在使用{language}了。',
    changed:
      '✅ *{mapName}* 現在使用{language}：訪談、討論串回覆、總結、週報和匯出都會跟著改變。大家已經寫下的內容維持原樣。',
  },
};
