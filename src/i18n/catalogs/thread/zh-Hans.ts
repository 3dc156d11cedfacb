import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const zhHans: Messages<typeof en> = {
  kinds: {
    touchpoint: '接触点',
    obstacle: '障碍',
    idea: '想法',
    goal: '客户目标',
    kpi: 'KPI',
    action: '行为',
    thought: '心声',
    feeling: '情绪',
  },
  answer: {
    added: '✅ 谢谢 {author}！我把{count, plural, =1 {这一条} other {这 # 条}}加到了 *{mapName}*：',
    addedMore: '……还有 {count} 条。',
    unsureAfterAdded:
      '🤔 还有一件事：{count, plural, =1 {这一条} other {这 # 条}}我拿不准，请选一下合适的选项，我再加上去。',
    unsure: '🤔 谢谢 {author}！{count, plural, =1 {这一条} other {这 # 条}}我拿不准，请选一下合适的选项，我再加上去。',
    unsureMore: '后面还有 {count} 条。',
    nothing: '👍 收到，{author}：这条消息里没有要加到地图上的内容。',
    onlyAuthor: '只有 {author} 能修改这些内容。编辑你的消息后，我会重新读一遍。',
    undo: '撤销',
    moveTo: '移到…',
    deleted: '🗑️ 消息已删除，所以我从 *{mapName}* 上拿掉了 {count} 条内容。',
    deletedNothing: '🗑️ 消息已删除；地图上没有来自这条消息的内容。',
    undone: '↩️ 已撤销：{author} 从 *{mapName}* 上拿掉了 {count} 条内容。想补充的话，可以编辑消息或重新回复。',
  },
  fallback: {
    added: '已向 {mapName} 添加 {count} 条内容',
    addedAndAsking: '已向 {mapName} 添加 {count} 条内容：还有内容要确认类型或阶段',
    asking: '有个问题：这是哪种内容、属于哪个阶段？',
    nothing: '这条消息没有添加任何内容',
    deleted: '消息已删除：已从 {mapName} 拿掉 {count} 条内容',
    undone: '已撤销：已从 {mapName} 拿掉 {count} 条内容',
  },
  ask: {
    kindAndStage: '这是什么？属于哪个阶段？',
    kind: '这是什么？',
    stage: '属于哪个阶段？',
    skip: '不加到地图上',
  },
  tooLong: {
    title: '这条回复太长了',
    body: '✋ {author}，这条有点长：我一次最多读 {max} 个字。能拆成几条短一点的回复吗？{kept}',
    keptEarlier: '你编辑之前的内容我已经保留了。',
    nothingYet: '目前还没有添加任何内容。',
  },
  notSaved: {
    title: '没能保存',
    body: '😕 刚才没能保存，所以什么都没有添加。请过一分钟再发一次。',
  },
  archived: {
    title: '{mapName} 已归档',
    body: '🗄️ *{mapName}* 已归档，我不会再往里面添加内容。{next}',
  },
  refusals: {
    notYours: '只有 {author} 能修改自己消息添加的内容。想补充你的看法，直接在讨论串里回复就行。',
    outdated: '那条消息后来改过了：请使用我最新一条回复里的按钮。',
    gone: '我找不到那条消息了，所以没有可以修改的内容。',
  },
  department: {
    title: '你在哪个部门？',
    question:
      '👋 感谢你为 *{mapName}* 补充内容！你在哪个部门？我会在所有地图上把你的输入算到这个部门，只需要告诉我一次。',
    hint: '只有你能看到这条消息。你的内容已经在地图上了。',
    thanksTitle: '谢谢！你的输入会计入{team}。',
    thanks: '🙌 谢谢！今后你在所有地图上的输入都会计入 *{team}*。随时欢迎继续在讨论串里回复。',
  },
  status: {
    title: '{mapName}：目前共 {count} 条反馈',
    headline: '🗺️ *{mapName}*：{heard}',
    headlineArchived: '🗺️ *{mapName}*（已归档）：{heard}',
    heard: '{peopleCount} 人提供了 {inputCount} 条反馈',
    heardTeams: '{peopleCount} 人提供了 {inputCount} 条反馈（{teams}）',
    noInput: '还没有输入',
    stage: '{number}. *{stageName}* · {count} 条反馈 · {feeling}',
    noFeelings: '暂无情绪评分',
    howTo:
      '*补充你了解的情况：* 在{where}里回复，用你自己的话，或者像 {example} 这样写。想按引导问题逐个回答，请输入 `{command} interview`。',
    threadLink: '<{link}|地图的讨论串>',
    cardThread: '地图卡片的讨论串',
    example: '`接触点：定价网络研讨会 @考虑`',
    archived: '这张地图已归档，不再接收新的输入。`{command} list` 可以查看仍在使用的地图。',
    noMapTitle: '这个频道还没有客户旅程地图',
    noMap:
      '👋 这个频道还没有客户旅程地图。用 `{command} new` 创建一张：我会把地图卡片发到这里，大家在它的讨论串里回复就能补充内容。',
    noMapHint: '`{command} list` 可以查看其他频道的地图。',
  },
};
