import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const zhHant: Messages<typeof en> = {
  kinds: {
    touchpoint: '接觸點',
    obstacle: '障礙',
    idea: '想法',
    goal: '客戶目標',
    kpi: 'KPI',
    action: '行為',
    thought: '心聲',
    feeling: '情緒',
  },
  answer: {
    added: '✅ 謝謝 {author}！我把{count, plural, =1 {這一則} other {這 # 則}}加到了 *{mapName}*：',
    addedMore: '……還有 {count} 則。',
    unsureAfterAdded:
      '🤔 還有一件事：{count, plural, =1 {這一則} other {這 # 則}}我不太確定，請選一下合適的選項，我再加上去。',
    unsure:
      '🤔 謝謝 {author}！{count, plural, =1 {這一則} other {這 # 則}}我不太確定，請選一下合適的選項，我再加上去。',
    unsureMore: '後面還有 {count} 則。',
    nothing: '👍 收到，{author}：這則訊息裡沒有要加到地圖上的內容。',
    onlyAuthor: '只有 {author} 能修改這些內容。編輯你的訊息後，我會重新讀一遍。',
    undo: '復原',
    moveTo: '移到…',
    deleted: '🗑️ 訊息已刪除，所以我從 *{mapName}* 上拿掉了 {count} 則內容。',
    deletedNothing: '🗑️ 訊息已刪除；地圖上沒有來自這則訊息的內容。',
    undone: '↩️ 已復原：{author} 從 *{mapName}* 上拿掉了 {count} 則內容。想補充的話，可以編輯訊息或重新回覆。',
  },
  fallback: {
    added: '已在 {mapName} 加入 {count} 則內容',
    addedAndAsking: '已在 {mapName} 加入 {count} 則內容：還有內容要確認類型或階段',
    asking: '有個問題：這是哪種內容、屬於哪個階段？',
    nothing: '這則訊息沒有加入任何內容',
    deleted: '訊息已刪除：已從 {mapName} 拿掉 {count} 則內容',
    undone: '已復原：已從 {mapName} 拿掉 {count} 則內容',
  },
  ask: {
    kindAndStage: '這是什麼？屬於哪個階段？',
    kind: '這是什麼？',
    stage: '屬於哪個階段？',
    skip: '不加到地圖上',
  },
  tooLong: {
    title: '這則回覆太長了',
    body: '✋ {author}，這則有點長：我一次最多讀 {max} 個字。可以拆成幾則短一點的回覆嗎？{kept}',
    keptEarlier: '你編輯之前的內容我已經保留了。',
    nothingYet: '目前還沒有加入任何內容。',
  },
  notSaved: {
    title: '沒能儲存',
    body: '😕 剛才沒能儲存，所以什麼都沒有加入。請過一分鐘再傳一次。',
  },
  archived: {
    title: '{mapName} 已封存',
    body: '🗄️ *{mapName}* 已封存，我不會再往裡面加入內容。{next}',
  },
  refusals: {
    notYours: '只有 {author} 能修改自己訊息加入的內容。想補充你的看法，直接在討論串裡回覆就可以了。',
    outdated: '那則訊息後來改過了：請使用我最新一則回覆裡的按鈕。',
    gone: '我找不到那則訊息了，所以沒有可以修改的內容。',
  },
  department: {
    title: '你在哪個部門？',
    question:
      '👋 感謝你為 *{mapName}* 補充內容！你在哪個部門？我會在所有地圖上把你的輸入算到這個部門，只需要告訴我一次。',
    hint: '只有你看得到這則訊息。你的內容已經在地圖上了。',
    thanksTitle: '謝謝！你的輸入會計入{team}。',
    thanks: '🙌 謝謝！之後你在所有地圖上的輸入都會計入 *{team}*。隨時歡迎繼續在討論串裡回覆。',
  },
  status: {
    title: '{mapName}：目前共 {count} 則回饋',
    headline: '🗺️ *{mapName}*：{heard}',
    headlineArchived: '🗺️ *{mapName}*（已封存）：{heard}',
    heard: '{peopleCount} 人提供了 {inputCount} 則回饋',
    heardTeams: '{peopleCount} 人提供了 {inputCount} 則回饋（{teams}）',
    noInput: '還沒有輸入',
    stage: '{number}. *{stageName}* · {count} 則回饋 · {feeling}',
    noFeelings: '尚無情緒評分',
    howTo:
      '*補充你知道的情況：* 在{where}裡回覆，用你自己的話，或者像 {example} 這樣寫。想依照引導問題逐一回答，請輸入 `{command} interview`。',
    threadLink: '<{link}|地圖的討論串>',
    cardThread: '地圖卡片的討論串',
    example: '`接觸點：定價線上研討會 @考慮`',
    archived: '這張地圖已封存，不再接收新的輸入。`{command} list` 可以查看仍在使用的地圖。',
    noMapTitle: '這個頻道還沒有客戶旅程地圖',
    noMap:
      '👋 這個頻道還沒有客戶旅程地圖。用 `{command} new` 建立一張：我會把地圖卡片貼到這裡，大家在它的討論串裡回覆就能補充內容。',
    noMapHint: '`{command} list` 可以查看其他頻道的地圖。',
  },
};
