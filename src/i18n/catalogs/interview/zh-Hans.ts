import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const zhHans: Messages<typeof en> = {
  steps: {
    goal: {
      question: '在“{stageName}”阶段，客户想达成什么，或想了解什么？',
      hint: '例如：“看看是否在预算之内”。每行一条。',
    },
    action: {
      question: '在“{stageName}”阶段，客户在做什么？',
      hint: '例如：“在价格页面对比各个套餐”。每行一条。',
      required: '请至少说一件客户在这个阶段做的事，或者跳过整个阶段。',
    },
    feeling: {
      question: '在“{stageName}”阶段，客户有什么感受？',
      hint: '从 1 😫（非常负面）到 5 😍（非常正面）选一个数字，愿意的话再写写客户在想什么，例如：“2 担心价格”。',
      required: '请选择客户在这个阶段的感受，从 1 😫 到 5 😍。',
    },
    touchpoint: {
      question: '在“{stageName}”阶段，客户通过哪些接触点接触到我们？',
      hint: '例如：“官网、用户评价、销售电话”，其他渠道也可以。用逗号或顿号隔开。',
    },
    obstacle: {
      question: '在“{stageName}”阶段，有哪些障碍让客户停下来或离开？',
      hint: '例如：“价格页面不显示总价”。每行一条。',
    },
    idea: {
      question: '我们如何才能让客户从“{stageName}”进入到下一个阶段？',
      lastStageQuestion: '怎样才能让客户在“{stageName}”阶段有更好的体验？',
      hint: '例如：“提供价格计算器”。每行一条。',
    },
  },
  thought: {
    question: '客户在想什么？',
    hint: '例如：“这个值得花钱吗？”每行一条。',
  },
  department: {
    question: '首先，你在哪个部门？我会记下来，以后每张地图都不用再问。',
    hint: '地图会按部门汇总回答，方便看出各部门之间的差异。',
    replyHelp: '请回复以下其中一个：{departments}。',
  },
  heading: '第 {stageNumber} 阶段（共 {stageCount} 个）：{stageName}',
  touchpoints: {
    website: '官网',
    search: '搜索引擎',
    social_media: '社交媒体',
    ads: '广告',
    email: '电子邮件',
    events: '线下活动',
    webinar: '网络研讨会',
    sales_call: '销售电话',
    demo: '产品演示',
    live_chat: '在线客服',
    reviews: '用户评价',
    store: '门店',
    support: '客服',
    app: 'App',
    partner: '合作伙伴',
  },
  invalid: {
    feelingReply:
      '请以 1 😫（非常负面）到 5 😍（非常正面）之间的数字开头，或者用“很差”“不错”这样的词。后面可以接着写客户在想什么，例如：“2 担心价格”。',
    feelingOutOfRange: '请从 1 😫 到 5 😍 中选择一种感受。',
    unknownTouchpoint: '请从列表中选择接触点；列表里没有的，请填在“其他接触点”里。',
    noAnswerSkippable: '我没看到你的回答。请直接回复答案，或回复“跳过”略过这个问题。',
    noAnswerRequired: '我没看到你的回答。请回复上面这个问题的答案。',
    tooLong: '有一条内容长达 {length} 个字符，上限是 {limit} 个。请缩短，或者分成几行填写。',
    cannotSkip: '这个问题对地图很重要，不能跳过。如果你不了解这个阶段，请点击“跳过此阶段”。',
    unknownStage: '这个阶段不属于这张地图。请重新打开访谈继续。',
    staleFeeling: '这个感受按钮属于之前的问题，请回答上面这个问题。',
  },
  buttons: {
    start: '开始',
    answerInForm: '用表单回答',
    skipStage: '跳过此阶段',
    pause: '暂停',
    resume: '继续',
    change: '修改',
    finish: '完成',
  },
  ask: {
    headingLine: '*{heading}* · _{mapName}_',
    replyTip: '直接在这里回复即可，也可以用表单。输入 `跳过` 可以略过一个问题。',
    requiredTip: '直接在这里回复即可，也可以用表单。不了解这个阶段？请点击 *跳过此阶段*。',
  },
  stageDone: {
    answered: '✅ 谢谢！已将 *{stageName}* 加到地图上。',
    skipped: '⏭️ 已跳过 *{stageName}*。',
  },
  paused: {
    fallback: '访谈已暂停',
    text: '⏸️ 已在 *{mapName}* 的 *{stageName}*（第 {stageNumber} 阶段，共 {stageCount} 个）暂停。你的回答都已保存。大约一天后我会提醒你，你也可以随时继续。',
  },
  review: {
    fallback: '查看你对 {mapName} 的回答',
    intro: '📋 *这是你对 {mapName} 的回答。* 你可以修改任何阶段，确认无误后点击“完成”。',
    answered: '✅ {count} 条回答',
    skipped: '⏭️ 已跳过',
    pending: '⏳ 未回答',
  },
  done: {
    fallback: '谢谢！你的回答已经加到地图“{mapName}”上了。',
    text: '🙏 *谢谢！* 你的 {answerCount} 条回答已经加到 *{mapName}* 上了（回答了 {answeredCount} 个阶段{skippedCount, plural, =0 {} other {，跳过了 # 个}}）。你可以{seeTheMap}，也可以随时在我的“主页”标签中修改回答。',
    mapLink: '<{mapLink}|查看地图>',
    mapInChannel: '到频道里查看地图',
  },
  reminder: {
    fallback: '你在 {mapName} 的访谈还在等你。',
    text: '⏰ 你在 *{mapName}* 的访谈还在等你：{stageCount} 个阶段已完成 {doneCount} 个，你的回答都已保存。每个阶段大约只需 {minutesPerStage} 分钟。',
    limits: '_我最多每周提醒你一次，而且在你的 Slack 状态显示不在时不会打扰你。_',
  },
  invitation: {
    fallback: '{owner} 邀请你一起完善客户旅程地图“{mapName}”',
    text: '👋 {owner} 邀请你一起完善客户旅程地图 *{mapName}*。\n*目的：* {goal}\n我会问几个简短的问题，了解 *{personaName}* 如何走过 {stageCount} 个阶段，一次一个阶段：每个阶段大约 {minutesPerStage} 分钟（共约 {minutes} 分钟）。你可以随时暂停，之后从中断的地方继续。',
    updates: '进展会发布在 {channel}。',
  },
  modal: {
    title: '第 {stageNumber} 阶段（共 {stageCount} 个）',
    submit: '保存本阶段',
    close: '取消',
    scorePlaceholder: '1 😫 到 5 😍',
    touchpointsPlaceholder: '官网、电子邮件、门店…',
    otherTouchpoints: '其他接触点',
    otherTouchpointsHint: '列表里没有的，每行填一个。',
    mapGone: '这张地图已经不存在了。',
  },
  archived: '*{mapName}* 已归档，不再接收新的回答。',
  noInterview:
    '你目前没有进行中的访谈。请在邀请消息中点击 *开始*，在地图卡片上点击 *{answerButton}*，或输入 `{command} interview [地图名称]`。',
  formAgain: '第 {stageNumber} 阶段（{stageName}）的表单没能及时打开（Slack 只给表单几秒钟）。按钮再给您一次。',
};
