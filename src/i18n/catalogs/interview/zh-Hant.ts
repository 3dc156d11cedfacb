import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const zhHant: Messages<typeof en> = {
  steps: {
    goal: {
      question: '在「{stageName}」階段，客戶想達成什麼，或想了解什麼？',
      hint: '例如：「看看是否在預算之內」。每行一項。',
    },
    action: {
      question: '在「{stageName}」階段，客戶在做什麼？',
      hint: '例如：「在價格頁面比較各個方案」。每行一項。',
      required: '請至少說一件客戶在這個階段做的事，或是跳過整個階段。',
    },
    feeling: {
      question: '在「{stageName}」階段，客戶有什麼感受？',
      hint: '從 1 😫（非常負面）到 5 😍（非常正面）選一個數字，想的話再寫寫客戶在想什麼，例如：「2 擔心價格」。',
      required: '請選擇客戶在這個階段的感受，從 1 😫 到 5 😍。',
    },
    touchpoint: {
      question: '在「{stageName}」階段，客戶透過哪些接觸點接觸到我們？',
      hint: '例如：「官網、網路評價、業務電話」，其他管道也可以。用逗號或頓號隔開。',
    },
    obstacle: {
      question: '在「{stageName}」階段，有哪些障礙讓客戶停下來或離開？',
      hint: '例如：「價格頁面沒有顯示總價」。每行一項。',
    },
    idea: {
      question: '我們要如何才能讓客戶從「{stageName}」進入到下一個階段？',
      lastStageQuestion: '怎麼做才能讓客戶在「{stageName}」階段有更好的體驗？',
      hint: '例如：「提供價格試算工具」。每行一項。',
    },
  },
  thought: {
    question: '客戶在想什麼？',
    hint: '例如：「這值得花錢嗎？」每行一項。',
  },
  department: {
    question: '首先，請問你在哪個部門？我會記下來，之後每張地圖都不用再問。',
    hint: '地圖會依部門彙整回答，方便看出各部門之間的差異。',
    replyHelp: '請回覆以下其中一個：{departments}。',
  },
  heading: '第 {stageNumber} 階段（共 {stageCount} 個）：{stageName}',
  touchpoints: {
    website: '官網',
    search: '搜尋引擎',
    social_media: '社群媒體',
    ads: '廣告',
    email: '電子郵件',
    events: '實體活動',
    webinar: '線上研討會',
    sales_call: '業務電話',
    demo: '產品展示',
    live_chat: '線上客服',
    reviews: '網路評價',
    store: '門市',
    support: '客服',
    app: 'App',
    partner: '合作夥伴',
  },
  invalid: {
    feelingReply:
      '請以 1 😫（非常負面）到 5 😍（非常正面）之間的數字開頭，或用「很差」「不錯」這類的詞。後面可以接著寫客戶在想什麼，例如：「2 擔心價格」。',
    feelingOutOfRange: '請從 1 😫 到 5 😍 中選擇一種感受。',
    unknownTouchpoint: '請從清單中選擇接觸點；清單裡沒有的，請填在「其他接觸點」。',
    noAnswerSkippable: '我沒看到你的回答。請直接回覆答案，或回覆「跳過」略過這個問題。',
    noAnswerRequired: '我沒看到你的回答。請回覆上面這一題的答案。',
    tooLong: '有一項內容長達 {length} 個字元，上限是 {limit} 個。請縮短，或分成幾行填寫。',
    cannotSkip: '這個問題對地圖很重要，不能跳過。如果你不了解這個階段，請按「跳過此階段」。',
    unknownStage: '這個階段不屬於這張地圖。請重新開啟訪談繼續。',
    staleFeeling: '這個感受按鈕屬於先前的問題，請回答上面這一題。',
  },
  buttons: {
    start: '開始',
    answerInForm: '用表單回答',
    skipStage: '跳過此階段',
    pause: '暫停',
    resume: '繼續',
    change: '修改',
    finish: '完成',
  },
  ask: {
    headingLine: '*{heading}* · _{mapName}_',
    replyTip: '直接在這裡回覆即可，也可以使用表單。輸入 `跳過` 就能略過一個問題。',
    requiredTip: '直接在這裡回覆即可，也可以使用表單。不了解這個階段？請按 *跳過此階段*。',
  },
  stageDone: {
    answered: '✅ 謝謝！已將 *{stageName}* 加到地圖上。',
    skipped: '⏭️ 已跳過 *{stageName}*。',
  },
  paused: {
    fallback: '訪談已暫停',
    text: '⏸️ 已在 *{mapName}* 的 *{stageName}*（第 {stageNumber} 階段，共 {stageCount} 個）暫停。你的回答都已儲存。大約一天後我會提醒你，你也可以隨時繼續。',
  },
  review: {
    fallback: '檢視你對 {mapName} 的回答',
    intro: '📋 *這是你對 {mapName} 的回答。* 你可以修改任何階段，確認沒問題後按「完成」。',
    answered: '✅ {count} 則回答',
    skipped: '⏭️ 已跳過',
    pending: '⏳ 未回答',
  },
  done: {
    fallback: '謝謝！你的回答已經加到地圖「{mapName}」上了。',
    text: '🙏 *謝謝！* 你的 {answerCount} 則回答已經加到 *{mapName}* 上了（回答了 {answeredCount} 個階段{skippedCount, plural, =0 {} other {，跳過 # 個}}）。你可以{seeTheMap}，也可以隨時在我的「首頁」分頁修改回答。',
    mapLink: '<{mapLink}|查看地圖>',
    mapInChannel: '到頻道中查看地圖',
  },
  reminder: {
    fallback: '你在 {mapName} 的訪談還在等你。',
    text: '⏰ 你在 *{mapName}* 的訪談還在等你：{stageCount} 個階段已完成 {doneCount} 個，你的回答都已儲存。每個階段大約只要 {minutesPerStage} 分鐘。',
    limits: '_我最多每週提醒你一次，而且在你的 Slack 狀態顯示不在時不會打擾你。_',
  },
  invitation: {
    fallback: '{owner} 邀請你一起完善客戶旅程地圖「{mapName}」',
    text: '👋 {owner} 邀請你一起完善客戶旅程地圖 *{mapName}*。\n*目的：* {goal}\n我會問幾個簡短的問題，了解 *{personaName}* 如何走過 {stageCount} 個階段，一次一個階段：每個階段大約 {minutesPerStage} 分鐘（總共約 {minutes} 分鐘）。你可以隨時暫停，之後從中斷的地方繼續。',
    updates: '最新進度會發布在 {channel}。',
  },
  modal: {
    title: '第 {stageNumber} 階段（共 {stageCount} 個）',
    submit: '儲存本階段',
    close: '取消',
    scorePlaceholder: '1 😫 到 5 😍',
    touchpointsPlaceholder: '官網、電子郵件、門市…',
    otherTouchpoints: '其他接觸點',
    otherTouchpointsHint: '清單裡沒有的，每行填一個。',
    mapGone: '這張地圖已經不存在了。',
  },
  archived: '*{mapName}* 已封存，不再接受新的回答。',
  noInterview:
    '你目前沒有進行中的訪談。請在邀請訊息中按 *開始*、在地圖卡片上按 *{answerButton}*，或輸入 `{command} interview [地圖名稱]`。',
  formAgain: '第 {stageNumber} 階段（{stageName}）的表單沒能及時開啟（Slack 只給表單幾秒鐘）。按鈕再給您一次。',
};
