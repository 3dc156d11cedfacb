import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

// Bold (*…*) is always followed by a space or punctuation: Slack does not close it right before a Han character.
export const zhHans: Messages<typeof en> = {
  previewNote: '👀 _预览：只有你能看到。不会发布，也不会标记为已发送。_',
  answerNow: '立即回答',
  quoted: '“{text}”',
  partSeparator: '；',
  threadLink: '<{link}|到地图的讨论串里补充你了解的情况>',
  threadInChannel: '到 {channel} 里地图的讨论串补充你了解的情况',
  quiet: {
    fallback: '{mapName}：本周很安静，没有新内容。',
    titleSince: '📭 *{mapName}*：本周很安静，自{date}以来没有新内容。',
    titleFirst: '📭 *{mapName}*：本周很安静，还没有新内容。',
    lowest: '最低点：*{stageName}* {score}',
    waiting: '还在等 {count} 位利益相关者的回答',
  },
  full: {
    header: '📬 周报：{mapName}',
    fallback: '“{mapName}”周报：{inputCount} 条新反馈，{itemCount} 个新条目。',
    footer: '💬 {threadAction} · `{command} show` 会把地图发成图片',
  },
  overview: {
    addedSince: '自{date}以来 *{count} 条新反馈*',
    addedSoFar: '目前共 *{count} 条新反馈*',
    newItems: '{count} 个新条目',
    reinforced: '{count} 个再次被提到',
    retracted: '{count} 条已撤回',
    byTeam: '*按部门：* {teams}',
    newVoices: '*新面孔：* {people}',
  },
  stage: {
    kindLine: '• {kindTitle}：{parts}',
    newItems: '新增 {count} 个：{examples}',
    newItemsMore: '新增 {count} 个：{examples}，另有 {moreCount} 个',
    raisedAgain: '再次被提到：{items}',
    raisedItem: '{item} +{added}（现为 {count}）',
  },
  curve: {
    title: '*客户感受*',
    noScores: '*客户感受：* 还没有评分。',
    lowest: '最低点：*{stageName}*（{score}，{count} 个评分）。先从这里入手吧。',
    noLowPoint: '还看不出明显的低点：更多阶段有了评分就能看出来。',
  },
  improvements: {
    title: '*值得尝试的 {count} 项改进*',
    line: '{index}. *{stageName}*：{action}\n      _针对：_ {answers} · _接触点：_ {touchpoint} · _KPI：_ {kpi}',
  },
  missing: {
    title: '*还缺什么*',
    emptyStages: '还没人谈到的阶段：{stages}',
    teams: '还没有发声的部门：{teams}',
    stakeholder: '{person}，还没收到你的回答哦。',
    others: '还在等 {people}：输入 `{command} interview` 就能开始你的访谈。',
  },
  nudge: {
    fallback: '“{mapName}”的本周周报已发布，还差你的回答。',
    text: '👋 *{mapName}* 的本周周报已在 {channel} 发布{mapLink}，但还缺少你们团队的视角。{where}',
    mapLink: '（<{link}|查看地图>）',
    progress: '{stages} 个阶段中你已回答 {answered} 个，还剩 {pending} 个。',
    notStarted: '每个阶段大约 2 分钟，共 {stages} 个阶段。',
    frequency: '_我每周最多提醒一次，你的 Slack 状态显示不在时也绝不打扰。_',
  },
};
